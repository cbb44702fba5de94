// New entities (the unique id constraint refuses one that exists, even if created concurrently).
// The type label comes from the allow-list of kinds (src/model/kinds.ts).
UNWIND $rows AS row
CREATE (n:Entity)
SET n = row.props
SET n:$(row.label)
RETURN count(n) AS created
