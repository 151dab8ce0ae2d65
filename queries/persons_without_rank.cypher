// Data quality: persons with no rank, with their offices (civilians, or a rank the extractor missed).
// params: none
// example: kg query persons_without_rank
MATCH (p:Person)
WHERE NOT (p)-[:HAS_RANK]->(:Rank)
OPTIONAL MATCH (p)-[:HOLDS_POSITION]->(o:Position)
RETURN p.name AS person, collect(DISTINCT o.name) AS positions
ORDER BY person
