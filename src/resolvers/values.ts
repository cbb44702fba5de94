import type { Plain } from '../db/convert.js';

/** A stored list of strings, or none: what a list field answers when the property is missing. */
export function stringList(value: Plain | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
