import { blockAmendsOf, directedToText } from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { AmendmentPart } from './Amendment.ts';
import { amendmentMarksOf } from './amendmentMarksOf.ts';

interface Where {
  decisionId: string | null;
  decisionNumber: string | null;
}

const idOf = (node: PMNode): string | null => (typeof node.attrs.id === 'string' ? node.attrs.id : null);

function labelOf(node: PMNode): string | null {
  if (node.type.name === 'decision') return String(node.attrs.number ?? '') || null;
  if (node.type.name === 'addresseeGroup') return directedToText(node.attrs.addressees ?? []);
  return null;
}

type Relative = readonly AmendmentPart[];

/**
 * A block's parts (its entries and everything inside it), positions relative to the block's own position.
 * ProseMirror nodes are immutable and an edit shares every untouched block with the document before it, so a
 * keystroke in a 300-decision text re-reads one paragraph and its ancestors, not the whole document. A block's
 * parts depend only on the node and on the decision around it (`where`), which keys the cache entry.
 */
const cache = new WeakMap<PMNode, { where: Where; parts: Relative }>();

const shift = (parts: Relative, by: number, into: AmendmentPart[]) => {
  for (const part of parts) into.push({ ...part, from: part.from + by, to: part.to + by });
};

/** The parts of a node's children, the node's content starting at `contentStart`. */
function childParts(parent: PMNode, contentStart: number, where: Where, into: AmendmentPart[]): void {
  // A run of marked text never crosses a block boundary, so runs are joined within one parent only.
  const openRuns = new Map<string, AmendmentPart>();
  parent.forEach((child, offset) => {
    const pos = contentStart + offset;
    if (child.isText) {
      const to = pos + child.nodeSize;
      for (const { kind, attrs } of amendmentMarksOf(child)) {
        const key = `${kind}:${attrs.amendmentId}:${attrs.party}`;
        const run = openRuns.get(key);
        if (run && run.to === pos) {
          run.to = to;
          run.text += child.text ?? '';
          continue;
        }
        const part: AmendmentPart = {
          ...attrs,
          kind,
          from: pos,
          to,
          text: child.text ?? '',
          blockType: parent.type.name,
          blockLabel: null,
          blockId: idOf(parent),
          ...where,
          block: null,
        };
        openRuns.set(key, part);
        into.push(part);
      }
      return;
    }
    shift(blockParts(child, where), pos, into);
  });
}

function blockParts(block: PMNode, where: Where): Relative {
  const cached = cache.get(block);
  if (cached && cached.where.decisionId === where.decisionId && cached.where.decisionNumber === where.decisionNumber) {
    return cached.parts;
  }
  const inner: Where =
    block.type.name === 'decision'
      ? { decisionId: idOf(block), decisionNumber: String(block.attrs.number ?? '') }
      : where;
  const parts: AmendmentPart[] = [];
  for (const entry of blockAmendsOf(block.attrs)) {
    parts.push({
      amendmentId: entry.amendmentId,
      party: entry.party,
      author: entry.author,
      createdAt: entry.createdAt,
      kind: entry.kind,
      from: 0,
      to: block.nodeSize,
      text: block.textContent,
      blockType: block.type.name,
      blockLabel: labelOf(block),
      blockId: idOf(block),
      ...inner,
      block: entry,
    });
  }
  childParts(block, 1, inner, parts);
  cache.set(block, { where, parts });
  return parts;
}

/**
 * Every amendment part of a document in document order: runs of marked text (adjacent text nodes with the
 * same mark are one run, even when other marks split them) and block entries. Each call returns new part
 * objects; blocks the document shares with one read before are not walked again. With `ids`, only those
 * amendments' parts (the others are not even copied).
 */
export function collectAmendmentParts(doc: PMNode, ids?: ReadonlySet<string>): AmendmentPart[] {
  const parts: AmendmentPart[] = [];
  if (!ids) {
    childParts(doc, 0, { decisionId: null, decisionNumber: null }, parts);
    return parts;
  }
  eachPart(doc, 0, doc.content.size, (part, offset) => {
    if (ids.has(part.amendmentId)) parts.push({ ...part, from: part.from + offset, to: part.to + offset });
  });
  return parts;
}

/** Each cached part of the top-level blocks the range `from`..`to` is in, with its block's position. */
function eachPart(doc: PMNode, from: number, to: number, visit: (part: AmendmentPart, offset: number) => void): void {
  const where: Where = { decisionId: null, decisionNumber: null };
  doc.forEach((child, offset) => {
    if (child.isText || to < offset || from > offset + child.nodeSize) return;
    for (const part of blockParts(child, where)) visit(part, offset);
  });
}

/**
 * The parts overlapping `from`..`to` (touching counts: a part ending at `from` is in), as collectAmendmentParts
 * gives them, blocks around the range included. Only the top-level blocks the range is in are read (from the
 * same cache), so a keystroke that asks does not copy the parts of the whole document.
 */
export function amendmentPartsAround(doc: PMNode, from: number, to: number): AmendmentPart[] {
  const found: AmendmentPart[] = [];
  eachPart(doc, from, to, (part, offset) => {
    if (part.from + offset <= to && part.to + offset >= from) {
      found.push({ ...part, from: part.from + offset, to: part.to + offset });
    }
  });
  return found;
}

/** The parts that hold `pos`, inside or at either end: what the cursor is on. */
export function amendmentPartsAt(doc: PMNode, pos: number): AmendmentPart[] {
  return amendmentPartsAround(doc, pos, pos);
}

/** The ids of the amendments in or around the textblocks at `positions`: what typing there may have changed. */
export function amendmentIdsAroundTextblocks(doc: PMNode, positions: readonly number[]): Set<string> {
  const ids = new Set<string>();
  for (const pos of positions) {
    const end = pos + (doc.nodeAt(pos)?.nodeSize ?? 0);
    for (const part of amendmentPartsAround(doc, pos, end)) ids.add(part.amendmentId);
  }
  return ids;
}
