import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { curator } from '../support/curation.js';
import { startService, type TestService } from '../support/service.js';

/**
 * Curated writes keep the dates the loader derives: a REPLACES link written by an editor ends the
 * replaced act (and its articles) the day before the successor enters into force, removing it
 * lifts that end, and changing the successor's entry into force moves it.
 */
let service: TestService;
const test = curator();
let editor: Record<string, string>;
const [oldLaw, oldArticle, newLaw] = [test.id('old-law'), test.id('old-law:art:1'), test.id('new-law')];
const replaces = `${newLaw}|REPLACES|${oldLaw}`;

beforeAll(async () => {
  service = await startService();
  test.use(service.db);
  editor = await test.bearer('editor');
  const { body } = await service.query(
    graphql(`
      mutation DatesSetUp($input: ImportInput!) {
        importGraph(input: $input) {
          entities
        }
      }
    `),
    {
      input: {
        entities: [
          { id: oldLaw, kind: 'LAW', name: { en: 'An old law' }, adopted: '2001-05-10', sources: ['src:seed-paper'] },
          { id: oldArticle, kind: 'PROVISION', name: { en: 'Its article 1' }, partOf: oldLaw, sources: ['src:seed-paper'] },
          {
            id: newLaw,
            kind: 'LAW',
            name: { en: 'A new law' },
            adopted: '2014-07-03',
            entryIntoForce: '2015-01-01',
            sources: ['src:seed-paper'],
          },
        ],
        links: [{ type: 'IMPLEMENTS', from: oldArticle, to: 'crc:art:35', basis: 'EDITORIAL', sources: ['src:seed-paper'] }],
      },
    },
    editor,
  );
  expect(body.errors).toBeUndefined();
});
afterAll(async () => {
  await test.cleanup();
  await service.close();
});

const Link = graphql(`
  mutation DatesLink($input: LinkInput!) {
    link(input: $input) {
      id
    }
  }
`);
const Unlink = graphql(`
  mutation DatesUnlink($id: ID!) {
    unlink(id: $id) {
      id
    }
  }
`);
const State = graphql(`
  query DatesState($id: ID!, $asOf: Date) {
    timeline(id: $id) {
      event
      date
      derived
      act {
        id
      }
    }
    crcArticle(number: 35, asOf: $asOf) {
      implementedBy {
        by {
          id
        }
      }
    }
  }
`);

async function state(asOf: string) {
  const { body } = await service.query(State, { id: oldLaw, asOf });
  expect(body.errors).toBeUndefined();
  return {
    events: body.data!.timeline.map((e) => `${e.event} ${e.date ?? '?'}${e.derived ? ' (derived)' : ''}${e.act ? ` ${e.act.id}` : ''}`),
    articleImplements: body.data!.crcArticle!.implementedBy.some((l) => l.by.id === oldArticle),
  };
}

describe('dates derived by curation', () => {
  it('ends the replaced law and its article the day before the successor enters into force', async () => {
    const link = await service.query(
      Link,
      { input: { type: 'REPLACES', from: newLaw, to: oldLaw, basis: 'OFFICIAL', sources: ['src:seed-paper'] } },
      editor,
    );
    expect(link.body.errors).toBeUndefined();
    expect((link.body.extensions?.['cypher'] as { statements: number }).statements).toBe(6);
    expect(await state('2014-12-31')).toEqual({
      events: ['ADOPTED 2001-05-10', 'ENDED 2014-12-31 (derived)', `REPLACED_BY 2015-01-01 (derived) ${newLaw}`],
      articleImplements: true,
    });
    expect((await state('2015-01-01')).articleImplements).toBe(false);
  });

  it('moves the end when the successor’s entry into force changes', async () => {
    const read = await service.query(
      graphql(`
        query DatesVersion($id: ID!) {
          node(id: $id) {
            ... on Curated {
              version
            }
          }
        }
      `),
      { id: newLaw },
    );
    const version = (read.body.data!.node as { version: number }).version;
    const update = await service.query(
      graphql(`
        mutation DatesUpdate($id: ID!, $expectedVersion: Int!) {
          updateEntity(id: $id, expectedVersion: $expectedVersion, set: { entryIntoForce: "2016-01-01" }) {
            version
          }
        }
      `),
      { id: newLaw, expectedVersion: version },
      editor,
    );
    expect(update.body.errors?.map((e) => e.message)).toBeUndefined();
    expect((await state('2015-06-01')).articleImplements).toBe(true);
    expect((await state('2016-01-01')).events).toContain('ENDED 2015-12-31 (derived)');
    expect((await state('2016-01-01')).articleImplements).toBe(false);
  });

  it('lifts the end when the REPLACES link is removed', async () => {
    const unlink = await service.query(Unlink, { id: replaces }, editor);
    expect(unlink.body.errors).toBeUndefined();
    expect(await state('2024-01-01')).toEqual({ events: ['ADOPTED 2001-05-10'], articleImplements: true });
  });

  it('takes a rename with its former name into the timeline, and refuses one without it', async () => {
    const Create = graphql(`
      mutation DatesRename($input: EntityInput!) {
        createEntity(input: $input) {
          version
        }
      }
    `);
    const body = test.id('renamed-body');
    const base = { kind: 'INSTITUTION' as const, name: { en: 'A body' }, validFrom: '2001-01-01', sources: ['src:seed-paper'] };
    const refused = await service.query(Create, { input: { ...base, id: test.id('nameless-rename'), renamedOn: '2010-01-01' } }, editor);
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(refused.body.errors?.[0]?.message).toContain('renamedOn is given without formerName');
    const created = await service.query(
      Create,
      { input: { ...base, id: body, formerName: { en: 'A body of old' }, renamedOn: '2010-01-01', renamedSources: ['src:seed-paper'] } },
      editor,
    );
    expect(created.body.errors).toBeUndefined();
    const { body: read } = await service.query(
      graphql(`
        query DatesRenamed($id: ID!) {
          timeline(id: $id) {
            event
            date
            formerName
            sources
          }
        }
      `),
      { id: body },
    );
    expect(read.data?.timeline).toEqual([
      { event: 'ESTABLISHED', date: '2001-01-01', formerName: null, sources: ['src:seed-paper'] },
      { event: 'RENAMED', date: '2010-01-01', formerName: 'A body of old', sources: ['src:seed-paper'] },
    ]);
  });
});
