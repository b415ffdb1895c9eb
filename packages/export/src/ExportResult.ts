export interface ExportResult {
  /** Bytes for .docx, text for every other format. */
  body: Uint8Array | string;
  contentType: string;
  /** Without the dot: 'docx', 'html', 'md', 'txt', 'xml'. */
  fileExtension: string;
  /** Distinct amendments still pending in the document (a replacement counts once). */
  pendingCount: number;
}
