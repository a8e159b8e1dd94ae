// Paths run over actor edges and PARTICIPATED_IN (two actors of one event are two steps
// apart), never through articles. Events appear in `steps` as "TYPE date".
// The two actors are picked in the path pattern's own WHERE, by comparisons with the
// parameters alone: that is what lets the engine start its search from them rather than from
// every node (a lookup passed on from an earlier clause, or a list lambda over the aliases,
// makes it search from everywhere and run for minutes on a large graph). Aliases are
// therefore compared as one '|'-separated text.
MATCH p = (a:Person:State:Organization:Place:Document)-[:GRANTED_ASYLUM|REQUESTED_EXTRADITION|SIGNED|REQUESTED_INTERVENTION|MET_WITH|HOLDS_ROLE|MEMBER_OF|ACCUSED|CRITICIZED|THREATENED|PARTICIPATED_IN* ALL SHORTEST 1..6]-(b:Person:State:Organization:Place:Document)
WHERE (toLower(a.id) = toLower($from) OR toLower(a.name) = toLower($from)
       OR ('|' + lower(list_to_string('|', a.aliases)) + '|') CONTAINS ('|' + toLower($from) + '|'))
  AND (toLower(b.id) = toLower($to) OR toLower(b.name) = toLower($to)
       OR ('|' + lower(list_to_string('|', b.aliases)) + '|') CONTAINS ('|' + toLower($to) + '|'))
  AND a.id <> b.id AND length(p) <= $max_hops
WITH DISTINCT length(p) AS hops,
     list_transform(nodes(p), n -> coalesce(n.name, n.type + ' ' + coalesce(n.date, 'undated'))) AS steps,
     properties(nodes(p), 'id') AS ids,
     list_transform(rels(p), r -> label(r)) AS relations,
     list_to_string('>', properties(nodes(p), 'id')) + '>' AS path_key,
     list_to_string('>', list_transform(rels(p), r -> label(r))) + '>' AS relation_key
RETURN hops, steps, ids, relations
ORDER BY hops, path_key, relation_key
LIMIT $limit
