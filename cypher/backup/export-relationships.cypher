// Every relationship: its type, its ends (by their keys in this backup) and its properties.
MATCH (a)-[r]->(b)
RETURN elementId(a) AS from, type(r) AS type, elementId(b) AS to, properties(r) AS props
ORDER BY from, type, to, elementId(r)
