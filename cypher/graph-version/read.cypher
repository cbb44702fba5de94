// The graph version answers are cached under (src/server/answer-cache.ts); null before any write.
// Sorted and joined, to stay right on a store written before the uniqueness constraint existed,
// where two instances writing first at once may each have created the node.
OPTIONAL MATCH (v:GraphVersion)
WITH v.version AS version ORDER BY version
RETURN CASE WHEN count(version) = 0 THEN null ELSE reduce(all = '', x IN collect(version) | all + x) END AS version
