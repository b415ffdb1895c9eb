import { parseAddressees } from '@draftroom/document-model';
import { isAnnexHeading, isDraftHeading } from './annexMarkers.ts';
import { splitDecisionNumber } from './decisionNumber.ts';
import { isHeading } from './isHeading.ts';
import { operativeOpening, preambularOpening, splitOperativeNumber } from './resolutionOpening.ts';
import type { SourceLine } from './SourceLine.ts';
import { readSubParagraphMarker, type SubParagraphMarker } from './subParagraphMarker.ts';

/** What one cleaned line is, before knowing where it stands; `source` is the line as written. */
export type Line =
  | { kind: 'marker'; source: string }
  | { kind: 'heading'; source: string }
  | { kind: 'directedTo'; addressees: string[]; source: string }
  /** `addressees` is set for the older inline form "14.10 Directed to the Secretariat". */
  | { kind: 'decision'; number: string; text: string; addressees?: string[]; source: string }
  | { kind: 'subParagraph'; marker: SubParagraphMarker; source: string }
  | { kind: 'numbered'; number: number; suffix: string | null; text: string; opening: string | null; source: string }
  /** A paragraph Word numbers by itself: its label is gone, its depth is all that is left. */
  | { kind: 'listItem'; depth: number; opening: string | null; source: string }
  | { kind: 'preambular'; opening: string; source: string }
  | { kind: 'text'; source: string };

const DIRECTED_TO = /^directed to\b\s*:?\s*\S/i;

function classifyDecision(source: string): Line | null {
  const split = splitDecisionNumber(source);
  if (!split) return null;
  const { number, rest } = split;
  if (DIRECTED_TO.test(rest)) return { kind: 'decision', number, text: '', addressees: parseAddressees(rest), source };
  return { kind: 'decision', number, text: rest, source };
}

function classifyNumbered(source: string): Line | null {
  const split = splitOperativeNumber(source);
  if (!split) return null;
  const { number, suffix, rest } = split;
  return { kind: 'numbered', number, suffix, text: rest, opening: operativeOpening(rest), source };
}

export function classifyLine({ text: source, list }: SourceLine): Line {
  if (isAnnexHeading(source) || isDraftHeading(source)) return { kind: 'marker', source };
  if (DIRECTED_TO.test(source)) return { kind: 'directedTo', addressees: parseAddressees(source), source };
  const decision = classifyDecision(source);
  if (decision) return decision;
  if (isHeading(source)) return { kind: 'heading', source };
  const marker = readSubParagraphMarker(source);
  if (marker) return { kind: 'subParagraph', marker, source };
  const numbered = classifyNumbered(source);
  if (numbered) return numbered;
  if (list?.ordered) return { kind: 'listItem', depth: list.depth, opening: operativeOpening(source), source };
  const opening = preambularOpening(source);
  if (opening) return { kind: 'preambular', opening, source };
  return { kind: 'text', source };
}
