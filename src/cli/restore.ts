import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { restore } from '../db/backup.js';
import { fail, withDatabase } from './database.js';

/** `npm run restore -- --in <file>`: a backup into an empty Neo4j, all of it or nothing. */
const { values } = parseArgs({ options: { in: { type: 'string' } } });
if (!values.in) fail('give the backup file: --in <file>');
const file = resolve(values.in);

await withDatabase(async (db) => {
  const header = await restore(db, file);
  console.log(`Restored ${header.nodes} nodes and ${header.relationships} relationships from ${file} (backed up ${header.createdAt})`);
}).catch(fail);
