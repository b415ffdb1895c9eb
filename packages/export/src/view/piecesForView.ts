import type { Span } from '../draft/Draft.ts';
import type { ExportView } from '../ExportView.ts';
import { bracketedPieces } from './bracketedPieces.ts';
import { cleanPieces } from './cleanPieces.ts';
import { mergePieces } from './mergePieces.ts';
import type { Piece } from './Piece.ts';
import { trackedPieces } from './trackedPieces.ts';

const VIEWS: Record<ExportView, (spans: readonly Span[]) => Piece[]> = {
  clean: cleanPieces,
  tracked: trackedPieces,
  bracketed: bracketedPieces,
};

/** What a block's text shows in a view. */
export function piecesForView(spans: readonly Span[], view: ExportView): Piece[] {
  return mergePieces(VIEWS[view](spans));
}
