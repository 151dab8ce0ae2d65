// A person's meetings over a date range, with the role they had.
// params: name (person name or alias, case-insensitive), since (YYYY-MM-DD), until (YYYY-MM-DD)
// example: kg query person_meetings --param name="Moh. Mukhson" --param since=2024-01-01 --param until=2024-12-31
MATCH (p:Person)-[a:ATTENDED]->(m:Meeting)
WHERE (toLower(p.name) = toLower($name) OR any(x IN coalesce(p.aliases, []) WHERE toLower(x) = toLower($name)))
  AND m.date >= $since AND m.date <= $until
RETURN p.name AS person, m.date AS date, m.kind AS kind, m.title AS meeting, m.venue AS venue,
       a.role AS role, a.mode AS mode
ORDER BY date
