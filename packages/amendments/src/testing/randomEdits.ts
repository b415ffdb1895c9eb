import { addresseeGroup, decision, doc, draftSchema, paragraph, subParagraph, topic } from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import fc from 'fast-check';
import type { Actor } from '../Actor.ts';
import { previousTextblock } from '../previousTextblock.ts';
import { BRAZIL, JAPAN, NORWAY, suggest } from './fixtures.ts';

const WORDS = ['the', 'Secretariat', 'shall', 'develop', 'a', 'policy', 'on', 'partnerships', 'Parties', 'invited'];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 6 }).map((w) => w.join(' '));

/** For property tests: a random draft decision document (a topic, groups, decisions, sub-paragraphs). */
export const arbitraryDocument: fc.Arbitrary<PMNode> = fc
  .array(
    fc.array(fc.tuple(sentence, fc.array(fc.tuple(sentence, fc.integer({ min: 1, max: 2 })), { maxLength: 2 })), {
      minLength: 1,
      maxLength: 2,
    }),
    { minLength: 1, maxLength: 2 },
  )
  .chain((groups) =>
    sentence.map((heading) =>
      draftSchema.nodeFromJSON(
        doc([
          topic(
            heading,
            groups.map((decisions, g) =>
              addresseeGroup(
                g % 2 ? ['Parties'] : ['Secretariat'],
                decisions.map(([first, subs], d) =>
                  decision(`15.${g}${d}`, [
                    paragraph(first),
                    ...subs.map(([text, level]) => subParagraph(text, level)),
                  ]),
                ),
              ),
            ),
          ),
        ]),
      ),
    ),
  );

export type EditKind =
  | 'type'
  | 'delete'
  | 'replace'
  | 'deleteAcross'
  | 'split'
  | 'backspaceJoin'
  | 'deleteBlock'
  | 'insertBlock'
  | 'renumber';

export interface Edit {
  kind: EditKind;
  actor: Actor;
  a: number;
  b: number;
  text: string;
}

export const arbitraryActor = fc.constantFrom(BRAZIL, JAPAN, NORWAY);

export const EDIT_KINDS: readonly EditKind[] = [
  'type',
  'delete',
  'replace',
  'deleteAcross',
  'split',
  'backspaceJoin',
  'deleteBlock',
  'insertBlock',
  'renumber',
];

export const arbitraryEdit = (
  actor: fc.Arbitrary<Actor> = arbitraryActor,
  kinds: readonly EditKind[] = EDIT_KINDS,
): fc.Arbitrary<Edit> =>
  fc.record({
    kind: fc.constantFrom(...kinds),
    actor,
    a: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    b: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    text: fc.constantFrom('x', 'new ', 'and adopt', ' '),
  });

interface Block {
  node: PMNode;
  pos: number;
}

function blocks(node: PMNode, test: (n: PMNode) => boolean): Block[] {
  const found: Block[] = [];
  node.descendants((child, pos) => {
    if (test(child)) found.push({ node: child, pos });
    return !child.isTextblock;
  });
  return found;
}

const pick = <T>(items: readonly T[], fraction: number): T | undefined => items[Math.floor(fraction * items.length)];

/** A position inside the inline content of a textblock that takes marks (topic headings included). */
function textPosition(node: PMNode, fraction: number): number | null {
  const all: number[] = [];
  for (const block of blocks(node, (n) => n.isTextblock)) {
    for (let offset = 0; offset <= block.node.content.size; offset++) all.push(block.pos + 1 + offset);
  }
  return pick(all, fraction) ?? null;
}

function withSelection(state: EditorState, from: number, to = from): EditorState {
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
}

/** Applies one random edit in suggesting mode, as the editor would; edits that do not fit are skipped. */
export function applyEdit(state: EditorState, edit: Edit): EditorState {
  const { actor, a, b, text } = edit;
  const doc = state.doc;
  switch (edit.kind) {
    case 'type': {
      const pos = textPosition(doc, a);
      return pos === null ? state : suggest(withSelection(state, pos), actor, (tr) => tr.insertText(text));
    }
    case 'delete':
    case 'replace': {
      const block = pick(
        blocks(doc, (n) => n.isTextblock && n.content.size > 0),
        a,
      );
      if (!block) return state;
      const size = block.node.content.size;
      const from = block.pos + 1 + Math.floor(b * size);
      const to = Math.min(block.pos + 1 + size, from + 1 + Math.floor(b * 7));
      const selected = withSelection(state, from, to);
      return suggest(selected, actor, (tr) => (edit.kind === 'delete' ? tr.deleteSelection() : tr.insertText(text)));
    }
    case 'deleteAcross': {
      const x = textPosition(doc, a);
      const y = textPosition(doc, b);
      if (x === null || y === null || x === y) return state;
      return suggest(withSelection(state, Math.min(x, y), Math.max(x, y)), actor, (tr) => tr.deleteSelection());
    }
    case 'split': {
      const pos = textPosition(doc, a);
      const $pos = pos === null ? null : doc.resolve(pos);
      if (pos === null || !$pos || $pos.parent.type.name === 'topicHeading') return state;
      return suggest(withSelection(state, pos), actor, (tr) => tr.split(pos));
    }
    case 'backspaceJoin': {
      const block = pick(
        blocks(doc, (n) => n.isTextblock && n.type.name !== 'topicHeading'),
        a,
      );
      const previous = block && previousTextblock(doc, block.pos);
      if (!block || !previous || previous.node.type.name === 'topicHeading') return state;
      const start = block.pos + 1;
      return suggest(withSelection(state, start), actor, (tr) =>
        tr.delete(previous.pos + previous.node.nodeSize - 1, start),
      );
    }
    case 'deleteBlock': {
      const block = pick(
        blocks(doc, (n) => ['decision', 'paragraph', 'subParagraph'].includes(n.type.name)),
        a,
      );
      if (!block) return state;
      return suggest(state, actor, (tr) => tr.delete(block.pos, block.pos + block.node.nodeSize));
    }
    case 'insertBlock': {
      const block = pick(
        blocks(doc, (n) => n.type.name === 'subParagraph' || n.type.name === 'decision'),
        a,
      );
      if (!block) return state;
      const after = block.pos + block.node.nodeSize;
      const node =
        block.node.type.name === 'decision'
          ? draftSchema.nodeFromJSON(decision('15.ZZ', [paragraph(text)]))
          : draftSchema.nodeFromJSON(subParagraph(text, 1));
      return suggest(state, actor, (tr) => tr.insert(after, node));
    }
    case 'renumber': {
      const block = pick(
        blocks(doc, (n) => n.type.name === 'decision'),
        a,
      );
      if (!block) return state;
      return suggest(state, actor, (tr) => tr.setNodeAttribute(block.pos, 'number', `15.${Math.floor(b * 9)}`));
    }
  }
}

/** A document after a sequence of random edits, applied one after the other from `doc`. */
export function edited(doc: PMNode, edits: readonly Edit[]): PMNode {
  let state = EditorState.create({ doc });
  for (const edit of edits) state = applyEdit(state, edit);
  return state.doc;
}
