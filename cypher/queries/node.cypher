// Query.node: the entity with this id. {{n}} is replaced by the projection the request selects.
MATCH (n:Entity {id: $id})
RETURN {{n}} AS n
