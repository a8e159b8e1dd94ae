// Typed actor edges (every relationship that carries an edge id), in either direction.
// Only the tables of typed edges are read, not those of mentions and participations.
WITH toUpper($type) AS type_key, toLower($actor) AS key
MATCH (s)-[r:ACCUSED|CRITICIZED|GRANTED_ASYLUM|HOLDS_ROLE|MEMBER_OF|MET_WITH|REQUESTED_EXTRADITION|REQUESTED_INTERVENTION|SIGNED|THREATENED]->(t)
WHERE r.id IS NOT NULL AND (type_key = '' OR label(r) = type_key)
  AND (key = ''
       OR toLower(s.id) = key OR toLower(s.name) = key OR any(x IN s.aliases WHERE toLower(x) = key)
       OR toLower(t.id) = key OR toLower(t.name) = key OR any(x IN t.aliases WHERE toLower(x) = key))
OPTIONAL MATCH (ev:Event {id: r.event_id})
RETURN label(r) AS type, s.id AS source_id, s.name AS source, t.id AS target_id,
       t.name AS target, coalesce(r.date, ev.date) AS date, r.status AS status,
       r.confidence AS confidence, r.article_id AS article_id, r.id AS edge_id
ORDER BY type, source, target, coalesce(date, '~'), article_id, edge_id
LIMIT $limit
