// Who held an office on a given date: holders seen in it on or before the date and not reported as former since.
// params: office (position name or alias, case-insensitive), date (YYYY-MM-DD)
// example: kg query office_holder_on_date --param office="Wakapolres Belu" --param date=2024-08-01
MATCH (o:Position)<-[h:HOLDS_POSITION]-(p:Person)
WHERE (toLower(o.name) = toLower($office) OR any(a IN coalesce(o.aliases, []) WHERE toLower(a) = toLower($office)))
  AND h.status <> 'former' AND h.first_seen <= $date
OPTIONAL MATCH (p)-[f:HOLDS_POSITION]->(o)
WHERE f.status = 'former' AND f.first_seen <= $date
WITH o, p, h, max(f.first_seen) AS left_by
WHERE left_by IS NULL OR left_by < h.last_seen
RETURN o.name AS office, p.name AS holder, h.status AS status, h.first_seen AS first_seen,
       h.last_seen AS last_seen, h.last_seen >= $date AS seen_after
ORDER BY last_seen DESC
