import { type BlockAmend, blockAmendsOf } from '@draftroom/document-model';
import { canJoin, type Transform } from '@tiptap/pm/transform';
import type { AmendmentPart } from './Amendment.ts';
import { collectAmendmentParts } from './collectAmendmentParts.ts';
import { markAttrsOf } from './markAttrsOf.ts';
import type { Verdict } from './Verdict.ts';

type Verdicts = ReadonlyMap<string, Verdict>;

/** Content removed by a verdict: rejected insertions, accepted deletions. */
function removesContent(kind: AmendmentPart['kind'], verdict: Verdict): boolean {
  if (kind === 'insertion' || kind === 'insert') return verdict === 'reject';
  if (kind === 'deletion' || kind === 'delete') return verdict === 'accept';
  return false;
}

/** A paragraph break removed by a verdict: a rejected split, an accepted join. */
function removesBoundary(kind: BlockAmend['kind'], verdict: Verdict): boolean {
  return (kind === 'split' && verdict === 'reject') || (kind === 'join' && verdict === 'accept');
}

/**
 * Phase 1, which moves nothing: drop the marks whose text stays, apply accepted attribute changes (oldest
 * first, so that of two accepted numbers the later proposal wins), and drop the block entries whose block
 * stays as it is. Entries that remove a block or a break stay for phases 2 and 3, which find blocks by them.
 */
function settleInPlace(tr: Transform, parts: readonly AmendmentPart[], verdicts: Verdicts): void {
  const schema = tr.doc.type.schema;
  const blocks = new Set<number>();
  for (const part of parts) {
    const verdict = verdicts.get(part.amendmentId) as Verdict;
    if (part.kind === 'insertion' || part.kind === 'deletion') {
      const type = schema.marks[part.kind];
      // Removing the exact mark (by value) leaves other Parties' marks on the same words in place.
      if (type && !removesContent(part.kind, verdict))
        tr.removeMark(part.from, part.to, type.create(markAttrsOf(part)));
    } else blocks.add(part.from);
  }
  for (const pos of blocks) settleBlockEntries(tr, pos, verdicts);
}

function settleBlockEntries(tr: Transform, pos: number, verdicts: Verdicts): void {
  const node = tr.doc.nodeAt(pos);
  if (!node) return;
  const entries = blockAmendsOf(node.attrs);
  const accepted = entries
    .filter((entry) => entry.kind === 'attr' && verdicts.get(entry.amendmentId) === 'accept')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const entry of accepted) if (entry.kind === 'attr') tr.setNodeAttribute(pos, entry.name, entry.to);
  const kept = entries.filter((entry) => {
    const verdict = verdicts.get(entry.amendmentId);
    return !verdict || removesContent(entry.kind, verdict) || removesBoundary(entry.kind, verdict);
  });
  if (kept.length !== entries.length) tr.setNodeAttribute(pos, 'amend', kept.length ? kept : null);
}

/**
 * Phase 2: delete rejected insertions and accepted deletions, from the end of the document backwards so that
 * earlier positions stay valid (a range already gone with an enclosing block is skipped). A rejected new
 * paragraph that still holds someone else's text after its own text went is not deleted: phase 3 removes its
 * break instead, so that the other proposal survives whatever order the chair decides them in.
 */
function deleteContent(tr: Transform, parts: readonly AmendmentPart[], verdicts: Verdicts): void {
  const start = tr.steps.length;
  const doomed = parts
    .filter((part) => removesContent(part.kind, verdicts.get(part.amendmentId) as Verdict))
    .sort((a, b) => b.from - a.from || b.to - a.to);
  for (const part of doomed) {
    const map = tr.mapping.slice(start);
    const from = map.map(part.from, 1);
    const to = map.map(part.to, -1);
    if (from >= to) continue;
    if (part.kind === 'insertion' || part.kind === 'deletion') {
      tr.delete(from, to);
      continue;
    }
    const node = tr.doc.nodeAt(from);
    if (node?.nodeSize !== to - from || (part.kind === 'insert' && node.isTextblock && node.content.size > 0)) continue;
    // A block whose parent cannot stay empty (the last decision of a group) takes the parent along, whichever
    // verdict removes it and in whichever order: deleting exactly would make the schema invent an empty one.
    tr.deleteRange(from, to);
  }
}

/** Phase 3: remove the paragraph breaks of rejected splits, accepted joins and emptied new paragraphs. */
function joinBoundaries(tr: Transform, verdicts: Verdicts): void {
  const start = tr.steps.length;
  const joins = collectAmendmentParts(tr.doc)
    .filter((part) => {
      const verdict = verdicts.get(part.amendmentId);
      return (
        part.block !== null &&
        verdict !== undefined &&
        (removesBoundary(part.kind as BlockAmend['kind'], verdict) || (part.kind === 'insert' && verdict === 'reject'))
      );
    })
    .sort((a, b) => b.from - a.from);
  for (const part of joins) {
    const pos = tr.mapping.slice(start).map(part.from, 1);
    const node = tr.doc.nodeAt(pos);
    const entries = node ? blockAmendsOf(node.attrs) : [];
    const isEntry = (e: BlockAmend) => e.amendmentId === part.amendmentId && e.kind === part.kind;
    // An earlier join may have merged this block away: then its entry went with it and there is nothing to do.
    if (!entries.some(isEntry)) continue;
    const rest = entries.filter((e) => !isEntry(e));
    tr.setNodeAttribute(pos, 'amend', rest.length ? rest : null);
    // A break the schema cannot remove (a heading and a paragraph) stays; the entry is dropped all the same.
    if (canJoin(tr.doc, pos)) tr.join(pos);
  }
}

/**
 * Applies verdicts to the amendments of a document: accepting keeps inserted text and removes deleted text,
 * rejecting does the reverse; paragraph breaks, whole blocks and attribute changes likewise. Amendments not
 * named in `verdicts` are left exactly as they are. Works on any Transform (a Transaction for the editor).
 */
export function resolveAmendments<T extends Transform>(tr: T, verdicts: Verdicts): T {
  const parts = collectAmendmentParts(tr.doc).filter((part) => verdicts.has(part.amendmentId));
  if (parts.length === 0) return tr;
  settleInPlace(tr, parts, verdicts);
  deleteContent(tr, parts, verdicts);
  joinBoundaries(tr, verdicts);
  return tr;
}
