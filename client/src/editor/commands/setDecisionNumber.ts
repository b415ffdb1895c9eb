import type { Command } from '@tiptap/pm/state';
import { findAncestor, nodeAt } from './findAncestor.ts';

/**
 * Sets the number of a decision: the one at `pos` when given (a click on the number in the margin), else the
 * one holding the cursor. Numbers are free text because drafts use placeholders ("15.AA") and amended
 * decisions carry a suffix ("14.8 (Rev. COP15)").
 */
export function setDecisionNumber(number: string, pos?: number): Command {
  return (state, dispatch) => {
    const target =
      pos === undefined ? findAncestor(state.selection.$from, 'decision') : nodeAt(state.doc, pos, 'decision');
    if (!target) return false;
    const value = number.trim();
    if (value === target.node.attrs.number) return true;
    dispatch?.(state.tr.setNodeAttribute(target.pos, 'number', value));
    return true;
  };
}
