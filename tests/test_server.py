"""The embedded server: loopback only, secret kept 0600, status and stop."""

from __future__ import annotations

import stat
from pathlib import Path

from kg import server


def listening_addresses(port: int) -> set[str]:
    """Local addresses listening on ``port``, read from /proc/net/tcp{,6}."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, port_hex = local.split(":")
            if state == "0A" and int(port_hex, 16) == port:
                found.add(address)
    return found


def test_server_listens_on_loopback_only(engine_conn):
    assert engine_conn.uri.startswith("bolt://127.0.0.1:")
    port = int(engine_conn.uri.rsplit(":", 1)[1])
    loopback = {"0100007F", "0000000000000000FFFF00000100007F", "00000000000000000000000001000000"}
    addresses = listening_addresses(port)
    assert addresses and addresses <= loopback, addresses  # 127.0.0.1 (maybe as ::ffff:127.0.0.1), nothing else


def test_password_file_is_private(tmp_path):
    pw = server.password(tmp_path)
    mode = stat.S_IMODE((tmp_path / "password").stat().st_mode)
    assert mode == 0o600
    assert len(pw) >= 24
    assert server.password(tmp_path) == pw  # generated once


def test_status_of_a_home_without_server(tmp_path):
    assert server.status(tmp_path) is None
    assert server.stop(tmp_path) is None


# -- misbehaving people and machines (issue 16) ------------------------------

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ENGINES, SHORT_LIVED_JVM, kg_command, with_ctrl_c


def test_a_stale_record_naming_another_program_is_not_trusted(tmp_path):
    """After a reboot the pid in server.json may be any program: status, stop and start must not take it for ours."""
    other = subprocess.Popen(["sleep", "60"])
    try:
        record = {"engine": "neo4j", "pid": other.pid, "port": 1, "home": str(tmp_path.resolve()),
                  "user": "neo4j", "database": None}
        (tmp_path / "server.json").write_text(json.dumps(record))
        assert server.status(tmp_path) is None
        assert not (tmp_path / "server.json").exists()  # the stale record is dropped
        (tmp_path / "server.json").write_text(json.dumps(record))
        assert server.stop(tmp_path) is None
        time.sleep(0.2)
        assert other.poll() is None  # still running: never signalled
    finally:
        other.kill()
        other.wait()
    (tmp_path / "server.json").write_text("{not json")
    assert server.status(tmp_path) is None


def test_the_home_is_private_and_remembers_its_engine(tmp_path):
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    server.prepare_home(home)
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    fresh = server.prepare_home(tmp_path / "new" / "home")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700
    (home / "engine").write_text("arcadedb\n")
    assert server.home_engine(home) == "arcadedb"
    with pytest.raises(server.ServerError, match="holds a arcadedb graph|--switch"):
        server._choose_engine(home, "neo4j", switch=False)
    old = tmp_path / "old"
    (old / "arcadedb").mkdir(parents=True)  # a home from before the engine was recorded
    assert server.home_engine(old) == "arcadedb"


def test_a_read_only_home_is_a_message_not_a_traceback(tmp_path):
    home = tmp_path / "ro"
    home.mkdir()
    home.chmod(0o500)
    try:
        if os.access(home, os.W_OK):  # root ignores modes: make it unwritable another way
            home.chmod(0o700)
            home.rmdir()
            home.write_text("a file, not a directory")
        with pytest.raises(server.ServerError, match="cannot be used"):
            server.start(None, home)
    finally:
        if home.is_dir():
            home.chmod(0o700)


def _processes_naming(text: str) -> dict[int, list[str]]:
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            args = (entry / "cmdline").read_bytes().decode(errors="replace").split("\0")
        except OSError:
            continue
        if any(text in a for a in args):
            found[int(entry.name)] = args
    return found


@pytest.mark.slow
# "own neo4j", not "neo4j": the test starts servers of its own, so it need not run in the process of
# the shared server of its engine (tests/conftest.py, engine_of), and runs wherever one is free
@pytest.mark.parametrize("engine", ENGINES, ids=[f"own {e}" for e in ENGINES])
def test_two_starts_race_to_one_private_server_whose_password_is_not_in_ps(engine, tmp_path):
    home = tmp_path / "home"
    env = dict(os.environ, KG_HOME=str(home), **SHORT_LIVED_JVM)  # the server lives seconds
    for key in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        env.pop(key, None)
    starts = [subprocess.Popen(kg_command() + ["server", "start", "--engine", engine], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    try:
        outs = [p.communicate(timeout=300) for p in starts]
        assert [p.returncode for p in starts] == [0, 0], outs
        assert outs[0][0] == outs[1][0]  # the same server, pid and all
        state = server.status(home)
        assert state and state.ready and state.engine == engine
        assert list(_processes_naming(str(home.resolve()))) == [state.pid]
        secret = server.password(home)
        assert _processes_naming(secret) == {}  # no process argument holds the password
        assert secret not in (home / f"{engine}.log").read_text(errors="replace")
        assert stat.S_IMODE(home.stat().st_mode) == 0o700
        for path in home.rglob("*"):  # nothing in the store is readable by other users
            if not path.is_symlink():
                assert not path.stat().st_mode & 0o077, path
    finally:
        server.stop(home)
    assert _processes_naming(str(home.resolve())) == {}


@pytest.mark.slow
def test_ctrl_c_during_start_leaves_no_server_behind(tmp_path):
    home = tmp_path / "home"
    env = dict(os.environ, KG_HOME=str(home))
    env.pop("NEO4J_URI", None)
    engine = ENGINES[-1]
    starting = subprocess.Popen(kg_command() + ["server", "start", "--engine", engine], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=with_ctrl_c)
    try:
        deadline = time.monotonic() + 120
        while not (home / "server.json").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        record = json.loads((home / "server.json").read_text())
        assert record["ready"] is False  # recorded before waiting for it
        starting.send_signal(signal.SIGINT)
        out, err = starting.communicate(timeout=60)
        assert starting.returncode != 0
        assert "Traceback" not in err, err
        deadline = time.monotonic() + 30
        while _processes_naming(str(home.resolve())) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _processes_naming(str(home.resolve())) == {}
        assert server.status(home) is None
    finally:
        if starting.poll() is None:
            starting.kill()
        for pid in _processes_naming(str(home.resolve())):
            os.kill(pid, signal.SIGKILL)


def test_homes_prepared_at_once_do_not_trip_over_each_other(tmp_path):
    # Two `kg server start` in the same fresh home each check that it is writable;
    # a shared probe file let one remove the other's before it did (CI, stop 21).
    from concurrent.futures import ThreadPoolExecutor

    home = tmp_path / "home"
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: server.prepare_home(home), range(400)))
    assert set(results) == {home.resolve()}
    assert list(home.iterdir()) == []
