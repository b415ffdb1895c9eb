import { Hono } from 'hono';
import { canOpen } from '../auth/identity.ts';
import { createDocument } from '../documents/createDocument.ts';
import { parseSource } from '../documents/importSource.ts';
import { HttpError } from '../http/HttpError.ts';
import { type AppEnv, requireAdmin } from '../http/identify.ts';
import { optionalString, readJsonObject } from '../http/readJson.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';

export function documentRoutes(store: DocumentStore) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      requireAdmin(c.var.identity);
      return c.json({ documents: await store.listDocuments() });
    })
    .post('/', async (c) => {
      requireAdmin(c.var.identity);
      const body = await readJsonObject(c);
      const record = await createDocument(store, {
        title: optionalString(body, 'title'),
        meeting: optionalString(body, 'meeting'),
        symbol: optionalString(body, 'symbol'),
        source: parseSource(body.source),
      });
      return c.json({ id: record.id, document: record }, 201);
    })
    .get('/:id', async (c) => {
      const identity = c.var.identity;
      const id = c.req.param('id');
      if (!canOpen(identity, id)) throw new HttpError(403, 'FORBIDDEN', 'This token is for another document');
      const record = await store.getDocument(id);
      if (!record) throw new HttpError(404, 'NOT_FOUND', `No document ${id}`);
      const you =
        identity.kind === 'admin'
          ? { role: 'admin', party: null, name: identity.name }
          : { role: identity.role, party: identity.party, name: identity.name };
      return c.json({ ...record, you });
    });
}
