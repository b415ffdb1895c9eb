import { draftSchema, toPlainText } from '@draftroom/document-model';
import { describe, expect, it } from 'vitest';
import { ImportError } from './ImportError.ts';
import type { JSONContent } from './ImportResult.ts';
import { importText, MAX_TEXT_CHARS } from './importText.ts';
import { blockIds, stripIds } from './testing/stripIds.ts';

const text = (value: string) => [{ type: 'text', text: value }];
const italic = (opening: string, rest: string) => [
  { type: 'text', text: opening, marks: [{ type: 'italic' }] },
  { type: 'text', text: rest },
];
const p = (value: string) => ({ type: 'paragraph', content: text(value) });
const sub = (value: string, level: number) => ({ type: 'subParagraph', attrs: { level }, content: text(value) });
const decision = (number: string, ...body: object[]) => ({ type: 'decision', attrs: { number }, content: body });
const group = (addressees: string[], ...decisions: object[]) => ({
  type: 'addresseeGroup',
  attrs: { addressees },
  content: decisions,
});
const topic = (heading: string, ...children: object[]) => ({
  type: 'topic',
  content: [{ type: 'topicHeading', content: text(heading) }, ...children],
});

const printed = (content: JSONContent) => toPlainText(draftSchema.nodeFromJSON(content));

function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('importText: bare draft decisions pasted without an annex', () => {
  const source = [
    'SUSTAINABLE TOURISM',
    '',
    'Directed to Parties and the Secretariat',
    '',
    '15.AA\tThe Secretariat shall:',
    'a)\tprepare guidelines on sustainable tourism, including:',
    '(i)\tbest practices; and',
    '(ii)\tcase studies;',
    'b)\treport to the Standing Committee at its 57th meeting.',
    '',
    '15.BB\tParties are invited to share their experience with the Secretariat.',
  ].join('\n');
  const result = importText(source);

  it('builds topic, group, decisions and nested sub-paragraphs without their typed labels', () => {
    expect(stripIds(result.content)).toEqual({
      type: 'doc',
      content: [
        topic(
          'SUSTAINABLE TOURISM',
          group(
            ['Parties', 'Secretariat'],
            decision(
              '15.AA',
              p('The Secretariat shall:'),
              sub('prepare guidelines on sustainable tourism, including:', 1),
              sub('best practices; and', 2),
              sub('case studies;', 2),
              sub('report to the Standing Committee at its 57th meeting.', 1),
            ),
            decision('15.BB', p('Parties are invited to share their experience with the Secretariat.')),
          ),
        ),
      ],
    });
    expect(result.warnings).toEqual([]);
  });

  it('prints the same labels as were typed', () => {
    expect(printed(result.content)).toBe(source.replaceAll('\t', ' ').replace(/\n\n/g, '\n'));
  });

  it('has no title nor existing decisions, since there is no body before an annex', () => {
    expect(result.title).toBeUndefined();
    expect(result.existingDecisions).toEqual([]);
    expect(result.summary.topics).toEqual([
      {
        heading: 'SUSTAINABLE TOURISM',
        groups: [{ addressees: ['Parties', 'Secretariat'], decisions: ['15.AA', '15.BB'] }],
      },
    ]);
  });
});

