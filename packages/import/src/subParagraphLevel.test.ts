import { describe, expect, it } from 'vitest';
import { type LetterRun, newLetterRun, subParagraphLevel } from './subParagraphLevel.ts';
import { readSubParagraphMarker, type SubParagraphMarker } from './subParagraphMarker.ts';

function marker(text: string): SubParagraphMarker {
  const read = readSubParagraphMarker(`${text} x`);
  if (!read) throw new Error(`not a marker: ${text}`);
  return read;
}

function runAfter(...labels: string[]): LetterRun {
  const run = newLetterRun();
  for (const label of labels) {
    run.count++;
    run.last = marker(label);
  }
  return run;
}

describe('subParagraphLevel', () => {
  it('puts letters at level 1, roman numerals at 2 and capitals at 3', () => {
    expect(subParagraphLevel(marker('b)'), runAfter('a)'))).toBe(1);
    expect(subParagraphLevel(marker('(ii)'), runAfter('a)'))).toBe(2);
    expect(subParagraphLevel(marker('(A)'), runAfter('a)'))).toBe(3);
  });

  it('reads "i)" as a letter only right after "h)" in the same bracket style', () => {
    const upToH = runAfter('a)', 'b)', 'c)', 'd)', 'e)', 'f)', 'g)', 'h)');
    expect(subParagraphLevel(marker('i)'), upToH)).toBe(1);
    expect(subParagraphLevel(marker('(i)'), upToH)).toBe(2);
    expect(subParagraphLevel(marker('i)'), runAfter('a)'))).toBe(2);
    expect(subParagraphLevel(marker('i)'), newLetterRun())).toBe(2);
  });
});
