// A role held at $date: since <= date <= until, comparing partial dates by their common prefix.
// A former role without an end is taken to end by the article's publication; a former role
// with no dates at all says nothing about $date and is left out.
// Actors are looked up among the actor labels, the only nodes with a name (not among events
// and articles too).
WITH toLower($state) AS key, toLower($title) AS title_key
MATCH (s:Person|State|Organization|Place|Document)
WHERE s.name IS NOT NULL
  AND (toLower(s.id) = key OR toLower(s.name) = key OR any(x IN s.aliases WHERE toLower(x) = key))
MATCH (p:Person)-[h:HOLDS_ROLE]->(s)
WHERE title_key = '' OR toLower(coalesce(h.title, '')) CONTAINS title_key
OPTIONAL MATCH (art:Article {id: h.article_id})
WITH s, p, h, art,
     coalesce(h.until, CASE WHEN h.former THEN art.published ELSE NULL END) AS ended
WHERE NOT (h.since IS NULL AND h.until IS NULL AND h.former)
  AND (h.since IS NULL OR left(h.since, size($date)) <= left($date, size(h.since)))
  AND (ended IS NULL OR left(ended, size($date)) >= left($date, size(ended)))
RETURN s.name AS state, p.id AS person_id, p.name AS person, h.title AS title,
       h.since AS since, h.until AS until, h.former AS former,
       CASE WHEN h.since IS NULL AND h.until IS NULL THEN 'undated' ELSE 'dated' END AS basis,
       h.article_id AS article_id, art.published AS published, h.id AS edge_id
ORDER BY state, basis, person, title, article_id, edge_id
