import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TokenSigner } from './tokens.ts';

const signer = new TokenSigner(randomBytes(32));
const claims = { doc: 'd1', role: 'delegate' as const, party: 'Brazil', name: 'Ana', exp: null };

describe('invite tokens', () => {
  it('verifies what it signed', () => {
    expect(signer.verify(signer.sign(claims))).toMatchObject(claims);
  });

  it('refuses a token whose claims were changed', () => {
    const token = signer.sign(claims);
    const [, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'chair', jti: 'x', iat: 1 })).toString('base64url');
    expect(signer.verify(`${forged}.${mac}`)).toBeNull();
  });

  it('refuses a token signed with another secret', () => {
    expect(signer.verify(new TokenSigner(randomBytes(32)).sign(claims))).toBeNull();
  });

  it('refuses an expired token', () => {
    const token = signer.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 1 });
    expect(signer.verify(token)).toBeNull();
  });

  it('returns null for garbage, never throws', () => {
    for (const junk of ['', '.', 'a.b.c', 'x'.repeat(5000), '%%%.%%%']) expect(signer.verify(junk)).toBeNull();
  });
});
