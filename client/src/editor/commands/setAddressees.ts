import type { Command } from '@tiptap/pm/state';
import { findAncestor, nodeAt } from './findAncestor.ts';

/** Sets who a group of decisions is directed to: the group at `pos` when given, else the one holding the cursor. */
export function setAddressees(addressees: readonly string[], pos?: number): Command {
  return (state, dispatch) => {
    const target =
      pos === undefined
        ? findAncestor(state.selection.$from, 'addresseeGroup')
        : nodeAt(state.doc, pos, 'addresseeGroup');
    if (!target) return false;
    const value = addressees.map((a) => a.trim()).filter(Boolean);
    dispatch?.(state.tr.setNodeAttribute(target.pos, 'addressees', value));
    return true;
  };
}
