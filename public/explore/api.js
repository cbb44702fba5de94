// The explorer's calls to the service: GraphQL over POST (JSON, which Apollo's CSRF protection
// accepts), and the export URLs for the current view. The relation types it can hide come from
// /explore/model.js, which the service writes from src/model.

/** Runs a GraphQL operation; throws the first error's message when there is one. */
export async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data;
}

const NODE_FIELDS = 'id kind en: name(lang: EN) kk: name(lang: KK) ru: name(lang: RU)';
const EDGE_FIELDS = 'id type source target basis status';

export const SEARCH = `query ExplorerSearch($query: String!) {
  searchConnection(query: $query, first: 12) { totalCount edges { score node { ${NODE_FIELDS} } } }
}`;

export const NEIGHBORHOOD = `query ExplorerNeighborhood($id: ID!, $depth: Int!, $types: [RelationType!]) {
  neighborhood(id: $id, depth: $depth, limit: 150, relationTypes: $types) {
    truncated nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} }
  }
}`;

export const DETAILS = `query ExplorerNode($id: ID!, $lang: Lang!) {
  node(id: $id) {
    id kind name(lang: $lang) summary(lang: $lang) aliases validFrom validTo verified note
    sources { id name(lang: $lang) ... on Source { url year } }
    ... on Instrument { adopted number registerCode url }
    ... on Provision { number partOf { id name(lang: $lang) } }
    ... on Source { url authors year venue }
  }
}`;

/** The GET URL of an export of these ids; long id sets are posted instead (see explore.js). */
export function exportUrl(format, ids, lang) {
  return `/export/${format}?ids=${encodeURIComponent(ids.join(','))}&lang=${lang}`;
}
