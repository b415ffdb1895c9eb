import type { Node as PMNode } from '@tiptap/pm/model';
import type { Amendment, AmendmentPart } from './Amendment.ts';
import { type AmendmentFilter, matchesFilter } from './AmendmentFilter.ts';
import type { AmendmentRecord } from './AmendmentRecord.ts';
import { collectAmendmentParts } from './collectAmendmentParts.ts';
import { describeAmendment } from './describeAmendment.ts';
import { kindOfParts } from './kindOfParts.ts';

function textOf(parts: readonly AmendmentPart[], kind: 'insertion' | 'deletion'): string {
  return parts
    .filter((part) => part.kind === kind)
    .map((part) => part.text)
    .join(' ');
}

function toAmendment(parts: AmendmentPart[], record: AmendmentRecord | null): Amendment {
  const first = parts[0] as AmendmentPart;
  const kind = kindOfParts(parts);
  return {
    id: first.amendmentId,
    party: first.party,
    author: first.author,
    createdAt: first.createdAt,
    kind,
    status: record?.status ?? 'proposed',
    decisionId: parts.find((part) => part.decisionId)?.decisionId ?? null,
    blockIds: [...new Set(parts.map((part) => part.blockId).filter((id): id is string => id !== null))],
    range: { from: Math.min(...parts.map((p) => p.from)), to: Math.max(...parts.map((p) => p.to)) },
    deletedText: textOf(parts, 'deletion'),
    insertedText: textOf(parts, 'insertion'),
    description: describeAmendment(first.party, kind, parts),
    parts,
    record,
  };
}

/**
 * The amendments present in a document, in document order, each with its description and (when `records`
 * is given, e.g. from readAmendmentRecords) its status, rationale and supporters. An amendment in the text
 * without a record yet is `proposed`.
 */
export function listAmendments(
  doc: PMNode,
  filter: AmendmentFilter = {},
  records: ReadonlyMap<string, AmendmentRecord> = new Map(),
): Amendment[] {
  const byId = new Map<string, AmendmentPart[]>();
  // With ids given, only those amendments are read and described (after a keystroke: the few around it).
  for (const part of collectAmendmentParts(doc, filter.ids ? new Set(filter.ids) : undefined)) {
    const parts = byId.get(part.amendmentId);
    if (parts) parts.push(part);
    else byId.set(part.amendmentId, [part]);
  }
  return [...byId.values()]
    .map((parts) => toAmendment(parts, records.get(parts[0]?.amendmentId ?? '') ?? null))
    .filter((amendment) => matchesFilter(amendment, filter));
}
