/** Pictures (logos, emblems) leave their file names behind when a document is saved as text. */
const IMAGE_NAME = /^[\w.\- ]+\.(?:wmf|emf|jpe?g|png|gif|bmp|tiff?|svg)$/i;

/** Page numbers of headers and footers end up alone on a line. */
const PAGE_NUMBER = /^\d+$/;

/** Lines that are artefacts of the conversion, never text anyone wrote; they are dropped without a warning. */
export function isNoise(cleaned: string): boolean {
  return cleaned === '' || IMAGE_NAME.test(cleaned) || PAGE_NUMBER.test(cleaned);
}
