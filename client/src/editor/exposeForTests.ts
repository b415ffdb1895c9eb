import type { Editor } from '@tiptap/core';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

export interface DraftroomHandle {
  editor: Editor;
  ydoc: Y.Doc;
  provider: WebsocketProvider;
}

declare global {
  interface Window {
    /** The live editor, for browser tests and for debugging from the console during a session. */
    __draftroom?: DraftroomHandle;
  }
}

export function exposeForTests(handle: DraftroomHandle): () => void {
  window.__draftroom = handle;
  return () => {
    if (window.__draftroom === handle) window.__draftroom = undefined;
  };
}
