import type { Node as PMNode } from '@tiptap/pm/model';
import { ReplaceAroundStep, type Step } from '@tiptap/pm/transform';
import { sameValue } from './sameValue.ts';

/**
 * The attribute changes made by `setNodeMarkup` (TipTap's updateAttributes), which is a ReplaceAroundStep
 * re-wrapping one node's content in a node of the same type with other attrs. Null for any other step,
 * including a change of block type, which suggesting mode does not track.
 */
export function markupChangeOf(step: Step, docBefore: PMNode): { pos: number; attrs: [string, unknown][] } | null {
  if (!(step instanceof ReplaceAroundStep)) return null;
  const { from, to, gapFrom, gapTo, slice, insert } = step;
  if (insert !== 1 || gapFrom !== from + 1 || gapTo !== to - 1 || slice.openStart || slice.openEnd) return null;
  const old = docBefore.nodeAt(from);
  const wrapper = slice.content.firstChild;
  if (!old || !wrapper || slice.content.childCount !== 1 || old.nodeSize !== to - from || old.type !== wrapper.type) {
    return null;
  }
  const attrs = Object.keys(wrapper.attrs)
    .filter((name) => !sameValue(wrapper.attrs[name], old.attrs[name]))
    .map((name): [string, unknown] => [name, wrapper.attrs[name]]);
  return { pos: from, attrs };
}
