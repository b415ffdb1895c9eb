import type { ConnectionIdentity } from '../sync/Connection.ts';
import type { UnitReading } from './readUnit.ts';

const EMPTY: UnitReading = { base: 'null', amendments: new Map(), agreed: new Map(), problems: [] };

/** Why a change of the agreed text refuses, in the words the editor shows. */
export const AGREED_TEXT = 'This text is agreed and closed for amendments';

/**
 * The rules for one top-level block, before and after a delegate's update: the base text (every pending
 * amendment rejected) is unchanged; amendments added or changed are the delegation's own, in the name of the
 * person the token names; other delegations' amendments are exactly as they were. `before` or `after` is
 * undefined for a block the update added or removed.
 */
export function compareForDelegate(who: ConnectionIdentity, before = EMPTY, after = EMPTY): string | null {
  if (before.base !== after.base) return 'Delegations propose amendments; they cannot change agreed text directly';
  for (const [key, print] of before.amendments) {
    const now = after.amendments.get(key);
    if (now && now.text === print.text) continue;
    if (print.party !== who.party) return `The amendment of ${print.party} can only be changed by ${print.party}`;
  }
  for (const [key, print] of after.amendments) {
    const was = before.amendments.get(key);
    if (was && was.text === print.text) continue;
    if (print.party !== who.party || print.author !== who.name)
      return 'An amendment must carry your own delegation and name';
  }
  return null;
}

/**
 * The secretariat without the right to decide: the text may change, but every proposal it did not write itself
 * stays exactly as it was (removing one is rejecting it, unmarking one is accepting it).
 */
export function compareOthersProposals(who: ConnectionIdentity, before = EMPTY, after = EMPTY): string | null {
  for (const [key, print] of before.amendments) {
    const now = after.amendments.get(key);
    if (now && now.text === print.text) continue;
    if (print.author !== who.name) return 'Only the chair accepts or rejects amendments';
  }
  return null;
}

/** Agreed blocks stay exactly as they are, for everyone but the chair. */
export function compareAgreed(before = EMPTY, after = EMPTY): string | null {
  for (const [id, content] of before.agreed) if (after.agreed.get(id) !== content) return AGREED_TEXT;
  for (const id of after.agreed.keys()) if (!before.agreed.has(id)) return AGREED_TEXT;
  return null;
}
