import { draftSchema, isAmendmentMarkAttrs } from '@draftroom/document-model';
import { overlappingMarkKey, parseMarkKey } from './markKey.ts';

const AMENDMENT_MARKS = new Set(['insertion', 'deletion']);

/**
 * Null when a Y.Text format key and value are a mark the editors can map: a known mark, amendment marks with
 * exactly their four attributes under y-prosemirror's key for them, other marks without attributes. `null` as a
 * value removes a format and is always fine.
 */
export function markProblem(key: string, value: unknown): string | null {
  const { name } = parseMarkKey(key);
  if (!draftSchema.marks[name]) return `unknown mark "${name}"`;
  if (value === null) return null;
  if (AMENDMENT_MARKS.has(name)) {
    if (!isAmendmentMarkAttrs(value)) return `malformed ${name} mark`;
    if (key !== overlappingMarkKey(name, value)) return `${name} mark stored under a key that does not match it`;
    return null;
  }
  const plain = value === true || (typeof value === 'object' && Object.keys(value as object).length === 0);
  return key === name && plain ? null : `malformed ${name} mark`;
}

/** As `markProblem`, and the mark must be one the block's schema allows on its text (no italics in a heading). */
export function markProblemIn(blockType: string, key: string, value: unknown): string | null {
  const problem = markProblem(key, value);
  if (problem || value === null) return problem;
  const { name } = parseMarkKey(key);
  return draftSchema.nodes[blockType]?.allowsMarkType(draftSchema.marks[name] as never)
    ? null
    : `mark "${name}" not allowed in ${blockType}`;
}
