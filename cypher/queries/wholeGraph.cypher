// Query.wholeGraph (and GET /export/<format>?all=true): every entity, in id order read from the
// unique id index (no sort), at most $limit of them, and every link between them.
// On $asOf (when given) only the entities in force that day, and the links in force between them.
MATCH (n:Entity)
WHERE n.id IS NOT NULL AND {{inForce(n, $asOf)}}
WITH n
ORDER BY n.id
LIMIT $limit + 1
WITH collect(n) AS found
WITH found[0..$limit] AS nodes, size(found) > $limit AS truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN nodes AND {{inForce(r, $asOf)}}
  WITH a, r, b
  LIMIT $maxEdges + 1
  WITH a, r, b
  ORDER BY r.id
  RETURN collect(r { {{edgeProperties}}, __type: type(r), __from: a.id, __to: b.id}) AS edges
}
RETURN [n IN nodes | {{n}}] AS nodes, edges[0..$maxEdges] AS edges, truncated OR size(edges) > $maxEdges AS truncated
