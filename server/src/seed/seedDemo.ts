import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument } from '../documents/createDocument.ts';
import { SERVER_ROOT } from '../paths.ts';
import type { DocumentRecord, DocumentStore } from '../storage/DocumentStore.ts';

/** The real CMS COP15 document the demo is imported from (a copy kept with the server). */
export const DEMO_SOURCE = join(SERVER_ROOT, 'seed/cms-cop15-synergies-and-partnerships.txt');

/** On first start, creates the demo document; afterwards returns the existing one. */
export async function seedDemo(
  store: DocumentStore,
  sourcePath = DEMO_SOURCE,
): Promise<{ document: DocumentRecord; created: boolean }> {
  const existing = await store.listDocuments();
  const demo = existing.find((d) => d.symbol === 'UNEP/CMS/COP15/Doc.31') ?? existing[0];
  if (demo) return { document: demo, created: false };
  const document = await createDocument(store, {
    title: 'Synergies and partnerships',
    meeting: 'CMS COP15',
    symbol: 'UNEP/CMS/COP15/Doc.31',
    source: { format: 'text', content: readFileSync(sourcePath, 'utf8') },
  });
  return { document, created: true };
}
