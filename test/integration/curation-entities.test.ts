import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { EntityInput } from '../generated/graphql.js';
import { curator } from '../support/curation.js';
import { startService, type TestService } from '../support/service.js';

/** Creating, updating and retiring entities: checked with the dataset's rules, versioned, audited. */
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
  mutation CurateCreate($input: EntityInput!, $reason: String) {
    createEntity(input: $input, reason: $reason) {
      version
      entity {
        id
        kind
        name
        nameLangs
        version
        curated
        sources {
          id
        }
        ... on Instrument {
          adopted
          number
        }
      }
      audit {
        operation
        actor
        role
        subject
        version
        before
        after
        changedFields
        reason
      }
    }
  }
`);
const Update = graphql(`
  mutation CurateUpdate($id: ID!, $expected: Int!, $set: EntityPatch!) {
    updateEntity(id: $id, expectedVersion: $expected, set: $set) {
      version
      entity {
        id
        name
        note
        version
        ... on Instrument {
          adopted
        }
      }
      audit {
        operation
        version
        before
        after
        changedFields
      }
    }
  }
`);
const Retire = graphql(`
  mutation CurateRetire($id: ID!, $expected: Int!, $validTo: Date!) {
    retireEntity(id: $id, expectedVersion: $expected, validTo: $validTo, reason: "repealed") {
      version
      entity {
        id
        validTo
      }
      audit {
        operation
        changedFields
      }
    }
  }
`);
const History = graphql(`
  query CurateHistory($id: ID!) {
    history(id: $id) {
      operation
      subject
      version
      actor
      at
    }
  }
`);
const Entity = graphql(`
  query CurateEntity($id: ID!) {
    node(id: $id) {
      id
      version
      note
    }
  }
