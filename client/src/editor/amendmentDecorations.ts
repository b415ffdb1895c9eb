import { type AmendmentPart, amendmentPartsAround, collectAmendmentParts } from '@draftroom/amendments';
import { changedTextblocks } from '@draftroom/document-model';
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { amendmentAt } from '../amendments/amendmentAt.ts';
import { partyLabel } from '../amendments/partyLabel.ts';
import { delegationColour } from '../collaboration/delegationColour.ts';

interface DecorationState {
  current: string | null;
  set: DecorationSet;
}

export const amendmentDecorationsKey = new PluginKey<DecorationState>('amendmentDecorations');

/** Highlights one amendment in the text (the one the chair is on), or none. */
export function setCurrentAmendment(tr: Transaction, id: string | null): Transaction {
  return tr.setMeta(amendmentDecorationsKey, { current: id });
}

const NOUNS: Record<string, string> = {
  topic: 'topic',
  topicHeading: 'heading',
  addresseeGroup: 'addressee group',
  decision: 'decision',
  paragraph: 'paragraph',
  subParagraph: 'sub-paragraph',
  preambular: 'preambular paragraph',
  operative: 'operative paragraph',
  resolution: 'resolution',
};

/** Decisions and addressee groups draw their own proposals (their views show number and addressees). */
const DRAWN_BY_VIEW = new Set(['decision', 'addresseeGroup']);

function titleOf(part: AmendmentPart): string {
  const noun = NOUNS[part.blockType] ?? 'block';
  const who = `${part.party} (${partyLabel(part.party)})`;
  const entry = part.block;
  switch (part.kind) {
    case 'insert':
      return `${who} proposes this new ${noun}`;
    case 'delete':
      return `${who} proposes to delete this ${noun}`;
    case 'split':
      return `${who} proposes a new paragraph here`;
    case 'join':
      return `${who} proposes to join this ${noun} to the one before`;
    default:
      return entry?.kind === 'attr' ? `${who} proposes ${entry.name} ${String(entry.to)}` : who;
  }
}

/** The small mark in the right margin for proposals that have no text of their own to underline. */
function markerText(part: AmendmentPart): string | null {
  const entry = part.block;
  if (part.kind === 'split') return '¶ new';
  if (part.kind === 'join') return '¶ join';
  if (entry?.kind === 'attr' && entry.name === 'level') return `level ${String(entry.from)} → ${String(entry.to)}`;
  if (entry?.kind === 'attr' && entry.name === 'suffix') return `→ ${String(entry.to ?? 'no suffix')}`;
  return null;
}

function marker(part: AmendmentPart, text: string): () => HTMLElement {
  return () => {
    const span = document.createElement('span');
    span.className = 'block-marker';
    span.contentEditable = 'false';
    span.style.setProperty('--party-colour', delegationColour(part.party));
    span.title = titleOf(part);
    span.textContent = `${text} · ${partyLabel(part.party)}`;
    return span;
  };
}

/** The current amendment's text highlighted; marked so that typing can find it again (redrawCurrentText). */
const currentText = (part: AmendmentPart) =>
  Decoration.inline(part.from, part.to, { class: 'amendment--current' }, { currentText: true });

/**
 * After typing that changed only the text of some blocks: the decorations before, mapped, with the current
 * amendment's highlight drawn again in those blocks (it may have grown or shrunk there). Blocks' own proposals
 * sit on blocks the typing did not retype, and stay as mapped.
 */
function redrawCurrentText(
  tr: Transaction,
  previous: DecorationSet,
  changed: readonly number[],
  current: string | null,
): DecorationSet {
  let set = previous.map(tr.mapping, tr.doc);
  if (current === null) return set;
  for (const pos of changed) {
    const end = pos + (tr.doc.nodeAt(pos)?.nodeSize ?? 0);
    set = set.remove(set.find(pos, end, (spec) => spec.currentText === true));
    const parts = amendmentPartsAround(tr.doc, pos + 1, end - 1).filter(
      (part) => part.block === null && part.amendmentId === current && part.from > pos && part.to < end,
    );
    set = set.add(tr.doc, parts.map(currentText));
  }
  return set;
}

/**
 * Proposals about whole blocks, drawn on the blocks (a left bar for a new one, struck text for a deleted one,
 * a margin note for a new or removed paragraph break), and the current amendment highlighted. Inline proposals
 * are drawn by their marks.
 */
export function buildAmendmentDecorations(doc: PMNode, current: string | null): DecorationSet {
  const decorations: Decoration[] = [];
  for (const part of collectAmendmentParts(doc)) {
    const isCurrent = part.amendmentId === current;
    if (part.block === null) {
      if (isCurrent) decorations.push(currentText(part));
      continue;
    }
    const drawn = !DRAWN_BY_VIEW.has(part.blockType);
    const classes = [
      ...(drawn ? ['block-amend', `block-amend--${part.kind}`] : []),
      ...(isCurrent ? ['block-amend--current'] : []),
    ];
    if (classes.length) {
      decorations.push(
        Decoration.node(part.from, part.to, {
          class: classes.join(' '),
          style: `--party-colour: ${delegationColour(part.party)}`,
          ...(drawn ? { title: titleOf(part) } : {}),
        }),
      );
    }
    const text = doc.nodeAt(part.from)?.isTextblock ? markerText(part) : null;
    if (text) {
      decorations.push(
        Decoration.widget(part.from + 1, marker(part, text), {
          side: -1,
          ignoreSelection: true,
          key: `${part.amendmentId}:${part.kind}:${text}`,
        }),
      );
    }
  }
  return DecorationSet.create(doc, decorations);
}

/**
 * The current amendment follows the cursor: moving into an amendment makes it current, moving out of every
 * amendment clears it. A change that leaves the selection alone keeps it while it is still in the text.
 */
function followCursor(tr: Transaction, previous: string | null): string | null {
  if (tr.selectionSet) return amendmentAt(tr.doc, tr.selection.head);
  if (!tr.docChanged || previous === null) return previous;
  return collectAmendmentParts(tr.doc).some((part) => part.amendmentId === previous) ? previous : null;
}

/** The current amendment of an editor state. */
export function currentAmendmentOf(state: EditorState): string | null {
  return amendmentDecorationsKey.getState(state)?.current ?? null;
}

export const AmendmentDecorations = Extension.create({
  name: 'amendmentDecorations',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationState>({
        key: amendmentDecorationsKey,
        state: {
          init: (_config, state) => ({ current: null, set: buildAmendmentDecorations(state.doc, null) }),
          apply: (tr, previous) => {
            const meta = tr.getMeta(amendmentDecorationsKey) as { current: string | null } | undefined;
            const current = meta ? meta.current : followCursor(tr, previous.current);
            if (!tr.docChanged && current === previous.current) return previous;
            const changed = current === previous.current ? changedTextblocks(tr.before, tr.doc) : null;
            if (changed) return { current, set: redrawCurrentText(tr, previous.set, changed, current) };
            return { current, set: buildAmendmentDecorations(tr.doc, current) };
          },
        },
        props: {
          decorations: (state) => amendmentDecorationsKey.getState(state)?.set,
        },
      }),
    ];
  },
});
