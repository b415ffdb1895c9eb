import { useEffect } from 'react';
import type { SavedTracker } from './savedTracker.ts';

/**
 * Asks before the tab closes while changes made here are not yet on the server's disk: a delegate's pending
 * edits live only in this tab. Asks the tracker at that moment, so that saving needs no React render.
 */
export function useUnsavedWarning(saved: SavedTracker | null): void {
  useEffect(() => {
    if (!saved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (saved.isSaved()) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [saved]);
}
