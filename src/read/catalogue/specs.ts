import type { Order } from './orders.js';

/**
 * How the projection compiler fetches one field, as the schema's mapping directives declare it
 * (schema/mapping.graphql). Built once, at start, by build.ts.
 */
export interface Pattern {
  /** Relationship types, or `args`: the field's `types` argument gives them. */
  types: readonly string[] | 'args';
  /** Seen from the parent; `BOTH` for symmetric links; `args`: the field's `direction` argument. */
  direction: 'OUT' | 'IN' | 'BOTH' | 'args';
  /** Label the other end must carry. */
  targetLabel: string;
  /** Also reach the relationship from the parent's provisions (an instrument implements through its articles). */
  throughProvisions: boolean;
  /** Filter links and targets by the `asOf` date (the field's own, or the root field's): the field takes `asOf`. */
  temporal: boolean;
}

export type FieldSpec =
  | { shape: 'nodes' | 'node'; pattern: Pattern; order: Order }
  | { shape: 'links'; pattern: Pattern; order: Order }
  /**
   * A page of the links of one type (`linksPage`: the link type is `nodeType`) or of the entities
   * at their other end (`nodesPage`), in the order of the type's link-id index: a connection.
   */
  | { shape: 'linksPage' | 'nodesPage'; pattern: Pattern & { types: readonly [string] }; nodeType: string }
  /** An end of the link being projected: its start, its end, or the end that is not the parent. */
  | { shape: 'endpoint'; end: 'from' | 'to' | 'other' }
  /** Entities whose ids a list property holds (the sources of a link or a claim). */
  | { shape: 'idList'; property: string; targetLabel: string }
  /** The entity whose id a property holds (the ratifying `act` of a RATIFIED link). */
  | { shape: 'idRef'; property: string; targetLabel: string }
  /** Claims about an entity's own properties. */
  | { shape: 'claims' }
  /** Claims about the link being projected. */
  | { shape: 'linkClaims' }
  /** The link a claim is about, if it is about a link. */
  | { shape: 'claimLink' };

/**
 * The stored properties a property field reads: the names, given the field's literal arguments
 * (undefined when a variable gives one), or `*` when it cannot be known (a resolver that did not
 * declare what it reads).
 */
export type Reads = (literalArgs: Record<string, unknown> | undefined) => readonly string[] | '*';
