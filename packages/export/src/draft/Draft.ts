import type { Change } from '../amendments/Change.ts';

/**
 * The document as the exporters print it, format-neutral: the tree the delegates see (topics, "Directed to …"
 * groups, numbered decisions, resolutions), with labels computed and the text of each block as `I` — spans
 * with their pending changes when read, pieces to print once a view has been applied.
 */

/** A run of text with its formatting and the pending changes on it (several may overlap). */
export interface Span {
  text: string;
  bold: boolean;
  italic: boolean;
  insertions: Change[];
  deletions: Change[];
}

export type BlockKind = 'paragraph' | 'subParagraph' | 'preambular' | 'operative';

export interface TextBlock<I> {
  kind: BlockKind;
  /** Nesting of a sub-paragraph (1: a), 2: (i), 3: (A)); 0 for other blocks. */
  level: number;
  /** Computed from position ("a)", "(ii)", "3."), never typed. */
  label: string | null;
  inline: I;
}

export interface DecisionNode<I> {
  type: 'decision';
  number: string;
  blocks: TextBlock<I>[];
}

export interface GroupNode<I> {
  type: 'addresseeGroup';
  addressees: string[];
  /** "Directed to the Secretariat", rendered from the addressees. */
  directedTo: string;
  decisions: DecisionNode<I>[];
}

export interface ResolutionNode<I> {
  type: 'resolution';
  blocks: TextBlock<I>[];
}

export interface TopicNode<I> {
  type: 'topic';
  heading: I;
  children: Array<GroupNode<I> | ResolutionNode<I>>;
}

/** A paragraph directly in the document, outside any topic or decision (an introduction, a note). */
export interface LooseParagraph<I> {
  type: 'paragraph';
  block: TextBlock<I>;
}

export type DraftNode<I> = TopicNode<I> | GroupNode<I> | ResolutionNode<I> | LooseParagraph<I>;

export interface Draft<I> {
  nodes: DraftNode<I>[];
}
