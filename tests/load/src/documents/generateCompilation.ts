import {
  addresseeGroup,
  decision,
  encodeNewDocument,
  type JSONContent,
  newId,
  subParagraph,
  topic,
} from '@draftroom/document-model';
import { Y_AMENDMENTS } from '@draftroom/protocol';
import * as Y from 'yjs';

export const PARTIES = ['Brazil', 'European Union', 'Norway', 'Japan', 'Kenya', 'Australia', 'India', 'Peru'];

const SENTENCE =
  'The Secretariat shall, subject to the availability of external resources, in collaboration with interested Parties and relevant organizations, ';

export interface Compilation {
  /** The whole document as one Yjs update. */
  update: Uint8Array;
  /** Every pending amendment: id, party, author, and the decision it sits in. */
  amendments: Array<{ id: string; party: string; author: string; decisionIndex: number }>;
  decisions: number;
}

function amendedParagraph(index: number, proposals: Compilation['amendments']): JSONContent {
  const content: JSONContent[] = [
    { type: 'text', text: `${SENTENCE}undertake task number ${index} and report on it. ` },
  ];
  for (const proposal of proposals) {
    const attrs = {
      amendmentId: proposal.id,
      party: proposal.party,
      author: proposal.author,
      createdAt: '2026-11-28T09:00:00.000Z',
    };
    content.push({ type: 'text', text: `proposed by ${proposal.party} `, marks: [{ type: 'insertion', attrs }] });
    content.push({ type: 'text', text: 'and agreed words ' });
  }
  return { type: 'paragraph', attrs: { id: newId() }, content };
}

/**
 * A compilation text as a late COP session has it: `decisions` decisions in topics of ten, each with a lead
 * paragraph and three lettered sub-paragraphs, and `amendmentCount` pending insertions spread over them, each
 * with its record in the `amendments` map.
 */
export function generateCompilation(decisionCount: number, amendmentCount: number): Compilation {
  const amendments: Compilation['amendments'] = Array.from({ length: amendmentCount }, (_, i) => {
    const party = PARTIES[i % PARTIES.length] as string;
    return {
      id: newId(),
      party,
      author: `Delegate of ${party}`,
      decisionIndex: Math.floor((i * decisionCount) / amendmentCount),
    };
  });
  const topics: JSONContent[] = [];
  for (let t = 0; t * 10 < decisionCount; t++) {
    const decisions: JSONContent[] = [];
    for (let d = t * 10; d < Math.min(decisionCount, t * 10 + 10); d++) {
      const proposals = amendments.filter((a) => a.decisionIndex === d);
      decisions.push(
        decision(`15.${d + 1}`, [
          amendedParagraph(d, proposals),
          subParagraph('develop guidance on the conservation of migratory species and their habitats;'),
          subParagraph('report to the Standing Committee at its next meeting;'),
          subParagraph('cooperate with other multilateral environmental agreements.'),
        ]),
      );
    }
    topics.push(topic(`TOPIC ${t + 1}`, [addresseeGroup(['Secretariat'], decisions)]));
  }
  const doc = new Y.Doc();
  Y.applyUpdate(
    doc,
    encodeNewDocument({ type: 'doc', content: topics }, { title: `Compilation of ${decisionCount} decisions` }),
  );
  const records = doc.getMap(Y_AMENDMENTS);
  doc.transact(() => {
    for (const amendment of amendments) {
      const record = new Y.Map<unknown>();
      records.set(amendment.id, record);
      record.set('id', amendment.id);
      record.set('party', amendment.party);
      record.set('author', amendment.author);
      record.set('createdAt', '2026-11-28T09:00:00.000Z');
      record.set('kind', 'insert');
      record.set('description', `${amendment.party}: insert 'proposed by ${amendment.party}'`);
      record.set('decisionId', null);
      record.set('rationale', '');
      record.set('stances', new Y.Map());
      const history = new Y.Array();
      history.push([
        { status: 'proposed', by: amendment.author, party: amendment.party, at: '2026-11-28T09:00:00.000Z' },
      ]);
      record.set('history', history);
    }
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { update, amendments, decisions: decisionCount };
}
