import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../exportDocument.ts';
import { FIXTURE_META } from '../testing/fixtureDocument.ts';
import { amendedFixture } from '../testing/scriptedAmendments.ts';

/** LibreOffice is large and not installed here; where it is, the .docx must convert to PDF as Word's would. */
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));

describe.skipIf(!SOFFICE)('the .docx opened by LibreOffice', () => {
  it('converts to PDF headless', { timeout: 120_000 }, async () => {
    const { doc, records } = amendedFixture();
    const { body } = await exportDocument(doc, 'docx', { view: 'tracked', meta: FIXTURE_META }, records);
    const dir = mkdtempSync(join(tmpdir(), 'draftroom-pdf-'));
    try {
      writeFileSync(join(dir, 'export.docx'), body);
      execFileSync(
        SOFFICE as string,
        ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'export.docx')],
        {
          stdio: 'pipe',
          timeout: 110_000,
        },
      );
      expect(readFileSync(join(dir, 'export.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
