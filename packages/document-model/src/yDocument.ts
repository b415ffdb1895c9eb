import { META_KEYS, type MetaKey, Y_CONTENT, Y_META } from '@draftroom/protocol';
import type { JSONContent } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { draftSchema } from './schema.ts';

export type DocumentMeta = Partial<Record<MetaKey, string>>;

/**
 * Writes ProseMirror JSON into the `content` fragment and the metadata into `meta`, in one transaction.
 * The JSON is checked against the schema first, so invalid content never reaches a shared document.
 */
export function writeDocument(ydoc: Y.Doc, content: JSONContent, meta: DocumentMeta = {}): void {
  const node = draftSchema.nodeFromJSON(content);
  node.check();
  ydoc.transact(() => {
    prosemirrorJSONToYXmlFragment(draftSchema, node.toJSON(), ydoc.getXmlFragment(Y_CONTENT));
    const map = ydoc.getMap<string>(Y_META);
    for (const key of META_KEYS) {
      const value = meta[key];
      if (value !== undefined) map.set(key, value);
    }
  });
}

/** The document's content as a ProseMirror node, headless. */
export function readDocument(ydoc: Y.Doc): PMNode {
  return yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(Y_CONTENT), draftSchema);
}

export function readMeta(ydoc: Y.Doc): DocumentMeta {
  const map = ydoc.getMap<string>(Y_META);
  const meta: DocumentMeta = {};
  for (const key of META_KEYS) {
    const value = map.get(key);
    if (typeof value === 'string') meta[key] = value;
  }
  return meta;
}

/** A whole new document as one Yjs update, ready to store. */
export function encodeNewDocument(content: JSONContent, meta: DocumentMeta = {}): Uint8Array {
  const ydoc = new Y.Doc();
  try {
    writeDocument(ydoc, content, meta);
    return Y.encodeStateAsUpdate(ydoc);
  } finally {
    ydoc.destroy();
  }
}
