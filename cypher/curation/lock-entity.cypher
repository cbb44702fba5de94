// The first statement of an entity update: counts the write, and in doing so takes the entity's
// write lock before reading its version (Cypher locks before it reads a property that the SET
// depends on), so two editors of one entity are serialised and the second sees the first's write.
MATCH (n:Entity {id: $id})
SET n.version = coalesce(n.version, 0) + 1
RETURN n.version AS version
