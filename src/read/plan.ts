import type { Row } from '../db/database.js';
import type { QueryName } from './queries.js';

/**
 * What one root field reads: which statement, with which parameters (its arguments, checked),
 * and how its rows become the field's value. Made by src/read/fields from the field's arguments,
 * run by the Reader with the request's selection: one plan, one statement.
 */
export interface ReadPlan<T> {
  query: QueryName;
  params: Record<string, unknown>;
  /** Integers for the query's `{{name}}` slots (template.ts). */
  literals?: Readonly<Record<string, number>>;
  /**
   * Where the projected node sits under the field's selection when the field returns a wrapper:
   * `entity` (SearchHit), `nodes` (Subgraph), `edges.node` (a connection).
   */
  at?: string;
  result: (rows: Row[]) => T;
}
