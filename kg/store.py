"""Writing article graphs to a Bolt graph database, and reading back.

Writes are batched and idempotent: every node is MERGEd on its stable id,
every relationship on its endpoints (plus the keys in ``schema.REL_KEYS``),
with one ``UNWIND $rows`` statement per label and per relationship type in a
batch, all in one transaction. List properties (aliases, sources, evidence)
are unioned, so loading the same article twice changes nothing.

Cypher text is assembled only from names in ``kg.schema``; every value
travels as a parameter.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from kg.config import Connection
from kg.model import ArticleGraph
from kg.schema import (
    EVIDENCE_CAP, LABELS, SOURCES_CAP, LIST_PROPERTIES, MAX_PROPERTIES, MIN_PROPERTIES, REL_KEYS,
    RELATIONSHIPS, check_label, check_type, constraint_statements, short_evidence,
)


class StoreError(RuntimeError):
    """The database could not be reached or refused a statement."""


class WriteRefused(StoreError):
    """A read-only query tried to change the graph."""


# One retry policy: the driver's own. A transaction that fails on a dropped
# connection or a transient error is retried with backoff for this long,
# then the command stops with advice (a second loop of retries on top made
# a load on a killed server wait four driver windows, two minutes).
RETRY_SECONDS = 15.0  # KG_RETRY_SECONDS, read when a store connects, overrides it
# No write transaction runs longer than this (the server ends it, also while
# it waits on a lock): a batch takes seconds, so this only ends one that is
# stuck. Read when a store connects (``Store(tx_timeout=...)`` sets it too).
TX_TIMEOUT = 900.0
# A load stops while the disk of the embedded store still has this much free:
# a full disk leaves Neo4j's transaction log unreadable. KG_MIN_FREE_MB, read
# at each check, overrides it.
MIN_FREE_MB = 1024.0


def env_number(name: str, default: float) -> float:
    """The number an environment variable sets, read now (not at import), or ``default``."""
    value = os.environ.get(name) or None
    if value is None:
        return default
    try:
        return float(value)
    except ValueError:
        raise StoreError(f"{name}={value!r} is not a number (it is a number of "
                         f"{'MB' if name.endswith('_MB') else 'seconds'})") from None


class DiskFull(StoreError):
    """Too little free disk left to write safely."""


class _LockWait(Exception):
    """A batch's statement waited out the server's lock timeout. Not one of
    the driver's errors, so that ``execute_write`` does not retry it: a retry
    waited the whole lock timeout again behind the same holder."""


# What a read-only statement may not do, whatever the engine enforces:
# change the schema, administer the server or read local files and URLs.
# (Comments and string literals are taken out first; names in backticks count.)
_NOT_CODE = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*|/\*.*?\*/", re.S)
_ADMIN = re.compile(
    r"(?<![\w.$])(?:"
    r"CREATE\s+(?:OR\s+REPLACE\s+)?(?:[A-Z]+\s+){0,3}(?:INDEX|CONSTRAINT|DATABASE|ALIAS|USER|ROLE)"
    r"|(?:DROP|ALTER|RENAME|GRANT|REVOKE|DENY|TERMINATE)\s+[A-Z]+"
    r"|(?:START|STOP|ENABLE|DEALLOCATE|REALLOCATE)\s+(?:DATABASES?|SERVERS?)"
    r"|LOAD\s+CSV)(?![\w.])", re.I)
_CALL = re.compile(r"(?<![\w.$])CALL\s+([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*)\s*(?:\(|$|YIELD|\s)", re.I)
# procedures a read-only statement may call: they only describe the graph
READ_PROCEDURES = frozenset({
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.info", "db.ping",
    "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
    "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships",
    "db.index.vector.querynodes", "db.index.vector.queryrelationships", "dbms.components",
})


def check_read_only(query: str) -> None:
    """Refuse, before it runs, what a read transaction may still do on some
    engine: schema and administration commands (ArcadeDB applied CREATE
    INDEX and DROP CONSTRAINT in a read transaction), LOAD CSV (local files,
    URLs) and procedures other than the describing ones in READ_PROCEDURES
    (``dbms.killConnections``, ``db.clearQueryCaches``)."""
    code = _NOT_CODE.sub(" ", query).replace("`", "")
    found = _ADMIN.search(code)
    if found:
        what = " ".join(found.group(0).split()).upper()
        raise WriteRefused(f"{what}: a read-only query may not change the schema, administer the server "
                           "or read files and URLs; run it with --write to allow that")
    for name in _CALL.findall(code):
        procedure = re.sub(r"\s+", "", name).lower()
        if procedure not in READ_PROCEDURES:
            raise WriteRefused(f"CALL {procedure}: a read-only query may call only "
                               f"{', '.join(sorted(READ_PROCEDURES))}; run it with --write to allow others")


# How a scalar seen with different values in different articles is merged,
# so that any load order (and any batching) gives the same graph:
# a date "as of" keeps the latest; a role the most telling (chair, then
# speaker, then participant); any other value the longest (it says most:
# "Aula Wira Satya Polres Belu" over "Aula Polres"), and of equally long
# ones the smallest. A capped list keeps its smallest items.
LATEST_PROPERTIES: frozenset[str] = frozenset({"as_of"})
PRECEDENCE: dict[str, tuple[str, ...]] = {"role": ("chair", "speaker", "participant")}
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _prop(name: str) -> str:
    """A property name as it may appear in Cypher text (from the model, checked all the same)."""
    if not _NAME.fullmatch(name):
        raise ValueError(f"not a property name: {name!r}")
    return f"`{name}`"


def _wins(prop: str, new: Any, old: Any) -> bool:
    """Whether ``new`` replaces ``old`` (the rule above, as the Cypher of ``_scalar_rule`` applies it)."""
    if new is None:
        return False
    if old is None:
        return True
    try:
        if prop in LATEST_PROPERTIES:
            return new > old
        if prop in PRECEDENCE:
            order = PRECEDENCE[prop]
            rank_new = order.index(new) if new in order else len(order)
            rank_old = order.index(old) if old in order else len(order)
            if rank_new != rank_old:
                return rank_new < rank_old
    except TypeError:
        return False
    a, b = _text(new), _text(old)
    return len(a) > len(b) or (len(a) == len(b) and a < b)


def _text(value: Any) -> str:
    """``value`` as Cypher's toString writes it."""
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _scalar_rule(var: str, prop: str) -> str:
    old, new = f"{var}.{_prop(prop)}", f"row.props.{_prop(prop)}"
    if prop in LATEST_PROPERTIES:
        wins = f"{new} > {old}"
    else:
        longer = (f"size(toString({new})) > size(toString({old})) OR "
                  f"(size(toString({new})) = size(toString({old})) AND toString({new}) < toString({old}))")
        if prop in PRECEDENCE:
            order = PRECEDENCE[prop]
            def rank(x: str) -> str:
                return f"CASE {x} " + " ".join(f"WHEN '{v}' THEN {i}" for i, v in enumerate(order)) + f" ELSE {len(order)} END"
            wins = f"{rank(new)} < {rank(old)} OR ({rank(new)} = {rank(old)} AND ({longer}))"
        else:
            wins = longer
    return f"{old} = CASE WHEN {new} IS NOT NULL AND ({old} IS NULL OR {wins}) THEN {new} ELSE {old} END"


