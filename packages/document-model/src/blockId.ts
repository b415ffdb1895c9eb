import type { Attribute } from '@tiptap/core';

/**
 * The stable id every block carries; amendments, comments and anchors refer to it. Not kept on split: the new
 * half gets a fresh id from the blockIds plugin, so ids stay unique.
 */
export const blockIdAttribute: Attribute = {
  default: null,
  keepOnSplit: false,
  parseHTML: (element) => element.getAttribute('data-id'),
  renderHTML: (attributes) => (attributes.id ? { 'data-id': attributes.id } : {}),
};
