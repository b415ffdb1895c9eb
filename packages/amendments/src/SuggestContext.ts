import { type AmendmentMarkAttrs, newId } from '@draftroom/document-model';
import type { Actor } from './Actor.ts';

export interface SuggestOptions {
  /** The time stamped on new amendments (ISO 8601); tests pass a fixed one. */
  now?: () => string;
  /** Ids for new amendments and new blocks; UUIDs by default (never counters: clients would collide). */
  newId?: () => string;
}

/**
 * What one suggested transaction knows while it is tracked: who is typing, and which amendment its parts
 * belong to. One transaction is one amendment unless its text continues a proposal of the same Party.
 */
export class SuggestContext {
  readonly actor: Actor;
  readonly newId: () => string;
  private readonly now: () => string;
  private fresh: AmendmentMarkAttrs | null = null;
  /** The amendment the deletion of this transaction went to: its insertion joins it (a replacement). */
  deletion: AmendmentMarkAttrs | null = null;
  /** An insertion of the actor's Party deleted for real here: text typed over it continues that proposal. */
  removedOwnInsertion: AmendmentMarkAttrs | null = null;

  constructor(actor: Actor, options: SuggestOptions = {}) {
    this.actor = actor;
    this.newId = options.newId ?? newId;
    this.now = options.now ?? (() => new Date().toISOString());
  }

  /** The new amendment of this transaction, created on first use so that a no-op makes none. */
  freshAttrs(): AmendmentMarkAttrs {
    this.fresh ??= {
      amendmentId: this.newId(),
      party: this.actor.party,
      author: this.actor.author,
      createdAt: this.now(),
    };
    return this.fresh;
  }

  /** Proposals of the actor's Party are theirs to edit, whichever of its delegates typed them. */
  isMine(attrs: { party: string }): boolean {
    return attrs.party === this.actor.party;
  }
}
