import type { AmendmentMarkAttrs } from '@draftroom/document-model';

/**
 * Just the four mark attrs of anything that carries them (a block entry, a mark's attrs), in a fixed key order
 * so that two equal proposals make equal marks and one Yjs format key.
 */
export function markAttrsOf(source: AmendmentMarkAttrs): AmendmentMarkAttrs {
  return {
    amendmentId: source.amendmentId,
    party: source.party,
    author: source.author,
    createdAt: source.createdAt,
  };
}
