import { getSchema } from '@tiptap/core';
import { documentNodes } from './nodes.ts';

/**
 * The ProseMirror schema every part of Draftroom agrees on. Marked pure so that a bundle which does not use it
 * (the browser's: its editor builds the same schema from the same extensions) leaves out the work of building it.
 */
export const draftSchema = /* @__PURE__ */ getSchema(documentNodes);
