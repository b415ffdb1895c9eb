import type { ExportMeta } from '../ExportOptions.ts';

export interface HeaderLines {
  symbol: string | null;
  meeting: string | null;
  title: string | null;
}

const present = (value: string | undefined): string | null => value?.trim() || null;

/** The document's heading as a UN document prints it: symbol, meeting, title; missing parts are left out. */
export function headerLines(meta: ExportMeta): HeaderLines {
  return { symbol: present(meta.symbol), meeting: present(meta.meeting), title: present(meta.title) };
}
