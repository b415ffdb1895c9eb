import { changedTextblocks } from '@draftroom/document-model';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import { memo } from 'react';
import { LockIcon } from './LockIcon.tsx';

interface OutlineItem {
  kind: 'topic' | 'decision';
  pos: number;
  id: string | null;
  text: string;
  /** Closed for amendments: the block itself or one around it is agreed. */
  agreed: boolean;
}

function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

export function outlineOf(doc: PMNode): OutlineItem[] {
  const items: OutlineItem[] = [];
  const walk = (node: PMNode, start: number, agreed: boolean) => {
    node.forEach((child, offset) => {
      const pos = start + offset;
      if (child.isTextblock) return;
      const closed = agreed || child.attrs.agreed === true;
      const id = typeof child.attrs.id === 'string' ? child.attrs.id : null;
      if (child.type.name === 'topic') {
        items.push({
          kind: 'topic',
          pos,
          id,
          text: child.child(0).textContent.trim() || 'Untitled topic',
          agreed: closed,
        });
      }
      if (child.type.name === 'decision') {
        const number = String(child.attrs.number ?? '');
        items.push({
          kind: 'decision',
          pos,
          id,
          text: number || firstWords(child.textContent, 3) || 'Decision',
          agreed: closed,
        });
        return;
      }
      walk(child, pos + 1, closed);
    });
  };
  walk(doc, 0, false);
  return items;
}

type ShownItem = Omit<OutlineItem, 'pos'>;

const shown = new WeakMap<PMNode, ShownItem[]>();
let lastShown: { doc: PMNode; items: ShownItem[] } | null = null;

/** Whether a textblock's text shows in the outline: a topic's heading, or the words of an unnumbered decision. */
function namesAnItem(doc: PMNode, pos: number): boolean {
  const $pos = doc.resolve(pos);
  if ($pos.nodeAfter?.type.name === 'topicHeading') return true;
  return $pos.parent.type.name === 'decision' && !$pos.parent.attrs.number;
}

/**
 * The outline as drawn, read once per document (selection changes ask again for the same document). After a
 * keystroke that only changed text the outline cannot show, the one before is kept without reading the text.
 */
export function shownOutlineOf(doc: PMNode): ShownItem[] {
  let items = shown.get(doc);
  if (!items) {
    const changed = lastShown ? changedTextblocks(lastShown.doc, doc) : null;
    const kept = lastShown && changed?.every((pos) => !namesAnItem(doc, pos)) ? lastShown.items : null;
    items = kept ?? outlineOf(doc).map(({ pos: _pos, ...item }) => item);
    shown.set(doc, items);
  }
  lastShown = { doc, items };
  return items;
}

interface OutlineProps {
  editor: Editor;
  /** Pending amendments per decision id. */
  pending: ReadonlyMap<string, number>;
  /** Shows a decision's amendments in the panel. */
  onShowAmendments: (decisionId: string) => void;
}

/**
 * Topics and decisions at a glance, with the number of pending amendments of each decision; a click brings
 * the decision to the middle of the screen, a click on the count lists its amendments.
 */
export const Outline = memo(OutlineView);

function OutlineView({ editor, pending, onShowAmendments }: OutlineProps) {
  // Without positions, which shift with every keystroke before them: typing leaves the outline as it is.
  const items = useEditorState({ editor, selector: ({ editor: e }) => shownOutlineOf(e.state.doc) });

  const go = (index: number) => {
    const item = outlineOf(editor.state.doc)[index];
    if (!item) return;
    const dom = editor.view.nodeDOM(item.pos);
    if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (editor.isEditable) {
      const { doc } = editor.state;
      const selection = TextSelection.near(doc.resolve(Math.min(item.pos + 2, doc.content.size)));
      editor.view.dispatch(editor.state.tr.setSelection(selection));
      editor.view.focus();
    }
  };

  return (
    <nav className="outline" aria-label="Outline">
      <h2 className="outline__title">Outline</h2>
      {items.length === 0 ? (
        <p className="outline__empty">Nothing yet.</p>
      ) : (
        <ul className="outline__list">
          {items.map((item, index) => {
            const count = item.kind === 'decision' && item.id ? (pending.get(item.id) ?? 0) : 0;
            return (
              <li
                key={`${item.kind}-${item.id ?? index}`}
                className={`outline__item outline__item--${item.kind}`}
                data-testid={item.kind === 'decision' ? 'outline-decision' : undefined}
                data-decision-id={item.kind === 'decision' ? (item.id ?? undefined) : undefined}
              >
                <button type="button" className="outline__link" onClick={() => go(index)} title={item.text}>
                  {item.text}
                </button>
                {item.agreed && item.kind === 'decision' && (
                  <span className="outline__lock">
                    <LockIcon title="Agreed: closed for amendments" />
                  </span>
                )}
                {count > 0 && item.id && (
                  <button
                    type="button"
                    className="outline__count"
                    data-testid="outline-pending"
                    title={`${count} pending amendment${count === 1 ? '' : 's'}: show them`}
                    onClick={() => item.id && onShowAmendments(item.id)}
                  >
                    {count}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
