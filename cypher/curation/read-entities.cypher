// The current state of some entities: kind, stored properties, and the links their `sources` and
// `partOf` fields stand for. Ids that do not exist return no row.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN
  n.id AS id,
  n.kind AS kind,
  properties(n) AS props,
  [(n)-[:SUPPORTED_BY]->(s:Entity) | s.id] AS sources,
  [(n)-[:PART_OF]->(p:Entity) | p.id] AS partOf
