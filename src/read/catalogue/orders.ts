/**
 * The orders a `@relationship` field may declare (`order:` in the schema, the ResultOrder enum of
 * schema/mapping.graphql): ORDER BY expressions over the other end `t` and the relationship `r`.
 * A fixed set in code rather than Cypher in the schema, so every statement's text stays one the
 * compiler wrote. Orders that read the relationship apply to fields returning links only.
 */
export interface Order {
  expression: (target: string, rel: string) => string;
  readsLink: boolean;
}

const byTarget = (expression: (t: string) => string): Order => ({ expression: (t) => expression(t), readsLink: false });
const byLink = (expression: (t: string, r: string) => string): Order => ({ expression, readsLink: true });

export const ORDERS: Record<string, Order> = {
  ID: byTarget((t) => `${t}.id`),
  POSITION: byTarget((t) => `coalesce(${t}.position, 0), ${t}.id`),
  /** Recommendations by date, document and paragraph number (3(a) sorts as 3, before 11). */
  PARAGRAPH: byTarget((t) => `${t}.date, ${t}.symbol, toIntegerOrNull(head(split(${t}.paragraph, '('))), ${t}.id`),
  LINK_DATE: byLink((t, r) => `coalesce(${r}.validFrom, ${r}.date), ${t}.id, ${r}.id`),
  ID_THEN_LINK: byLink((t, r) => `${t}.id, ${r}.id`),
  POSITION_THEN_LINK: byLink((t, r) => `coalesce(${t}.position, 0), ${t}.id, ${r}.id`),
  LINK_TYPE: byLink((t, r) => `type(${r}), ${t}.id, ${r}.id`),
  /** The order of a relationship type's id index: what a paged field reads (src/read/projection/page.ts). */
  LINK_ID: byLink((_t, r) => `${r}.id`),
};
