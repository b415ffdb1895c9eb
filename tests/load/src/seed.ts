import { encodeNewDocument } from '@draftroom/document-model';
import { importText } from '@draftroom/import';
import { FIXTURE_TEXT } from '../../support/demoDocument.ts';

/** The content every server carries: the CMS COP15 fixture, imported as Draftroom imports it. */

export const SEED_TITLE = 'Synergies and partnerships';
export { FIXTURE_TEXT };

/** The fixture as one Yjs update, for the peers, whose first writer applies it. */
export function seedUpdate(): Uint8Array {
  const imported = importText(FIXTURE_TEXT);
  return encodeNewDocument(imported.content, { title: SEED_TITLE, status: 'draft' });
}
