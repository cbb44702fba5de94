// Query.subgraph (and GET /export/<format>?ids=...): the induced subgraph of a set of entities,
// in the order given, and every link between two of them. $ids holds at most the configured
// maximum (checked by the service); ids that match no entity come back in `missing`. $types, when
// not null, keeps only links of those types (the explorer's hidden relation types stay out of its exports).
// The links are found from their start nodes (outgoing only): each is read once. Each link
// carries only the stored properties the request selected ({{edgeProperties}}, src/read/template.ts).
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (n:Entity {id: $ids[i]})
USING INDEX n:Entity(id)
WITH i, n
ORDER BY i
// On $asOf (when given) an entity not in force that day is left out (it exists, so it is not
// missing), and so is every link not in force.
WITH collect(CASE WHEN {{inForce(n, $asOf)}} THEN n END) AS nodes, collect(CASE WHEN n IS NULL THEN $ids[i] END) AS missing
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
RETURN [n IN nodes | {{n}}] AS nodes, edges[0..$maxEdges] AS edges, size(edges) > $maxEdges AS truncated, missing
