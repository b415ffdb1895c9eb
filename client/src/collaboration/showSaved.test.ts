import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SavedTracker } from './savedTracker.ts';
import { showSaved } from './showSaved.ts';

/** A tracker whose state the test sets, as the Acks would. */
function tracker() {
  let saved = true;
  const listeners = new Set<() => void>();
  const tracked: SavedTracker = {
    isSaved: () => saved,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy: () => listeners.clear(),
  };
  const set = (value: boolean) => {
    saved = value;
    for (const listener of listeners) listener();
  };
  return { tracked, set, listeners };
}

describe('what the status shows of saving', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('never says "Saving…" for a change the server acknowledges at once', () => {
    const { tracked, set } = tracker();
    const shown: boolean[] = [];
    showSaved(tracked, (saved) => shown.push(saved), 600);
    for (let key = 0; key < 20; key++) {
      set(false);
      vi.advanceTimersByTime(5);
      set(true);
    }
    vi.advanceTimersByTime(1000);
    expect(shown.includes(false)).toBe(false);
  });

  it('says "Saving…" once a change has waited, and "Saved" as soon as it is stored', () => {
    const { tracked, set, listeners } = tracker();
    const shown: boolean[] = [];
    const stop = showSaved(tracked, (saved) => shown.push(saved), 600);
    set(false);
    vi.advanceTimersByTime(599);
    expect(shown.at(-1)).toBe(true);
    vi.advanceTimersByTime(1);
    expect(shown.at(-1)).toBe(false);
    set(true);
    expect(shown.at(-1)).toBe(true);
    stop();
    expect(listeners.size).toBe(0);
  });
});
