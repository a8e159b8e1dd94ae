// The sentence behind one typed edge or one event, and the article it comes from.
// The edge is looked up type by type, each through the index on its id (an untyped
// ()-[r]->() can use no index and reads every relationship).
CALL () {
  MATCH ()-[r:ACCUSED]->() WHERE r.id = $id RETURN r
  UNION ALL
  MATCH ()-[r:CRITICIZED]->() WHERE r.id = $id RETURN r
  UNION ALL
  MATCH ()-[r:GRANTED_ASYLUM]->() WHERE r.id = $id RETURN r
  UNION ALL
  MATCH ()-[r:HOLDS_ROLE]->() WHERE r.id = $id RETURN r
  UNION ALL
  MATCH ()-[r:MEMBER_OF]->() WHERE r.id = $id RETURN r
  UNION ALL
  MATCH ()-[r:MET_WITH]->() WHERE r.id = $id RETURN r
  UNION ALL
  MATCH ()-[r:REQUESTED_EXTRADITION]->() WHERE r.id = $id RETURN r
  UNION ALL
  MATCH ()-[r:REQUESTED_INTERVENTION]->() WHERE r.id = $id RETURN r
  UNION ALL
  MATCH ()-[r:SIGNED]->() WHERE r.id = $id RETURN r
  UNION ALL
  MATCH ()-[r:THREATENED]->() WHERE r.id = $id RETURN r
}
WITH r, startNode(r) AS s, endNode(r) AS t
OPTIONAL MATCH (art:Article {id: r.article_id})
RETURN 'edge' AS kind, type(r) AS type, s.id AS source_id, s.name AS source, t.id AS target_id,
       t.name AS target, r.status AS status, r.confidence AS confidence,
       r.extractor AS extractor, r.event_id AS event_id, r.article_id AS article_id,
       art.title AS title, art.published AS published, art.source AS outlet, art.url AS url,
       r.sentence AS sentence, r.start AS start_offset, r.`end` AS end_offset
UNION ALL
MATCH (e:Event {id: $id})
OPTIONAL MATCH (art:Article {id: e.article_id})
RETURN 'event' AS kind, e.type AS type, NULL AS source_id, NULL AS source, NULL AS target_id,
       NULL AS target, e.status AS status, e.confidence AS confidence,
       e.extractor AS extractor, e.id AS event_id, e.article_id AS article_id,
       art.title AS title, art.published AS published, art.source AS outlet, art.url AS url,
       e.sentence AS sentence, e.start AS start_offset, e.`end` AS end_offset
