const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

/** "10:42" today, "3 Jun 10:42" another day: a negotiation is followed by the clock on the wall. */
export function formatTime(iso: string, now: Date = new Date()): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return '';
  const sameDay = time.toDateString() === now.toDateString();
  return sameDay ? clock.format(time) : `${day.format(time)} ${clock.format(time)}`;
}
