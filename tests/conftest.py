"""Fixtures: a real graph server per available engine, started through the
project's own code in a temporary KG_HOME, and stopped at the end."""

from __future__ import annotations

import os
import signal
import shutil
import traceback
from pathlib import Path

import pytest

from kg import server
from kg.config import Connection
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"

ENGINES = server.available_engines()

# The suite empties and refills each server's graph hundreds of times: at Neo4j's default a cached plan may
# be replanned whenever 10 s have passed and the counts have moved, and the store's write statements, whose
# plan is a unique-index seek whatever the counts, were planned again (benchmarks/README.md, "Suite time,
# fifth pass"). Inherited by every server the suite starts, its own and the `kg server start` subprocesses'.
os.environ.setdefault("KG_NEO4J_REPLAN_SECONDS", "3600")
# A Neo4j a test starts for itself lives a minute: C1 alone halves the JVM's CPU for its start and first
# loads (the shared servers, which run for the whole suite, keep the JIT's second tier).
SHORT_LIVED_JVM = {"KG_NEO4J_JAVA_OPTS": "-XX:TieredStopAtLevel=1"}
SERVER_FIXTURES = {"engine_conn", "store", "cli_env", "browser"}


def pytest_collection_modifyitems(config, items) -> None:
    """Mark every test that uses a server (or the browser), so that `make test-fast`
    (``-m "not server and not slow"``) runs the pure tests only. The slow tests come first: on two
    processes (`make test`) one of minutes started last would run on alone at the end. A test marked
    ``one_engine`` (what it checks does not reach the store's engine: Dask's extraction, the workers'
    Ctrl-C) runs on one engine only, the last (its process has the shorter list of tests): on the
    others it would repeat the same check at the same cost."""
    for item in items:
        if SERVER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.server)
    repeated = [item for item in items if item.get_closest_marker("one_engine")
                and engine_of(item.nodeid) not in (None, ENGINES[-1])]
    if repeated:
        config.hook.pytest_deselected(items=repeated)
        items[:] = [item for item in items if item not in repeated]
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def engine_of(nodeid: str) -> str | None:
    """The engine a test runs on, from its id (``test_x[neo4j]``, ``test_y[arcadedb-ego]``), if any."""
    if not nodeid.endswith("]") or "[" not in nodeid:
        return None
    return next((part for part in nodeid[nodeid.rindex("[") + 1:-1].split("-") if part in ENGINES), None)


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist: `make test` runs the tests in two processes
def pytest_xdist_make_scheduler(config, log):
    """Each engine's tests go to one process, all of them, so that each shared server (``engine_conn``)
    starts once; every other test goes to whichever process is free. (pytest-xdist's own
    ``--dist loadgroup`` does this for ``xdist_group`` marks, but its renaming of node ids does not
    reach pytest 9's.) The work goes out in the order of the collection, slow tests first
    (pytest_collection_modifyitems): pytest-xdist's own reordering (``loadscopereorder``, on unless
    ``--no-loadscope-reorder``) hands out the scopes of most tests first, the two engines', so that the
    slow tests of no engine waited for the end and ran on alone there."""
    from xdist.scheduler import LoadScopeScheduling

    class ByEngine(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return engine_of(nodeid) or nodeid

    config.option.loadscopereorder = False  # read by LoadScopeScheduling.schedule() only
    return ByEngine(config, log)


@pytest.fixture(scope="session", params=ENGINES)
def engine_conn(request, tmp_path_factory) -> Connection:
    """A running embedded server of one engine; tests run once per engine."""
    home = tmp_path_factory.mktemp(f"kg-{request.param}")
    server.start(request.param, home)
    request.addfinalizer(lambda: server.stop(home))
    state = server.status(home)
    return Connection(state.uri, state.user, server.password(home), state.database, state.engine)


@pytest.fixture()
def store(engine_conn) -> Store:
    """A store on an empty graph."""
    s = Store(engine_conn)
    s.clear()
    s.setup()
    yield s
    s.close()


@pytest.fixture()
def cli_env(engine_conn) -> dict[str, str]:
    """Environment that points the `kg` command at the test server."""
    env = dict(os.environ)
    env.update(NEO4J_URI=engine_conn.uri, NEO4J_USERNAME=engine_conn.user, NEO4J_PASSWORD=engine_conn.password)
    if engine_conn.database:
        env["NEO4J_DATABASE"] = engine_conn.database
    else:
        env.pop("NEO4J_DATABASE", None)
    return env


def with_ctrl_c() -> None:
    """``preexec_fn`` of a subprocess a test interrupts with SIGINT, as Ctrl-C does: a shell that runs
    the suite in the background (``make test &``, some CI runners) hands its children SIGINT ignored,
    and Python then never raises KeyboardInterrupt, so the test would see a load run to its end."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def invoke(args: list[str], env: dict[str, str | None] | None = None):
    """`kg ARGS` in this process (click's ``CliRunner``), for the tests where a subprocess would add only
    its start-up (Python, spaCy, trafilatura: 5-10 s each). What a subprocess would show as a traceback is
    an exception that escaped the command: checked here, so that no test mistakes a crash for an exit code.
    ``env`` is laid over this process's environment for the call (None unsets a variable)."""
    from click.testing import CliRunner

    from kg import cli

    result = CliRunner().invoke(cli.main, args, env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        "kg " + " ".join(args) + " crashed:\n" + "".join(traceback.format_exception(result.exception)))
    return result


def kg_command() -> list[str]:
    exe = shutil.which("kg", path=str(Path(os.sys.executable).parent))
    return [exe] if exe else [os.sys.executable, "-m", "kg.cli"]