def _smallest(values: Iterable[Any], cap: int | None) -> list[Any]:
    """The distinct values, the ``cap`` smallest of them when capped."""
    distinct = list(dict.fromkeys(values))
    if cap is None:
        return distinct
    try:
        return sorted(distinct)[:cap]
    except TypeError:
        return sorted(distinct, key=_text)[:cap]


def _merge_clauses(var: str, props: Iterable[str]) -> str:
    """SET clauses that fold a row into a node or relationship just MERGEd.

    A new one takes the row as it is (the common case, and the cheap one).
    An existing one has each scalar merged by its rule (above), its lists
    unioned (a capped list keeping its smallest items), and its
    first/last-seen dates kept at the earliest/latest value: whatever the
    order rows come in, the result is the same.
    """
    on_match = []
    for prop in sorted(props):
        if prop in LIST_PROPERTIES:
            union = (f"reduce(acc = coalesce({var}.{prop}, []), x IN row.lists.{prop} | "
                     f"CASE WHEN x IN acc THEN acc ELSE acc + x END)")
            if prop in LIST_CAPS:
                # the cap smallest of the union: those with fewer than cap items below them
                # (the union is bound to u as the one item of a list, to be used twice)
                union = (f"head([u IN [{union}] | "
                         f"[x IN u WHERE size([y IN u WHERE y < x]) < {LIST_CAPS[prop]}]])")
            on_match.append(f"{var}.{prop} = CASE WHEN row.lists.{prop} IS NULL THEN {var}.{prop} ELSE {union} END")
        elif prop in MIN_PROPERTIES or prop in MAX_PROPERTIES:
            cmp = "<" if prop in MIN_PROPERTIES else ">"
            on_match.append(f"{var}.{prop} = CASE WHEN {var}.{prop} IS NULL OR row.seen.{prop} {cmp} {var}.{prop} "
                            f"THEN row.seen.{prop} ELSE {var}.{prop} END")
        else:
            on_match.append(_scalar_rule(var, prop))
    create = f"ON CREATE SET {var} += row.props, {var} += row.lists, {var} += row.seen"
    return create + ("\nON MATCH SET " + ", ".join(on_match) if on_match else "")


