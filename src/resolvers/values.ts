import type { Plain } from '../db/convert.js';

/** A stored list of strings, or none: what a list field answers when the property is missing. */
export function stringList(value: Plain | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The first of these stored properties that holds a date (as the in-force rule takes them), or null. */
export function firstDate(row: Readonly<Record<string, Plain>>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = row[name];
    if (typeof value === 'string') return value;
  }
  return null;
}
