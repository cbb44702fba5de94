// The first statement of a link or unlink: takes the write lock of the link's start entity (a
// write that changes nothing), so concurrent writes of one link are serialised and each sees
// whether the other created or removed it.
MATCH (n:Entity {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN n.id AS id
