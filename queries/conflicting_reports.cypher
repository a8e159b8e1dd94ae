// A fact is an event type plus its participants by role (for STATEMENT: its subjects only),
// stored on each event as `fact_key` when it is written ('' when it has no such participant).
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
  MATCH (e:Event {type: event_type})
  WHERE e.fact_key <> ''
  WITH e.fact_key AS fact_key, collect(e) AS events, count(DISTINCT e.article_id) AS articles,
       count(DISTINCT e.date) AS dates, count(DISTINCT e.status) AS statuses
  WHERE articles > 1 AND (dates > 1 OR statuses > 1 OR event_type = 'STATEMENT')
  // The participants of one report spell out the fact for all of them.
  CALL (events, event_type) {
    WITH head(events) AS first
    MATCH (x)-[p:PARTICIPATED_IN]->(first)
    WHERE event_type <> 'STATEMENT' OR p.role = 'subject'
    WITH p.role + ' ' + x.name AS member ORDER BY member
    WITH collect(DISTINCT member) AS members
    RETURN event_type + ': ' + reduce(k = '', m IN members | k + CASE WHEN k = '' THEN '' ELSE '; ' END + m) AS fact
  }
  UNWIND events AS ev
  OPTIONAL MATCH (art:Article {id: ev.article_id})
  RETURN fact,
         CASE WHEN event_type = 'STATEMENT' THEN 'several statements'
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
