import type { AmendmentMarkAttrs } from '@draftroom/document-model';
import type { Slice } from '@tiptap/pm/model';
import type { Transform } from '@tiptap/pm/transform';
import { addBlockEntry } from './addBlockEntry.ts';
import { cleanSlice } from './cleanSlice.ts';
import { insertionAttrsAt } from './neighbourAttrs.ts';
import type { SuggestContext } from './SuggestContext.ts';

/**
 * Marks the freshly inserted range [start, end): its text as inserted; a block that lies wholly inside it as
 * a proposed block; a block that opens inside it but runs on past it (the second half of a split paragraph,
 * holding old text) as a proposed paragraph break.
 */
function markInserted(tr: Transform, start: number, end: number, attrs: AmendmentMarkAttrs): void {
  const type = tr.doc.type.schema.marks.insertion;
  if (type) tr.addMark(start, end, type.create(attrs));
  const doc = tr.doc;
  doc.nodesBetween(start, end, (node, pos) => {
    if (node.isInline) return false;
    if (pos < start) return true;
    const whole = pos + node.nodeSize <= end;
    addBlockEntry(tr, pos, { kind: whole ? 'insert' : 'split', ...attrs });
    return !whole;
  });
}

/**
 * Inserts `slice` at `at` as a proposal of the actor. Returns the inserted range, or null when the schema
 * left nothing to insert there.
 */
export function trackInsertion(
  tr: Transform,
  at: number,
  slice: Slice,
  ctx: SuggestContext,
): { start: number; end: number } | null {
  const attrs = insertionAttrsAt(tr.doc, at, ctx);
  const before = tr.steps.length;
  tr.replace(at, at, cleanSlice(slice, ctx.newId));
  if (tr.steps.length === before) return null;
  const map = tr.mapping.slice(before);
  const start = map.map(at, -1);
  const end = map.map(at, 1);
  if (start >= end) return null;
  markInserted(tr, start, end, attrs);
  return { start, end };
}
