// One batch of relationships between restored nodes.
UNWIND $rows AS row
MATCH (a:BackupRestore {backupKey: row.from})
MATCH (b:BackupRestore {backupKey: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created
