// The command hierarchy around a unit for a view: parent and child units, their heads and offices.
// params: unit (unit name or alias, case-insensitive)
// example: kg query view_command --param unit="Polda NTT"
MATCH (u:Unit)
WHERE toLower(u.name) = toLower($unit) OR any(a IN coalesce(u.aliases, []) WHERE toLower(a) = toLower($unit))
OPTIONAL MATCH (u)-[:PART_OF*0..4]->(up:Unit)
OPTIONAL MATCH (down:Unit)-[:PART_OF*0..4]->(u)
WITH collect(DISTINCT up) + collect(DISTINCT down) AS units
UNWIND units AS x
MATCH (x)-[r:PART_OF|COMMANDS|OF]-(y)
WHERE NOT y:Unit OR y IN units
RETURN DISTINCT startNode(r).id AS source, labels(startNode(r))[0] AS source_label, endNode(r).id AS target,
       labels(endNode(r))[0] AS target_label, type(r) AS type, properties(r) AS props
