import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backup } from '../db/backup.js';
import { fail, withDatabase } from './database.js';

/** `npm run backup -- --out <file>`: the whole graph to a JSON Lines file (see src/db/backup.ts). */
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const file = resolve(values.out ?? `backup-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`);

await withDatabase(async (db) => {
  const header = await backup(db, file);
  console.log(`Backed up ${header.nodes} nodes and ${header.relationships} relationships to ${file}`);
}).catch(fail);
