import type { Line } from './classifyLine.ts';

/** The first heading in capitals before the annex ("SYNERGIES AND PARTNERSHIPS") names the document. */
export function findTitle(body: readonly Line[]): string | undefined {
  return body.find((line) => line.kind === 'heading')?.source;
}
