// Who stood in for whom, and at which meeting.
// params: none
// example: kg query represented
MATCH (y:Person)-[r:REPRESENTED]->(x)
OPTIONAL MATCH (m:Meeting {id: r.meeting})
RETURN y.name AS representative, x.name AS represented, labels(x)[0] AS represented_kind,
       m.title AS meeting, m.date AS date, r.evidence AS evidence
ORDER BY date, representative
