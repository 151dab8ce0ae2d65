// The command chain of a unit: who heads it, the units above it and the units below it.
// params: unit (unit name or alias, case-insensitive)
// example: kg query command_chain --param unit="Koramil 1604/01/Kupang"
MATCH (u:Unit)
WHERE toLower(u.name) = toLower($unit) OR any(a IN coalesce(u.aliases, []) WHERE toLower(a) = toLower($unit))
OPTIONAL MATCH up = (u)-[:PART_OF*1..4]->(parent:Unit)
WITH u, collect(DISTINCT {unit: parent.name, level: length(up)}) AS above
OPTIONAL MATCH down = (child:Unit)-[:PART_OF*1..4]->(u)
WITH u, above, collect(DISTINCT {unit: child.name, level: length(down)}) AS below
OPTIONAL MATCH (head:Person)-[:COMMANDS]->(u)
RETURN u.name AS unit, u.service AS service, collect(DISTINCT head.name) AS heads,
       [x IN above WHERE x.unit IS NOT NULL] AS above, [x IN below WHERE x.unit IS NOT NULL] AS below
