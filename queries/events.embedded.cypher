// Events filtered by type, place (the state, or a place whose iso3 is the state's) and date;
// a partial date is in range when its period overlaps the range.
// Two branches, exactly one of which has rows: without $country, every event is a candidate
// and the events are scanned; with it, the events are reached from the state's places.
// The scan comes first and takes the parameters themselves: LadybugDB joins a scan that
// follows an earlier clause by building the whole scan into a hash table (the state lookup
// that used to come first cost 60-70 ms at 90,000 events, even when $country was '').
// The date bounds are compared as they are: a date is on or after $since when it is, or when
// $since starts with it (a year or month that holds $since); on or before $until when it
// sorts before $until followed by '~' (after every digit and '-').
MATCH (ev:Event)
WHERE $country = '' AND ($type = '' OR ev.type = toUpper($type))
  AND ($since = '' OR ev.date >= $since OR ev.date IN [left($since, 4), left($since, 7)])
  AND ($until = '' OR ev.date < $until + '~')
// The page is cut on one text key, date + ' ' + type + ' ' + id, stored with each event
// (sort_key, see graph/stores/embedded_cypher.py): the engine's top-k over three text keys
// costs well over its top-k over one (35 against 21 ms over 90,000 events), and joining the
// three at each run cost another 15 ms. A space sorts before every character of a date, a
// type or an id (ids are 'ev-' and a hash), so the key sorts as the three would; the id is
// its last word. The page's events are looked up after.
WITH ev.sort_key AS sort_key
ORDER BY sort_key
LIMIT $limit
WITH regexp_extract(sort_key, '[^ ]+$') AS page_id
// The ends are labelled: unlabelled, the engine read every table an end could be in (events
// and articles too) to join the page's 500 events with their places.
MATCH (e:Event {id: page_id})
OPTIONAL MATCH (e)-[:OCCURRED_AT]->(place:Place|State)
OPTIONAL MATCH (x:Person|State|Organization|Place|Document)-[p:PARTICIPATED_IN]->(e)
WITH e, place, CASE WHEN x IS NULL THEN NULL ELSE p.role + ' ' + x.name END AS part
WITH e, place, list_sort(collect(DISTINCT part)) AS participants
RETURN e.date AS date, e.type AS type, participants, place.name AS place, e.status AS status,
       e.cameo AS cameo, e.article_id AS article_id, e.sentence AS sentence, e.id AS event_id
ORDER BY coalesce(date, '~'), type, event_id
UNION ALL
// With $country: the state (by id, name or alias), its places, and the events placed there.
// Only ids travel to the page cut, and they are the locations' copies of them: naming the
// events' properties here made the engine scan every event with all its columns, $country
// or not, and even their ids cost a scan of every event joined to every location.
MATCH (c:State)
WHERE $country <> ''
  AND (toLower(c.id) = toLower($country) OR toLower(c.name) = toLower($country)
       OR list_contains(list_transform(c.aliases, x -> lower(x)), toLower($country)))
WITH collect(c.id) AS state_ids, collect(c.iso3) AS state_iso3s
MATCH (site:Place|State)<-[o:OCCURRED_AT]-()
WHERE list_contains(state_ids, site.id)
   OR (site.iso3 IS NOT NULL AND list_contains(state_iso3s, site.iso3))
WITH DISTINCT o.event_id AS placed_id
MATCH (ev:Event {id: placed_id})
WHERE ($type = '' OR ev.type = toUpper($type))
  AND ($since = '' OR ev.date >= $since OR ev.date IN [left($since, 4), left($since, 7)])
  AND ($until = '' OR ev.date < $until + '~')
WITH ev.sort_key AS sort_key
ORDER BY sort_key
LIMIT $limit
WITH regexp_extract(sort_key, '[^ ]+$') AS page_id
MATCH (e:Event {id: page_id})
OPTIONAL MATCH (e)-[:OCCURRED_AT]->(place:Place|State)
OPTIONAL MATCH (x:Person|State|Organization|Place|Document)-[p:PARTICIPATED_IN]->(e)
WITH e, place, CASE WHEN x IS NULL THEN NULL ELSE p.role + ' ' + x.name END AS part
WITH e, place, list_sort(collect(DISTINCT part)) AS participants
RETURN e.date AS date, e.type AS type, participants, place.name AS place, e.status AS status,
       e.cameo AS cameo, e.article_id AS article_id, e.sentence AS sentence, e.id AS event_id
ORDER BY coalesce(date, '~'), type, event_id
