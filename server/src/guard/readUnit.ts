import { type BlockAmend, draftSchema, type JSONContent } from '@draftroom/document-model';
import * as Y from 'yjs';
import { parseMarkKey } from './markKey.ts';
import { markProblemIn } from './markProblem.ts';
import { validateAttribute } from './validateAttribute.ts';

/** Who proposed an amendment part, and the text it covers in this unit. */
export interface AmendmentPrint {
  party: string;
  author: string;
  text: string;
}

/**
 * One top-level block read from Yjs, as the guard compares it before and after an update:
 * - `base`: the block as if every pending amendment were rejected (a delegate may never change it);
 * - `amendments`: every amendment part, by mark key or block proposal, with the text it covers;
 * - `agreed`: blocks closed for amendments, by id, with their whole content;
 * - `problems`: anything a client's schema could not map (y-prosemirror would delete the whole text).
 */
export interface UnitReading {
  base: string;
  amendments: Map<string, AmendmentPrint>;
  agreed: Map<string, string>;
  problems: string[];
}

type BaseInline = [string, string[]];
interface BaseBlock {
  type: string;
  attrs: Record<string, unknown>;
  content: Array<BaseBlock | BaseInline>;
  /** A paragraph break only proposed: in the base text this block is part of the one before it. */
  split?: boolean;
}

const AMENDMENT_MARKS = new Set(['insertion', 'deletion']);

/** Stands for a decision inside a topic or group: decisions are read and compared as units of their own. */
const PLACEHOLDER_BODY: JSONContent[] = [{ type: 'paragraph' }];

/** What one Y.XmlText contributes to its unit; kept between updates for texts the update did not change. */
interface TextReading {
  content: JSONContent[];
  base: BaseInline[];
  prints: Array<[string, string, string, string]>;
  problems: string[];
}

/** Readings of texts, reused until Yjs reports the text changed (see UpdateGuard). */
export type TextCache = WeakMap<Y.XmlText, TextReading>;

function readText(text: Y.XmlText, blockType: string): TextReading {
  const reading: TextReading = { content: [], base: [], prints: [], problems: [] };
  for (const op of text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>) {
    if (typeof op.insert !== 'string') {
      reading.problems.push('embedded object in text');
      continue;
    }
    const marks: Array<{ type: string; attrs?: Record<string, unknown> }> = [];
    const baseMarks: string[] = [];
    let pendingInsertion = false;
    for (const [key, value] of Object.entries(op.attributes ?? {})) {
      const { name } = parseMarkKey(key);
      const problem = markProblemIn(blockType, key, value);
      if (problem) {
        reading.problems.push(problem);
        continue;
      }
      if (AMENDMENT_MARKS.has(name)) {
        const attrs = value as { party: string; author: string };
        reading.prints.push([key, attrs.party, attrs.author, op.insert]);
        if (name === 'insertion') pendingInsertion = true;
        marks.push({ type: name, attrs: value as Record<string, unknown> });
      } else {
        baseMarks.push(name);
        marks.push({ type: name });
      }
    }
    reading.content.push({ type: 'text', text: op.insert, ...(marks.length ? { marks } : {}) });
    if (!pendingInsertion) appendInline(reading.base, op.insert, baseMarks.sort());
  }
  return reading;
}

class Reader {
  constructor(
    private readonly root: Y.XmlElement,
    private readonly texts: TextCache | undefined,
  ) {}

  readonly amendments = new Map<string, AmendmentPrint>();
  readonly agreed = new Map<string, string>();
  readonly problems: string[] = [];

