import { draftSchema } from '@draftroom/document-model';
import { Y_CONTENT } from '@draftroom/protocol';
import type { Node as PMNode } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment, updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/** For tests: a shared document holding `node`, written the way documents are created. */
export function yDocOf(node: PMNode): Y.Doc {
  const ydoc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(draftSchema, node.toJSON(), ydoc.getXmlFragment(Y_CONTENT));
  return ydoc;
}

/** For tests: what a client's editor shows of the shared document. */
export function readY(ydoc: Y.Doc): PMNode {
  return yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(Y_CONTENT), draftSchema);
}

/** For tests: an editor's local change reaching its Y.Doc, as the sync plugin writes it. */
export function writeY(ydoc: Y.Doc, node: PMNode): void {
  updateYFragment(ydoc, ydoc.getXmlFragment(Y_CONTENT), node, { mapping: new Map(), isOMark: new Map() });
}

/** For tests: a second client that has received everything `ydoc` has. */
export function cloneY(ydoc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
  return copy;
}

/** For tests: two clients exchange what each lacks, as the server relays it. */
export function syncY(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}
