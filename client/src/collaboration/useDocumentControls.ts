import { Y_META } from '@draftroom/protocol';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { type DocumentControls, readDocumentControls } from './documentControls.ts';

/** Whether the chair has closed the document and lets the secretariat decide, live. */
export function useDocumentControls(ydoc: Y.Doc | null): DocumentControls {
  const [controls, setControls] = useState<DocumentControls>({ closed: false, secretariatDecides: false });
  useEffect(() => {
    if (!ydoc) return;
    const map = ydoc.getMap<unknown>(Y_META);
    const read = () => setControls(readDocumentControls(ydoc));
    map.observe(read);
    read();
    return () => map.unobserve(read);
  }, [ydoc]);
  return controls;
}