`);

const law = (name: string): EntityInput => ({
  id: test.id(name),
  kind: 'LAW',
  name: { en: `Law ${name}`, ru: `Закон ${name}` },
  adopted: '2024-01-15',
  number: '1-VIII',
  sources: ['src:seed-paper'],
});

describe('createEntity', () => {
  it('creates an entity at version 1, curated, with its sources, and records who did it', async () => {
    const { body } = await service.query(Create, { input: law('one'), reason: 'new law' }, editor);
    expect(body.errors).toBeUndefined();
    const { version, entity, audit } = body.data!.createEntity;
    expect(version).toBe(1);
    expect(entity).toMatchObject({ id: test.id('one'), kind: 'LAW', version: 1, curated: true, adopted: '2024-01-15' });
    expect(entity.nameLangs).toEqual(['EN', 'RU']);
    expect(entity.sources).toEqual([{ id: 'src:seed-paper' }]);
    expect(audit).toMatchObject({ operation: 'CREATE_ENTITY', actor: `${test.prefix}-editor`, role: 'EDITOR', version: 1, before: null });
    expect(audit.reason).toBe('new law');
    expect(JSON.parse(audit.after!)).toMatchObject({ adopted: '2024-01-15', name: { en: 'Law one' }, sources: ['src:seed-paper'] });
    expect(audit.changedFields).toEqual(expect.arrayContaining(['adopted', 'name', 'number', 'sources']));
    // Read the ids referred to, create, link the sources, read back, record; then the projection.
    expect(body.extensions?.['cypher']).toMatchObject({ statements: 7 });
  });

  it.each([
    ['an unknown field for the kind', { ...law('x1'), kind: 'PERSON' as const }, 'input.adopted'],
    ['no source', { ...law('x2'), sources: [] }, 'input.sources'],
    ['a source that does not exist', { ...law('x3'), sources: ['src:no-such-source'] }, 'input.sources'],
    ['a source that is not a SOURCE', { ...law('x4'), sources: ['crc:art:1'] }, 'input.sources'],
    ['a malformed id', { ...law('x5'), id: 'bad id' }, 'input.id'],
    [
      'a provision without partOf',
      { id: test.id('x6'), kind: 'PROVISION' as const, name: { en: 'Art. 1' }, sources: ['src:seed-paper'] },
      'input.partOf',
    ],
    ['an empty English name', { ...law('x7'), name: { en: ' ' } }, 'input.name'],
    ['a language that is not a string', { ...law('x8'), name: { kk: 'Заң' } }, 'input.name'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_what, input, argument) => {
    const { body } = await service.query(Create, { input }, editor);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect((await service.query(Entity, { id: input.id })).body.data?.node ?? null).toBeNull();
  });

  it('refuses an id that exists with CONFLICT', async () => {
    await service.query(Create, { input: law('twice') }, editor);
    const { body } = await service.query(Create, { input: law('twice') }, editor);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', argument: 'input.id' });
    const dataset = await service.query(Create, { input: { ...law('x'), id: 'kz:law:education' } }, editor);
    expect(dataset.body.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('refuses a malformed date before anything else with BAD_USER_INPUT', async () => {
    const { status, body } = await service.query(Create, { input: { ...law('d'), adopted: '2024-02-30' } }, editor);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('updateEntity', () => {
  it('changes the fields given, removes those given as null, and counts the version', async () => {
    await service.query(Create, { input: { ...law('upd'), note: 'first note' } }, editor);
    const { body } = await service.query(
      Update,
      { id: test.id('upd'), expected: 1, set: { adopted: '2024-02-01', note: null, name: { en: 'Law upd, amended' } } },
      editor,
    );
    expect(body.errors).toBeUndefined();
    const { version, entity, audit } = body.data!.updateEntity;
    expect(version).toBe(2);
    expect(entity).toMatchObject({ name: 'Law upd, amended', note: null, version: 2, adopted: '2024-02-01' });
    expect(audit.changedFields).toEqual(['adopted', 'name', 'note']);
    expect(JSON.parse(audit.before!)).toMatchObject({
      adopted: '2024-01-15',
      note: 'first note',
      name: { en: 'Law upd', ru: 'Закон upd' },
    });
    expect(JSON.parse(audit.after!)).toMatchObject({ adopted: '2024-02-01', name: { en: 'Law upd, amended' } });
    expect(JSON.parse(audit.after!)).not.toHaveProperty('note');
    // Lock, read, read the references, write, link the sources, read back, record; the projection.
    expect(body.extensions?.['cypher']).toMatchObject({ statements: 9 });
  });

  it('refuses a stale expectedVersion with CONFLICT and the current version, and writes nothing', async () => {
    await service.query(Create, { input: law('stale') }, editor);
    await service.query(Update, { id: test.id('stale'), expected: 1, set: { note: 'a' } }, editor);
    const { body } = await service.query(Update, { id: test.id('stale'), expected: 1, set: { note: 'b' } }, editor);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', argument: 'expectedVersion', currentVersion: 2 });
    expect((await service.query(Entity, { id: test.id('stale') })).body.data?.node).toMatchObject({ version: 2, note: 'a' });
  });

  it('refuses an invalid result with BAD_USER_INPUT and leaves the entity and its version alone', async () => {
    await service.query(Create, { input: law('inv') }, editor);
    const noName = await service.query(Update, { id: test.id('inv'), expected: 1, set: { name: null } }, editor);
    expect(noName.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'set.name' });
    const noSource = await service.query(Update, { id: test.id('inv'), expected: 1, set: { sources: [] } }, editor);
    expect(noSource.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'set.sources' });
    const wrongField = await service.query(Update, { id: test.id('inv'), expected: 1, set: { isoCode: 'kz' } }, editor);
    expect(wrongField.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'set.isoCode' });
    expect((await service.query(Entity, { id: test.id('inv') })).body.data?.node).toMatchObject({ version: 1 });
    expect((await service.query(History, { id: test.id('inv') })).body.data?.history).toHaveLength(1);
  });

  it('answers an unknown entity with NOT_FOUND', async () => {
    const { body } = await service.query(Update, { id: test.id('nobody'), expected: 0, set: { note: 'x' } }, editor);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});

describe('retireEntity and history', () => {
  it('retires an entity softly and lists every write, newest first', async () => {
    await service.query(Create, { input: law('old') }, editor);
    await service.query(Update, { id: test.id('old'), expected: 1, set: { note: 'amended' } }, editor);
    const { body } = await service.query(Retire, { id: test.id('old'), expected: 2, validTo: '2025-12-31' }, editor);
    expect(body.errors).toBeUndefined();
    expect(body.data!.retireEntity).toMatchObject({
      version: 3,
      entity: { id: test.id('old'), validTo: '2025-12-31' },
      audit: { operation: 'RETIRE_ENTITY', changedFields: ['validTo'] },
    });
    const history = await service.query(History, { id: test.id('old') });
    expect(history.body.data?.history.map((h) => [h.operation, h.version])).toEqual([
      ['RETIRE_ENTITY', 3],
      ['UPDATE_ENTITY', 2],
      ['CREATE_ENTITY', 1],
    ]);
    expect(history.body.extensions?.['cypher']).toMatchObject({ statements: 1 });
  });

  it('refuses a malformed id or page size with BAD_USER_INPUT', async () => {
    expect((await service.query(History, { id: 'x y' })).body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const Page = graphql(`
      query CurateHistoryPage($id: ID!, $first: Int) {
        history(id: $id, first: $first) {
          id
        }
      }
    `);
    const { body } = await service.query(Page, { id: 'crc:art:1', first: 1000 });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', allowed: '1..100' });
  });
});
