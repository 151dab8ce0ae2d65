"""The shared options of `kg` and the checks that run before any database is
reached, through click's CliRunner; the table printer and parameter types as
library functions."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

import queries
from kg import cli
from kg.options import DATE, connection_options, format_option, param_option, since_until_options
from kg.output import format_rows, wrap_cell

# Nothing listens on port 1: a command that reached for the database would fail with a connection error.
NOWHERE = {"NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": "x"}


def invoke(args, env=None):
    return CliRunner().invoke(cli.main, args, env={**NOWHERE, **(env or {})})


def test_every_command_has_help_text():
    def walk(group, prefix=""):
        for name, command in group.commands.items():
            yield prefix + name, command
            if isinstance(command, click.Group):
                yield from walk(command, prefix + name + " ")

    for name, command in walk(cli.main):
        assert command.help and command.help.strip(), name
        assert invoke(name.split() + ["--help"]).exit_code == 0, name


def test_unknown_param_is_an_error_that_lists_the_query_params():
    result = invoke(["query", "office_holders", "--param", "ofice=x"])
    assert result.exit_code == 2
    assert "no parameter 'ofice' (did you mean office?)" in result.output
    assert "parameters of office_holders: office (position name or alias" in result.output
    assert "127.0.0.1:1" not in result.output  # refused before any connection


@pytest.mark.parametrize("value, says", [("23/11/2024", "write YYYY-MM-DD"), ("2023-13-45", "not a date of the calendar"),
                                         ("2024-02-30", "not a date of the calendar")])
def test_query_dates_are_checked(value, says):
    result = invoke(["query", "office_holder_on_date", "--param", "office=Wakapolres Belu", "--param", f"date={value}"])
    assert result.exit_code == 2 and says in result.output


def test_most_central_lists_its_measures():
    result = invoke(["query", "most_central", "--param", "measure=foo", "--param", "limit=5"])
    assert result.exit_code == 2
    assert "measure=foo is not one of: degree, betweenness, eigenvector, brokerage, cross_group_brokerage, core" \
        in result.output


def test_missing_and_mistyped_params():
    q = queries.get("ego")
    with pytest.raises(queries.BadParams, match="needs --param name"):
        q.check({"hops": 2})
    with pytest.raises(queries.BadParams, match="hops=9 is not in 1-4"):
        q.check({"name": "x", "hops": 9})
    with pytest.raises(queries.BadParams, match="limit=ten is not a whole number"):
        queries.get("co_attendance").check({"limit": "ten"})
    assert queries.get("analysis_persons").check({"since": None, "until": "2024-12-31"})["since"] is None


def test_a_limit_that_is_not_a_number_is_a_usage_error_not_a_traceback(tmp_path):
    # through click, as `kg query co_attendance --param limit=abc` runs: the check before the query, not the
    # database's type error (nothing listens on port 1, and KG_HOME is empty: no server is started either)
    result = invoke(["query", "co_attendance", "--param", "limit=abc"], {"KG_HOME": str(tmp_path / "home")})
    assert isinstance(result.exception, SystemExit), result.exception  # an exit, not an exception that escaped
    assert result.exit_code == 2, result.output
    assert "limit=abc is not a whole number" in result.output
    assert "Traceback" not in result.output and "127.0.0.1:1" not in result.output


def test_analyze_dates_and_export_format_are_checked_before_the_analysis():
    result = invoke(["analyze", "--since", "2024-13-01"])
    assert result.exit_code == 2 and "not a date of the calendar" in result.output
    result = invoke(["analyze", "--since", "2024-09-01", "--until", "2024-08-01"])
    assert result.exit_code == 2 and "is after --until" in result.output
    result = invoke(["analyze", "--export", "x.json"])
    assert result.exit_code == 2
    assert "cannot export to x.json: use a .graphml, .gexf or .csv" in result.output
    assert "127.0.0.1:1" not in result.output


def test_table_cells_wrap_instead_of_being_cut():
    evidence = "Wakapolres Belu Kompol Lorensius hadir dalam rapat koordinasi lintas sektoral " * 3
    text = format_rows([{"name": "Lorensius", "evidence": evidence}, {"name": "Awi", "evidence": "pendek"}])
    lines = text.splitlines()
    assert lines[0].split() == ["name", "evidence"] and set(lines[1]) == {"-", " "}
    assert max(len(line) for line in lines) <= len("Lorensius") + 2 + 60
    assert " ".join(line[len("Lorensius") + 2:].strip() for line in lines[2:-1]) == evidence.strip()
    assert lines[-1].split() == ["Awi", "pendek"]
    cut = wrap_cell("kata " * 500)
    assert len(cut) == 12 and cut[-1].startswith("… (+") and "chars)" in cut[-1]


def test_csv_and_json_keep_lists():
    rows = [{"name": "A", "aliases": ["a", "b"]}]
    assert format_rows(rows, "csv").splitlines() == ["name,aliases", 'A,"[""a"", ""b""]"']
    assert '"aliases": [' in format_rows(rows, "json")
    assert format_rows([], "table") == "(no rows)" and format_rows([], "json") == "[]"


def test_shared_decorators_on_a_command_of_their_own():
    seen = {}

    @click.command()
    @param_option
    @format_option
    @since_until_options
    @connection_options
    def probe(params, fmt, since, until):
        seen.update(params=params, fmt=fmt, since=since, until=until, conn=cli.get_connection())

    runner = CliRunner()
    result = runner.invoke(probe, ["--param", "limit=3", "--param", "name=Benny Arief", "--format", "json",
                                   "--since", "2024-08-01", "--uri", "bolt://example.org:7687", "--user", "analyst"],
                           env={"NEO4J_PASSWORD": "s3cret", "NEO4J_URI": None})
    assert result.exit_code == 0, result.output
    assert seen["params"] == {"limit": 3, "name": "Benny Arief"} and seen["fmt"] == "json"
    assert seen["since"] == "2024-08-01" and seen["until"] is None
    assert (seen["conn"].uri, seen["conn"].user, seen["conn"].password) == ("bolt://example.org:7687", "analyst", "s3cret")
    # the environment fills the connection options (as the neo4j driver's own variables)
    result = runner.invoke(probe, [], env={"NEO4J_URI": "bolt://db:7687", "NEO4J_DATABASE": "news"})
    assert result.exit_code == 0 and (seen["conn"].uri, seen["conn"].database) == ("bolt://db:7687", "news")
    assert runner.invoke(probe, ["--param", "nokey"]).exit_code == 2
    assert runner.invoke(probe, ["--format", "xml"]).exit_code == 2
    assert DATE.convert("2024-08-01", None, None) == "2024-08-01"


def test_first_start_on_an_empty_home_says_what_it_waits_for(tmp_path):
    # A heap size Java refuses makes the start fail at once: what matters is the note before it.
    env = {"NEO4J_URI": None, "KG_HOME": str(tmp_path / "home"), "KG_NEO4J_HEAP": "bogus"}
    result = CliRunner().invoke(cli.main, ["stats", "--engine", "neo4j"], env=env)
    assert result.exit_code != 0
    assert "starting the embedded neo4j graph server in" in result.stderr
    assert result.stderr.index("starting the embedded") < result.stderr.index("Error")


class _NoStore:
    """Just enough of a Store for `kg load` and `kg build` to read, extract and
    'write' without a server (what is written is counted, not kept)."""

    connection = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def setup(self):
        pass

    def loaded_articles(self, ids):
        return set()

    def check_space(self):
        pass

    def write(self, graphs):
        return {"articles": len(graphs)}

    def counts(self):
        return {"nodes": {}, "relationships": {}}


@pytest.mark.parametrize("command", ["extract", "load", "build"])
def test_a_file_read_as_windows_1252_gets_a_note(tmp_path, monkeypatch, command):
    import kg.pipeline

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "latin.txt").write_bytes("Kapolres Belu AKBP Andi Saputra menghadiri rapat di Caf\xe9 Atambua.".encode("cp1252"))
    (corpus / "utf8.txt").write_text("Kapolres Belu AKBP Budi Lake menghadiri rapat di Caf\xe9 Atambua.", encoding="utf-8")
    (corpus / "wide.txt").write_text("Kapolres Sikka AKBP Hadi Saputra memimpin rakor di Maumere.", encoding="utf-16")
    (corpus / "feed.jsonl").write_bytes(b'{"text": "Dandim 1605/Belu Letkol Inf Budi Lake hadir di Caf\xe9 Atambua."}\n'
                                        b'{"text": "Kapolres Alor AKBP Yosef Bria memimpin rakor."}\n')
    monkeypatch.setattr(cli, "open_store", lambda engine=None: _NoStore())
    monkeypatch.setattr(kg.pipeline, "resolve_all", lambda store, report: None)
    monkeypatch.setattr(cli, "default_workers", lambda: 1)
    args = {"extract": ["extract", str(corpus), "-o", str(tmp_path / "out")],
            "load": ["load", "--workers", "1", str(corpus)], "build": ["build", str(corpus)]}[command]
    result = invoke(args, {"KG_HOME": str(tmp_path / "home")})
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stderr.splitlines() if line.startswith("note: ")]
    latin = str(corpus / "latin.txt")
    assert f"note: {latin}: read as Windows-1252 (not valid UTF-8 from byte 55)" in notes, result.stderr
    assert len([line for line in notes if "latin.txt" in line]) == 1  # one line a file
    assert not any("utf8.txt" in line for line in notes)  # a UTF-8 file gets none
    # a feed says how many of its records were not UTF-8 (its reader decodes each line on its own)
    assert f"note: {corpus / 'feed.jsonl'}: 1 of 2 records read as Windows-1252 (not valid UTF-8)" in notes
    assert f"note: {corpus / 'wide.txt'}: read as UTF-16" in notes
    assert "skipped" not in result.stderr


def test_a_dask_task_brings_its_notes_back(tmp_path):
    from kg.distributed import extract_files
    from kg.pipeline import ReadNote, Report, _write

    (tmp_path / "latin.txt").write_bytes("Kapolres Belu AKBP Andi Saputra hadir di Caf\xe9 Atambua.".encode("cp1252"))
    (tmp_path / "utf8.txt").write_text("Kapolres Belu AKBP Budi Lake hadir di Caf\xe9 Atambua.", encoding="utf-8")
    results = extract_files([str(tmp_path / "latin.txt"), str(tmp_path / "utf8.txt")])
    assert [str(r[0]) for r in results if isinstance(r[0], ReadNote)] == \
        [f"{tmp_path / 'latin.txt'}: read as Windows-1252 (not valid UTF-8 from byte 44)"]
    heard, report = [], Report()
    _write((results, results), _NoStore(), report, False, None, None, heard.append)
    assert (report.done, len(report.notes), heard) == (2, 1, report.notes)
