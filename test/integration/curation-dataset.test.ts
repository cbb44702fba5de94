import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadDataset } from '../../src/data/load.js';
import { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { graphql } from '../generated/index.js';
import { QUERY_TIMEOUT_MS } from '../support/budgets.js';
import { curator } from '../support/curation.js';
import { useScratchNeo4j } from '../support/scratch.js';
import { startService, type TestService } from '../support/service.js';

/**
 * Curation wins over the dataset files: the next load of the files neither overwrites a curated
 * entity nor restores a link an editor removed, and it says which. On the scratch Neo4j: it
 * edits dataset entities and reloads the files.
 */
const scratch = useScratchNeo4j('dataset');
let db: Database;
let service: TestService;
const test = curator();
let editor: Record<string, string>;
const dataDir = loadConfig({}, {}).dataDir;

beforeAll(async () => {
  db = new Database({
    ...scratch.access,
    database: 'neo4j',
    queryTimeoutMs: QUERY_TIMEOUT_MS,
    logger: createLogger({ logLevel: 'silent' }),
  });
  service = await startService({}, scratch.access);
  test.use(service.db);
  editor = await test.bearer('editor');
});
afterAll(async () => {
  await service.close();
  await db.close();
});

const Law = graphql(`
  query DatasetLaw($id: ID!) {
    instrument(id: $id) {
      adopted
      note
      version
      curated
      implements {
        id
        article {
          id
        }
        basis
      }
    }
  }
`);
const Correct = graphql(`
  mutation DatasetCorrect($id: ID!, $version: Int!) {
    updateEntity(id: $id, expectedVersion: $version, set: { note: "Corrected by an editor." }) {
      version
    }
  }
`);
const Unlink = graphql(`
  mutation DatasetUnlink($id: ID!) {
    unlink(id: $id) {
      id
    }
  }
`);

describe('curated edits and the dataset files', () => {
  it('keeps an editor’s correction and removal over the next load of the files, and reports both', async () => {
    const before = await service.query(Law, { id: 'kz:law:education' });
    expect(before.body.data?.instrument).toMatchObject({ version: 0, curated: false });
    const article29 = 'kz:law:education|IMPLEMENTS|crc:art:29';
    expect(before.body.data?.instrument?.implements.some((l) => l.id === article29)).toBe(true);

    expect((await service.query(Correct, { id: 'kz:law:education', version: 0 }, editor)).body.errors).toBeUndefined();
    expect((await service.query(Unlink, { id: article29 }, editor)).body.errors).toBeUndefined();

    const messages: string[] = [];
    const result = await loadDataset(db, dataDir, { force: true, progress: (m) => messages.push(m) });
    expect(result.curated.entities).toEqual(['kz:law:education']);
    expect(result.curated.links).toEqual([article29]);
    expect(messages.join('\n')).toContain('Kept 1 entity as editors curated them: kz:law:education');

    const after = await service.query(Law, { id: 'kz:law:education' });
    expect(after.body.data?.instrument).toMatchObject({
      note: 'Corrected by an editor.',
      version: 1,
      curated: true,
      adopted: '2007-07-27',
    });
    // That link is gone; the law's Article 3 still implements Article 29, by the law's own text.
    const links = after.body.data?.instrument?.implements.map((l) => l.id) ?? [];
    expect(links).not.toContain(article29);
    expect(links).toContain('kz:law:education:art:3|IMPLEMENTS|crc:art:29');
    // The entity's other links, from the files, are still loaded and kept up to date.
    expect(after.body.data?.instrument?.implements.some((l) => l.article.id === 'crc:art:28')).toBe(true);
  });

  it('keeps curated entities, and dataset entities that curated links point to, when the files do not hold them', async () => {
    const Create = graphql(`
      mutation DatasetCreate($input: EntityInput!) {
        createEntity(input: $input) {
          version
        }
      }
    `);
    const input = { id: test.id('program'), kind: 'PROGRAM' as const, name: { en: 'A programme' }, sources: ['src:seed-paper'] };
    expect((await service.query(Create, { input }, editor)).body.errors).toBeUndefined();
    // Two challenges an earlier version of the files held and the current one does not.
    await db.write(
      'earlier-files',
      `UNWIND $ids AS id CREATE (n:Entity:Challenge {id: id, kind: 'CHALLENGE', name_en: id, origin: 'dataset'})`,
      { ids: [test.id('gone'), test.id('kept')] },
    );
    const Link = graphql(`
      mutation DatasetLink($input: LinkInput!) {
        link(input: $input) {
          id
        }
      }
    `);
    const link = {
      type: 'ADDRESSES' as const,
      from: test.id('program'),
      to: test.id('kept'),
      basis: 'EDITORIAL' as const,
      sources: ['src:seed-paper'],
    };
    expect((await service.query(Link, { input: link }, editor)).body.errors).toBeUndefined();

    const result = await loadDataset(db, dataDir, { force: true });
    expect(result.removed.entities).toBe(1);
    expect(result.curated.keptEntities).toEqual([test.id('kept')]);
    const rows = await db.read('kept', 'MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN n.id AS id, n.origin AS origin ORDER BY id', {
      p: test.prefix,
    });
    expect(rows).toEqual([
      { id: test.id('kept'), origin: 'dataset' },
      { id: test.id('program'), origin: 'curated' },
    ]);
  });

  it('leaves the graph as loaded when the files are loaded twice over curated data', async () => {
    const first = await loadDataset(db, dataDir, { force: true });
    const dump = () => db.read('dump', 'MATCH (n:Entity) RETURN n.id AS id, properties(n) AS p ORDER BY id');
    const once = await dump();
    const second = await loadDataset(db, dataDir, { force: true });
    expect(second.removed).toEqual({ entities: 0, links: 0, claims: 0 });
    expect(second.curated).toEqual(first.curated);
    expect(await dump()).toEqual(once);
  });
});
