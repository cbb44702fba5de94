// Full-text search over names in the three languages and over aliases (register codes, IRIs).
// One index with an analyzer that keeps every word: stop-word removal would drop "on" or "о"
// from a title while a query still holds them. Queries add prefix terms, which also catch the
// inflected forms of Kazakh and Russian words ("бала" finds "баланың").
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name_en, n.name_kk, n.name_ru, n.shortName_en, n.shortName_kk, n.shortName_ru, n.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};
