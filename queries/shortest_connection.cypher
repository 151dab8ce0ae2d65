// The shortest connection between two persons or units (names or aliases), through meetings, offices and units.
// params: a (first name or alias), b (second name or alias)
// example: kg query shortest_connection --param a="Moh. Mukhson" --param b="Polres Belu"
MATCH (x), (y)
WHERE (x:Person OR x:Unit) AND (y:Person OR y:Unit)
  AND (toLower(x.name) = toLower($a) OR any(n IN coalesce(x.aliases, []) WHERE toLower(n) = toLower($a)))
  AND (toLower(y.name) = toLower($b) OR any(n IN coalesce(y.aliases, []) WHERE toLower(n) = toLower($b)))
  AND x <> y
MATCH path = shortestPath((x)-[:ATTENDED|HOLDS_POSITION|OF|COMMANDS|PART_OF|REPRESENTED|ORGANIZED*..8]-(y))
RETURN [n IN nodes(path) | n.name] AS path, [r IN relationships(path) | type(r)] AS via, length(path) AS hops
ORDER BY hops
LIMIT 1
