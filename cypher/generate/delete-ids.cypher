// Removes the entities with these ids and their links (the load comparison's sample State).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE n.origin = 'generated'
DETACH DELETE n
RETURN count(*) AS deleted
