import type { Connection } from './useConnection.ts';

function describe(connection: Connection): string {
  if (connection.fatal) return connection.fatal;
  switch (connection.state) {
    case 'connected':
      if (!connection.everSynced) return 'Connected · loading the document…';
      return connection.saved ? 'Connected · Saved' : 'Connected · Saving…';
    case 'connecting':
      return connection.everConnected ? 'Reconnecting…' : 'Connecting…';
    case 'disconnected':
      return connection.everConnected
        ? 'Offline — your changes are kept and will be sent'
        : 'Cannot reach the server — still trying';
  }
}

/** Always visible, and honest: what the user reads here is what the socket is doing. */
export function ConnectionStatus({ connection }: { connection: Connection }) {
  const state = connection.fatal ? 'disconnected' : connection.state;
  return (
    <div
      className={`connection-status connection-status--${state}${connection.fatal ? ' connection-status--fatal' : ''}`}
      data-testid="connection-status"
      data-state={state}
      data-saved={connection.saved ? 'true' : 'false'}
      role="status"
      aria-live="polite"
      title={connection.warning ?? undefined}
    >
      <span className="connection-status__dot" aria-hidden="true" />
      <span>{describe(connection)}</span>
      {connection.warning && !connection.fatal && (
        <span className="connection-status__warning">{connection.warning}</span>
      )}
    </div>
  );
}
