import * as Y from 'yjs';

/** What the exporter needs of a record of the `amendments` map. */
export interface AmendmentRecord {
  status?: string;
  party?: string;
}

export type AmendmentRecords = ReadonlyMap<string, AmendmentRecord>;

function asRecord(value: unknown): AmendmentRecord | null {
  const plain = value instanceof Y.Map ? value.toJSON() : value;
  if (!plain || typeof plain !== 'object') return null;
  const { status, party } = plain as Record<string, unknown>;
  return {
    ...(typeof status === 'string' ? { status } : {}),
    ...(typeof party === 'string' ? { party } : {}),
  };
}

/** The records of the `amendments` map, by id, whether stored as plain objects or as nested Y.Maps. */
export function readAmendmentRecords(amendments: Y.Map<unknown>): AmendmentRecords {
  const records = new Map<string, AmendmentRecord>();
  amendments.forEach((value, id) => {
    const record = asRecord(value);
    if (record) records.set(id, record);
  });
  return records;
}
