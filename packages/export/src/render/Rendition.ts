import type { Draft } from '../draft/Draft.ts';
import type { ExportMeta } from '../ExportOptions.ts';
import type { ExportView } from '../ExportView.ts';
import type { Piece } from '../view/Piece.ts';

/** Everything a format needs to print a document in a view. */
export interface Rendition {
  draft: Draft<Piece[]>;
  meta: ExportMeta;
  view: ExportView;
  pendingCount: number;
  now: Date;
}
