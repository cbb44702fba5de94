import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isPoint, isTime, type Integer } from 'neo4j-driver';

/**
 * Neo4j property values as JSON, losslessly, for backups. Plain JSON would blur what the graph
 * tells apart: an integer from a float (`1` vs `1.0`), a date from a string, a datetime's zone.
 * So every value but strings, booleans and null is tagged: `{"$int": "7"}`, `{"$float": 1.5}`,
 * `{"$date": [2007, 7, 27]}`; temporal values keep all their components.
 */
export type TypedJson = null | boolean | number | string | TypedJson[] | { [tag: string]: TypedJson };

const n = (value: number | Integer): number => (isInt(value) ? value.toNumber() : value);

export function encode(value: unknown): TypedJson {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return { $float: Number.isFinite(value) ? value : String(value) };
  if (isInt(value)) return { $int: value.toString() };
  if (Array.isArray(value)) return value.map(encode);
  if (isDate(value)) return { $date: [n(value.year), n(value.month), n(value.day)] };
  if (isDateTime(value)) {
    const offset = value.timeZoneOffsetSeconds === undefined ? null : n(value.timeZoneOffsetSeconds);
    return { $datetime: [...clock(value), offset, value.timeZoneId ?? null] };
  }
  if (isLocalDateTime(value)) return { $localdatetime: clock(value) };
  if (isTime(value)) {
    return { $time: [n(value.hour), n(value.minute), n(value.second), n(value.nanosecond), n(value.timeZoneOffsetSeconds)] };
  }
  if (isLocalTime(value)) return { $localtime: [n(value.hour), n(value.minute), n(value.second), n(value.nanosecond)] };
  if (isDuration(value)) return { $duration: [n(value.months), n(value.days), n(value.seconds), n(value.nanoseconds)] };
  if (isPoint(value)) return { $point: [n(value.srid), value.x, value.y, ...(value.z === undefined ? [] : [value.z])] };
  throw new TypeError(`cannot back up a value of type ${Object.prototype.toString.call(value)}`);
}

type Clocked = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'nanosecond', number | Integer>;

function clock(value: Clocked): number[] {
  return [value.year, value.month, value.day, value.hour, value.minute, value.second, value.nanosecond].map(n);
}

/** The driver value a typed JSON value stands for, ready to be a query parameter. */
export function decode(value: TypedJson): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(decode);
  const [tag, raw] = Object.entries(value)[0] ?? [];
  const parts = (Array.isArray(raw) ? raw : []) as Array<number | string | null>;
  const i = (k: number) => Number(parts[k]);
  switch (tag) {
    case '$int':
      return neo4j.int(String(raw));
    case '$float':
      return Number(raw);
    case '$date':
      return new neo4j.types.Date(i(0), i(1), i(2));
    case '$datetime': {
      const zone = typeof parts[8] === 'string' ? parts[8] : undefined;
      const offset = parts[7] === null || zone ? undefined : i(7);
      return new neo4j.types.DateTime(i(0), i(1), i(2), i(3), i(4), i(5), i(6), offset, zone);
    }
    case '$localdatetime':
      return new neo4j.types.LocalDateTime(i(0), i(1), i(2), i(3), i(4), i(5), i(6));
    case '$time':
      return new neo4j.types.Time(i(0), i(1), i(2), i(3), i(4));
    case '$localtime':
      return new neo4j.types.LocalTime(i(0), i(1), i(2), i(3));
    case '$duration':
      return new neo4j.types.Duration(i(0), i(1), i(2), i(3));
    case '$point':
      return parts.length > 3 ? new neo4j.types.Point(i(0), i(1), i(2), i(3)) : new neo4j.types.Point(i(0), i(1), i(2));
    default:
      throw new TypeError(`unknown typed value ${JSON.stringify(value).slice(0, 80)}`);
  }
}

/** A property map, encoded key by key. */
export function encodeProperties(props: unknown): Record<string, TypedJson> {
  if (!props || typeof props !== 'object') return {};
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, encode(value)]));
}

export function decodeProperties(props: Record<string, TypedJson>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, decode(value)]));
}
