/**
 * A one-line progress bar with rows per second, redrawn in place on a terminal; on a pipe or a
 * log file it prints a line at every tenth instead, so CI logs stay readable.
 */
export class Progress {
  private done = 0;
  private lastTenth = -1;
  private readonly started = performance.now();

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  add(rows: number): void {
    this.done += rows;
    if (this.out.isTTY) {
      this.out.write(`\r${this.line()}`);
      return;
    }
    const tenth = Math.floor((this.done / Math.max(1, this.total)) * 10);
    if (tenth !== this.lastTenth) {
      this.lastTenth = tenth;
      this.out.write(`${this.line()}\n`);
    }
  }

  /** Ends the bar; returns rows and rows per second for the caller's summary. */
  finish(): { rows: number; seconds: number; rowsPerSecond: number } {
    if (this.out.isTTY) this.out.write(`\r${this.line()}\n`);
    const seconds = this.seconds();
    return { rows: this.done, seconds, rowsPerSecond: this.done / Math.max(seconds, 1e-9) };
  }

  private seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  private line(): string {
    const fraction = Math.min(1, this.done / Math.max(1, this.total));
    const width = 30;
    const filled = Math.round(fraction * width);
    const rate = this.done / Math.max(this.seconds(), 1e-9);
    const eta = rate > 0 ? Math.max(0, (this.total - this.done) / rate) : 0;
    return (
      `${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ` +
      `${this.done.toLocaleString('en')}/${this.total.toLocaleString('en')} rows, ` +
      `${Math.round(rate).toLocaleString('en')} rows/s, ETA ${eta.toFixed(0)} s  `
    );
  }
}
