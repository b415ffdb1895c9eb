import { describe, expect, it } from 'vitest';
import { addresseeGroup, decision, doc, paragraph, subParagraph } from './content.ts';
import { computeLabels, subParagraphLabel, toLetters, toRoman } from './labels.ts';
import { toPlainText } from './plainText.ts';
import { draftSchema } from './schema.ts';

describe('labels computed from position', () => {
  it('counts letters and roman numerals as printed', () => {
    expect([1, 2, 26, 27].map(toLetters)).toEqual(['a', 'b', 'z', 'aa']);
    expect([1, 4, 9, 14].map(toRoman)).toEqual(['i', 'iv', 'ix', 'xiv']);
    expect(subParagraphLabel(1, 3)).toBe('c)');
    expect(subParagraphLabel(2, 2)).toBe('(ii)');
  });

  it('restarts nested numbering under each lettered sub-paragraph', () => {
    const json = doc([
      addresseeGroup(
        ['Secretariat'],
        [
          decision('15.AA', [
            paragraph('The Secretariat shall:'),
            subParagraph('first'),
            subParagraph('nested one', 2),
            subParagraph('nested two', 2),
            subParagraph('second'),
            subParagraph('nested again', 2),
          ]),
        ],
      ),
    ]);
    const node = draftSchema.nodeFromJSON(json);
    expect([...computeLabels(node).values()]).toEqual(['a)', '(i)', '(ii)', 'b)', '(i)']);
    expect(toPlainText(node)).toBe(
      [
        'Directed to the Secretariat',
        '15.AA The Secretariat shall:',
        'a) first',
        '(i) nested one',
        '(ii) nested two',
        'b) second',
        '(i) nested again',
      ].join('\n'),
    );
  });

  it('numbers operative paragraphs and keeps inserted ones as 9bis', () => {
    const ops = Array.from({ length: 10 }, (_, i) => ({
      type: 'operative',
      attrs: { suffix: i === 9 ? 'bis' : null },
      content: [{ type: 'text', text: `op ${i}` }],
    }));
    ops.push({ type: 'operative', attrs: { suffix: null }, content: [{ type: 'text', text: 'last' }] });
    const node = draftSchema.nodeFromJSON({
      type: 'doc',
      content: [
        {
          type: 'resolution',
          content: [{ type: 'preambular', content: [{ type: 'text', text: 'Recalling,' }] }, ...ops],
        },
      ],
    });
    const labels = [...computeLabels(node).values()];
    expect(labels.slice(-3)).toEqual(['9.', '9bis.', '10.']);
  });
});
