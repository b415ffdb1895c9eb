import JSZip from 'jszip';

/** For tests: the text of one entry of a zip archive (a .docx), e.g. 'word/document.xml'. */
export async function unzipText(archive: Uint8Array, entry: string): Promise<string> {
  const zip = await JSZip.loadAsync(archive);
  const file = zip.file(entry);
  if (!file) throw new Error(`no ${entry} in the archive`);
  return file.async('string');
}

/** For tests: Word XML with one paragraph a line, so that golden files diff readably. */
export function paragraphPerLine(xml: string): string {
  return `${xml.replace(/<w:p[ >]/g, '\n$&')}\n`;
}
