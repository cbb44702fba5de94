import { sortedSet, text } from '../same-answer.js';

/**
 * How each operation's two answers (this service's `data`, @neo4j/graphql's `data`) are brought
 * to one shape for the same-answer check: the same keys (`name` for the peer's `name_en`), lists
 * that are sets sorted, links as from/type/to with their properties. A value the peer's answer
 * lets one compute (a count, the gaps) is computed from it, never copied from the service's.
 */
export interface AnswerShapes {
  service: (data: Json) => unknown;
  peer: (data: Json) => unknown;
}

type Json = Record<string, unknown>;

const obj = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.map(obj) : []);
const first = (value: unknown): Json => obj(list(value)[0]);
const named = (e: Json, name = 'name') => ({ id: e['id'], name: e[name] ?? null });

export const ENTITY_ANSWER: AnswerShapes = {
  service: (data) => entity(obj(data['node']), 'name'),
  peer: (data) => entity(first(data['instruments']), 'name_en'),
};

function entity(e: Json, name: string) {
  return {
    id: e['id'],
    kind: e['kind'],
    name: e[name] ?? null,
    adopted: text(e['adopted']),
    number: text(e['number']),
    sources: sortedSet(list(e['sources']).map((s) => named(s, name))),
  };
}

/** A page is a list in link-id order: compared in order, with whether more follow. */
export const HUB_PAGE_ANSWER: AnswerShapes = {
  service: (data) => {
    const a = obj(data['crcArticle']);
    const page = obj(a['implementedByConnection']);
    return {
      id: a['id'],
      more: obj(page['pageInfo'])['hasNextPage'],
      links: list(page['edges']).map((e) => {
        const l = obj(e['node']);
        const by = obj(l['by']);
        return {
          id: l['id'],
          by: by['id'],
          name: by['name'] ?? null,
          basis: l['basis'],
          status: l['status'],
          sources: sortedSet(list(l['sources']).map((s) => s['id'])),
        };
      }),
    };
  },
  peer: (data) => {
    const a = first(data['provisions']);
    const page = obj(a['implementedByConnection']);
    return {
      id: a['id'],
      more: obj(page['pageInfo'])['hasNextPage'],
      links: list(page['edges']).map((e) => {
        const p = obj(e['properties']);
        const by = obj(e['node']);
        return {
          id: p['id'],
          by: by['id'],
          name: by['name_en'] ?? null,
          basis: p['basis'],
          status: p['status'],
          sources: sortedSet(ids(p['sources'])),
        };
      }),
    };
  },
};

export const LAW_ARTICLES_ANSWER: AnswerShapes = {
  service: (data) => {
    const law = obj(data['instrument']);
    return {
      ...lawHead(law, 'name'),
      links: sortedSet(
        list(law['implements']).map((l) => ({
          from: obj(l['by'])['id'],
          ...article(obj(l['article']), 'name'),
          basis: l['basis'],
          sources: sortedSet(list(l['sources']).map((s) => s['id'])),
        })),
      ),
    };
  },
  peer: (data) => {
    const law = first(data['instruments']);
    const links = (from: Json) =>
      list(obj(from['implementsConnection'])['edges']).map((e) => ({
        from: from['id'],
        ...article(obj(e['node']), 'name_en'),
        basis: obj(e['properties'])['basis'],
        sources: sortedSet(ids(obj(e['properties'])['sources'])),
      }));
    return { ...lawHead(law, 'name_en'), links: sortedSet([law, ...list(law['provisions'])].flatMap(links)) };
  },
};

function lawHead(law: Json, name: string) {
  return {
    id: law['id'],
    name: law[name] ?? null,
    number: text(law['number']),
    adopted: text(law['adopted']),
    provisions: sortedSet(list(law['provisions']).map((p) => ({ id: p['id'], number: text(p['number']), name: p[name] ?? null }))),
  };
}

