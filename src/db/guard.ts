import type { Logger } from 'pino';
import type { Breaker } from './breaker.js';
import { BreakerOpen, DeadlineExceeded, withinDeadline, type StatementKind } from './deadline.js';

/** The driver's codes for a connection that could not be made or was lost. */
const CONNECTION_FAILURES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Marks a write as handed to the driver: from then on its outcome is unknown if no answer comes. */
export type MarkSent = () => void;

/**
 * Every statement passes here: refused at once while the breaker is open, answered by its
 * deadline at the latest, and a failure that looks like an unreachable Neo4j reported to the
 * breaker.
 */
export class StatementGuard {
  private readonly deadlineListeners = new Set<(kind: StatementKind) => void>();

  constructor(
    readonly breaker: Breaker,
    private readonly logger: Pick<Logger, 'debug'>,
  ) {}

  /** Calls `listener` each time a statement's deadline passes; returns the function that stops it. */
  onDeadline(listener: (kind: StatementKind) => void): () => void {
    this.deadlineListeners.add(listener);
    return () => this.deadlineListeners.delete(listener);
  }

  /** `suspectOnDeadline: false` for a deadline shorter than the service's own (the readiness probe's). */
  async run<T>(
    query: string,
    kind: StatementKind,
    deadlineMs: number,
    work: (markSent: MarkSent) => Promise<T>,
    suspectOnDeadline = true,
  ): Promise<T> {
    if (this.breaker.state === 'open') throw new BreakerOpen();
    let sent = false;
    const expired = () => {
      for (const listener of this.deadlineListeners) listener(kind);
      if (suspectOnDeadline) this.breaker.suspect(`a ${kind} got no answer within its deadline of ${deadlineMs} ms`);
      return new DeadlineExceeded(kind, deadlineMs, sent);
    };
    const late = (outcome: unknown) => {
      const failed = outcome instanceof Error ? outcome.message : undefined;
      this.logger.debug({ query, kind, failed }, 'a statement answered after its deadline; its outcome was dropped');
    };
    try {
      return await withinDeadline(
        work(() => (sent = true)),
        deadlineMs,
        expired,
        late,
      );
    } catch (error) {
      if (isConnectionFailure(error)) this.breaker.suspect('a connection to Neo4j failed');
      throw error;
    }
  }
}

function isConnectionFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && CONNECTION_FAILURES.has(String(error.code));
}
