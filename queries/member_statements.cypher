// Members of the organization (MEMBER_OF or HOLDS_ROLE) and the documents they signed.
WITH toLower($organization) AS key, toLower($kind) AS kind_key
MATCH (o:Organization)
WHERE toLower(o.id) = key OR toLower(o.name) = key OR any(x IN o.aliases WHERE toLower(x) = key)
MATCH (m)-[:MEMBER_OF|HOLDS_ROLE]->(o)
WITH DISTINCT o, m, kind_key
MATCH (m)-[r:SIGNED]->(d:Document)
WHERE kind_key = '' OR toLower(coalesce(d.kind, '')) = kind_key
OPTIONAL MATCH (ev:Event {id: r.event_id})
OPTIONAL MATCH (art:Article {id: r.article_id})
RETURN o.id AS organization_id, o.name AS organization, m.id AS member_id, m.name AS member,
       d.id AS document_id, d.name AS document, d.kind AS kind,
       coalesce(r.date, ev.date) AS date, r.article_id AS article_id, art.source AS source,
       r.sentence AS sentence, r.id AS edge_id
ORDER BY organization, document, member, coalesce(date, '~'), article_id, edge_id
