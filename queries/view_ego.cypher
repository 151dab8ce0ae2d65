// Everything within a few hops of the given nodes, for a view; paths do not pass through ranks or articles.
// params: ids (list of node ids), hops (1-4)
// example: kg query view_ego --param 'ids=["unit:polres-belu"]' --param hops=2
// A Rank is a hub (every AKBP shares one node): walking through it would pull
// every officer of the same rank into an ego network, so ranks are shown on
// their persons instead. Articles are provenance, not part of the network.
MATCH (start)
WHERE start.id IN $ids
MATCH p = (start)-[*1..4]-(other)
WHERE length(p) <= $hops AND none(n IN nodes(p) WHERE n:Article OR (n:Rank AND NOT n.id IN $ids))
UNWIND relationships(p) AS r
WITH DISTINCT r
RETURN startNode(r).id AS source, labels(startNode(r))[0] AS source_label, endNode(r).id AS target,
       labels(endNode(r))[0] AS target_label, type(r) AS type, properties(r) AS props
LIMIT 5000
