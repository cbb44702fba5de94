// Query.history: the audit entries of an entity (its own writes and those of its links) or of a
// link, newest first.
MATCH (a:AuditEntry)
WHERE a.subject = $id OR a.from = $id OR a.to = $id
RETURN a {.*} AS entry
ORDER BY a.at DESC, a.seq DESC, a.id
SKIP $offset
LIMIT $first
