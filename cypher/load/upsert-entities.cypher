// One batch of dataset entities. Properties are replaced, so a field deleted from a data file is
// deleted from the graph too; the type label follows the kind.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
REMOVE n:$($typeLabels)
SET n:$(row.label)
RETURN count(n) AS written
