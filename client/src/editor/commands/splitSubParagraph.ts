import { splitBlockAs } from '@tiptap/pm/commands';
import type { Command } from '@tiptap/pm/state';
import { outdentSubParagraph } from './changeSubParagraphLevel.ts';

/**
 * Enter in a sub-paragraph starts the next sibling at the same level (b) after a)), where ProseMirror alone
 * would start a plain paragraph. Enter in an empty sub-paragraph moves it up a level instead, as in a word
 * processor's lists, so two Enters end a list of sub-paragraphs.
 */
export const splitSubParagraph: Command = (state, dispatch, view) => {
  const { $from, empty } = state.selection;
  const block = $from.parent;
  if (block.type.name !== 'subParagraph') return false;
  if (empty && block.content.size === 0) return outdentSubParagraph(state, dispatch, view);
  const level = Number(block.attrs.level) || 1;
  return splitBlockAs(() => ({ type: block.type, attrs: { level } }))(state, dispatch, view);
};