LIST_CAPS = {"evidence": EVIDENCE_CAP, "sources": SOURCES_CAP}
SPECIAL = LIST_PROPERTIES | MIN_PROPERTIES | MAX_PROPERTIES


def _props_in(rows: list[dict[str, Any]]) -> set[str]:
    """The properties these rows carry: only those get SET clauses."""
    present: set[str] = set()
    for row in rows:
        present.update(row["props"])
        present.update(row["lists"])
        present.update(row["seen"])
    return present


def node_query(label: str, props: Iterable[str] = SPECIAL) -> str:
    check_label(label)
    return (f"UNWIND $rows AS row\nMERGE (n:{label} {{id: row.id}})\n"
            + _merge_clauses("n", props))


def rel_query(rel_type: str, start_label: str, end_label: str, props: Iterable[str] = SPECIAL) -> str:
    check_type(rel_type)
    check_label(start_label)
    check_label(end_label)
    keys = "".join(f", {k}: row.keys.{k}" for k in REL_KEYS.get(rel_type, ()))
    key_map = "{" + keys[2:] + "}" if keys else ""
    return (f"UNWIND $rows AS row\nMATCH (a:{start_label} {{id: row.start}})\n"
            f"MATCH (b:{end_label} {{id: row.end}})\n"
            f"MERGE (a)-[r:{rel_type} {key_map}]->(b)\n" + _merge_clauses("r", props))


def _row(props: dict[str, Any], **extra: Any) -> dict[str, Any]:
    row = dict(extra)
    row["props"] = {k: _storable(v) for k, v in props.items() if k not in SPECIAL and v is not None}
    # (graphs not read by this process, from JSON or older tools, have their evidence cut on the way in too)
    row["lists"] = {k: _smallest(v if k != "evidence" else map(short_evidence, v), LIST_CAPS.get(k))
                    for k, v in props.items() if k in LIST_PROPERTIES}
    row["seen"] = {k: v for k, v in props.items() if (k in MIN_PROPERTIES or k in MAX_PROPERTIES) and v}
    return row


def _storable(value: Any) -> Any:
    """A value the database can hold as a property: a map (a JSONL record's
    ``"published": {...}``) becomes its JSON text, a list of mixed or nested
    values a list of texts. Otherwise the database refused the whole batch,
    and the good articles in it with the bad one."""
    if isinstance(value, str):
        # a file name that is not UTF-8 (undecodable bytes as surrogates) cannot be sent: escape them
        return value if value.isascii() else value.encode("utf-8", "backslashreplace").decode("utf-8")
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, (list, tuple)):
        kinds = {type(v) for v in value}
        if kinds <= {str} or kinds <= {bool} or kinds <= {int, float} and bool not in kinds:
            return list(value)
        return [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str) for v in value]
    return json.dumps(value, ensure_ascii=False, default=str)



