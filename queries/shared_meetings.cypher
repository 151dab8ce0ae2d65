// The meetings two persons both attended.
// params: a (first person's name or alias), b (second person's name or alias)
// example: kg query shared_meetings --param a="Moh. Mukhson" --param b="Awi Setiyono"
MATCH (p:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(q:Person)
WHERE (toLower(p.name) = toLower($a) OR any(x IN coalesce(p.aliases, []) WHERE toLower(x) = toLower($a)))
  AND (toLower(q.name) = toLower($b) OR any(x IN coalesce(q.aliases, []) WHERE toLower(x) = toLower($b)))
RETURN m.date AS date, m.kind AS kind, m.title AS meeting, m.venue AS venue
ORDER BY date
