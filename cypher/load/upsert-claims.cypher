// One batch of claims, each tied to the entity it is about.
UNWIND $rows AS row
MATCH (a:Entity {id: row.about})
MERGE (c:Claim {id: row.id})
SET c = row.props
WITH c, a
CALL (c, a) {
  OPTIONAL MATCH (c)-[old:ABOUT]->(other)
  WHERE other <> a
  DELETE old
}
MERGE (c)-[:ABOUT]->(a)
RETURN count(c) AS written
