// Query.crcArticle: a CRC article by number. The resolver passes the article's id (`crc:art:<n>`):
// an id parameter, with the index hint, seeks the unique id index whatever the statistics say
// (right after a bulk load Neo4j may otherwise plan a scan of the whole index).
MATCH (n:Entity {id: $id})
USING INDEX n:Entity(id)
WHERE n:Provision
RETURN {{n}} AS n
