import type { Attribute } from '@tiptap/core';
import { type AmendmentMarkAttrs, isAmendmentMarkAttrs } from './amendmentMarks.ts';

/**
 * Amendments to whole blocks. They are a node attribute, never a node mark: y-prosemirror and y-tiptap do not
 * sync node marks (a proposed paragraph would arrive as plain text, a proposed deletion would vanish).
 *
 * A block carries a LIST in one attribute, `amend`, because several Parties may propose something about the
 * same block (Japan deletes decision 15.AA while Norway renumbers it). The list is written atomically: the
 * amendments engine replaces it whole, so a block never holds half an edit.
 *
 * - `insert`: the whole block is proposed (rejecting removes it with its content).
 * - `delete`: the whole block is proposed for deletion (accepting removes it).
 * - `split`: the boundary before this block is proposed, as when a delegate presses Enter in the middle of a
 *   paragraph (rejecting joins the block to the one before it again).
 * - `join`: the boundary before this textblock is proposed for removal, as when a deletion runs across
 *   paragraphs (accepting joins it to the textblock before it).
 *   Both name the boundary, not the neighbour: if another Party splits the text again in between, each
 *   decision still removes or keeps exactly one paragraph break, whatever order the chair decides them in.
 * - `attr`: a new value for one attribute (`name`: a decision's `number`, a group's `addressees`, a
 *   sub-paragraph's `level`, an operative paragraph's `suffix`). The block keeps the base value until the
 *   chair accepts; `from` is the value the Party saw, `to` the one it proposes.
 */
export type BlockAmend =
  | (AmendmentMarkAttrs & { kind: 'insert' | 'delete' | 'split' | 'join' })
  | (AmendmentMarkAttrs & { kind: 'attr'; name: ProposableAttr; from: ProposableValue; to: ProposableValue });

export type BlockAmendKind = BlockAmend['kind'];
export type ProposableValue = string | number | string[] | null;

/** The block attributes a Party may propose to change, per block type. */
export const PROPOSABLE_ATTRS = {
  decision: ['number'],
  addresseeGroup: ['addressees'],
  subParagraph: ['level'],
  operative: ['suffix'],
} as const satisfies Record<string, readonly string[]>;

export type ProposableAttr = (typeof PROPOSABLE_ATTRS)[keyof typeof PROPOSABLE_ATTRS][number];

export function isProposableAttr(blockType: string, name: string): name is ProposableAttr {
  const names: readonly string[] = (PROPOSABLE_ATTRS as Record<string, readonly string[]>)[blockType] ?? [];
  return names.includes(name);
}

const MARK_KEYS = ['amendmentId', 'party', 'author', 'createdAt'];
const EXTRA_KEYS: Record<BlockAmendKind, readonly string[]> = {
  insert: [],
  delete: [],
  split: [],
  join: [],
  attr: ['name', 'from', 'to'],
};

function isProposableValue(value: unknown): value is ProposableValue {
  if (value === null || typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** True when `value` is one well-formed block amendment with no unknown keys (what the server must check). */
export function isBlockAmend(value: unknown): value is BlockAmend {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { kind, ...rest } = value as Record<string, unknown>;
  if (typeof kind !== 'string' || !(kind in EXTRA_KEYS)) return false;
  const extra = EXTRA_KEYS[kind as BlockAmendKind];
  const keys = Object.keys(rest);
  if (
    keys.length !== MARK_KEYS.length + extra.length ||
    !keys.every((k) => MARK_KEYS.includes(k) || extra.includes(k))
  ) {
    return false;
  }
  const markAttrs = Object.fromEntries(MARK_KEYS.map((k) => [k, rest[k]]));
  if (!isAmendmentMarkAttrs(markAttrs)) return false;
  if (kind === 'attr') {
    return typeof rest.name === 'string' && isProposableValue(rest.from) && isProposableValue(rest.to);
  }
  return true;
}

/** The `amend` attribute's value: null, or a non-empty list of block amendments. */
export function isBlockAmendList(value: unknown): value is BlockAmend[] | null {
  return value === null || (Array.isArray(value) && value.length > 0 && value.every(isBlockAmend));
}

/** The block amendments of a node's attrs, always as a list (empty when there are none). */
export function blockAmendsOf(attrs: Record<string, unknown>): readonly BlockAmend[] {
  const value = attrs.amend;
  return Array.isArray(value) ? (value as BlockAmend[]) : [];
}

function parseAmendList(value: string | null): BlockAmend[] | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return isBlockAmendList(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The `amend` attribute of every block type. Not kept on split: the new half of a split block must not
 * inherit a proposal to delete or renumber the old one (the suggesting engine marks the split itself).
 */
export const blockAmendAttribute: Attribute = {
  default: null,
  keepOnSplit: false,
  parseHTML: (element) => parseAmendList(element.getAttribute('data-amend')),
  renderHTML: (attributes) => (attributes.amend ? { 'data-amend': JSON.stringify(attributes.amend) } : {}),
};
