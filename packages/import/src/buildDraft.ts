import {
  addresseeGroup,
  decision as decisionNode,
  directedToText,
  paragraph,
  subParagraph,
  topic as topicNode,
} from '@draftroom/document-model';
import type { Line } from './classifyLine.ts';
import type { JSONContent } from './ImportResult.ts';
import { isDraftSentence } from './isDraftSentence.ts';
import { operative, preambular, resolution as resolutionNode } from './resolutionBlocks.ts';
import { expectedLetter, type LetterRun, newLetterRun, subParagraphLevel } from './subParagraphLevel.ts';
import type { SubParagraphMarker } from './subParagraphMarker.ts';

export interface DraftBuild {
  /** The children of the document; empty when nothing in the lines was draft text. */
  blocks: JSONContent[];
  warnings: string[];
}

interface OpenTopic {
  heading: string;
  children: JSONContent[];
}
interface OpenGroup {
  addressees: string[];
  decisions: JSONContent[];
}
interface OpenDecision {
  number: string;
  body: JSONContent[];
  run: LetterRun;
}
interface OpenResolution {
  body: JSONContent[];
  run: LetterRun;
  operatives: number;
}

/** Turns the classified lines of the draft into document blocks. */
export function buildDraft(lines: readonly Line[]): DraftBuild {
  const builder = new DraftBuilder();
  for (const line of lines) builder.add(line);
  return builder.finish();
}

const MAX_QUOTED = 8;

/**
 * Keeps the blocks still open (a topic, then a group or a resolution, then a decision) and closes them from the
 * inside out, so each node is built only once it is complete and the schema's rules hold for it: a group
 * without decisions or a heading with nothing under it is left out with a warning rather than emitted broken.
 */
class DraftBuilder {
  private readonly blocks: JSONContent[] = [];
  private readonly warnings: string[] = [];
  private readonly leftOut: string[] = [];
  private topic: OpenTopic | null = null;
  private group: OpenGroup | null = null;
  private decision: OpenDecision | null = null;
  private resolution: OpenResolution | null = null;

  add(line: Line): void {
    switch (line.kind) {
      case 'marker':
        break;
      case 'heading':
        this.startTopic(line.source);
        break;
      case 'directedTo':
        this.startGroup(line.addressees);
        break;
      case 'decision':
        this.startDecision(line.number, line.text, line.addressees);
        break;
      case 'subParagraph':
        this.addSubParagraph(line.marker, line.source);
        break;
      case 'numbered':
        this.addNumbered(line.number, line.suffix, line.opening, line.text, line.source);
        break;
      case 'listItem':
        this.addListItem(line.depth, line.opening, line.source);
        break;
      case 'preambular':
        this.addToResolution(preambular(line.opening, line.source));
        break;
      case 'text':
        this.addText(line.source);
        break;
    }
  }

  finish(): DraftBuild {
    this.closeTopic();
    if (this.leftOut.length) this.warnings.push(leftOutWarning(this.leftOut));
    return { blocks: this.blocks, warnings: this.warnings };
  }

  private container(): JSONContent[] {
    return this.topic ? this.topic.children : this.blocks;
  }

  private startTopic(heading: string): void {
    this.closeTopic();
    this.topic = { heading, children: [] };
  }

  private startGroup(addressees: string[]): void {
    this.closeGroup();
    this.closeResolution();
    this.group = { addressees, decisions: [] };
  }

  private startDecision(number: string, text: string, inlineAddressees: string[] | undefined): void {
    this.closeResolution();
    if (inlineAddressees) this.startGroup(inlineAddressees);
    this.closeDecision();
    if (!this.group) {
      this.warnings.push(`Decision ${number} has no "Directed to" line above it: its addressees are left blank.`);
      this.group = { addressees: [], decisions: [] };
    }
    this.decision = { number, body: text ? [paragraph(text)] : [], run: newLetterRun() };
  }

  private addSubParagraph(marker: SubParagraphMarker, source: string): void {
    const target = this.decision ?? this.resolution;
    if (!target) {
      this.leftOut.push(source);
      return;
    }
    const level = subParagraphLevel(marker, target.run);
    if (level === 1) this.countLetter(marker, target.run);
    target.body.push(subParagraph(marker.text, level));
  }

