import { addresseeGroup, decision, doc, draftSchema, paragraph, subParagraph, topic } from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** 15.AA, 15.AB … as drafts number decisions before adoption. */
function placeholder(index: number): string {
  return `15.${LETTERS[Math.floor(index / 26) % 26]}${LETTERS[index % 26]}`;
}

/**
 * For tests: a long negotiating text of `count` decisions, ten to a topic, each with an opening paragraph and
 * three lettered sub-paragraphs (one nested), to measure exports at the size of a whole meeting's decisions.
 */
export function generatedDocument(count: number): PMNode {
  const topics = Array.from({ length: Math.ceil(count / 10) }, (_, t) => {
    const decisions = Array.from({ length: Math.min(10, count - t * 10) }, (_, d) => {
      const index = t * 10 + d;
      return decision(placeholder(index), [
        paragraph(
          `The Secretariat shall, subject to the availability of resources, and with reference to Decision ${placeholder(Math.max(index - 1, 0))}:`,
        ),
        subParagraph('develop guidance on the conservation of migratory species and their habitats;'),
        subParagraph('report to the Standing Committee at its next meeting;'),
        subParagraph('including on the financial implications', 2),
        subParagraph('cooperate with other multilateral environmental agreements.'),
      ]);
    });
    return topic(`Topic ${t + 1}`, [addresseeGroup(['Secretariat'], decisions)]);
  });
  return draftSchema.nodeFromJSON(doc(topics));
}
