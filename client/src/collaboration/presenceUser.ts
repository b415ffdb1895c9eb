import type { Viewer, ViewerRole } from '../app/api.ts';
import { delegationColour } from './delegationColour.ts';

/** What each participant publishes in the awareness `user` field; also what carets are drawn from. */
export interface PresenceUser {
  name: string;
  party: string | null;
  role: ViewerRole;
  color: string;
}

export function presenceUserOf(viewer: Viewer): PresenceUser {
  return {
    name: viewer.name || roleTitle(viewer.role),
    party: viewer.party,
    role: viewer.role,
    // The administrator acts as the chair, and proposes in the chair's colour.
    color: delegationColour(viewer.party || (viewer.role === 'admin' ? 'chair' : viewer.role)),
  };
}

export function roleTitle(role: ViewerRole): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}

/** "Ana Souza (Brazil)", or the name alone for those who speak for no Party. */
export function caretLabel(user: Partial<PresenceUser>): string {
  const name = user.name || 'Someone';
  return user.party ? `${name} (${user.party})` : name;
}

/** Reads a user out of an awareness state written by any client, trusting none of its fields. */
export function readPresenceUser(state: unknown): PresenceUser | null {
  const user = (state as { user?: Record<string, unknown> } | null)?.user;
  if (!user || typeof user.name !== 'string') return null;
  return {
    name: user.name,
    party: typeof user.party === 'string' && user.party ? user.party : null,
    role: (typeof user.role === 'string' ? user.role : 'delegate') as ViewerRole,
    color: typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#555555',
  };
}
