import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { type PresenceUser, readPresenceUser } from './presenceUser.ts';

export interface Present extends PresenceUser {
  key: string;
  isYou: boolean;
}

/**
 * Everyone connected to the document, one entry per person: a delegate with two tabs open is one chip.
 * You come first, then the chair, the secretariat, and delegations in alphabetical order.
 *
 * Awareness changes with every caret move of anyone (the cursor is part of the state), but the list only when
 * someone comes, goes or is renamed: the page is redrawn only then. A redraw while the editor has focus is not
 * cheap in a long text (React measures the selection across the whole editable element on every commit).
 */
export function usePresence(provider: WebsocketProvider | null): Present[] {
  const [present, setPresent] = useState<Present[]>([]);

  useEffect(() => {
    if (!provider) {
      setPresent([]);
      return;
    }
    const { awareness } = provider;
    let shown = '';
    const read = () => {
      const byKey = new Map<string, Present>();
      for (const [clientId, state] of awareness.getStates()) {
        const user = readPresenceUser(state);
        if (!user) continue;
        const key = `${user.role}\u0000${user.party ?? ''}\u0000${user.name}`;
        const isYou = clientId === awareness.clientID;
        const existing = byKey.get(key);
        byKey.set(key, { ...user, key, isYou: isYou || (existing?.isYou ?? false) });
      }
      const next = [...byKey.values()].sort(order);
      const signature = JSON.stringify(next);
      if (signature === shown) return;
      shown = signature;
      setPresent(next);
    };
    awareness.on('change', read);
    read();
    return () => awareness.off('change', read);
  }, [provider]);

  return present;
}

const ROLE_ORDER = ['chair', 'secretariat', 'admin', 'delegate', 'observer'];

function order(a: Present, b: Present): number {
  if (a.isYou !== b.isYou) return a.isYou ? -1 : 1;
  const role = ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role);
  if (role !== 0) return role;
  return `${a.party ?? ''} ${a.name}`.localeCompare(`${b.party ?? ''} ${b.name}`);
}
