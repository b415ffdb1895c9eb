import type { Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { collectAmendmentParts } from './collectAmendmentParts.ts';
import { resolveAmendments } from './resolveAmendments.ts';
import type { Verdict } from './Verdict.ts';

/** The document with the same verdict given to every amendment in it. */
export function resolveAll(doc: PMNode, verdict: Verdict): PMNode {
  const ids = new Set(collectAmendmentParts(doc).map((part) => part.amendmentId));
  return resolveAmendments(new Transform(doc), new Map([...ids].map((id) => [id, verdict]))).doc;
}
