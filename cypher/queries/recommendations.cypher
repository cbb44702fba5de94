// Query.recommendations: paragraphs of UN documents, optionally only those concerning CRC article
// $article or part of document $document, issued (and concerning it) on $asOf when it is given.
// {{inForce}} is the in-force rule of src/model/in-force.ts (a recommendation starts on its date);
// the CONCERNS link counts only while it and both its ends are in force.
MATCH (n:Recommendation)
WHERE {{inForce(n, $asOf)}}
  AND ($document IS NULL OR EXISTS { (n)-[:PART_OF]->(:Entity {id: $document}) })
  AND ($article IS NULL OR EXISTS {
    MATCH (n)-[c:CONCERNS]->(a:Entity {id: 'crc:art:' + toString($article)})
    WHERE {{inForce(c, $asOf)}} AND {{inForce(a, $asOf)}}
  })
WITH n
ORDER BY n.date, n.symbol, toIntegerOrNull(head(split(n.paragraph, '('))), n.id
RETURN {{n}} AS n
