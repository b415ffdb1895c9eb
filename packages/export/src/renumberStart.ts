import { ExportError } from './ExportError.ts';

/** Where renumbering starts: '15.1' → meeting 15, first decision 1. */
export interface RenumberStart {
  meeting: string;
  first: number;
}

const START = /^(\d{1,4})\.(\d{1,4})$/;

/** Reads a start such as '15.1'; anything else is a BAD_RENUMBER ExportError that says what is expected. */
export function parseRenumberStart(text: string): RenumberStart {
  const match = START.exec(text.trim());
  const first = Number(match?.[2]);
  if (!match?.[1] || !(first >= 1)) {
    throw new ExportError(
      'BAD_RENUMBER',
      `"${text}" is not a decision number to renumber from: give the meeting and the first number, such as 15.1.`,
    );
  }
  return { meeting: String(Number(match[1])), first };
}