def _fold(previous: dict[str, Any], row: dict[str, Any]) -> None:
    """Fold a row into an earlier row for the same node or relationship of
    one batch, the way the database folds it into what is stored."""
    for key, values in row["lists"].items():
        previous["lists"][key] = _smallest(previous["lists"].get(key, []) + values, LIST_CAPS.get(key))
    for key, value in row["props"].items():
        if _wins(key, value, previous["props"].get(key)):
            previous["props"][key] = value
    for key, value in row["seen"].items():
        old = previous["seen"].get(key)
        if old is None or (value < old if key in MIN_PROPERTIES else value > old):
            previous["seen"][key] = value


def graph_rows(graphs: Iterable[ArticleGraph]) -> tuple[dict[str, list], dict[tuple[str, str, str], list]]:
    """Group the nodes and relationships of many graphs into write batches:
    one list of rows per label, one per (type, start label, end label). The
    same node or relationship in several articles of the batch is one row."""
    nodes: dict[str, dict[str, dict]] = defaultdict(dict)
    rels: dict[tuple[str, str, str], dict[tuple, dict]] = defaultdict(dict)
    for graph in graphs:
        labels = {n.id: n.label for n in graph.nodes.values()}
        for node in graph.nodes.values():
            row = _row(node.properties, id=node.id)
            previous = nodes[node.label].get(node.id)
            if previous is None:
                nodes[node.label][node.id] = row
            else:
                _fold(previous, row)
        for rel in graph.relationships.values():
            keys = {k: rel.properties.get(k, "") for k in REL_KEYS.get(rel.type, ())}
            props = {k: v for k, v in rel.properties.items() if k not in keys}
            row = _row(props, start=rel.start, end=rel.end, keys=keys)
            group = rels[(rel.type, labels[rel.start], labels[rel.end])]
            identity = (rel.start, rel.end, *keys.values())
            previous = group.get(identity)
            if previous is None:
                group[identity] = row
            else:
                _fold(previous, row)
    return ({label: list(rows.values()) for label, rows in nodes.items()},
            {key: list(rows.values()) for key, rows in rels.items()})


