// Representation chains: X stood in for Y, and Y in turn stood in for Z (at the same or another meeting).
// params: none
// example: kg query representation_chains
MATCH (x:Person)-[r1:REPRESENTED]->(y:Person)-[r2:REPRESENTED]->(z)
OPTIONAL MATCH (z)-[r3:REPRESENTED]->(w)
RETURN x.name AS representative, y.name AS stood_in_for, z.name AS who_stood_in_for,
       w.name AS and_for, r1.meeting AS meeting_1, r2.meeting AS meeting_2
ORDER BY representative, stood_in_for
