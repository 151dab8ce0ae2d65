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
import tempfile
import sys
import time
import urllib.request
import base64
import fcntl
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Iterator

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
    # False from the moment the process is started until it answers: a start
    # that was interrupted still leaves a record that `kg server stop` can use.
    ready: bool = True

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


def prepare_home(home: Path | None = None) -> Path:
    """``home`` made ready for a server: created 0700 (the store files hold
    names from the articles; no other local user may read them)."""
    home = (home or kg_home()).expanduser()
    try:
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        if home.stat().st_uid == os.getuid() and home.stat().st_mode & 0o077:
            home.chmod(0o700)  # an older home, created 0755
        # A probe of our own: two commands starting at once must not unlink each other's.
        with tempfile.TemporaryFile(dir=home, prefix=".kg-write-test-"):
            pass
    except OSError as exc:
        raise ServerError(f"the data directory {home} cannot be used ({exc.strerror or exc}); "
                          "set KG_HOME to a directory you can write to") from None
    return home.resolve()


def password(home: Path | None = None) -> str:
    """The embedded server's password, generated once and kept 0600."""
    home = home or kg_home()
    path = home / "password"
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another command made it at the same moment
            return path.read_text().strip()
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(24))
    return path.read_text().strip()


def _private_file(path: Path, text: str) -> None:
    """Write ``text`` to a file only this user can read (0600 from the start)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text)
    os.chmod(path, 0o600)


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
    with open(target / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two homes starting at once fetch once
        if done.exists():
            return target / "jars"
        return _fetch_neo4j(target, done)


def _fetch_neo4j(target: Path, done: Path) -> Path:
    print(f"kg: fetching Neo4j {NEO4J_VERSION} from Maven Central into {target} (once)...", file=sys.stderr)
    cmd = ["mvn", "-q", "-B", "-f", str(JAVA_DIR / "pom.xml"), "dependency:copy-dependencies",
           f"-DoutputDirectory={target / 'jars'}"]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise ServerError("could not fetch Neo4j with Maven:\n" + (result.stdout + result.stderr)[-2000:])
    done.touch()
    return target / "jars"


def _neo4j_launcher(jars: Path) -> tuple[str, list[str]]:
    """The classpath and main-class arguments that run ``Launcher.java``.

    Compiled once with ``javac`` into the cache (by the hash of its source):
    run as a single source file, Java compiled it again against Neo4j's 200
    jars on every start, 4 s of CPU. Without a ``javac`` (a bare JRE), or if
    compiling fails, Java runs the source file as before."""
    import hashlib  # noqa: PLC0415

    source = JAVA_DIR / "Launcher.java"
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    classes = cache_dir() / f"launcher-{NEO4J_VERSION}-{digest}"
    done = classes / ".complete"
    javac = shutil.which("javac")
    if not done.exists() and javac:
        classes.mkdir(parents=True, exist_ok=True)
        with open(classes / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # two starts at once compile once
            if not done.exists():
                # class files for Java 17, the version kg asks for, whichever JDK compiles them
                result = subprocess.run([javac, "-nowarn", "--release", "17", "-cp", f"{jars}/*", "-d", str(classes),
                                         str(source)], capture_output=True, text=True)
                if result.returncode == 0:
                    done.touch()
    if done.exists():
        return f"{jars}/*{os.pathsep}{classes}", ["Launcher"]
    return f"{jars}/*", [str(source)]


def _neo4j_command(home: Path, port: int, secret_file: Path) -> tuple[list[str], int | None]:
    jars = _neo4j_jars()
    data = home / "neo4j"
    data.mkdir(parents=True, exist_ok=True, mode=0o700)
    classpath, main = _neo4j_launcher(jars)
    # more JVM options (the test suite's short-lived servers: -XX:TieredStopAtLevel=1)
    extra = os.environ.get("KG_NEO4J_JAVA_OPTS", "").split()
    cmd = ["java", f"-Xmx{os.environ.get('KG_NEO4J_HEAP', '2g')}", "-XX:+UseG1GC", *extra, "-cp", classpath, *main,
           str(data), str(port), str(secret_file), os.environ.get("KG_NEO4J_PAGECACHE", "1g")]
    return cmd, None


def _arcadedb_command(home: Path, port: int, secret: str) -> tuple[list[str], int | None]:
    pkg = _arcadedb_package()
    if pkg is None:
        raise ServerError("engine arcadedb needs `pip install arcadedb-embedded`")
    http_port = _free_port()
    root = home / "arcadedb"
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    # The root password reaches the JVM through an argument file (0600), not
    # the command line, which every local user can read in `ps`.
    args_file = home / "arcadedb.args"
    _private_file(args_file, f'"-Darcadedb.server.rootPassword={secret}"\n')
    cmd = [
        str(pkg / "jre" / "bin" / "java"), "-Xmx1g", f"@{args_file}",
        "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        f"-Darcadedb.server.rootPath={root}",
        f"-Darcadedb.server.databaseDirectory={root / 'databases'}",
        "-Darcadedb.server.httpIncomingHost=127.0.0.1",
        f"-Darcadedb.server.httpIncomingPort={http_port}",
        "-Darcadedb.bolt.host=127.0.0.1",
        # LOAD CSV may read neither local files nor URLs (Neo4j's launcher does the same for files)
        "-Darcadedb.opencypher.loadCsv.allowFileUrls=false",
        "-Darcadedb.opencypher.loadCsv.allowRemoteUrls=false",
        f"-Darcadedb.bolt.port={port}",
        "-cp", f"{pkg / 'jars'}/*", "com.arcadedb.server.ArcadeDBServer",
    ]
    return cmd, http_port


def _marker(engine: str, home: Path) -> str:
    """The argument that names ``home`` on the command line of its server."""
    return str(home / "neo4j") if engine == "neo4j" else f"-Darcadedb.server.rootPath={home / 'arcadedb'}"


def _is_our_server(state: ServerState) -> bool:
    """Whether ``state.pid`` is still the server of that home: after a reboot
    or a crash the pid may belong to any other program, which must never be
    reported as the server, nor signalled."""
    if not _alive(state.pid):
        return False
    try:
        with open(f"/proc/{state.pid}/cmdline", "rb") as f:
            args = f.read().decode(errors="replace").split("\0")
    except FileNotFoundError:
        return False
    except OSError:
        return True  # no /proc here: the pid check is all there is
    return bool(args) and Path(args[0]).name.startswith("java") and \
        _marker(state.engine, Path(state.home)) in args


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


def _record(home: Path, state: ServerState) -> None:
    _private_file(_state_file(home), json.dumps(asdict(state)))


@contextmanager
def _start_lock(home: Path, timeout: float) -> Iterator[None]:
    """Held while a server of ``home`` is started or stopped, so that two
    commands racing to start it (two `kg load` on a fresh home) start one
    server, and the second one uses it."""
    fd = os.open(home / "start.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise ServerError(f"another kg command has been starting or stopping the server of {home} "
                                      f"for over {timeout:.0f}s; try again when it is done") from None
                time.sleep(0.2)
        yield
    finally:
        os.close(fd)  # releases the lock


def status(home: Path | None = None) -> ServerState | None:
    """The embedded server of ``home`` (running, or being started), or None.

    A record whose process is gone, or whose pid now belongs to another
    program, is stale: it is removed and never trusted."""
    home = (home or kg_home()).expanduser()
    path = _state_file(home)
    if not path.exists():
        return None
    try:
        raw = json.loads(path.read_text())
        state = ServerState(**{f.name: raw[f.name] for f in fields(ServerState) if f.name in raw})
    except (OSError, ValueError, TypeError, KeyError):
        path.unlink(missing_ok=True)
        return None
    if not _is_our_server(state):
        path.unlink(missing_ok=True)
        return None
    return state


def _log_tail(log: Path, lines: int = 25) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _wait_for_bolt(state: ServerState, secret: str, log: Path, timeout: float) -> None:
    from neo4j import GraphDatabase  # noqa: PLC0415 - keep `kg --help` fast

    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if not _alive(state.pid):
            tail = _log_tail(log)
            hint = ("\nAnother process holds this data directory's lock (a server started outside kg?): "
                    "stop it, then try again.") if "lock" in tail.lower() else ""
            raise ServerError(f"the {state.engine} server exited; log {log}:\n{tail}{hint}")
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
    raise ServerError(f"the {state.engine} server did not answer on {state.uri} within {timeout:.0f}s "
                      f"({last_error}); log {log}:\n{_log_tail(log)}")


def _engine_file(home: Path) -> Path:
    return home / "engine"


def home_engine(home: Path) -> str | None:
    """The engine whose graph this home holds: recorded at its first start
    (or, for an older home, the one data directory it has)."""
    try:
        name = _engine_file(home).read_text().strip()
        if name in ENGINES:
            return name
    except OSError:
        pass
    present = [e for e in ENGINES if (home / e).is_dir()]
    return present[0] if len(present) == 1 else None


def _choose_engine(home: Path, engine: str | None, switch: bool) -> str:
    remembered = home_engine(home)
    if engine is None:
        engine = remembered or default_engine()
    if engine not in ENGINES:
        raise ServerError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if remembered and engine != remembered and not switch:
        raise ServerError(f"{home} holds a {remembered} graph; starting {engine} there would show another graph. "
                          f"Use another KG_HOME, or switch this home on purpose with "
                          f"`kg server start --engine {engine} --switch` (the {remembered} data stays in {home / remembered})")
    if engine not in available_engines():
        raise ServerError(f"{home} holds a {engine} graph, but the {engine} engine is not available here "
                          + ("(it needs Java 17+ and Maven)" if engine == "neo4j" else "(pip install arcadedb-embedded)"))
    return engine


def _terminate(pid: int, timeout: float) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)


def start(engine: str | None = None, home: Path | None = None, timeout: float = 180,
          switch: bool = False) -> ServerState:
    """Start the embedded server (or return the one already running).

    The server is recorded in ``server.json`` as soon as its process exists,
    so an interrupted start (Ctrl-C) never leaves a server nothing knows of:
    on an interrupt, or any failure, what was started is stopped again."""
    home = prepare_home(home)
    with _start_lock(home, timeout + 60):
        running = status(home)
        if running:
            if engine and engine != running.engine:
                raise ServerError(f"a {running.engine} server is already running for {home}; "
                                  f"stop it first with `kg server stop`")
            if not running.ready:  # its starter was killed before it answered: finish the start here
                _wait_for_bolt(running, password(home), home / f"{running.engine}.log", timeout)
                running.ready = True
                _record(home, running)
            return running
        engine = _choose_engine(home, engine, switch)
        secret = password(home)
        port = _free_port()
        if engine == "neo4j":
            cmd, http_port = _neo4j_command(home, port, home / "password")
            user, database = "neo4j", None
        else:
            cmd, http_port = _arcadedb_command(home, port, secret)
            user, database = "root", "kg"
        log = home / f"{engine}.log"
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "ab") as out:
            # A session of its own, so Ctrl-C in the terminal that started it
            # does not take the server down with a later kg command; umask 077
            # so that its store files are readable by this user only.
            proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    cwd=home, start_new_session=True, umask=0o077)
        state = ServerState(engine, proc.pid, port, str(home), user, database, http_port, ready=False)
        try:
            _record(home, state)
            _private_file(_engine_file(home), engine + "\n")
            _wait_for_bolt(state, secret, log, timeout)
            state.ready = True
            _record(home, state)
        except BaseException:  # Ctrl-C included: stop what was started
            _terminate(proc.pid, 20)
            proc.wait()
            _state_file(home).unlink(missing_ok=True)
            raise
        return state


def stop(home: Path | None = None, timeout: float = 60) -> ServerState | None:
    """Stop the embedded server; returns what was stopped, or None."""
    home = (home or kg_home()).expanduser()
    if not home.is_dir():
        return None
    home = home.resolve()
    with _start_lock(home, timeout + 180):
        state = status(home)  # never signals a pid that is not our server
        if state is None:
            return None
        _terminate(state.pid, timeout)
        _state_file(home).unlink(missing_ok=True)
        return state


def connection(engine: str | None = None, home: Path | None = None) -> Connection:
    """Bolt connection details of the embedded server, starting it if needed."""
    home = home or kg_home()
    state = start(engine, home)
    return Connection(state.uri, state.user, password(home), state.database, state.engine, state.home)
