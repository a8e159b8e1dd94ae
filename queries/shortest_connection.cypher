// Paths run over actor edges and PARTICIPATED_IN (two actors of one event are two steps
// apart), never through articles. Events appear in `steps` as "TYPE date".
WITH toLower($from) AS from_key, toLower($to) AS to_key
MATCH (a)
WHERE a.name IS NOT NULL
  AND (toLower(a.id) = from_key OR toLower(a.name) = from_key
       OR any(x IN a.aliases WHERE toLower(x) = from_key))
MATCH (b)
WHERE b.name IS NOT NULL AND b.id <> a.id
  AND (toLower(b.id) = to_key OR toLower(b.name) = to_key
       OR any(x IN b.aliases WHERE toLower(x) = to_key))
MATCH p = allShortestPaths((a)-[:GRANTED_ASYLUM|REQUESTED_EXTRADITION|SIGNED|REQUESTED_INTERVENTION|MET_WITH|HOLDS_ROLE|MEMBER_OF|ACCUSED|CRITICIZED|THREATENED|PARTICIPATED_IN*..6]-(b))
WHERE length(p) <= $max_hops
WITH DISTINCT length(p) AS hops,
     [n IN nodes(p) | coalesce(n.name, n.type + ' ' + coalesce(n.date, 'undated'))] AS steps,
     [n IN nodes(p) | n.id] AS ids,
     [r IN relationships(p) | type(r)] AS relations,
     reduce(k = '', n IN nodes(p) | k + n.id + '>') AS path_key,
     reduce(k = '', r IN relationships(p) | k + type(r) + '>') AS relation_key
RETURN hops, steps, ids, relations
ORDER BY hops, path_key, relation_key
LIMIT $limit
