import type { SourceLine } from './SourceLine.ts';

export interface HtmlLines {
  lines: SourceLine[];
  /** Footnotes and endnotes are not draft text; their count is reported so nobody wonders where they went. */
  droppedNotes: number;
}

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th']);
const NOTE_ID = /\bid="(?:footnote|endnote)-/;
const NOTE_REF = /\bhref="#(?:footnote|endnote)-/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Reads the HTML that mammoth writes (p, h1–h6, ol/ul/li, tables, inline em/strong/sup/a, br) into one line per
 * paragraph. Only that narrow output is expected, so a tokenizer is enough and no DOM is needed on the server.
 * Footnote references ("[1]") are dropped with their notes: left in, they would read as square brackets.
 */
export function htmlToLines(html: string): HtmlLines {
  const lines: SourceLine[] = [];
  const lists: boolean[] = [];
  let buffer = '';
  let item: SourceLine['list'];
  let skippedNoteDepth = 0;
  let inNoteRef = false;
  let droppedNotes = 0;

  const flush = () => {
    const text = decodeEntities(buffer);
    buffer = '';
    if (!text.trim()) return;
    lines.push(item ? { text, list: item } : { text });
    item = undefined;
  };

  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawName, attributes = '', text] = match;
    if (text !== undefined) {
      if (!skippedNoteDepth && !inNoteRef) buffer += text;
      continue;
    }
    const name = (rawName ?? '').toLowerCase();
    if (skippedNoteDepth) {
      if (name === 'li') skippedNoteDepth += closing ? -1 : 1;
      continue;
    }
    if (name === 'a') {
      inNoteRef = !closing && NOTE_REF.test(attributes);
      continue;
    }
    if (name === 'li' && !closing && NOTE_ID.test(attributes)) {
      flush();
      skippedNoteDepth = 1;
      droppedNotes++;
      continue;
    }
    if (name === 'br') {
      flush();
    } else if (name === 'ol' || name === 'ul') {
      flush();
      if (closing) lists.pop();
      else lists.push(name === 'ol');
    } else if (BLOCK.has(name)) {
      flush();
      if (closing) item = undefined;
      else if (name === 'li') item = { ordered: lists.at(-1) ?? false, depth: lists.length };
    }
  }
  flush();
  return { lines, droppedNotes };
}
