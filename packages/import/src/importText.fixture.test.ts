import { readFileSync } from 'node:fs';
import { draftSchema, toPlainText } from '@draftroom/document-model';
import { describe, expect, it } from 'vitest';
import { importText } from './importText.ts';
import { blockIds, stripIds } from './testing/stripIds.ts';

const FIXTURE = new URL('../../../tests/fixtures/cms-cop15-synergies-and-partnerships.txt', import.meta.url);

const CULTURAL_VALUES =
  'The Secretariat shall, subject to the availability of external resources, in collaboration with interested ' +
  'Parties, UNESCO and other relevant intergovernmental and non-governmental organizations, undertake a concise ' +
  'review of the values, policy principles and concrete opportunities that exist in relation to the tangible and ' +
  'intangible cultural values associated with migratory species and their conservation.';

const PARTNERSHIP_POLICY =
  'The Secretariat shall, subject to the availability of resources, develop a partnership policy tailored to the ' +
  'Convention and its instruments, depending on the outcome of the testing of the simplified UNEP policy.';

const text = (value: string) => [{ type: 'text', text: value }];

const draftTopic = (heading: string, decisionText: string) => ({
  type: 'topic',
  content: [
    { type: 'topicHeading', content: text(heading) },
    {
      type: 'addresseeGroup',
      attrs: { addressees: ['Secretariat'] },
      content: [
        { type: 'decision', attrs: { number: '14.AA' }, content: [{ type: 'paragraph', content: text(decisionText) }] },
      ],
    },
  ],
});

describe('importText on the CMS COP15 "Synergies and partnerships" document', () => {
  const result = importText(readFileSync(FIXTURE, 'utf8'));

  it('drafts only the two decisions of the annex, under their headings', () => {
    expect(stripIds(result.content)).toEqual({
      type: 'doc',
      content: [
        draftTopic('TANGIBLE AND INTANGIBLE CULTURAL VALUES', CULTURAL_VALUES),
        draftTopic('PARTNERSHIP POLICY', PARTNERSHIP_POLICY),
      ],
    });
  });

  it('prints as the annex reads', () => {
    const node = draftSchema.nodeFromJSON(result.content);
    node.check();
    expect(toPlainText(node)).toBe(
      [
        'TANGIBLE AND INTANGIBLE CULTURAL VALUES',
        'Directed to the Secretariat',
        `14.AA ${CULTURAL_VALUES}`,
        'PARTNERSHIP POLICY',
        'Directed to the Secretariat',
        `14.AA ${PARTNERSHIP_POLICY}`,
      ].join('\n'),
    );
  });

  it('gives every block its own id', () => {
    const ids = blockIds(result.content);
    expect(ids).toHaveLength(10); // topic, heading, group, decision, paragraph — twice
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reports the decisions quoted in the body as existing, not as draft text', () => {
    expect(result.existingDecisions.map(({ number, addressees }) => ({ number, addressees }))).toEqual([
      { number: '14.8', addressees: ['Parties, intergovernmental and non-governmental organizations, and others'] },
      { number: '14.9', addressees: ['Scientific Council'] },
      { number: '14.10', addressees: ['Secretariat'] },
    ]);
    const [d148, d149, d1410] = result.existingDecisions;
    expect(d148?.text).toBe(
      'Parties, NGOs and other relevant organizations are invited to support the Secretariat in exploring options ' +
        'for a special accreditation for NGO partners to CMS for the consideration of COP15.',
    );
    expect(d149?.text.split('\n')).toEqual([
      'The Scientific Council is requested, subject to the availability of external resources, to:',
      expect.stringMatching(/^a\) assess the significance of multiple systems of knowledge .* conservation; and$/),
      expect.stringMatching(/^b\) provide a report to COP15 .* implementation of the Convention\.$/),
    ]);
    expect(d1410?.text.split('\n').map((line) => line.slice(0, 2))).toEqual(['Th', 'a)', 'b)', 'c)', 'd)']);
    expect(d1410?.text).toMatch(/\nd\) in collaboration with .* migratory species and their conservation\.$/);
  });

  it('finds the title and summarises what it imported', () => {
    expect(result.title).toBe('SYNERGIES AND PARTNERSHIPS');
    expect(result.summary).toEqual({
      topics: [
        {
          heading: 'TANGIBLE AND INTANGIBLE CULTURAL VALUES',
          groups: [{ addressees: ['Secretariat'], decisions: ['14.AA'] }],
        },
        { heading: 'PARTNERSHIP POLICY', groups: [{ addressees: ['Secretariat'], decisions: ['14.AA'] }] },
      ],
      resolutionParagraphs: 0,
    });
  });

  it('drops the logo scraps after the annex and says so, but not page numbers or image names', () => {
    expect(result.warnings).toEqual([
      'Left out 8 line(s) that are not part of a decision or resolution: "7N", "A\\", "UV", "UN", "environment", "programme", "CcMS", "&".',
    ]);
  });
});
