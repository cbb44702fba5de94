// Query.recommendationsConnection: one page of recommendations, ordered by document symbol, then
// paragraph number, then id (the cursor is that key; keyset pagination). The candidates are
// reached from the CRC article or the document when one is given (an index seek, then the
// article's or document's own links), else by label. `anchors` tells the service whether the
// document exists (NOT_FOUND otherwise), in the same statement. $asOf keeps what `recommendations`
// keeps: recommendations issued by that day, and with $articleId a CONCERNS link in force then.
OPTIONAL MATCH (article:Entity {id: $articleId})
USING INDEX article:Entity(id)
OPTIONAL MATCH (document:Entity {id: $document})
USING INDEX document:Entity(id)
CALL (article, document) {
  CALL (article, document) {
    WITH article WHERE $articleId IS NOT NULL
    MATCH (article)<-[c:CONCERNS]-(n:Recommendation)
    WHERE ($document IS NULL OR (n)-[:PART_OF]->(document)) AND {{inForce(c, $asOf)}} AND {{inForce(article, $asOf)}}
    RETURN DISTINCT n
    UNION
    WITH document WHERE $articleId IS NULL AND $document IS NOT NULL
    MATCH (document)<-[:PART_OF]-(n:Recommendation)
    RETURN n
    UNION
    WITH * WHERE $articleId IS NULL AND $document IS NULL
    MATCH (n:Recommendation)
    RETURN n
  }
  WITH n
  WHERE {{inForce(n, $asOf)}}
  WITH n, [coalesce(n.symbol, ''), coalesce(toInteger(split(n.paragraph, '(')[0]), 0), n.id] AS key
  RETURN collect({key: key, n: n}) AS candidates
}
CALL (candidates) {
  UNWIND candidates AS item
  WITH item
  WHERE $after IS NULL OR item.key > $after
  WITH item.key AS key, item.n AS n
  ORDER BY key
  LIMIT $first + 1
  RETURN collect({key: key, node: {{n}}}) AS page
}
RETURN [$articleId IS NULL OR article IS NOT NULL, $document IS NULL OR document IS NOT NULL] AS anchors, size(candidates) AS total, page
