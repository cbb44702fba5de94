import type { LocalNeo4j } from './start.js';

/** Waits before restart attempts: 1 s, 2 s, 4 s, ... at most 30 s. */
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;
/** A Neo4j that ran this long before it exited has its restarts counted afresh. */
const STABLE_MS = 10 * 60_000;

export interface SupervisionOptions {
  /** Starts Neo4j again, on the same port and home (its data is kept: nothing is loaded again). */
  relaunch: () => Promise<LocalNeo4j>;
  /** Restarts allowed (failed ones count) until Neo4j has run for STABLE_MS; 0 gives up at once. */
  attempts: number;
  log: { info: (message: string) => void; warn: (message: string) => void };
  /** Every attempt failed: the service should exit non-zero, so that its own supervisor acts. */
  giveUp: (message: string) => void;
  /** Waits between attempts; replaceable so a test can shorten them. */
  backoffMs?: (attempt: number) => number;
}

export interface Supervisor {
  /** The Neo4j running now (a new one after each restart). */
  readonly current: LocalNeo4j;
  /** Stops supervising and stops Neo4j cleanly. */
  stop(): Promise<void>;
}

/**
 * Watches the project's own Neo4j: when it exits without being asked (a crash, the OOM killer, a
 * kill from outside), starts it again with backoff, logging one line per event. The service
 * meanwhile answers SERVICE_UNAVAILABLE (its circuit breaker is open) and recovers by itself
 * once the new Neo4j answers on the same port. `attempts` bounds the restarts, failed or not,
 * until Neo4j has run for STABLE_MS: a Neo4j that keeps dying makes the service exit instead
 * of restarting it for ever.
 */
export function superviseLocalNeo4j(first: LocalNeo4j, options: SupervisionOptions): Supervisor {
  const backoff = options.backoffMs ?? ((attempt: number) => Math.min(FIRST_BACKOFF_MS * 2 ** (attempt - 1), MAX_BACKOFF_MS));
  let current = first;
  let stopping = false;
  let used = 0;
  let lastFailure = '';

  const restart = async (how: string, pid: number): Promise<void> => {
    const exitedAt = performance.now();
    while (!stopping) {
      if (used >= options.attempts) {
        const why = `the restarts allowed (CRG_NEO4J_RESTARTS=${options.attempts}) are used up`;
        const last = lastFailure ? ` (last failure: ${lastFailure})` : '';
        options.giveUp(`Neo4j (pid ${pid}) exited unexpectedly (${how}) and ${why}${last}: exiting`);
        return;
      }
      used += 1;
      const wait = backoff(used);
      options.log.warn(
        `Neo4j (pid ${pid}) exited unexpectedly (${how}): restarting it in ${wait} ms (restart ${used} of ${options.attempts})`,
      );
      await new Promise((resolve) => setTimeout(resolve, wait));
      if (stopping) return;
      try {
        current = await options.relaunch();
      } catch (error) {
        lastFailure = error instanceof Error ? error.message : String(error);
        options.log.warn(`Neo4j restart ${used} of ${options.attempts} failed: ${lastFailure}`);
        continue;
      }
      const seconds = ((performance.now() - exitedAt) / 1000).toFixed(1);
      options.log.info(
        `Neo4j restarted (pid ${current.pid}, ${current.uri}) ${seconds} s after it exited; its data is kept, nothing reloaded`,
      );
      if (stopping) await current.stop();
      else watch(current);
      return;
    }
  };

  const watch = (neo4j: LocalNeo4j) => {
    const since = performance.now();
    void neo4j.exitedUnexpectedly.then(({ code, signal }) => {
      if (stopping) return;
      if (performance.now() - since >= STABLE_MS) used = 0;
      lastFailure = '';
      return restart(signal ? `signal ${signal}` : `exit code ${code}`, neo4j.pid);
    });
  };
  watch(first);

  return {
    get current() {
      return current;
    },
    stop: async () => {
      stopping = true;
      await current.stop();
    },
  };
}
