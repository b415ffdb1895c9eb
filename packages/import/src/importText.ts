import { ImportError } from './ImportError.ts';
import type { ImportResult } from './ImportResult.ts';
import { importLines } from './importLines.ts';
import { textToLines } from './textToLines.ts';

/** A COP document is some 100 KB of text; ten times the longest is still far below this. */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * NUL never occurs in typed text; U+FFFD is what a decoder makes of bytes that are not text, and a file read as
 * text is thick with it, while a text file in the wrong encoding only has one where a quote or a dash was.
 */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 10_000);
  let replaced = 0;
  for (const char of sample) {
    if (char === '\u0000') return true;
    if (char === '\ufffd') replaced++;
  }
  return replaced >= 10 && replaced > sample.length / 10;
}

/** Imports pasted or uploaded plain text. Throws an ImportError that says why when nothing can be imported. */
export function importText(text: string): ImportResult {
  if (text.length > MAX_TEXT_CHARS) {
    throw new ImportError(
      'TOO_LARGE',
      `The text is too long to import (over ${MAX_TEXT_CHARS.toLocaleString('en')} characters).`,
    );
  }
  if (looksBinary(text)) {
    throw new ImportError(
      'NOT_TEXT',
      'This is not plain text but the content of a file: upload a Word document as .docx.',
    );
  }
  return importLines(textToLines(text), 'The text is empty: paste or upload the draft decisions to import.');
}
