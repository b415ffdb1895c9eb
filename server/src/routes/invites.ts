import { isRole } from '@draftroom/protocol';
import { Hono } from 'hono';
import type { TokenSigner } from '../auth/tokens.ts';
import { HttpError } from '../http/HttpError.ts';
import type { AppEnv } from '../http/identify.ts';
import { optionalString, readJsonObject } from '../http/readJson.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';

export interface InviteOptions {
  ttlSeconds: number;
  /** Origin for links; by default the origin the request came in on. */
  publicUrl: string | null;
}

const DEFAULT_NAMES = {
  chair: 'Chair',
  secretariat: 'Secretariat',
  delegate: 'Delegate',
  observer: 'Observer',
} as const;

/** Invites name one document, a role, a delegation and a person; the admin or the document's chair issue them. */
export function inviteRoutes(store: DocumentStore, signer: TokenSigner, options: InviteOptions) {
  return new Hono<AppEnv>().post('/:id/invites', async (c) => {
    const identity = c.var.identity;
    const documentId = c.req.param('id');
    const allowed = identity.kind === 'admin' || (identity.documentId === documentId && identity.role === 'chair');
    if (!allowed) throw new HttpError(403, 'FORBIDDEN', 'Only the administrator or the chair can invite');
    if (!(await store.getDocument(documentId))) throw new HttpError(404, 'NOT_FOUND', `No document ${documentId}`);
    const body = await readJsonObject(c);
    const role = body.role;
    if (!isRole(role))
      throw new HttpError(400, 'BAD_REQUEST', '"role" must be chair, secretariat, delegate or observer');
    const party = optionalString(body, 'party', 100) || null;
    if (role === 'delegate' && !party)
      throw new HttpError(400, 'BAD_REQUEST', 'A delegate invite needs a "party" (delegation)');
    const name =
      optionalString(body, 'name', 100) ||
      (party && role === 'delegate' ? `Delegate of ${party}` : DEFAULT_NAMES[role]);
    const token = signer.sign({
      doc: documentId,
      role,
      party,
      name,
      exp: options.ttlSeconds > 0 ? Math.floor(Date.now() / 1000) + options.ttlSeconds : null,
    });
    const origin = options.publicUrl ?? new URL(c.req.url).origin;
    return c.json(
      { token, url: `${origin}/d/${documentId}?token=${encodeURIComponent(token)}`, role, party, name },
      201,
    );
  });
}
