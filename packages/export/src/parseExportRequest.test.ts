import { describe, expect, it } from 'vitest';
import { ExportError } from './ExportError.ts';
import { parseExportRequest } from './parseExportRequest.ts';

function errorOf(run: () => unknown): ExportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ExportError) return error;
    throw error;
  }
  throw new Error('expected an ExportError');
}

describe('parseExportRequest', () => {
  it('reads format, view and renumber from a query object or URLSearchParams', () => {
    expect(parseExportRequest({ format: 'docx', view: 'tracked', renumber: '15.1' })).toEqual({
      format: 'docx',
      view: 'tracked',
      renumberFrom: '15.1',
    });
    expect(parseExportRequest(new URLSearchParams('format=AKN&view=Bracketed'))).toEqual({
      format: 'akn',
      view: 'bracketed',
    });
  });

  it('defaults to the clean view and ignores an empty renumber', () => {
    expect(parseExportRequest({ format: 'md', renumber: '' })).toEqual({ format: 'md', view: 'clean' });
  });

  it('refuses an unknown or missing format, naming the ones it knows', () => {
    const unknown = errorOf(() => parseExportRequest({ format: 'pdf' }));
    expect(unknown.code).toBe('BAD_FORMAT');
    expect(unknown.message).toBe('Unknown export format "pdf": use format= one of "docx", "html", "md", "txt", "akn".');
    expect(errorOf(() => parseExportRequest({})).message).toMatch(/^No export format given/);
  });

  it('refuses an unknown view', () => {
    const error = errorOf(() => parseExportRequest({ format: 'txt', view: 'final' }));
    expect(error.code).toBe('BAD_VIEW');
    expect(error.message).toContain('"clean", "tracked", "bracketed"');
  });

  it('refuses a renumber start that is not a decision number', () => {
    for (const bad of ['15', '15.AA', '15.0', 'fifteen', '15.1.2', '-15.1']) {
      const error = errorOf(() => parseExportRequest({ format: 'txt', renumber: bad }));
      expect(error.code).toBe('BAD_RENUMBER');
      expect(error.message).toContain('such as 15.1');
    }
  });
});
