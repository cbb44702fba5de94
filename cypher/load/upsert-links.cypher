// One batch of dataset links. The type comes from the loader's allow-list of relationship types.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
RETURN count(r) AS written
