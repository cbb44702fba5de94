import type { Plain } from '../../db/convert.js';
import type { Row } from '../../db/database.js';
import { badUserInput } from '../../errors.js';
import { checkRange } from '../arguments.js';
import type { ConnectionRow } from '../rows.js';

/** The parts of a sort key, in order: a cursor must have exactly this shape. */
export type KeyShape = readonly ('string' | 'number')[];
type Key = (string | number)[];

/**
 * Cursors are the sort key of an item (keyset pagination), as base64url JSON: opaque to
 * clients, stable across inserts and deletes, and checked on the way in so a forged or stale
 * cursor is a BAD_USER_INPUT, never a database error.
 */
export function encodeCursor(key: readonly Plain[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(after: string | null | undefined, shape: KeyShape): Key | null {
  if (after === null || after === undefined) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const valid =
    Array.isArray(key) &&
    key.length === shape.length &&
    key.every((part, i) => (shape[i] === 'number' ? typeof part === 'number' && Number.isFinite(part) : typeof part === 'string'));
  if (!valid)
    throw badUserInput('after is not a cursor this list gave out', {
      argument: 'after',
      allowed: 'an endCursor or cursor from this connection',
    });
  return key as Key;
}

/** Page parameters for a connection query: `first` checked (at most CRG_MAX_PAGE_SIZE), `after` decoded. */
export function pageParams(first: number | null | undefined, after: string | null | undefined, shape: KeyShape, maxPageSize: number) {
  return { first: checkRange(first ?? 20, 1, maxPageSize, 'first'), after: decodeCursor(after, shape) };
}

/**
 * A connection from a query's row: `total` and `page`, the page holding `first + 1` items of
 * `{ key, node, ... }` so the extra one says whether another page follows.
 */
export function toConnection<Edge extends { cursor: string }>(
  row: Row | undefined,
  first: number,
  after: string | null | undefined,
  edge: (item: Record<string, Plain>, cursor: string) => Edge,
): ConnectionRow<Edge> {
  const items = (Array.isArray(row?.['page']) ? row['page'] : []) as Record<string, Plain>[];
  const edges = items.slice(0, first).map((item) => edge(item, encodeCursor(Array.isArray(item['key']) ? item['key'] : [])));
  return {
    edges,
    totalCount: Number(row?.['total'] ?? 0),
    pageInfo: {
      hasNextPage: items.length > first,
      hasPreviousPage: after !== null && after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
