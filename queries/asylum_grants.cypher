// GRANTED_ASYLUM edges with their date (edge or event) and the article that reports each.
// An edge's date is its own, else its event's: the copy the edge carries (event_date),
// so that no event is looked up to date an edge.
WITH toLower($person) AS person_key, toLower($grantor) AS grantor_key
MATCH (g)-[r:GRANTED_ASYLUM]->(p)
WHERE (person_key = '' OR toLower(p.id) = person_key OR toLower(p.name) = person_key
       OR any(x IN p.aliases WHERE toLower(x) = person_key))
  AND (grantor_key = '' OR toLower(g.id) = grantor_key OR toLower(g.name) = grantor_key
       OR any(x IN g.aliases WHERE toLower(x) = grantor_key))
OPTIONAL MATCH (art:Article {id: r.article_id})
RETURN g.id AS grantor_id, g.name AS grantor, p.id AS person_id, p.name AS person,
       coalesce(r.date, r.event_date) AS date, r.status AS status, r.confidence AS confidence,
       r.article_id AS article_id, art.source AS source, art.published AS published,
       r.sentence AS sentence, r.id AS edge_id
ORDER BY coalesce(date, '~'), grantor, person, published, article_id, edge_id
LIMIT $limit
