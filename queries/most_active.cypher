// Actors by number of distinct events in the range (partial dates overlap the range).
// An actor's number of PARTICIPATED_IN relationships (its degree, read without visiting the
// events) bounds its count from above. The exact counts of the $limit actors with the highest
// bounds give a floor that every actor of the page reaches, so only actors whose bound reaches
// that floor are counted exactly (not every actor of the graph).
MATCH (a:Person|State|Organization|Place|Document)
WHERE a.name IS NOT NULL AND ($label = '' OR toLower(labels(a)[0]) = toLower($label))
WITH a, COUNT { (a)-[:PARTICIPATED_IN]->() } AS bound
ORDER BY bound DESC
WITH collect(a) AS actors, collect(bound) AS bounds
CALL (actors) {
  UNWIND actors[0..$limit] AS a
  OPTIONAL MATCH (a)-[:PARTICIPATED_IN]->(e:Event)
  WHERE ($since = '' OR e.date >= left($since, size(e.date)))
    AND ($until = '' OR left(e.date, size($until)) <= $until)
  WITH a, count(DISTINCT e) AS events
  RETURN min(events) AS floor
}
UNWIND range(0, size(actors) - 1) AS i
WITH actors[i] AS a, bounds[i] AS bound, floor
WHERE bound >= floor
MATCH (a)-[:PARTICIPATED_IN]->(e:Event)
WHERE ($since = '' OR e.date >= left($since, size(e.date)))
  AND ($until = '' OR left(e.date, size($until)) <= $until)
WITH a, count(DISTINCT e) AS events, count(DISTINCT e.type) AS event_types,
     count(DISTINCT e.article_id) AS articles, min(e.date) AS first_date, max(e.date) AS last_date
RETURN a.id AS id, labels(a)[0] AS label, a.name AS name, events, event_types, articles,
       first_date, last_date
ORDER BY events DESC, articles DESC, name, id
LIMIT $limit
