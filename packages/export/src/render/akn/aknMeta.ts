import type { ExportMeta } from '../../ExportOptions.ts';
import { escapeXml } from '../escapeXml.ts';
import { partyId, slug } from './aknIds.ts';
import { block, leaf } from './xmlLines.ts';

export interface AknMetaInput {
  meta: ExportMeta;
  name: string;
  now: Date;
  parties: readonly string[];
  note: string | null;
}

const SOURCE = '#draftroom';

/**
 * The FRBR identification the XSD requires, with URIs after the Akoma Ntoso naming convention:
 * /akn/un/statement/{name}/{date}/{symbol} for the work, then @language and date for the expression, and the
 * file format for the manifestation.
 */
function identification({ meta, name, now }: AknMetaInput): string[] {
  const date = now.toISOString().slice(0, 10);
  const work = `/akn/un/statement/${name}/${date}/${slug(meta.symbol || meta.title || 'draft')}`;
  const expression = `${work}/eng@${date}`;
  const core = (uri: string, self: string, author: string) => [
    `<FRBRthis value="${escapeXml(self)}"/>`,
    `<FRBRuri value="${escapeXml(uri)}"/>`,
    `<FRBRdate date="${date}" name="export"/>`,
    `<FRBRauthor href="${author}"/>`,
  ];
  return block('identification', { source: SOURCE }, [
    ...block('FRBRWork', {}, [
      ...core(work, `${work}/!main`, '#secretariat'),
      '<FRBRcountry value="un"/>',
      ...(meta.symbol ? [`<FRBRnumber value="${escapeXml(meta.symbol)}"/>`] : []),
      ...(meta.title ? [`<FRBRname value="${escapeXml(meta.title)}"/>`] : []),
    ]),
    ...block('FRBRExpression', {}, [
      ...core(expression, `${expression}/!main`, SOURCE),
      '<FRBRlanguage language="eng"/>',
    ]),
    ...block('FRBRManifestation', {}, [
      ...core(`${expression}.akn`, `${expression}/!main.xml`, SOURCE),
      '<FRBRformat value="application/akn+xml"/>',
    ]),
  ]);
}

/** Who is referred to: the exporting tool, the secretariat as author, and each delegation that proposed a change. */
function references(parties: readonly string[]): string[] {
  return block('references', { source: SOURCE }, [
    '<TLCOrganization eId="draftroom" href="/ontology/organization/draftroom" showAs="Draftroom"/>',
    '<TLCOrganization eId="secretariat" href="/ontology/organization/un/secretariat" showAs="Secretariat"/>',
    ...parties.map(
      (party) =>
        `<TLCOrganization eId="${partyId(party)}" href="/ontology/organization/un/${slug(party)}" showAs="${escapeXml(party)}"/>`,
    ),
  ]);
}

/** The <meta> block: identification, references, and the note of what the clean text leaves out. */
export function aknMeta(input: AknMetaInput): string[] {
  const notes = input.note
    ? block('notes', { source: SOURCE }, block('note', { eId: 'note_pending' }, leaf('p', {}, escapeXml(input.note))))
    : [];
  return block('meta', {}, [...identification(input), ...references(input.parties), ...notes]);
}
