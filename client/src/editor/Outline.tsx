import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';

interface OutlineItem {
  kind: 'topic' | 'decision';
  pos: number;
  text: string;
}

function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

export function outlineOf(doc: PMNode): OutlineItem[] {
  const items: OutlineItem[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'topic') {
      items.push({ kind: 'topic', pos, text: node.child(0).textContent.trim() || 'Untitled topic' });
      return true;
    }
    if (node.type.name === 'decision') {
      const number = String(node.attrs.number ?? '');
      items.push({ kind: 'decision', pos, text: number || firstWords(node.textContent, 3) || 'Decision' });
      return false;
    }
    return !node.isTextblock;
  });
  return items;
}

/** Topics and decisions at a glance; a click brings the decision to the middle of the screen. */
export function Outline({ editor }: { editor: Editor }) {
  const items = useEditorState({ editor, selector: ({ editor: e }) => outlineOf(e.state.doc) });

  const go = (item: OutlineItem) => {
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
          {items.map((item) => (
            <li key={`${item.kind}-${item.pos}`} className={`outline__item outline__item--${item.kind}`}>
              <button type="button" className="outline__link" onClick={() => go(item)} title={item.text}>
                {item.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
