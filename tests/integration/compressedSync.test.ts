import { gunzipSync } from 'node:zlib';
import { readDocument, toPlainText } from '@draftroom/document-model';
import {
  COMPRESSED_SYNC_GZIP,
  COMPRESSED_SYNC_PARAM,
  MessageType,
  SCHEMA_VERSION,
  SCHEMA_VERSION_PARAM,
  Y_CONTENT,
} from '@draftroom/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { generateCompilation } from '../load/src/documents/generateCompilation.ts';
import { createInvite } from '../support/api.ts';
import { createFixtureDocument } from '../support/demoDocument.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { connectClient, waitFor } from '../support/yClient.ts';

/** The first load a client gets: the server's answer to a SyncStep1 with an empty state vector. */
interface FirstLoad {
  compressed: boolean;
  /** The message's size on the wire. */
  bytes: number;
  /** The Yjs update it carries, gunzipped if it came compressed. */
  update: Uint8Array;
}

async function firstLoad(server: TestServer, documentId: string, askForGzip: boolean): Promise<FirstLoad> {
  const { token } = await createInvite(server.url, server.adminToken, documentId, { role: 'observer' });
  const params = new URLSearchParams({ token, [SCHEMA_VERSION_PARAM]: SCHEMA_VERSION });
  if (askForGzip) params.set(COMPRESSED_SYNC_PARAM, COMPRESSED_SYNC_GZIP);
  const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/collab/${documentId}?${params}`);
  try {
    return await new Promise<FirstLoad>((resolve, reject) => {
      socket.on('error', reject);
      socket.on('open', () => {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MessageType.Sync);
        syncProtocol.writeSyncStep1(encoder, new Y.Doc());
        socket.send(encoding.toUint8Array(encoder));
      });
      socket.on('message', (data: Buffer) => {
        const decoder = decoding.createDecoder(new Uint8Array(data));
        const type = decoding.readVarUint(decoder);
        if (type === MessageType.CompressedSyncStep2) {
          const update = gunzipSync(decoding.readVarUint8Array(decoder));
          resolve({ compressed: true, bytes: data.byteLength, update: new Uint8Array(update) });
        } else if (type === MessageType.Sync && decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep2) {
          resolve({ compressed: false, bytes: data.byteLength, update: decoding.readVarUint8Array(decoder) });
        }
      });
    });
  } finally {
    socket.close();
  }
}

/** The text of a document as the editor's fragment holds it, to compare two copies. */
function contentOf(update: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getXmlFragment(Y_CONTENT).toString();
}

describe('the first load, gzipped for clients that ask (docs/protocol.md, Compressed first load)', () => {
  let server: TestServer;
  const compilation = generateCompilation(60, 200);

  beforeAll(async () => {
    server = await startTestServer();
    await server.store.createDocument(
      { id: 'compilation', title: 'Compilation', meeting: 'CMS COP15', symbol: 'CRP.1', status: 'negotiation' },
      compilation.update,
    );
  });
  afterAll(async () => {
    await server?.destroy();
  });

  it('sends a large document gzipped to a client that asked, holding the same document', async () => {
    const plain = await firstLoad(server, 'compilation', false);
    const gzipped = await firstLoad(server, 'compilation', true);
    expect(plain.compressed).toBe(false);
    expect(gzipped.compressed).toBe(true);
    expect(contentOf(gzipped.update)).toBe(contentOf(plain.update));
    expect(contentOf(gzipped.update)).toBe(contentOf(compilation.update));
    expect(plain.bytes).toBeGreaterThan(64 * 1024);
    expect(gzipped.bytes).toBeLessThan(plain.bytes / 3);
  });

  it('sends what was typed since an earlier compressed load, not a stale copy', async () => {
    await firstLoad(server, 'compilation', true);
    const { token } = await createInvite(server.url, server.adminToken, 'compilation', { role: 'chair' });
    const chair = connectClient(server.url, 'compilation', token);
    try {
      await waitFor(() => chair.provider.synced, 'chair synced');
      const fragment = chair.doc.getXmlFragment(Y_CONTENT);
      const [paragraph] = fragment.createTreeWalker((node) => node instanceof Y.XmlText);
      (paragraph as Y.XmlText).insert(0, 'Typed after the first visitor opened the text. ');
      const expected = fragment.toString();
      // The chair's update reaches the server in its own time; a stale copy would never show it.
      let later = await firstLoad(server, 'compilation', true);
      for (let attempt = 0; attempt < 50 && contentOf(later.update) !== expected; attempt++) {
        later = await firstLoad(server, 'compilation', true);
      }
      expect(later.compressed).toBe(true);
      expect(contentOf(later.update)).toBe(expected);
    } finally {
      chair.destroy();
    }
  });

  it('sends a small document as a plain SyncStep2 even to a client that asked', async () => {
    const small = await createFixtureDocument(server.url, server.adminToken);
    const load = await firstLoad(server, small, true);
    expect(load.compressed).toBe(false);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, load.update);
    expect(toPlainText(readDocument(doc))).toContain('Directed to the Secretariat');
  });
});
