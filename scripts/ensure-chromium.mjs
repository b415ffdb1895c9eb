// Browser tests drive Debian's Chromium through playwright-core; a browser is never downloaded.
import { existsSync } from 'node:fs';
import { mustRun } from './run.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  console.log(`${CHROMIUM} is missing: installing Debian's chromium package…`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args) => (sudo.length ? mustRun('sudo', ['apt-get', ...args]) : mustRun('apt-get', args));
  await apt(['update']);
  await apt(['install', '-y', '--no-install-recommends', 'chromium']);
}
