import { draftSchema, toPlainText } from '@draftroom/document-model';
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  type ILevelsOptions,
  LevelFormat,
  Packer,
  Paragraph,
  Tab,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { ImportError } from './ImportError.ts';
import { importDocx } from './importDocx.ts';
import { storedZip } from './testing/storedZip.ts';
import { blockIds, stripIds } from './testing/stripIds.ts';

const LEVELS: ILevelsOptions[] = [
  { level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)' },
  { level: 1, format: LevelFormat.LOWER_ROMAN, text: '(%2)' },
];
const OPERATIVE_LEVELS: ILevelsOptions[] = [
  { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
  { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)' },
];

async function docxOf(children: Paragraph[], footnotes = {}): Promise<Uint8Array> {
  const document = new Document({
    footnotes,
    numbering: {
      config: [
        { reference: 'letters', levels: LEVELS },
        { reference: 'operative', levels: OPERATIVE_LEVELS },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A paragraph typed the way secretariats do: the number, a tab, the text. */
const numbered = (number: string, text: string) =>
  new Paragraph({ children: [new TextRun({ children: [number, new Tab(), text] })] });
const listed = (reference: string, level: number, text: string) =>
  new Paragraph({ text, numbering: { reference, level } });

async function importError(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

const text = (value: string) => [{ type: 'text', text: value }];
const p = (value: string) => ({ type: 'paragraph', content: text(value) });
const sub = (value: string, level: number) => ({ type: 'subParagraph', attrs: { level }, content: text(value) });

describe('importDocx', () => {
  it('imports the annex of a Word document, typed labels and tabs included', async () => {
    const data = await docxOf([
      new Paragraph({ text: 'SYNERGIES AND PARTNERSHIPS', heading: HeadingLevel.TITLE }),
      new Paragraph('COP14 adopted the following decision:'),
      numbered('14.10', 'Directed to the Secretariat'),
      new Paragraph('The Secretariat shall review partnerships.'),
      new Paragraph({ children: [new TextRun('  ANNEX')] }),
      new Paragraph({ text: 'DRAFT DECISIONS', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'PARTNERSHIP POLICY', heading: HeadingLevel.HEADING_2 }),
      new Paragraph('Directed to the Secretariat'),
      new Paragraph({
        children: [
          new TextRun({ children: ['15.AA ', new Tab()] }),
          new TextRun({ text: 'The Secretariat shall', italics: true }),
          new TextRun(':'),
        ],
      }),
      numbered('a)', 'develop a partnership policy [tailored to the Convention]; and'),
      numbered('(i)', 'consult Parties;'),
      numbered('b)', 'report to COP16.'),
    ]);
    const result = await importDocx(data);
    expect(stripIds(result.content)).toEqual({
      type: 'doc',
      content: [
        {
          type: 'topic',
          content: [
            { type: 'topicHeading', content: text('PARTNERSHIP POLICY') },
            {
              type: 'addresseeGroup',
              attrs: { addressees: ['Secretariat'] },
              content: [
                {
                  type: 'decision',
                  attrs: { number: '15.AA' },
                  content: [
                    p('The Secretariat shall:'),
                    sub('develop a partnership policy [tailored to the Convention]; and', 1),
                    sub('consult Parties;', 2),
                    sub('report to COP16.', 1),
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(result.title).toBe('SYNERGIES AND PARTNERSHIPS');
    expect(result.existingDecisions).toEqual([
      { number: '14.10', addressees: ['Secretariat'], text: 'The Secretariat shall review partnerships.' },
    ]);
    expect(result.warnings).toEqual([]);
    const ids = blockIds(result.content);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("reads Word's own list numbering as sub-paragraphs and operative paragraphs", async () => {
    const data = await docxOf([
      new Paragraph('Directed to Parties'),
      numbered('15.AA', 'Parties are invited to:'),
      listed('letters', 0, 'protect stopover sites;'),
      listed('letters', 1, 'in wetlands; and'),
      listed('letters', 1, 'in drylands;'),
      listed('letters', 0, 'report to COP16.'),
      new Paragraph('Recalling Resolution 12.11,'),
      listed('operative', 0, 'Requests the Secretariat to:'),
      listed('operative', 1, 'prepare guidelines;'),
      listed('operative', 0, 'Urges Parties to act.'),
    ]);
    const result = await importDocx(data);
    expect(toPlainText(draftSchema.nodeFromJSON(result.content)).split('\n')).toEqual([
      'Directed to Parties',
      '15.AA Parties are invited to:',
      'a) protect stopover sites;',
      '(i) in wetlands; and',
      '(ii) in drylands;',
      'b) report to COP16.',
      'Recalling Resolution 12.11,',
      '1. Requests the Secretariat to:',
      'a) prepare guidelines;',
      '2. Urges Parties to act.',
    ]);
    expect(result.summary.resolutionParagraphs).toBe(3);
  });

  it('leaves footnotes and their "[1]" references out of the text, and says so', async () => {
    const data = await docxOf(
      [
        new Paragraph('Directed to the Secretariat'),
        new Paragraph({
          children: [new TextRun('15.AA The Secretariat shall report to COP16.'), new FootnoteReferenceRun(1)],
        }),
      ],
      { 1: { children: [new Paragraph('See UNEP/CMS/COP15/Doc.24 for the background of this decision.')] } },
    );
    const result = await importDocx(data);
    expect(toPlainText(draftSchema.nodeFromJSON(result.content))).toBe(
      'Directed to the Secretariat\n15.AA The Secretariat shall report to COP16.',
    );
    expect(result.warnings).toEqual(['1 footnote(s) or endnote(s) were not imported.']);
  });

  it('refuses what is not a .docx, with a message for the person uploading', async () => {
    const garbage = new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256));
    const cases: Array<[Uint8Array, string, RegExp]> = [
      [new Uint8Array(), 'EMPTY', /^The file is empty\.$/],
      [garbage, 'UNREADABLE_DOCX', /not a Word document \(\.docx\)/],
      [storedZip({ 'notes.txt': 'not a word document' }), 'UNREADABLE_DOCX', /could not be read as a Word document/],
      [
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        'UNREADABLE_DOCX',
        /old Word \.doc file/,
      ],
    ];
    for (const [data, code, message] of cases) {
      const error = await importError(() => importDocx(data));
      expect([error.code, error.message]).toEqual([code, expect.stringMatching(message)]);
    }
  });

  it('refuses a Word document without text, or without draft decisions', async () => {
    const blank = await importError(async () => importDocx(await docxOf([new Paragraph(''), new Paragraph('  ')])));
    expect([blank.code, blank.message]).toEqual(['EMPTY', 'The Word document contains no text.']);
    const prose = await importError(async () =>
      importDocx(await docxOf([new Paragraph('Background'), new Paragraph('The Secretariat reported on its work.')])),
    );
    expect(prose.code).toBe('NO_DRAFT_TEXT');
  });
});
