import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';

/** A raw GET (fetch would unzip by itself): status, headers and the bytes as they came. */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      request(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('the built client, served by the server', () => {
  let server: TestServer;
  let clientDir: string;
  const page = '<!doctype html><title>Draftroom</title>';
  const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;

  beforeAll(async () => {
    clientDir = mkdtempSync(join(tmpdir(), 'draftroom-client-'));
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), page);
    writeFileSync(join(clientDir, 'assets', 'index-AbC123.js'), script);
    writeFileSync(join(clientDir, 'assets', 'index-AbC123.js.map'), '{"version":3}');
    server = await startTestServer({ env: { CLIENT_DIR: clientDir } });
  });

  afterAll(async () => {
    await server?.destroy();
    rmSync(clientDir, { recursive: true, force: true });
  });

  it('answers the app’s routes with its page, which the browser asks for again each time', async () => {
    for (const path of ['/', '/d/some-document']) {
      const res = await get(`${server.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body.toString()).toBe(page);
    }
  });

  it('sends a script gzipped to a browser that takes it, and lets it keep the script for good', async () => {
    const zipped = await get(`${server.url}/assets/index-AbC123.js`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-type']).toMatch(/^text\/javascript/);
    expect(zipped.headers['cache-control']).toContain('immutable');
    expect(zipped.body.byteLength).toBeLessThan(script.length / 10);
    expect(gunzipSync(zipped.body).toString()).toBe(script);

    const plain = await get(`${server.url}/assets/index-AbC123.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('serves source maps from disk, and no page for an asset that does not exist', async () => {
    const map = await get(`${server.url}/assets/index-AbC123.js.map`);
    expect(map.status).toBe(200);
    expect(map.body.toString()).toBe('{"version":3}');
    expect((await get(`${server.url}/assets/gone-XyZ.js`)).status).toBe(404);
  });

  it('leaves the API its own answers', async () => {
    const res = await get(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });
});
