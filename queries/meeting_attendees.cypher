// Who attended the meetings of a date, with rank, office, role and mode.
// params: date (YYYY-MM-DD, the meeting date)
// example: kg query meeting_attendees --param date=2024-08-01
MATCH (m:Meeting)<-[a:ATTENDED]-(x)
WHERE m.date = $date
OPTIONAL MATCH (x)-[:HAS_RANK]->(r:Rank)
OPTIONAL MATCH (x)-[:HOLDS_POSITION]->(p:Position)
WITH m, x, a, collect(DISTINCT r.name) AS ranks, collect(DISTINCT p.name) AS positions
RETURN m.title AS meeting, x.name AS attendee, labels(x)[0] AS kind, ranks, positions,
       a.role AS role, a.mode AS mode
ORDER BY meeting, attendee
