import type { AmendmentPart } from './Amendment.ts';
import type { AmendmentKind } from './AmendmentRecord.ts';

/**
 * What an amendment does, from its parts. A whole-block proposal names the amendment even when its text is
 * marked too; paragraph breaks that come with typed text are part of an insertion or deletion.
 */
export function kindOfParts(parts: readonly Pick<AmendmentPart, 'kind'>[]): AmendmentKind {
  const kinds = new Set(parts.map((part) => part.kind));
  if (kinds.has('insert')) return 'block-insert';
  if (kinds.has('delete')) return 'block-delete';
  const inserts = kinds.has('insertion');
  const deletes = kinds.has('deletion');
  if (inserts && deletes) return 'replace';
  if (inserts) return 'insert';
  if (deletes) return 'delete';
  if (kinds.has('attr')) return 'attr';
  return kinds.has('split') ? 'split' : 'join';
}
