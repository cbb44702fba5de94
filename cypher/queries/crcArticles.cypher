// Query.crcArticles: the 54 articles of the CRC, in order.
MATCH (crc:Entity {id: 'crc'})
USING INDEX crc:Entity(id)
MATCH (crc)<-[:PART_OF]-(n:Provision)
WITH n
ORDER BY n.position, n.id
RETURN {{n}} AS n
