import type { Node as PMNode, ResolvedPos } from '@tiptap/pm/model';
import type { Command, EditorState } from '@tiptap/pm/state';
import { findAncestor } from './findAncestor.ts';
import { untracked } from './untracked.ts';

export type AgreedScope = 'paragraph' | 'decision';

interface Target {
  node: PMNode;
  pos: number;
}

/** The paragraph (any textblock) or the decision holding the cursor. */
export function agreedTarget($from: ResolvedPos, scope: AgreedScope): Target | null {
  if (scope === 'decision') return findAncestor($from, 'decision');
  if (!$from.parent.isTextblock || $from.depth === 0) return null;
  return { node: $from.parent, pos: $from.before() };
}

/** Whether the block holding the cursor is closed, by its own `agreed` or by an agreed block around it. */
export function agreedAround($from: ResolvedPos): { paragraph: boolean; decision: boolean; inherited: boolean } {
  const decision = findAncestor($from, 'decision');
  let inherited = false;
  for (let depth = $from.depth - 1; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.attrs.agreed === true && node !== decision?.node) inherited = true;
  }
  return {
    paragraph: $from.parent.isTextblock && $from.parent.attrs.agreed === true,
    decision: decision?.node.attrs.agreed === true,
    inherited,
  };
}

/**
 * The chair marks the paragraph or the decision holding the cursor as agreed ("ad referendum": closed for
 * amendments), or reopens it. An attribute of the block, not a proposal: it is never tracked.
 */
export function setAgreed(agreed: boolean, scope: AgreedScope): Command {
  return (state: EditorState, dispatch) => {
    const target = agreedTarget(state.selection.$from, scope);
    if (!target) return false;
    if ((target.node.attrs.agreed === true) === agreed) return false;
    dispatch?.(untracked(state.tr.setNodeAttribute(target.pos, 'agreed', agreed)));
    return true;
  };
}
