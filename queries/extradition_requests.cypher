// REQUESTED_EXTRADITION edges, the state asked (`from`), and later asylum or arrest events
// in which the person is the subject.
// The page is cut first. The later events are each person's `fates`, the list the writer
// keeps on the person ('DATE TYPE' of each asylum grant or arrest it is the subject of, see
// graph.rows.FATE_TYPES): gathering them from the participations of the page's persons read
// thousands of events (121 against 43 ms at 10,000 articles).
WITH toLower($person) AS person_key, toLower($requester) AS requester_key
MATCH (q)-[r:REQUESTED_EXTRADITION]->(p)
WHERE (person_key = '' OR toLower(p.id) = person_key OR toLower(p.name) = person_key
       OR any(x IN p.aliases WHERE toLower(x) = person_key))
  AND (requester_key = '' OR toLower(q.id) = requester_key OR toLower(q.name) = requester_key
       OR any(x IN q.aliases WHERE toLower(x) = requester_key))
OPTIONAL MATCH (art:Article {id: r.article_id})
WITH q, r, p, art, coalesce(r.date, r.event_date) AS date
ORDER BY coalesce(date, '~'), q.name, p.name, art.published, r.article_id, r.id
LIMIT $limit
// Only the page's requests look up their event (for its details) and the state asked.
OPTIONAL MATCH (ev:Event {id: r.event_id})
OPTIONAL MATCH (asked:State {id: r.from_state})
RETURN q.id AS requester_id, q.name AS requester, p.id AS person_id, p.name AS person,
       coalesce(asked.name, r.from_state) AS asked, date,
       r.status AS status, coalesce(ev.properties, '{}') AS details,
       coalesce(p.fates, []) AS afterwards,
       r.article_id AS article_id, art.source AS source, art.published AS published,
       r.sentence AS sentence, r.id AS edge_id
ORDER BY coalesce(date, '~'), requester, person, published, article_id, edge_id
LIMIT $limit
