import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { curator } from '../support/curation.js';
import { startService, type TestService } from '../support/service.js';

/**
 * Strings full of Cypher, JSON, GraphQL and HTML metacharacters, in every string argument: text
 * is stored and returned exactly as sent (values reach Cypher only as parameters); ids, which
 * have a format, are refused with BAD_USER_INPUT. Nothing else in the graph changes.
 */
let service: TestService;
const test = curator();
let editor: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  service = await startService();
  test.use(service.db);
  editor = await test.bearer('editor');
  admin = await test.bearer('admin');
});
afterAll(async () => {
  await test.cleanup();
  await service.close();
});

/** Each starts and ends with a visible character: curation trims surrounding whitespace, like the files. */
const NASTY = [
  `x"}) MATCH (n) DETACH DELETE n //`,
  `'); CALL dbms.killTransactions(['*']) //`,
  'a` WITH 1 AS `b',
  '$id {{n}} $(labels) ${x} \\\\ \\n \\u0000',
  '{"$ne": null, "__proto__": {"role": "admin"}, "a": [1, {"b": "c"}]}',
  '</script><script>alert("x")</script>',
  'line one\nline two\ttab\r\nwindows',
  'NUL\u0000inside and emoji 😀 and RTL שלום and Қазақстан',
  'query { __schema { types { name } } } # mutation',
  '*)(|(objectClass=*)) OR 1=1 --',
];
const nasty = (i: number) => NASTY[i % NASTY.length] as string;
/** An address must be http(s) with no spaces (src/model/web-address.ts): Cypher and markup metacharacters stay in. */
const NASTY_URL = `https://example.org/x'"}){MATCH(n)DETACH_DELETE_n}//<script>?q=$1;--&r=\\u0027`;

const CreateLaw = graphql(`
  mutation InjectLaw($input: EntityInput!, $reason: String) {
    createEntity(input: $input, reason: $reason) {
      entity {
        id
        en: name
        kk: name(lang: KK)
        ru: name(lang: RU)
        summary
        aliases
        note
        ... on Instrument {
          number
          registerCode
          jurisdiction
          url
        }
      }
      audit {
        after
        reason
      }
    }
  }
`);
const CreateSource = graphql(`
  mutation InjectSource($input: EntityInput!) {
    createEntity(input: $input) {
      entity {
        ... on Source {
          authors
          venue
          publisher
          doi
          sourceType
          citation
        }
      }
    }
  }
`);
const Link = graphql(`
  mutation InjectLink($input: LinkInput!, $reason: String) {
    link(input: $input, reason: $reason) {
      id
      audit {
        after
        reason
      }
    }
  }
`);

