// Actors by number of distinct events in the range (partial dates overlap the range).
MATCH (a)-[:PARTICIPATED_IN]->(e:Event)
WHERE a.name IS NOT NULL
  AND ($label = '' OR toLower(labels(a)[0]) = toLower($label))
  AND ($since = '' OR e.date >= left($since, size(e.date)))
  AND ($until = '' OR left(e.date, size($until)) <= $until)
WITH a, count(DISTINCT e) AS events, count(DISTINCT e.type) AS event_types,
     count(DISTINCT e.article_id) AS articles, min(e.date) AS first_date, max(e.date) AS last_date
RETURN a.id AS id, labels(a)[0] AS label, a.name AS name, events, event_types, articles,
       first_date, last_date
ORDER BY events DESC, articles DESC, name, id
LIMIT $limit
