/** "ANNEX", "ANNEX 2", "ANNEX II", "Annex A": the line that opens an annex. */
const ANNEX = /^annex(?:\s+(?:[ivx]+|\d+|[a-z]))?$/i;

/** The title of an annex that holds what the meeting is asked to adopt. */
const DRAFT_HEADING = /^draft\s+(?:decisions?|resolutions?)$/i;

export const isAnnexHeading = (text: string): boolean => ANNEX.test(text);
export const isDraftHeading = (text: string): boolean => DRAFT_HEADING.test(text);
