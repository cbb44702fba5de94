// Removes the temporary label and keys, leaving the graph as it was backed up.
MATCH (n:BackupRestore)
REMOVE n:BackupRestore, n.backupKey
RETURN count(n) AS nodes
