import { type Attribute, Mark } from '@tiptap/core';

/**
 * Who proposed a piece of tracked text, and when. The only attrs an amendment mark carries: y-prosemirror keys
 * an overlapping mark by a hash of its whole JSON, so changing any attr re-keys it in Yjs. Everything that
 * changes after the proposal (status, rationale, supporters) lives in the `amendments` map instead.
 */
export interface AmendmentMarkAttrs {
  /** UUID shared by every part of one amendment (a replacement's deletion and insertion). */
  amendmentId: string;
  /** The delegation the amendment is attributed to ("Brazil", "European Union"). */
  party: string;
  /** The person who typed it, for the record; the Party is what counts. */
  author: string;
  /** ISO 8601 time of the proposal. */
  createdAt: string;
}

export const AMENDMENT_MARK_NAMES = ['insertion', 'deletion'] as const;
export type AmendmentMarkName = (typeof AMENDMENT_MARK_NAMES)[number];

const AMENDMENT_ATTR_NAMES = ['amendmentId', 'party', 'author', 'createdAt'] as const;

/** True when `value` holds exactly the four string attrs of an amendment mark (what the server must check). */
export function isAmendmentMarkAttrs(value: unknown): value is AmendmentMarkAttrs {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return (
    Object.keys(record).length === AMENDMENT_ATTR_NAMES.length &&
    AMENDMENT_ATTR_NAMES.every((name) => typeof record[name] === 'string' && record[name] !== '')
  );
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The four attrs, rendered as `data-amendment-id`, `data-party`… so that copy and paste keeps them. */
function amendmentAttributes(): Record<string, Attribute> {
  const attributes: Record<string, Attribute> = {};
  for (const name of AMENDMENT_ATTR_NAMES) {
    const dataName = `data-${kebab(name)}`;
    attributes[name] = {
      default: null,
      parseHTML: (element) => element.getAttribute(dataName),
      renderHTML: (values) => ({ [dataName]: values[name] }),
    };
  }
  return attributes;
}

/**
 * Text a Party proposes to insert. `excludes: ''` lets two proposals overlap (each is its own Yjs format key,
 * so one Party's mark never replaces another's); `inclusive: false` keeps untracked typing at its edge out of
 * it, since the suggesting engine decides itself which amendment new text belongs to.
 */
export const Insertion = Mark.create({
  name: 'insertion',
  group: 'amendment',
  excludes: '',
  inclusive: false,
  addAttributes: amendmentAttributes,
  parseHTML: () => [{ tag: 'ins[data-amendment-id]' }],
  renderHTML: ({ HTMLAttributes }) => ['ins', { ...HTMLAttributes, class: 'amendment-insertion' }, 0],
});

/** Text a Party proposes to delete: it stays in the document, struck through, until the chair decides. */
export const Deletion = Mark.create({
  name: 'deletion',
  group: 'amendment',
  excludes: '',
  inclusive: false,
  addAttributes: amendmentAttributes,
  parseHTML: () => [{ tag: 'del[data-amendment-id]' }],
  renderHTML: ({ HTMLAttributes }) => ['del', { ...HTMLAttributes, class: 'amendment-deletion' }, 0],
});
