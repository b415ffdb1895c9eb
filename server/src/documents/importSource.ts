import { ImportError, type ImportResult, importDocx, importText } from '@draftroom/import';
import { HttpError } from '../http/HttpError.ts';

export interface SourceInput {
  format: 'text' | 'docx';
  /** Plain text, or the .docx file in base64. */
  content: string;
}

export function parseSource(value: unknown): SourceInput | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value))
    throw new HttpError(400, 'BAD_REQUEST', '"source" must be an object');
  const { format, content } = value as Record<string, unknown>;
  if (format !== 'text' && format !== 'docx') {
    throw new HttpError(400, 'BAD_REQUEST', '"source.format" must be "text" or "docx"');
  }
  if (typeof content !== 'string') throw new HttpError(400, 'BAD_REQUEST', '"source.content" must be a string');
  return { format, content };
}

/** Runs the importer; a source it cannot read becomes a 422 that says why. */
export async function importSource(source: SourceInput): Promise<ImportResult> {
  try {
    if (source.format === 'text') return importText(source.content);
    if (!/^[A-Za-z0-9+/=\s]*$/.test(source.content)) {
      throw new HttpError(400, 'BAD_REQUEST', '"source.content" must be the .docx file in base64');
    }
    return await importDocx(new Uint8Array(Buffer.from(source.content, 'base64')));
  } catch (error) {
    if (error instanceof ImportError) throw new HttpError(422, 'IMPORT_FAILED', error.message);
    throw error;
  }
}
