/**
 * Why an import was refused. The message is shown to the person who pasted or uploaded the text, so it says
 * what was wrong with their file and what to do, never how the parser works inside.
 */
export type ImportErrorCode = 'EMPTY' | 'NOT_TEXT' | 'NO_DRAFT_TEXT' | 'UNREADABLE_DOCX' | 'TOO_LARGE' | 'INTERNAL';

export class ImportError extends Error {
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string) {
    super(message);
    this.name = 'ImportError';
    this.code = code;
  }
}
