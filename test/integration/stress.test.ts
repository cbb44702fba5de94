import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { curator } from '../support/curation.js';
import { runLoad, runLoadWithWrites } from '../support/load.js';
import { useScratchNeo4j } from '../support/scratch.js';
import { startService, type TestService } from '../support/service.js';

/**
 * Many writers at once, then a mixed load run, on the scratch Neo4j (its load would slow the
 * files beside it on the shared one, and it leaves its writes for the next reset). Bounded in time:
 * CRG_STRESS_SECONDS (default 8) for the writers, CRG_LOAD_SECONDS (default 8) for the load run.
 * On a machine so busy that the time goes by before the checks have anything to check (more
 * updates than writers, a write in the load), each goes on until they have, for at most
 * EXTRA_SECONDS more: how much work fits in a time is not what these tests are about.
 */
const STRESS_SECONDS = Number(process.env['CRG_STRESS_SECONDS'] ?? 8);
const LOAD_SECONDS = Number(process.env['CRG_LOAD_SECONDS'] ?? 8);
const EXTRA_SECONDS = 90;
const WRITERS = 12;
const HOT = 3;

const scratch = useScratchNeo4j('dataset');
let service: TestService;
const test = curator();

beforeAll(async () => {
  service = await startService({}, scratch.access);
  test.use(service.db);
});
afterAll(async () => {
  await service.close();
});

const Version = graphql(`
  query StressVersion($id: ID!) {
    node(id: $id) {
      version
    }
  }
`);
const Update = graphql(`
  mutation StressUpdate($id: ID!, $v: Int!, $note: String!) {
    updateEntity(id: $id, expectedVersion: $v, set: { note: $note }) {
      version
      audit {
        id
      }
    }
  }
`);
const Link = graphql(`
  mutation StressLink($input: LinkInput!) {
    link(input: $input) {
      audit {
        id
      }
    }
  }
`);
const Unlink = graphql(`
  mutation StressUnlink($id: ID!) {
    unlink(id: $id) {
      audit {
        id
      }
    }
  }
`);

interface Ack {
  entity: string;
  version: number;
  note: string;
  audit: string;
}

