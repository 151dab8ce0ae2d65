"""The embedded graph server: a local database kg starts for you.

Two engines, both spoken to over Bolt by the same neo4j driver code:

- ``neo4j``: Neo4j 5 Community, its jars fetched from Maven Central with
  ``mvn`` and started by a single-file Java launcher (``kg/java``).
- ``arcadedb``: the ``arcadedb-embedded`` wheel, which ships its own Java
  runtime and a Bolt plugin.

Both bind to 127.0.0.1 only, with a generated password stored 0600 in
``KG_HOME``. The running server is described by ``KG_HOME/server.json`` so
later ``kg`` commands reuse it.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import base64
from dataclasses import asdict, dataclass
from pathlib import Path

from kg.config import Connection, kg_home

ENGINES = ("neo4j", "arcadedb")
JAVA_DIR = Path(__file__).parent / "java"
NEO4J_VERSION = "5.26.30"


class ServerError(RuntimeError):
    """The embedded server could not be started, found or stopped."""


@dataclass
class ServerState:
    engine: str
    pid: int
    port: int
    home: str
    user: str
    database: str | None
    http_port: int | None = None

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"


# -- small helpers ---------------------------------------------------------

def cache_dir() -> Path:
    """Downloaded runtimes, shared by every KG_HOME of this user."""
    if os.environ.get("KG_CACHE"):
        return Path(os.environ["KG_CACHE"]).expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child still answers kill(0); it is not serving.
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True


def password(home: Path | None = None) -> str:
    """The embedded server's password, generated once and kept 0600."""
    home = home or kg_home()
    path = home / "password"
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(24))
    return path.read_text().strip()


def _java_major(java: str) -> int:
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30).stderr
    except (OSError, subprocess.TimeoutExpired):
        return 0
    for token in out.replace('"', " ").split():
        head = token.split(".")[0]
        if head.isdigit() and "." in token:
            return int(head)
    return 0


def _arcadedb_package() -> Path | None:
    try:
        import arcadedb_embedded  # noqa: PLC0415 - optional dependency
    except ImportError:
        return None
    return Path(arcadedb_embedded.__file__).parent


def available_engines() -> list[str]:
    """Engines this machine can run, preferred first."""
    found = []
    java = shutil.which("java")
    if java and shutil.which("mvn") and _java_major(java) >= 17:
        found.append("neo4j")
    if _arcadedb_package() is not None:
        found.append("arcadedb")
    return found


def default_engine() -> str:
    engines = available_engines()
    if not engines:
        raise ServerError(
            "no embedded engine available: install Java 17+ and Maven (for neo4j) "
            "or `pip install arcadedb-embedded` (for arcadedb), or set NEO4J_URI"
        )
    return engines[0]


# -- engine specifics -------------------------------------------------------

def _neo4j_jars() -> Path:
    """Fetch Neo4j's jars from Maven Central once; later starts reuse them."""
    target = cache_dir() / f"neo4j-{NEO4J_VERSION}"
    done = target / ".complete"
    if done.exists():
        return target / "jars"
    target.mkdir(parents=True, exist_ok=True)
    print(f"kg: fetching Neo4j {NEO4J_VERSION} from Maven Central into {target} (once)...", file=sys.stderr)
    cmd = ["mvn", "-q", "-B", "-f", str(JAVA_DIR / "pom.xml"), "dependency:copy-dependencies",
           f"-DoutputDirectory={target / 'jars'}"]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise ServerError("could not fetch Neo4j with Maven:\n" + (result.stdout + result.stderr)[-2000:])
    done.touch()
    return target / "jars"


def _neo4j_command(home: Path, port: int, secret_file: Path) -> tuple[list[str], int | None]:
    jars = _neo4j_jars()
    data = home / "neo4j"
    data.mkdir(parents=True, exist_ok=True)
    cmd = ["java", f"-Xmx{os.environ.get('KG_NEO4J_HEAP', '2g')}", "-XX:+UseG1GC", "-cp", f"{jars}/*", str(JAVA_DIR / "Launcher.java"),
           str(data), str(port), str(secret_file), os.environ.get("KG_NEO4J_PAGECACHE", "1g")]
    return cmd, None


