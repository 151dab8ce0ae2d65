// The graph of a date window for a view: meetings held in it, who attended, and their offices, ranks and units.
// params: since (YYYY-MM-DD), until (YYYY-MM-DD)
// example: kg query view_window --param since=2024-08-01 --param until=2024-08-31
MATCH (m:Meeting)
WHERE m.date >= $since AND m.date <= $until
MATCH (x)-[:ATTENDED|ORGANIZED]->(m)
WITH collect(DISTINCT m) AS ms, collect(DISTINCT x) AS xs
UNWIND xs AS x
MATCH (x)-[r]-(y)
WHERE NOT y:Article AND (NOT y:Meeting OR y IN ms)
RETURN DISTINCT startNode(r).id AS source, labels(startNode(r))[0] AS source_label, endNode(r).id AS target,
       labels(endNode(r))[0] AS target_label, type(r) AS type, properties(r) AS props
