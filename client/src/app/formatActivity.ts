const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "5 minutes ago" for the list, with the exact time for the tooltip; a session is measured in minutes. */
export function formatActivity(iso: string, now = Date.now()): { relative: string; absolute: string } {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return { relative: '—', absolute: '' };
  const seconds = Math.round((time - now) / 1000);
  const abs = Math.abs(seconds);
  let text: string;
  if (abs < 45) text = 'just now';
  else if (abs < 45 * 60) text = relative.format(Math.round(seconds / 60), 'minute');
  else if (abs < 22 * 3600) text = relative.format(Math.round(seconds / 3600), 'hour');
  else if (abs < 7 * 86400) text = relative.format(Math.round(seconds / 86400), 'day');
  else text = absolute.format(time).split(',')[0] ?? absolute.format(time);
  return { relative: text, absolute: absolute.format(time) };
}
