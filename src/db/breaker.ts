import type { Logger } from 'pino';

/** How often the probe asks while the breaker is open. */
export const PROBE_INTERVAL_MS = 1_000;

export type BreakerState = 'closed' | 'open';

/**
 * Asks Neo4j a trivial question: true when it answers. It may wait long on a frozen Neo4j (the
 * breaker stops waiting after its probe timeout, but sends no other probe while it waits).
 */
export type Probe = () => Promise<boolean>;

/**
 * The circuit breaker in front of Neo4j. A statement that failed as an unreachable Neo4j fails
 * (connection refused or lost, or no answer by its deadline) makes it ask a probe at once; a
 * heavy query that merely ran long is not a fault, so only a probe that gets no answer opens
 * it; it waits as long as a read may (a loaded Neo4j is slow, not gone). While open,
 * statements are refused at once, and a background probe asks again every
 * PROBE_INTERVAL_MS; the first answer closes it. At most one probe is in flight: one sent to a
 * frozen Neo4j is waited for, not repeated, so probes cannot pile up on it. One log line when it
 * opens and one when it closes.
 */
export class Breaker {
  private current: BreakerState = 'closed';
  private openedAt = 0;
  private probing: Promise<boolean> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners = new Set<(state: BreakerState) => void>();
  private stopped = false;

  constructor(
    private readonly probe: Probe,
    private readonly probeTimeoutMs: number,
    private readonly logger: Pick<Logger, 'warn' | 'info'>,
  ) {}

  get state(): BreakerState {
    return this.current;
  }

  /** Calls `listener` on every change of state; returns the function that stops it. */
  onChange(listener: (state: BreakerState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A statement failed as an unreachable Neo4j would: probe now, open if it gets no answer. */
  suspect(reason: string): void {
    if (this.current === 'open' || this.stopped) return;
    void this.ask().then((answered) => {
      if (!answered && this.current === 'closed' && !this.stopped) this.open(reason);
    });
  }

  /** Stops the background probe (the driver is closing). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private open(reason: string): void {
    this.current = 'open';
    this.openedAt = performance.now();
    this.logger.warn(
      `Neo4j is not answering (${reason}; a probe got no answer within ${this.probeTimeoutMs} ms): circuit breaker open, ` +
        `requests fail at once until a probe answers (every ${PROBE_INTERVAL_MS} ms)`,
    );
    this.emit();
    this.schedule();
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      void this.ask().then((answered) => {
        if (this.stopped) return;
        if (!answered) return this.schedule();
        const seconds = ((performance.now() - this.openedAt) / 1000).toFixed(1);
        this.current = 'closed';
        this.logger.info(`Neo4j answers again: circuit breaker closed after ${seconds} s open`);
        this.emit();
      });
    }, PROBE_INTERVAL_MS);
    this.timer.unref();
  }

  /** The probe in flight, or a new one; false when it gets no answer within probeTimeoutMs. */
  private ask(): Promise<boolean> {
    if (!this.probing) {
      const probing = this.probe().catch(() => false);
      this.probing = probing;
      // Forget it only once it settles: a probe stuck on a frozen Neo4j is not sent again.
      void probing.finally(() => {
        if (this.probing === probing) this.probing = undefined;
      });
    }
    return withTimeout(this.probing, this.probeTimeoutMs);
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.current);
  }
}

function withTimeout(answer: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([answer, timedOut]).finally(() => clearTimeout(timer));
}
