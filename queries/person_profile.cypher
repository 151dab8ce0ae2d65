// Everything known about a person: ranks, offices, units commanded, meetings, and the sources with evidence.
// params: name (person name or alias, case-insensitive)
// example: kg query person_profile --param name="Moh. Mukhson"
MATCH (p:Person)
WHERE toLower(p.name) = toLower($name) OR any(x IN coalesce(p.aliases, []) WHERE toLower(x) = toLower($name))
OPTIONAL MATCH (p)-[hr:HAS_RANK]->(r:Rank)
WITH p, collect(DISTINCT r.name) AS ranks
OPTIONAL MATCH (p)-[h:HOLDS_POSITION]->(o:Position)
WITH p, ranks, collect(DISTINCT {office: o.name, status: h.status, first_seen: h.first_seen,
                                 last_seen: h.last_seen, evidence: h.evidence}) AS offices
OPTIONAL MATCH (p)-[:COMMANDS]->(u:Unit)
WITH p, ranks, offices, collect(DISTINCT u.name) AS commands
OPTIONAL MATCH (p)-[a:ATTENDED]->(m:Meeting)
WITH p, ranks, offices, commands, collect(DISTINCT {date: m.date, meeting: m.title, role: a.role}) AS meetings
OPTIONAL MATCH (p)-[:MENTIONED_IN]->(art:Article)
RETURN p.name AS person, p.aliases AS aliases, p.degrees AS degrees, ranks,
       [o IN offices WHERE o.office IS NOT NULL] AS offices, commands,
       [m IN meetings WHERE m.meeting IS NOT NULL] AS meetings,
       collect(DISTINCT {title: art.title, source: art.source, published: art.published}) AS sources
