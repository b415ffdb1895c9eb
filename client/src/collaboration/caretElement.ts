import { caretLabel, type PresenceUser } from './presenceUser.ts';

/**
 * Another participant's caret, labelled "Name (Party)". Built here rather than by CollaborationCaret's
 * default so that the awareness `user.name` stays the person's name alone for every other reader.
 */
export function caretElement(user: Partial<PresenceUser>): HTMLElement {
  const color = typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#555555';
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.borderColor = color;
  const label = document.createElement('div');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = color;
  label.textContent = caretLabel(user);
  caret.append(label);
  return caret;
}
