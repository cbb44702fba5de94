// Query.searchConnection: one page of full-text results, best first: ordered by [-score, id]
// (the cursor is that key; keyset pagination). The index is asked once for at most its best
// 10,000 hits; $lucene is built by the service from the words of the query only.
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 10000}) YIELD node, score
WITH node AS n, score
// On $asOf (when given) only entities in force that day.
WHERE ($kinds IS NULL OR n.kind IN $kinds) AND {{inForce(n, $asOf)}}
WITH collect({key: [-score, n.id], n: n, score: score}) AS candidates
CALL (candidates) {
  UNWIND candidates AS item
  WITH item
  WHERE $after IS NULL OR item.key > $after
  WITH item.key AS key, item.n AS n, item.score AS score
  ORDER BY key
  LIMIT $first + 1
  RETURN collect({key: key, score: score, node: {{n}}}) AS page
}
RETURN size(candidates) AS total, page
