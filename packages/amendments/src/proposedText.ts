import type { Node as PMNode } from '@tiptap/pm/model';
import { resolveAll } from './resolveAll.ts';

/**
 * The document as if every pending amendment were accepted. Competing proposals all apply: two insertions
 * at one place both appear, and of two new values for one attribute the later proposal wins.
 */
export function proposedText(doc: PMNode): PMNode {
  return resolveAll(doc, 'accept');
}
