// Data quality: pairs of persons whose names may be one person (one name inside the other, or the same last word), for review.
// params: limit (number of pairs)
// example: kg query near_duplicate_names --param limit=50
MATCH (a:Person), (b:Person)
WHERE a.id < b.id
  AND (toLower(a.name) CONTAINS toLower(b.name) OR toLower(b.name) CONTAINS toLower(a.name)
       OR split(toLower(a.name), ' ')[-1] = split(toLower(b.name), ' ')[-1])
OPTIONAL MATCH (a)-[:HAS_RANK]->(ra:Rank)
OPTIONAL MATCH (b)-[:HAS_RANK]->(rb:Rank)
RETURN a.name AS person_a, ra.name AS rank_a, b.name AS person_b, rb.name AS rank_b
ORDER BY person_a, person_b
LIMIT $limit
