import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from '../paths.js';
import { loadStatements } from './cypher.js';
import type { Database } from './database.js';

/** Applies `cypher/schema/*.cypher` (constraints and indexes) and waits until indexes are online. */
export async function applySchema(db: Database, dir = join(CYPHER_DIR, 'schema')): Promise<number> {
  let count = 0;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()) {
    for (const statement of loadStatements(join(dir, file))) {
      await db.write(`schema:${file}`, statement);
      count += 1;
    }
  }
  await db.write('schema:await-indexes', 'CALL db.awaitIndexes(300)');
  return count;
}
