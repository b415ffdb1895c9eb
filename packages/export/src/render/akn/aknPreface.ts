import type { ExportMeta } from '../../ExportOptions.ts';
import { escapeXml } from '../escapeXml.ts';
import { headerLines } from '../headerLines.ts';
import { block, leaf } from './xmlLines.ts';

/** The document's heading: symbol, meeting, title and status, each in its Akoma Ntoso inline element. */
export function aknPreface(meta: ExportMeta): string[] {
  const { symbol, meeting, title } = headerLines(meta);
  const status = meta.status?.trim();
  const lines = [
    ...(symbol ? leaf('p', { class: 'symbol' }, `<docNumber>${escapeXml(symbol)}</docNumber>`) : []),
    ...(meeting ? leaf('p', { class: 'meeting' }, `<session>${escapeXml(meeting)}</session>`) : []),
    ...(title ? block('longTitle', {}, leaf('p', {}, `<docTitle>${escapeXml(title)}</docTitle>`)) : []),
    ...(status ? leaf('p', { class: 'status' }, `<docStatus>${escapeXml(status)}</docStatus>`) : []),
  ];
  // The preface must hold something when present, so a document without any of these has none.
  return lines.length ? block('preface', {}, lines) : [];
}
