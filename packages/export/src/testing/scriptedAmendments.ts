import type { AmendmentMarkAttrs } from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import type { AmendmentRecord } from '../amendments/AmendmentRecords.ts';
import { fixtureDocument } from './fixtureDocument.ts';

type Party = 'Brazil' | 'Japan' | 'Kenya' | 'Norway' | 'European Union' | 'Switzerland';

function attrs(amendmentId: string, party: Party, minute: number): AmendmentMarkAttrs {
  const createdAt = `2026-02-09T14:${String(minute).padStart(2, '0')}:00.000Z`;
  return { amendmentId, party, author: `Delegate of ${party}`, createdAt };
}

/** The document range of the `occurrence`-th appearance of `needle` inside one textblock. */
function findText(doc: PMNode, needle: string, occurrence = 0): { from: number; to: number } {
  let seen = 0;
  let found: { from: number; to: number } | null = null;
  doc.descendants((node, pos) => {
    if (found || !node.isTextblock) return !found;
    let index = node.textContent.indexOf(needle);
    while (index !== -1 && !found) {
      if (seen++ === occurrence) found = { from: pos + 1 + index, to: pos + 1 + index + needle.length };
      index = node.textContent.indexOf(needle, index + 1);
    }
    return false;
  });
  if (!found) throw new Error(`"${needle}" is not in the document`);
  return found;
}

/** The position of the n-th node of a type, in document order. */
function nodePosition(doc: PMNode, type: string, occurrence: number): { pos: number; node: PMNode } {
  const found: Array<{ pos: number; node: PMNode }> = [];
  doc.descendants((node, pos) => {
    if (node.type.name === type) found.push({ pos, node });
    return true;
  });
  const hit = found[occurrence];
  if (!hit) throw new Error(`no ${type} #${occurrence}`);
  return hit;
}

function propose(tr: Transform, kind: 'insertion' | 'deletion', from: number, to: number, mark: AmendmentMarkAttrs) {
  const type = tr.doc.type.schema.marks[kind];
  if (!type) throw new Error(`the schema has no ${kind} mark`);
  tr.addMark(from, to, type.create(mark));
}

function insertText(tr: Transform, pos: number, text: string) {
  tr.insert(pos, tr.doc.type.schema.text(text));
}

function proposeInsertion(tr: Transform, pos: number, text: string, mark: AmendmentMarkAttrs) {
  insertText(tr, pos, text);
  propose(tr, 'insertion', pos, pos + text.length, mark);
}

function proposeReplacement(tr: Transform, old: string, replacement: string, mark: AmendmentMarkAttrs, occurrence = 0) {
  const { from, to } = findText(tr.doc, old, occurrence);
  propose(tr, 'deletion', from, to, mark);
  proposeInsertion(tr, to, replacement, mark);
}

/** A new decision proposed at the end of the second topic's group: a block insertion. */
function proposeDecision(tr: Transform, number: string, text: string, mark: AmendmentMarkAttrs) {
  const schema = tr.doc.type.schema;
  const { pos, node: group } = nodePosition(tr.doc, 'addresseeGroup', 1);
  const decision = schema.nodes.decision?.create({ number, amend: [{ kind: 'insert', ...mark }] }, [
    schema.nodes.paragraph?.create(null, schema.text(text)) as PMNode,
  ]);
  if (!decision) throw new Error('the schema has no decision');
  tr.insert(pos + group.nodeSize - 1, decision);
}

export interface AmendedFixture {
  doc: PMNode;
  /** The records of the `amendments` map, including the decided amendments whose text is already resolved. */
  records: Map<string, AmendmentRecord & { id: string }>;
}

/**
 * For tests: the fixture after a scripted negotiation, built with ProseMirror transactions as the suggesting
 * editor would leave it. Decided amendments are already resolved in the text (as the amendments engine does),
 * and only their records remember them:
 * - accepted: the second decision numbered 14.BB (Norway); ", building on Decision 14.AA" added to it (Norway);
 * - rejected: "concise" → "comprehensive" in the first decision (European Union) — the text is unchanged;
 * - pending: "develop" → "prepare" (Brazil, a replacement); deleting "subject to the availability of
 *   resources, " (Japan); inserting ", Indigenous peoples and local communities" (Kenya), of which Japan
 *   proposes to delete "local "; a new decision 14.CC (Switzerland, a block insertion).
 */
export function amendedFixture(): AmendedFixture {
  const tr = new Transform(fixtureDocument());
  // Accepted and resolved: plain text and attributes, no marks.
  tr.setNodeAttribute(nodePosition(tr.doc, 'decision', 1).pos, 'number', '14.BB');
  insertText(tr, findText(tr.doc, 'simplified UNEP policy').to, ', building on Decision 14.AA');
  // Pending, as marks.
  proposeReplacement(tr, 'develop', 'prepare', attrs('a-brazil', 'Brazil', 5));
  const conditional = findText(tr.doc, 'subject to the availability of resources, ');
  propose(tr, 'deletion', conditional.from, conditional.to, attrs('a-japan-1', 'Japan', 7));
  proposeInsertion(
    tr,
    findText(tr.doc, 'interested Parties').to,
    ', Indigenous peoples and local communities',
    attrs('a-kenya', 'Kenya', 9),
  );
  const local = findText(tr.doc, 'local ');
  propose(tr, 'deletion', local.from, local.to, attrs('a-japan-2', 'Japan', 12));
  proposeDecision(
    tr,
    '14.CC',
    'The Secretariat shall report to the Standing Committee on the implementation of Decisions 14.AA and 14.BB.',
    attrs('a-switzerland', 'Switzerland', 15),
  );
  tr.doc.check();
  const record = (id: string, party: Party, status: AmendmentRecord['status']) => [id, { id, party, status }] as const;
  return {
    doc: tr.doc,
    records: new Map([
      record('a-norway-number', 'Norway', 'accepted'),
      record('a-norway', 'Norway', 'accepted'),
      record('a-eu', 'European Union', 'rejected'),
      record('a-brazil', 'Brazil', 'proposed'),
      record('a-japan-1', 'Japan', 'proposed'),
      record('a-kenya', 'Kenya', 'proposed'),
      record('a-japan-2', 'Japan', 'proposed'),
      record('a-switzerland', 'Switzerland', 'proposed'),
    ]),
  };
}
