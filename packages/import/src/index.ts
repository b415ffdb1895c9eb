export { ImportError, type ImportErrorCode } from './ImportError.ts';
export type { ExistingDecision, ImportResult, ImportSummary, JSONContent } from './ImportResult.ts';
export { importDocx, MAX_DOCX_BYTES } from './importDocx.ts';
export { importText, MAX_TEXT_CHARS } from './importText.ts';
