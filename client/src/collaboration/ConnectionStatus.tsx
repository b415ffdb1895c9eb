import { useEffect, useRef } from 'react';
import type { SavedTracker } from './savedTracker.ts';
import { showSaved } from './showSaved.ts';
import type { Connection } from './useConnection.ts';

function describe(connection: Connection, saved: boolean): string {
  if (connection.fatal) return connection.fatal;
  switch (connection.state) {
    case 'connected':
      if (!connection.everSynced) return 'Connected · loading the document…';
      return saved ? 'Connected · Saved' : 'Connected · Saving…';
    case 'connecting':
      return connection.everConnected ? 'Reconnecting…' : 'Connecting…';
    case 'disconnected':
      return connection.everConnected
        ? 'Offline — your changes are kept and will be sent'
        : 'Cannot reach the server — still trying';
  }
}

/**
 * Always visible, and honest: what the user reads here is what the socket is doing, and a change not yet
 * stored shows "Saving…" once it has waited a moment (showSaved.ts). Saved/unsaved flips twice per keystroke,
 * so it is written straight into the element rather than through React: a React commit while the cursor is in
 * the text measures the selection across the whole document.
 */
export function ConnectionStatus({ connection, saved }: { connection: Connection; saved: SavedTracker | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLSpanElement>(null);
  const isSaved = saved?.isSaved() ?? true;

  useEffect(() => {
    if (!saved) return;
    // The truth at once, for whoever needs to know the edits are stored (the tests, a script); the words when
    // they are worth reading.
    const mark = () => ref.current?.setAttribute('data-saved', saved.isSaved() ? 'true' : 'false');
    const unmark = saved.subscribe(mark);
    const stop = showSaved(saved, (savedNow) => {
      const text = describe(connection, savedNow);
      if (textRef.current && textRef.current.textContent !== text) textRef.current.textContent = text;
    });
    mark();
    return () => {
      unmark();
      stop();
    };
  }, [connection, saved]);

  const state = connection.fatal ? 'disconnected' : connection.state;
  return (
    <div
      ref={ref}
      className={`connection-status connection-status--${state}${connection.fatal ? ' connection-status--fatal' : ''}`}
      data-testid="connection-status"
      data-state={state}
      data-saved={isSaved ? 'true' : 'false'}
      role="status"
      aria-live="polite"
      title={connection.warning ?? undefined}
    >
      <span className="connection-status__dot" aria-hidden="true" />
      <span ref={textRef}>{describe(connection, isSaved)}</span>
      {connection.warning && !connection.fatal && (
        <span className="connection-status__warning">{connection.warning}</span>
      )}
    </div>
  );
}
