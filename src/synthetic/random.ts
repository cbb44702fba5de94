import { CalendarDate } from '../model/date.js';

/** A seeded source of the choices a synthetic State is made of: the same seed, the same State. */
export class Random {
  private readonly next01: () => number;

  constructor(seed: number) {
    this.next01 = mulberry32(seed);
  }

  /** A number in [0, 1). */
  next(): number {
    return this.next01();
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  date(fromYear: number, toYear: number): CalendarDate {
    const year = this.int(fromYear, Math.max(fromYear, toYear));
    const iso = `${year}-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}`;
    return CalendarDate.parse(iso) as CalendarDate;
  }
}

/** A small, fast, seeded PRNG (public domain). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
