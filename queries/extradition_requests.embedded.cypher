// REQUESTED_EXTRADITION edges, the state asked (`from`), and later asylum or arrest events
// in which the person is the subject.
// The later events are gathered once per person, then joined to each of the person's
// requests (gathering them per request read a well-reported person's events once per edge).
// A missing event is told by its id, not by the node: naming the node reads all its columns.
WITH toLower($person) AS person_key, toLower($requester) AS requester_key
MATCH (q)-[r:REQUESTED_EXTRADITION]->(p)
WHERE (person_key = '' OR toLower(p.id) = person_key OR toLower(p.name) = person_key
       OR any(x IN p.aliases WHERE toLower(x) = person_key))
  AND (requester_key = '' OR toLower(q.id) = requester_key OR toLower(q.name) = requester_key
       OR any(x IN q.aliases WHERE toLower(x) = requester_key))
WITH DISTINCT p, requester_key
OPTIONAL MATCH (p)-[s:PARTICIPATED_IN]->(later:Event)
WHERE s.role = 'subject' AND later.type IN ['ASYLUM_GRANT', 'ARREST']
WITH p, requester_key,
     CASE WHEN later.id IS NULL THEN NULL
          ELSE coalesce(later.date, 'undated') + ' ' + later.type END AS after
WITH p, requester_key, list_sort(collect(DISTINCT after)) AS afterwards
MATCH (q)-[r:REQUESTED_EXTRADITION]->(p)
WHERE requester_key = '' OR toLower(q.id) = requester_key OR toLower(q.name) = requester_key
      OR any(x IN q.aliases WHERE toLower(x) = requester_key)
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
