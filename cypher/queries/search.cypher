// Query.search: full-text over names in EN/KK/RU and aliases. $lucene is built by the service
// from the words of the query only (letters and digits), so no Lucene syntax reaches the index.
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 500}) YIELD node, score
WITH node AS n, score
// On $asOf (when given) only entities in force that day.
WHERE ($kinds IS NULL OR n.kind IN $kinds) AND {{inForce(n, $asOf)}}
WITH n, score
ORDER BY score DESC, n.id
LIMIT $first
RETURN {{n}} AS n, score