  /** Labels are computed from position, so a typed label out of sequence will print differently: say so. */
  private countLetter(marker: SubParagraphMarker, run: LetterRun): void {
    const expected = expectedLetter(run);
    if (marker.label !== expected) {
      const typed = marker.parenthesized ? `(${marker.label})` : `${marker.label})`;
      const where = this.decision ? `decision ${this.decision.number}` : 'the resolution';
      this.warnings.push(`In ${where}, the sub-paragraph typed "${typed}" is labelled "${expected})" by its position.`);
    }
    run.count++;
    run.last = marker;
  }

  private addNumbered(
    number: number,
    suffix: string | null,
    opening: string | null,
    text: string,
    source: string,
  ): void {
    if (!opening && !this.resolution) {
      this.addText(source);
      return;
    }
    const count = this.resolution?.operatives ?? 0;
    const expected = suffix ? Math.max(count, 1) : count + 1;
    if (number !== expected) {
      this.warnings.push(
        `Operative paragraph "${number}${suffix ?? ''}." is numbered "${expected}${suffix ?? ''}." by its position.`,
      );
    }
    this.addToResolution(operative(opening, text, suffix), !suffix);
  }

  /** Word's own numbering: under a decision it lists sub-paragraphs; in a resolution, operative paragraphs first. */
  private addListItem(depth: number, opening: string | null, source: string): void {
    if (this.decision) {
      if (depth === 1) this.decision.run.count++;
      this.decision.body.push(subParagraph(source, Math.min(depth, 3)));
    } else if (this.resolution && depth > 1) {
      this.resolution.body.push(subParagraph(source, Math.min(depth - 1, 3)));
    } else if (this.resolution || opening) {
      this.addToResolution(operative(opening, source), true);
    } else {
      this.leftOut.push(source);
    }
  }

  private addToResolution(block: JSONContent, isNumbered = false): void {
    this.closeGroup();
    this.resolution ??= { body: [], run: newLetterRun(), operatives: 0 };
    this.resolution.body.push(block);
    this.resolution.run = newLetterRun();
    if (isNumbered) this.resolution.operatives++;
  }

  private addText(source: string): void {
    const target = this.decision ?? this.resolution;
    if (target && joinWrappedLine(target.body, source)) return;
    if (!this.decision || !isDraftSentence(source)) {
      this.leftOut.push(source);
      return;
    }
    this.decision.body.push(paragraph(source));
    this.decision.run = newLetterRun();
  }

  private closeDecision(): void {
    const open = this.decision;
    if (!open || !this.group) return;
    this.decision = null;
    if (open.body.length === 0) this.warnings.push(`Decision ${open.number} has no text.`);
    // A decision opens with a plain paragraph; a list straight under the number gets an empty one above it.
    if (open.body[0]?.type !== 'paragraph') open.body.unshift(paragraph(''));
    this.group.decisions.push(decisionNode(open.number, open.body));
  }

  private closeGroup(): void {
    this.closeDecision();
    const open = this.group;
    if (!open) return;
    this.group = null;
    if (open.decisions.length) this.container().push(addresseeGroup(open.addressees, open.decisions));
    else this.warnings.push(`"${directedToText(open.addressees)}" has no decision under it and was left out.`);
  }

  private closeResolution(): void {
    const open = this.resolution;
    if (!open) return;
    this.resolution = null;
    this.container().push(resolutionNode(open.body));
  }

  private closeTopic(): void {
    this.closeGroup();
    this.closeResolution();
    const open = this.topic;
    if (!open) return;
    this.topic = null;
    if (open.children.length) this.blocks.push(topicNode(open.heading, open.children));
    else this.warnings.push(`The heading "${open.heading}" has no decision or resolution under it and was left out.`);
  }
}

const ENDS_CLAUSE = /[.;:!?]$/;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Text copied from a PDF or an e-mail breaks lines inside sentences. A line that goes on in lower case after
 * one that did not end a clause is the rest of that paragraph, so it is joined back to it.
 */
function joinWrappedLine(body: JSONContent[], source: string): boolean {
  const run = body.at(-1)?.content?.at(-1);
  if (!run?.text || run.marks || ENDS_CLAUSE.test(run.text) || !STARTS_LOWER.test(source)) return false;
  run.text = `${run.text} ${source}`;
  return true;
}

function leftOutWarning(lines: readonly string[]): string {
  const quoted = lines.slice(0, MAX_QUOTED).map((line) => `"${line.length > 60 ? `${line.slice(0, 57)}…` : line}"`);
  const more = lines.length > MAX_QUOTED ? ` and ${lines.length - MAX_QUOTED} more` : '';
  return `Left out ${lines.length} line(s) that are not part of a decision or resolution: ${quoted.join(', ')}${more}.`;
}
