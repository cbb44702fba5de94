// One batch of generated entities. They are new (their State was not there), so CREATE rather
// than MERGE; the type label comes from the model's allow-list (src/model/kinds.ts).
UNWIND $rows AS row
CREATE (n:Entity)
SET n = row.props
SET n:$(row.label)
RETURN count(n) AS written
