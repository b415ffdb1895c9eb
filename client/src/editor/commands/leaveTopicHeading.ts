import type { Command } from '@tiptap/pm/state';
import { Selection } from '@tiptap/pm/state';

/**
 * Enter in a topic heading moves to the text below it: a heading cannot be split into two, and typing the
 * heading then pressing Enter is what everyone does.
 */
export const leaveTopicHeading: Command = (state, dispatch) => {
  const { $from } = state.selection;
  if ($from.parent.type.name !== 'topicHeading') return false;
  const next = Selection.findFrom(state.doc.resolve($from.after()), 1, true);
  if (!next) return true;
  dispatch?.(state.tr.setSelection(next).scrollIntoView());
  return true;
};
