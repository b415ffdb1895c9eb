import { draftSchema } from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import type { AmendmentRecords } from '../amendments/AmendmentRecords.ts';
import { EXPORT_VIEWS, type ExportView } from '../ExportView.ts';
import { exportDocument } from '../exportDocument.ts';
import { FIXTURE_META, fixtureDocument, GOLDEN_NOW } from '../testing/fixtureDocument.ts';
import { generatedDocument } from '../testing/generatedDocument.ts';
import { amendedFixture } from '../testing/scriptedAmendments.ts';
import { AKN_XSD, hasAknXsd, hasXmllint, xmllint } from '../testing/xmllint.ts';

async function akn(doc: PMNode, view: ExportView, records: AmendmentRecords = new Map(), renumberFrom?: string) {
  const options = { view, meta: FIXTURE_META, now: GOLDEN_NOW, ...(renumberFrom ? { renumberFrom } : {}) };
  const { body } = await exportDocument(doc, 'akn', options, records);
  return String(body);
}

/** A resolution with preambular and operative paragraphs, a nested sub-paragraph and an inserted 1bis. */
function resolutionDocument(): PMNode {
  const text = (value: string) => [{ type: 'text', text: value }];
  return draftSchema.nodeFromJSON({
    type: 'doc',
    content: [
      {
        type: 'resolution',
        content: [
          {
            type: 'preambular',
            content: [{ type: 'text', text: 'Recalling', marks: [{ type: 'italic' }] }, ...text(' Resolution 11.10,')],
          },
          {
            type: 'operative',
            content: [{ type: 'text', text: 'Requests', marks: [{ type: 'italic' }] }, ...text(' the Secretariat to:')],
          },
          { type: 'subParagraph', attrs: { level: 1 }, content: text('report;') },
          { type: 'operative', attrs: { suffix: 'bis' }, content: text('Decides to review this Resolution.') },
        ],
      },
    ],
  });
}

/** The XML without the indentation between elements, to compare structure. */
const compact = (xml: string) => xml.replace(/>\s+</g, '><');

const amended = amendedFixture();
const samples: Array<[string, () => Promise<string>]> = [
  ...EXPORT_VIEWS.map((view): [string, () => Promise<string>] => [
    `fixture, ${view}`,
    () => akn(fixtureDocument(), view),
  ]),
  ...EXPORT_VIEWS.map((view): [string, () => Promise<string>] => [
    `amended, ${view}`,
    () => akn(amended.doc, view, amended.records),
  ]),
  ['amended, clean, renumbered', () => akn(amended.doc, 'clean', amended.records, '15.1')],
  ['generated decisions with sub-paragraphs', () => akn(generatedDocument(12), 'tracked')],
  ['a resolution', () => akn(resolutionDocument(), 'clean')],
];

describe('the Akoma Ntoso export', () => {
  it('names the statement draftDecision, and decision once clean and numbered', async () => {
    expect(await akn(amended.doc, 'clean', amended.records)).toContain('<statement name="draftDecision">');
    expect(await akn(amended.doc, 'tracked', amended.records, '15.1')).toContain('<statement name="draftDecision">');
    expect(await akn(amended.doc, 'clean', amended.records, '15.1')).toContain('<statement name="decision">');
  });

  it('marks changes as <ins>/<del> referring to the delegation, declared in the references', async () => {
    const xml = await akn(amended.doc, 'tracked', amended.records);
    expect(xml).toContain('<del refersTo="#party-brazil" title="Brazil, 2026-02-09T14:05:00.000Z">develop</del>');
    expect(xml).toContain('<ins refersTo="#party-brazil" title="Brazil, 2026-02-09T14:05:00.000Z">prepare</ins>');
    expect(xml).toContain(
      '<TLCOrganization eId="party-brazil" href="/ontology/organization/un/brazil" showAs="Brazil"/>',
    );
    expect(await akn(amended.doc, 'clean', amended.records)).not.toMatch(/<(ins|del)\b/);
  });

  it('notes in the metadata how many amendments the clean text leaves out', async () => {
    expect(compact(await akn(amended.doc, 'clean', amended.records))).toContain(
      '<notes source="#draftroom"><note eId="note_pending"><p>Note: 5 pending amendments are not included in this text.</p></note></notes>',
    );
  });

  it("nests lettered sub-paragraphs as points under the decision's intro", async () => {
    const xml = compact(await akn(generatedDocument(1), 'clean'));
    expect(xml).toContain(
      '<paragraph eId="hcontainer_1__hcontainer_1__para_1"><num>15.AA</num><intro><p>The Secretariat',
    );
    expect(xml).toContain('<point eId="hcontainer_1__hcontainer_1__para_1__point_b"><num>b)</num><intro><p>report');
    expect(xml).toContain('<point eId="hcontainer_1__hcontainer_1__para_1__point_b__point_i">');
  });

  it('gives operative paragraphs their numbers and preambular ones their own container', async () => {
    const xml = await akn(resolutionDocument(), 'clean');
    expect(xml).toContain('<num>1.</num>');
    expect(xml).toContain('<num>1bis.</num>');
    expect(xml).toContain('<hcontainer name="preambularParagraph" eId="hcontainer_1__hcontainer_preamble1">');
    expect(xml).toContain('<p><i>Recalling</i> Resolution 11.10,</p>');
  });

  describe.skipIf(!hasXmllint)('checked by xmllint', () => {
    for (const [label, make] of samples) {
      it(`is well-formed: ${label}`, async () => {
        expect(xmllint(await make())).toBe('');
      });
    }
  });

  // The XSD is not in the repository (see testing/xmllint.ts): this runs where tests/fixtures holds it.
  describe.skipIf(!hasXmllint || !hasAknXsd)('valid against the Akoma Ntoso 3.0 XSD', () => {
    for (const [label, make] of samples) {
      it(label, async () => {
        expect(xmllint(await make(), AKN_XSD)).toBe('');
      });
    }
  });
});
