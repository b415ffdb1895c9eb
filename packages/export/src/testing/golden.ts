import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = fileURLToPath(new URL('../../../../tests/golden/export/', import.meta.url));

/** Golden files are rewritten only on request (UPDATE_GOLDEN=1), never because a test found them missing. */
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** For tests: compares text with tests/golden/export/<name>, or writes it there under UPDATE_GOLDEN=1. */
export function expectGolden(name: string, actual: string): void {
  const path = `${GOLDEN_DIR}${name}`;
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`No golden file ${name}: run the tests with UPDATE_GOLDEN=1 to write it.`);
  expect(actual, `differs from tests/golden/export/${name} (UPDATE_GOLDEN=1 rewrites it)`).toBe(
    readFileSync(path, 'utf8'),
  );
}
