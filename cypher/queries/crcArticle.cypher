// Query.crcArticle: a CRC article by number; the id is computed so the unique id index is used.
MATCH (n:Entity {id: 'crc:art:' + toString($number)})
WHERE n:Provision
RETURN {{n}} AS n
