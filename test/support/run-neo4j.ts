import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureNeo4jInstalled } from '../../src/neo4j-local/install.js';
import { freePort } from './free-port.js';
import { newPassword, startTestNeo4j, startTestNeo4jWithDataset, testCacheDir, type Neo4jAccess, type TestNeo4j } from './neo4j.js';

/**
 * The Neo4j instances of one run, started once in the vitest process however many projects ask
 * for them (each project runs its own global setup; the integration and browser projects share
 * them), and stopped when the last project's teardown lets go.
 * - `shared`: the dataset, loaded once. Test files read it, and write only under their own prefix.
 * - `scratch`: for the files that need a graph to themselves (they reload or wipe it, fill it
 *   with synthetic data, back it up and restore it). One file at a time holds it, and resets it
 *   first (test/support/scratch.ts). It starts in the background on a port chosen beforehand,
 *   so the first test files run while its JVM starts; a file that holds it waits until it
 *   answers, and reads why it did not start from `SCRATCH_FAILURE` in the lock folder.
 */
export type RunNeo4jRole = 'shared' | 'scratch';

export const SCRATCH_FAILURE = 'scratch-neo4j-failed';

const SETTINGS: Record<RunNeo4jRole, Record<string, string>> = {
  shared: {},
  // The scale test's plan-cache check: the generator's writes move the statistics, and Neo4j
  // would then re-plan a cached query (every 10 s at most); that is no fault of the Cypher text.
  // Elsewhere it changes only how soon a plan is re-made, and each reset empties the plan cache.
  scratch: { 'dbms.cypher.min_replan_interval': '1h' },
};

interface Instance {
  access: Neo4jAccess;
  started: Promise<TestNeo4j>;
  users: number;
}

interface Run {
  /** Once, before instances start side by side: the first start fetches Neo4j into the cache. */
  installed: Promise<unknown>;
  locks: Promise<string>;
  instances: Map<RunNeo4jRole, Promise<Instance>>;
  projects: number;
}

const KEY = Symbol.for('child-rights-graph.test-run-neo4j');
const state = globalThis as { [KEY]?: Run };

function run(): Run {
  state[KEY] ??= {
    installed: ensureNeo4jInstalled(testCacheDir(), (message) => console.log(`[global-setup] ${message}`)),
    locks: mkdtemp(join(tmpdir(), 'crg-test-locks-')),
    instances: new Map(),
    projects: 0,
  };
  return state[KEY];
}

function say(role: RunNeo4jRole, neo4j: TestNeo4j, since: number): void {
  const what = role === 'shared' ? 'started with the dataset loaded' : 'started';
  console.log(
    `[global-setup] ${role} Neo4j at ${neo4j.uri} ${what} in ${Date.now() - since} ms (load average ${loadavg()[0]?.toFixed(1)})`,
  );
}

async function startShared(): Promise<Instance> {
  await run().installed;
  const since = Date.now();
  const neo4j = await startTestNeo4jWithDataset(SETTINGS.shared);
  say('shared', neo4j, since);
  return { access: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password }, started: Promise.resolve(neo4j), users: 0 };
}

async function startScratch(): Promise<Instance> {
  const port = await freePort();
  const password = newPassword();
  const locks = await run().locks;
  const started = (async () => {
    await run().installed;
    // After the shared one, which every file waits for: on two busy cores, two JVMs starting at
    // once each take twice as long.
    const shared = run().instances.get('shared');
    await shared?.catch(() => undefined);
    const since = Date.now();
    const neo4j = await startTestNeo4j(SETTINGS.scratch, { port, password });
    say('scratch', neo4j, since);
    return neo4j;
  })();
  started.catch((error: unknown) => writeFile(join(locks, SCRATCH_FAILURE), error instanceof Error ? error.message : String(error)));
  return { access: { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password }, started, users: 0 };
}

/** The instances a project needs, started if no project started them yet; and the run's lock folder. */
export async function joinRun(roles: RunNeo4jRole[]): Promise<{ locks: string; neo4j: Map<RunNeo4jRole, Neo4jAccess> }> {
  const current = run();
  current.projects += 1;
  const joined = await Promise.all(
    roles.map(async (role) => {
      let instance = current.instances.get(role);
      if (!instance) {
        instance = role === 'shared' ? startShared() : startScratch();
        current.instances.set(role, instance);
      }
      const ready = await instance;
      ready.users += 1;
      return [role, ready.access] as const;
    }),
  );
  return { locks: await current.locks, neo4j: new Map(joined) };
}

/** A project's teardown: stops the instances no other project still uses. */
export async function leaveRun(roles: RunNeo4jRole[]): Promise<void> {
  const current = run();
  for (const role of roles) {
    const instance = await current.instances.get(role);
    if (!instance) continue;
    instance.users -= 1;
    if (instance.users > 0) continue;
    current.instances.delete(role);
    const neo4j = await instance.started.catch(() => undefined);
    await neo4j?.dispose();
  }
  current.projects -= 1;
  if (current.projects === 0) {
    await rm(await current.locks, { recursive: true, force: true });
    delete state[KEY];
  }
}
