import { Deletion, Insertion } from '@draftroom/document-model';
import type { Mark as PMMark } from '@tiptap/pm/model';
import { formatTime } from '../amendments/formatTime.ts';
import { partyLabel } from '../amendments/partyLabel.ts';
import { delegationColour } from '../collaboration/delegationColour.ts';

/** Colour, short name and a tooltip in words, so that nobody has to tell colours apart. */
function presentation(mark: PMMark, verb: string): Record<string, string> {
  const party = String(mark.attrs.party ?? '');
  const author = String(mark.attrs.author ?? '');
  const time = formatTime(String(mark.attrs.createdAt ?? ''));
  return {
    style: `--party-colour: ${delegationColour(party)}`,
    'data-short': partyLabel(party),
    title: `${party} (${partyLabel(party)}) proposes to ${verb} this · ${author}${time ? `, ${time}` : ''}`,
  };
}

/** The schema's insertion mark, drawn underlined in its delegation's colour. */
export const TrackedInsertion = Insertion.extend({
  renderHTML: ({ mark, HTMLAttributes }) => [
    'ins',
    { ...HTMLAttributes, ...presentation(mark, 'insert'), class: 'amendment-insertion' },
    0,
  ],
});

/** The schema's deletion mark, drawn struck through in its delegation's colour. */
export const TrackedDeletion = Deletion.extend({
  renderHTML: ({ mark, HTMLAttributes }) => [
    'del',
    { ...HTMLAttributes, ...presentation(mark, 'delete'), class: 'amendment-deletion' },
    0,
  ],
});
