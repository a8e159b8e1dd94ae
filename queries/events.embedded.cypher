// Events filtered by type, place (the state, or a place whose iso3 is the state's) and date;
// a partial date is in range when its period overlaps the range.
// The state and the events placed in it are resolved once, before the events are scanned, and
// only the events of the page fetch their place and participants.
WITH toUpper($type) AS type_key, toLower($country) AS country_key
OPTIONAL MATCH (c:State)
WHERE country_key <> ''
  AND (toLower(c.id) = country_key OR toLower(c.name) = country_key
       OR any(x IN c.aliases WHERE toLower(x) = country_key))
WITH type_key, country_key, collect(c.id) AS state_ids, collect(c.iso3) AS state_iso3s
OPTIONAL MATCH (placed:Event)-[:OCCURRED_AT]->(site:Place|State)
WHERE country_key <> '' AND (list_contains(state_ids, site.id)
      OR (site.iso3 IS NOT NULL AND list_contains(state_iso3s, site.iso3)))
WITH type_key, country_key, collect(DISTINCT placed.id) AS placed_ids
// The date bounds are compared as they are: a date is on or after $since when it is, or when
// $since starts with it (a year or month that holds $since); on or before $until when it
// sorts before $until followed by '~' (after every digit and '-').
MATCH (ev:Event)
WHERE (type_key = '' OR ev.type = type_key)
  AND ($since = '' OR ev.date >= $since
       OR ev.date IN [left($since, 4), left($since, 7)])
  AND ($until = '' OR ev.date < $until + '~')
  AND (country_key = '' OR list_contains(placed_ids, ev.id))
// The page is cut on one text key, date + ' ' + type + ' ' + id: the engine's top-k over three
// text keys costs well over its top-k over one (35 against 21 ms over 90,000 events). A space
// sorts before every character of a date, a type or an id (ids are 'ev-' and a hash), so the
// key sorts as the three would; the id is its last word. The page's events are looked up after.
WITH coalesce(ev.date, '~') + ' ' + ev.type + ' ' + ev.id AS sort_key, country_key
ORDER BY sort_key
LIMIT $limit
WITH regexp_extract(sort_key, '[^ ]+$') AS page_id, country_key
OPTIONAL MATCH (c:State)
WHERE country_key <> ''
  AND (toLower(c.id) = country_key OR toLower(c.name) = country_key
       OR any(x IN c.aliases WHERE toLower(x) = country_key))
WITH page_id, country_key, collect(c.id) AS state_ids, collect(c.iso3) AS state_iso3s
// The ends are labelled: unlabelled, the engine read every table an end could be in (events
// and articles too) to join the page's 500 events with their places.
MATCH (e:Event {id: page_id})
OPTIONAL MATCH (e)-[:OCCURRED_AT]->(place:Place|State)
OPTIONAL MATCH (x:Person|State|Organization|Place|Document)-[p:PARTICIPATED_IN]->(e)
WITH e, place, x, p, country_key, state_ids, state_iso3s
WHERE country_key = '' OR list_contains(state_ids, place.id)
   OR (place.iso3 IS NOT NULL AND list_contains(state_iso3s, place.iso3))
WITH e, place, CASE WHEN x IS NULL THEN NULL ELSE p.role + ' ' + x.name END AS part
WITH e, place, list_sort(collect(DISTINCT part)) AS participants
RETURN e.date AS date, e.type AS type, participants, place.name AS place, e.status AS status,
       e.cameo AS cameo, e.article_id AS article_id, e.sentence AS sentence, e.id AS event_id
ORDER BY coalesce(date, '~'), type, event_id
LIMIT $limit
