/**
 * The one rule for "in force on a day", used by every `asOf` filter: the projection compiler
 * (relationship fields) and the query files (root fields, through `{{inForce(n, $asOf)}}`, which
 * src/read/template.ts fills).
 *
 * An entity or link starts on the first date it has among:
 *   - `validFrom`: its entry into force (or the day it began to exist), when a source gives it;
 *   - `adopted`: an instrument cannot be in force before it is adopted, so a law whose
 *     entry-into-force date is unknown counts from its adoption;
 *   - `date`: the day of the event a link records (signature, ratification) or of a UN document;
 *   - `inheritedFrom`: for a provision or recommendation without dates of its own, the start of
 *     what it is part of (derived by the loader, never written by hand).
 * It ends on `validTo`, else `supersededTo` (the day before a successor that replaces or repeals it
 * starts, derived by the loader: src/data/derive-ends.ts), else `inheritedTo`. A missing bound is open: nothing recorded means
 * no limit, which is why the data check reports entities whose dates are unknown.
 */
export const START_PROPERTIES = ['validFrom', 'adopted', 'date', 'inheritedFrom'] as const;
export const END_PROPERTIES = ['validTo', 'supersededTo', 'inheritedTo'] as const;

/** The relationships that end what they point at: the successor replaces, or the act repeals, it. */
export const ENDING_TYPES = ['REPLACES', 'REPEALS'] as const;

/** The bounds the loader and curation derive (never written by hand, never curated fields). */
export const DERIVED_BOUNDS = ['supersededTo', 'inheritedFrom', 'inheritedTo'] as const;

/**
 * A Cypher condition, true when `variable` (a node or relationship) is in force on `day` (a
 * Cypher date expression), and always true when `day` is null. The text depends only on its
 * arguments, so Neo4j's plan cache keeps hitting.
 */
export function inForceCondition(variable: string, day: string): string {
  return `(${day} IS NULL OR (${bounds(variable, day)}))`;
}

/** The same test for several variables at once (a link and its other end), with one null check. */
export function allInForceCondition(variables: readonly string[], day: string): string {
  return `(${day} IS NULL OR (${variables.map((v) => bounds(v, day)).join(' AND ')}))`;
}

/** A missing bound falls back to the day itself, so it never excludes anything. */
function bounds(variable: string, day: string): string {
  const start = `coalesce(${[...START_PROPERTIES.map((p) => `${variable}.${p}`), day].join(', ')})`;
  const end = `coalesce(${[...END_PROPERTIES.map((p) => `${variable}.${p}`), day].join(', ')})`;
  return `${start} <= ${day} AND ${end} >= ${day}`;
}

/**
 * The days the rule takes for stored properties (a row of the API or a record of the data
 * check), as `YYYY-MM-DD`: the first start property present and the first end property present;
 * undefined where none is, an open bound.
 */
export function inForceBounds(props: Readonly<Record<string, unknown>>): { from?: string; to?: string } {
  const first = (names: readonly string[]) => names.map((n) => isoOf(props[n])).find((v) => v !== undefined);
  return { from: first(START_PROPERTIES), to: first(END_PROPERTIES) };
}

/** The same rule over stored properties in memory (the data check's coverage report), for a day as `YYYY-MM-DD`. */
export function isInForce(props: Readonly<Record<string, unknown>>, day: string): boolean {
  const { from, to } = inForceBounds(props);
  return (from === undefined || from <= day) && (to === undefined || to >= day);
}

function isoOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && 'iso' in value && typeof value.iso === 'string') return value.iso;
  return undefined;
}
