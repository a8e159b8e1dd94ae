// MET_WITH is undirected: with an actor, it is always the first column; without one, each
// meeting is listed once with the sides in id order.
WITH toLower($actor) AS key
MATCH (a)-[r:MET_WITH]-(b)
WHERE (key = '' AND a.id < b.id)
   OR (key <> '' AND (toLower(a.id) = key OR toLower(a.name) = key
                      OR any(x IN a.aliases WHERE toLower(x) = key)))
// An edge's date is its own, else its event's: the copy the edge carries (event_date),
// so that no event is looked up to date an edge.
WITH a, b, r, coalesce(r.date, r.event_date) AS date
WHERE ($since = '' OR date >= left($since, size(date)))
  AND ($until = '' OR left(date, size($until)) <= $until)
WITH a, b, r, date
ORDER BY coalesce(date, '~'), a.name, b.name, r.article_id, r.id
LIMIT $limit
// Only the page's meetings look up their article.
OPTIONAL MATCH (art:Article {id: r.article_id})
OPTIONAL MATCH (ev:Event {id: r.event_id})
RETURN a.id AS actor_id, a.name AS actor, b.id AS met_id, b.name AS met, date,
       ev.type AS event_type, r.article_id AS article_id, art.source AS source,
       r.sentence AS sentence, r.id AS edge_id
ORDER BY coalesce(date, '~'), actor, met, article_id, edge_id
LIMIT $limit
