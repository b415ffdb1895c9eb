import type { Node as PMNode } from '@tiptap/pm/model';
import type { Command, EditorState } from '@tiptap/pm/state';

export const MAX_LEVEL = 3;

/** Level of a block in a decision's body: 0 for a plain paragraph, 1–3 for a), (i), (A). */
function levelOf(node: PMNode): number {
  return node.type.name === 'subParagraph' ? Number(node.attrs.level) || 1 : 0;
}

interface Target {
  pos: number;
  node: PMNode;
  /** Level of the sibling just before, or null for the first block of its parent. */
  previousLevel: number | null;
}

/** The paragraphs and sub-paragraphs the selection touches inside decisions and resolutions. */
function targets(state: EditorState): Target[] {
  const { from, to } = state.selection;
  const found: Target[] = [];
  state.doc.nodesBetween(from, to, (node, pos, parent, index) => {
    if (!node.isTextblock) return true;
    if (!parent || !['decision', 'resolution'].includes(parent.type.name)) return false;
    if (!['paragraph', 'subParagraph'].includes(node.type.name)) return false;
    found.push({ pos, node, previousLevel: index > 0 ? levelOf(parent.child(index - 1)) : null });
    return false;
  });
  return found;
}

/**
 * Moves the selected blocks one level deeper (Tab): a paragraph that follows another block becomes a lettered
 * sub-paragraph, a) becomes (i), (i) becomes (A). A block never goes more than one level below the block
 * before it, so that no (i) appears without its a).
 */
export const indentSubParagraph: Command = (state, dispatch) => {
  const tr = state.tr;
  // When consecutive blocks move together, each one is checked against the new level of the one before it.
  let previous: { end: number; level: number } | null = null;
  for (const target of targets(state)) {
    const level = levelOf(target.node);
    const before = previous?.end === target.pos ? previous.level : target.previousLevel;
    let newLevel = level;
    if (before !== null && level < MAX_LEVEL && level <= before) {
      newLevel = level + 1;
      if (level === 0)
        tr.setNodeMarkup(target.pos, state.schema.nodes.subParagraph, { ...target.node.attrs, level: newLevel });
      else tr.setNodeAttribute(target.pos, 'level', newLevel);
    }
    previous = { end: target.pos + target.node.nodeSize, level: newLevel };
  }
  if (!tr.docChanged) return false;
  dispatch?.(tr);
  return true;
};

/** Moves the selected sub-paragraphs one level up (Shift-Tab); a first-level one becomes a plain paragraph. */
export const outdentSubParagraph: Command = (state, dispatch) => {
  const tr = state.tr;
  for (const target of targets(state)) {
    const level = levelOf(target.node);
    if (level === 0) continue;
    if (level === 1) {
      const { level: _level, ...attrs } = target.node.attrs;
      tr.setNodeMarkup(target.pos, state.schema.nodes.paragraph, attrs);
    } else tr.setNodeAttribute(target.pos, 'level', level - 1);
  }
  if (!tr.docChanged) return false;
  dispatch?.(tr);
  return true;
};
