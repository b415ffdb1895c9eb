import type { ExportFormat } from './ExportFormat.ts';

/** What the server answers with for each format: its media type and the file's extension. */
export const FORMAT_DETAILS: Record<ExportFormat, { contentType: string; fileExtension: string }> = {
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    fileExtension: 'docx',
  },
  html: { contentType: 'text/html; charset=utf-8', fileExtension: 'html' },
  md: { contentType: 'text/markdown; charset=utf-8', fileExtension: 'md' },
  txt: { contentType: 'text/plain; charset=utf-8', fileExtension: 'txt' },
  akn: { contentType: 'application/akn+xml; charset=utf-8', fileExtension: 'xml' },
};
