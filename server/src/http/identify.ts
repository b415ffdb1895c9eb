import { createMiddleware } from 'hono/factory';
import type { Authenticator, Identity } from '../auth/identity.ts';
import { HttpError } from './HttpError.ts';

export type AppEnv = { Variables: { identity: Identity } };

/** The bearer token from the Authorization header, or from `?token=` for WebSocket upgrades. */
export function tokenOf(authorization: string | undefined, query: string | undefined): string | undefined {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? query ?? undefined;
}

/** Establishes who is asking from the token alone; refuses with 401 when there is none or it is invalid. */
export function identify(auth: Authenticator) {
  return createMiddleware<AppEnv>(async function identifyRequest(c, next) {
    const identity = auth.identify(tokenOf(c.req.header('authorization'), c.req.query('token')));
    if (!identity) throw new HttpError(401, 'UNAUTHORIZED', 'A valid token is required');
    c.set('identity', identity);
    await next();
  });
}

export function requireAdmin(identity: Identity): void {
  if (identity.kind !== 'admin') throw new HttpError(403, 'FORBIDDEN', 'Only the administrator can do this');
}
