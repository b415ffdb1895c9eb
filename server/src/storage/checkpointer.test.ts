import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../../../tests/support/yClient.ts';
import { startCheckpointer } from './checkpointer.ts';

describe('startCheckpointer', () => {
  it('says so when its worker cannot do its job, so that the store goes back to SQLite’s own checkpoints', async () => {
    // A directory is no database: the worker's connection fails to open.
    const notADatabase = mkdtempSync(join(tmpdir(), 'draftroom-checkpoint-'));
    const failures: string[] = [];
    const checkpointer = startCheckpointer(notADatabase, { everyMs: 10, onFailure: (reason) => failures.push(reason) });
    await waitFor(() => failures.length > 0, 'the failure to be reported');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/directory|unable to open|database/i);
    await checkpointer.close();
  });
});
