// Articles by publication date (undated last), with their event and actor counts.
// The page is cut before the counts, so only the kept articles are counted.
MATCH (art:Article)
WITH art
ORDER BY coalesce(art.published, '') DESC, art.id
LIMIT $limit
OPTIONAL MATCH (e:Event)-[:REPORTED_IN]->(art)
WITH art, count(DISTINCT e) AS events
OPTIONAL MATCH (art)-[:MENTIONS]->(x)
WITH art, events, count(DISTINCT x) AS actors
RETURN art.id AS id, art.published AS published, art.title AS title, art.source AS source,
       art.url AS url, art.path AS path, art.extractor AS extractor, events, actors
ORDER BY coalesce(published, '') DESC, id
LIMIT $limit
