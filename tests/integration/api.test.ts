import { readFileSync } from 'node:fs';
import { readDocument, toPlainText } from '@draftroom/document-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createInvite } from '../support/api.ts';
import { createFixtureDocument, FIXTURE_TEXT } from '../support/demoDocument.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { connectClient, waitFor } from '../support/yClient.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { MAX_BODY_BYTES: String(256 * 1024) } });
});
afterAll(async () => {
  await server.destroy();
});

const call = (method: string, path: string, body?: unknown, token: string | null = server.adminToken) =>
  // biome-ignore lint/suspicious/noExplicitAny: responses are checked field by field, as a user reads them
  api<any>(server.url, token, method, path, body);

describe('HTTP API', () => {
  it('reports health without a token', async () => {
    expect(await call('GET', '/api/health', undefined, null)).toEqual({ status: 200, body: { ok: true } });
  });

  it('creates a document from pasted text and lists it', async () => {
    const id = await createFixtureDocument(server.url, server.adminToken);
    const list = await call('GET', '/api/documents');
    expect(list.status).toBe(200);
    expect(list.body.documents).toContainEqual(
      expect.objectContaining({
        id,
        title: 'Synergies and partnerships',
        symbol: 'UNEP/CMS/COP15/Doc.31',
        status: 'draft',
      }),
    );
    const one = await call('GET', `/api/documents/${id}`);
    expect(one.body).toMatchObject({ id, meeting: 'CMS COP15', you: { role: 'admin' } });
  });

  it('creates an empty document', async () => {
    const created = await call('POST', '/api/documents', { title: 'Empty' });
    expect(created.status).toBe(201);
    expect(typeof created.body.id).toBe('string');
  });

  it('creates a document from a .docx file', async () => {
    const docx = readFileSync(new URL('../fixtures/draft-decisions.docx', import.meta.url));
    const created = await call('POST', '/api/documents', {
      title: 'From Word',
      source: { format: 'docx', content: docx.toString('base64') },
    });
    expect(created.status).toBe(201);
    const { token } = await createInvite(server.url, server.adminToken, created.body.id, { role: 'observer' });
    const reader = connectClient(server.url, created.body.id, token);
    try {
      await waitFor(() => reader.provider.synced, 'synced');
      expect(toPlainText(readDocument(reader.doc)).split('\n')).toEqual([
        'LIGHT POLLUTION',
        'Directed to Parties',
        '15.AA Parties are encouraged to:',
        'a) apply the Light Pollution Guidelines for Wildlife;',
        'b) report on their implementation to the 16th meeting of the Conference of the Parties.',
        'Directed to the Secretariat',
        '15.BB The Secretariat shall, subject to the availability of [external] resources, support Parties in implementing Decision 15.AA.',
      ]);
    } finally {
      reader.destroy();
    }
  });

  it('previews an import without creating anything', async () => {
    const before = (await call('GET', '/api/documents')).body.documents.length;
    const preview = await call('POST', '/api/import/preview', { format: 'text', content: FIXTURE_TEXT });
    expect(preview.status).toBe(200);
    expect(preview.body.summary.topics.map((t: { heading: string }) => t.heading)).toEqual([
      'TANGIBLE AND INTANGIBLE CULTURAL VALUES',
      'PARTNERSHIP POLICY',
    ]);
    expect(preview.body.existingDecisions.map((d: { number: string }) => d.number)).toEqual(['14.8', '14.9', '14.10']);
    expect((await call('GET', '/api/documents')).body.documents.length).toBe(before);
  });

  it('issues invites that open only their own document', async () => {
    const id = await createFixtureDocument(server.url, server.adminToken);
    const other = await createFixtureDocument(server.url, server.adminToken);
    const invite = await createInvite(server.url, server.adminToken, id, {
      role: 'delegate',
      party: 'Brazil',
      name: 'Ana Souza',
    });
    expect(invite.url).toBe(`${server.url}/d/${id}?token=${encodeURIComponent(invite.token)}`);
    const me = await call('GET', `/api/documents/${id}`, undefined, invite.token);
    expect(me.body.you).toEqual({ role: 'delegate', party: 'Brazil', name: 'Ana Souza' });
    expect((await call('GET', `/api/documents/${other}`, undefined, invite.token)).status).toBe(403);
    expect((await call('GET', '/api/documents', undefined, invite.token)).status).toBe(403);
    // A delegate cannot invite; a chair of the document can.
    expect((await call('POST', `/api/documents/${id}/invites`, { role: 'chair' }, invite.token)).status).toBe(403);
    const chair = await createInvite(server.url, server.adminToken, id, { role: 'chair' });
    expect(
      (await call('POST', `/api/documents/${id}/invites`, { role: 'observer', name: 'WWF' }, chair.token)).status,
    ).toBe(201);
  });

  describe('refuses bad requests with a clear JSON error', () => {
    it('401 without a token or with a forged one', async () => {
      const none = await call('GET', '/api/documents', undefined, null);
      expect(none.status).toBe(401);
      expect(none.body.error.code).toBe('UNAUTHORIZED');
      expect((await call('GET', '/api/documents', undefined, 'forged.token')).status).toBe(401);
    });

    it('400 on malformed JSON', async () => {
      const res = await call('POST', '/api/documents', '{"title": ');
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({ code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' });
    });

    it('400 on missing or wrong fields', async () => {
      expect((await call('POST', '/api/documents', {})).body.error.message).toMatch(/title/);
      expect(
        (await call('POST', '/api/documents', { title: 'x', source: { format: 'pdf', content: '' } })).status,
      ).toBe(400);
      const id = (await call('POST', '/api/documents', { title: 'x' })).body.id;
      expect((await call('POST', `/api/documents/${id}/invites`, { role: 'king' })).status).toBe(400);
      expect((await call('POST', `/api/documents/${id}/invites`, { role: 'delegate' })).body.error.message).toMatch(
        /party/,
      );
    });

    it('404 on an unknown document', async () => {
      const res = await call('GET', '/api/documents/does-not-exist');
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
      expect((await call('POST', '/api/documents/does-not-exist/invites', { role: 'chair' })).status).toBe(404);
    });

    it('413 on an oversized body', async () => {
      const res = await call('POST', '/api/documents', {
        title: 'big',
        source: { format: 'text', content: 'x'.repeat(300 * 1024) },
      });
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('422 on a source the importer cannot read, and nothing is created', async () => {
      const before = (await call('GET', '/api/documents')).body.documents.length;
      const res = await call('POST', '/api/documents', {
        title: 'bad',
        source: { format: 'docx', content: Buffer.from('not a zip').toString('base64') },
      });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('IMPORT_FAILED');
      expect((await call('GET', '/api/documents')).body.documents.length).toBe(before);
    });
  });
});
