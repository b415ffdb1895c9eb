import { directedToText } from '@draftroom/document-model';
import type { AmendmentPart } from './Amendment.ts';
import type { AmendmentKind } from './AmendmentRecord.ts';

const BLOCK_NOUNS: Record<string, string> = {
  topic: 'topic',
  topicHeading: 'topic heading',
  addresseeGroup: 'addressee group',
  decision: 'decision',
  paragraph: 'paragraph',
  subParagraph: 'sub-paragraph',
  resolution: 'resolution',
  preambular: 'preambular paragraph',
  operative: 'operative paragraph',
};

const MAX_QUOTE = 60;

/** Quoted as a delegate would read it out: whitespace collapsed, long passages cut. */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `'${flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat}'`;
}

function joinText(parts: readonly AmendmentPart[], kind: AmendmentPart['kind']): string {
  return parts
    .filter((part) => part.kind === kind)
    .map((part) => part.text)
    .join(' ');
}

/** "decision 15.AA", "the addressee group 'Directed to the Secretariat'", "the paragraph 'The Parties…'". */
function blockName(part: AmendmentPart): string {
  const noun = BLOCK_NOUNS[part.blockType] ?? part.blockType;
  if (part.blockType === 'decision' && part.blockLabel) return `decision ${part.blockLabel}`;
  if (part.blockLabel) return `the ${noun} ${quote(part.blockLabel)}`;
  return part.text ? `the ${noun} ${quote(part.text)}` : `an empty ${noun}`;
}

function describeAttr(part: AmendmentPart): string {
  const entry = part.block;
  if (entry?.kind !== 'attr') return 'change a block';
  switch (entry.name) {
    case 'number':
      return `renumber ${blockName(part)} as ${String(entry.to ?? '')}`;
    case 'addressees': {
      const to = Array.isArray(entry.to) ? entry.to : [];
      return `change ${quote(part.blockLabel ?? '')} to ${quote(directedToText(to))}`;
    }
    case 'level':
      return `move ${blockName(part)} to level ${String(entry.to)}`;
    default:
      return `change the ${entry.name} of ${blockName(part)} to ${quote(String(entry.to ?? ''))}`;
  }
}

function describeBlock(kind: 'block-insert' | 'block-delete', parts: readonly AmendmentPart[]): string {
  const block = parts.find((part) => part.kind === (kind === 'block-insert' ? 'insert' : 'delete'));
  if (!block) return kind === 'block-insert' ? 'insert a block' : 'delete a block';
  if (kind === 'block-delete') return `delete ${blockName(block)}`;
  const noun = BLOCK_NOUNS[block.blockType] ?? block.blockType;
  const label = block.blockType === 'decision' && block.blockLabel ? ` ${block.blockLabel}` : '';
  const text = block.blockType === 'addresseeGroup' ? (block.blockLabel ?? '') : block.text;
  return `insert a new ${noun}${label}${text ? `: ${quote(text)}` : ''}`;
}

/** The change in words, as the panel shows it: "Brazil: replace 'develop' with 'prepare'". */
export function describeAmendment(party: string, kind: AmendmentKind, parts: readonly AmendmentPart[]): string {
  const inserted = joinText(parts, 'insertion');
  const deleted = joinText(parts, 'deletion');
  const newParagraph = parts.some((part) => part.kind === 'split');
  const first = parts[0];
  let words: string;
  switch (kind) {
    case 'insert':
      words = newParagraph ? `insert a new paragraph: ${quote(inserted)}` : `insert ${quote(inserted)}`;
      break;
    case 'delete':
      words = `delete ${quote(deleted)}`;
      break;
    case 'replace':
      words = `replace ${quote(deleted)} with ${quote(inserted)}`;
      break;
    case 'block-insert':
    case 'block-delete':
      words = describeBlock(kind, parts);
      break;
    case 'attr':
      words = parts
        .filter((part) => part.kind === 'attr')
        .map(describeAttr)
        .join('; ');
      break;
    case 'split':
      words = first?.text ? `start a new paragraph at ${quote(first.text)}` : 'add an empty paragraph';
      break;
    case 'join':
      words = `join ${first?.text ? quote(first.text) : 'an empty paragraph'} to the paragraph before it`;
      break;
  }
  return `${party}: ${words}`;
}
