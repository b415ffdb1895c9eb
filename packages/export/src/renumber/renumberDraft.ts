import type { Draft } from '../draft/Draft.ts';
import { decisionsOf } from '../draft/decisionsOf.ts';
import { mapDraft } from '../draft/mapDraft.ts';
import type { RenumberStart } from '../renumberStart.ts';
import type { Piece } from '../view/Piece.ts';
import { planRenumbering } from './planRenumbering.ts';
import { renumberReferences } from './renumberReferences.ts';

/** The draft with its placeholder decisions numbered from `start` and the references in its text updated. */
export function renumberDraft(draft: Draft<Piece[]>, start: RenumberStart): Draft<Piece[]> {
  const plan = planRenumbering(
    decisionsOf(draft).map((decision) => decision.number),
    start,
  );
  const renumbered = mapDraft(draft, (pieces) =>
    pieces.map((piece) =>
      'text' in piece && piece.kind !== 'party'
        ? { ...piece, text: renumberReferences(piece.text, plan.references) }
        : piece,
    ),
  );
  // mapDraft made new decision objects: numbering them does not touch the caller's draft.
  decisionsOf(renumbered).forEach((decision, index) => {
    decision.number = plan.numbers[index] ?? decision.number;
  });
  return renumbered;
}
