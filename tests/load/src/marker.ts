/**
 * The text each benchmark update inserts: `~L<writer>.<seq>.<sent µs>~`, base 36. Yjs writes inserted strings
 * into an update as plain UTF-8, so a receiver finds the marker in the raw bytes without decoding the update,
 * and reads from it who sent it and when. The clock is CLOCK_MONOTONIC (process.hrtime), which every process
 * and thread on the machine shares.
 */

const PREFIX = Buffer.from('~L');
const END = 0x7e; // '~'
const DOT = 0x2e; // '.'

export interface Marker {
  writer: number;
  seq: number;
  sentUs: number;
}

/** Microseconds on the machine-wide monotonic clock. */
export function nowUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

export function markerText(writer: number, seq: number, sentUs: number): string {
  return `~L${writer.toString(36)}.${seq.toString(36)}.${sentUs.toString(36)}~`;
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

/** Calls `found` for every marker in `bytes` from `offset` on. Cheap: one native search per marker. */
export function scanMarkers(bytes: Buffer, offset: number, found: (writer: number, sentUs: number) => void): void {
  let at = bytes.indexOf(PREFIX, offset);
  while (at >= 0) {
    const start = at + PREFIX.length;
    const end = bytes.indexOf(END, start);
    if (end < 0) return;
    const dot1 = bytes.indexOf(DOT, start);
    const dot2 = dot1 < 0 ? -1 : bytes.indexOf(DOT, dot1 + 1);
    if (dot2 > 0 && dot2 < end) {
      const writer = base36(bytes, start, dot1);
      const sentUs = base36(bytes, dot2 + 1, end);
      if (writer >= 0 && sentUs >= 0) found(writer, sentUs);
    }
    at = bytes.indexOf(PREFIX, end + 1);
  }
}
