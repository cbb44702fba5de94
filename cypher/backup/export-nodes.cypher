// Every node of the graph: a key for this backup, its labels and its properties. Not the graph
// version's node: the restore's own transaction gives the restored graph a new version.
MATCH (n) WHERE NOT n:GraphVersion
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props
ORDER BY key
