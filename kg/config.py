"""Where kg keeps its data and which database it talks to.

The neo4j driver's own environment variables win: with ``NEO4J_URI`` set,
kg uses that server. Unset, it uses the embedded server in ``KG_HOME``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def kg_home() -> Path:
    """``$KG_HOME``, else the per-user data dir (``~/.local/share/kg``)."""
    if os.environ.get("KG_HOME"):
        return Path(os.environ["KG_HOME"]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "kg"


@dataclass(frozen=True)
class Connection:
    uri: str
    user: str
    password: str
    database: str | None = None
    engine: str = "external"
    home: str | None = None  # the embedded server's data directory (its disk is watched during loads)

    def __repr__(self) -> str:  # never show the password in logs or tracebacks
        return f"Connection(uri={self.uri!r}, user={self.user!r}, database={self.database!r}, engine={self.engine!r})"


def external_connection() -> Connection | None:
    """The server named by NEO4J_* variables, or None when NEO4J_URI is unset."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return None
    return Connection(
        uri=uri,
        user=os.environ.get("NEO4J_USERNAME", "neo4j"),
        password=os.environ.get("NEO4J_PASSWORD", ""),
        database=os.environ.get("NEO4J_DATABASE") or None,
    )
