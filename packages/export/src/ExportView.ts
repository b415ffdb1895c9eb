/**
 * What an export shows of the pending amendments:
 * - `clean`: the text as it would be adopted now: pending insertions left out, pending deletions kept as plain text;
 * - `tracked`: conference-room-paper style: insertions underlined, deletions struck through, each with its delegation;
 * - `bracketed`: the negotiating text: every pending amendment in square brackets with its delegation.
 */
export const EXPORT_VIEWS = ['clean', 'tracked', 'bracketed'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

export function isExportView(value: unknown): value is ExportView {
  return typeof value === 'string' && (EXPORT_VIEWS as readonly string[]).includes(value);
}
