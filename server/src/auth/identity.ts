import { timingSafeEqual } from 'node:crypto';
import type { Role } from '@draftroom/protocol';
import type { TokenSigner } from './tokens.ts';

/** Who is asking, as established from the token alone. */
export type Identity =
  | { kind: 'admin'; name: string }
  | { kind: 'invite'; documentId: string; role: Role; party: string | null; name: string; inviteId: string };

export interface Authenticator {
  identify(token: string | undefined | null): Identity | null;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function createAuthenticator(adminToken: string, signer: TokenSigner): Authenticator {
  return {
    identify(token) {
      if (!token) return null;
      if (sameSecret(token, adminToken)) return { kind: 'admin', name: 'Administrator' };
      const claims = signer.verify(token);
      if (!claims) return null;
      return {
        kind: 'invite',
        documentId: claims.doc,
        role: claims.role,
        party: claims.party,
        name: claims.name,
        inviteId: claims.jti,
      };
    },
  };
}

/** Whether the identity may read the document: the admin everything, an invite only its own document. */
export function canOpen(identity: Identity, documentId: string): boolean {
  return identity.kind === 'admin' || identity.documentId === documentId;
}
