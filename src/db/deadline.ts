/**
 * The service's own bound on a statement: neo4j-driver bounds connecting and acquiring a
 * connection, and Neo4j bounds a transaction's time, but a Neo4j that does not answer at all
 * (a frozen JVM, a partition) leaves a statement already sent waiting for ever. Past its
 * deadline the caller gets an answer at once; the driver's promise is left to settle by itself
 * (its late outcome is dropped, and its session is closed when it does).
 */

/** What a deadline bounds: a read can always be sent again, a write sent may have committed. */
export type StatementKind = 'read' | 'write';

/** A statement that did not answer within its deadline. `sent`: a write reached the driver. */
export class DeadlineExceeded extends Error {
  override readonly name = 'DeadlineExceeded';
  readonly code: string;

  constructor(
    readonly kind: StatementKind,
    readonly deadlineMs: number,
    readonly sent: boolean,
  ) {
    super(`the ${kind} did not answer within its deadline of ${deadlineMs} ms`);
    this.code = kind === 'write' && sent ? DEADLINE_CODES.writeOutcomeUnknown : DEADLINE_CODES.unanswered;
  }
}

/** Refused at once: the circuit breaker knows Neo4j does not answer (breaker.ts). */
export class BreakerOpen extends Error {
  override readonly name = 'BreakerOpen';
  readonly code = DEADLINE_CODES.breakerOpen;

  constructor() {
    super('Neo4j is known not to answer (circuit breaker open)');
  }
}

/** The `code` of these errors, for src/errors.ts to map as it maps the driver's codes. */
export const DEADLINE_CODES = {
  unanswered: 'CRG.Deadline.Unanswered',
  writeOutcomeUnknown: 'CRG.Deadline.WriteOutcomeUnknown',
  breakerOpen: 'CRG.Breaker.Open',
} as const;

/**
 * `work`'s outcome if it comes within `ms`, otherwise `expired()`'s error. The late outcome of
 * `work` is observed (no unhandled rejection) and handed to `late`, never to the caller.
 */
export function withinDeadline<T>(work: Promise<T>, ms: number, expired: () => Error, late: (outcome: unknown) => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let settled = false;
  const guarded = work.then(
    (value) => {
      if (settled) late(value);
      return value;
    },
    (error: unknown) => {
      if (settled) late(error);
      throw error;
    },
  );
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      settled = true;
      reject(expired());
    }, ms);
  });
  guarded.catch(() => undefined);
  return Promise.race([guarded, deadline]).finally(() => {
    settled = true;
    clearTimeout(timer);
  });
}
