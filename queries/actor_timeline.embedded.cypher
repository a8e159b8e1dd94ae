// Events of one actor in date order; a partial date (2010, 2010-05) is in range when its
// period overlaps the range. Undated events are listed last, and only when no bound is set.
// The actor is looked up among the actor tables only (the only nodes with a name), and the
// page is cut before the other participants are collected.
WITH toLower($actor) AS key
MATCH (a:Person:State:Organization:Place:Document)
WHERE a.name IS NOT NULL
  AND (toLower(a.id) = key OR toLower(a.name) = key OR any(x IN a.aliases WHERE toLower(x) = key))
MATCH (a)-[p:PARTICIPATED_IN]->(e:Event)
OPTIONAL MATCH (e)-[:OCCURRED_AT]->(place)
WITH a, p, e, place
WHERE ($since = '' OR e.date >= left($since, size(e.date)))
  AND ($until = '' OR left(e.date, size($until)) <= $until)
WITH a, p, e, place
ORDER BY a.name, coalesce(e.date, '~'), e.type, e.id, p.role
LIMIT $limit
OPTIONAL MATCH (other)-[q:PARTICIPATED_IN]->(e)
WHERE other.id <> a.id
WITH a, p, e, place,
     CASE WHEN other IS NULL THEN NULL ELSE q.role + ' ' + other.name END AS other_part
WITH a, p, e, place, list_sort(collect(DISTINCT other_part)) AS others
RETURN a.name AS actor, e.date AS date, e.type AS type, p.role AS role, others,
       place.name AS place, e.status AS status, e.article_id AS article_id,
       e.sentence AS sentence, e.id AS event_id
ORDER BY actor, coalesce(date, '~'), type, event_id, role
LIMIT $limit
