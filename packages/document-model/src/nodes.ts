import { Mark, Node } from '@tiptap/core';
import { directedToText } from './addressees.ts';
import { agreedAttribute } from './agreed.ts';
import { Deletion, Insertion } from './amendmentMarks.ts';
import { blockAmendAttribute } from './blockAmend.ts';
import { blockIdAttribute } from './blockId.ts';

/**
 * The Draftroom schema, as TipTap extensions without views: the server, the importers and the exporters load
 * it headless; the client adds node views on top (client/src/editor/). Every attribute here is synced through
 * Yjs; block-level state must be a node attribute because y-tiptap does not sync node marks.
 *
 *   doc → (topic | addresseeGroup | resolution | paragraph)+
 *   topic → topicHeading (addresseeGroup | resolution)*
 *   addresseeGroup {addressees} → decision+
 *   decision {number} → paragraph (paragraph | subParagraph)*
 *   resolution → (preambular | operative | subParagraph)+
 *
 * Every block also carries `amend` (proposals about the whole block, see blockAmend.ts); inline text may carry
 * the `insertion` and `deletion` marks of tracked amendments (amendmentMarks.ts), topic headings included.
 */

const id = () => ({ id: blockIdAttribute, amend: blockAmendAttribute, agreed: agreedAttribute });

export const DraftDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: '(topic | addresseeGroup | resolution | paragraph)+',
});

export const Text = Node.create({ name: 'text', group: 'inline' });

export const Topic = Node.create({
  name: 'topic',
  content: 'topicHeading (addresseeGroup | resolution)*',
  defining: true,
  addAttributes: id,
  parseHTML: () => [{ tag: 'section[data-type="topic"]' }],
  renderHTML: ({ HTMLAttributes }) => ['section', { ...HTMLAttributes, 'data-type': 'topic' }, 0],
});

export const TopicHeading = Node.create({
  name: 'topicHeading',
  content: 'text*',
  marks: 'amendment',
  defining: true,
  addAttributes: id,
  parseHTML: () => [{ tag: 'h2' }],
  renderHTML: ({ HTMLAttributes }) => ['h2', { ...HTMLAttributes, class: 'topic-heading' }, 0],
});

export const AddresseeGroup = Node.create({
  name: 'addresseeGroup',
  content: 'decision+',
  defining: true,
  addAttributes: () => ({
    id: blockIdAttribute,
    amend: blockAmendAttribute,
    agreed: agreedAttribute,
    addressees: {
      default: [],
      parseHTML: (element) => parseJsonArray(element.getAttribute('data-addressees')),
      renderHTML: (attributes) => ({ 'data-addressees': JSON.stringify(attributes.addressees ?? []) }),
    },
  }),
  parseHTML: () => [{ tag: 'section[data-type="addressee-group"]', contentElement: 'div.decisions' }],
  renderHTML: ({ node, HTMLAttributes }) => [
    'section',
    { ...HTMLAttributes, 'data-type': 'addressee-group' },
    ['p', { class: 'directed-to', contenteditable: 'false' }, directedToText(node.attrs.addressees ?? [])],
    ['div', { class: 'decisions' }, 0],
  ],
});

export const Decision = Node.create({
  name: 'decision',
  content: 'paragraph (paragraph | subParagraph)*',
  defining: true,
  addAttributes: () => ({
    id: blockIdAttribute,
    amend: blockAmendAttribute,
    agreed: agreedAttribute,
    number: {
      default: '',
      parseHTML: (element) => element.getAttribute('data-number') ?? '',
      renderHTML: (attributes) => ({ 'data-number': attributes.number ?? '' }),
    },
  }),
  parseHTML: () => [{ tag: 'article[data-type="decision"]', contentElement: 'div.decision-body' }],
  renderHTML: ({ node, HTMLAttributes }) => [
    'article',
    { ...HTMLAttributes, 'data-type': 'decision' },
    ['span', { class: 'decision-number', contenteditable: 'false' }, String(node.attrs.number ?? '')],
    ['div', { class: 'decision-body' }, 0],
  ],
});

export const Paragraph = Node.create({
  name: 'paragraph',
  content: 'inline*',
  addAttributes: id,
  parseHTML: () => [{ tag: 'p' }],
  renderHTML: ({ HTMLAttributes }) => ['p', HTMLAttributes, 0],
});

export const SubParagraph = Node.create({
  name: 'subParagraph',
  content: 'inline*',
  addAttributes: () => ({
    id: blockIdAttribute,
    amend: blockAmendAttribute,
    agreed: agreedAttribute,
    level: {
      default: 1,
      parseHTML: (element) => Number(element.getAttribute('data-level') ?? 1) || 1,
      renderHTML: (attributes) => ({ 'data-level': String(attributes.level ?? 1) }),
    },
  }),
  parseHTML: () => [{ tag: 'p[data-type="sub-paragraph"]', priority: 60 }],
  renderHTML: ({ HTMLAttributes }) => ['p', { ...HTMLAttributes, 'data-type': 'sub-paragraph' }, 0],
});

export const Resolution = Node.create({
  name: 'resolution',
  content: '(preambular | operative | subParagraph)+',
  defining: true,
  addAttributes: id,
  parseHTML: () => [{ tag: 'section[data-type="resolution"]' }],
  renderHTML: ({ HTMLAttributes }) => ['section', { ...HTMLAttributes, 'data-type': 'resolution' }, 0],
});

export const Preambular = Node.create({
  name: 'preambular',
  content: 'inline*',
  addAttributes: id,
  parseHTML: () => [{ tag: 'p[data-type="preambular"]', priority: 60 }],
  renderHTML: ({ HTMLAttributes }) => ['p', { ...HTMLAttributes, 'data-type': 'preambular' }, 0],
});

export const Operative = Node.create({
  name: 'operative',
  content: 'inline*',
  addAttributes: () => ({
    id: blockIdAttribute,
    amend: blockAmendAttribute,
    agreed: agreedAttribute,
    suffix: {
      default: null,
      parseHTML: (element) => element.getAttribute('data-suffix'),
      renderHTML: (attributes) => (attributes.suffix ? { 'data-suffix': attributes.suffix } : {}),
    },
  }),
  parseHTML: () => [{ tag: 'p[data-type="operative"]', priority: 60 }],
  renderHTML: ({ HTMLAttributes }) => ['p', { ...HTMLAttributes, 'data-type': 'operative' }, 0],
});

/** Italic: the opening participle of a preambular paragraph and the opening verb of an operative one. */
export const Italic = Mark.create({
  name: 'italic',
  parseHTML: () => [{ tag: 'em' }, { tag: 'i' }],
  renderHTML: () => ['em', 0],
});

export const Bold = Mark.create({
  name: 'bold',
  parseHTML: () => [{ tag: 'strong' }, { tag: 'b' }],
  renderHTML: () => ['strong', 0],
});

function parseJsonArray(value: string | null): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Every node and mark of the schema, in the order TipTap should register them. */
export const documentNodes = [
  DraftDocument,
  Text,
  Topic,
  TopicHeading,
  AddresseeGroup,
  Decision,
  Paragraph,
  SubParagraph,
  Resolution,
  Preambular,
  Operative,
  Italic,
  Bold,
  Insertion,
  Deletion,
];

/** Names of the block types that carry a stable id. */
export const BLOCK_TYPES = [
  'topic',
  'topicHeading',
  'addresseeGroup',
  'decision',
  'paragraph',
  'subParagraph',
  'resolution',
  'preambular',
  'operative',
] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];
