// `npm start`: install, build, and serve Draftroom (SQLite in DATA_DIR, ./data by default).
import { spawn } from 'node:child_process';
import { mustRun } from './run.mjs';

await mustRun(process.execPath, ['scripts/setup.mjs']);
await mustRun('pnpm', ['run', 'build']);

const server = spawn(process.execPath, ['server/dist/main.js'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
