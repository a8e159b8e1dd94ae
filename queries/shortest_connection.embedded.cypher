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
MATCH p = (a)-[:GRANTED_ASYLUM|REQUESTED_EXTRADITION|SIGNED|REQUESTED_INTERVENTION|MET_WITH|HOLDS_ROLE|MEMBER_OF|ACCUSED|CRITICIZED|THREATENED|PARTICIPATED_IN* ALL SHORTEST 1..6]-(b)
WHERE length(p) <= $max_hops
WITH DISTINCT length(p) AS hops,
     list_transform(nodes(p), n -> coalesce(n.name, n.type + ' ' + coalesce(n.date, 'undated'))) AS steps,
     properties(nodes(p), 'id') AS ids,
     list_transform(rels(p), r -> label(r)) AS relations,
     list_to_string('>', properties(nodes(p), 'id')) + '>' AS path_key,
     list_to_string('>', list_transform(rels(p), r -> label(r))) + '>' AS relation_key
RETURN hops, steps, ids, relations
ORDER BY hops, path_key, relation_key
LIMIT $limit
