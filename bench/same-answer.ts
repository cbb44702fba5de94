/**
 * The same-answer check of the benchmark: before this service and @neo4j/graphql are timed on an
 * operation, both answers are brought to one shape (bench/suite/peer-answers.ts: ids, names,
 * sorted lists, links as from/type/to) and compared here. A ratio is only reported between two
 * servers that gave the same information.
 */
export type SameAnswer =
  { verdict: 'same' } | { verdict: 'different'; differences: string[] } | { verdict: 'not comparable'; reason: string };

/** At most this many differences are listed (the first one is usually enough to find the cause). */
export const MAX_DIFFERENCES = 5;

/** Compares two normalised answers value by value; arrays by position (normalisers sort them). */
export function compareAnswers(service: unknown, peer: unknown): SameAnswer {
  const found: string[] = [];
  walk(service, peer, '$', found);
  return found.length ? { verdict: 'different', differences: found } : { verdict: 'same' };
}

function walk(a: unknown, b: unknown, path: string, found: string[]): void {
  if (found.length >= MAX_DIFFERENCES) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) found.push(`${path}: ${a.length} items in the service's answer, ${b.length} in the peer's`);
    for (let i = 0; i < Math.min(a.length, b.length); i += 1) walk(a[i], b[i], `${path}[${i}]`, found);
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      if (!(key in a) || !(key in b)) found.push(`${path}.${key}: only in the ${key in a ? "service's" : "peer's"} answer`);
      else walk(a[key], b[key], `${path}.${key}`, found);
    }
    return;
  }
  if (!Object.is(a, b)) found.push(`${path}: service ${show(a)}, peer ${show(b)}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** A copy sorted by the canonical JSON of each item (keys in order), so equal sets compare equal. */
export function sortedSet<T>(items: readonly T[]): T[] {
  const keyed = items.map((item) => [canonicalJson(item), item] as const);
  return keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, item]) => item);
}

/** JSON with every object's keys sorted. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/** Numbers and strings as one text (an article number is an Int here and a String in the peer's model); null stays null. */
export function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : value === null || value === undefined
      ? null
      : canonicalJson(value);
}
