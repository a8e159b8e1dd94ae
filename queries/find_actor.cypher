// Actors whose id, name or any alias contains $name, case-insensitive; exact matches first.
// Actors are looked up among the actor labels, the only nodes with a name (not among events
// and articles too).
WITH toLower($name) AS key
MATCH (a:Person|State|Organization|Place|Document)
WHERE a.name IS NOT NULL
  AND (toLower(a.id) = key OR toLower(a.name) CONTAINS key
       OR any(x IN a.aliases WHERE toLower(x) CONTAINS key))
WITH a, (toLower(a.id) = key OR toLower(a.name) = key
         OR any(x IN a.aliases WHERE toLower(x) = key)) AS exact
OPTIONAL MATCH (a)-[:PARTICIPATED_IN]->(e:Event)
WITH a, exact, count(DISTINCT e) AS events
RETURN a.id AS id, labels(a)[0] AS label, a.name AS name, a.aliases AS aliases,
       a.kind AS kind, a.iso3 AS iso3, exact, events
ORDER BY exact DESC, events DESC, name, id
LIMIT $limit
