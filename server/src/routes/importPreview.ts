import { Hono } from 'hono';
import { importSource, parseSource } from '../documents/importSource.ts';
import { HttpError } from '../http/HttpError.ts';
import { type AppEnv, requireAdmin } from '../http/identify.ts';
import { readJsonObject } from '../http/readJson.ts';

/** What an import would find, shown before a document is created. Nothing is stored. */
export function importPreviewRoutes() {
  return new Hono<AppEnv>().post('/preview', async (c) => {
    requireAdmin(c.var.identity);
    const source = parseSource(await readJsonObject(c));
    if (!source) throw new HttpError(400, 'BAD_REQUEST', 'Send {format, content}');
    const { summary, existingDecisions, warnings, title } = await importSource(source);
    return c.json({ title: title ?? null, summary, existingDecisions, warnings });
  });
}
