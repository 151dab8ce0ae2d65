// Input of `kg analyze`: units present at meetings (attending, organising, or through an office holder who attends).
// params: since (YYYY-MM-DD or null), until (YYYY-MM-DD or null)
// example: kg query analysis_units --param since=null --param until=null
MATCH (m:Meeting)
WHERE ($since IS NULL OR m.date >= $since) AND ($until IS NULL OR m.date <= $until)
OPTIONAL MATCH (m)<-[:ATTENDED]-(:Person)-[:HOLDS_POSITION]->(:Position)-[:OF]->(u1:Unit)
OPTIONAL MATCH (m)<-[:ATTENDED|ORGANIZED]-(u2:Unit)
OPTIONAL MATCH (m)<-[:ATTENDED]-(:Position)-[:OF]->(u3:Unit)
WITH m, collect(DISTINCT u1) + collect(DISTINCT u2) + collect(DISTINCT u3) AS present
UNWIND present AS u
RETURN DISTINCT u.id AS node, u.name AS name, m.id AS meeting, m.date AS date, m.title AS title, m.kind AS kind, m.venue AS venue,
       [] AS rank_services, [u.service] AS unit_services, [u.region] AS regions
