// Everything within a few hops of the named node: an ego network.
// params: name (a node name or alias, case-insensitive), hops (1-4)
// example: kg query ego --param name="Polres Belu" --param hops=2
MATCH (start)
WHERE NOT start:Article AND (toLower(start.name) = toLower($name)
      OR any(a IN coalesce(start.aliases, []) WHERE toLower(a) = toLower($name)))
MATCH p = (start)-[*1..4]-(other)
WHERE length(p) <= $hops AND none(n IN nodes(p) WHERE n:Article)
UNWIND relationships(p) AS r
WITH DISTINCT r
RETURN startNode(r).id AS source, labels(startNode(r))[0] AS source_label, endNode(r).id AS target,
       labels(endNode(r))[0] AS target_label, type(r) AS type, properties(r) AS props
LIMIT 5000
