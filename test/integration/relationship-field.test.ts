import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { DOCS_DIR, SCHEMA_DIR } from '../../src/paths.js';
import { loadContract } from '../../src/schema/contract.js';
import { buildGraphQLService } from '../../src/schema/service.js';
import { createApp, type App } from '../../src/server/app.js';

/**
 * docs/architecture.md says a relationship field is one SDL block. This does what it says, on a
 * copy of the schema: the block the page shows goes into the type the page names, the service is
 * built from the copy (the real compiler, the real resolver map), and the query the page shows
 * answers, on the run's Neo4j, as the page shows. Nothing else is written: no resolver, no Cypher.
 */
const page = readFileSync(join(DOCS_DIR, 'architecture.md'), 'utf8');

/** The fenced block of `lang` that follows the HTML comment `marker` on the page. */
function blockAfter(marker: string, lang: string): string {
  const at = page.indexOf(`<!-- ${marker} -->`);
  expect(at, `docs/architecture.md has <!-- ${marker} -->`).toBeGreaterThan(-1);
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(page.slice(at));
  expect(match, `a ${lang} block after <!-- ${marker} -->`).not.toBeNull();
  return match![1]!;
}

const field = blockAfter('relationship field: SDL', 'graphql');
const query = blockAfter('relationship field: query', 'graphql');
const answer = JSON.parse(blockAfter('relationship field: query', 'json')) as unknown;
const compiled = blockAfter('relationship field: query', 'cypher').trim();
const typeName = /^# in type (\w+)/m.exec(field)?.[1] ?? '';
const fieldName = /^\s*(\w+)\s*[:(]/m.exec(field.replace(/^\s*[#"].*$/gm, ''))?.[1] ?? '';

let dir: string;
let db: Database;
let app: App;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crg-schema-'));
  cpSync(SCHEMA_DIR, dir, { recursive: true });
  const file = join(dir, 'types', `${typeName.toLowerCase()}.graphql`);
  const sdl = readFileSync(file, 'utf8');
  const opening = new RegExp(`^type ${typeName} [^{]*\\{$`, 'm');
  expect(sdl, `type ${typeName} in ${file}`).toMatch(opening);
  writeFileSync(
    file,
    sdl.replace(opening, (line) => `${line}\n${field}`),
  );

  const config = loadConfig({ logLevel: 'silent', debug: true }, {});
  const logger = createLogger(config);
  db = new Database({ ...inject('neo4j'), database: 'neo4j', queryTimeoutMs: config.queryTimeoutMs, logger });
  app = await createApp({ config, db, logger, graphql: buildGraphQLService(loadContract(dir)) });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a relationship field added as docs/architecture.md says', () => {
  it('names the type it goes in and the field', () => {
    expect(typeName).not.toBe('');
    expect(fieldName).not.toBe('');
  });

  it('answers as the page shows, in one Cypher statement', async () => {
    const response = await app.http.inject({ method: 'POST', url: '/graphql', payload: { query } });
    const body = response.json<{
      data?: Record<string, unknown>;
      errors?: unknown[];
      extensions?: { cypher: { statements: number; queries: Array<{ cypher: string }> } };
    }>();
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual(answer);
    expect(body.extensions?.cypher.statements).toBe(1);
    expect(body.extensions?.cypher.queries[0]?.cypher).toContain(compiled);
  });

  it('is not in the project schema: the copy is what changed', () => {
    expect(buildGraphQLService().catalogue.relation(typeName, fieldName)).toBeUndefined();
  });
});
