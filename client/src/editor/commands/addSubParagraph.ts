import type { Command } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import { subParagraphNode } from './blockNodes.ts';

/**
 * Adds an empty sub-paragraph after the block holding the cursor: a sibling at the same level when the cursor
 * is in a sub-paragraph, a first-level one (a, b, …) after the decision's opening paragraph.
 */
export const addSubParagraph: Command = (state, dispatch) => {
  const { $from } = state.selection;
  const block = $from.parent;
  const container = $from.node($from.depth - 1);
  if (!block.isTextblock || !['decision', 'resolution'].includes(container.type.name)) return false;
  const level = block.type.name === 'subParagraph' ? Number(block.attrs.level) || 1 : 1;
  if (dispatch) {
    const insertAt = $from.after();
    const tr = state.tr.insert(insertAt, subParagraphNode(state.schema, level));
    tr.setSelection(TextSelection.create(tr.doc, insertAt + 1));
    dispatch(tr.scrollIntoView());
  }
  return true;
};