describe('importText: resolution style', () => {
  const result = importText(
    [
      'MIGRATORY SPECIES AND TOURISM',
      'Recalling Resolution 12.11 on flyways,',
      'Also recognizing the value of ecotourism for local communities,',
      'Bearing in mind the Strategic Plan for Migratory Species 2024-2032,',
      '1.\tDecides to establish a working group on tourism;',
      '2.\tRequests the Secretariat to:',
      '(a)\tprepare guidelines; and',
      '(b)\treport to COP16;',
      '2bis.\tInvites Parties to contribute to the working group;',
      '3.\tUrges Parties to implement this Resolution.',
    ].join('\n'),
  );

  it('makes preambular and operative paragraphs with their openings in italic and the suffix kept', () => {
    expect(stripIds(result.content)).toEqual({
      type: 'doc',
      content: [
        topic('MIGRATORY SPECIES AND TOURISM', {
          type: 'resolution',
          content: [
            { type: 'preambular', content: italic('Recalling', ' Resolution 12.11 on flyways,') },
            {
              type: 'preambular',
              content: italic('Also recognizing', ' the value of ecotourism for local communities,'),
            },
            {
              type: 'preambular',
              content: italic('Bearing in mind', ' the Strategic Plan for Migratory Species 2024-2032,'),
            },
            {
              type: 'operative',
              attrs: { suffix: null },
              content: italic('Decides', ' to establish a working group on tourism;'),
            },
            { type: 'operative', attrs: { suffix: null }, content: italic('Requests', ' the Secretariat to:') },
            sub('prepare guidelines; and', 1),
            sub('report to COP16;', 1),
            {
              type: 'operative',
              attrs: { suffix: 'bis' },
              content: italic('Invites', ' Parties to contribute to the working group;'),
            },
            {
              type: 'operative',
              attrs: { suffix: null },
              content: italic('Urges', ' Parties to implement this Resolution.'),
            },
          ],
        }),
      ],
    });
    expect(result.summary.resolutionParagraphs).toBe(7);
    expect(result.warnings).toEqual([]);
  });

  it('prints the paragraph numbers from position, "2bis." included', () => {
    expect(printed(result.content).split('\n').slice(4)).toEqual([
      '1. Decides to establish a working group on tourism;',
      '2. Requests the Secretariat to:',
      'a) prepare guidelines; and',
      'b) report to COP16;',
      '2bis. Invites Parties to contribute to the working group;',
      '3. Urges Parties to implement this Resolution.',
    ]);
  });

  it('warns when a typed paragraph number will print differently', () => {
    const { content, warnings } = importText('Noting the report,\n1. Decides to act;\n9bis. Invites Parties to help;');
    expect(printed(content).split('\n')).toEqual([
      'Noting the report,',
      '1. Decides to act;',
      '1bis. Invites Parties to help;',
    ]);
    expect(warnings).toEqual(['Operative paragraph "9bis." is numbered "1bis." by its position.']);
  });
});

describe('importText: what is kept as written and what is skipped', () => {
  it('skips bookmarks, image names and page numbers, keeping the text a bookmark is glued to', () => {
    const result = importText(
      [
        '[bookmark: _Hlk19709381]',
        'PARTNERSHIP POLICY',
        '3',
        'image1.wmf',
        'Directed to the Secretariat',
        '[bookmark: _Hlk27397956]15.AA\tThe Secretariat shall develop a partnership policy.',
        'image2.emf',
        'logo.JPG',
        '12',
      ].join('\n'),
    );
    expect(stripIds(result.content)).toEqual({
      type: 'doc',
      content: [
        topic(
          'PARTNERSHIP POLICY',
          group(['Secretariat'], decision('15.AA', p('The Secretariat shall develop a partnership policy.'))),
        ),
      ],
    });
    expect(result.warnings).toEqual([]);
  });

  it('keeps square brackets exactly as written, a bracketed paragraph and "Option" labels included', () => {
    const result = importText(
      [
        'Directed to the Secretariat',
        '15.AA The Secretariat shall, [subject to the availability of resources,] [develop][prepare] a policy.',
        'Option 1',
        '[The Standing Committee shall review it.]',
      ].join('\n'),
    );
    expect(printed(result.content).split('\n')).toEqual([
      'Directed to the Secretariat',
      '15.AA The Secretariat shall, [subject to the availability of resources,] [develop][prepare] a policy.',
      'Option 1',
      '[The Standing Committee shall review it.]',
    ]);
  });

  it('reads the inline form "14.10 Directed to …" and revised numbers as one decision in its own group', () => {
    const result = importText(
      [
        '14.10 (Rev. COP15) Directed to the Standing Committee',
        'The Standing Committee shall review the partnership policy.',
        '14.11 Directed to Parties',
        'Parties are invited to report on partnerships.',
      ].join('\n'),
    );
    expect(stripIds(result.content).content).toEqual([
      group(
        ['Standing Committee'],
        decision('14.10 (Rev. COP15)', p('The Standing Committee shall review the partnership policy.')),
      ),
      group(['Parties'], decision('14.11', p('Parties are invited to report on partnerships.'))),
    ]);
    expect(result.summary.topics).toEqual([
      {
        heading: '',
        groups: [
          { addressees: ['Standing Committee'], decisions: ['14.10 (Rev. COP15)'] },
          { addressees: ['Parties'], decisions: ['14.11'] },
        ],
      },
    ]);
  });

  it('reads "i)" after "h)" as a letter and "(i)" after "a)" as a roman numeral', () => {
    const letters = 'abcdefghij'.split('').map((letter) => `${letter}) item ${letter};`);
    const result = importText(
      [
        'Directed to Parties',
        '15.AA Parties are invited to:',
        ...letters,
        '(i) first point;',
        '(ii) second point.',
      ].join('\n'),
    );
    const lines = printed(result.content).split('\n');
    expect(lines.slice(2, 12)).toEqual(letters);
    expect(lines.slice(12)).toEqual(['(i) first point;', '(ii) second point.']);
    expect(result.warnings).toEqual([]);
  });

  it('warns about a decision without a "Directed to" line and leaves its addressees blank', () => {
    const result = importText('15.AA The Secretariat shall report to COP16.');
    expect(stripIds(result.content).content).toEqual([
      group([], decision('15.AA', p('The Secretariat shall report to COP16.'))),
    ]);
    expect(result.warnings).toEqual([
      'Decision 15.AA has no "Directed to" line above it: its addressees are left blank.',
    ]);
  });

  it('takes every annex of draft text and only those', () => {
    const result = importText(
      [
        'SHARKS',
        'Background text on sharks that mentions the annex.',
        'ANNEX 1',
        'DRAFT DECISIONS',
        'Directed to the Secretariat',
        '15.AA The Secretariat shall report on sharks.',
        'ANNEX 2',
        'LIST OF SPECIES',
        'Directed to Parties',
        '15.ZZ Not a draft decision at all.',
        'ANNEX 3',
        'DRAFT DECISIONS',
        'Directed to Parties',
        '15.BB Parties are urged to protect sharks.',
      ].join('\n'),
    );
    expect(result.summary.topics).toEqual([
      {
        heading: '',
        groups: [
          { addressees: ['Secretariat'], decisions: ['15.AA'] },
          { addressees: ['Parties'], decisions: ['15.BB'] },
        ],
      },
    ]);
    expect(result.title).toBe('SHARKS');
  });

  it('joins the lines of a sentence broken by copying from a PDF', () => {
    const result = importText(
      [
        'Directed to the Secretariat',
        '15.AA The Secretariat shall, subject to the availability of resources,',
        'develop a partnership policy and',
        'report to COP16.',
        'Recalling Resolution 11.10,',
        '1. Requests the Secretariat to report',
        'to the Standing Committee;',
      ].join('\n'),
    );
    expect(printed(result.content).split('\n')).toEqual([
      'Directed to the Secretariat',
      '15.AA The Secretariat shall, subject to the availability of resources, develop a partnership policy and report to COP16.',
      'Recalling Resolution 11.10,',
      '1. Requests the Secretariat to report to the Standing Committee;',
    ]);
  });

  it('gives every block a unique id', () => {
    const { content } = importText(
      'Directed to Parties\n15.AA Parties shall:\na) act;\nb) report.\n15.BB Parties shall also report.',
    );
    const ids = blockIds(content);
    expect(ids).toHaveLength(7);
    expect(new Set(ids).size).toBe(7);
  });
});

