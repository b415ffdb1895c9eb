import { blockAmendsOf, type ProposableValue } from '@draftroom/document-model';
import { delegationColour } from '../collaboration/delegationColour.ts';

export interface BlockProposals {
  /** Class names for a block proposed as new, or for deletion. */
  className: string;
  /** The proposing delegation's colour, for the bar or the strike. */
  colour: string | undefined;
  title: string | undefined;
  /** Proposed new values of one attribute, by delegation. */
  values: (name: string) => { party: string; to: ProposableValue }[];
}

/** What a decision's or an addressee group's view draws of the proposals about the whole block. */
export function blockProposalsOf(attrs: Record<string, unknown>, noun: string): BlockProposals {
  const entries = blockAmendsOf(attrs);
  const whole = entries.find((entry) => entry.kind === 'insert' || entry.kind === 'delete');
  const classes = entries
    .filter((entry) => entry.kind === 'insert' || entry.kind === 'delete')
    .map((entry) => `block-proposal block-proposal--${entry.kind}`);
  return {
    className: [...new Set(classes)].join(' '),
    colour: whole ? delegationColour(whole.party) : undefined,
    title: whole
      ? `${whole.party} proposes ${whole.kind === 'insert' ? `this new ${noun}` : `to delete this ${noun}`}`
      : undefined,
    values: (name) =>
      entries.flatMap((entry) =>
        entry.kind === 'attr' && entry.name === name ? [{ party: entry.party, to: entry.to }] : [],
      ),
  };
}
