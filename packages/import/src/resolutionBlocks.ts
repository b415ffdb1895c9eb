import { newId } from '@draftroom/document-model';
import type { JSONContent } from './ImportResult.ts';

/**
 * Builders for the resolution blocks, which content.ts in document-model does not have yet. Like those
 * builders, each gives its block a fresh id.
 */

/** The opening phrase in italic, the rest as typed: "Recalling" + " Resolution 11.10,". */
function openedText(opening: string | null, text: string): JSONContent[] {
  const rest = opening ? text.slice(opening.length) : text;
  const nodes: JSONContent[] = [];
  if (opening) nodes.push({ type: 'text', text: opening, marks: [{ type: 'italic' }] });
  if (rest) nodes.push({ type: 'text', text: rest });
  return nodes;
}

export function preambular(opening: string, text: string, id = newId()): JSONContent {
  return { type: 'preambular', attrs: { id }, content: openedText(opening, text) };
}

export function operative(
  opening: string | null,
  text: string,
  suffix: string | null = null,
  id = newId(),
): JSONContent {
  return { type: 'operative', attrs: { id, suffix }, content: openedText(opening, text) };
}

export function resolution(children: JSONContent[], id = newId()): JSONContent {
  return { type: 'resolution', attrs: { id }, content: children };
}
