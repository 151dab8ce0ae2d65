// Who held an office on a given date: the one holder in office then, or 'not settled' with the nearest sightings.
// A holding starts at its first sighting in the office and lasts until a later holder is first seen in it
// (succession) or an article calls the holder former. The holder on the date is the one whose holding started
// last on or before it. Not settled: nobody was seen in the office by then, that holder was called former by
// then, two holders started the same day, or an earlier holder was still seen in office after the later one
// started (the articles disagree on who came when); the rows are then the sightings nearest to the date.
// params: office (position name or alias, case-insensitive), date (YYYY-MM-DD)
// example: kg query office_holder_on_date --param office="Wakapolres Belu" --param date=2024-12-01
MATCH (o:Position)<-[h:HOLDS_POSITION]-(p:Person)
WHERE (toLower(o.name) = toLower($office) OR any(a IN coalesce(o.aliases, []) WHERE toLower(a) = toLower($office)))
  AND h.status <> 'former' AND h.first_seen IS NOT NULL
WITH o, p, min(h.first_seen) AS first_seen, max(coalesce(h.last_seen, h.first_seen)) AS last_seen,
     head(collect(h.evidence)) AS evidence
OPTIONAL MATCH (p)-[f:HOLDS_POSITION]->(o)
WHERE f.status = 'former' AND f.first_seen >= first_seen
WITH o, p, first_seen, last_seen, evidence, min(f.first_seen) AS former_from
ORDER BY first_seen DESC, p.name
WITH o, collect({holder: p.name, first_seen: first_seen, last_seen: last_seen, former_from: former_from,
                 evidence: evidence}) AS holders
WITH o, holders, [x IN holders WHERE x.first_seen <= $date] AS started, [x IN holders WHERE x.first_seen > $date] AS later
WITH o, holders, later, CASE WHEN size(started) > 0 THEN started[0] ELSE null END AS current
WITH o, later, current,
     [x IN holders WHERE current IS NOT NULL AND x.holder <> current.holder AND (x.first_seen = current.first_seen
      OR (x.first_seen < current.first_seen AND x.last_seen > current.first_seen))] AS disputed,
     reduce(m = null, x IN later | CASE WHEN m IS NULL OR x.first_seen < m THEN x.first_seen ELSE m END) AS next_start
WITH o, current, disputed, [x IN later WHERE x.first_seen = next_start] AS next,
     current IS NOT NULL AND (current.former_from IS NULL OR current.former_from > $date) AS started_and_stayed
WITH o, current, next, disputed, started_and_stayed AND size(disputed) = 0 AS settled
UNWIND (CASE WHEN settled THEN [current] ELSE [x IN [current] + disputed + next WHERE x IS NOT NULL] END) AS x
RETURN o.name AS office, x.holder AS holder,
       CASE WHEN settled THEN 'in office' ELSE 'not settled' END AS answer,
       x.first_seen AS first_seen, x.last_seen AS last_seen, x.former_from AS former_from,
       CASE WHEN x.first_seen > $date THEN 'first seen after the date'
            WHEN x.last_seen >= $date THEN 'seen in office on or after the date'
            ELSE 'last seen before the date' END AS sighting, x.evidence AS evidence
ORDER BY answer, first_seen DESC
