/**
 * Identifiers following the Akoma Ntoso naming convention: an element's eId is its parent's, "__", the
 * element's abbreviation and its number ("hcontainer_1__para_2__point_a"), so it is unique in the document
 * and says where the element is.
 */
export function childId(parent: string | null, element: string, number: string | number): string {
  const own = `${element}_${String(number).replace(/[^\p{L}\p{N}]+/gu, '') || 'x'}`;
  return parent ? `${parent}__${own}` : own;
}

/** A name as an id or a URI segment: lower case, letters and digits, words joined by '-'. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

/** The eId of a delegation in the references, pointed at by the refersTo of its changes. */
export function partyId(party: string): string {
  return `party-${slug(party)}`;
}
