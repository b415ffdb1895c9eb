/** Attribute values compared by value: arrays of addressees come back from Yjs as new objects. */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
