import type { ExportFormat } from './ExportFormat.ts';
import type { Rendition } from './render/Rendition.ts';
import { renderAkn } from './render/renderAkn.ts';
import { renderDocx } from './render/renderDocx.ts';
import { renderHtml } from './render/renderHtml.ts';
import { renderMarkdown } from './render/renderMarkdown.ts';
import { renderText } from './render/renderText.ts';

const RENDERERS: Record<ExportFormat, (rendition: Rendition) => string | Promise<Uint8Array>> = {
  docx: renderDocx,
  html: renderHtml,
  md: renderMarkdown,
  txt: renderText,
  akn: renderAkn,
};

/** The rendition in a format: bytes for .docx, text for the others. */
export async function renderRendition(rendition: Rendition, format: ExportFormat): Promise<Uint8Array | string> {
  return RENDERERS[format](rendition);
}
