import type { EditorView } from '@tiptap/pm/view';

/** Brings a position of the text to the middle of the screen, where the room's eyes are. */
export function scrollToPosition(view: EditorView, pos: number): void {
  let node: Node | null = null;
  try {
    node = view.domAtPos(pos).node;
  } catch {
    return;
  }
  const element = node instanceof HTMLElement ? node : node?.parentElement;
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  element?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
}
