// Resamples every index, waits for it, then clears the query caches: after a bulk load, queries
// are then planned with the new counts (and the planner stops scanning where it should seek).
CALL db.prepareForReplanning(600)