  element(el: Y.XmlElement): { json: JSONContent; base: BaseBlock | null } {
    const type = el.nodeName;
    if (!draftSchema.nodes[type] || type === 'doc' || type === 'text') this.problems.push(`unknown block "${type}"`);
    const attrs = el.getAttributes() as Record<string, unknown>;
    for (const [name, value] of Object.entries(attrs)) {
      const problem = validateAttribute(type, name, value);
      if (problem) this.problems.push(problem);
    }
    const amends = Array.isArray(attrs.amend) ? (attrs.amend as BlockAmend[]) : [];
    for (const amend of amends) {
      this.addPrint(`block:${String(attrs.id)}:${JSON.stringify(amend)}`, amend.party, amend.author, '');
    }
    const content: JSONContent[] = [];
    const baseContent: Array<BaseBlock | BaseInline> = [];
    for (const child of el.toArray()) {
      if (child instanceof Y.XmlElement && child.nodeName === 'decision' && child !== this.root) {
        const id = String(child.getAttribute('id'));
        content.push({ type: 'decision', content: PLACEHOLDER_BODY });
        // A decision only proposed (a block `insert`) is not part of the base text, as any other block.
        if (!isProposedBlock(child)) baseContent.push({ type: 'decision', attrs: { id }, content: [] });
      } else if (child instanceof Y.XmlElement) {
        const read = this.element(child);
        content.push(read.json);
        if (read.base?.split) appendSplit(baseContent, read.base);
        else if (read.base) baseContent.push(read.base);
      } else if (child instanceof Y.XmlText) {
        this.text(child, type, content, baseContent);
      } else {
        this.problems.push(`unexpected ${child.constructor.name} in ${type}`);
      }
    }
    const json: JSONContent = { type, attrs, content };
    if (attrs.agreed === true) this.agreed.set(String(attrs.id), JSON.stringify(json));
    const proposed = amends.some((a) => a.kind === 'insert');
    const { amend: _amend, ...baseAttrs } = attrs;
    const base: BaseBlock | null = proposed ? null : { type, attrs: baseAttrs, content: baseContent };
    if (base && amends.some((a) => a.kind === 'split')) base.split = true;
    return { json, base };
  }

  private text(
    text: Y.XmlText,
    blockType: string,
    content: JSONContent[],
    baseContent: Array<BaseBlock | BaseInline>,
  ): void {
    let reading = this.texts?.get(text);
    if (!reading) {
      reading = readText(text, blockType);
      this.texts?.set(text, reading);
    }
    content.push(...reading.content);
    for (const [text_, marks] of reading.base) appendInline(baseContent, text_, marks);
    for (const [key, party, author, covered] of reading.prints) this.addPrint(key, party, author, covered);
    this.problems.push(...reading.problems);
  }

  private addPrint(key: string, party: string, author: string, text: string): void {
    const print = this.amendments.get(key);
    if (print) print.text += text;
    else this.amendments.set(key, { party, author, text });
  }
}

function appendInline(content: Array<BaseBlock | BaseInline>, text: string, marks: string[]): void {
  const last = content[content.length - 1];
  if (Array.isArray(last) && last[1].join() === marks.join()) last[0] += text;
  else content.push([text, marks]);
}

/** A proposed split is no break at all in the base text: its content joins the block before it. */
function appendSplit(content: Array<BaseBlock | BaseInline>, split: BaseBlock): void {
  const previous = content[content.length - 1];
  if (!previous || Array.isArray(previous)) {
    content.push({ ...split, split: false });
    return;
  }
  for (const item of split.content) {
    if (Array.isArray(item)) appendInline(previous.content, item[0], item[1]);
    else previous.content.push(item);
  }
}

/** Whether a block is proposed as a whole by a delegation (an `insert` entry in its `amend` list). */
function isProposedBlock(element: Y.XmlElement): boolean {
  const amend: unknown = element.getAttribute('amend');
  return Array.isArray(amend) && amend.some((entry) => (entry as { kind?: unknown } | null)?.kind === 'insert');
}

/** Whether a block sits inside a group or topic the chair has agreed as a whole. */
function insideAgreed(unit: Y.XmlElement): boolean {
  for (let parent = unit.parent; parent instanceof Y.XmlElement; parent = parent.parent) {
    if (parent.getAttribute('agreed') === (true as unknown as string)) return true;
  }
  return false;
}

/**
 * Reads a unit (see UnitReading): a decision, or a top-level block without the decisions inside it, which are
 * units of their own. Checks it against the schema as a client would.
 */
export function readUnit(
  unit: Y.XmlElement,
  options: { texts?: TextCache; checkStructure?: boolean } = {},
): UnitReading {
  const reader = new Reader(unit, options.texts);
  const { json, base } = reader.element(unit);
  if (unit.nodeName === 'decision' && !reader.agreed.has(String(unit.getAttribute('id'))) && insideAgreed(unit)) {
    reader.agreed.set(String(unit.getAttribute('id')), JSON.stringify(json));
  }
  // When only texts changed, the blocks are as they were and were checked then; marks are checked per text.
  if (reader.problems.length === 0 && options.checkStructure !== false) {
    try {
      draftSchema.nodeFromJSON(json).check();
    } catch (error) {
      reader.problems.push(`invalid structure: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return {
    base: JSON.stringify(base),
    amendments: reader.amendments,
    agreed: reader.agreed,
    problems: reader.problems,
  };
}
