// One meeting for a view: who attended, who stood in for whom there, their offices, ranks and units.
// params: meeting (meeting id, or a date YYYY-MM-DD for every meeting of that day)
// example: kg query view_meeting --param meeting=2024-08-01
MATCH (m:Meeting)
WHERE m.id = $meeting OR m.date = $meeting
MATCH (x)-[a:ATTENDED|ORGANIZED]->(m)
WITH collect(DISTINCT m) AS ms, collect(DISTINCT x) AS xs
UNWIND xs AS x
MATCH (x)-[r]-(y)
WHERE NOT y:Article AND (NOT y:Meeting OR y IN ms)
  AND (type(r) <> 'REPRESENTED' OR any(m IN ms WHERE m.id = r.meeting))
RETURN DISTINCT startNode(r).id AS source, labels(startNode(r))[0] AS source_label, endNode(r).id AS target,
       labels(endNode(r))[0] AS target_label, type(r) AS type, properties(r) AS props
