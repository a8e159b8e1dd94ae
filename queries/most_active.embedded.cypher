// Actors by number of distinct events in the range (partial dates overlap the range).
// An actor's number of PARTICIPATED_IN relationships (its degree, counted without reading
// the events) bounds its count from above. The exact counts of the actors with the $limit
// highest degrees give a floor that every actor of the page reaches, so only the actors whose
// degree reaches that floor are counted with their events (not every actor of the graph;
// LadybugDB still scans every participation to find theirs, joining rather than expanding).
// The events' date, type and article are read from the participations' copies of them
// (event_date, event_type, article_id): reaching an event's own columns from its actors made
// the engine scan every event and join it to the participations.
// The date bounds are compared as they are: a date is on or after $since when it is, or when
// $since starts with it (a year or month that holds $since); on or before $until when it
// sorts before $until followed by '~' (after every digit and '-').
MATCH (a:Person|State|Organization|Place|Document)-[:PARTICIPATED_IN]->()
WHERE a.name IS NOT NULL AND ($label = '' OR toLower(label(a)) = toLower($label))
WITH a, count(*) AS degree
WITH list_min(list_reverse_sort(collect(degree))[1:$limit]) AS top_degree
MATCH (a:Person|State|Organization|Place|Document)-[:PARTICIPATED_IN]->()
WHERE a.name IS NOT NULL AND ($label = '' OR toLower(label(a)) = toLower($label))
WITH top_degree, a, count(*) AS degree
WHERE degree >= top_degree
// These few actors' events are tested against the range after they are joined with them:
// `degree < 0`, never true, ties the test to the actor, so the engine cannot test every
// participation of the graph before the join (about 10 ms at 92,000 participations, for
// nothing when no bound is given). The final pass below keeps the test before its join,
// where a narrow range leaves many actors and few of their participations.
MATCH (a)-[p:PARTICIPATED_IN]->(e)
WHERE degree < 0
   OR (($since = '' OR p.event_date >= $since OR p.event_date IN [left($since, 4), left($since, 7)])
       AND ($until = '' OR p.event_date < $until + '~'))
WITH a, count(DISTINCT e) AS events
// When fewer than $limit of them have an event in the range, the page has room for any actor
// with one: the floor is 1.
WITH list_reverse_sort(collect(events)) AS counts
WITH CASE WHEN size(counts) >= $limit THEN counts[$limit] ELSE 1 END AS floor
MATCH (a:Person|State|Organization|Place|Document)-[:PARTICIPATED_IN]->()
WHERE a.name IS NOT NULL AND ($label = '' OR toLower(label(a)) = toLower($label))
WITH floor, a, count(*) AS degree
WHERE degree >= floor
MATCH (a)-[p:PARTICIPATED_IN]->(e)
WHERE ($since = '' OR p.event_date >= $since OR p.event_date IN [left($since, 4), left($since, 7)])
  AND ($until = '' OR p.event_date < $until + '~')
WITH a, count(DISTINCT e) AS events, count(DISTINCT p.event_type) AS event_types,
     count(DISTINCT p.article_id) AS articles, min(p.event_date) AS first_date,
     max(p.event_date) AS last_date
RETURN a.id AS id, label(a) AS label, a.name AS name, events, event_types, articles,
       first_date, last_date
ORDER BY events DESC, articles DESC, name, id
LIMIT $limit
