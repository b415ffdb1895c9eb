import type { Attribute } from '@tiptap/core';

/**
 * Set by the chair on a block whose text is agreed ("ad referendum"): closed for amendments. The server
 * refuses any change inside it from anyone but the chair. Not kept on split: a new paragraph is not agreed.
 */
export const agreedAttribute: Attribute = {
  default: false,
  keepOnSplit: false,
  parseHTML: (element) => element.getAttribute('data-agreed') === 'true',
  renderHTML: (attributes) => (attributes.agreed ? { 'data-agreed': 'true' } : {}),
};
