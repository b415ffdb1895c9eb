import type { SavedTracker } from './savedTracker.ts';

/**
 * How long a change may wait for the server's Ack before the status says "Saving…". A healthy connection acks
 * in milliseconds: a status that flipped twice per keystroke was noise on a projected screen, read out twice per
 * keystroke by a screen reader (the status is a live region), and a second frame for the browser to draw.
 */
export const SAVING_AFTER_MS = 600;

/**
 * Calls `show(true)` as soon as every change is saved, and `show(false)` only once a change has waited
 * `delayMs` for its Ack. Returns the function that stops following.
 */
export function showSaved(saved: SavedTracker, show: (saved: boolean) => void, delayMs = SAVING_AFTER_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const follow = () => {
    clearTimeout(timer);
    if (saved.isSaved()) show(true);
    else timer = setTimeout(() => show(saved.isSaved()), delayMs);
  };
  follow();
  const unsubscribe = saved.subscribe(follow);
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
