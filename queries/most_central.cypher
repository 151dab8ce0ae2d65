// Persons or units by a network measure written back by `kg analyze` (degree, betweenness, eigenvector, brokerage, cross-group brokerage, core).
// params: measure (degree | betweenness | eigenvector | brokerage | cross_group_brokerage | core), limit (number of rows)
// example: kg query most_central --param measure=betweenness --param limit=10
MATCH (n)
WHERE (n:Person OR n:Unit) AND n['kg_' + $measure] IS NOT NULL
RETURN n.name AS name, labels(n)[0] AS label, n['kg_' + $measure] AS value, n.kg_community AS community
ORDER BY value DESC, name
LIMIT $limit
