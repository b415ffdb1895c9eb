/**
 * The drafting shortcuts, in ProseMirror's notation and as shown to people. Alt+Shift rather than Ctrl+Alt:
 * on European keyboards Ctrl+Alt is AltGr, which delegates need to type accented letters.
 */
export const SHORTCUTS = {
  addDecision: { key: 'Alt-Shift-d', label: 'Alt+Shift+D' },
  addSubParagraph: { key: 'Alt-Shift-s', label: 'Alt+Shift+S' },
  indent: { key: 'Tab', label: 'Tab' },
  outdent: { key: 'Shift-Tab', label: 'Shift+Tab' },
  addGroup: { key: 'Alt-Shift-g', label: 'Alt+Shift+G' },
  editAddressees: { key: 'Alt-Shift-a', label: 'Alt+Shift+A' },
  editNumber: { key: 'Alt-Shift-n', label: 'Alt+Shift+N' },
  undo: { key: 'Mod-z', label: 'Ctrl+Z' },
  redo: { key: 'Mod-Shift-z', label: 'Ctrl+Shift+Z' },
} as const;
