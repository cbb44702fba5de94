/**
 * Time budgets for the work that starts a JVM, sized for the worst case on a busy 2-core machine,
 * not the usual one. Neo4j's start (JVM launched until Bolt answers: 24 to 33 s of CPU), measured
 * on this machine kind (2 cores, shared with other work; load average as given):
 * - least busy seen (load 3 to 4): 16 s; usual (load 5 to 7): 22 to 37 s;
 * - beside another full test run (load 10): 39 to 45 s;
 * - with two CPU burners on top (`while :; do :; done` on both cores): 47 and 63 s;
 * - in a test run at load 8 to 11: 54 to 83 s, and over 180 s once, with two CPU burners, another
 *   suite and a second Neo4j starting at the same moment (load 12).
 * A start that takes longer than NEO4J_START_MS gives up with Neo4j's own output; the budgets
 * below leave room for it, so that output, not a test timeout, is what such a failure shows.
 */
export const NEO4J_START_MS = 300_000;

/**
 * How long a test's service lets one query run. The service's default (10 s) is for production,
 * where a slow answer should fail fast; at a load average of 25 to 30 (six engineers' test runs at
 * once) plain reads took 5 to 15 s and answered TIMEOUT. Tests assert answers, never speed.
 */
export const QUERY_TIMEOUT_MS = 60_000;

/**
 * The deadlines of a test's service (CRG_READ_DEADLINE_MS, CRG_WRITE_DEADLINE_MS): as generous as
 * the query timeout, for the same reason. The fault tests set short ones of their own.
 */
export const READ_DEADLINE_MS = QUERY_TIMEOUT_MS;
export const WRITE_DEADLINE_MS = QUERY_TIMEOUT_MS;

/** Loading the dataset into a Neo4j that runs: seconds idle, under a minute when busy. */
export const DATASET_LOAD_MS = 90_000;

/** Stopping Neo4j (at most a minute before it is killed), starting it again, and the service seeing it back. */
export const NEO4J_RESTART_MS = 60_000 + NEO4J_START_MS + 60_000;

/**
 * Waiting for a lock another test file holds (the scratch Neo4j, or the shared one while files of
 * the other class use it): as long as the longest files take together on a busy machine.
 */
export const LOCK_WAIT_MS = 15 * 60_000;

/**
 * One seed of the as-of property (test/integration/as-of-property.test.ts): 104 days, each one
 * request of five root fields (coverage, a neighbourhood of depth 2, ...). A seed took 3 to 16 s
 * at a load average of 10; the budget leaves room for a machine three times as busy.
 */
export const AS_OF_PROPERTY_MS = 5 * 60_000;

/**
 * Fetching, drawing and laying out 500 entities in the explorer (test/browser/explorer.test.ts):
 * the layout alone took 30 s in headless Chromium at a load average of 16; the budget leaves room
 * for a machine three times as busy. The time is printed, never asserted.
 */
export const LARGE_LAYOUT_MS = 5 * 60_000;
