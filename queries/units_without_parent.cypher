// Data quality: units that are part of no other unit (top-level bodies, or a hierarchy link not yet known).
// params: none
// example: kg query units_without_parent
MATCH (u:Unit)
WHERE NOT (u)-[:PART_OF]->(:Unit)
RETURN u.name AS unit, u.kind AS kind, u.service AS service, u.region AS region
ORDER BY service, unit
