// Input of `kg analyze`: every person's attendance, with the services and regions the person belongs to.
// params: since (YYYY-MM-DD or null), until (YYYY-MM-DD or null)
// example: kg query analysis_persons --param since=null --param until=null
MATCH (p:Person)-[:ATTENDED]->(m:Meeting)
WHERE ($since IS NULL OR m.date >= $since) AND ($until IS NULL OR m.date <= $until)
OPTIONAL MATCH (p)-[:HAS_RANK]->(r:Rank)
OPTIONAL MATCH (p)-[:HOLDS_POSITION]->(:Position)-[:OF]->(u:Unit)
RETURN p.id AS node, p.name AS name, m.id AS meeting, m.date AS date, m.title AS title, m.kind AS kind, m.venue AS venue,
       collect(DISTINCT r.service) AS rank_services, collect(DISTINCT u.service) AS unit_services,
       collect(DISTINCT u.region) AS regions
