// Typed actor edges (every relationship that carries an edge id), in either direction.
// Only the tables of typed edges are read, not those of mentions and participations.
// The actors named by $actor are found once among the actor labels, not per edge, and
// compared by internal id (reading the endpoints' ids would read their tables).
WITH toUpper($type) AS type_key, toLower($actor) AS key
OPTIONAL MATCH (a:Person|State|Organization|Place|Document)
WHERE key <> '' AND (toLower(a.id) = key OR toLower(a.name) = key
                     OR any(x IN a.aliases WHERE toLower(x) = key))
WITH type_key, key, collect(id(a)) AS actor_ids
// Rows come in type order first: only the types up to that of the $limit-th edge (counted
// per type, without their events) can be on the page, and only their edges fetch events.
MATCH (s)-[r:ACCUSED|CRITICIZED|GRANTED_ASYLUM|HOLDS_ROLE|MEMBER_OF|MET_WITH|REQUESTED_EXTRADITION|REQUESTED_INTERVENTION|SIGNED|THREATENED]->(t)
WHERE r.id IS NOT NULL AND (type_key = '' OR label(r) = type_key)
  AND (key = '' OR list_contains(actor_ids, id(s)) OR list_contains(actor_ids, id(t)))
WITH type_key, key, actor_ids, label(r) AS type, count(*) AS edges
WITH type_key, key, actor_ids, collect({type: type, edges: edges}) AS counts
UNWIND counts AS upto
UNWIND counts AS before
WITH type_key, key, actor_ids, upto.type AS type, sum(CASE WHEN before.type <= upto.type THEN before.edges ELSE 0 END) AS reached
WITH type_key, key, actor_ids,
     coalesce(min(CASE WHEN reached >= $limit THEN type END), max(type)) AS last_type
MATCH (s)-[r:ACCUSED|CRITICIZED|GRANTED_ASYLUM|HOLDS_ROLE|MEMBER_OF|MET_WITH|REQUESTED_EXTRADITION|REQUESTED_INTERVENTION|SIGNED|THREATENED]->(t)
WHERE r.id IS NOT NULL AND (type_key = '' OR label(r) = type_key) AND label(r) <= last_type
  AND (key = '' OR list_contains(actor_ids, id(s)) OR list_contains(actor_ids, id(t)))
// An edge's date is its own, else its event's (the copy the edge carries: looking the events
// up cost a scan of every event).
RETURN label(r) AS type, s.id AS source_id, s.name AS source, t.id AS target_id,
       t.name AS target, coalesce(r.date, r.event_date) AS date, r.status AS status,
       r.confidence AS confidence, r.article_id AS article_id, r.id AS edge_id
ORDER BY type, source, target, coalesce(date, '~'), article_id, edge_id
LIMIT $limit
