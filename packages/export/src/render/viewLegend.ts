import type { ExportView } from '../ExportView.ts';

/** How a format shows changes: styled (HTML, Markdown), as plain-text marks, or as Word's own tracked changes. */
export type Notation = 'styled' | 'plain' | 'word';

const TRACKED: Record<Notation, string | null> = {
  styled:
    'Proposed insertions are underlined and proposed deletions struck through; the delegation that proposed them follows in parentheses.',
  plain:
    'Proposed insertions are marked {++ ++} and proposed deletions {-- --}; the delegation that proposed them follows in {>> <<}.',
  word: null,
};

const BRACKETED =
  'Text in square brackets is not agreed: [current text][Delegation: proposed text] for a replacement, ' +
  '[Delegation: words] for a proposed insertion, [Delegation delete: words] for a proposed deletion.';

/** A line under the heading that says how the view marks what is not agreed; null where nothing needs saying. */
export function viewLegend(view: ExportView, notation: Notation): string | null {
  if (view === 'tracked') return TRACKED[notation];
  if (view === 'bracketed') return BRACKETED;
  return null;
}
