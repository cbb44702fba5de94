import type {
  QueryInstitutionsConnectionArgs,
  QueryInstrumentsConnectionArgs,
  QueryRecommendationsConnectionArgs,
  QuerySearchArgs,
  QuerySearchConnectionArgs,
} from '../../generated/graphql.js';
import { notFound } from '../../errors.js';
import { CRC_ARTICLES, crcArticleId } from '../../model/crc.js';
import { checkId, checkRange, luceneQuery } from '../arguments.js';
import type { ReadPlan } from '../plan.js';
import type { ConnectionRow, EntityRow, SearchHitRow } from '../rows.js';
import { pageParams, toConnection } from './connection.js';

/** The root fields that return a page of entities (and `search`, a plain list of hits). */

interface Edge {
  cursor: string;
  node: EntityRow;
}

export const search = ({ query, kinds, first, asOf }: QuerySearchArgs, maxPageSize: number): ReadPlan<SearchHitRow[]> => ({
  query: 'search',
  params: {
    lucene: luceneQuery(query),
    kinds: kinds?.length ? kinds : null,
    first: checkRange(first ?? 20, 1, maxPageSize, 'first'),
    asOf: asOf ?? null,
  },
  at: 'entity',
  result: (rows) => rows.map((row) => ({ entity: row['n'] as EntityRow, score: Number(row['score']) })),
});

export function searchConnection(args: QuerySearchConnectionArgs, maxPageSize: number): ReadPlan<ConnectionRow<Edge & { score: number }>> {
  const page = pageParams(args.first, args.after, ['number', 'string'], maxPageSize);
  return {
    query: 'searchConnection',
    params: { lucene: luceneQuery(args.query), kinds: args.kinds?.length ? args.kinds : null, asOf: args.asOf ?? null, ...page },
    at: 'edges.node',
    result: ([row]) =>
      toConnection(row, page.first, args.after, (item, cursor) => ({
        cursor,
        node: item['node'] as EntityRow,
        score: Number(item['score']),
      })),
  };
}

export function instrumentsConnection(args: QueryInstrumentsConnectionArgs, maxPageSize: number): ReadPlan<ConnectionRow<Edge>> {
  const page = pageParams(args.first, args.after, ['string', 'string'], maxPageSize);
  return {
    query: 'instrumentsConnection',
    params: { kind: args.kind ?? null, asOf: args.asOf ?? null, ...page },
    at: 'edges.node',
    result: ([row]) => toConnection(row, page.first, args.after, nodeEdge),
  };
}

export function institutionsConnection(args: QueryInstitutionsConnectionArgs, maxPageSize: number): ReadPlan<ConnectionRow<Edge>> {
  const page = pageParams(args.first, args.after, ['string'], maxPageSize);
  return {
    query: 'institutionsConnection',
    params: { asOf: args.asOf ?? null, ...page },
    at: 'edges.node',
    result: ([row]) => toConnection(row, page.first, args.after, nodeEdge),
  };
}

export function recommendationsConnection(args: QueryRecommendationsConnectionArgs, maxPageSize: number): ReadPlan<ConnectionRow<Edge>> {
  const page = pageParams(args.first, args.after, ['string', 'number', 'string'], maxPageSize);
  const article = args.article ?? null;
  const articleId = article === null ? null : crcArticleId(checkRange(article, 1, CRC_ARTICLES, 'article'));
  const document = args.document ? checkId(args.document, 'document') : null;
  return {
    query: 'recommendationsConnection',
    params: { articleId, document, asOf: args.asOf ?? null, ...page },
    at: 'edges.node',
    result: ([row]) => {
      const anchors = Array.isArray(row?.['anchors']) ? row['anchors'] : [];
      if (document && anchors[1] !== true) throw notFound('Document', document);
      return toConnection(row, page.first, args.after, nodeEdge);
    },
  };
}

function nodeEdge(item: Record<string, unknown>, cursor: string): Edge {
  return { cursor, node: item['node'] as EntityRow };
}
