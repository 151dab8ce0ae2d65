"""Interactive HTML explorations of the graph (pyvis, offline, one file)."""
