import { CalendarDate } from '../model/date.js';
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isRelationship, isTime } from 'neo4j-driver';

/** A plain JSON-like value: what leaves the data layer. Never a driver type. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/**
 * Converts what the driver returns into plain values at the boundary: Integers become numbers
 * (or strings when they do not fit in a double exactly), temporal values their ISO strings,
 * nodes and relationships their property maps. Nothing above this layer sees `{ low, high }`.
 */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [key, item] of Object.entries(value)) out[key] = toPlain(item);
    return out;
  }
  return null;
}

/**
 * Parameters going in: integral numbers are sent as Cypher INTEGERs (a JavaScript number would
 * arrive as a FLOAT, which LIMIT and SKIP reject and which compares oddly with stored integers).
 */
export function toParameters(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) out[key] = toParameter(value);
  return out;
}

function toParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof CalendarDate) return new neo4j.types.Date(value.year, value.month, value.day);
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParameter);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return toParameters(value as Record<string, unknown>);
  }
  return value;
}
