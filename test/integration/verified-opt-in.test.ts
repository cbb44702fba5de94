import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { readCsv } from '../support/consumers.js';
import { curator } from '../support/curation.js';
import { startService, type TestService } from '../support/service.js';

/** `verified` is opt-in: a curated entity or link is verified only when the editor says so. */
let service: TestService;
const test = curator();
let editor: Record<string, string>;

beforeAll(async () => {
  service = await startService();
  test.use(service.db);
  editor = await test.bearer('editor');
});
afterAll(async () => {
  await test.cleanup();
  await service.close();
});

const Create = graphql(`
  mutation VerifiedCreate($input: EntityInput!) {
    createEntity(input: $input) {
      entity {
        id
        verified
      }
      audit {
        after
      }
    }
  }
`);
const Update = graphql(`
  mutation VerifiedUpdate($id: ID!, $set: EntityPatch!) {
    updateEntity(id: $id, expectedVersion: 1, set: $set) {
      entity {
        verified
      }
    }
  }
`);
const Link = graphql(`
  mutation VerifiedLink($input: LinkInput!) {
    link(input: $input) {
      id
    }
  }
`);
const Import = graphql(`
  mutation VerifiedImport($input: ImportInput!) {
    importGraph(input: $input) {
      entities
    }
  }
`);
const Verified = graphql(`
  query VerifiedNode($id: ID!) {
    node(id: $id) {
      id
      verified
    }
  }
`);

const programme = (name: string, verified?: boolean) => ({
  id: test.id(name),
  kind: 'PROGRAM' as const,
  name: { en: `Programme ${name}` },
  sources: ['src:seed-paper'],
  ...(verified === undefined ? {} : { verified }),
});

/** The `verified` cell of each link of the export around `ids`, by link id. */
async function exportedLinks(ids: string[]): Promise<Record<string, string | undefined>> {
  const text = await (await fetch(`${service.url}/export/csv-edges?ids=${ids.map(encodeURIComponent).join(',')}`)).text();
  const cells: Record<string, string | undefined> = {};
  for (const row of readCsv(text)) cells[row['id'] ?? ''] = row['verified'];
  return cells;
}

describe('verified on curated writes', () => {
  it('stores false when a new entity does not say it, and true only when it says so', async () => {
    const silent = await service.query(Create, { input: programme('silent') }, editor);
    expect(silent.body.errors).toBeUndefined();
    expect(silent.body.data?.createEntity.entity).toEqual({ id: test.id('silent'), verified: false });
    expect(JSON.parse(silent.body.data!.createEntity.audit.after!)).toMatchObject({ verified: false });
    const said = await service.query(Create, { input: programme('checked', true) }, editor);
    expect(said.body.data?.createEntity.entity.verified).toBe(true);
  });

  it('keeps the stored value when an update does not say verified', async () => {
    expect((await service.query(Create, { input: programme('kept', true) }, editor)).body.errors).toBeUndefined();
    const { body } = await service.query(Update, { id: test.id('kept'), set: { note: 'checked again' } }, editor);
    expect(body.errors).toBeUndefined();
    expect(body.data?.updateEntity.entity.verified).toBe(true);
  });

  it('stores false on a link that does not say it, true on one that does', async () => {
    expect((await service.query(Create, { input: programme('linked') }, editor)).body.errors).toBeUndefined();
    const challenges = ['kz:challenge:abuse-and-neglect', 'kz:challenge:child-labour'];
    const ids: string[] = [];
    for (const [i, to] of challenges.entries()) {
      const input = { type: 'ADDRESSES' as const, from: test.id('linked'), to, basis: 'EDITORIAL' as const, sources: ['src:seed-paper'] };
      const { body } = await service.query(Link, { input: i === 0 ? input : { ...input, verified: true } }, editor);
      expect(body.errors).toBeUndefined();
      ids.push(body.data!.link.id);
    }
    const cells = await exportedLinks([test.id('linked'), ...challenges]);
    expect([cells[ids[0]!], cells[ids[1]!]]).toEqual(['false', 'true']);
  });

  it('stores false on imported entities and links that do not say it', async () => {
    const link = {
      type: 'ADDRESSES' as const,
      from: test.id('imported'),
      to: 'kz:challenge:child-labour',
      basis: 'EDITORIAL' as const,
      sources: ['src:seed-paper'],
    };
    const { body } = await service.query(Import, { input: { entities: [programme('imported')], links: [link] } }, editor);
    expect(body.errors).toBeUndefined();
    expect(body.data?.importGraph.entities).toEqual([test.id('imported')]);
    expect((await service.query(Verified, { id: test.id('imported') })).body.data?.node).toEqual({
      id: test.id('imported'),
      verified: false,
    });
    const cells = await exportedLinks([test.id('imported'), 'kz:challenge:child-labour']);
    expect(cells[`${test.id('imported')}|ADDRESSES|kz:challenge:child-labour`]).toBe('false');
  });
});
