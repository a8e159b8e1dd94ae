// Members of one organization, one row per member.
WITH toLower($organization) AS key
MATCH (o:Organization)
WHERE toLower(o.id) = key OR toLower(o.name) = key OR any(x IN o.aliases WHERE toLower(x) = key)
MATCH (m)-[r:MEMBER_OF]->(o)
WITH o, m, count(r) AS reports, count(DISTINCT r.article_id) AS articles,
     min(r.since) AS since, max(r.until) AS until
RETURN o.id AS organization_id, o.name AS organization, m.id AS member_id,
       labels(m)[0] AS member_label, m.name AS member, reports, articles, since, until
ORDER BY organization, member, member_id
