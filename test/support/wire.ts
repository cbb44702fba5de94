/**
 * What went over Bolt, from the driver's debug log (`Database`'s `wireLog` option): every
 * message the client sent (`C: ...`). Counting RUN messages here catches a statement that did
 * not go through the per-request counter, and a ROUTE message or a RUN without a database
 * would show an extra round trip to resolve the home database.
 */
export class BoltWire {
  private lines: string[] = [];

  readonly log = (line: string): void => {
    this.lines.push(line);
  };

  reset(): void {
    this.lines = [];
  }

  /** Client messages, without the connection prefix: `RUN MATCH ...`, `BEGIN {...}`, `COMMIT`. */
  sent(): string[] {
    return this.lines.map((line) => /\bC: (.*)$/s.exec(line)?.[1]).filter((m): m is string => m !== undefined);
  }

  /** The Cypher text of every RUN message, as sent. */
  runs(): string[] {
    // The driver logs `RUN <query> { ... } {}`: the query, then its elided parameters and metadata.
    return this.sent()
      .filter((m) => m.startsWith('RUN '))
      .map((m) => m.slice(4).replace(/ \{ \.\.\. \} \{.*\}$/s, ''));
  }

  /**
   * The database each unit of work names: a BEGIN's, or an auto-commit RUN's (a RUN inside a
   * transaction carries `{}`). An empty string where none is named: the server would then
   * resolve the home database, an extra round trip for the driver.
   */
  databases(): string[] {
    return this.sent()
      .filter((m) => m.startsWith('BEGIN ') || (m.startsWith('RUN ') && !m.endsWith(' {}')))
      .map((m) => /"db":"([^"]*)"/.exec(m)?.[1] ?? '');
  }

  routes(): string[] {
    return this.sent().filter((m) => m.startsWith('ROUTE'));
  }
}
