// Units of different services (police, military, civil, election, ...) present at the same meetings.
// A unit is present when it attends or organises, or when a holder of one of its offices attends.
// params: limit (number of unit pairs)
// example: kg query cross_service_units --param limit=25
MATCH (m:Meeting)
OPTIONAL MATCH (m)<-[:ATTENDED]-(:Person)-[:HOLDS_POSITION]->(:Position)-[:OF]->(u1:Unit)
OPTIONAL MATCH (m)<-[:ATTENDED|ORGANIZED]-(u2:Unit)
OPTIONAL MATCH (m)<-[:ATTENDED]-(:Position)-[:OF]->(u3:Unit)
WITH m, collect(DISTINCT u1) + collect(DISTINCT u2) + collect(DISTINCT u3) AS present
UNWIND present AS a
UNWIND present AS b
WITH m, a, b
WHERE a.id < b.id AND a.service <> b.service
RETURN a.name AS unit_a, a.service AS service_a, b.name AS unit_b, b.service AS service_b,
       count(DISTINCT m) AS meetings
ORDER BY meetings DESC, unit_a, unit_b
LIMIT $limit
