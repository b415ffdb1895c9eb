import { isAnnexHeading, isDraftHeading } from './annexMarkers.ts';
import type { SourceLine } from './SourceLine.ts';

export interface AnnexSplit {
  /** The document before its first annex of draft text: background, quoted decisions. */
  body: SourceLine[];
  /** The draft text: every annex headed "DRAFT DECISIONS" (or RESOLUTION); all lines when there is none. */
  draft: SourceLine[];
  hasAnnex: boolean;
}

/** An annex holds draft text when its next line says so; others (a budget table, a list of species) do not. */
function isDraftAnnex(lines: readonly SourceLine[], index: number): boolean {
  const line = lines[index];
  const next = lines[index + 1];
  return line !== undefined && next !== undefined && isAnnexHeading(line.text) && isDraftHeading(next.text);
}

/**
 * Only the annex is draft text when a document has one: the body before it discusses and quotes decisions
 * already adopted. Without an annex heading the whole text is taken as the draft, so that bare draft decisions
 * pasted from anywhere import. Expects cleaned lines with the noise already dropped.
 */
export function splitAtAnnex(lines: readonly SourceLine[]): AnnexSplit {
  const first = lines.findIndex((_, index) => isDraftAnnex(lines, index));
  if (first < 0) return { body: [], draft: [...lines], hasAnnex: false };
  const draft: SourceLine[] = [];
  let inDraft = false;
  lines.forEach((line, index) => {
    if (isAnnexHeading(line.text)) inDraft = isDraftAnnex(lines, index);
    if (inDraft && index >= first) draft.push(line);
  });
  return { body: lines.slice(0, first), draft, hasAnnex: true };
}
