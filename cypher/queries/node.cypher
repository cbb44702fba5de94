// Query.node: the entity with this id. {{n}} is replaced by the projection the request selects.
// The hint keeps the lookup an index seek whatever the statistics say (see crcArticle.cypher).
MATCH (n:Entity {id: $id})
USING INDEX n:Entity(id)
RETURN {{n}} AS n
