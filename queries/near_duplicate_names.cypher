// Data quality: pairs of persons whose names may be one person (same first or last word, one name inside the other), for review.
// Compares names only within a shared first or last word, never all pairs.
// params: limit (number of pairs)
// example: kg query near_duplicate_names --param limit=50
MATCH (p:Person)
WITH p, split(toLower(p.name), ' ') AS parts
UNWIND [parts[0], parts[-1]] AS word
WITH word, collect(DISTINCT p) AS people
WHERE size(people) > 1 AND size(people) <= 50
UNWIND people AS a
UNWIND people AS b
WITH DISTINCT a, b
WHERE a.id < b.id AND (toLower(a.name) CONTAINS toLower(b.name) OR toLower(b.name) CONTAINS toLower(a.name)
      OR split(toLower(a.name), ' ')[-1] = split(toLower(b.name), ' ')[-1])
OPTIONAL MATCH (a)-[:HAS_RANK]->(ra:Rank)
OPTIONAL MATCH (b)-[:HAS_RANK]->(rb:Rank)
RETURN a.name AS person_a, ra.name AS rank_a, b.name AS person_b, rb.name AS rank_b
ORDER BY person_a, person_b
LIMIT $limit
