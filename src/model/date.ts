/**
 * A calendar date (no time, no zone), as the law uses them. Validated on creation; the database
 * layer stores it as a Neo4j `date`, so dates compare and sort as dates, not as strings.
 */
export class CalendarDate {
  private constructor(readonly iso: string) {}

  static parse(value: string): CalendarDate | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
    return new CalendarDate(value);
  }

  get year(): number {
    return Number(this.iso.slice(0, 4));
  }

  get month(): number {
    return Number(this.iso.slice(5, 7));
  }

  get day(): number {
    return Number(this.iso.slice(8, 10));
  }

  /** The day before, as the law counts "until the day before the successor enters into force". */
  dayBefore(): CalendarDate {
    return this.plusDays(-1);
  }

  dayAfter(): CalendarDate {
    return this.plusDays(1);
  }

  private plusDays(days: number): CalendarDate {
    const date = new Date(Date.UTC(this.year, this.month - 1, this.day + days));
    return new CalendarDate(date.toISOString().slice(0, 10));
  }

  /** ISO dates of the same length compare as strings. */
  isBefore(other: CalendarDate): boolean {
    return this.iso < other.iso;
  }

  toString(): string {
    return this.iso;
  }
}
