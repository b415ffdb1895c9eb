/**
 * Version of the document schema. Clients of another MAJOR version are refused at connect time: a client
 * whose schema lacks an attribute strips it when it re-syncs a block, silently rewriting other people's work.
 * Bump the major for any change of node or mark names or attributes; the minor for compatible additions.
 */
export const SCHEMA_VERSION = '2.0';

/** The query parameter a client uses to declare its schema version when connecting. */
export const SCHEMA_VERSION_PARAM = 'schema';

export function majorOf(version: string): number {
  const major = Number.parseInt(version.split('.')[0] ?? '', 10);
  return Number.isNaN(major) ? -1 : major;
}

export function isCompatibleSchema(clientVersion: string): boolean {
  return majorOf(clientVersion) === majorOf(SCHEMA_VERSION);
}
