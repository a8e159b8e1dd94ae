// A fact is an event type plus its participants by role (for STATEMENT: its subjects only).
// Facts told by two or more articles whose dates or statuses differ — or statements on one
// subject from several articles — are listed report by report.
WITH toUpper($type) AS type_key
MATCH (x)-[p:PARTICIPATED_IN]->(e:Event)
WHERE x.name IS NOT NULL AND (type_key = '' OR e.type = type_key)
  AND (e.type <> 'STATEMENT' OR p.role = 'subject')
WITH e, p.role + ':' + x.id AS member_key, p.role + ' ' + x.name AS member_label
WITH e, list_sort(collect(DISTINCT member_key)) AS member_keys,
     list_sort(collect(DISTINCT member_label)) AS member_labels
WITH e, e.type + '|' + list_to_string(';', member_keys) AS fact_key,
     e.type + ': ' + list_to_string('; ', member_labels) AS fact
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
