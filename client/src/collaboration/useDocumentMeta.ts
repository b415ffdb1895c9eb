import { META_KEYS, type MetaKey, Y_META } from '@draftroom/protocol';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

export type DocumentMetaValues = Partial<Record<MetaKey, string>>;

/** Title, symbol, meeting and status as the shared document holds them now, so a rename shows up live. */
export function useDocumentMeta(ydoc: Y.Doc | null): DocumentMetaValues {
  const [meta, setMeta] = useState<DocumentMetaValues>({});
  useEffect(() => {
    if (!ydoc) {
      setMeta({});
      return;
    }
    const map = ydoc.getMap<unknown>(Y_META);
    const read = () => {
      const values: DocumentMetaValues = {};
      for (const key of META_KEYS) {
        const value = map.get(key);
        if (typeof value === 'string' && value) values[key] = value;
      }
      setMeta(values);
    };
    map.observe(read);
    read();
    return () => map.unobserve(read);
  }, [ydoc]);
  return meta;
}
