"""The `kg` command end to end, as a user runs it, against the test server.

The commands run in this process (click's ``CliRunner``, ``tests.conftest.invoke``): a subprocess
would add only its start-up. The installed `kg` program itself runs in a subprocess below
(``test_unreachable_server_gives_one_clear_line``) and in the tests that kill or interrupt it
(tests/test_faults.py, tests/test_server.py)."""

from __future__ import annotations

import json
import subprocess

from tests.conftest import EXAMPLES, invoke, kg_command


def test_build_stats_and_html(cli_env, store, tmp_path):
    out = tmp_path / "graph.html"
    result = invoke(["build", str(EXAMPLES), "--html", str(out)], cli_env)
    assert result.exit_code == 0, result.output
    assert "loaded 5, skipped 0" in result.stdout
    assert out.exists() and "vis.Network" in out.read_text()
    stats = invoke(["stats"], cli_env).stdout
    for label in ("Person", "Rank", "Unit", "Position", "Meeting", "Article", "ATTENDED", "HAS_RANK", "HOLDS_POSITION"):
        line = next(line for line in stats.splitlines() if line.split() and line.split()[0] == label)
        assert int(line.split()[1]) > 0, line


def test_cypher_refuses_a_write_without_flag(cli_env, store):
    result = invoke(["cypher", "CREATE (n:Person {id: 'cli-intruder'})"], cli_env)
    assert result.exit_code != 0
    assert "--write" in result.stderr
    assert store.read("MATCH (n {id: 'cli-intruder'}) RETURN n") == []
    result = invoke(["cypher", "--write", "CREATE (n:Person {id: 'cli-allowed'})"], cli_env)
    assert result.exit_code == 0, result.output
    assert len(store.read("MATCH (n {id: 'cli-allowed'}) RETURN n")) == 1


def test_query_list_and_run(cli_env, store):
    invoke(["load", str(EXAMPLES)], cli_env)
    listing = invoke(["query", "--list"], cli_env).stdout
    assert "office_holders" in listing
    result = invoke(["query", "office_holders", "--param", "office=Wakapolres Belu", "--format", "json"], cli_env)
    assert result.exit_code == 0, result.output
    holders = {r["holder"] for r in json.loads(result.stdout)}
    assert "Lorensius" in holders
    bad = invoke(["query", "../../etc/passwd"], cli_env)
    assert bad.exit_code != 0 and "no query named" in bad.stderr


def test_bad_files_are_named_and_the_batch_goes_on(cli_env, store, tmp_path):
    (tmp_path / "good.txt").write_text((EXAMPLES / "000_3d7a3d64f6ce096a.txt").read_text())
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "latin.txt").write_bytes("Kapolres Belu AKBP Andi Saputra menghadiri rapat di Aula caf\xe9.".encode("cp1252"))
    result = invoke(["load", str(tmp_path)], cli_env)
    assert result.exit_code == 1
    assert "empty.txt: empty" in result.stderr
    assert "binary.txt: binary file" in result.stderr
    assert "loaded 2, skipped 2" in result.stdout
    strict = invoke(["extract", "--strict", str(tmp_path), "-o", str(tmp_path / "out")], cli_env)
    assert strict.exit_code != 0 and "stopped (--strict)" in strict.stderr


def test_unreachable_server_gives_one_clear_line(tmp_path):
    # the installed `kg` program in a subprocess, as a user runs it: its exit code and what reaches stderr
    import os

    env = dict(os.environ, NEO4J_URI="bolt://127.0.0.1:1", NEO4J_PASSWORD="x")
    result = subprocess.run(kg_command() + ["stats"], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    assert "bolt://127.0.0.1:1" in result.stderr and "kg server start" in result.stderr
    assert "Traceback" not in result.stderr


def test_extract_writes_scorer_json(tmp_path):
    result = invoke(["extract", str(EXAMPLES), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in tmp_path.glob("*.json"))
    assert len(files) == 5
    data = json.loads((tmp_path / files[0]).read_text())
    assert {"nodes", "relationships"} <= set(data)
    assert all("evidence" in r["properties"] and "sources" in r["properties"] for r in data["relationships"])


def test_viz_pages_and_their_errors(cli_env, store, tmp_path):
    invoke(["load", str(EXAMPLES)], cli_env)
    page = invoke(["viz", "-o", str(tmp_path / "g.html")], cli_env)
    assert page.exit_code == 0, page.output
    assert "HTML exploration:" in page.stdout and "circle 1" in (tmp_path / "g.html").read_text()
    ego = invoke(["viz", "--focus", "benny", "-o", str(tmp_path / "benny.html")], cli_env)
    assert ego.exit_code == 0, ego.output
    near = invoke(["viz", "--focus", "benni"], cli_env)
    assert near.exit_code == 1 and "nearest names: Benny Miniani Arief" in near.stderr
    both = invoke(["viz", "--focus", "benny", "--unit", "Polres Belu"], cli_env)
    assert both.exit_code == 2 and "choose one of" in both.stderr
    tl = invoke(["viz", "--timeline", "Wakapolres Belu", "-o", str(tmp_path / "tl.html")], cli_env)
    assert tl.exit_code == 0 and "2 events in 2 rows" in tl.stdout, tl.output


def test_query_table_wraps_and_checks_params(cli_env, store):
    invoke(["load", str(EXAMPLES)], cli_env)
    table = invoke(["query", "person_profile", "--param", "name=Lorensius"], cli_env)
    assert table.exit_code == 0, table.output
    lines = table.stdout.splitlines()
    assert set(lines[1]) <= {"-", " "} and len(lines) > 3
    assert max(len(line) for line in lines) < 400  # wrapped, not one endless line
    assert "Wakapolres Belu" in table.stdout
    bad = invoke(["query", "office_holders", "--param", "ofice=x"], cli_env)
    assert bad.exit_code == 2 and "parameters of office_holders: office" in bad.stderr
