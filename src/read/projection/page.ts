import type { Pattern } from '../catalogue/specs.js';
import { pageParams } from '../fields/connection.js';

/** The largest `first` of a paged relationship field when the service does not say (CRG_MAX_PAGE_SIZE's default). */
export const DEFAULT_MAX_PAGE_SIZE = 100;

/** A paged field's page arguments, checked as the root connections check theirs (BAD_USER_INPUT naming the argument). */
export function pageArguments(args: Record<string, unknown>, maxPageSize: number): { first: number; after: string | null } {
  const first = typeof args['first'] === 'number' ? args['first'] : null;
  const after = typeof args['after'] === 'string' ? args['after'] : null;
  const page = pageParams(first, after, ['string'], maxPageSize);
  return { first: page.first, after: (page.after?.[0] as string | undefined) ?? null };
}

export interface PageParts {
  /** The parent node variable. */
  parent: string;
  rel: string;
  /** The other end's variable. */
  target: string;
  pattern: Pattern & { types: readonly [string] };
  /** `MATCH` pattern and ` WHERE ...` (the in-force rule) of the field, as the compiler wrote them. */
  match: string;
  where: string;
  /** Variables the rows carry (the link, its other end, and the parent when the node needs it). */
  carry: string;
  first: string;
  after: string;
  /** The map projection of one edge's node. */
  node: string;
  counted: boolean;
}

/**
 * A page of one relationship type's links at a node, in link-id order, as a map `{page, total}`.
 * Neo4j cannot read a node's links sorted: ordering them means reading them all, which at a hub
 * (a CRC article with 10,000 implementing links) is the whole cost. The type's id index (its
 * uniqueness constraint) is sorted, so a page can instead be read from it: walking the index from
 * the cursor and keeping the links that end at this node, which costs about
 * (first + 1) × links of the type ÷ links of this node, a constant for a hub as the graph grows.
 * For a node with few links that walk is the dearer one, so the statement compares the two costs
 * (the node's degree and the type's count come from Neo4j's counts, one database hit each) and
 * takes the cheaper branch; both give the same rows. totalCount reads every link and is only
 * computed when selected.
 */
export function pageExpression(parts: PageParts): string {
  const { parent, rel, target, pattern, match, where, carry, first, after, node } = parts;
  const type = pattern.types[0];
  const degree = pattern.direction === 'IN' ? `(${parent})<-[:${type}]-()` : `(${parent})-[:${type}]->()`;
  // Each link expanded costs about 3 database hits (the link, its id, the other end's label);
  // each index entry walked about 1.
  const walk = `3 * COUNT { ${degree} } ^ 2 >= (${first} + 1) * COUNT { ()-[:${type}]->() }`;
  const branch = (head: string, hint: string, range: string) =>
    `${head}MATCH ${match}${hint}${where ? `${where} AND ` : ' WHERE '}${rel}.id > ${range} ` +
    `WITH ${rel}, ${target} ORDER BY ${rel}.id LIMIT ${first} + 1 RETURN ${rel}, ${target}`;
  // The walk's choice is in its range, not in a filter: a null bound makes the seek empty, and
  // the planner cannot evaluate it after the seek (it moved a plain WHERE above the seek, which
  // would walk the whole index for a node with few links).
  const walked = branch('', ` USING INDEX ${rel}:${type}(id)`, `CASE WHEN ${walk} THEN coalesce(${after}, '') END`);
  const expanded = branch(`WITH ${parent} WHERE NOT (${walk}) `, '', `coalesce(${after}, '')`);
  const page =
    `COLLECT { CALL (${parent}) { ${walked} UNION ALL ${expanded} } ` +
    `WITH ${carry} ORDER BY ${rel}.id RETURN {key: [${rel}.id], node: ${node}} }`;
  const total = parts.counted ? `, total: COUNT { MATCH ${match}${where} }` : '';
  return `{page: ${page}${total}}`;
}
