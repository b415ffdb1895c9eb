import type { Node as PMNode } from '@tiptap/pm/model';
import type { AmendmentRecords } from './amendments/AmendmentRecords.ts';
import { countPending } from './draft/countPending.ts';
import { mapDraft } from './draft/mapDraft.ts';
import { readDraft } from './draft/readDraft.ts';
import { ExportError } from './ExportError.ts';
import { EXPORT_FORMATS, type ExportFormat, isExportFormat } from './ExportFormat.ts';
import type { ExportOptions } from './ExportOptions.ts';
import type { ExportResult } from './ExportResult.ts';
import { EXPORT_VIEWS, isExportView } from './ExportView.ts';
import { FORMAT_DETAILS } from './formatDetails.ts';
import type { Rendition } from './render/Rendition.ts';
import { renderRendition } from './renderRendition.ts';
import { renumberDraft } from './renumber/renumberDraft.ts';
import { parseRenumberStart } from './renumberStart.ts';
import { piecesForView } from './view/piecesForView.ts';

/** Callers in plain JavaScript (the CLI) can pass anything: refuse it with the same errors as a bad request. */
function checkRequest(format: unknown, options: ExportOptions): asserts format is ExportFormat {
  if (!isExportFormat(format)) {
    throw new ExportError(
      'BAD_FORMAT',
      `Unknown export format "${String(format)}": use one of ${EXPORT_FORMATS.join(', ')}.`,
    );
  }
  if (!isExportView(options.view)) {
    throw new ExportError(
      'BAD_VIEW',
      `Unknown export view "${String(options.view)}": use one of ${EXPORT_VIEWS.join(', ')}.`,
    );
  }
}

/** Everything a format prints: the document read in the view, renumbered if asked. */
export function prepareRendition(
  doc: PMNode,
  options: ExportOptions,
  records: AmendmentRecords = new Map(),
): Rendition {
  const start = options.renumberFrom ? parseRenumberStart(options.renumberFrom) : null;
  const spans = readDraft(doc, options.view, records);
  const viewed = mapDraft(spans, (inline) => piecesForView(inline, options.view));
  return {
    draft: start ? renumberDraft(viewed, start) : viewed,
    meta: options.meta,
    view: options.view,
    pendingCount: countPending(doc, records),
    now: options.now ?? new Date(),
  };
}

/**
 * Exports a document (a ProseMirror node of the Draftroom schema, with tracked-amendment marks if any) in a
 * format and a view. `records` are the amendments' records when known (exportYDoc passes them): a mark whose
 * amendment was already accepted or rejected is printed as decided. Throws an ExportError for a bad format,
 * view or renumber start.
 */
export async function exportDocument(
  doc: PMNode,
  format: ExportFormat,
  options: ExportOptions,
  records: AmendmentRecords = new Map(),
): Promise<ExportResult> {
  checkRequest(format, options);
  const rendition = prepareRendition(doc, options, records);
  const body = await renderRendition(rendition, format);
  return { body, ...FORMAT_DETAILS[format], pendingCount: rendition.pendingCount };
}