describe('importText: refusing what cannot be imported', () => {
  it.each([
    ['nothing', ''],
    ['blank lines', '  \n\t\n   \n'],
    ['only conversion noise', '[bookmark: _Hlk1]\n2\nimage1.png\n'],
  ])('refuses %s as empty', (_, source) => {
    const error = importError(() => importText(source));
    expect(error.code).toBe('EMPTY');
    expect(error.message).toBe('The text is empty: paste or upload the draft decisions to import.');
  });

  it('refuses prose without any decision, saying what it looked for', () => {
    const error = importError(() => importText('Background\nThe Secretariat reported on its work with partners.'));
    expect(error.code).toBe('NO_DRAFT_TEXT');
    expect(error.message).toMatch(/No draft decision or resolution was found.*"DRAFT DECISIONS"/);
  });

  it('refuses the bytes of a file read as text', () => {
    const garbage = `PK\u0003\u0004\u0014\u0000\u0006\u0000${'\ufffd\u0000'.repeat(200)}word/document.xml`;
    const error = importError(() => importText(garbage));
    expect(error.code).toBe('NOT_TEXT');
    expect(error.message).toMatch(/upload a Word document as \.docx/);
  });

  it('still imports text in the wrong encoding, where only quotes and dashes were lost', () => {
    const result = importText('Directed to Parties\n15.AA Parties\ufffd efforts \ufffd as noted \ufffd are welcomed.');
    expect(result.summary.topics[0]?.groups[0]?.decisions).toEqual(['15.AA']);
  });

  it('refuses text over the size limit', () => {
    expect(importError(() => importText('a'.repeat(MAX_TEXT_CHARS + 1))).code).toBe('TOO_LARGE');
  });
});
