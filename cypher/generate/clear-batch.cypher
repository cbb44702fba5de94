// Removes up to $limit generated entities with their links; run until it removes none. Dataset
// entities (origin 'dataset') are never touched; links from generated entities to them go too.
MATCH (n:Entity)
WHERE n.origin = 'generated'
WITH n
LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
