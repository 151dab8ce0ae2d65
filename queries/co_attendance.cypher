// Who met whom most often: pairs of persons by the number of meetings they both attended.
// params: limit (number of pairs)
// example: kg query co_attendance --param limit=20
MATCH (a:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person)
WHERE a.id < b.id
RETURN a.name AS person_a, b.name AS person_b, count(DISTINCT m) AS meetings
ORDER BY meetings DESC, person_a, person_b
LIMIT $limit
