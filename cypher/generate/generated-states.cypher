// The synthetic States already in the graph.
MATCH (s:State)
WHERE s.origin = 'generated'
RETURN s.id AS id
ORDER BY id
