import { MessageType } from '@draftroom/protocol';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { overlappingMarkKey } from '../../server/src/guard/markKey.ts';

/** What an amendment mark carries. */
export interface MarkAttrs {
  amendmentId: string;
  party: string;
  author: string;
  createdAt: string;
}

export function markAttrs(party: string, author: string, amendmentId: string = crypto.randomUUID()): MarkAttrs {
  return { amendmentId, party, author, createdAt: new Date().toISOString() };
}

/** Y.Text formatting for one amendment mark, keyed as y-tiptap keys it. */
export function markFormat(name: 'insertion' | 'deletion', attrs: MarkAttrs): Record<string, MarkAttrs> {
  return { [overlappingMarkKey(name, attrs)]: attrs };
}

/** The record of a new amendment, as the amendments engine writes it. */
export function addRecord(
  doc: Y.Doc,
  attrs: MarkAttrs,
  kind: string,
  history: Array<Record<string, unknown>> | null = null,
): void {
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    doc.getMap('amendments').set(attrs.amendmentId, record);
    record.set('id', attrs.amendmentId);
    record.set('party', attrs.party);
    record.set('author', attrs.author);
    record.set('createdAt', attrs.createdAt);
    record.set('kind', kind);
    record.set('description', `${attrs.party}: ${kind}`);
    record.set('decisionId', null);
    record.set('rationale', '');
    record.set('stances', new Y.Map<string>());
    const entries = new Y.Array<unknown>();
    entries.push(history ?? [{ status: 'proposed', by: attrs.author, party: attrs.party, at: attrs.createdAt }]);
    record.set('history', entries);
  });
}

/** A Sync/Update message carrying `update`, as a client sends it. */
export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Makes a change on a copy of `doc` and returns only that change, as one update. */
export function craft(doc: Y.Doc, change: (copy: Y.Doc) => void, clientID?: number): Uint8Array {
  const copy = new Y.Doc();
  if (clientID !== undefined) copy.clientID = clientID;
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  change(copy);
  const update = Y.encodeStateAsUpdate(copy, before);
  copy.destroy();
  return update;
}
