// Typed actor edges (every relationship that carries an edge id), in either direction.
// One branch per edge type, in the order of the type names, each sorted and cut on its own:
// the branches are read in turn and reading stops once the page is full, so the types after
// it are never scanned (the untyped ()-[r]->() read every relationship of the graph).
// An edge's date is its own, else its event's: the copy the edge carries (event_date).
WITH toUpper($type) AS type_key, toLower($actor) AS key
CALL (type_key, key) {
  MATCH (s)-[r:ACCUSED]->(t)
  WHERE type_key IN ['', 'ACCUSED'] AND r.id IS NOT NULL
    AND (key = ''
         OR toLower(s.id) = key OR toLower(s.name) = key OR any(x IN s.aliases WHERE toLower(x) = key)
         OR toLower(t.id) = key OR toLower(t.name) = key OR any(x IN t.aliases WHERE toLower(x) = key))
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  MATCH (s)-[r:CRITICIZED]->(t)
  WHERE type_key IN ['', 'CRITICIZED'] AND r.id IS NOT NULL
    AND (key = ''
         OR toLower(s.id) = key OR toLower(s.name) = key OR any(x IN s.aliases WHERE toLower(x) = key)
         OR toLower(t.id) = key OR toLower(t.name) = key OR any(x IN t.aliases WHERE toLower(x) = key))
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  MATCH (s)-[r:GRANTED_ASYLUM]->(t)
  WHERE type_key IN ['', 'GRANTED_ASYLUM'] AND r.id IS NOT NULL
    AND (key = ''
         OR toLower(s.id) = key OR toLower(s.name) = key OR any(x IN s.aliases WHERE toLower(x) = key)
         OR toLower(t.id) = key OR toLower(t.name) = key OR any(x IN t.aliases WHERE toLower(x) = key))
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  MATCH (s)-[r:HOLDS_ROLE]->(t)
  WHERE type_key IN ['', 'HOLDS_ROLE'] AND r.id IS NOT NULL
    AND (key = ''
         OR toLower(s.id) = key OR toLower(s.name) = key OR any(x IN s.aliases WHERE toLower(x) = key)
         OR toLower(t.id) = key OR toLower(t.name) = key OR any(x IN t.aliases WHERE toLower(x) = key))
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  MATCH (s)-[r:MEMBER_OF]->(t)
  WHERE type_key IN ['', 'MEMBER_OF'] AND r.id IS NOT NULL
    AND (key = ''
         OR toLower(s.id) = key OR toLower(s.name) = key OR any(x IN s.aliases WHERE toLower(x) = key)
         OR toLower(t.id) = key OR toLower(t.name) = key OR any(x IN t.aliases WHERE toLower(x) = key))
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  MATCH (s)-[r:MET_WITH]->(t)
  WHERE type_key IN ['', 'MET_WITH'] AND r.id IS NOT NULL
    AND (key = ''
         OR toLower(s.id) = key OR toLower(s.name) = key OR any(x IN s.aliases WHERE toLower(x) = key)
         OR toLower(t.id) = key OR toLower(t.name) = key OR any(x IN t.aliases WHERE toLower(x) = key))
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  MATCH (s)-[r:REQUESTED_EXTRADITION]->(t)
  WHERE type_key IN ['', 'REQUESTED_EXTRADITION'] AND r.id IS NOT NULL
    AND (key = ''
         OR toLower(s.id) = key OR toLower(s.name) = key OR any(x IN s.aliases WHERE toLower(x) = key)
         OR toLower(t.id) = key OR toLower(t.name) = key OR any(x IN t.aliases WHERE toLower(x) = key))
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  MATCH (s)-[r:REQUESTED_INTERVENTION]->(t)
  WHERE type_key IN ['', 'REQUESTED_INTERVENTION'] AND r.id IS NOT NULL
    AND (key = ''
         OR toLower(s.id) = key OR toLower(s.name) = key OR any(x IN s.aliases WHERE toLower(x) = key)
         OR toLower(t.id) = key OR toLower(t.name) = key OR any(x IN t.aliases WHERE toLower(x) = key))
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  MATCH (s)-[r:SIGNED]->(t)
  WHERE type_key IN ['', 'SIGNED'] AND r.id IS NOT NULL
    AND (key = ''
         OR toLower(s.id) = key OR toLower(s.name) = key OR any(x IN s.aliases WHERE toLower(x) = key)
         OR toLower(t.id) = key OR toLower(t.name) = key OR any(x IN t.aliases WHERE toLower(x) = key))
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  MATCH (s)-[r:THREATENED]->(t)
  WHERE type_key IN ['', 'THREATENED'] AND r.id IS NOT NULL
    AND (key = ''
         OR toLower(s.id) = key OR toLower(s.name) = key OR any(x IN s.aliases WHERE toLower(x) = key)
         OR toLower(t.id) = key OR toLower(t.name) = key OR any(x IN t.aliases WHERE toLower(x) = key))
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
}
WITH s, r, t, date LIMIT $limit
RETURN type(r) AS type, s.id AS source_id, s.name AS source, t.id AS target_id,
       t.name AS target, date, r.status AS status,
       r.confidence AS confidence, r.article_id AS article_id, r.id AS edge_id
ORDER BY type, source, target, coalesce(date, '~'), article_id, edge_id
LIMIT $limit
