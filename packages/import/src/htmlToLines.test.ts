import { describe, expect, it } from 'vitest';
import { htmlToLines } from './htmlToLines.ts';

describe('htmlToLines', () => {
  it('gives one line per paragraph, with entities decoded and inline formatting dropped', () => {
    expect(
      htmlToLines('<h1>PARTNERSHIP POLICY</h1><p>15.AA\t<em>The Secretariat</em> &amp; Parties &lt;shall&gt;</p>')
        .lines,
    ).toEqual([{ text: 'PARTNERSHIP POLICY' }, { text: '15.AA\tThe Secretariat & Parties <shall>' }]);
  });

  it('keeps the kind and depth of Word lists, whose labels are not in the text', () => {
    const html =
      '<ol><li>first<ol><li>nested</li></ol></li><li><p>second</p></li></ol><ul><li>bullet</li></ul><p>after</p>';
    expect(htmlToLines(html).lines).toEqual([
      { text: 'first', list: { ordered: true, depth: 1 } },
      { text: 'nested', list: { ordered: true, depth: 2 } },
      { text: 'second', list: { ordered: true, depth: 1 } },
      { text: 'bullet', list: { ordered: false, depth: 1 } },
      { text: 'after' },
    ]);
  });

  it('drops footnotes and their references, and counts them', () => {
    const html =
      '<p>Text<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> ends.</p>' +
      '<ol><li id="footnote-1"><p>The note. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToLines(html)).toEqual({ lines: [{ text: 'Text ends.' }], droppedNotes: 1 });
  });

  it('splits a paragraph at a line break', () => {
    expect(htmlToLines('<p>Directed to Parties<br />15.AA Parties shall act.</p>').lines).toEqual([
      { text: 'Directed to Parties' },
      { text: '15.AA Parties shall act.' },
    ]);
  });
});
