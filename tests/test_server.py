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
