import { readDocument, readMeta } from '@draftroom/document-model';
import type * as Y from 'yjs';
import { readAmendmentRecords } from './amendments/AmendmentRecords.ts';
import type { ExportFormat } from './ExportFormat.ts';
import type { ExportMeta, ExportOptions } from './ExportOptions.ts';
import type { ExportResult } from './ExportResult.ts';
import { exportDocument } from './exportDocument.ts';

/** The `amendments` map's name (see docs/protocol.md). */
const Y_AMENDMENTS = 'amendments';

/** Options for a Yjs document: the metadata is read from its `meta` map; anything given here overrides it. */
export type YDocExportOptions = Omit<ExportOptions, 'meta'> & { meta?: ExportMeta };

/**
 * Exports a live or stored Yjs document headless, as the server and the CLI hold it: the `content` fragment,
 * the `meta` map, and the `amendments` records (their statuses). Reading does not change the document.
 */
export async function exportYDoc(ydoc: Y.Doc, format: ExportFormat, options: YDocExportOptions): Promise<ExportResult> {
  const doc = readDocument(ydoc);
  const meta = { ...readMeta(ydoc), ...options.meta };
  const records = readAmendmentRecords(ydoc.getMap<unknown>(Y_AMENDMENTS));
  return exportDocument(doc, format, { ...options, meta }, records);
}
