// How much the database holds; a restore needs it empty. The graph version's node is bookkeeping,
// not data (src/db/graph-version.ts): a store holding only it is empty.
CALL () { MATCH (n) WHERE NOT n:GraphVersion RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
