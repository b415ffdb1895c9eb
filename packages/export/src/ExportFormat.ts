/** The file formats an export can take. */
export const EXPORT_FORMATS = ['docx', 'html', 'md', 'txt', 'akn'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}