def _arcadedb_command(home: Path, port: int, secret: str) -> tuple[list[str], int | None]:
    pkg = _arcadedb_package()
    if pkg is None:
        raise ServerError("engine arcadedb needs `pip install arcadedb-embedded`")
    http_port = _free_port()
    root = home / "arcadedb"
    root.mkdir(parents=True, exist_ok=True)
    cmd = [
        str(pkg / "jre" / "bin" / "java"), "-Xmx1g",
        f"-Darcadedb.server.rootPassword={secret}",
        "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        f"-Darcadedb.server.rootPath={root}",
        f"-Darcadedb.server.databaseDirectory={root / 'databases'}",
        "-Darcadedb.server.httpIncomingHost=127.0.0.1",
        f"-Darcadedb.server.httpIncomingPort={http_port}",
        "-Darcadedb.bolt.host=127.0.0.1",
        f"-Darcadedb.bolt.port={port}",
        "-cp", f"{pkg / 'jars'}/*", "com.arcadedb.server.ArcadeDBServer",
    ]
    return cmd, http_port


def _arcadedb_create_database(state: ServerState, secret: str) -> None:
    auth = base64.b64encode(f"root:{secret}".encode()).decode()
    url = f"http://127.0.0.1:{state.http_port}/api/v1/server"

    def post(command: str) -> dict:
        req = urllib.request.Request(url, data=json.dumps({"command": command}).encode(),
                                     headers={"Authorization": f"Basic {auth}", "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            return json.loads(resp.read() or b"{}")

    existing = post("list databases").get("result", [])
    if state.database not in existing:
        post(f"create database {state.database}")


# -- lifecycle --------------------------------------------------------------

def _state_file(home: Path) -> Path:
    return home / "server.json"


def status(home: Path | None = None) -> ServerState | None:
    """The running embedded server of ``home``, or None."""
    home = home or kg_home()
    path = _state_file(home)
    if not path.exists():
        return None
    state = ServerState(**json.loads(path.read_text()))
    if not _alive(state.pid):
        path.unlink(missing_ok=True)
        return None
    return state


def _log_tail(log: Path, lines: int = 25) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _wait_for_bolt(state: ServerState, secret: str, proc: subprocess.Popen, log: Path, timeout: float) -> None:
    from neo4j import GraphDatabase  # noqa: PLC0415 - keep `kg --help` fast

    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServerError(f"the {state.engine} server exited with code {proc.returncode}; log {log}:\n{_log_tail(log)}")
        try:
            socket.create_connection(("127.0.0.1", state.port), timeout=1).close()
            if state.engine == "arcadedb":
                _arcadedb_create_database(state, secret)
            with GraphDatabase.driver(state.uri, auth=(state.user, secret)) as driver:
                with driver.session(database=state.database) as session:
                    session.run("RETURN 1").consume()
            return
        except Exception as exc:  # noqa: BLE001 - any failure means "not up yet"
            last_error = exc
            time.sleep(0.5)
    proc.kill()
    raise ServerError(f"the {state.engine} server did not answer on {state.uri} within {timeout:.0f}s "
                      f"({last_error}); log {log}:\n{_log_tail(log)}")


def start(engine: str | None = None, home: Path | None = None, timeout: float = 180) -> ServerState:
    """Start the embedded server (or return the one already running)."""
    home = (home or kg_home()).resolve()
    running = status(home)
    if running:
        if engine and engine != running.engine:
            raise ServerError(f"a {running.engine} server is already running for {home}; "
                              f"stop it first with `kg server stop`")
        return running
    engine = engine or default_engine()
    if engine not in ENGINES:
        raise ServerError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    home.mkdir(parents=True, exist_ok=True)
    secret = password(home)
    port = _free_port()
    if engine == "neo4j":
        cmd, http_port = _neo4j_command(home, port, home / "password")
        user, database = "neo4j", None
    else:
        cmd, http_port = _arcadedb_command(home, port, secret)
        user, database = "root", "kg"
    log = home / f"{engine}.log"
    with open(log, "ab") as out:
        # A session of its own, so Ctrl-C in the terminal that started it
        # does not take the server down with the kg command.
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                cwd=home, start_new_session=True)
    state = ServerState(engine, proc.pid, port, str(home), user, database, http_port)
    _wait_for_bolt(state, secret, proc, log, timeout)
    fd = os.open(_state_file(home), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(asdict(state), f)
    return state


def stop(home: Path | None = None, timeout: float = 60) -> ServerState | None:
    """Stop the embedded server; returns what was stopped, or None."""
    home = (home or kg_home()).resolve()
    state = status(home)
    if state is None:
        return None
    os.kill(state.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _alive(state.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    if _alive(state.pid):
        os.kill(state.pid, signal.SIGKILL)
    _state_file(home).unlink(missing_ok=True)
    return state


def connection(engine: str | None = None, home: Path | None = None) -> Connection:
    """Bolt connection details of the embedded server, starting it if needed."""
    home = home or kg_home()
    state = start(engine, home)
    return Connection(state.uri, state.user, password(home), state.database, state.engine)
