import { baseText, proposedText } from '@draftroom/amendments';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo } from 'react';
import { documentExtensions } from './createExtensions.ts';

/** How long the rendering waits after the last change before it is redrawn (typing bursts). */
const REDRAW_DELAY_MS = 250;

function rendering(doc: PMNode, view: 'accepted' | 'rejected'): ReturnType<PMNode['toJSON']> {
  return (view === 'accepted' ? proposedText(doc) : baseText(doc)).toJSON();
}

/**
 * The text as if every pending amendment were accepted (the engine's proposedText) or rejected (baseText),
 * printed like the live text and kept up to date with it, read only.
 */
export function ReadOnlyText({ source, view }: { source: Editor; view: 'accepted' | 'rejected' }) {
  const extensions = useMemo(() => documentExtensions(null), []);
  const editor = useEditor(
    {
      extensions,
      editable: false,
      content: rendering(source.state.doc, view),
      editorProps: {
        attributes: {
          class: 'draft-text draft-text--view',
          'data-testid': 'view-text',
          'data-view': view,
          'aria-label': view === 'accepted' ? 'The text as if all accepted' : 'The text as if all rejected',
          lang: 'en',
        },
      },
    },
    [],
  );

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const redraw = () => {
      if (!editor.isDestroyed && !source.isDestroyed) {
        editor.commands.setContent(rendering(source.state.doc, view), { emitUpdate: false });
      }
    };
    const onTransaction = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (!transaction.docChanged) return;
      clearTimeout(timer);
      timer = setTimeout(redraw, REDRAW_DELAY_MS);
    };
    redraw();
    source.on('transaction', onTransaction);
    return () => {
      clearTimeout(timer);
      source.off('transaction', onTransaction);
    };
  }, [editor, source, view]);

  return <EditorContent editor={editor} className="sheet__content" />;
}
