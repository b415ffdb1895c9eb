import mammoth from 'mammoth';
import { htmlToLines } from './htmlToLines.ts';
import { ImportError } from './ImportError.ts';
import type { ImportResult } from './ImportResult.ts';
import { importLines } from './importLines.ts';

/** Pictures make .docx files large while the text stays small; past this the upload is not a COP document. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (data: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => data[i] === byte);

function checkContainer(data: Uint8Array): void {
  if (data.length === 0) throw new ImportError('EMPTY', 'The file is empty.');
  if (data.length > MAX_DOCX_BYTES) {
    throw new ImportError('TOO_LARGE', `The file is too large to import (over ${MAX_DOCX_BYTES / 1024 / 1024} MB).`);
  }
  if (startsWith(data, OLE)) {
    throw new ImportError(
      'UNREADABLE_DOCX',
      'This is an old Word .doc file: open it in Word, save it as .docx and upload that.',
    );
  }
  if (!startsWith(data, ZIP)) throw new ImportError('UNREADABLE_DOCX', 'This file is not a Word document (.docx).');
}

/**
 * HTML rather than raw text: Word's own list numbering ("a)", "1.") is not in the raw text, while the HTML
 * keeps the lists and their nesting, which tell sub-paragraphs and operative paragraphs apart.
 */
async function readHtml(data: Uint8Array): Promise<string> {
  try {
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return (await mammoth.convertToHtml({ buffer })).value;
  } catch {
    throw new ImportError(
      'UNREADABLE_DOCX',
      'This file could not be read as a Word document (.docx): it may be damaged, or another kind of file.',
    );
  }
}

/** Imports an uploaded .docx. Throws an ImportError that says why when nothing can be imported. */
export async function importDocx(data: Uint8Array): Promise<ImportResult> {
  checkContainer(data);
  const { lines, droppedNotes } = htmlToLines(await readHtml(data));
  const result = importLines(lines, 'The Word document contains no text.');
  if (droppedNotes) result.warnings.push(`${droppedNotes} footnote(s) or endnote(s) were not imported.`);
  return result;
}
