// One batch of nodes; the labels come from the backup file (they were labels in the graph).
UNWIND $rows AS row
CREATE (n:BackupRestore)
SET n = row.props
SET n.backupKey = row.key
SET n:$(row.labels)
RETURN count(n) AS created
