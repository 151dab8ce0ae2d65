// What is new since a date: meetings held, persons and offices first seen on or after it.
// params: since (YYYY-MM-DD)
// example: kg query new_since --param since=2024-08-01
MATCH (m:Meeting) WHERE m.date >= $since
RETURN 'meeting' AS what, m.title AS name, m.date AS date
UNION ALL
MATCH (p:Person) WHERE p.first_seen >= $since
RETURN 'person' AS what, p.name AS name, p.first_seen AS date
UNION ALL
MATCH (:Person)-[h:HOLDS_POSITION]->(o:Position)
WITH o, min(h.first_seen) AS first
WHERE first >= $since
RETURN 'office' AS what, o.name AS name, first AS date
