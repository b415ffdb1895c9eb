import { useEffect, useRef } from 'react';
import { type AmendmentShortcut, shortcutOf } from './amendmentShortcuts.ts';

/** Where typing must not be taken for a shortcut: form fields (not the editor, where the chair works). */
function isFormField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select') !== null;
}

/**
 * The cockpit's keys work wherever the focus is (the text, the panel), except in form fields and while a
 * dialog is open. They are caught before the editor sees them, so no key does two things.
 */
export function useAmendmentShortcuts(handle: (shortcut: AmendmentShortcut) => boolean): void {
  const handler = useRef(handle);
  handler.current = handle;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutOf(event);
      if (!shortcut || isFormField(event.target) || document.querySelector('dialog[open]')) return;
      if (!handler.current(shortcut)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
