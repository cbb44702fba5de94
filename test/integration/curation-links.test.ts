import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { LinkInput } from '../generated/graphql.js';
import { curator } from '../support/curation.js';
import { startService, type TestService } from '../support/service.js';

/** Linking, unlinking and importing: the kinds a type connects, provenance, all-or-nothing. */
let service: TestService;
const test = curator();
let editor: Record<string, string>;

beforeAll(async () => {
  service = await startService();
  test.use(service.db);
  editor = await test.bearer('editor');
  const { body } = await service.query(
    graphql(`
      mutation LinksSetUp($input: ImportInput!) {
        importGraph(input: $input) {
          entities
        }
      }
    `),
    {
      input: {
        entities: [
          { id: test.id('law'), kind: 'LAW', name: { en: 'A law' }, sources: ['src:seed-paper'] },
          { id: test.id('ombudsman'), kind: 'INSTITUTION', name: { en: 'An office' }, sources: ['src:seed-paper'] },
        ],
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
  mutation LinksLink($input: LinkInput!) {
    link(input: $input, reason: "mapping") {
      id
      type
      from
      to
      audit {
        operation
        subject
        from
        to
        after
      }
    }
  }
`);
const Unlink = graphql(`
  mutation LinksUnlink($id: ID!) {
    unlink(id: $id) {
      id
      audit {
        operation
        before
        after
      }
    }
  }
`);
const Links = graphql(`
  query LinksOf($id: ID!) {
    node(id: $id) {
      links(direction: OUT, types: [IMPLEMENTS, RESPONSIBLE_FOR]) {
        id
        basis
        status
        note
        to {
          id
        }
        sources {
          id
        }
      }
    }
  }
`);
const Import = graphql(`
  mutation LinksImport($input: ImportInput!) {
    importGraph(input: $input, reason: "bulk") {
      batch
      entities
      links
    }
  }
`);

const implements28 = (): LinkInput => ({
  type: 'IMPLEMENTS',
  from: test.id('law'),
  to: 'crc:art:28',
  basis: 'EDITORIAL',
  sources: ['src:seed-paper'],
  note: 'Art. 3 guarantees schooling.',
});

describe('link and unlink', () => {
  it('links two entities with basis and sources, and unlinks them, both audited', async () => {
    const { body } = await service.query(Link, { input: implements28() }, editor);
    expect(body.errors).toBeUndefined();
    const id = `${test.id('law')}|IMPLEMENTS|crc:art:28`;
    expect(body.data!.link).toMatchObject({ id, type: 'IMPLEMENTS', from: test.id('law'), to: 'crc:art:28' });
    expect(body.data!.link.audit).toMatchObject({ operation: 'LINK', subject: id, from: test.id('law'), to: 'crc:art:28' });
    expect(JSON.parse(body.data!.link.audit.after!)).toMatchObject({ basis: 'EDITORIAL', status: 'ACCEPTED', sources: ['src:seed-paper'] });

    const linked = await service.query(Links, { id: test.id('law') });
    expect(linked.body.data?.node?.links).toEqual([
      {
        id,
        basis: 'EDITORIAL',
        status: 'ACCEPTED',
        note: 'Art. 3 guarantees schooling.',
        to: { id: 'crc:art:28' },
        sources: [{ id: 'src:seed-paper' }],
      },
    ]);

    const again = await service.query(Link, { input: implements28() }, editor);
    expect(again.body.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');

    const removed = await service.query(Unlink, { id }, editor);
    expect(removed.body.errors).toBeUndefined();
    expect(removed.body.data!.unlink.audit).toMatchObject({ operation: 'UNLINK', after: null });
    expect(JSON.parse(removed.body.data!.unlink.audit.before!)).toMatchObject({ basis: 'EDITORIAL' });
    expect((await service.query(Links, { id: test.id('law') })).body.data?.node?.links).toEqual([]);
    expect((await service.query(Unlink, { id }, editor)).body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('lists a link in the history of both its ends', async () => {
    await service.query(Link, { input: { ...implements28(), to: 'crc:art:29' } }, editor);
    const History = graphql(`
      query LinksHistory($id: ID!) {
        history(id: $id, first: 5) {
          operation
          subject
        }
      }
    `);
    const subject = `${test.id('law')}|IMPLEMENTS|crc:art:29`;
    expect((await service.query(History, { id: test.id('law') })).body.data?.history[0]).toEqual({ operation: 'LINK', subject });
    expect((await service.query(History, { id: subject })).body.data?.history).toEqual([{ operation: 'LINK', subject }]);
  });

  it.each([
    ['kinds the type does not connect', { ...implements28(), to: 'src:seed-paper' }, 'input.to'],
    ['an end that does not exist', { ...implements28(), from: test.id('nothing') }, 'input.from'],
    ['no source', { ...implements28(), sources: [] }, 'input.sources'],
    ['a source that is not a SOURCE', { ...implements28(), sources: ['crc:art:1'] }, 'input.sources'],
    ['no basis', { ...implements28(), basis: null }, 'input.basis'],
    ['a field the type does not have', { ...implements28(), role: 'lead' }, 'input.role'],
    ['a type set through entity fields', { ...implements28(), type: 'SUPPORTED_BY' as const }, 'input.type'],
    ['a date field on the wrong type', { ...implements28(), depositDate: '2020-01-01' }, 'input.depositDate'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, input, argument) => {
    const { body } = await service.query(Link, { input }, editor);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it.each([['no-pipes'], ['a|NOT_A_TYPE|b'], [`${'x'.repeat(300)}|IMPLEMENTS|crc:art:1`], ['a|SUPPORTED_BY|src:seed-paper']])(
    'refuses the link id %s with BAD_USER_INPUT',
    async (id) => {
      const { body } = await service.query(Unlink, { id }, editor);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    },
  );
});

describe('importGraph', () => {
  it('creates new entities and links between new and existing ones in one transaction', async () => {
    const { body } = await service.query(
      Import,
      {
        input: {
          entities: [
            { id: test.id('code'), kind: 'CODE', name: { en: 'A code' }, sources: ['src:seed-paper'] },
            { id: test.id('code:art:1'), kind: 'PROVISION', name: { en: 'Art. 1' }, partOf: test.id('code'), sources: ['src:seed-paper'] },
          ],
          links: [
            { type: 'IMPLEMENTS', from: test.id('code:art:1'), to: 'crc:art:19', basis: 'OFFICIAL', sources: ['src:seed-paper'] },
            {
              type: 'RESPONSIBLE_FOR',
              from: test.id('ombudsman'),
              to: test.id('code'),
              basis: 'EDITORIAL',
              role: 'monitoring',
              sources: ['src:seed-paper'],
            },
          ],
        },
      },
      editor,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.importGraph.entities).toEqual([test.id('code'), test.id('code:art:1')]);
    expect(body.data!.importGraph.links).toEqual([
      `${test.id('code:art:1')}|IMPLEMENTS|crc:art:19`,
      `${test.id('ombudsman')}|RESPONSIBLE_FOR|${test.id('code')}`,
    ]);
    const [audit] = await service.db.read('batch', 'MATCH (a:AuditEntry {batch: $batch}) RETURN count(a) AS n', {
      batch: body.data!.importGraph.batch,
    });
    expect(audit?.['n']).toBe(4);
  });

  it('writes nothing at all when one item is invalid, and names it', async () => {
    const program = (name: string, sources = ['src:seed-paper']) => ({
      id: test.id(name),
      kind: 'PROGRAM' as const,
      name: { en: name },
      sources,
    });
    const badSource = await service.query(Import, { input: { entities: [program('batch:a'), program('batch:b', ['src:nope'])] } }, editor);
    expect(badSource.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.entities[1].sources' });
    const badLink = await service.query(
      Import,
      {
        input: {
          entities: [program('batch:a')],
          links: [{ type: 'RUNS', from: test.id('ombudsman'), to: 'crc:art:1', basis: 'EDITORIAL', sources: ['src:seed-paper'] }],
        },
      },
      editor,
    );
    expect(badLink.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.links[0].to' });
    const [left] = await service.db.read('left', 'MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN count(n) AS n', {
      p: test.id('batch:'),
    });
    expect(left?.['n']).toBe(0);
  });

  it('refuses an empty or oversized import with BAD_USER_INPUT', async () => {
    const empty = await service.query(Import, { input: { entities: [], links: [] } }, editor);
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input' });
    const entities = Array.from({ length: 2001 }, (_, i) => ({ id: test.id(`many:${i}`), kind: 'SOURCE' as const, name: { en: `${i}` } }));
    const oversized = await service.query(Import, { input: { entities } }, editor);
    expect(oversized.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input', allowed: '1..2000' });
  });
});
