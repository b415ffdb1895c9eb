import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from './SqliteStore.ts';
import { storeContract } from './storeContract.ts';

storeContract('SqliteStore', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'draftroom-store-')), 'store.sqlite');
  return { store: new SqliteStore(file), reopen: async () => new SqliteStore(file) };
});
