import type { Amendment } from '@draftroom/amendments';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AmendmentPopover } from '../amendments/AmendmentPopover.tsx';
import { AmendmentsPanel } from '../amendments/AmendmentsPanel.tsx';
import { type AmendmentIdentity, canDecide, canSwitchMode } from '../amendments/amendmentIdentity.ts';
import { KeyboardHelp } from '../amendments/KeyboardHelp.tsx';
import { DEFAULT_FILTER, matchesPanelFilter, type PanelFilter } from '../amendments/panelFilter.ts';
import { useAmendmentActions } from '../amendments/useAmendmentActions.ts';
import { useAmendmentList } from '../amendments/useAmendmentList.ts';
import { useAmendmentShortcuts } from '../amendments/useAmendmentShortcuts.ts';
import type { DocumentControls } from '../collaboration/documentControls.ts';
import type { PresenceUser } from '../collaboration/presenceUser.ts';
import type { CollaborationSession } from '../collaboration/useCollaboration.ts';
import { AGREED_MESSAGE } from './agreedGuard.ts';
import { currentAmendmentOf } from './amendmentDecorations.ts';
import { ChairMenu } from './ChairMenu.tsx';
import { createExtensions } from './createExtensions.ts';
import { EditorDialogs } from './EditorDialogs.tsx';
import { type EditMode, initialEditMode, saveEditMode } from './editMode.ts';
import { EditorRequests } from './editorRequests.ts';
import { exposeForTests } from './exposeForTests.ts';
import { ModeSwitch } from './ModeSwitch.tsx';
import { Outline } from './Outline.tsx';
import { PROPOSAL_MESSAGE } from './proposalGuard.ts';
import { ReadOnlyText } from './ReadOnlyText.tsx';
import { Toolbar } from './Toolbar.tsx';
import { TEXT_VIEWS, type TextView } from './textView.ts';
import { ViewSwitch } from './ViewSwitch.tsx';

interface DocumentEditorProps {
  documentId: string;
  session: CollaborationSession;
  user: PresenceUser;
  identity: AmendmentIdentity;
  controls: DocumentControls;
  /** Whether this person may write now: the document has arrived, the connection holds, it is not closed to them. */
  editable: boolean;
  /** Whether this person may ever write; observers get no toolbar at all. */
  writer: boolean;
  readOnlyReason: string | null;
}

/** How long "This text is agreed…" stays under the toolbar after a refused keystroke. */
const NOTICE_MS = 4000;

/**
 * Memoised: the page around it redraws on every saved/unsaved flip (twice per keystroke), and nothing of that
 * concerns the editor unless one of its props changed.
 */
export const DocumentEditor = memo(DocumentEditorView);

