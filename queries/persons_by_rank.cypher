// The persons holding a rank, with their offices.
// params: rank (rank abbreviation, e.g. AKBP, KOMPOL, LETKOL; case-insensitive)
// example: kg query persons_by_rank --param rank=AKBP
MATCH (p:Person)-[:HAS_RANK]->(r:Rank)
WHERE toUpper(r.name) = toUpper($rank)
OPTIONAL MATCH (p)-[:HOLDS_POSITION]->(o:Position)
RETURN r.name AS rank, p.name AS person, collect(DISTINCT o.name) AS positions
ORDER BY person
