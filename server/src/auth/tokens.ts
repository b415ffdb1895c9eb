import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isRole, type Role } from '@draftroom/protocol';

/** What an invite token says, signed by the server: nothing here can be chosen by the client. */
export interface InviteClaims {
  /** The one document the token opens. */
  doc: string;
  role: Role;
  /** The delegation (Party) the holder speaks for; null for chair, secretariat or observers without one. */
  party: string | null;
  name: string;
  /** Unique id of this invite. */
  jti: string;
  /** Issued and expiry times, seconds since the epoch. */
  iat: number;
  exp: number | null;
}

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** Signs and verifies invite tokens: `base64url(claims).base64url(hmac-sha256)`. */
export class TokenSigner {
  constructor(private readonly secret: Buffer) {
    if (secret.length < 32) throw new Error('The token secret must be at least 32 bytes');
  }

  sign(claims: Omit<InviteClaims, 'jti' | 'iat'> & Partial<Pick<InviteClaims, 'jti' | 'iat'>>): string {
    const full: InviteClaims = {
      jti: randomBytes(9).toString('base64url'),
      iat: Math.floor(Date.now() / 1000),
      ...claims,
    };
    const payload = b64(JSON.stringify(full));
    return `${payload}.${this.mac(payload)}`;
  }

  /** The claims of a valid, unexpired token, or null. Never throws on garbage. */
  verify(token: string, now = Date.now()): InviteClaims | null {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    let claims: unknown;
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    if (!isInviteClaims(claims)) return null;
    if (claims.exp !== null && claims.exp * 1000 <= now) return null;
    return claims;
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}

function isInviteClaims(value: unknown): value is InviteClaims {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.doc === 'string' &&
    isRole(c.role) &&
    (c.party === null || typeof c.party === 'string') &&
    typeof c.name === 'string' &&
    typeof c.jti === 'string' &&
    typeof c.iat === 'number' &&
    (c.exp === null || typeof c.exp === 'number')
  );
}
