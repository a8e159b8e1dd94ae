// Paths run over actor edges and PARTICIPATED_IN (two actors of one event are two steps
// apart), never through articles. Events appear in `steps` as "TYPE date".
// Paths are told apart by their ids and relations, and only the page spells its steps.
// Actors are looked up among the actor labels, the only nodes with a name (not among events
// and articles too).
WITH toLower($from) AS from_key, toLower($to) AS to_key
MATCH (a:Person|State|Organization|Place|Document)
WHERE a.name IS NOT NULL
  AND (toLower(a.id) = from_key OR toLower(a.name) = from_key
       OR any(x IN a.aliases WHERE toLower(x) = from_key))
MATCH (b:Person|State|Organization|Place|Document)
WHERE b.name IS NOT NULL AND b.id <> a.id
  AND (toLower(b.id) = to_key OR toLower(b.name) = to_key
       OR any(x IN b.aliases WHERE toLower(x) = to_key))
MATCH p = allShortestPaths((a)-[:GRANTED_ASYLUM|REQUESTED_EXTRADITION|SIGNED|REQUESTED_INTERVENTION|MET_WITH|HOLDS_ROLE|MEMBER_OF|ACCUSED|CRITICIZED|THREATENED|PARTICIPATED_IN*..6]-(b))
WHERE length(p) <= $max_hops
WITH length(p) AS hops, [n IN nodes(p) | n.id] AS ids,
     [r IN relationships(p) | type(r)] AS relations, p
WITH hops, ids, relations, head(collect(p)) AS p
WITH hops, ids, relations, p,
     reduce(k = '', id IN ids | k + id + '>') AS path_key,
     reduce(k = '', t IN relations | k + t + '>') AS relation_key
ORDER BY hops, path_key, relation_key
LIMIT $limit
RETURN hops, [n IN nodes(p) | coalesce(n.name, n.type + ' ' + coalesce(n.date, 'undated'))] AS steps,
       ids, relations
ORDER BY hops, path_key, relation_key
LIMIT $limit