function DocumentEditorView(props: DocumentEditorProps) {
  const { documentId, session, user, identity, controls, editable, writer, readOnlyReason } = props;
  const requests = useMemo(() => new EditorRequests(), []);
  const { ydoc, provider } = session;
  const [mode, setMode] = useState<EditMode>(() => initialEditMode(identity, documentId, sessionStorage));
  const [view, setView] = useState<TextView>('changes');
  const [filter, setFilter] = useState<PanelFilter>(DEFAULT_FILTER);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const modeRef = useRef(mode);
  modeRef.current = mode;

  const tell = useCallback((message: string) => {
    setNotice(message);
    clearTimeout(noticeTimer.current);
    noticeTimer.current = setTimeout(() => setNotice(null), NOTICE_MS);
  }, []);
  const decides = canDecide(identity, controls.secretariatDecides);
  const decidesRef = useRef(decides);
  decidesRef.current = decides;
  useEffect(() => () => clearTimeout(noticeTimer.current), []);

  // The session is made for this user, so the user never changes without the session changing too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const extensions = useMemo(
    () =>
      createExtensions({
        ydoc,
        provider,
        user,
        requests,
        identity,
        suggesting: modeRef.current === 'suggesting',
        onAgreedRefused: () => tell(AGREED_MESSAGE),
        decides: () => decidesRef.current,
        onProposalRefused: () => tell(PROPOSAL_MESSAGE),
      }),
    [ydoc, provider, requests],
  );

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

  const live = editable && view === 'changes';
  useEffect(() => {
    if (editor.isEditable !== live) editor.setEditable(live);
  }, [editor, live]);

  useEffect(() => {
    editor.storage.suggestChanges.enabled = mode === 'suggesting';
    if (canSwitchMode(identity)) saveEditMode(documentId, mode, sessionStorage);
  }, [editor, mode, identity, documentId]);

  useEffect(() => exposeForTests({ editor, ydoc, provider }), [editor, ydoc, provider]);

  const list = useAmendmentList(editor, ydoc);
  const keep = useCallback(
    (amendment: Amendment) => matchesPanelFilter(amendment, { ...filter, status: 'all' }),
    [filter],
  );
  const actions = useAmendmentActions(editor, ydoc, identity, keep);
  const currentId = useEditorState({ editor, selector: ({ editor: e }) => currentAmendmentOf(e.state) });
  const current = currentId ? (list.amendments.find((a) => a.id === currentId) ?? null) : null;

  const pendingByDecision = useMemo(() => {
    const counts = new Map<string, number>();
    for (const amendment of list.amendments) {
      if (amendment.status !== 'proposed' || amendment.range === null || amendment.decisionId === null) continue;
      counts.set(amendment.decisionId, (counts.get(amendment.decisionId) ?? 0) + 1);
    }
    return counts;
  }, [list.amendments]);

  const showAmendments = useCallback(
    (decisionId: string) => setFilter((value) => ({ ...value, decisionId, status: 'proposed' })),
    [],
  );

  const switches = canSwitchMode(identity) && writer;
  useAmendmentShortcuts((shortcut) => {
    if (view !== 'changes') return false;
    switch (shortcut) {
      case 'next':
        return actions.step(1, currentId);
      case 'previous':
        return actions.step(-1, currentId);
      case 'accept':
      case 'reject':
        return decides && editable && currentId !== null && actions.decide(shortcut, currentId);
      case 'toggleMode':
        if (!switches) return false;
        setMode((value) => (value === 'editing' ? 'suggesting' : 'editing'));
        return true;
    }
  });

  const isChair = identity.role === 'chair';
  return (
    <>
      <div className="doc-bar">
        {writer && (
          <ModeSwitch mode={mode} onChange={switches ? setMode : null} disabled={!editable || view !== 'changes'} />
        )}
        {writer && view === 'changes' && <Toolbar editor={editor} requests={requests} />}
        <ViewSwitch view={view} onChange={setView} />
        {isChair && writer && <ChairMenu editor={editor} ydoc={ydoc} controls={controls} active={editable} />}
        <KeyboardHelp decides={decides} switches={switches} />
        {readOnlyReason && (
          <span className="read-only-badge" data-testid="read-only">
            {readOnlyReason}
          </span>
        )}
      </div>
      {notice && (
        <div className="editor-notice" role="status" data-testid="editor-notice">
          {notice}
        </div>
      )}
      <div className="doc-body">
        <Outline editor={editor} pending={pendingByDecision} onShowAmendments={showAmendments} />
        <main className="sheet-scroller">
          <div className={`sheet sheet--${view}`} data-mode={mode} data-testid="sheet">
            <div hidden={view !== 'changes'}>
              <EditorContent editor={editor} className="sheet__content" />
            </div>
            {view !== 'changes' && (
              <>
                <p className="sheet__caption" data-testid="view-caption">
                  {TEXT_VIEWS.find((option) => option.value === view)?.hint}
                </p>
                <ReadOnlyText source={editor} view={view} />
              </>
            )}
            {view === 'changes' && (
              <AmendmentPopover
                editor={editor}
                amendment={current}
                identity={identity}
                decides={decides}
                active={editable}
                actions={actions}
              />
            )}
          </div>
        </main>
        <AmendmentsPanel
          amendments={list.amendments}
          read={list.read}
          decisions={list.decisions}
          filter={filter}
          onFilter={setFilter}
          current={currentId}
          identity={identity}
          decides={decides}
          active={editable && view === 'changes'}
          actions={actions}
        />
      </div>
      <EditorDialogs editor={editor} requests={requests} />
    </>
  );
}
