import type { Command } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import { addresseeGroupNode } from './blockNodes.ts';
import { findAncestor } from './findAncestor.ts';
import { decisionNumbers, nextDecisionNumber } from './nextDecisionNumber.ts';

/**
 * Adds a "Directed to …" group after the group holding the cursor (or right under the topic heading), with
 * one decision numbered with the next placeholder, and puts the cursor in that decision.
 */
export function addAddresseeGroup(addressees: readonly string[]): Command {
  return (state, dispatch) => {
    const { $from } = state.selection;
    const topic = findAncestor($from, 'topic');
    const group = findAncestor($from, 'addresseeGroup');
    let insertAt: number;
    if (group) insertAt = group.pos + group.node.nodeSize;
    else if (topic && $from.parent.type.name === 'topicHeading')
      insertAt = topic.pos + 1 + topic.node.child(0).nodeSize;
    else if ($from.depth >= 1) insertAt = $from.after(1);
    else return false;

    const current = findAncestor($from, 'decision');
    const number = nextDecisionNumber(
      decisionNumbers(topic?.node ?? state.doc),
      current ? String(current.node.attrs.number ?? '') : undefined,
    );
    const node = addresseeGroupNode(state.schema, addressees, number);
    const $insert = state.doc.resolve(insertAt);
    if (!$insert.parent.canReplaceWith($insert.index(), $insert.index(), node.type)) return false;
    if (dispatch) {
      const tr = state.tr.insert(insertAt, node);
      tr.setSelection(TextSelection.create(tr.doc, insertAt + 3));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
