// REQUESTED_EXTRADITION edges, the state asked (`from`), and later asylum or arrest events
// in which the person is the subject.
// The later events are each person's `fates`, the list the writer keeps on the person
// ('DATE TYPE' of each asylum grant or arrest it is the subject of, see graph.rows.FATE_TYPES).
MATCH (q)-[r:REQUESTED_EXTRADITION]->(p)
WHERE ($person = '' OR toLower(p.id) = toLower($person) OR toLower(p.name) = toLower($person)
       OR list_contains(list_transform(p.aliases, x -> lower(x)), toLower($person)))
  AND ($requester = '' OR toLower(q.id) = toLower($requester) OR toLower(q.name) = toLower($requester)
       OR list_contains(list_transform(q.aliases, x -> lower(x)), toLower($requester)))
WITH q, r, p, coalesce(p.fates, CAST([] AS STRING[])) AS afterwards
OPTIONAL MATCH (ev:Event {id: r.event_id})
OPTIONAL MATCH (art:Article {id: r.article_id})
OPTIONAL MATCH (asked:State {id: r.from_state})
RETURN q.id AS requester_id, q.name AS requester, p.id AS person_id, p.name AS person,
       coalesce(asked.name, r.from_state) AS asked, coalesce(r.date, ev.date) AS date,
       r.status AS status, coalesce(ev.properties, '{}') AS details, afterwards,
       r.article_id AS article_id, art.source AS source, art.published AS published,
       r.sentence AS sentence, r.id AS edge_id
ORDER BY coalesce(date, '~'), requester, person, published, article_id, edge_id
LIMIT $limit
