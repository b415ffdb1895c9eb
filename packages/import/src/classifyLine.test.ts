import { describe, expect, it } from 'vitest';
import { classifyLine } from './classifyLine.ts';

const kind = (text: string) => classifyLine({ text }).kind;

describe('classifyLine', () => {
  it('reads decision numbers, placeholders and revisions, keeping the number as written', () => {
    for (const [line, number, text] of [
      ['14.AA The Secretariat shall', '14.AA', 'The Secretariat shall'],
      ['15.12 Parties are invited', '15.12', 'Parties are invited'],
      ['13.24 (Rev. COP15) The Standing Committee', '13.24 (Rev. COP15)', 'The Standing Committee'],
      ['15.BB', '15.BB', ''],
    ]) {
      expect(classifyLine({ text: line as string })).toMatchObject({ kind: 'decision', number, text });
    }
  });

  it('reads the inline "14.10 Directed to" form as a decision with its addressees', () => {
    expect(classifyLine({ text: '14.10 Directed to the Secretariat' })).toMatchObject({
      kind: 'decision',
      number: '14.10',
      text: '',
      addressees: ['Secretariat'],
    });
  });

  it('tells numbered paragraphs of the body and operative paragraphs from decisions', () => {
    expect(classifyLine({ text: '3. The Secretariat engaged in numerous processes.' })).toMatchObject({
      kind: 'numbered',
      number: 3,
      opening: null,
    });
    expect(classifyLine({ text: '9bis. Also requests the Secretariat to act;' })).toMatchObject({
      kind: 'numbered',
      number: 9,
      suffix: 'bis',
      opening: 'Also requests',
      text: 'Also requests the Secretariat to act;',
    });
  });

  it('takes headings in capitals but not the scraps of logos', () => {
    expect(kind('TANGIBLE AND INTANGIBLE CULTURAL VALUES')).toBe('heading');
    expect(kind('BYCATCH')).toBe('heading');
    for (const scrap of ['UV', 'UN', '7N', 'A\\', '&', 'CcMS']) expect(kind(scrap)).toBe('text');
  });

  it('recognises the annex markers, whatever their case', () => {
    for (const marker of ['ANNEX', 'ANNEX 2', 'Annex II', 'DRAFT DECISIONS', 'DRAFT DECISION', 'DRAFT RESOLUTION']) {
      expect(kind(marker)).toBe('marker');
    }
  });

  it('needs a real label and text for a sub-paragraph', () => {
    expect(classifyLine({ text: '(ii) case studies;' })).toMatchObject({
      kind: 'subParagraph',
      marker: { label: 'ii', parenthesized: true, text: 'case studies;' },
    });
    expect(kind('(see) the annex for details')).toBe('text');
    expect(kind('a)')).toBe('text');
  });

  it('takes a preambular paragraph only when it ends with a comma', () => {
    expect(classifyLine({ text: 'Noting with concern the decline of species,' })).toMatchObject({
      kind: 'preambular',
      opening: 'Noting with concern',
    });
    expect(kind('Noting the decline of species.')).toBe('text');
  });

  it("uses Word's numbering only when no label was typed", () => {
    expect(classifyLine({ text: 'protect sites;', list: { ordered: true, depth: 2 } })).toMatchObject({
      kind: 'listItem',
      depth: 2,
    });
    expect(kind('protect sites;')).toBe('text');
    expect(classifyLine({ text: 'a) protect sites;', list: { ordered: true, depth: 1 } }).kind).toBe('subParagraph');
    expect(classifyLine({ text: 'a bullet point', list: { ordered: false, depth: 1 } }).kind).toBe('text');
  });
});