class Store:
    """A graph database reached over Bolt."""

    def __init__(self, connection: Connection, tx_timeout: float | None = None):
        from neo4j import GraphDatabase  # noqa: PLC0415 - keep `kg --help` fast

        # The driver logs a dropped connection itself; the error that follows says it in words.
        logging.getLogger("neo4j").addHandler(logging.NullHandler())
        self.connection = connection
        self._interrupted = False
        self.tx_timeout = tx_timeout if tx_timeout is not None else env_number("KG_TX_TIMEOUT", TX_TIMEOUT)
        self.retry_seconds = env_number("KG_RETRY_SECONDS", RETRY_SECONDS)
        self.driver = GraphDatabase.driver(connection.uri, auth=(connection.user, connection.password),
                                           notifications_min_severity="OFF",
                                           max_transaction_retry_time=self.retry_seconds)
        self.database = connection.database
        try:
            self.driver.verify_connectivity()
        except Exception as exc:  # noqa: BLE001 - the driver raises several kinds
            self.driver.close()
            raise StoreError(
                f"cannot reach the graph database at {connection.uri} ({type(exc).__name__}: {exc}). "
                "Start the embedded one with `kg server start`, or unset NEO4J_URI to let kg start it, "
                "or start yours with `docker compose up -d`."
            ) from None

    def close(self) -> None:
        try:
            self.driver.close()
        except Exception:  # noqa: BLE001
            if not self._interrupted:
                raise
            # after Ctrl-C the driver may have been cut off mid-message: nothing more to say to the server

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def session(self, write: bool = False) -> Iterator[Any]:
        from neo4j import READ_ACCESS, WRITE_ACCESS  # noqa: PLC0415

        session = self.driver.session(database=self.database,
                                      default_access_mode=WRITE_ACCESS if write else READ_ACCESS)
        try:
            yield session
        except KeyboardInterrupt:
            # Ctrl-C may come while the driver reads an answer: rolling back over that half-read
            # connection fails (BufferError), and that error, with its traceback, would hide the
            # interrupt. The server rolls the transaction back itself when the connection goes, so the
            # connection is dropped first: a graceful close would read the rest of the answer (or wait
            # for a server that no longer sends it: a suite run hung there for 20 minutes).
            self._interrupted = True
            try:
                connection = getattr(session, "_connection", None)  # the driver has no public way to drop it
                if connection is not None:
                    connection.kill()
                session.close()
            except Exception:  # noqa: BLE001
                pass
            raise
        except BaseException:
            session.close()
            raise
        session.close()

    # -- schema ------------------------------------------------------------

    def setup(self) -> None:
        """Create the uniqueness constraints (idempotent)."""
        with self.session(write=True) as session:
            for statement in constraint_statements():
                session.run(statement).consume()

    # -- writes ------------------------------------------------------------

    def check_space(self, min_free_mb: float | None = None) -> None:
        """Stop before the embedded store's disk is full (a server of its own
        watches its own disk)."""
        min_free_mb = env_number("KG_MIN_FREE_MB", MIN_FREE_MB) if min_free_mb is None else min_free_mb
        if not self.connection.home:
            return
        try:
            free = shutil.disk_usage(self.connection.home).free / 2**20
        except OSError:
            return
        if free < min_free_mb:
            raise DiskFull(f"only {free:.0f} MB free on the disk of {self.connection.home}; kg stops a load below "
                           f"{min_free_mb:.0f} MB (KG_MIN_FREE_MB), because a full disk leaves the graph's transaction "
                           "log unreadable. Free some space, then run the same command again: it resumes.")

    def write(self, graphs: list[ArticleGraph], retries: int = 3) -> dict[str, int]:
        """Write a batch of article graphs in one transaction.

        Returns the number of rows sent per label/type. A dropped connection
        or a transient error is retried by the driver for KG_RETRY_SECONDS; the
        batch is all-or-nothing, so a retry never leaves half a batch behind.
        ``retries`` counts only the runs again after a concurrent writer
        created the same node (ArcadeDB reports it as a duplicate key).
        """
        node_rows, rel_rows = graph_rows(graphs)
        from neo4j import unit_of_work  # noqa: PLC0415

        from neo4j.exceptions import (  # noqa: PLC0415
            Neo4jError, ServiceUnavailable, SessionExpired, TransientError,
        )

        @unit_of_work(timeout=self.tx_timeout)
        def work(tx: Any) -> None:
            try:
                for label in LABELS:  # nodes first: relationships MATCH them
                    if node_rows.get(label):
                        _run_rows(tx, node_query(label, _props_in(node_rows[label])), node_rows[label])
                for (rel_type, start, end), rows in sorted(rel_rows.items()):
                    _run_rows(tx, rel_query(rel_type, start, end, _props_in(rows)), rows)
            except TransientError as exc:
                if "LockAcquisitionTimeout" in (exc.code or ""):
                    raise _LockWait(exc) from None
                raise

        resume = "nothing of this batch was written. Run the same command again to resume: articles already loaded are skipped."
        for attempt in range(retries + 1):
            try:
                with self.session(write=True) as session:
                    session.execute_write(work)
                break
            except (ServiceUnavailable, SessionExpired) as exc:
                raise StoreError(f"the database at {self.connection.uri} stopped answering ({exc}); {resume}") from None
            except _LockWait:
                raise StoreError("the batch waited too long for a lock held by another transaction (another "
                                 f"load writing the same nodes, or a stuck one: `SHOW TRANSACTIONS` lists it); {resume}") from None
            except TransientError as exc:
                raise StoreError(f"the database kept refusing the batch for {self.retry_seconds:.0f}s "
                                 f"({getattr(exc, 'message', exc)}); {resume}") from None
            except Neo4jError as exc:
                # (the driver reports a transaction ended while it waited on a lock as LockClientStopped)
                if any(code in (exc.code or "") for code in ("TransactionTimedOut", "Terminated", "LockClientStopped")):
                    raise StoreError(f"the batch's transaction was ended by the server after {self.tx_timeout:.0f}s "
                                     "(KG_TX_TIMEOUT: waiting on a lock held by another transaction, or stuck; "
                                     f"`SHOW TRANSACTIONS` lists them) or by an administrator; {resume}") from None
                # Another writer MERGEd the same node between our MATCH and CREATE: ArcadeDB reports
                # it as a duplicate key. Running the batch again finds the node and merges into it.
                if not _is_concurrent_duplicate(exc) or attempt == retries:
                    raise StoreError(f"the database refused a batch: {getattr(exc, 'message', exc)}") from None
                time.sleep(0.2 * (attempt + 1))
        counts = {label: len(rows) for label, rows in node_rows.items()}
        for (rel_type, _, _), rows in rel_rows.items():
            counts[rel_type] = counts.get(rel_type, 0) + len(rows)
        return counts

    def loaded_articles(self, article_ids: list[str]) -> set[str]:
        """Which of these articles are already in the graph (so a rerun resumes)."""
        rows = self.read("MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id", {"ids": article_ids})
        return {r["id"] for r in rows}

    # -- reads -------------------------------------------------------------

    def read(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a query in a read transaction; refuse it if it tries to write,
        or to do what a read transaction may not stop (``check_read_only``)."""
        check_read_only(query)
        from neo4j.exceptions import ServiceUnavailable, SessionExpired  # noqa: PLC0415

        def work(tx: Any) -> list[dict[str, Any]]:
            result = tx.run(query, params or {})
            rows = [dict(r) for r in result]
            if result.consume().counters.contains_updates:
                # Not every engine enforces read access itself: roll back and say so.
                raise WriteRefused("this query changes the graph; run it with --write to allow that")
            return rows

        try:
            with self.session() as session:
                tx = session.begin_transaction()
                interrupted = False
                try:
                    return work(tx)
                except WriteRefused:
                    raise
                except KeyboardInterrupt:
                    interrupted = True  # no rollback over a half-read connection (see session)
                    raise
                except Exception as exc:
                    if _is_write_refusal(exc):
                        raise WriteRefused("this query changes the graph; run it with --write to allow that") from None
                    raise
                finally:
                    tx.rollback() if not (interrupted or tx.closed()) else None
        except (ServiceUnavailable, SessionExpired) as exc:
            raise StoreError(f"cannot reach the graph database at {self.connection.uri} ({exc}); "
                             "Run the same command again to resume when it is back.") from None

    def run_write(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a query in a write transaction."""
        with self.session(write=True) as session:
            return session.execute_write(lambda tx: [dict(r) for r in tx.run(query, params or {})])

    def counts(self) -> dict[str, dict[str, int]]:
        """Node counts by label and relationship counts by type."""
        nodes = {}
        for label in LABELS:
            rows = self.read(f"MATCH (n:{check_label(label)}) RETURN count(n) AS c")
            nodes[label] = rows[0]["c"] if rows else 0
        rels = {}
        for rel_type in RELATIONSHIPS:
            rows = self.read(f"MATCH ()-[r:{check_type(rel_type)}]->() RETURN count(r) AS c")
            rels[rel_type] = rows[0]["c"] if rows else 0
        return {"nodes": nodes, "relationships": rels}

    def clear(self) -> None:
        """Delete every node and relationship (used by tests and `kg load --fresh`)."""
        with self.session(write=True) as session:
            # in slices, relationships first: one transaction for a big graph would exceed the server's memory
            for statement in ("MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS n",
                              "MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n"):
                while True:
                    left = session.run(statement).single()
                    if not left or left["n"] == 0:
                        break


def _run_rows(tx: Any, query: str, rows: list[dict[str, Any]]) -> None:
    """Run one ``UNWIND $rows`` statement.

    The driver keeps a statement's parameters in a reference cycle (its
    result and callbacks), so they would live until Python's cyclic garbage
    collector runs, and a load would spend a third of its time in it. The
    statement gets its own copy of the list, emptied once the server has
    answered: the rows are freed at once. (The caller's list stays whole for
    a retry.)
    """
    sent = list(rows)
    tx.run(query, rows=sent).consume()
    sent.clear()


def _is_concurrent_duplicate(exc: Exception) -> bool:
    text = f"{getattr(exc, 'code', '')} {getattr(exc, 'message', '') or exc}"
    return "ConstraintValidationFailed" in text or "Duplicated key" in text or "already assigned" in text


def _is_write_refusal(exc: Exception) -> bool:
    code = getattr(exc, "code", "") or ""
    text = str(exc).lower()
    return "forbidden" in code.lower() or "read access mode" in text or "read only" in text or "read-only" in text
