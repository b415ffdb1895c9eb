import type { SourceLine } from './SourceLine.ts';

/** Form feeds are page breaks in text saved from Word or PDF; they separate paragraphs like a newline. */
const LINE_BREAK = /\r\n|[\r\n\f\u2028\u2029]/;

export function textToLines(text: string): SourceLine[] {
  return text.split(LINE_BREAK).map((line) => ({ text: line }));
}
