// Offices present at meetings without a named person, with the persons seen holding them (nearest date first).
// params: none
// example: kg query unnamed_offices
MATCH (o:Position)-[:ATTENDED]->(m:Meeting)
OPTIONAL MATCH (o)<-[h:HOLDS_POSITION]-(p:Person)
WHERE h.status <> 'former'
RETURN m.date AS date, m.title AS meeting, o.name AS office, p.name AS likely_holder,
       h.first_seen AS holder_first_seen, h.last_seen AS holder_last_seen
ORDER BY date, office, holder_last_seen DESC
