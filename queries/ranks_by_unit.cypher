// The ranks seen in a unit: how many of its office holders carry each rank.
// params: unit (unit name or alias, case-insensitive)
// example: kg query ranks_by_unit --param unit="Polres Belu"
MATCH (u:Unit)<-[:OF]-(:Position)<-[:HOLDS_POSITION]-(p:Person)-[:HAS_RANK]->(r:Rank)
WHERE toLower(u.name) = toLower($unit) OR any(a IN coalesce(u.aliases, []) WHERE toLower(a) = toLower($unit))
RETURN u.name AS unit, r.name AS rank, r.order AS rank_order, count(DISTINCT p) AS persons,
       collect(DISTINCT p.name) AS names
ORDER BY rank_order DESC
