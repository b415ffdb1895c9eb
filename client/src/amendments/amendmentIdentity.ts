import type { Actor, Amendment, Decider } from '@draftroom/amendments';
import type { Role } from '@draftroom/protocol';
import type { ViewerRole } from '../app/api.ts';

/**
 * Who this editor speaks for in amendments, from the `you` of GET /api/documents/:id (never invented here):
 * - `actor`: the name proposals are made in. A delegate proposes for its delegation; the chair and the
 *   secretariat speak for no Party, so their proposals carry the role's title ("Chair"), which marks need.
 * - `decider`: who the record says decided, withdrew or proposed: the token's name and party, null for the
 *   chair and the secretariat, exactly as the server checks history entries.
 * - `party`: the delegation that supports or opposes others' amendments; null for those without one.
 */
export interface AmendmentIdentity {
  role: Role;
  actor: Actor | null;
  decider: Decider;
  party: string | null;
}

/** The administrator's token acts as a chair on the collaboration socket. */
export function actingRole(role: ViewerRole): Role {
  return role === 'admin' ? 'chair' : role;
}

export function roleName(role: Role): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}

export function amendmentIdentityOf(you: { name: string; party: string | null; role: ViewerRole }): AmendmentIdentity {
  const role = actingRole(you.role);
  const party = role === 'delegate' ? you.party : null;
  const actor = role === 'observer' ? null : { party: you.party || roleName(role), author: you.name || roleName(role) };
  return { role, actor, decider: { by: you.name, party: you.party }, party };
}

/** Chair and secretariat switch between editing and suggesting; delegates always suggest. */
export function canSwitchMode(identity: AmendmentIdentity): boolean {
  return identity.role === 'chair' || identity.role === 'secretariat';
}

/** The chair decides; the secretariat when the chair has allowed it (meta `secretariatDecides`). */
export function canDecide(identity: AmendmentIdentity, secretariatDecides: boolean): boolean {
  return identity.role === 'chair' || (identity.role === 'secretariat' && secretariatDecides);
}

/** A delegation's amendments are its own; the chair's and the secretariat's are those their person wrote. */
export function isOwnAmendment(amendment: Pick<Amendment, 'party' | 'author'>, identity: AmendmentIdentity): boolean {
  if (!identity.actor) return false;
  if (identity.party !== null) return amendment.party === identity.party;
  return amendment.party === identity.actor.party && amendment.author === identity.actor.author;
}

/** Only delegations take stances, and only on other delegations' pending amendments. */
export function mayTakeStance(amendment: Pick<Amendment, 'party' | 'status'>, identity: AmendmentIdentity): boolean {
  return identity.party !== null && amendment.party !== identity.party && amendment.status === 'proposed';
}
