import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { changedTextblocks } from './changedTextblocks.ts';
import { newId } from './newId.ts';

export const blockIdsPluginKey = new PluginKey('blockIds');

/** Positions of blocks whose id is missing or already used by an earlier block. */
export function blocksNeedingIds(doc: PMNode): number[] {
  const seen = new Set<string>();
  const missing: number[] = [];
  doc.descendants((node, pos) => {
    if (!('id' in node.attrs)) return !node.isTextblock;
    const id = node.attrs.id as string | null;
    if (!id || seen.has(id)) missing.push(pos);
    else seen.add(id);
    return !node.isTextblock;
  });
  return missing;
}

/** Gives every block without a unique id a fresh one, in one transaction (or null when all are fine). */
export function assignBlockIds(tr: Transaction): Transaction | null {
  const positions = blocksNeedingIds(tr.doc);
  if (positions.length === 0) return null;
  for (const pos of positions) tr.setNodeAttribute(pos, 'id', newId());
  return tr.setMeta('addToHistory', false);
}

/**
 * Keeps block ids present and unique after splits, pastes and inserts. Changes that arrive from other
 * clients through Yjs are left alone: their author already assigned ids, and two clients fixing the same
 * block at once would fight over it.
 */
export const BlockIds = Extension.create({
  name: 'blockIds',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: blockIdsPluginKey,
        appendTransaction: (transactions, oldState, newState) => {
          const local = transactions.some((tr) => tr.docChanged && !tr.getMeta(ySyncPluginKey));
          // Typing changes no block's id and adds no block: only the rest needs the walk over every block.
          if (!local || changedTextblocks(oldState.doc, newState.doc) !== null) return null;
          return assignBlockIds(newState.tr);
        },
      }),
    ];
  },
});
