// The audit entries of one write, all stamped with the transaction's time.
UNWIND $entries AS entry
CREATE (a:AuditEntry)
SET a = entry, a.at = datetime.transaction()
RETURN a {.*} AS entry
ORDER BY a.seq
