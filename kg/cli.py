"""The ``kg`` command: a thin layer over the library.

Each command parses its options and calls one library function.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from kg import server
from kg.config import Connection, external_connection
from kg.options import (check_window, chosen_connection, connection_options, default_workers, format_option,
                        param_option, since_until_options, strict_option, workers_option)
from kg.output import format_rows


def get_connection(engine: str | None = None) -> Connection:
    """--uri / NEO4J_URI's server when given, else the embedded one (started if
    needed, saying so: the first start takes from 20 s to a few minutes)."""
    chosen = chosen_connection()
    if chosen.get("uri"):
        return Connection(chosen["uri"], chosen.get("user") or "neo4j", os.environ.get("NEO4J_PASSWORD", ""),
                          chosen.get("database") or None)
    conn = external_connection()
    if conn is not None:
        return conn
    engine = engine or chosen.get("engine")
    try:
        if server.status() is None:
            click.echo(server_start_note(engine), err=True)
        return server.connection(engine)
    except server.ServerError as exc:
        raise click.ClickException(str(exc)) from None


def server_start_note(engine: str | None) -> str:
    """What the user waits for when the embedded server is not running yet."""
    from kg.config import kg_home

    engine = engine or server.home_engine(kg_home()) or server.default_engine()
    return (f"starting the embedded {engine} graph server in {kg_home()} (about 20 s; the very first start "
            "also fetches its Java packages once, which takes a few minutes) ...")


def open_store(engine: str | None = None):
    from kg.store import Store, StoreError

    try:
        return Store(get_connection(engine))
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def _one_line(what) -> str:
    # one line whatever the file is called: a newline, a control character or
    # bytes that are not UTF-8 in a name are written as escapes
    text = "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in str(what))
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _problem(problem) -> None:
    click.echo("skipped " + _one_line(problem), err=True)


def _note(note) -> None:
    """A file that was used but not read as UTF-8 (``note: x.txt: read as Windows-1252 ...``)."""
    click.echo("note: " + _one_line(note), err=True)


@click.group()
@click.version_option(package_name="kg")
def main() -> None:
    """Turn Indonesian regional news into a knowledge graph.

    Commands that read the graph take --uri/--user/--database (or NEO4J_URI,
    NEO4J_USERNAME, NEO4J_DATABASE, NEO4J_PASSWORD); without them kg starts
    its embedded server and says so.

    \b
    Examples:
      kg build examples/ --html out/graph.html
      kg query --list
      kg query office_holders --param office="Wakapolres Belu"
      kg viz --focus benny -o benny.html
      kg analyze --export out/persons.gexf
    """


@main.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Directory for JSON files.")
@strict_option
def extract_cmd(paths: tuple[str, ...], out_dir: str, strict: bool) -> None:
    """Write one JSON graph per article (the scorer's shape); no database.

    \b
    Example:
      kg extract examples/ -o out/
    """
    from kg.pipeline import StopOnProblem, extract_to_dir

    try:
        report = extract_to_dir(paths, out_dir, strict=strict, on_problem=_problem, on_note=_note)
    except StopOnProblem as exc:
        raise click.ClickException(f"stopped (--strict): {exc}") from None
    click.echo(report.summary("extracted"))
    if report.skipped:
        sys.exit(1)


def _load(paths: tuple[str, ...], store, strict: bool, batch_size: int, workers: int | None = None,
          dask: str | None = None):
    from kg.pipeline import StopOnProblem, load
    from loaders.read import iter_paths

    total = sum(1 for p in iter_paths(paths) if not isinstance(p, Exception) and hasattr(p, "suffix"))
    workers = workers or default_workers()
    with click.progressbar(length=max(total, 1), label="loading", file=sys.stderr,
                           show_pos=True) as bar:
        try:
            if dask:
                try:
                    from kg.distributed import load_with_dask
                except ImportError:
                    raise click.ClickException("--dask needs Dask: pip install 'kg[dask]'") from None
                return load_with_dask(paths, store, scheduler=dask, workers=workers, strict=strict,
                                      on_problem=_problem, on_batch=lambda n: bar.update(n), on_note=_note)
            return load(paths, store, batch_size=batch_size, strict=strict, on_problem=_problem,
                        on_batch=lambda n: bar.update(n), workers=workers, on_note=_note)
        except StopOnProblem as exc:
            raise click.ClickException(f"stopped (--strict): {exc}") from None


@main.command("load")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@strict_option
@click.option("--batch-size", default=100, show_default=True, type=click.IntRange(min=1), help="Articles per transaction.")
@workers_option
@click.option("--dask", metavar="SCHEDULER",
              help="Extract on Dask: 'local' starts a local cluster of --workers processes, "
                   "or give a scheduler address (tcp://host:8786).")
@click.option("--fresh", is_flag=True, help="Empty the graph first (the analyst's judgements are kept and applied).")
@connection_options
def load_cmd(paths: tuple[str, ...], strict: bool, batch_size: int, workers: int | None,
             dask: str | None, fresh: bool) -> None:
    """Extract, resolve and store articles in the graph.

    Articles already loaded are skipped, so rerunning resumes.

    \b
    Examples:
      kg load examples/
      kg load corpus/ --dask tcp://10.0.0.5:8786
    """
    from kg.store import StoreError

    with open_store() as store:
        try:
            if fresh:
                store.clear()
            report = _load(paths, store, strict, batch_size, workers, dask)
        except StoreError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(report.summary())
    if report.resolved:
        click.echo(report.resolved)
    if report.skipped:
        sys.exit(1)


@main.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--html", "html_out", type=click.Path(dir_okay=False), help="Write an HTML exploration here.")
@strict_option
@connection_options
def build_cmd(paths: tuple[str, ...], html_out: str | None, strict: bool) -> None:
    """Read, extract, resolve, load and render, in one go.

    \b
    Example:
      kg build examples/ --html out/graph.html
    """
    from visualize import views
    from visualize.html import render

    with open_store() as store:
        report = _load(paths, store, strict, 100)
        click.echo(report.summary())
        _print_counts(store.counts())
        if html_out:
            view = views.select(store)
            path = render(view.data, html_out, title=f"kg: {view.title}: " + ", ".join(paths), color_by=view.color_by)
            click.echo(f"HTML exploration: {path.resolve()}")
    if report.skipped:
        sys.exit(1)


def _print_counts(counts: dict) -> None:
    for section in ("nodes", "relationships"):
        click.echo(f"{section}:")
        for key, n in counts[section].items():
            click.echo(f"  {key:<15} {n}")


@main.command("stats")
@connection_options
def stats_cmd() -> None:
    """Count nodes by label and relationships by type.

    \b
    Example:
      kg stats
    """
    with open_store() as store:
        _print_counts(store.counts())


def _print_rows(rows: list[dict], fmt: str) -> None:
    click.echo(format_rows(rows, fmt))


@main.command("cypher")
@click.argument("statement")
@param_option
@click.option("--write", is_flag=True, help="Allow the statement to change the graph.")
@format_option
@connection_options
def cypher_cmd(statement: str, params: dict, write: bool, fmt: str) -> None:
    """Run a Cypher statement: read-only unless --write.

    \b
    Example:
      kg cypher "MATCH (p:Person) RETURN p.name LIMIT 5"
    """
    from kg.store import WriteRefused

    with open_store() as store:
        try:
            rows = store.run_write(statement, params) if write else store.read(statement, params)
        except WriteRefused as exc:
            raise click.ClickException(str(exc)) from None
        except Exception as exc:  # noqa: BLE001 - the server's message is what the user needs
            raise click.ClickException(f"the database refused the statement: {getattr(exc, 'message', exc)}") from None
    _print_rows(rows, fmt)


@main.command("query")
@click.argument("name", required=False)
@param_option
@click.option("--list", "list_", is_flag=True, help="List the named queries with their parameters.")
@format_option
@connection_options
def query_cmd(name: str | None, params: dict, list_: bool, fmt: str) -> None:
    """Run a named analyst question from queries/.

    Parameters are checked before the query runs: an unknown name, a missing
    one, a date that is not YYYY-MM-DD or a value outside its choices is an
    error that lists the query's parameters.

    \b
    Example:
      kg query --list
      kg query office_holders --param office="Wakapolres Belu"
      kg query most_central --param measure=betweenness --param limit=10
    """
    import queries
    from kg.store import WriteRefused

    if list_ or not name:
        for q in queries.all_queries():
            click.echo(f"{q.name:<24} {q.summary}" + (f"  [params: {', '.join(q.params)}]" if q.params else ""))
        return
    try:
        q = queries.get(name)
    except queries.UnknownQuery as exc:
        raise click.ClickException(str(exc)) from None
    try:
        given = q.check(params)
    except queries.BadParams as exc:
        raise click.UsageError(str(exc)) from None
    with open_store() as store:
        try:
            rows = store.read(q.text, given)
        except WriteRefused as exc:
            raise click.ClickException(str(exc)) from None
    _print_rows(rows, fmt)


@main.command("analyze")
@since_until_options
@click.option("--export", "export_path", type=click.Path(dir_okay=False),
              callback=lambda ctx, param, value: _export_path(value),
              help="Also write the network to a .graphml, .gexf or .csv file (checked before the analysis).")
@click.option("--network", type=click.Choice(["persons", "units", "two-mode"]), default="persons", show_default=True,
              help="Which network --export writes: person co-attendance, unit co-presence, or person-meeting.")
@click.option("--top", default=10, show_default=True, help="How many top nodes to print per measure.")
@click.option("--no-write", is_flag=True, help="Do not store the measures on the nodes.")
@connection_options
def analyze_cmd(since: str | None, until: str | None, export_path: str | None, network: str, top: int,
                no_write: bool) -> None:
    """Network measures of who meets whom, written back to the nodes.

    Degree, betweenness and eigenvector centrality, Louvain communities,
    k-core and Gould-Fernandez brokerage across services, for persons and
    for units; afterwards `kg query most_central` sorts by them.

    \b
    Example:
      kg analyze --export out/persons.graphml
      kg analyze --since 2024-08-01 --until 2024-08-31 --no-write
    """
    from kg import analyze

    check_window(since, until)
    with open_store() as store:
        result = analyze.analyze(store, since=since, until=until, write=not no_write)
    for kind in ("persons", "units"):
        g = result.networks[kind]
        click.echo(f"{kind}: {g.number_of_nodes()} nodes, {g.number_of_edges()} co-attendance ties, "
                   f"groups {analyze.group_summary(g)}")
        for measure in ("degree", "betweenness", "cross_group_brokerage"):
            best = ", ".join(f"{name} ({value:g})" for name, value in result.top(kind, measure, top) if value)
            click.echo(f"  top {measure}: {best or '-'}")
    if export_path:
        g = result.two_mode["persons"] if network == "two-mode" else result.networks[network]
        try:
            path = analyze.export(g, export_path)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--export") from None
        click.echo(f"wrote {path} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges)")
    if not no_write:
        click.echo("measures stored as kg_* properties; try: kg query most_central --param measure=betweenness --param limit=10")


def _export_path(value: str | None) -> str | None:
    """The --export file name, refused at once when its format is unknown."""
    from kg.analyze import export_format

    if value is not None:
        try:
            export_format(value)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--export") from None
    return value


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(["ftm"]), default="ftm", show_default=True,
              help="ftm: Follow-the-Money entities, one JSON object a line (Aleph, the ftm tools).")
@click.option("-o", "--out", "out", required=True, type=click.Path(dir_okay=False), help="File to write.")
@connection_options
def export_cmd(fmt: str, out: str) -> None:
    """Write the graph for the tools investigators use.

    \b
    Example:
      kg export --format ftm -o graph.ftm.json
    """
    from kg.export import ExportError, export_ftm

    with open_store() as store:
        try:
            counts = export_ftm(store, out)
        except ExportError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {out}: {sum(counts.values())} FtM entities ("
               + ", ".join(f"{schema} {n}" for schema, n in sorted(counts.items())) + ")")


@main.command("viz")
@click.option("-o", "--out", "out", default="kg.html", show_default=True, type=click.Path(dir_okay=False))
@click.option("--focus", help="Ego network around the nodes whose name or alias is, or contains, this text "
                              "(case-insensitive).")
@click.option("--hops", default=2, show_default=True, type=click.IntRange(1, 4), help="Hops around --focus.")
@click.option("--meeting", help="One meeting: its id, or a date (YYYY-MM-DD) for the meetings of that day.")
@click.option("--unit", help="The command hierarchy around this unit (name, alias or part of one), top-down.")
@click.option("--coattendance", is_flag=True, help="Persons linked by the meetings they shared.")
@click.option("--all", "everything", is_flag=True, help="Every node and relationship (offices too), not only who meets whom.")
@click.option("--timeline", metavar="OFFICE|PERSON", help="A timeline page: an office's holders over time, or a "
                                                          "person's offices and meetings.")
@since_until_options
@click.option("--size-by", "size_by", type=click.Choice(["degree", "betweenness", "eigenvector", "brokerage",
                                                           "cross_group_brokerage", "core"]),
              default="degree", show_default=True, help="Node size; all but degree need `kg analyze` first.")
@connection_options
def viz_cmd(out: str, focus: str | None, hops: int, meeting: str | None, unit: str | None, coattendance: bool,
            everything: bool, timeline: str | None, since: str | None, until: str | None, size_by: str) -> None:
    """Write an interactive HTML exploration of the graph (one offline file).

    Without options: who meets whom, persons and meetings coloured by their
    circle (Louvain community), with the units at them. Ranks
    are shown on their persons; sources by title, outlet, date and URL.

    \b
    Examples:
      kg viz -o graph.html                               # who meets whom
      kg viz --all -o everything.html                    # every node, offices too
      kg viz --focus benny --hops 2 -o benny.html        # an ego network (part of a name)
      kg viz --meeting 2024-08-01 -o rakor.html          # one meeting
      kg viz --unit "Polda NTT" -o command.html          # command hierarchy, top-down
      kg viz --coattendance --size-by betweenness        # who meets whom, persons only
      kg viz --since 2024-08-01 --until 2024-08-31       # a date window
      kg viz --timeline "Wakapolres Belu"                # an office's holders over time
    """
    from visualize import views
    from visualize.html import GraphTooLarge

    check_window(since, until)
    with open_store() as store:
        try:
            path, summary = views.write_page(store, out, measure=size_by, timeline=timeline, focus=focus, hops=hops,
                                             meeting=meeting, unit=unit, coattendance=coattendance, since=since,
                                             until=until, everything=everything)
        except views.ViewError as exc:
            if str(exc).startswith("choose one"):
                raise click.UsageError(str(exc)) from None
            raise click.ClickException(str(exc)) from None
        except GraphTooLarge as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"HTML exploration: {Path(path).resolve()} ({summary})")


@main.group("resolve")
@click.option("--judgements", "judgements_path", type=click.Path(dir_okay=False), envvar="KG_JUDGEMENTS",
              help="The judgements file (JSON lines; default judgements.jsonl in KG_HOME).")
@click.pass_context
def resolve_group(ctx: click.Context, judgements_path: str | None) -> None:
    """Review likely duplicates and record who is (not) one person.

    Judgements are kept in a JSON-lines file and applied on every load, so
    rebuilding the graph from its articles reproduces them.
    """
    from kg.judgements import Judgements

    ctx.obj = Judgements(Path(judgements_path)) if judgements_path else Judgements()


@resolve_group.command("candidates")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=1), help="How many pairs.")
@format_option
@connection_options
def resolve_candidates(limit: int, fmt: str) -> None:
    """List likely duplicate persons that were not merged, with score and why.

    \b
    Example:
      kg resolve candidates --limit 20
    """
    from kg.judgements import candidates

    with open_store() as store:
        _print_rows(candidates(store, limit), fmt)


def _judge(decision: str, a: str, b: str | None) -> None:
    from kg.judgements import JudgementError, judge

    with open_store() as store:
        try:
            _, said = judge(store, decision, a, b, click.get_current_context().obj)
        except JudgementError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(said)


@resolve_group.command("merge")
@click.argument("a")
@click.argument("b")
@connection_options
def resolve_merge(a: str, b: str) -> None:
    """Record that A and B (names, aliases or ids) are one person, and merge them.

    \b
    Example:
      kg resolve merge "Budi R. Santoso" person:budi-santoso
    """
    _judge("merge", a, b)


@resolve_group.command("keep-apart")
@click.argument("a")
@click.argument("b")
@connection_options
def resolve_keep_apart(a: str, b: str) -> None:
    """Record that A and B are two persons: never merged.

    \b
    Example:
      kg resolve keep-apart person:budi-santoso person:budi-r-santoso
    """
    _judge("keep-apart", a, b)


@resolve_group.command("split")
@click.argument("a")
@connection_options
def resolve_split(a: str) -> None:
    """Record that the mentions merged into A are different persons.

    \b
    Example:
      kg resolve split "Budi Rahmat Santoso"
    """
    _judge("split", a, None)


@main.group("server")
def server_group() -> None:
    """Start, stop or inspect the embedded graph server."""


@server_group.command("start")
@click.option("--engine", type=click.Choice(server.ENGINES),
              help="Default: the engine this KG_HOME was first started with, else neo4j when Java 17+ and Maven are here.")
@click.option("--switch", is_flag=True, help="Start a different engine than the one this KG_HOME holds a graph of.")
def server_start(engine: str | None, switch: bool) -> None:
    """Start the embedded server (or reuse the running one).

    \b
    Example:
      kg server start --engine neo4j
    """
    try:
        state = server.start(engine, switch=switch)
    except server.ServerError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{state.engine} running at {state.uri} (pid {state.pid}, data {state.home})")


@server_group.command("stop")
def server_stop() -> None:
    """Stop the embedded server.

    \b
    Example:
      kg server stop
    """
    state = server.stop()
    click.echo(f"stopped {state.engine} (pid {state.pid})" if state else "no embedded server is running")


@server_group.command("status")
@click.option("--show-password", is_flag=True, help="Also print the generated password.")
def server_status(show_password: bool) -> None:
    """Say which engine runs, where, with which data dir and pid.

    \b
    Example:
      kg server status
    """
    state = server.status()
    if state is None:
        click.echo("no embedded server is running (it starts on the first command that needs it)")
        sys.exit(3)
    click.echo(f"engine:   {state.engine}\nuri:      {state.uri}\nuser:     {state.user}\n"
               f"database: {state.database or '(default)'}\ndata dir: {state.home}\npid:      {state.pid}")
    if show_password:
        click.echo(f"password: {server.password(Path(state.home))}")


if __name__ == "__main__":
    main()
