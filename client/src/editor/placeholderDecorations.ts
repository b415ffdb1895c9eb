import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export const placeholderDecorationsKey = new PluginKey<DecorationSet>('placeholderDecorations');

/** What an empty block is for, shown in grey so that a new, empty document explains itself. */
function placeholderOf(node: PMNode, parent: PMNode | null, index: number): string | null {
  if (node.content.size > 0) return null;
  if (node.type.name === 'topicHeading') return 'Topic heading';
  if (node.type.name === 'paragraph' && parent?.type.name === 'decision' && index === 0) return 'Text of the decision';
  if (node.type.name === 'subParagraph') return 'Sub-paragraph';
  return null;
}

export function buildPlaceholders(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos, parent, index) => {
    if (!node.isTextblock) return true;
    const placeholder = placeholderOf(node, parent, index);
    if (placeholder) {
      decorations.push(
        Decoration.node(pos, pos + node.nodeSize, { class: 'is-empty', 'data-placeholder': placeholder }),
      );
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

export const PlaceholderDecorations = Extension.create({
  name: 'placeholderDecorations',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: placeholderDecorationsKey,
        state: {
          init: (_config, state) => buildPlaceholders(state.doc),
          apply: (tr, previous) => (tr.docChanged ? buildPlaceholders(tr.doc) : previous),
        },
        props: {
          decorations: (state) => placeholderDecorationsKey.getState(state),
        },
      }),
    ];
  },
});
