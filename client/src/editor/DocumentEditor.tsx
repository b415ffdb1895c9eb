import { EditorContent, useEditor } from '@tiptap/react';
import { type ReactNode, useEffect, useMemo } from 'react';
import type { PresenceUser } from '../collaboration/presenceUser.ts';
import type { CollaborationSession } from '../collaboration/useCollaboration.ts';
import { createExtensions } from './createExtensions.ts';
import { EditorDialogs } from './EditorDialogs.tsx';
import { EditorRequests } from './editorRequests.ts';
import { exposeForTests } from './exposeForTests.ts';
import { Outline } from './Outline.tsx';
import { Toolbar } from './Toolbar.tsx';

interface DocumentEditorProps {
  session: CollaborationSession;
  user: PresenceUser;
  /** Whether this person may write and the document has arrived: typing before it arrives would fork it. */
  editable: boolean;
  /** Whether this person may ever write; observers get no toolbar at all. */
  writer: boolean;
  readOnlyReason: string | null;
  /** Presence and sharing, shown on the toolbar's row. */
  aside: ReactNode;
}

export function DocumentEditor({ session, user, editable, writer, readOnlyReason, aside }: DocumentEditorProps) {
  const requests = useMemo(() => new EditorRequests(), []);
  const { ydoc, provider } = session;
  // The session is made for this user, so the user never changes without the session changing too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const extensions = useMemo(() => createExtensions({ ydoc, provider, user, requests }), [ydoc, provider, requests]);

  const editor = useEditor(
    {
      extensions,
      editable: false,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'draft-text',
          'data-testid': 'editor',
          'aria-label': 'Draft decision text',
          spellcheck: 'true',
          lang: 'en',
        },
      },
    },
    [ydoc, provider],
  );

  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  useEffect(() => exposeForTests({ editor, ydoc, provider }), [editor, ydoc, provider]);

  return (
    <>
      <div className="doc-bar">
        {writer && <Toolbar editor={editor} requests={requests} />}
        {readOnlyReason && (
          <span className="read-only-badge" data-testid="read-only">
            {readOnlyReason}
          </span>
        )}
        <div className="doc-bar__aside">{aside}</div>
      </div>
      <div className="doc-body">
        <Outline editor={editor} />
        <main className="sheet-scroller">
          <div className="sheet">
            <EditorContent editor={editor} className="sheet__content" />
          </div>
        </main>
      </div>
      <EditorDialogs editor={editor} requests={requests} />
    </>
  );
}
