import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, type DecorationSet } from '@tiptap/pm/view';
import { type DecorateTextblock, decorateTextblocks, redecorateTextblocks } from './textblockDecorations.ts';

export const placeholderDecorationsKey = new PluginKey<DecorationSet>('placeholderDecorations');

/** What an empty block is for, shown in grey so that a new, empty document explains itself. */
function placeholderOf(node: PMNode, parent: PMNode, index: number): string | null {
  if (node.content.size > 0) return null;
  if (node.type.name === 'topicHeading') return 'Topic heading';
  if (node.type.name === 'paragraph' && parent.type.name === 'decision' && index === 0) return 'Text of the decision';
  if (node.type.name === 'subParagraph') return 'Sub-paragraph';
  return null;
}

const decoratePlaceholder: DecorateTextblock = (node, pos, parent, index) => {
  const placeholder = placeholderOf(node, parent, index);
  return placeholder
    ? [Decoration.node(pos, pos + node.nodeSize, { class: 'is-empty', 'data-placeholder': placeholder })]
    : [];
};

export function buildPlaceholders(doc: PMNode): DecorationSet {
  return decorateTextblocks(doc, decoratePlaceholder);
}

export const PlaceholderDecorations = Extension.create({
  name: 'placeholderDecorations',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: placeholderDecorationsKey,
        state: {
          init: (_config, state) => buildPlaceholders(state.doc),
          apply: (tr, previous) => redecorateTextblocks(tr, previous, decoratePlaceholder),
        },
        props: {
          decorations: (state) => placeholderDecorationsKey.getState(state),
        },
      }),
    ];
  },
});
