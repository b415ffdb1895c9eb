import { ExportError } from './ExportError.ts';
import { EXPORT_FORMATS, type ExportFormat, isExportFormat } from './ExportFormat.ts';
import { EXPORT_VIEWS, type ExportView, isExportView } from './ExportView.ts';
import { parseRenumberStart } from './renumberStart.ts';

export interface ExportRequest {
  format: ExportFormat;
  view: ExportView;
  renumberFrom?: string;
}

/** A query as the server's router or URLSearchParams give it; a repeated key counts as its first value. */
export type ExportQuery = URLSearchParams | Record<string, string | string[] | undefined>;

function first(query: ExportQuery, key: string): string | undefined {
  if (query instanceof URLSearchParams) return query.get(key) ?? undefined;
  const value = query[key];
  return Array.isArray(value) ? value[0] : value;
}

function quoted(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

/**
 * Validates `format`, `view` and `renumber` of an export request (`?format=docx&view=clean&renumber=15.1`).
 * `view` defaults to `clean`, the adopted text; an empty `renumber` counts as none. Throws an ExportError with
 * a message fit for a 400 answer.
 */
export function parseExportRequest(query: ExportQuery): ExportRequest {
  const format = first(query, 'format')?.trim().toLowerCase();
  if (!isExportFormat(format)) {
    const given = format ? `Unknown export format "${format}"` : 'No export format given';
    throw new ExportError('BAD_FORMAT', `${given}: use format= one of ${quoted(EXPORT_FORMATS)}.`);
  }
  const view = first(query, 'view')?.trim().toLowerCase() || 'clean';
  if (!isExportView(view)) {
    throw new ExportError('BAD_VIEW', `Unknown export view "${view}": use view= one of ${quoted(EXPORT_VIEWS)}.`);
  }
  const renumber = first(query, 'renumber')?.trim();
  if (!renumber) return { format, view };
  parseRenumberStart(renumber);
  return { format, view, renumberFrom: renumber };
}
