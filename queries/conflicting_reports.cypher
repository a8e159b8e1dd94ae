// A fact is an event type plus its participants by role (for STATEMENT: its subjects only).
// Facts told by two or more articles whose dates or statuses differ — or statements on one
// subject from several articles — are listed report by report.
// A fact's text starts with its event type (no type name is a prefix of another), so the
// rows in order are those of each type in turn: the types are read one at a time in name
// order, each through the index on Event.type, and reading stops once the page is full.
WITH toUpper($type) AS type_key
UNWIND ['ACCUSATION', 'ARREST', 'ASYLUM_GRANT', 'CHANGE_OF_POWER', 'ELECTION',
        'EXTRADITION_REQUEST', 'INTERVENTION_REQUEST', 'MEETING', 'PROTEST', 'SANCTION',
        'SIGNING', 'STATEMENT', 'SUMMIT', 'THREAT', 'VISIT'] AS event_type
WITH event_type WHERE type_key = '' OR event_type = type_key
CALL (event_type) {
  MATCH (x)-[p:PARTICIPATED_IN]->(e:Event {type: event_type})
  WHERE x.name IS NOT NULL AND (e.type <> 'STATEMENT' OR p.role = 'subject')
  WITH e, p.role + ':' + x.id AS member_key, p.role + ' ' + x.name AS member_label
  ORDER BY member_label, member_key
  WITH e, collect(DISTINCT member_key) AS member_keys, collect(DISTINCT member_label) AS member_labels
  WITH e, e.type + '|' + reduce(k = '', m IN member_keys | k + m + ';') AS fact_key,
       e.type + ': ' + reduce(k = '', m IN member_labels | k + CASE WHEN k = '' THEN '' ELSE '; ' END + m) AS fact
  WITH fact_key, fact, collect(e.id) AS event_ids, count(DISTINCT e.article_id) AS articles,
       count(DISTINCT e.date) AS dates, count(DISTINCT e.status) AS statuses,
       min(e.type) AS type
  WHERE articles > 1 AND (dates > 1 OR statuses > 1 OR type = 'STATEMENT')
  UNWIND event_ids AS event_id
  MATCH (ev:Event {id: event_id})
  OPTIONAL MATCH (art:Article {id: ev.article_id})
  RETURN fact,
         CASE WHEN type = 'STATEMENT' THEN 'several statements'
              WHEN dates > 1 THEN 'dates differ' WHEN statuses > 1 THEN 'statuses differ'
              ELSE 'reported differently' END AS reason,
         ev.date AS date, ev.status AS status, ev.article_id AS article_id, art.source AS source,
         art.published AS published, ev.sentence AS sentence, ev.id AS event_id
  ORDER BY fact, coalesce(date, '~'), status, published, article_id, event_id
  LIMIT $limit
}
WITH fact, reason, date, status, article_id, source, published, sentence, event_id
LIMIT $limit
RETURN fact, reason, date, status, article_id, source, published, sentence, event_id
ORDER BY fact, coalesce(date, '~'), status, published, article_id, event_id
LIMIT $limit
