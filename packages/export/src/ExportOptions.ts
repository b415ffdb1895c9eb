import type { DocumentMeta } from '@draftroom/document-model';
import type { ExportView } from './ExportView.ts';

/** The document's `meta` map: title, meeting, symbol, status (every key optional, as stored). */
export type ExportMeta = DocumentMeta;

export interface ExportOptions {
  view: ExportView;
  /** First assigned number for placeholder decision numbers, e.g. '15.1' (15.AA, 15.BB → 15.1, 15.2). */
  renumberFrom?: string;
  meta: ExportMeta;
  /** The export's date (AKN FRBR dates, the .docx properties); fixed by tests so output is reproducible. */
  now?: Date;
}
