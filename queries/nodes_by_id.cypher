// Nodes with their properties, looked up by id (used by views).
// params: ids (list of node ids)
// example: kg query nodes_by_id --param 'ids=["unit:polres-belu"]'
MATCH (n) WHERE n.id IN $ids
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, properties(n) AS props
