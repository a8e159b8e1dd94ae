// A fact is an event type plus its participants by role (for STATEMENT: its subjects only).
// Facts told by two or more articles whose dates or statuses differ — or statements on one
// subject from several articles — are listed report by report.
// This store keeps each fact key's reports and the reason they conflict ('' when they agree)
// in its table of facts, updated with every write (graph.stores.embedded_facts), so the
// facts come from one scan of that table, not from grouping every event at each call.
MATCH (f:Fact)
WHERE f.reason <> '' AND ($type = '' OR f.type = toUpper($type))
WITH f.fact_key AS fact_key, f.event_ids AS event_ids, f.type AS type, f.reason AS reason
// A fact's text starts with its type (no type name is a prefix of another), and every fact
// has reports from two articles at least: the page holds facts of the types up to that of the
// ceil(limit/2)-th fact only, and only those are spelled out.
WITH collect({fact_key: fact_key, event_ids: event_ids, type: type, reason: reason}) AS facts,
     list_max(list_sort(collect(type))[1:($limit + 1) / 2]) AS last_type
UNWIND facts AS f
WITH f, last_type WHERE f.type <= last_type
// The participants are read from the key (role, then the actor's id after the first ':').
UNWIND string_split(substring(f.fact_key, size(f.type) + 2, size(f.fact_key)), ';') AS member
WITH f, string_split(member, ':')[1] AS role, member
WITH f, role, substring(member, size(role) + 2, size(member)) AS actor_id
MATCH (x:Person|State|Organization|Place|Document {id: actor_id})
WITH f, list_sort(collect(DISTINCT role + ' ' + x.name)) AS member_labels
WITH f, f.type + ': ' + list_to_string('; ', member_labels) AS fact
WITH collect({fact: fact, reason: f.reason, event_ids: f.event_ids}) AS facts,
     list_max(list_sort(collect(fact))[1:($limit + 1) / 2]) AS last_fact
UNWIND facts AS f
WITH f, last_fact WHERE f.fact <= last_fact
UNWIND f.event_ids AS event_id
MATCH (ev:Event {id: event_id})
OPTIONAL MATCH (art:Article {id: ev.article_id})
RETURN f.fact AS fact, f.reason AS reason,
       ev.date AS date, ev.status AS status, ev.article_id AS article_id, art.source AS source,
       art.published AS published, ev.sentence AS sentence, ev.id AS event_id
ORDER BY fact, coalesce(date, '~'), status, published, article_id, event_id
LIMIT $limit
