/**
 * The text each benchmark update inserts: `~L<writer>.<µs since the run's origin>~`, in base 36 (about ten
 * characters). Yjs writes inserted strings into an update as plain UTF-8, so a receiver finds the marker in the
 * raw bytes without decoding the update, and reads from it who sent it and when. The clock is CLOCK_MONOTONIC
 * (process.hrtime), which every process on the machine shares; the origin is agreed at the start of a run.
 */

const PREFIX = Buffer.from('~L');
const END = 0x7e; // '~'
const DOT = 0x2e; // '.'

/** Microseconds on the machine-wide monotonic clock. */
export function nowUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/** The marker of an update `writer` sends `offsetUs` after the run's origin. */
export function markerText(writer: number, offsetUs: number): string {
  return `~L${writer.toString(36)}.${Math.max(0, Math.round(offsetUs)).toString(36)}~`;
}

/** Parses the base-36 digits in bytes[from, to) without making a string. -1 if a byte is not a digit. */
function base36(bytes: Uint8Array, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = bytes[i] as number;
    let digit: number;
    if (c >= 0x30 && c <= 0x39) digit = c - 0x30;
    else if (c >= 0x61 && c <= 0x7a) digit = c - 0x61 + 10;
    else return -1;
    value = value * 36 + digit;
  }
  return to > from ? value : -1;
}

/** Calls `found` for every marker in `bytes` from `offset` on. Cheap: a native search per marker. */
export function scanMarkers(bytes: Buffer, offset: number, found: (writer: number, offsetUs: number) => void): void {
  let at = bytes.indexOf(PREFIX, offset);
  while (at >= 0) {
    const start = at + PREFIX.length;
    const end = bytes.indexOf(END, start);
    if (end < 0) return;
    const dot = bytes.indexOf(DOT, start);
    if (dot > 0 && dot < end) {
      const writer = base36(bytes, start, dot);
      const offsetUs = base36(bytes, dot + 1, end);
      if (writer >= 0 && offsetUs >= 0) found(writer, offsetUs);
    }
    at = bytes.indexOf(PREFIX, end + 1);
  }
}
