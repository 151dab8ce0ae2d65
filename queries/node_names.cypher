// Names and aliases of every node but articles, to find a node by part of its name (used by views).
// params: none
// example: kg query node_names
MATCH (n)
WHERE NOT n:Article AND n.name IS NOT NULL
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, coalesce(n.aliases, []) AS aliases
