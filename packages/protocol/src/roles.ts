/** Who a token speaks for. Full enforcement per role is the guard's job; the names live here. */
export const ROLES = ['chair', 'secretariat', 'delegate', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles that may write to the document at all. Observers only watch. */
export function canWrite(role: Role): boolean {
  return role !== 'observer';
}
