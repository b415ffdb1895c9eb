import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../support/api.ts';
import { createFixtureDocument, firstDecisionText } from '../support/demoDocument.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { connectClient, waitFor, waitUntil } from '../support/yClient.ts';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
let server: TestServer;
let documentId: string;

beforeAll(async () => {
  server = await startTestServer();
  documentId = await createFixtureDocument(server.url, server.adminToken);
});
afterAll(async () => {
  await server.destroy();
});

const exportUrl = (query: string, id = documentId) => `${server.url}/api/documents/${id}/export?${query}`;
const get = (query: string, token: string | null = server.adminToken, id = documentId) =>
  fetch(exportUrl(query, id), { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('export over HTTP', () => {
  it('exports every format and view, named after the document symbol', async () => {
    for (const format of ['docx', 'html', 'md', 'txt', 'akn']) {
      for (const view of ['clean', 'tracked', 'bracketed']) {
        const response = await get(`format=${format}&view=${view}`);
        expect(response.status, `${format}/${view}`).toBe(200);
        const extension = format === 'akn' ? 'xml' : format;
        expect(response.headers.get('content-disposition')).toBe(
          `attachment; filename="UNEP-CMS-COP15-Doc.31-${view}.${extension}"`,
        );
        expect(response.headers.get('x-draftroom-pending-amendments')).toBe('0');
      }
    }
  });

  it('gives a .docx that Word can open, holding the decisions', async () => {
    const response = await get('format=docx&view=clean');
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const xml = await zip.file('word/document.xml')?.async('string');
    expect(xml).toContain('PARTNERSHIP POLICY');
    expect(xml).toContain('develop a partnership policy tailored to the Convention');
    expect(xml).not.toMatch(/<w:ins |<w:del /);
  });

  it('exports the live text, including edits not yet compacted', async () => {
    const { token } = await createInvite(server.url, server.adminToken, documentId, { role: 'secretariat' });
    const client = connectClient(server.url, documentId, token);
    try {
      await waitFor(() => client.provider.synced, 'synced');
      firstDecisionText(client.doc).insert(0, 'Freshly typed. ');
      let text = '';
      await waitUntil(async () => {
        text = await (await get('format=txt', token)).text();
        return text.includes('Freshly typed.');
      }, 'the export shows the edit');
      expect(text).toContain('14.AA Freshly typed. The Secretariat shall');
    } finally {
      client.destroy();
    }
  });

  it('renumbers placeholder decisions in the clean view', async () => {
    const text = await (await get('format=txt&view=clean&renumber=15.1')).text();
    expect(text).toContain('15.1 ');
    expect(text).toContain('15.2 ');
    expect(text).not.toContain('14.AA');
  });

  it('refuses bad requests with a clear message', async () => {
    const cases: Array<[string, number, RegExp]> = [
      ['format=pdf', 400, /Unknown export format "pdf"/],
      ['view=clean', 400, /No export format given/],
      ['format=txt&view=final', 400, /Unknown export view "final"/],
      ['format=txt&renumber=abc', 400, /renumber/i],
    ];
    for (const [query, status, message] of cases) {
      const response = await get(query);
      expect(response.status, query).toBe(status);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(message);
    }
    expect((await get('format=txt', null)).status).toBe(401);
    expect((await get('format=txt', server.adminToken, 'nope')).status).toBe(404);
    const other = await createFixtureDocument(server.url, server.adminToken);
    const { token } = await createInvite(server.url, server.adminToken, other, { role: 'observer' });
    expect((await get('format=txt', token)).status).toBe(403);
  });
});

describe('export command line', () => {
  it('exports every document straight from the SQLite store', async () => {
    const out = mkdtempSync(join(tmpdir(), 'draftroom-export-'));
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/src/cli/export.ts',
        '--data',
        server.dataDir,
        '--all',
        '--format',
        'md',
        '--out',
        out,
      ],
      { cwd: repoRoot },
    );
    expect(stdout).toContain('Synergies and partnerships');
    const files = readdirSync(out);
    expect(files).toContain('UNEP-CMS-COP15-Doc.31-clean.md');
    expect(readFileSync(join(out, 'UNEP-CMS-COP15-Doc.31-clean.md'), 'utf8')).toContain('PARTNERSHIP POLICY');
  });

  it('exports from a running server with a token', async () => {
    const out = mkdtempSync(join(tmpdir(), 'draftroom-export-'));
    await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/src/cli/export.ts',
        '--server',
        server.url,
        '--token',
        server.adminToken,
        '--doc',
        documentId,
        '--format',
        'akn',
        '--view',
        'tracked',
        '--out',
        out,
      ],
      { cwd: repoRoot },
    );
    const xml = readFileSync(join(out, 'UNEP-CMS-COP15-Doc.31-tracked.xml'), 'utf8');
    expect(xml).toContain('<akomaNtoso');
    expect(xml).toContain('name="directedTo"');
  });

  it('explains its usage when arguments are missing', async () => {
    const failure = await run(process.execPath, ['--import', 'tsx', 'server/src/cli/export.ts'], {
      cwd: repoRoot,
    }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: npm run export') });
  });
});
