// The events of a timeline view: the holdings of the given offices or persons, and their meetings, with dates.
// params: ids (list of node ids)
// example: kg query view_timeline --param 'ids=["position:wakapolres-polres-belu"]'
MATCH (n)-[r:HOLDS_POSITION|ATTENDED]-(x)
WHERE n.id IN $ids AND (type(r) = 'HOLDS_POSITION' OR x:Meeting)
RETURN n.id AS subject, n.name AS subject_name, labels(n)[0] AS subject_label, type(r) AS type,
       x.id AS other, x.name AS other_name, properties(r) AS props, properties(x) AS other_props
