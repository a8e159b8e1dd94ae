// Articles by publication date (undated last), with their event and actor counts.
MATCH (art:Article)
OPTIONAL MATCH (e:Event)-[:REPORTED_IN]->(art)
WITH art, count(DISTINCT e) AS events
OPTIONAL MATCH (art)-[:MENTIONS]->(x)
WITH art, events, count(DISTINCT x) AS actors
RETURN art.id AS id, art.published AS published, art.title AS title, art.source AS source,
       art.url AS url, art.path AS path, art.extractor AS extractor, events, actors
ORDER BY coalesce(published, '') DESC, id
LIMIT $limit