describe('metacharacters in every string argument', () => {
  it('stores and returns every text of an entity verbatim, in the entity and in its audit entry', async () => {
    const input = {
      id: test.id('law'),
      kind: 'LAW' as const,
      name: { en: nasty(0), kk: nasty(1), ru: nasty(2) },
      summary: { en: nasty(3) },
      aliases: [nasty(4), nasty(5)],
      note: nasty(6),
      number: nasty(7),
      registerCode: nasty(8),
      jurisdiction: nasty(9),
      url: NASTY_URL,
      sources: ['src:seed-paper'],
    };
    const { body } = await service.query(CreateLaw, { input, reason: nasty(4) }, editor);
    expect(body.errors).toBeUndefined();
    const { entity, audit } = body.data!.createEntity;
    expect(entity).toEqual({
      id: input.id,
      en: nasty(0),
      kk: nasty(1),
      ru: nasty(2),
      summary: nasty(3),
      aliases: [nasty(4), nasty(5)],
      note: nasty(6),
      number: nasty(7),
      registerCode: nasty(8),
      jurisdiction: nasty(9),
      url: NASTY_URL,
    });
    expect(audit.reason).toBe(nasty(4));
    expect(JSON.parse(audit.after!)).toMatchObject({ name: input.name, aliases: input.aliases, note: nasty(6) });
  });

  it('stores and returns the texts of a source verbatim', async () => {
    const input = {
      id: test.id('source'),
      kind: 'SOURCE' as const,
      name: { en: nasty(1) },
      authors: NASTY,
      venue: nasty(2),
      publisher: nasty(3),
      doi: nasty(4),
      sourceType: nasty(5),
      citation: nasty(6),
    };
    const { body } = await service.query(CreateSource, { input }, editor);
    expect(body.errors).toBeUndefined();
    expect(body.data!.createEntity.entity).toEqual({
      authors: NASTY,
      venue: nasty(2),
      publisher: nasty(3),
      doi: nasty(4),
      sourceType: nasty(5),
      citation: nasty(6),
    });
  });

  it('stores the texts of a link verbatim, and refuses a qualifier that would break its id', async () => {
    const input = {
      type: 'IMPLEMENTS' as const,
      from: test.id('law'),
      to: 'crc:art:12',
      basis: 'EDITORIAL' as const,
      sources: ['src:seed-paper'],
      note: nasty(7),
    };
    const { body } = await service.query(Link, { input, reason: nasty(8) }, editor);
    expect(body.errors).toBeUndefined();
    expect(JSON.parse(body.data!.link.audit.after!)).toMatchObject({ note: nasty(7) });
    expect(body.data!.link.audit.reason).toBe(nasty(8));
    const Notes = graphql(`
      query InjectNotes($id: ID!) {
        node(id: $id) {
          links(types: [IMPLEMENTS]) {
            note
          }
        }
      }
    `);
    expect((await service.query(Notes, { id: test.id('law') })).body.data?.node?.links).toEqual([{ note: nasty(7) }]);
    for (const qualifier of NASTY) {
      const refused = await service.query(Link, { input: { ...input, qualifier } }, editor);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.qualifier' });
    }
  });

  it('stores a token holder’s name verbatim', async () => {
    const CreateToken = graphql(`
      mutation InjectToken($name: String!) {
        createToken(name: $name, role: EDITOR) {
          info {
            name
          }
        }
      }
    `);
    const name = `${test.prefix}-${nasty(0)}`;
    const { body } = await service.query(CreateToken, { name }, admin);
    expect(body.data?.createToken.info.name).toBe(name);
  });

  it('refuses every id argument full of metacharacters with BAD_USER_INPUT, and the graph is unchanged', async () => {
    // What these requests could change: the dataset's entities, and entities with the ids they
    // name. Not the entities of other test files, which may be writing at the same time.
    const count = async () => {
      const [row] = await service.db.read(
        'count',
        "CALL () { MATCH (n:Entity {origin: 'dataset'}) RETURN count(n) AS dataset } CALL () { MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n) AS named } RETURN dataset, named",
        { ids: NASTY },
      );
      return row;
    };
    const before = await count();
    expect(before).toMatchObject({ named: 0 });
    const Ids = graphql(`
      mutation InjectIds($id: ID!) {
        unlink(id: $id) {
          id
        }
      }
    `);
    const Update = graphql(`
      mutation InjectUpdate($id: ID!) {
        updateEntity(id: $id, expectedVersion: 0, set: { note: "x" }) {
          version
        }
      }
    `);
    const History = graphql(`
      query InjectHistory($id: ID!) {
        history(id: $id) {
          id
        }
      }
    `);
    for (const id of NASTY) {
      for (const response of [
        await service.query(Ids, { id }, editor),
        await service.query(Update, { id }, editor),
        await service.query(History, { id }),
        await service.query(CreateLaw, { input: { id, kind: 'LAW', name: { en: 'x' }, sources: ['src:seed-paper'] } }, editor),
        await service.query(
          Link,
          { input: { type: 'IMPLEMENTS', from: test.id('law'), to: id, basis: 'OFFICIAL', sources: [id] } },
          editor,
        ),
      ]) {
        expect(response.status).toBe(200);
        expect(response.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      }
    }
    expect(await count()).toEqual(before);
  });
});
