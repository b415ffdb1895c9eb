import { getSchema } from '@tiptap/core';
import { documentNodes } from './nodes.ts';

/** The ProseMirror schema every part of Draftroom agrees on. */
export const draftSchema = getSchema(documentNodes);
