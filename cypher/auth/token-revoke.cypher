// Revokes a token (kept, with when and by whom, so the audit trail still names its holder).
MATCH (t:ApiToken {id: $id})
SET t.revokedAt = coalesce(t.revokedAt, datetime()), t.revokedBy = coalesce(t.revokedBy, $revokedBy)
RETURN t {.id, .name, .role, .createdBy, .revokedBy, createdAt: toString(t.createdAt), revokedAt: toString(t.revokedAt)} AS token
