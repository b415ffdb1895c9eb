import { ExportError, exportYDoc, parseExportRequest } from '@draftroom/export';
import { Hono } from 'hono';
import { canOpen } from '../auth/identity.ts';
import { HttpError } from '../http/HttpError.ts';
import type { AppEnv } from '../http/identify.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { RoomManager } from '../sync/RoomManager.ts';

/** A file name without characters that browsers or file systems dislike: "UNEP-CMS-COP15-Doc.31-clean.docx". */
export function exportFileName(symbolOrTitle: string, view: string, extension: string): string {
  const base = symbolOrTitle.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'draftroom';
  return `${base}-${view}.${extension}`;
}

/**
 * `GET /api/documents/:id/export?format=docx|html|md|txt|akn&view=clean|tracked|bracketed[&renumber=15.1]`:
 * anyone with a token for the document exports it, headless, from its current state.
 */
export function exportRoutes(store: DocumentStore, rooms: RoomManager) {
  return new Hono<AppEnv>().get('/:id/export', async (c) => {
    const id = c.req.param('id');
    if (!canOpen(c.var.identity, id)) throw new HttpError(403, 'FORBIDDEN', 'This token is for another document');
    let request: ReturnType<typeof parseExportRequest>;
    try {
      request = parseExportRequest(c.req.query());
    } catch (error) {
      if (error instanceof ExportError) throw new HttpError(400, error.code, error.message);
      throw error;
    }
    const record = await store.getDocument(id);
    if (!record) throw new HttpError(404, 'NOT_FOUND', `No document ${id}`);
    const result = await rooms.read(id, (doc) =>
      exportYDoc(doc, request.format, {
        view: request.view,
        ...(request.renumberFrom ? { renumberFrom: request.renumberFrom } : {}),
      }),
    );
    const fileName = exportFileName(record.symbol || record.title, request.view, result.fileExtension);
    c.header('Content-Type', result.contentType);
    c.header('Content-Disposition', `attachment; filename="${fileName}"`);
    c.header('X-Draftroom-Pending-Amendments', String(result.pendingCount));
    const body = typeof result.body === 'string' ? result.body : (result.body as Uint8Array<ArrayBuffer>);
    return c.body(body);
  });
}
