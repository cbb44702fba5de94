// Query.paths and Query.pathSubgraph (and GET /export/<format>?from=...&to=...): the shortest
// paths between two entities, in either direction, over links of $types.
// {{maxHops}} is the hop bound, an integer from 1 to 6 checked by the service: Cypher only takes
// a literal there, and the bound must be inside the pattern so the search stops at it (a filter
// on the length afterwards would let it run to the pattern's bound). SHORTEST 10 is the most
// paths a request may ask for ($first at most 10), also a literal by Cypher's grammar.
// Paths through parallel links (same entities, same order) are one route: the first is kept.
// `found` tells the service which end is unknown (NOT_FOUND), in the same statement.
OPTIONAL MATCH (a:Entity {id: $from})
USING INDEX a:Entity(id)
OPTIONAL MATCH (b:Entity {id: $to})
USING INDEX b:Entity(id)
CALL (a, b) {
  WITH a, b
  WHERE a IS NOT NULL AND b IS NOT NULL AND {{inForce(a, $asOf)}}
  // On $asOf (when given) a path steps only over links in force that day onto entities in force
  // (the search filters each step, so it still stops at the first 10 paths that qualify).
  MATCH p = SHORTEST 10 (a)(()-[r]-(m) WHERE ($types IS NULL OR type(r) IN $types) AND {{inForce(r, $asOf)}} AND {{inForce(m, $asOf)}}){0,{{maxHops}}}(b)
  // From an entity to itself: the path of length 0, not the cycles through its neighbours
  // (filtered after the search, which stops after 10 paths either way).
  WITH a, b, p
  WHERE a <> b OR length(p) = 0
  WITH p, [x IN nodes(p) | x.id] AS route
  ORDER BY length(p), route
  WITH route, head(collect(p)) AS p
  ORDER BY length(p), route
  LIMIT $first
  RETURN collect(p) AS paths
}
RETURN [a IS NOT NULL, b IS NOT NULL] AS found,
  [p IN paths | {
    length: length(p),
    nodes: [n IN nodes(p) | {{n}}],
    edges: [r IN relationships(p) | r { {{edgeProperties}}, __type: type(r), __from: startNode(r).id, __to: endNode(r).id}]
  }] AS paths
