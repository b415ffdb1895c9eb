import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { changesDocument } from './changesDocument.ts';

function serverAndClient() {
  const server = new Y.Doc();
  server.getText('t').insert(0, 'agreed text');
  server.getText('t').delete(0, 3);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

describe('changesDocument', () => {
  it('sees no change in the SyncStep2 of a client that has nothing new', () => {
    const { server, client } = serverAndClient();
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(changesDocument(server, step2)).toBe(false);
    expect(changesDocument(server, Y.encodeStateAsUpdate(new Y.Doc()))).toBe(false);
  });

  it('sees an insertion', () => {
    const { server, client } = serverAndClient();
    const sv = Y.encodeStateVector(server);
    client.getText('t').insert(0, 'x');
    expect(changesDocument(server, Y.encodeStateAsUpdate(client, sv))).toBe(true);
  });

  it('sees a deletion of live text, even with no new items', () => {
    const { server, client } = serverAndClient();
    const sv = Y.encodeStateVector(server);
    client.getText('t').delete(0, 1);
    expect(changesDocument(server, Y.encodeStateAsUpdate(client, sv))).toBe(true);
  });
});
