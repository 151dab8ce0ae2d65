// The whole graph for a view: nodes and relationships, articles left out.
// params: limit (maximum number of relationships)
// example: kg query graph_all --param limit=500
MATCH (a)-[r]->(b)
WHERE NOT a:Article AND NOT b:Article
RETURN a.id AS source, labels(a)[0] AS source_label, b.id AS target, labels(b)[0] AS target_label,
       type(r) AS type, properties(r) AS props
LIMIT $limit
