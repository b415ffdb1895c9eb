/** What the chair's keys do in the amendments cockpit. */
export type AmendmentShortcut = 'next' | 'previous' | 'accept' | 'reject' | 'toggleMode';

interface KeyEventLike {
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  key: string;
  code: string;
}

/**
 * Alt+Shift with a key, like the drafting shortcuts: free in browsers and on European keyboards (Ctrl+Alt is
 * AltGr there). Arrows move, Enter accepts, Backspace rejects: the hands stay in one place.
 */
export const AMENDMENT_SHORTCUTS: Record<AmendmentShortcut, { label: string; description: string }> = {
  next: { label: 'Alt+Shift+↓', description: 'Next amendment' },
  previous: { label: 'Alt+Shift+↑', description: 'Previous amendment' },
  accept: { label: 'Alt+Shift+Enter', description: 'Accept the current amendment' },
  reject: { label: 'Alt+Shift+Backspace', description: 'Reject the current amendment' },
  toggleMode: { label: 'Alt+Shift+E', description: 'Switch between editing and suggesting' },
};

export function shortcutOf(event: KeyEventLike): AmendmentShortcut | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'ArrowDown') return 'next';
  if (event.key === 'ArrowUp') return 'previous';
  if (event.key === 'Enter') return 'accept';
  if (event.key === 'Backspace') return 'reject';
  // By physical key: with Alt held, some layouts turn E into another character.
  if (event.code === 'KeyE') return 'toggleMode';
  return null;
}
