// Query.neighborhood (and GET /export/<format>?neighborhood=...): the entities within $depth
// links (1 to 3) of one entity, breadth first, and the links between them.
// Bounded by construction: each level pulls at most $limit entities (LIMIT inside the expansion,
// so a hub with 100,000 links is read only until $limit new neighbours are found), the result
// keeps $limit entities (the centre included) and says whether more were within reach. Only
// links of $types are followed and only entities of $kinds are kept (the centre always is).
// The links between the kept entities are found from their start nodes (outgoing only), so each
// is read once and a hub's thousands of incoming links are never scanned for it.
// Each level is sorted by id after its LIMIT (sorting before would read the whole of a hub), so
// an answer that is not truncated comes in the same order every time.
MATCH (root:Entity {id: $id})
USING INDEX root:Entity(id)
// On $asOf (when given) only entities in force that day, and links in force whose both ends are,
// are walked and kept: a centre not in force that day has an empty neighbourhood.
WITH root, {{inForce(root, $asOf)}} AS present
CALL (root, present) {
  MATCH (root)-[r]-(m:Entity)
  WHERE present AND m <> root AND {{inForce(r, $asOf)}} AND {{inForce(m, $asOf)}} AND ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR m.kind IN $kinds)
  WITH DISTINCT m
  LIMIT $limit
  WITH m ORDER BY m.id
  RETURN collect(m) AS level1
}
CALL (root, level1) {
  UNWIND CASE WHEN $depth >= 2 AND size(level1) < $limit THEN level1 ELSE [] END AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE m <> root AND NOT m IN level1 AND {{inForce(r, $asOf)}} AND {{inForce(m, $asOf)}} AND ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR m.kind IN $kinds)
  WITH DISTINCT m
  LIMIT $limit
  WITH m ORDER BY m.id
  RETURN collect(m) AS level2
}
CALL (root, level1, level2) {
  WITH level1 + level2 AS seen
  UNWIND CASE WHEN $depth >= 3 AND size(seen) < $limit THEN level2 ELSE [] END AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE m <> root AND NOT m IN seen AND {{inForce(r, $asOf)}} AND {{inForce(m, $asOf)}} AND ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR m.kind IN $kinds)
  WITH DISTINCT m
  LIMIT $limit
  WITH m ORDER BY m.id
  RETURN collect(m) AS level3
}
WITH CASE WHEN present THEN [root] ELSE [] END + level1 + level2 + level3 AS found
WITH found[0..$limit] AS nodes, size(found) > $limit AS truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN nodes AND ($types IS NULL OR type(r) IN $types) AND {{inForce(r, $asOf)}}
  WITH a, r, b
  LIMIT $maxEdges + 1
  WITH a, r, b
  ORDER BY r.id
  RETURN collect(r { {{edgeProperties}}, __type: type(r), __from: a.id, __to: b.id}) AS edges
}
RETURN [n IN nodes | {{n}}] AS nodes, edges[0..$maxEdges] AS edges, truncated OR size(edges) > $maxEdges AS truncated
