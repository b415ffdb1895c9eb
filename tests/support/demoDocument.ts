import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { api } from './api.ts';

export const FIXTURE_TEXT = readFileSync(
  fileURLToPath(new URL('../fixtures/cms-cop15-synergies-and-partnerships.txt', import.meta.url)),
  'utf8',
);

/** Creates a document from the CMS COP15 fixture through the API and returns its id. */
export async function createFixtureDocument(baseUrl: string, adminToken: string): Promise<string> {
  const { status, body } = await api<{ id: string }>(baseUrl, adminToken, 'POST', '/api/documents', {
    title: 'Synergies and partnerships',
    meeting: 'CMS COP15',
    symbol: 'UNEP/CMS/COP15/Doc.31',
    source: { format: 'text', content: FIXTURE_TEXT },
  });
  if (status !== 201) throw new Error(`create failed: ${status} ${JSON.stringify(body)}`);
  return body.id;
}

/** The Y.XmlText of the first paragraph of the first decision: topic → addresseeGroup → decision → paragraph. */
export function firstDecisionText(doc: Y.Doc): Y.XmlText {
  let node: Y.XmlElement | Y.XmlText | undefined = doc.getXmlFragment('content').get(0) as Y.XmlElement;
  for (const name of ['addresseeGroup', 'decision', 'paragraph']) {
    const element: Y.XmlElement = node as Y.XmlElement;
    node = element.toArray().find((child) => child instanceof Y.XmlElement && child.nodeName === name) as Y.XmlElement;
    if (!node) throw new Error(`no ${name} in the document`);
  }
  const text = (node as Y.XmlElement).get(0);
  if (!(text instanceof Y.XmlText)) throw new Error('the first paragraph has no text');
  return text;
}

/** The characters of a Y.XmlText without its formatting (toString() would render marks as tags). */
export function plainText(text: Y.XmlText): string {
  return (text.toDelta() as Array<{ insert: unknown }>)
    .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}
