/** Names of the shared Yjs types in every Draftroom document (see docs/protocol.md). */
export const Y_CONTENT = 'content';
export const Y_META = 'meta';
export const Y_AMENDMENTS = 'amendments';

/** Keys of the `meta` map. */
export const META_KEYS = ['title', 'meeting', 'symbol', 'status'] as const;
export type MetaKey = (typeof META_KEYS)[number];

/** `closed`: closed for amendments by the chair; `adopted`: adopted by the plenary (also closed). */
export const DOCUMENT_STATUSES = ['draft', 'negotiation', 'closed', 'adopted'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
