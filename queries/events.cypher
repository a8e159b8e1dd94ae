// Events filtered by type, place (the state, or a place whose iso3 is the state's) and date;
// a partial date is in range when its period overlaps the range.
// The state is resolved once, before the events (not once per event). The page of events is
// cut before places and participants are fetched: dated events come in date order from the
// index on Event.date (undated ones, listed last, are read only when the page is not full).
WITH toUpper($type) AS type_key, toLower($country) AS country_key
OPTIONAL MATCH (c:State)
WHERE country_key <> ''
  AND (toLower(c.id) = country_key OR toLower(c.name) = country_key
       OR any(x IN c.aliases WHERE toLower(x) = country_key))
WITH type_key, country_key, collect(c.id) AS state_ids, collect(c.iso3) AS state_iso3s
CALL (type_key, country_key, state_ids, state_iso3s) {
  MATCH (e:Event)
  WHERE e.date IS NOT NULL AND (type_key = '' OR e.type = type_key)
    AND ($since = '' OR e.date >= left($since, size(e.date)))
    AND ($until = '' OR left(e.date, size($until)) <= $until)
    AND (country_key = '' OR EXISTS {
          MATCH (e)-[:OCCURRED_AT]->(place)
          WHERE place.id IN state_ids OR (place.iso3 IS NOT NULL AND place.iso3 IN state_iso3s) })
  RETURN e ORDER BY e.date, e.type, e.id LIMIT $limit
  UNION ALL
  MATCH (e:Event)
  WHERE e.date IS NULL AND $since = '' AND $until = '' AND (type_key = '' OR e.type = type_key)
    AND (country_key = '' OR EXISTS {
          MATCH (e)-[:OCCURRED_AT]->(place)
          WHERE place.id IN state_ids OR (place.iso3 IS NOT NULL AND place.iso3 IN state_iso3s) })
  RETURN e ORDER BY e.type, e.id LIMIT $limit
}
WITH e, country_key, state_ids, state_iso3s LIMIT $limit
OPTIONAL MATCH (e)-[:OCCURRED_AT]->(place)
WITH e, place, country_key, state_ids, state_iso3s
WHERE country_key = '' OR place.id IN state_ids
   OR (place.iso3 IS NOT NULL AND place.iso3 IN state_iso3s)
OPTIONAL MATCH (x)-[p:PARTICIPATED_IN]->(e)
WITH e, place, CASE WHEN x IS NULL THEN NULL ELSE p.role + ' ' + x.name END AS part
ORDER BY part
WITH e, place, collect(DISTINCT part) AS participants
RETURN e.date AS date, e.type AS type, participants, place.name AS place, e.status AS status,
       e.cameo AS cameo, e.article_id AS article_id, e.sentence AS sentence, e.id AS event_id
ORDER BY coalesce(date, '~'), type, event_id
LIMIT $limit
