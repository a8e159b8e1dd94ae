// Each Document with its signatories (SIGNED edges), sorted by name.
WITH toLower($document) AS key, toLower($kind) AS kind_key
MATCH (d:Document)
WHERE (key = '' OR toLower(d.id) = key OR toLower(d.name) = key
       OR any(x IN d.aliases WHERE toLower(x) = key))
  AND (kind_key = '' OR toLower(coalesce(d.kind, '')) = kind_key)
// The page is cut by name before the signatures are read, so only its documents read theirs.
WITH d ORDER BY d.name, d.id LIMIT $limit
OPTIONAL MATCH (s)-[r:SIGNED]->(d)
OPTIONAL MATCH (ev:Event {id: r.event_id})
WITH d, s, r, coalesce(r.date, ev.date) AS date
ORDER BY s.name
WITH d, collect(DISTINCT s.name) AS signatories, count(r) AS reports,
     count(DISTINCT r.article_id) AS articles, min(date) AS first_date
RETURN d.id AS document_id, d.name AS document, d.kind AS kind, signatories, reports,
       articles, first_date
ORDER BY document, document_id
LIMIT $limit
