import * as Y from 'yjs';

interface DeleteRange {
  clock: number;
  len: number;
}

function covered(ranges: readonly DeleteRange[] | undefined, clock: number, len: number): boolean {
  if (!ranges) return false;
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = ranges[mid] as DeleteRange;
    if (clock < range.clock) high = mid - 1;
    else if (clock >= range.clock + range.len) low = mid + 1;
    else return clock + len <= range.clock + range.len;
  }
  return false;
}

/**
 * Whether applying `update` would change `doc`. Every y-websocket client answers the server's SyncStep1 with a
 * SyncStep2 — usually empty, or repeating what the server has (the delete set is always sent whole). Such a
 * message is harmless even from a reader; anything that adds an item or deletes a live one is an edit.
 */
export function changesDocument(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  if (structs.length > 0) {
    const known = Y.decodeStateVector(Y.encodeStateVector(doc));
    for (const struct of structs) {
      if (struct.id.clock + struct.length > (known.get(struct.id.client) ?? 0)) return true;
    }
  }
  if (ds.clients.size === 0) return false;
  const deleted = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of ds.clients) {
    for (const range of ranges) {
      if (range.len > 0 && !covered(deleted.clients.get(client), range.clock, range.len)) return true;
    }
  }
  return false;
}
