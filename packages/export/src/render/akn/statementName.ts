import type { Draft } from '../../draft/Draft.ts';
import { decisionsOf } from '../../draft/decisionsOf.ts';
import type { ExportView } from '../../ExportView.ts';
import { PLACEHOLDER_NUMBER } from '../../renumber/planRenumbering.ts';
import type { Piece } from '../../view/Piece.ts';

/**
 * The AKN4UN name of the statement: "decision" once the text is what the plenary adopts — the clean view with
 * every decision numbered — and "draftDecision" before, while placeholders (15.AA) or pending changes remain.
 */
export function statementName(draft: Draft<Piece[]>, view: ExportView): 'decision' | 'draftDecision' {
  const decisions = decisionsOf(draft);
  const numbered = decisions.length > 0 && decisions.every((d) => d.number && !PLACEHOLDER_NUMBER.test(d.number));
  return view === 'clean' && numbered ? 'decision' : 'draftDecision';
}
