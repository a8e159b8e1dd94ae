// Events filtered by type, place (the state, or a place whose iso3 is the state's) and date;
// a partial date is in range when its period overlaps the range.
WITH toUpper($type) AS type_key, toLower($country) AS country_key
MATCH (e:Event)
WHERE (type_key = '' OR e.type = type_key)
  AND ($since = '' OR e.date >= left($since, size(e.date)))
  AND ($until = '' OR left(e.date, size($until)) <= $until)
OPTIONAL MATCH (e)-[:OCCURRED_AT]->(place)
OPTIONAL MATCH (c:State)
WHERE country_key <> ''
  AND (toLower(c.id) = country_key OR toLower(c.name) = country_key
       OR any(x IN c.aliases WHERE toLower(x) = country_key))
WITH e, place, country_key, c
WHERE country_key = '' OR place.id = c.id OR (place.iso3 IS NOT NULL AND place.iso3 = c.iso3)
OPTIONAL MATCH (x)-[p:PARTICIPATED_IN]->(e)
WITH e, place, CASE WHEN x IS NULL THEN NULL ELSE p.role + ' ' + x.name END AS part
ORDER BY part
WITH e, place, collect(DISTINCT part) AS participants
RETURN e.date AS date, e.type AS type, participants, place.name AS place, e.status AS status,
       e.cameo AS cameo, e.article_id AS article_id, e.sentence AS sentence, e.id AS event_id
ORDER BY coalesce(date, '~'), type, event_id
LIMIT $limit
