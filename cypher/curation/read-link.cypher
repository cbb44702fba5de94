// One link by its id and start entity, with the entity it ends at.
MATCH (a:Entity {id: $from})-[r {id: $id}]->(b:Entity)
WHERE type(r) = $type
RETURN properties(r) AS props, b.id AS to
