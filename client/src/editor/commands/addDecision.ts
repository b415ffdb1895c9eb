import type { Command } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import { addresseeGroupNode, decisionNode } from './blockNodes.ts';
import { findAncestor } from './findAncestor.ts';
import { decisionNumbers, nextDecisionNumber } from './nextDecisionNumber.ts';

/**
 * Adds a decision after the one holding the cursor, numbered with the next placeholder of its topic, and puts
 * the cursor in it. From a topic heading the decision opens the topic's first addressee group (or a new,
 * unaddressed group when the topic has none).
 */
export const addDecision: Command = (state, dispatch) => {
  const { $from } = state.selection;
  const topic = findAncestor($from, 'topic');
  const scope = topic?.node ?? state.doc;
  const current = findAncestor($from, 'decision');

  let insertAt: number;
  let node: ReturnType<typeof decisionNode>;
  let cursorOffset: number;
  if (current) {
    const number = nextDecisionNumber(decisionNumbers(scope), String(current.node.attrs.number ?? ''));
    insertAt = current.pos + current.node.nodeSize;
    node = decisionNode(state.schema, number);
    cursorOffset = 2;
  } else if (topic && $from.parent.type.name === 'topicHeading') {
    const number = nextDecisionNumber(decisionNumbers(scope));
    const heading = topic.node.child(0);
    const afterHeading = topic.pos + 1 + heading.nodeSize;
    const first = topic.node.childCount > 1 ? topic.node.child(1) : null;
    if (first?.type.name === 'addresseeGroup') {
      insertAt = afterHeading + 1;
      node = decisionNode(state.schema, number);
      cursorOffset = 2;
    } else {
      insertAt = afterHeading;
      node = addresseeGroupNode(state.schema, [], number);
      cursorOffset = 3;
    }
  } else {
    return false;
  }

  if (dispatch) {
    const tr = state.tr.insert(insertAt, node);
    tr.setSelection(TextSelection.create(tr.doc, insertAt + cursorOffset));
    dispatch(tr.scrollIntoView());
  }
  return true;
};
