import type { Change } from '../amendments/Change.ts';
import type { Span } from '../draft/Draft.ts';
import { clusterSpans } from './clusterSpans.ts';
import type { Piece } from './Piece.ts';

const asText = ({ text, bold, italic }: Span): Piece => ({ kind: 'text', text, bold, italic });

/** The text before any of the cluster's amendments: everything but the proposed insertions. */
function original(spans: readonly Span[]): Span[] {
  return spans.filter((span) => span.insertions.length === 0);
}

/**
 * The text as one amendment alone would make it: its own insertions in, its own deletions out. An amendment that
 * deletes part of another delegation's proposed insertion builds on that insertion, so the rest of it stays in.
 */
function proposal(spans: readonly Span[], amendmentId: string): Span[] {
  const builtOn = new Set([amendmentId]);
  for (const span of spans) {
    if (span.deletions.some((change) => change.amendmentId === amendmentId)) {
      for (const insertion of span.insertions) builtOn.add(insertion.amendmentId);
    }
  }
  return spans.filter(
    (span) =>
      span.insertions.every((change) => builtOn.has(change.amendmentId)) &&
      !span.deletions.some((change) => change.amendmentId === amendmentId),
  );
}

/** The amendments of a cluster, each once, in the order they first appear. */
function amendmentsOf(spans: readonly Span[]): Change[] {
  const byId = new Map<string, Change>();
  for (const span of spans) {
    for (const change of [...span.deletions, ...span.insertions]) {
      if (!byId.has(change.amendmentId)) byId.set(change.amendmentId, change);
    }
  }
  return [...byId.values()];
}

function bracket(label: string | null, spans: readonly Span[]): Piece[] {
  return [
    { kind: 'bracket', side: 'open' },
    ...(label ? [{ kind: 'party', text: label } as const] : []),
    ...spans.map(asText),
    { kind: 'bracket', side: 'close' },
  ];
}

/**
 * One cluster of changes as negotiating text:
 * - a replacement as alternatives, the current words first: `[develop][Brazil: prepare]`;
 * - a pure insertion: `[Brazil: new words]`;
 * - a pure deletion: `[Japan delete: words]`;
 * - several proposals on the same words: `[develop][Brazil: prepare][Japan delete]`.
 */
function clusterPieces(spans: readonly Span[]): Piece[] {
  const before = original(spans);
  const amendments = amendmentsOf(spans);
  const [only] = amendments;
  if (only && amendments.length === 1) {
    const after = proposal(spans, only.amendmentId);
    if (before.length === 0) return bracket(`${only.party}: `, after);
    if (after.length === 0) return bracket(`${only.party} delete: `, before);
  }
  const alternatives = amendments.flatMap((change) => {
    const after = proposal(spans, change.amendmentId);
    return after.length ? bracket(`${change.party}: `, after) : bracket(`${change.party} delete`, []);
  });
  return [...(before.length ? bracket(null, before) : []), ...alternatives];
}

/** The bracketed view: agreed text as it is, each pending amendment in square brackets with its delegation. */
export function bracketedPieces(spans: readonly Span[]): Piece[] {
  return clusterSpans(spans).flatMap((run) => (run.agreed ? run.spans.map(asText) : clusterPieces(run.spans)));
}
