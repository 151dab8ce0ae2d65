// Nodes with their properties, looked up by id, with a person's ranks and a meeting's hosts (used by views).
// params: ids (list of node ids)
// example: kg query nodes_by_id --param 'ids=["unit:polres-belu"]'
MATCH (n) WHERE n.id IN $ids
OPTIONAL MATCH (n)-[:HAS_RANK]->(r:Rank)
WITH n, collect(DISTINCT r.name) AS ranks, collect(DISTINCT r.service) AS rank_services
OPTIONAL MATCH (u:Unit)-[:ORGANIZED]->(n)
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, properties(n) AS props, ranks, rank_services,
       collect(DISTINCT u.name) AS hosts
