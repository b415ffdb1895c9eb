import { CloseCodes } from '@draftroom/protocol';

/** Closes after which the editor loads a fresh copy: the refused change must not come back on reconnect. */
export const FRESH_COPY_CODES: ReadonlySet<number> = new Set([
  CloseCodes.Forbidden.code,
  CloseCodes.BadRequest.code,
  CloseCodes.MessageTooLarge.code,
]);

export interface Refusal {
  /** What was refused and why, as the server put it, as a sentence. */
  message: string;
  /** What happened next, in the user's terms. */
  detail: string;
}

/** "refused: a block where …" → "A block where ….": the server's reason as a sentence to read out. */
function sentence(reason: string): string {
  const text = reason
    .trim()
    .replace(/^refused:\s*/i, '')
    .replace(/…$/, '');
  if (!text) return '';
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** Tells the user plainly why the server refused their last change; the reason comes from the close event. */
export function refusalMessage(code: number, reason: string): Refusal {
  const detail = 'Your change was not kept. A fresh copy of the document has been loaded.';
  if (code === CloseCodes.MessageTooLarge.code) return { message: 'The last change was too large to send.', detail };
  if (code === CloseCodes.BadRequest.code) {
    return { message: sentence(reason) || 'The server could not read what this editor sent.', detail };
  }
  return { message: sentence(reason) || 'That change is not allowed for your role.', detail };
}

/** After this many fresh copies in a minute something is wrong in this editor: stop and ask for a reload. */
export const MAX_FRESH_COPIES_PER_MINUTE = 3;

/** Whether another fresh copy may be loaded, given when the previous ones were (milliseconds). */
export function mayLoadFreshCopy(previous: readonly number[], now: number): boolean {
  return previous.filter((time) => now - time < 60_000).length < MAX_FRESH_COPIES_PER_MINUTE;
}
