import type { ExportView } from '../ExportView.ts';

/**
 * The line a clean export carries when amendments were left out: the clean text reads as adopted, and whoever
 * publishes or reads it must know that it is not yet the whole negotiation. Null when nothing was left out.
 */
export function pendingNote(view: ExportView, pendingCount: number): string | null {
  if (view !== 'clean' || pendingCount === 0) return null;
  return pendingCount === 1
    ? 'Note: 1 pending amendment is not included in this text.'
    : `Note: ${pendingCount} pending amendments are not included in this text.`;
}
