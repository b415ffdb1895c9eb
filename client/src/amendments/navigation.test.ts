import { listAmendments } from '@draftroom/amendments';
import { describe, expect, it } from 'vitest';
import { amendmentAt } from './amendmentAt.ts';
import { shortcutOf } from './amendmentShortcuts.ts';
import { currentAfterDecision, navigationOrder, stepAmendment } from './navigation.ts';
import { posOf, proposedState } from './testDocument.ts';

const key = (
  key: string,
  code = '',
  mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
) => ({
  altKey: true,
  shiftKey: true,
  ctrlKey: false,
  metaKey: false,
  key,
  code,
  ...mods,
});

describe('moving from one amendment to the next', () => {
  const state = proposedState();
  const amendments = listAmendments(state.doc);
  const [norway, brazil] = amendments.map((a) => a.id) as [string, string];

  it('walks pending amendments in text order, within the panel’s filters', () => {
    expect(navigationOrder(amendments, () => true)).toEqual([norway, brazil]);
    expect(navigationOrder(amendments, (a) => a.party === 'Brazil')).toEqual([brazil]);
    const decided = amendments.map((a) => (a.id === norway ? { ...a, status: 'accepted' as const } : a));
    expect(navigationOrder(decided, () => true)).toEqual([brazil]);
  });

  it('steps forward and back, starts at an end, and stops at the ends', () => {
    const order = ['a', 'b', 'c'];
    expect(stepAmendment(order, null, 1)).toBe('a');
    expect(stepAmendment(order, null, -1)).toBe('c');
    expect(stepAmendment(order, 'a', 1)).toBe('b');
    expect(stepAmendment(order, 'c', 1)).toBe('c');
    expect(stepAmendment(order, 'a', -1)).toBe('a');
    expect(stepAmendment(order, 'gone', 1)).toBe('a');
    expect(stepAmendment([], 'a', 1)).toBeNull();
  });

  it('goes on after a decision to the next amendment still pending, else the one before', () => {
    expect(currentAfterDecision(['a', 'b', 'c'], 'b', ['a', 'c'])).toBe('c');
    expect(currentAfterDecision(['a', 'b', 'c'], 'b', ['a'])).toBe('a');
    expect(currentAfterDecision(['a', 'b', 'c'], 'c', ['a', 'b'])).toBe('b');
    expect(currentAfterDecision(['a'], 'a', [])).toBeNull();
  });

  it('finds the amendment the cursor is on, the innermost first', () => {
    expect(amendmentAt(state.doc, posOf(state.doc, 'prepare') + 2)).toBe(brazil);
    expect(amendmentAt(state.doc, posOf(state.doc, ' warmly'))).toBe(norway);
    expect(amendmentAt(state.doc, posOf(state.doc, 'Secretariat shall') + 2)).toBeNull();
  });

  it('reads the cockpit’s keys, and nothing else', () => {
    expect(shortcutOf(key('ArrowDown'))).toBe('next');
    expect(shortcutOf(key('ArrowUp'))).toBe('previous');
    expect(shortcutOf(key('Enter'))).toBe('accept');
    expect(shortcutOf(key('Backspace'))).toBe('reject');
    expect(shortcutOf(key('É', 'KeyE'))).toBe('toggleMode');
    expect(shortcutOf(key('ArrowDown', '', { shiftKey: false }))).toBeNull();
    expect(shortcutOf(key('Enter', '', { ctrlKey: true }))).toBeNull();
    expect(shortcutOf(key('a', 'KeyA'))).toBeNull();
  });
});
