// The holders of an office over time: current, acting and former.
// params: office (position name or alias, case-insensitive)
// example: kg query office_holders --param office="Wakapolres Belu"
MATCH (p:Position)<-[h:HOLDS_POSITION]-(person:Person)
WHERE toLower(p.name) = toLower($office) OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) = toLower($office))
RETURN p.name AS office, person.name AS holder, h.status AS status, h.first_seen AS first_seen,
       h.last_seen AS last_seen, h.sources AS sources
ORDER BY status = 'former' DESC, first_seen, holder
