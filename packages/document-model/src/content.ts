import type { JSONContent } from '@tiptap/core';

export type { JSONContent };

import { newId } from './newId.ts';

/** Builders for document content as ProseMirror JSON, used by importers, the demo seed and tests. */

const text = (value: string): JSONContent[] => (value ? [{ type: 'text', text: value }] : []);

export function paragraph(value: string, id = newId()): JSONContent {
  return { type: 'paragraph', attrs: { id }, content: text(value) };
}

export function subParagraph(value: string, level = 1, id = newId()): JSONContent {
  return { type: 'subParagraph', attrs: { id, level }, content: text(value) };
}

export function decision(number: string, body: JSONContent[], id = newId()): JSONContent {
  return { type: 'decision', attrs: { id, number }, content: body.length ? body : [paragraph('')] };
}

export function addresseeGroup(addressees: string[], decisions: JSONContent[], id = newId()): JSONContent {
  return { type: 'addresseeGroup', attrs: { id, addressees }, content: decisions };
}

export function topic(heading: string, children: JSONContent[], id = newId()): JSONContent {
  return {
    type: 'topic',
    attrs: { id },
    content: [{ type: 'topicHeading', attrs: { id: newId() }, content: text(heading) }, ...children],
  };
}

export function doc(children: JSONContent[]): JSONContent {
  return { type: 'doc', content: children.length ? children : emptyDocument().content };
}

/** What a new, empty document holds: one topic with one decision to start typing in. */
export function emptyDocument(): JSONContent {
  return { type: 'doc', content: [topic('', [addresseeGroup([], [decision('', [paragraph('')])])])] };
}