describe('concurrent writers', { timeout: 60_000 + EXTRA_SECONDS * 1000 }, () => {
  it('accounts for every acknowledged write: versions, values and audit trail, nothing lost', async () => {
    const hot = Array.from({ length: HOT }, (_, i) => test.id(`hot:${i}`));
    const own = Array.from({ length: WRITERS }, (_, i) => test.id(`own:${i}`));
    const law = (id: string) => ({ id, kind: 'LAW' as const, name: { en: id }, sources: ['src:seed-paper'] });
    const setUp = await service.query(
      graphql(`
        mutation StressSetUp($input: ImportInput!) {
          importGraph(input: $input) {
            batch
          }
        }
      `),
      { input: { entities: [...hot, ...own].map(law) } },
      await test.bearer('editor', `${test.prefix}-setup`),
    );
    expect(setUp.body.errors).toBeUndefined();

    const acks: Ack[] = [];
    const linkAcks = new Map<string, string[]>();
    let conflicts = 0;
    const unexpected: string[] = [];
    const started = Date.now();
    const deadline = started + STRESS_SECONDS * 1000;
    const lastChance = deadline + EXTRA_SECONDS * 1000;
    const goOn = () => Date.now() < deadline || (acks.length <= WRITERS && Date.now() < lastChance);

    const writer = async (w: number) => {
      const headers = await test.bearer('editor', `${test.prefix}-w${w}`);
      const mine = own[w] as string;
      const link = `${mine}|IMPLEMENTS|crc:art:${w + 1}`;
      let linked = false;
      for (let n = 0; goOn(); n += 1) {
        if (n % 5 === 4) {
          const answer = linked
            ? await service.query(Unlink, { id: link }, headers)
            : await service.query(
                Link,
                { input: { type: 'IMPLEMENTS', from: mine, to: `crc:art:${w + 1}`, basis: 'EDITORIAL', sources: ['src:seed-paper'] } },
                headers,
              );
          const audit = answer.body.data && ('link' in answer.body.data ? answer.body.data.link : answer.body.data.unlink).audit.id;
          if (!audit) unexpected.push(JSON.stringify(answer.body.errors));
          else {
            linked = !linked;
            linkAcks.set(mine, [...(linkAcks.get(mine) ?? []), audit]);
          }
          continue;
        }
        const entity = (n % 2 === 0 ? hot[n % HOT] : mine) as string;
        const read = await service.query(Version, { id: entity });
        const version = read.body.data?.node?.version ?? 0;
        const note = `w${w}#${n}`;
        const { body } = await service.query(Update, { id: entity, v: version, note }, headers);
        const code = body.errors?.[0]?.extensions?.['code'];
        if (body.data) acks.push({ entity, version: body.data.updateEntity.version, note, audit: body.data.updateEntity.audit.id });
        else if (code === 'CONFLICT') conflicts += 1;
        else unexpected.push(JSON.stringify(body.errors));
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    console.log(
      `[concurrency] ${WRITERS} writers for ${((Date.now() - started) / 1000).toFixed(1)} s: ${acks.length} updates and ` +
        `${[...linkAcks.values()].flat().length} link changes acknowledged, ${conflicts} conflicts refused`,
    );
    expect(unexpected).toEqual([]);
    expect(acks.length).toBeGreaterThan(WRITERS);

    const [entities, audits, links] = await Promise.all([
      service.db.read('final', 'MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN n.id AS id, n.version AS version, n.note AS note', {
        p: test.prefix,
      }),
      service.db.read(
        'audit',
        'MATCH (a:AuditEntry) WHERE a.subject STARTS WITH $p RETURN a.id AS id, a.subject AS subject, a.operation AS op, a.version AS version, a.after AS after',
        { p: test.prefix },
      ),
      service.db.read('links', 'MATCH (n:Entity)-[r:IMPLEMENTS]->() WHERE n.id STARTS WITH $p RETURN n.id AS id', { p: test.prefix }),
    ]);
    const auditById = new Map(audits.map((a) => [a['id'], a]));
    for (const entity of entities) {
      const id = entity['id'] as string;
      const mine = acks.filter((a) => a.entity === id).sort((a, b) => a.version - b.version);
      // Each acknowledged update made exactly one version: 2, 3, ... with no gap and no repeat.
      expect(mine.map((a) => a.version)).toEqual(mine.map((_, i) => i + 2));
      expect(entity['version']).toBe(1 + mine.length);
      expect(entity['note'] ?? null).toBe(mine.at(-1)?.note ?? null);
      expect(audits.filter((a) => a['subject'] === id && a['op'] === 'UPDATE_ENTITY')).toHaveLength(mine.length);
      for (const ack of mine) {
        const entry = auditById.get(ack.audit);
        expect(entry?.['version']).toBe(ack.version);
        expect(JSON.parse(entry?.['after'] as string)).toMatchObject({ note: ack.note });
      }
      // Link changes: every acknowledged one is in the trail, and the link is there after an odd number.
      const changes = linkAcks.get(id) ?? [];
      for (const audit of changes) expect(auditById.has(audit)).toBe(true);
      expect(links.filter((l) => l['id'] === id)).toHaveLength(changes.length % 2);
    }
  });
});

describe('load', { timeout: 60_000 + EXTRA_SECONDS * 1000 }, () => {
  it('serves a mixed load of reads and writes with no error, and keeps every write', async () => {
    const authorization = (await test.bearer('editor', `${test.prefix}-load`))['authorization'] as string;
    // Warm up (plans cached, connections open), then measure.
    await runLoad({ url: service.url, authorization, prefix: `${test.prefix}-warm`, seconds: 2, connections: 4 });
    const run = { url: service.url, authorization, prefix: test.id('run'), seconds: LOAD_SECONDS, connections: 8 };
    const report = await runLoadWithWrites(run, EXTRA_SECONDS);
    const { written, ...numbers } = report;
    console.log(`[load] ${JSON.stringify(numbers)}`);
    expect(report).toMatchObject({ errors: 0, non2xx: 0, graphqlErrors: 0 });
    expect(report.writes).toBeGreaterThan(0);
    const [row] = await service.db.read('written', 'MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n) AS n', { ids: written });
    expect(row?.['n']).toBe(written.length);
  });
});
