import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { ConnectionIdentity } from './Connection.ts';

export interface AwarenessEntry {
  clientID: number;
  clock: number;
  state: Record<string, unknown> | null;
}

/** Reads an awareness update (y-protocols format) into its entries. Throws on malformed input. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientID = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state: unknown = JSON.parse(decoding.readVarString(decoder));
    if (state !== null && (typeof state !== 'object' || Array.isArray(state)))
      throw new Error('Awareness state must be an object');
    entries.push({ clientID, clock, state: state as Record<string, unknown> | null });
  }
  return entries;
}

export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientID);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Overwrites who a client says it is with who its token says it is. The client keeps its colour and its
 * cursor; name, delegation and role come from the server, so nobody can appear as another delegation.
 */
export function stampIdentity(entry: AwarenessEntry, identity: ConnectionIdentity): AwarenessEntry {
  if (entry.state === null) return entry;
  const claimed = entry.state.user;
  const color =
    typeof claimed === 'object' && claimed !== null && typeof (claimed as { color?: unknown }).color === 'string'
      ? (claimed as { color: string }).color
      : undefined;
  const user = {
    name: identity.name,
    party: identity.party,
    role: identity.role,
    ...(color && /^#[0-9a-f]{6}$/i.test(color) ? { color } : {}),
  };
  return { ...entry, state: { ...entry.state, user } };
}
