// The sentence behind one typed edge or one event, and the article it comes from.
// Only the tables of typed edges are read (an untyped ()-[r]->() reads every relationship).
MATCH (s)-[r:ACCUSED|CRITICIZED|GRANTED_ASYLUM|HOLDS_ROLE|MEMBER_OF|MET_WITH|REQUESTED_EXTRADITION|REQUESTED_INTERVENTION|SIGNED|THREATENED]->(t)
WHERE r.id = $id
OPTIONAL MATCH (art:Article {id: r.article_id})
RETURN 'edge' AS kind, label(r) AS type, s.id AS source_id, s.name AS source, t.id AS target_id,
       t.name AS target, r.status AS status, r.confidence AS confidence,
       r.extractor AS extractor, r.event_id AS event_id, r.article_id AS article_id,
       art.title AS title, art.published AS published, art.source AS outlet, art.url AS url,
       r.sentence AS sentence, r.start AS start_offset, r.`end` AS end_offset
UNION ALL
MATCH (e:Event {id: $id})
OPTIONAL MATCH (art:Article {id: e.article_id})
RETURN 'event' AS kind, e.type AS type, CAST(NULL AS STRING) AS source_id, CAST(NULL AS STRING) AS source, CAST(NULL AS STRING) AS target_id,
       CAST(NULL AS STRING) AS target, e.status AS status, e.confidence AS confidence,
       e.extractor AS extractor, e.id AS event_id, e.article_id AS article_id,
       art.title AS title, art.published AS published, art.source AS outlet, art.url AS url,
       e.sentence AS sentence, e.start AS start_offset, e.`end` AS end_offset
