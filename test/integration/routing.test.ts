import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUITE } from '../../bench/suite.js';
import { curator } from '../support/curation.js';
import { sharedNeo4j } from '../support/shared-graph.js';
import { startService, type TestService } from '../support/service.js';
import { BoltWire } from '../support/wire.js';

/**
 * Over the `neo4j://` scheme, as on a cluster or Aura: the driver asks the server for a routing
 * table (ROUTE) and sends each unit of work to a member of the right role. The project's own
 * Neo4j is a single server that answers ROUTE with itself in every role; what the test checks is
 * what the driver asks for: every read of the benchmark suite in a READ session (`"mode":"r"`),
 * and the write as a write transaction function (BEGIN without `"mode":"r"`, RUN, COMMIT).
 */
const test = curator();
const wire = new BoltWire();
const bearers = new Map<string, Record<string, string>>();
let service: TestService;

beforeAll(async () => {
  const direct = sharedNeo4j();
  service = await startService({}, { ...direct, uri: direct.uri.replace(/^bolt:/, 'neo4j:') }, { wireLog: wire.log });
  test.use(service.db);
  for (const role of new Set(SUITE.flatMap((o) => (o.role ? [o.role] : [])))) bearers.set(role, await test.bearer(role));
});
afterAll(async () => {
  await test.cleanup();
  await service.close();
});

/** Each unit of work on the wire: an auto-commit RUN, or BEGIN ... COMMIT. */
function unitsOfWork(sent: string[]): Array<{ begin: string; statements: number; committed: boolean }> {
  const units: Array<{ begin: string; statements: number; committed: boolean }> = [];
  let open: { begin: string; statements: number; committed: boolean } | undefined;
  for (const message of sent) {
    if (message.startsWith('BEGIN ')) {
      open = { begin: message, statements: 0, committed: false };
      units.push(open);
    } else if (message.startsWith('RUN ') && open && !open.committed) open.statements += 1;
    else if (message.startsWith('RUN ')) units.push({ begin: message, statements: 1, committed: true });
    else if (message.startsWith('COMMIT') && open) {
      open.committed = true;
      open = undefined;
    }
  }
  return units;
}

describe('routing over neo4j://', () => {
  it('fetched a routing table', async () => {
    await service.db.read('test-route', 'RETURN 1 AS one');
    expect(wire.routes().length).toBeGreaterThan(0);
  });

  it.each(SUITE.map((o) => [o.name, o] as const))('%s: answered, every unit of work in READ mode', async (_name, operation) => {
    wire.reset();
    const { json, status } = await service.post(
      JSON.stringify({ query: operation.query, variables: operation.variables }),
      'application/json',
      operation.role ? bearers.get(operation.role) : undefined,
    );
    expect(status).toBe(200);
    expect(json?.errors).toBeUndefined();
    const units = unitsOfWork(wire.sent());
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) expect(unit.begin).toContain('"mode":"r"');
  });

  it('runs a write as a write transaction function, routed to the writer, and a read after it sees it', async () => {
    const editor = await test.bearer('editor', `${test.prefix}-writer`);
    const id = test.id('routed');
    wire.reset();
    const created = await service.post(
      JSON.stringify({
        query: 'mutation($input: EntityInput!) { createEntity(input: $input) { version } }',
        variables: { input: { id, kind: 'SOURCE', name: { en: 'Written over neo4j://' } } },
      }),
      'application/json',
      editor,
    );
    expect(created.json?.errors).toBeUndefined();
    const units = unitsOfWork(wire.sent());
    // The token lookup is a read; the write is one transaction: BEGIN in write mode, its statements, COMMIT.
    const writes = units.filter((unit) => !unit.begin.includes('"mode":"r"'));
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ committed: true });
    expect(writes[0]?.begin).toMatch(/^BEGIN /);
    expect(writes[0]?.statements).toBeGreaterThan(1);
    const read = await service.post(JSON.stringify({ query: `{ node(id: "${id}") { version } }` }));
    expect(read.json?.data).toEqual({ node: { version: 1 } });
  });
});
