import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const XMLLINT = '/usr/bin/xmllint';

/**
 * Where the Akoma Ntoso 3.0 XSD is expected (with the xml.xsd it imports beside it). It is not in the repository:
 * no package registry reachable from here ships it, so the schema test runs wherever someone has put it there.
 */
export const AKN_XSD = fileURLToPath(new URL('../../../../tests/fixtures/akomantoso30.xsd', import.meta.url));

export const hasXmllint = existsSync(XMLLINT);
export const hasAknXsd = existsSync(AKN_XSD);

/** For tests: runs xmllint on the XML (against the XSD when given); returns its complaints, empty when valid. */
export function xmllint(xml: string, schema?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'draftroom-akn-'));
  const file = join(dir, 'document.xml');
  writeFileSync(file, xml);
  try {
    execFileSync(XMLLINT, ['--noout', '--nonet', ...(schema ? ['--schema', schema] : []), file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
