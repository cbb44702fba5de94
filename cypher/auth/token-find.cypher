// The holder of a bearer token, found by the token's hash; revoked tokens find nobody.
MATCH (t:ApiToken {hash: $hash})
WHERE t.revokedAt IS NULL
RETURN t.id AS id, t.name AS name, t.role AS role
