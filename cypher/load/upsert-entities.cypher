// One batch of dataset entities. Properties are replaced, so a field deleted from a data file is
// deleted from the graph too; the type label follows the kind. An entity an editor has changed
// through the API (origin 'curated') is left as the editor left it: curation wins over the files,
// and the loader reports it (see README "Curation and the dataset files").
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row
WHERE coalesce(n.origin, 'dataset') = 'dataset'
SET n = row.props
REMOVE n:$($typeLabels)
SET n:$(row.label)
RETURN count(n) AS written
