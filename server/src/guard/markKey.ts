import * as buf from 'lib0/buffer';
import * as sha256 from 'lib0/hash/sha256';

const HASHED = /^(.*)--([a-zA-Z0-9+/=]{8})$/;

/**
 * y-prosemirror's key for a mark that may overlap others of its type (`excludes: ''`): the name, then eight
 * characters of a hash of the whole mark JSON. Reproduced exactly, so that a client cannot store one mark under
 * a key that belongs to other attributes.
 */
export function overlappingMarkKey(name: string, attrs: unknown): string {
  const digest = sha256.digest(buf.encodeAny({ type: name, attrs }));
  const N = 6;
  for (let i = N; i < digest.length; i++) digest[i % N] = (digest[i % N] as number) ^ (digest[i] as number);
  return `${name}--${buf.toBase64(digest.slice(0, N))}`;
}

/** The mark name of a Y.Text format key, and its hash suffix if it has one. */
export function parseMarkKey(key: string): { name: string; hashed: boolean } {
  const match = HASHED.exec(key);
  return match ? { name: match[1] as string, hashed: true } : { name: key, hashed: false };
}
