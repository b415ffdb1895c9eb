// What `npm test` needs from Debian: Chromium for the browser tests (driven through playwright-core; a browser is
// never downloaded) and xmllint for checking the Akoma Ntoso export. Missing ones are installed with apt.
import { existsSync } from 'node:fs';
import { mustRun } from './run.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const needed = [
  { path: CHROMIUM, pkg: 'chromium' },
  { path: '/usr/bin/xmllint', pkg: 'libxml2-utils' },
];
const missing = needed.filter(({ path }) => !existsSync(path));

if (missing.length > 0) {
  const packages = missing.map(({ pkg }) => pkg);
  console.log(`${missing.map(({ path }) => path).join(', ')} missing: installing Debian's ${packages.join(', ')}…`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args) => (sudo.length ? mustRun('sudo', ['apt-get', ...args]) : mustRun('apt-get', args));
  await apt(['update']);
  await apt(['install', '-y', '--no-install-recommends', ...packages]);
}
