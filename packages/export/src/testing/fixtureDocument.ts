import { readFileSync } from 'node:fs';
import { draftSchema } from '@draftroom/document-model';
import { importText } from '@draftroom/import';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { ExportMeta } from '../ExportOptions.ts';

const FIXTURE = new URL('../../../../tests/fixtures/cms-cop15-synergies-and-partnerships.txt', import.meta.url);

/** For tests: the seed fixture (the annex of CMS COP15 "Synergies and partnerships") as a document. */
export function fixtureDocument(): PMNode {
  return draftSchema.nodeFromJSON(importText(readFileSync(FIXTURE, 'utf8')).content);
}

/** For tests: the fixture's metadata, as the demo seed stores it. */
export const FIXTURE_META: ExportMeta = {
  title: 'Synergies and partnerships',
  meeting: 'CMS COP15',
  symbol: 'UNEP/CMS/COP15/Doc.31',
  status: 'negotiation',
};

/** For tests: the export date of every golden file. */
export const GOLDEN_NOW = new Date('2026-02-10T09:30:00Z');