function article(a: Json, name: string) {
  return { to: a['id'], toNumber: text(a['number']), toName: a[name] ?? null };
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export const ARTICLE_IMPLEMENTERS_ANSWER: AnswerShapes = {
  service: (data) => {
    const a = obj(data['crcArticle']);
    return {
      id: a['id'],
      number: text(a['number']),
      name: a['name'] ?? null,
      links: sortedSet(
        list(a['implementedBy']).map((l) => ({
          by: implementer(obj(l['by']), 'name'),
          basis: l['basis'],
          status: l['status'],
          sources: sortedSet(list(l['sources']).map((s) => named(s))),
        })),
      ),
    };
  },
  peer: (data) => {
    const a = first(data['provisions']);
    // A link's sources are ids; their names come from the article's implementerSources (by id).
    const names = new Map(list(a['implementerSources']).map((s) => [String(s['id']), s['name_en'] ?? null]));
    return {
      id: a['id'],
      number: text(a['number']),
      name: a['name_en'] ?? null,
      links: sortedSet(
        list(obj(a['implementedByConnection'])['edges']).map((e) => {
          const p = obj(e['properties']);
          return {
            by: implementer(obj(e['node']), 'name_en'),
            basis: p['basis'],
            status: p['status'],
            sources: sortedSet(
              ids(p['sources'])
                .filter((id) => names.has(id))
                .map((id) => ({ id, name: names.get(id) })),
            ),
          };
        }),
      ),
    };
  },
};

function implementer(by: Json, name: string) {
  return { id: by['id'], kind: by['kind'], name: by[name] ?? null };
}

/** Nodes and links of a drawing; `truncated` only where both sides compute it from the same bound. */
function graph(g: Json, name: string, withTruncated: boolean) {
  return {
    ...(withTruncated ? { truncated: g['truncated'] } : {}),
    nodes: sortedSet(list(g['nodes']).map((n) => ({ id: n['id'], kind: n['kind'], name: n[name] ?? null }))),
    edges: sortedSet(list(g['edges']).map(link)),
  };
}

function link(l: Json) {
  return {
    id: l['id'] ?? null,
    from: l['source'],
    type: l['type'],
    to: l['target'],
    ...('basis' in l ? { basis: l['basis'] ?? null } : {}),
  };
}

export const NEIGHBORHOOD_ANSWER: AnswerShapes = {
  service: (data) => graph(obj(data['neighborhood']), 'name', true),
  peer: (data) => graph(obj(data['neighborhood']), 'name_en', true),
};

/**
 * `truncated` is left out: the service bounds a subgraph's links and the peer has no bound. A
 * service answer that was truncated has fewer links than the peer's, so the check still fails.
 */
export const SUBGRAPH_ANSWER: AnswerShapes = {
  service: (data) => graph(obj(data['subgraph']), 'name', false),
  peer: (data) => {
    const nodes = list(data['subgraphNodes']);
    return graph({ nodes, edges: nodes.flatMap((n) => list(n['linksWithin'])) }, 'name_en', false);
  },
};

export const COVERAGE_ANSWER: AnswerShapes = {
  service: (data) => {
    const c = obj(data['implementationCoverage']);
    return {
      coveredCount: c['coveredCount'],
      gaps: list(c['gaps']).map((g) => g['articleId']),
      articles: list(c['articles']).map((a) => ({
        articleId: a['articleId'],
        number: text(a['number']),
        title: a['title'] ?? null,
        count: a['count'],
        instruments: sortedSet(list(a['instruments']).map((i) => ({ ...named(i), contested: i['contested'] }))),
      })),
    };
  },
  peer: (data) => {
    const articles = list(data['provisions']).map((p) => {
      const instruments = sortedSet(list(p['coveredBy']).map((i) => ({ ...named(i, 'name_en'), contested: i['contested'] })));
      return {
        articleId: p['id'],
        number: text(p['number']),
        title: p['name_en'] ?? null,
        count: instruments.filter((i) => i.contested !== true).length,
        instruments,
      };
    });
    return {
      coveredCount: articles.filter((a) => a.count > 0).length,
      gaps: articles.filter((a) => a.count === 0).map((a) => a.articleId),
      articles,
    };
  },
};
