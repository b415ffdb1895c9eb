import { isBlockAmendList } from '@draftroom/document-model';

const short = (max: number) => (value: unknown) => typeof value === 'string' && value.length <= max;

/** The attributes each block may carry, and what a valid value is. Anything else is refused. */
const COMMON: Record<string, (value: unknown) => boolean> = {
  id: short(64),
  amend: isBlockAmendList,
  agreed: (value) => typeof value === 'boolean',
};

const BY_TYPE: Record<string, Record<string, (value: unknown) => boolean>> = {
  decision: { number: short(40) },
  addresseeGroup: {
    addressees: (value) => Array.isArray(value) && value.length <= 30 && value.every(short(400)),
  },
  subParagraph: { level: (value) => value === 1 || value === 2 || value === 3 },
  operative: { suffix: (value) => value === null || short(16)(value) },
};

/** Null when `value` is a valid `name` attribute of a `blockType` block, else why not. */
export function validateAttribute(blockType: string, name: string, value: unknown): string | null {
  const check = BY_TYPE[blockType]?.[name] ?? COMMON[name];
  if (!check) return `unknown attribute "${name}" on ${blockType}`;
  return check(value) ? null : `malformed attribute "${name}" on ${blockType}`;
}
