import { loadConfig } from './config.ts';
import { seedDemo } from './seed/seedDemo.ts';
import { startServer } from './startServer.ts';

const config = loadConfig();
const server = await startServer(config);
const { document, created } = await seedDemo(server.store);
const chair = server.signer.sign({ doc: document.id, role: 'chair', party: null, name: 'Chair', exp: null });

console.log(`Draftroom is running at ${server.url} (data in ${config.dataDir})`);
if (created) console.log(`Created the demo document "${document.title}" from the CMS COP15 document.`);
console.log(`Open the demo as chair:  ${server.url}/d/${document.id}?token=${chair}`);
console.log(`Documents page (admin):  ${server.url}/?admin=${server.adminToken}`);
if (server.adminTokenCreated) console.log(`Admin token (kept in ${config.dataDir}/admin-token): ${server.adminToken}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`Received ${signal}; closing documents…`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
