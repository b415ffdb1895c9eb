import type { Span } from '../draft/Draft.ts';

/** Agreed text, or a cluster of changed spans linked by the amendments they share. */
export type SpanRun = { agreed: true; spans: Span[] } | { agreed: false; spans: Span[] };

function amendmentIds(span: Span): string[] {
  return [...span.insertions, ...span.deletions].map((change) => change.amendmentId);
}

/**
 * Splits a block's spans into agreed runs and clusters of changes. A cluster is a run of changed spans in which
 * each shares an amendment with the ones before it: the deletion and insertion of a replacement stay together
 * (and so do overlapping proposals on the same words), while two unrelated amendments that merely touch are
 * two clusters, each in its own brackets.
 */
export function clusterSpans(spans: readonly Span[]): SpanRun[] {
  const runs: SpanRun[] = [];
  let ids = new Set<string>();
  for (const span of spans) {
    const own = amendmentIds(span);
    const last = runs[runs.length - 1];
    if (own.length === 0) {
      if (last?.agreed) last.spans.push(span);
      else runs.push({ agreed: true, spans: [span] });
      ids = new Set();
    } else if (last && !last.agreed && own.some((id) => ids.has(id))) {
      last.spans.push(span);
      for (const id of own) ids.add(id);
    } else {
      runs.push({ agreed: false, spans: [span] });
      ids = new Set(own);
    }
  }
  return runs;
}
