import type { Node as PMNode } from '@tiptap/pm/model';
import { resolveAll } from './resolveAll.ts';

/**
 * The document as if every pending amendment were rejected: the text under negotiation before any proposal.
 * A ProseMirror document, so that plain text (toPlainText) and the exports derive from it. No split markers
 * to strip: paragraph breaks are block entries, not characters.
 */
export function baseText(doc: PMNode): PMNode {
  return resolveAll(doc, 'reject');
}
