// REQUESTED_EXTRADITION edges, the state asked (`from`), and later asylum or arrest events
// in which the person is the subject.
// The page is cut first; the later events are then gathered once per person of the page and
// joined to each of its requests (gathering them per request read a well-reported person's
// events once per edge, and gathering them for every person read those the page leaves out).
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
// Only the page's requests look up their event (for its details).
OPTIONAL MATCH (ev:Event {id: r.event_id})
WITH p, collect({q: q, r: r, ev: ev, art: art, date: date}) AS requests
OPTIONAL MATCH (p)-[s:PARTICIPATED_IN]->(later:Event)
WHERE s.role = 'subject' AND later.type IN ['ASYLUM_GRANT', 'ARREST']
WITH p, requests,
     CASE WHEN later IS NULL THEN NULL
          ELSE coalesce(later.date, 'undated') + ' ' + later.type END AS after
ORDER BY after
WITH p, requests, collect(DISTINCT after) AS afterwards
UNWIND requests AS request
WITH request.q AS q, request.r AS r, p, request.ev AS ev, request.art AS art,
     request.date AS date, afterwards
OPTIONAL MATCH (asked:State {id: r.from_state})
RETURN q.id AS requester_id, q.name AS requester, p.id AS person_id, p.name AS person,
       coalesce(asked.name, r.from_state) AS asked, date,
       r.status AS status, coalesce(ev.properties, '{}') AS details, afterwards,
       r.article_id AS article_id, art.source AS source, art.published AS published,
       r.sentence AS sentence, r.id AS edge_id
ORDER BY coalesce(date, '~'), requester, person, published, article_id, edge_id
LIMIT $limit
