// Who attended a meeting, with rank, office and role.
// params: date (YYYY-MM-DD, meeting date)
// example: kg query meeting_attendees --param date=2024-11-23
MATCH (m:Meeting {date: $date})<-[a:ATTENDED]-(x)
OPTIONAL MATCH (x)-[:HAS_RANK]->(r:Rank)
OPTIONAL MATCH (x)-[:HOLDS_POSITION]->(p:Position)
RETURN m.title AS meeting, x.name AS attendee, labels(x)[0] AS kind, r.name AS rank,
       collect(DISTINCT p.name) AS positions, a.role AS role, a.mode AS mode
ORDER BY meeting, attendee
