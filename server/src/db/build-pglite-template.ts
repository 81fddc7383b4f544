// Run by scripts/build.mjs at `npm install`: writes dist/pglite-template.tar.gz (see pglite-template.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openMemoryPglite } from './client';
import { migrateDatabase } from './migrate';
import { PGLITE_TEMPLATE } from './pglite-template';

const database = await openMemoryPglite();
await migrateDatabase(database);
const dump = await database.client.dumpDataDir('gzip');
mkdirSync(path.dirname(PGLITE_TEMPLATE), { recursive: true });
writeFileSync(PGLITE_TEMPLATE, Buffer.from(await dump.arrayBuffer()));
await database.close();
