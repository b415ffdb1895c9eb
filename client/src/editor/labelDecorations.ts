import { labelOfChild } from '@draftroom/document-model';
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, type DecorationSet } from '@tiptap/pm/view';
import { type DecorateTextblock, decorateTextblocks, redecorateTextblocks } from './textblockDecorations.ts';

export const labelDecorationsKey = new PluginKey<DecorationSet>('labelDecorations');

/**
 * The opening participle or verb of a resolution paragraph ("Recalling", "Also recognizing", "Requests"),
 * printed in italics. Derived, not stored, so that it follows the text as delegations amend it.
 */
const OPENING_WORDS = /^(?:(?:also|further|again|and)\s+)*[^\s,;:.]+/i;

const OPENING_TYPES = new Set(['preambular', 'operative']);

/**
 * Labels (a), (ii), 3., 9bis.) are computed from position and never typed, so that inserting a sub-paragraph
 * relabels the ones after it for everyone at once. Each labelled block gets a data-label attribute that CSS
 * prints in the margin; nothing of it enters the document or the Yjs state.
 */
const decorateLabels: DecorateTextblock = (node, pos, parent, index) => {
  const decorations: Decoration[] = [];
  const label = labelOfChild(parent, index);
  if (label) decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-label': label }));
  if (OPENING_TYPES.has(node.type.name)) {
    const opening = OPENING_WORDS.exec(node.textContent);
    if (opening) decorations.push(Decoration.inline(pos + 1, pos + 1 + opening[0].length, { class: 'opening-words' }));
  }
  return decorations;
};

export function buildLabelDecorations(doc: PMNode): DecorationSet {
  return decorateTextblocks(doc, decorateLabels);
}

export const LabelDecorations = Extension.create({
  name: 'labelDecorations',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: labelDecorationsKey,
        state: {
          init: (_config, state) => buildLabelDecorations(state.doc),
          apply: (tr, previous) => redecorateTextblocks(tr, previous, decorateLabels),
        },
        props: {
          decorations: (state) => labelDecorationsKey.getState(state),
        },
      }),
    ];
  },
});
