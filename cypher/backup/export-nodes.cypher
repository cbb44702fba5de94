// Every node of the graph: a key for this backup, its labels and its properties.
MATCH (n)
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props
ORDER BY key
