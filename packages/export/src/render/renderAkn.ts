import { aknBody } from './akn/aknBody.ts';
import { aknMeta } from './akn/aknMeta.ts';
import { aknPreface } from './akn/aknPreface.ts';
import { partiesIn } from './akn/partiesIn.ts';
import { statementName } from './akn/statementName.ts';
import { block } from './akn/xmlLines.ts';
import { pendingNote } from './pendingNote.ts';
import type { Rendition } from './Rendition.ts';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/**
 * The document as Akoma Ntoso 3.0 in the AKN4UN style: a <statement> named "draftDecision" (or "decision"
 * once adopted and numbered), with meta, preface and mainBody; pending changes as <ins>/<del> in the tracked
 * view; the count of amendments left out of a clean text as a note in the metadata.
 */
export function renderAkn(rendition: Rendition): string {
  const { draft, meta, view, pendingCount, now } = rendition;
  const name = statementName(draft, view);
  const statement = block('statement', { name }, [
    ...aknMeta({ meta, name, now, parties: partiesIn(draft), note: pendingNote(view, pendingCount) }),
    ...aknPreface(meta),
    ...aknBody(draft.nodes),
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    ...block('akomaNtoso', { xmlns: AKN_NAMESPACE }, statement),
    '',
  ].join('\n');
}
