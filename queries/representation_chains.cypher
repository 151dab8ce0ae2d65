// Representation chains: X stood in for Y, who in turn stood in for Z (up to three links).
// params: none
// example: kg query representation_chains
MATCH path = (first:Person)-[:REPRESENTED*1..3]->(last)
WHERE NOT ()-[:REPRESENTED]->(first) AND NOT (last)-[:REPRESENTED]->()
RETURN [n IN nodes(path) | n.name] AS chain, length(path) AS links,
       [r IN relationships(path) | r.meeting] AS meetings
ORDER BY links DESC, chain
