// One row per matching actor; lists are sorted text so that they read well and compare exactly.
// roles:  "[since → until] title, organization"; edges: "TYPE → other" / "TYPE ← other".
// Actors are looked up among the actor labels, the only nodes with a name (not among events
// and articles too).
WITH toLower($actor) AS key
MATCH (a:Person:State:Organization:Place:Document)
WHERE a.name IS NOT NULL
  AND (toLower(a.id) = key OR toLower(a.name) = key OR any(x IN a.aliases WHERE toLower(x) = key))
OPTIONAL MATCH (a)-[h:HOLDS_ROLE]->(o)
WITH a, CASE WHEN h IS NULL THEN NULL
             ELSE '[' + coalesce(h.since, h.date, '?') + ' → '
                  + coalesce(h.until, CASE WHEN h.former THEN 'former' ELSE 'now' END) + '] '
                  + coalesce(h.title, 'role') + ', ' + o.name END AS role
WITH a, list_sort(collect(DISTINCT role)) AS roles
OPTIONAL MATCH (a)-[r]->(b)
WHERE b.name IS NOT NULL AND label(r) <> 'HOLDS_ROLE'
WITH a, roles, CASE WHEN r IS NULL THEN NULL ELSE label(r) + ' → ' + b.name END AS edge
WITH a, roles, list_sort(collect(DISTINCT edge)) AS edges_out
OPTIONAL MATCH (a)<-[r]-(b)
WHERE b.name IS NOT NULL
WITH a, roles, edges_out, CASE WHEN r IS NULL THEN NULL ELSE label(r) + ' ← ' + b.name END AS edge
WITH a, roles, edges_out, list_sort(collect(DISTINCT edge)) AS edges_in
// The event's type is the participation's copy of it (reading the events' own column made
// the engine scan every event).
OPTIONAL MATCH (a)-[p:PARTICIPATED_IN]->(e)
WITH a, roles, edges_out, edges_in, p.event_type AS event_type, count(DISTINCT e) AS n
WITH a, roles, edges_out, edges_in,
     CASE WHEN event_type IS NULL THEN NULL ELSE event_type + ': ' + CAST(n AS STRING) END AS count_by_type, n
WITH a, roles, edges_out, edges_in, list_sort(collect(count_by_type)) AS events_by_type, sum(n) AS events
RETURN a.id AS id, label(a) AS label, a.name AS name, a.aliases AS aliases, a.kind AS kind,
       a.iso3 AS iso3, roles, edges_out, edges_in, events_by_type, events
ORDER BY name, id
