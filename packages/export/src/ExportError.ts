export type ExportErrorCode = 'BAD_FORMAT' | 'BAD_VIEW' | 'BAD_RENUMBER';

/** A request the exporter cannot serve; the message is meant for the person who asked (an HTTP 400 body). */
export class ExportError extends Error {
  readonly code: ExportErrorCode;

  constructor(code: ExportErrorCode, message: string) {
    super(message);
    this.name = 'ExportError';
    this.code = code;
  }
}
