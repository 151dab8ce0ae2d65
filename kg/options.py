"""The options several ``kg`` commands share, as decorators, and their types.

One place for ``--format``, ``--param``, ``--strict``, ``--engine``, the
connection options and dates, so that every command spells, checks and
documents them the same way (as sqlite-utils' ``output_options`` do).

Connection options go to ``click``'s context (``ctx.meta``), not to the
command's arguments: ``kg.cli.open_store()`` finds them there, so a command
only needs the decorator.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any, TypeVar

import click

from kg.output import FORMATS
from kg.server import ENGINES

F = TypeVar("F", bound=Callable[..., Any])
CONNECTION_KEY = "kg.connection"


class IsoDate(click.ParamType):
    """A calendar date written YYYY-MM-DD (``2024-13-01`` and ``23/11/2024`` are refused)."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from queries import check_date

        try:
            return check_date(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


DATE = IsoDate()


def parse_params(pairs: tuple[str, ...] | list[str]) -> dict[str, Any]:
    """``key=value`` pairs as a dict; a value is read as JSON when it parses
    (``limit=10`` is a number, ``ids=["a"]`` a list), else kept as text.

    >>> parse_params(["limit=10", "office=Wakapolres Belu", "since=null"])
    {'limit': 10, 'office': 'Wakapolres Belu', 'since': None}
    """
    params: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.isidentifier():
            raise click.BadParameter(f"{pair!r} is not key=value", param_hint="--param")
        try:
            params[key] = json.loads(value)
        except json.JSONDecodeError:
            params[key] = value
    return params


def format_option(f: F) -> F:
    """``--format table|json|csv`` as ``fmt``."""
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                        help="table for reading (long cells wrap), json or csv for other tools.")(f)


def param_option(f: F) -> F:
    """``--param key=value`` (repeatable) as the dict ``params``."""
    return click.option("--param", "params", multiple=True, metavar="KEY=VALUE",
                        callback=lambda ctx, param, value: parse_params(value),
                        help="A query parameter; the value is read as JSON when it parses. Repeat for more.")(f)


def strict_option(f: F) -> F:
    """``--strict`` as ``strict``."""
    return click.option("--strict", is_flag=True, help="Stop at the first article that cannot be read.")(f)


def default_workers() -> int:
    """Extraction processes when --workers is not given: one per core."""
    return os.cpu_count() or 1


def workers_option(f: F) -> F:
    """``--workers N`` as ``workers`` (default: one per core)."""
    return click.option("--workers", type=click.IntRange(1, 64), default=default_workers,
                        show_default="one per core", help="Extraction processes.")(f)


def engine_option(f: F) -> F:
    """``--engine neo4j|arcadedb`` as ``engine``."""
    return click.option("--engine", type=click.Choice(ENGINES),
                        help="Embedded engine (when NEO4J_URI is unset); default neo4j when Java 17+ and "
                             "Maven are here.")(f)


def since_until_options(f: F) -> F:
    """``--since`` and ``--until`` (checked dates) as ``since`` and ``until``."""
    f = click.option("--until", type=DATE, help="Only meetings on or before this date (YYYY-MM-DD).")(f)
    return click.option("--since", type=DATE, help="Only meetings on or after this date (YYYY-MM-DD).")(f)


def check_window(since: str | None, until: str | None) -> None:
    """A window whose end comes before its start finds nothing: say so instead."""
    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since/--until")


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    ctx.meta.setdefault(CONNECTION_KEY, {})[param.name] = value
    return value


def connection_options(f: F) -> F:
    """Which graph to talk to: ``--uri`` (NEO4J_URI), ``--user``
    (NEO4J_USERNAME), ``--database`` (NEO4J_DATABASE), else the embedded
    server of ``--engine``. The password is read from NEO4J_PASSWORD only:
    on a command line it would show in ``ps`` and the shell's history."""
    for name, envvar, text in (
            ("--database", "NEO4J_DATABASE", "Database on that server (default: the server's default)."),
            ("--user", "NEO4J_USERNAME", "User on that server (default neo4j)."),
            ("--uri", "NEO4J_URI", "Bolt URI of a Neo4j server; unset, kg uses its embedded server. "
                                   "The password comes from NEO4J_PASSWORD.")):
        f = click.option(name, envvar=envvar, show_envvar=True, expose_value=False, callback=_remember,
                         is_eager=True, help=text)(f)
    return click.option("--engine", "engine", type=click.Choice(ENGINES), expose_value=False, callback=_remember,
                        is_eager=True, help="Embedded engine (when no --uri/NEO4J_URI); default neo4j when "
                                            "Java 17+ and Maven are here.")(f)


def chosen_connection(ctx: click.Context | None = None) -> dict[str, Any]:
    """The connection options given to the running command (empty outside one)."""
    ctx = ctx or click.get_current_context(silent=True)
    return dict(ctx.meta.get(CONNECTION_KEY, {})) if ctx is not None else {}
