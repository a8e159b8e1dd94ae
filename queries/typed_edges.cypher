// Typed actor edges (every relationship that carries an edge id), in either direction.
// Two branches per edge type, in the order of the type names, each sorted and cut on its own:
// the branches are read in turn and reading stops once the page is full, so the types after
// it are never scanned (the untyped ()-[r]->() read every relationship of the graph).
// Without $actor, the first branch of a type reads the type's edges through the index on
// their id; with one, the second expands from the actors $actor names (found once, among the
// actor labels), so only their edges are read. A branch ruled out by the parameters unwinds
// an empty list and reads nothing: a condition on the parameters after a MATCH would still
// scan the whole type (a named actor took about 170 ms at 10,000 articles that way).
// An edge whose two ends both carry the name is listed once (DISTINCT r).
// An edge's date is its own, else its event's: the copy the edge carries (event_date).
WITH toUpper($type) AS type_key, toLower($actor) AS key
WITH type_key, key, COLLECT {
  UNWIND CASE WHEN key = '' THEN [] ELSE [key] END AS name
  MATCH (a:Person|State|Organization|Place|Document)
  WHERE a.name IS NOT NULL
    AND (toLower(a.id) = name OR toLower(a.name) = name OR any(x IN a.aliases WHERE toLower(x) = name))
  RETURN a
} AS actors
CALL (type_key, key, actors) {
  UNWIND CASE WHEN key = '' AND type_key IN ['', 'ACCUSED'] THEN [true] ELSE [] END AS wanted
  MATCH (s)-[r:ACCUSED]->(t)
  WHERE r.id IS NOT NULL
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN type_key IN ['', 'ACCUSED'] THEN actors ELSE [] END AS a
  MATCH (a)-[r:ACCUSED]-()
  WHERE r.id IS NOT NULL
  WITH DISTINCT r
  WITH startNode(r) AS s, r, endNode(r) AS t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN key = '' AND type_key IN ['', 'CRITICIZED'] THEN [true] ELSE [] END AS wanted
  MATCH (s)-[r:CRITICIZED]->(t)
  WHERE r.id IS NOT NULL
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN type_key IN ['', 'CRITICIZED'] THEN actors ELSE [] END AS a
  MATCH (a)-[r:CRITICIZED]-()
  WHERE r.id IS NOT NULL
  WITH DISTINCT r
  WITH startNode(r) AS s, r, endNode(r) AS t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN key = '' AND type_key IN ['', 'GRANTED_ASYLUM'] THEN [true] ELSE [] END AS wanted
  MATCH (s)-[r:GRANTED_ASYLUM]->(t)
  WHERE r.id IS NOT NULL
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN type_key IN ['', 'GRANTED_ASYLUM'] THEN actors ELSE [] END AS a
  MATCH (a)-[r:GRANTED_ASYLUM]-()
  WHERE r.id IS NOT NULL
  WITH DISTINCT r
  WITH startNode(r) AS s, r, endNode(r) AS t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN key = '' AND type_key IN ['', 'HOLDS_ROLE'] THEN [true] ELSE [] END AS wanted
  MATCH (s)-[r:HOLDS_ROLE]->(t)
  WHERE r.id IS NOT NULL
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN type_key IN ['', 'HOLDS_ROLE'] THEN actors ELSE [] END AS a
  MATCH (a)-[r:HOLDS_ROLE]-()
  WHERE r.id IS NOT NULL
  WITH DISTINCT r
  WITH startNode(r) AS s, r, endNode(r) AS t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN key = '' AND type_key IN ['', 'MEMBER_OF'] THEN [true] ELSE [] END AS wanted
  MATCH (s)-[r:MEMBER_OF]->(t)
  WHERE r.id IS NOT NULL
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN type_key IN ['', 'MEMBER_OF'] THEN actors ELSE [] END AS a
  MATCH (a)-[r:MEMBER_OF]-()
  WHERE r.id IS NOT NULL
  WITH DISTINCT r
  WITH startNode(r) AS s, r, endNode(r) AS t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN key = '' AND type_key IN ['', 'MET_WITH'] THEN [true] ELSE [] END AS wanted
  MATCH (s)-[r:MET_WITH]->(t)
  WHERE r.id IS NOT NULL
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN type_key IN ['', 'MET_WITH'] THEN actors ELSE [] END AS a
  MATCH (a)-[r:MET_WITH]-()
  WHERE r.id IS NOT NULL
  WITH DISTINCT r
  WITH startNode(r) AS s, r, endNode(r) AS t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN key = '' AND type_key IN ['', 'REQUESTED_EXTRADITION'] THEN [true] ELSE [] END AS wanted
  MATCH (s)-[r:REQUESTED_EXTRADITION]->(t)
  WHERE r.id IS NOT NULL
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN type_key IN ['', 'REQUESTED_EXTRADITION'] THEN actors ELSE [] END AS a
  MATCH (a)-[r:REQUESTED_EXTRADITION]-()
  WHERE r.id IS NOT NULL
  WITH DISTINCT r
  WITH startNode(r) AS s, r, endNode(r) AS t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN key = '' AND type_key IN ['', 'REQUESTED_INTERVENTION'] THEN [true] ELSE [] END AS wanted
  MATCH (s)-[r:REQUESTED_INTERVENTION]->(t)
  WHERE r.id IS NOT NULL
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN type_key IN ['', 'REQUESTED_INTERVENTION'] THEN actors ELSE [] END AS a
  MATCH (a)-[r:REQUESTED_INTERVENTION]-()
  WHERE r.id IS NOT NULL
  WITH DISTINCT r
  WITH startNode(r) AS s, r, endNode(r) AS t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN key = '' AND type_key IN ['', 'SIGNED'] THEN [true] ELSE [] END AS wanted
  MATCH (s)-[r:SIGNED]->(t)
  WHERE r.id IS NOT NULL
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN type_key IN ['', 'SIGNED'] THEN actors ELSE [] END AS a
  MATCH (a)-[r:SIGNED]-()
  WHERE r.id IS NOT NULL
  WITH DISTINCT r
  WITH startNode(r) AS s, r, endNode(r) AS t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN key = '' AND type_key IN ['', 'THREATENED'] THEN [true] ELSE [] END AS wanted
  MATCH (s)-[r:THREATENED]->(t)
  WHERE r.id IS NOT NULL
  WITH s, r, t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
  UNION ALL
  UNWIND CASE WHEN type_key IN ['', 'THREATENED'] THEN actors ELSE [] END AS a
  MATCH (a)-[r:THREATENED]-()
  WHERE r.id IS NOT NULL
  WITH DISTINCT r
  WITH startNode(r) AS s, r, endNode(r) AS t, coalesce(r.date, r.event_date) AS date
  RETURN s, r, t, date ORDER BY s.name, t.name, coalesce(date, '~'), r.article_id, r.id LIMIT $limit
}
WITH s, r, t, date LIMIT $limit
RETURN type(r) AS type, s.id AS source_id, s.name AS source, t.id AS target_id,
       t.name AS target, date, r.status AS status,
       r.confidence AS confidence, r.article_id AS article_id, r.id AS edge_id
ORDER BY type, source, target, coalesce(date, '~'), article_id, edge_id
LIMIT $limit
