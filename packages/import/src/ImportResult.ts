import type { doc } from '@draftroom/document-model';

/** ProseMirror JSON, taken from the document-model builders: @tiptap/core is not a dependency of this package. */
export type JSONContent = ReturnType<typeof doc>;

/** A decision the source quotes as already adopted (e.g. the ones it proposes to delete): reported, not drafted. */
export interface ExistingDecision {
  number: string;
  addressees: string[];
  /** Its paragraphs as written, one a line, sub-paragraph labels included. */
  text: string;
}

export interface ImportSummary {
  /** Groups that stand before any heading are listed under a topic with an empty heading. */
  topics: Array<{ heading: string; groups: Array<{ addressees: string[]; decisions: string[] }> }>;
  /** Preambular and operative paragraphs, counted over every resolution. */
  resolutionParagraphs: number;
}

export interface ImportResult {
  /** A whole document, valid against draftSchema, every block with its own id. */
  content: JSONContent;
  /** The document's title (the first heading in capitals before the annex), when there is an annex. */
  title?: string;
  existingDecisions: ExistingDecision[];
  summary: ImportSummary;
  /** What was left out or will print differently, in words for the person importing. */
  warnings: string[];
}
