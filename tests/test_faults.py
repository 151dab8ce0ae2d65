"""It keeps working: bad input, a killed server, two loads at once, and no way in."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

import queries
from benchmarks.synthetic import build_world, meeting_text, meetings
from kg import server
from kg.config import Connection
from kg.pipeline import extract_to_dir, load
from kg.store import Store
from tests.conftest import EXAMPLES, ROOT, SHORT_LIVED_JVM, invoke, kg_command, with_ctrl_c

GOOD = (EXAMPLES / "000_3d7a3d64f6ce096a.txt").read_text(encoding="utf-8")


def bad_corpus(root: Path) -> dict[str, str]:
    """Write the bad inputs; returns file name -> the words its message must contain."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "empty.txt").write_text("")
    (root / "blank.txt").write_text("  \n\t \n ")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (root / "latin1.txt").write_bytes("Kapolres Belu AKBP Andi Saputra hadir di Aula Wira Satya, S.H.\u00a0caf\u00e9".encode("latin-1"))
    (root / "cp1252.txt").write_bytes("Rakor \u201clintas sektoral\u201d dihadiri Dandim 1605/Belu Letkol Inf Budi Lake.".encode("cp1252"))
    (root / "bom.txt").write_bytes("\ufeffRapat koordinasi dipimpin Kapolres Sikka AKBP Hadi Saputra, Senin (4/3/2024).".encode("utf-8"))
    (root / "page.html").write_text("<html><head><script>var x=1;</script></head><body><nav>Menu</nav><p>Kapolres Alor "
                                    "AKBP Yosef Bria memimpin rakor, Selasa (5/3/2024).</p></body></html>")
    (root / "feed.jsonl").write_text(json.dumps({"text": "Kapolres Ende AKBP Yusuf Nahak memimpin rakor, Rabu (6/3/2024).",
                                                 "url": "https://example.org/a"}) + "\n{broken json\n", encoding="utf-8")
    quotes = "Rakor dihadiri Kapolres Ngada AKBP O'Neil \\\"Bobby\\\" Tefa dan Dandim 1625/Ngada Letkol Inf DETACH Return."
    (root / "quotes.txt").write_text(quotes, encoding="utf-8")
    return {"empty.txt": "empty", "blank.txt": "empty", "binary.txt": "binary", "feed.jsonl#2": "not a json object"}


def test_bad_inputs_each_get_one_line_and_the_rest_loads(cli_env, store, tmp_path):
    expect = bad_corpus(tmp_path / "in")
    result = invoke(["load", str(tmp_path / "in")], cli_env)
    assert result.exit_code == 1, result.output  # something was skipped
    assert isinstance(result.exception, SystemExit)  # an exit code, not a crash
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    for name, words in expect.items():
        [line] = [line for line in lines if name in line]
        assert words in line.lower(), line
    assert "Traceback" not in result.stderr
    summary = [line for line in result.stdout.strip().splitlines() if line.startswith("loaded")][-1]
    assert summary.startswith("loaded 7, skipped 4 (")
    assert "empty" in summary and "binary" in summary
    names = {r["name"] for r in store.read("MATCH (p:Person) RETURN p.name AS name")}
    assert {"Andi Saputra", "Budi Lake", "Hadi Saputra", "Yosef Bria", "Yusuf Nahak"} <= names
    assert {"O'Neil", "DETACH Return"} <= names  # quotes and Cypher keywords are just text
    titles = [r["t"] for r in store.read("MATCH (m:Meeting) RETURN m.title AS t")]
    assert any('\\"Bobby\\"' in t for t in titles), titles  # backslashes and quotes kept as written
    # a clean corpus loads with exit 0, and --strict stops at the first problem
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "a.txt").write_text(GOOD, encoding="utf-8")
    assert invoke(["load", str(clean)], cli_env).exit_code == 0
    strict = invoke(["load", "--strict", str(tmp_path / "in")], cli_env)
    assert strict.exit_code != 0 and "stopped (--strict)" in strict.stderr


SENTENCE = "Kapolres Belu AKBP Benny Miniani Arief memimpin rapat koordinasi lintas sektoral di Aula Polres Belu. "


def _extraction_seconds(tmp_path: Path, sentences: int) -> float:
    """CPU seconds of this process to extract one article of ``sentences`` sentences (CPU, not wall
    time: the other processes of a shared machine do not count)."""
    folder = tmp_path / f"in-{sentences}"
    folder.mkdir(exist_ok=True)
    (folder / "article.txt").write_text(SENTENCE * sentences, encoding="utf-8")
    started = time.process_time()
    report = extract_to_dir([folder], tmp_path / f"out-{sentences}")
    seconds = time.process_time() - started
    assert (report.done, report.skipped) == (1, 0), report.summary()
    return seconds


@pytest.mark.slow
def test_a_long_article_is_read_in_linear_time(tmp_path):
    """An article over spaCy's default limit of a million characters (1.2 MB, 12,000 sentences) is read,
    in time linear in its length: eight times the text takes at most three times eight times as long (measured:
    10-11 times; a quadratic step, as the sentence splitter and the office index over the whole text once were,
    takes 64 times). It was one 10 MB article (150-220 s, with no bound on its time: only a crash or a hang
    could fail it)."""
    _extraction_seconds(tmp_path, 100)  # the first article builds the pipeline's lazy tables
    small = min(_extraction_seconds(tmp_path, 1_500) for _ in range(2))
    large = _extraction_seconds(tmp_path, 12_000)
    assert len(SENTENCE) * 12_000 > 1_000_000
    print(f"1,500 sentences {small:.2f}s, 12,000 sentences {large:.2f}s: x{large / small:.1f}")
    assert large < 24 * small, (small, large)


# a clause of a meeting, with a person, a rank, an office and a unit, and no full stop
CLAUSE = "Kapolres Belu AKBP Benny Miniani Arief memimpin rapat koordinasi lintas sektoral di Aula Polres Belu, "


def _no_full_stops(clauses: int):
    from loaders.article import Article

    return Article(f"article:clauses-{clauses}", CLAUSE * clauses, "clauses.txt")


def test_the_evidence_of_a_text_without_full_stops_is_cut():
    """A text without full stops is one sentence: each relationship read from it had the whole text as
    its evidence (a 1 MB text gave a 35 MB `kg extract` JSON). The extractor's graph cuts it."""
    from kg.schema import EVIDENCE_CHARS
    from loaders.extract import extract

    g = extract(_no_full_stops(300))  # 30,000 characters
    evidence = [e for r in g.relationships.values() for e in r.properties["evidence"]]
    assert evidence and len(g.relationships) >= 3, g.to_json()
    assert max(map(len, evidence)) <= EVIDENCE_CHARS


def _forked_seconds(article, cpu_limit: float) -> float | None:
    """CPU seconds a forked copy of this process (its pipeline built) takes to extract ``article``, or
    None when it needed more than ``cpu_limit`` of them: the copy is stopped there (RLIMIT_CPU), as a
    quadratic step would run for many minutes."""
    import math
    import multiprocessing
    import resource

    def child(conn) -> None:
        from loaders.extract import extract

        resource.setrlimit(resource.RLIMIT_CPU, (math.ceil(cpu_limit), resource.getrlimit(resource.RLIMIT_CPU)[1]))
        started = time.process_time()
        extract(article)
        conn.send(time.process_time() - started)

    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=child, args=(send,), daemon=True)
    proc.start()
    send.close()  # the child's end only: its death (SIGXCPU) is the end of the pipe
    try:
        if not receive.poll(10 * cpu_limit + 60):  # wall time, on a shared machine
            return None
        return receive.recv()
    except EOFError:
        return None
    finally:
        proc.kill()
        proc.join()


@pytest.mark.slow
def test_a_megabyte_without_full_stops_is_read_in_linear_time():
    """A 1 MB text without full stops (one sentence of 10,000 clauses, each a person, a rank, an office and
    a unit) is read in time linear in its length: 100 KB in at most three times ten times the time of
    10 KB, and 1 MB in at most three times ten times the time of 100 KB (a linear step reads 8 to 11 times
    the time; a quadratic one 100 times). A step past its budget is stopped there: a quadratic one fails
    in seconds, not in minutes."""
    from loaders.extract import extract

    assert len(CLAUSE) * 10_000 > 1_000_000
    small_article = _no_full_stops(100)
    extract(small_article)  # the pipeline's lazy tables
    small = []
    for _ in range(3):
        started = time.process_time()
        extract(small_article)
        small.append(time.process_time() - started)
    seconds = {100: min(small)}
    for clauses in (1_000, 10_000):
        # three times linear: CPU time on two cores shared with a graph server varies by half (CI once
        # read 0.05 s for 100 clauses and 1.10 s for 1,000, a ratio of 22, where alone it reads 10)
        budget = 3 * 10 * seconds[clauses // 10]
        article = _no_full_stops(clauses)
        # the least of two runs, as the small text's time is the least of three: a pause of a shared
        # machine counts against neither (the second run only where the first went over; a quadratic
        # step goes over in both)
        seconds[clauses] = _forked_seconds(article, cpu_limit=budget)
        if seconds[clauses] is None or seconds[clauses] >= budget:
            seconds[clauses] = _forked_seconds(article, cpu_limit=budget)
        assert seconds[clauses] is not None and seconds[clauses] < budget, \
            f"{clauses:,} clauses: over {budget:.1f} s of CPU ({clauses // 10:,}: {seconds[clauses // 10]:.2f} s)"


def _reading_seconds(path: Path) -> float:
    from loaders.read import read_file

    times = []
    for _ in range(5):  # the least of five: a read of milliseconds, where a pause of the machine would count
        started = time.process_time()
        [article] = read_file(path)
        times.append(time.process_time() - started)
    assert "Benny Miniani Arief" in article.text and "<script" not in article.text, article
    return min(times)


def test_forty_thousand_unclosed_script_tags_are_read_in_linear_time(tmp_path):
    """A page whose story is followed by 40,000 unclosed ``<script>`` tags is read in time linear in their
    number: four times the tags in at most three times four times the time of 10,000 (the regex cleaner
    took 3.3 s for 10,000 and 12 s for 20,000)."""
    story = "<html><body><p>" + CLAUSE + "hadir pada Senin (4/3/2024).</p>"
    pages = {}
    for tags in (10_000, 40_000):
        pages[tags] = tmp_path / f"scripts-{tags}.html"
        pages[tags].write_text(story + "<script>var x = 1;" * tags, encoding="utf-8")
    _reading_seconds(pages[10_000])  # trafilatura's and lxml's first page
    few, many = _reading_seconds(pages[10_000]), _reading_seconds(pages[40_000])
    assert many < 3 * 4 * few, (few, many)


@pytest.mark.slow
def test_ten_thousand_small_files(tmp_path):
    many = tmp_path / "many"
    many.mkdir()
    for i in range(10_000):
        (many / f"a{i:05d}.txt").write_text(f"Kapolsek Kota {i} hadir.", encoding="utf-8")
    started = time.perf_counter()
    report = extract_to_dir([many], tmp_path / "out-many")
    assert report.done == 10_000 and report.skipped == 0
    assert time.perf_counter() - started < 300


def test_a_file_vanishing_during_the_batch(store, tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(GOOD.replace("Belu", f"Belu {i}"), encoding="utf-8")
    problems = []
    report = load([tmp_path], store, batch_size=1, on_problem=problems.append,
                  on_batch=lambda n: (tmp_path / "2.txt").unlink(missing_ok=True))
    assert report.done == 2
    assert [p.reason for p in problems] == ["file vanished before it could be read"]


def checksum(store: Store) -> tuple[dict, str]:
    nodes = store.read("MATCH (n) RETURN n.id AS id")
    rels = store.read("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, r.status AS s, r.meeting AS m")
    text = "\n".join(sorted(n["id"] for n in nodes) + sorted(f"{r['a']}|{r['t']}|{r['b']}|{r['s']}|{r['m']}" for r in rels))
    return store.counts(), hashlib.sha256(text.encode()).hexdigest()


def synthetic_corpus(root: Path, n: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    world = build_world(persons=1000, seed=5)
    for i, m in enumerate(meetings(world, n, seed=6)):
        (root / f"s{i:04d}.txt").write_text(meeting_text(world, m, seed=i), encoding="utf-8")
    return root


def test_two_loads_at_once_do_not_corrupt_the_graph(engine_conn, store, tmp_path):
    """Two loads of the same corpus at the same moments, each with its own connection, give the graph
    one load gives. Two threads of this process, not two `kg load` processes: the database sees two
    clients either way, and the load lock is a ``flock`` of a file each opens for itself (held against
    another thread as against another process); a process each added only its start-up, the
    extraction pipeline built again (about 10 s of CPU each, four times per run of the suite)."""
    import gc

    # 30 articles, six batches each: the two loads write the same nodes at the same moments all the same
    corpus = synthetic_corpus(tmp_path / "corpus", 30)
    batches: list[list[float]] = [[], []]
    errors: list[BaseException] = []

    def one_load(i: int) -> None:
        try:
            with Store(engine_conn) as own:
                report = load([corpus], own, batch_size=5, on_batch=lambda n: batches[i].append(time.monotonic()))
                assert report.skipped == 0, report.summary()
        except BaseException as exc:  # noqa: BLE001 - re-raised below, in the test's thread
            errors.append(exc)

    gc_was_enabled = gc.isenabled()
    try:
        threads = [threading.Thread(target=one_load, args=(i,)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=600)
    finally:  # each load pauses the collector, and the one that ends last restores what it found: paused
        if gc_was_enabled:
            gc.enable()
    assert not errors, errors
    assert all(batches), batches  # both wrote
    # at once: each load wrote a batch while the other was still writing
    assert batches[0][0] < batches[1][-1] and batches[1][0] < batches[0][-1], batches
    together = checksum(store)
    store.clear()
    load([corpus], store)
    assert checksum(store) == together


@pytest.mark.slow
@pytest.mark.skipif("neo4j" not in server.available_engines(), reason="needs Java 17 and Maven for the Neo4j engine")
def test_killed_server_mid_load_then_rerun_gives_the_same_graph(tmp_path, monkeypatch):
    """`kill -9` of the server while `kg load` writes: the load stops after one retry window with advice and no
    traceback; after a restart, the same command resumes, and the graph is the one a single load gives.
    The load runs in this process (a subprocess would add only its start-up; killing a load itself is
    the test below), while a thread of the test watches the graph and kills the server."""
    import kg.store

    # 25 articles: the kill comes after 10, two batches of five (300, then 120, then 60 proved nothing more,
    # and each batch on a fresh server takes seconds)
    corpus = synthetic_corpus(tmp_path / "corpus", 25)
    home = tmp_path / "home"
    for name, value in SHORT_LIVED_JVM.items():  # this server lives a minute
        monkeypatch.setenv(name, value)
    server.start("neo4j", home)
    try:
        # a 5 s retry window instead of 15 s (KG_RETRY_SECONDS): the test checks that the load stops after one
        monkeypatch.setattr(kg.store, "RETRY_SECONDS", 5.0)
        env = {"KG_HOME": str(home), "NEO4J_URI": None, "NEO4J_USERNAME": None, "NEO4J_PASSWORD": None,
               "NEO4J_DATABASE": None}
        state = server.status(home)
        conn = Connection(state.uri, state.user, server.password(home), state.database, state.engine)
        killed: dict[str, float] = {}

        def kill_mid_load() -> None:
            with Store(conn) as probe:
                deadline = time.time() + 300
                while time.time() < deadline:
                    if probe.read("MATCH (a:Article) RETURN count(a) AS n")[0]["n"] >= 10:
                        break
                    time.sleep(0.2)
            os.kill(state.pid, signal.SIGKILL)
            killed["at"] = time.perf_counter()

        watcher = threading.Thread(target=kill_mid_load, daemon=True)
        watcher.start()
        # one extraction worker: workers add start-up, not a check (the killed-load test kills workers)
        first = invoke(["load", "--batch-size", "5", "--workers", "1", str(corpus)], env)
        watcher.join(timeout=60)
        assert "at" in killed, "the server was not killed during the load"
        stopped = time.perf_counter() - killed["at"]
        print(f"the load stopped {stopped:.1f}s after its server was killed")
        assert stopped < 60  # one retry window (KG_RETRY_SECONDS), not four
        assert first.exit_code != 0
        assert "Run the same command again to resume" in first.stderr or "cannot reach" in first.stderr, first.output
        assert "Traceback" not in first.output
        server.start("neo4j", home)
        # the restart set no password: setting the same one again logged an error on every start
        logs = "".join(p.read_text(errors="replace") for p in home.rglob("*.log"))
        assert "Old password and new password cannot be the same" not in logs
        assert logs.count("kg-neo4j ready") == 2  # the log of both starts was read
        again = invoke(["load", "--batch-size", "5", "--workers", "1", str(corpus)], env)
        assert again.exit_code == 0, again.output
        assert "already in the graph" in again.stdout
        print(f"rerun after the killed server: {again.stdout.strip().splitlines()[-1]}")
        state = server.status(home)
        conn = Connection(state.uri, state.user, server.password(home), state.database, state.engine)
        with Store(conn) as store:
            resumed = checksum(store)
            store.clear()
            load([corpus], store)  # the graph does not depend on the batch size
            assert checksum(store) == resumed
    finally:
        server.stop(home)


INJECTIONS = ["x' OR 1=1 //", "'}) DETACH DELETE n //", "\\' MATCH (n) DETACH DELETE n", "`; DROP`", "$rows", "{id: 1}"]


def test_injection_payloads_are_only_data(cli_env, store, tmp_path):
    for i, payload in enumerate(INJECTIONS):
        (tmp_path / f"{i}.txt").write_text(f"Rakor dihadiri Kapolres Belu AKBP Budi {payload} Santoso, Senin (4/3/2024).",
                                           encoding="utf-8")
    load([tmp_path], store)
    before = store.counts()
    for payload in INJECTIONS:
        for name in ("person_profile", "persons_by_rank"):
            param = "name" if name == "person_profile" else "rank"
            result = invoke(["query", name, "--param", f"{param}={payload}"], cli_env)
            assert result.exit_code == 0, result.output
        bad_name = invoke(["query", payload], cli_env)
        assert bad_name.exit_code != 0 and "no query named" in bad_name.stderr
    for name in ("../kg/schema", "graph_all.cypher", "GRAPH_ALL", "x;y"):
        with pytest.raises(queries.UnknownQuery):
            queries.get(name)
    assert store.counts() == before
    assert store.read("MATCH (n) WHERE n.id = $id RETURN n.id AS id", {"id": "x' OR 1=1 //"}) == []


def test_no_secret_in_the_repository(engine_conn):
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    if not tracked:
        pytest.skip("not a git checkout")
    secret = engine_conn.password
    assert len(secret) >= 16
    key = "PRIVATE " + "KEY-----"  # split so that this file does not match itself
    patterns = ("-----BEGIN RSA " + key, "-----BEGIN OPENSSH " + key, "NEO4J_AUTH=" + "neo4j/", "password" + ' = "')
    for name in tracked:
        path = ROOT / name
        if not path.is_file() or path.suffix in {".png", ".jar"}:
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        assert secret not in text, name
        for pattern in patterns:
            assert pattern not in text, (name, pattern)
    compose = (ROOT / "docker-compose.yml").read_text()
    ports = [line.strip().strip("-").strip().strip('"') for line in compose.splitlines() if ":" in line and line.strip().startswith("- \"")]
    assert ports and all(p.startswith("127.0.0.1:") for p in ports)


@pytest.mark.one_engine  # the store's writes are every other load test's; this one checks Dask's side
def test_extraction_on_a_local_dask_cluster_loads_the_same_graph(cli_env, store, tmp_path):
    # `kg load --dask local` in this process: the cluster's workers are processes of their own all the same
    # (33 articles and a broken file: two tasks, of 32 files and of 2, one per worker; 60 proved no more)
    corpus = synthetic_corpus(tmp_path / "corpus", 33)
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = invoke(["load", "--dask", "local", "--workers", "2", str(corpus)], cli_env)
    assert result.exit_code == 1, result.output  # the binary file was skipped, with its name
    assert "broken.txt" in result.stderr and "loaded 33, skipped 1" in result.stdout
    on_dask = checksum(store)
    rerun = invoke(["load", "--dask", "local", "--workers", "1", str(corpus)], cli_env)
    assert "already in the graph 33" in rerun.stdout
    assert checksum(store) == on_dask
    store.clear()
    load([corpus], store)
    assert checksum(store) == on_dask


@pytest.mark.slow  # seconds: out of `make test-fast`, in `make test`
def test_a_load_collects_reference_cycles_on_its_own_schedule():
    """The collector is paused during a load, and cycles are still freed every N articles and at the end."""
    import gc
    import weakref

    from kg.pipeline import CycleCollector

    class Cycle:
        pass

    def make_cycle() -> weakref.ref:
        a, b = Cycle(), Cycle()
        a.other, b.other = b, a
        return weakref.ref(a)

    assert gc.isenabled()
    with CycleCollector(every=10) as collector:
        assert not gc.isenabled()
        first = make_cycle()
        collector.tick(9)
        assert first() is not None  # not yet: fewer than 10 articles since the last collection
        collector.tick(1)
        assert first() is None
        last = make_cycle()
    assert last() is None and gc.isenabled()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


# SIGTERM (a plain `kill`) on one engine only: the engine's side, the dead load's transaction ended
# with its connection, is SIGKILL's on both; what a plain kill adds is the loader's and its workers'.
@pytest.mark.parametrize("how", [signal.SIGKILL, pytest.param(signal.SIGTERM, marks=pytest.mark.one_engine)],
                         ids=["SIGKILL", "SIGTERM"])
def test_a_killed_load_leaves_no_worker_and_the_rerun_resumes(how, cli_env, store, tmp_path):
    """kill -9 or a plain kill (SIGTERM) of `kg load` mid-batch: the load exits at once, its workers
    go with it (they watch their parent), its open transaction with its connection, and the same
    command run again finishes (it used to wait for ever on a lock the workers kept open)."""
    corpus = synthetic_corpus(tmp_path / "corpus", 25)  # killed after 10: three batches still to come (40 proved no more)
    command = kg_command() + ["load", "--batch-size", "5", "--workers", "2", str(corpus)]
    loading = subprocess.Popen(command, env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 300
    while time.time() < deadline and store.read("MATCH (a:Article) RETURN count(a) AS n")[0]["n"] < 10:
        time.sleep(0.1)
    workers = _children(loading.pid)
    assert len(workers) >= 2, workers  # the extraction processes
    loading.send_signal(how)
    signalled = time.perf_counter()
    out, err = loading.communicate(timeout=60)
    assert loading.returncode != 0, (loading.returncode, err)  # it stopped, and says it did not finish
    assert time.perf_counter() - signalled < 10, "the load did not exit promptly"
    deadline = time.time() + 10
    while time.time() < deadline and any(server._alive(w) for w in workers):
        time.sleep(0.1)
    assert not any(server._alive(w) for w in workers), "workers outlived their load"
    started = time.perf_counter()
    again = invoke(command[len(kg_command()):], cli_env)  # the same command, in this process
    rerun_seconds = time.perf_counter() - started
    assert again.exit_code == 0, again.output
    assert "already in the graph" in again.stdout
    print(f"rerun after {signal.Signals(how).name} of the load: {rerun_seconds:.1f}s")
    resumed = checksum(store)
    store.clear()
    load([corpus], store, batch_size=5)
    assert checksum(store) == resumed


def test_a_newline_in_a_file_name_cannot_forge_a_line(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "x\nskipped forged.txt: empty\x1b[2J.txt").write_text("")
    result = invoke(["extract", str(corpus), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    assert len(lines) == 1 and "x\\nskipped forged.txt" in lines[0] and "\x1b" not in lines[0], lines
    assert "extracted 1, skipped 1" in result.stdout


@pytest.mark.parametrize("size", ["0", "-1", "abc"])
def test_a_batch_size_below_one_is_a_usage_error(size, tmp_path):
    result = invoke(["load", "--batch-size", size, str(tmp_path)], env={"NEO4J_URI": "bolt://127.0.0.1:9"})
    assert result.exit_code == 2 and "--batch-size" in result.stderr, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


@pytest.mark.one_engine  # what it checks is the workers' and the output's
def test_ctrl_c_during_a_load_is_one_line_not_a_traceback_per_worker(cli_env, store, tmp_path):
    corpus = synthetic_corpus(tmp_path / "corpus", 40)
    loading = subprocess.Popen(kg_command() + ["load", "--batch-size", "2", "--workers", "2", str(corpus)],
                               env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=with_ctrl_c)
    deadline = time.time() + 120
    while time.time() < deadline and len(_children(loading.pid)) < 2:
        time.sleep(0.1)
    time.sleep(1)  # the workers are starting up or extracting
    workers = _children(loading.pid)
    loading.send_signal(signal.SIGINT)
    out, err = loading.communicate(timeout=120)
    assert loading.returncode != 0, (out[-2000:], err[-2000:])
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert not any(server._alive(w) for w in workers)


def test_ctrl_c_swallowed_by_a_finalizer_is_not_printed_but_still_stops_the_load(capfd, monkeypatch):
    """Python raises the interrupt in whatever runs when SIGINT comes; in a ``__del__`` (the driver's
    sessions have one) it would print "Exception ignored ... Traceback" and be lost. During a load it
    is neither: nothing printed, and the load's next check raises it."""
    import sys

    from kg.pipeline import _CtrlC

    monkeypatch.setattr(sys, "unraisablehook", sys.__unraisablehook__)  # Python's, as `kg` runs; not pytest's

    class Finalized:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)  # the handler runs here, inside __del__

    with pytest.raises(KeyboardInterrupt):
        with _CtrlC() as ctrl_c:
            Finalized()  # collected at once
            assert ctrl_c.seen
            ctrl_c.check()
    assert "Traceback" not in capfd.readouterr().err


def test_extract_output_names_are_unique_and_safe(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "berita.txt").write_text(GOOD.replace("Belu", f"Belu {folder}"), encoding="utf-8")
    records = [{"text": GOOD.replace("Belu", f"Belu {i}"), "url": url} for i, url in
               enumerate(["https://x.id/read.php?id=1", "https://x.id/read.php?id=2", "https://x.id/" + "p" * 300,
                          "https://x.id/a\x00b"])]
    (tmp_path / "in" / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    report = extract_to_dir([tmp_path / "in"], tmp_path / "out")
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert report.done == len(written) == 6, (report.summary(), written)
    assert "berita.json" in written  # a unique, safe stem stays as it is (the scorer matches by stem)
    assert all(len(name) <= 120 and "\x00" not in name for name in written)


def _remove_tree(root: Path) -> None:
    """shutil.rmtree recurses, and a tree 1,000 deep would break pytest's own clean-up of tmp_path."""
    stack = [(root, False)]
    while stack:
        path, emptied = stack.pop()
        if emptied:
            os.rmdir(path)
            continue
        stack.append((path, True))
        for entry in os.scandir(path):
            if entry.is_dir(follow_symlinks=False):
                stack.append((Path(entry.path), False))
            else:
                os.unlink(entry.path)


@pytest.mark.slow  # seconds: out of `make test-fast`, in `make test`
def test_odd_files_each_get_a_line_and_deep_trees_are_walked(tmp_path):
    """A non-UTF-8 file name, a FIFO, a dangling symlink, /dev/zero and a tree 1,000 deep."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    try:
        _odd_files_are_named(corpus, tmp_path)
    finally:
        _remove_tree(corpus)


def _odd_files_are_named(corpus: Path, tmp_path: Path) -> None:
    (corpus / os.fsdecode(b"\xffnama.txt")).write_text(GOOD, encoding="utf-8")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "dangling.txt").symlink_to(tmp_path / "nowhere")
    deep = corpus
    for _ in range(1000):  # os.makedirs itself recurses
        deep = deep / "d"
        deep.mkdir()
    (deep / "x.txt").write_text("Kapolres Belu AKBP Budi Santoso hadir di Atambua.", encoding="utf-8")
    problems = []
    started = time.perf_counter()
    report = extract_to_dir([corpus, "/dev/zero"], tmp_path / "out", on_problem=problems.append)
    assert time.perf_counter() - started < 120
    assert report.done == 2, report.summary()
    reasons = sorted((Path(p.source).name, p.reason) for p in problems)
    assert reasons == [("dangling.txt", "dangling symbolic link"), ("pipe.txt", "not a regular file: a named pipe (FIFO)"),
                       ("zero", "not a regular file: a device")], reasons
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["_nama.json", "x.json"]
    assert "\\udcff" in (tmp_path / "out" / "_nama.json").read_text(encoding="utf-8")


@pytest.mark.one_engine  # what it checks is the reading of the inputs, before any engine
def test_devices_and_a_fifo_named_to_kg_load_are_refused_each_with_a_line(cli_env, store, tmp_path):
    """`kg load good.txt /dev/urandom /dev/zero pipe`: /dev/zero and /dev/urandom never end and a FIFO
    blocks whoever opens it to read, so each is refused by what stat says, before it is opened, with
    one line, and the good file loads. Should the load open the FIFO all the same, a watch opens its
    other end after a minute (so that the test ends) and the test fails."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    done, unblocked = threading.Event(), threading.Event()

    def watch() -> None:
        if done.wait(60):
            return
        try:  # succeeds only while a reader holds the FIFO open: it then reads an empty file and goes on
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            unblocked.set()
        except OSError:
            pass

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        result = invoke(["load", str(tmp_path / "good.txt"), "/dev/urandom", "/dev/zero", str(fifo)], cli_env)
    finally:
        done.set()
        watcher.join()
    assert not unblocked.is_set(), "kg load opened the FIFO"
    assert result.exit_code == 1, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    for name, kind in (("/dev/urandom", "a device"), ("/dev/zero", "a device"), (str(fifo), "a named pipe (FIFO)")):
        [line] = [line for line in lines if name in line]
        assert f"not a regular file: {kind}" in line, line
    assert "loaded 1, skipped 3" in result.stdout, result.output


def test_kg_cypher_without_write_refuses_schema_and_admin_statements(cli_env, store):
    for statement in ("DROP CONSTRAINT person_id", "CALL dbms.killConnections(['x'])",
                      "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"):
        result = invoke(["cypher", statement], cli_env)
        assert result.exit_code == 1 and "--write" in result.stderr, result.output
        assert "root:" not in result.output
    store.run_write("CREATE (:Person {id: 'person:one'})")
    with pytest.raises(Exception):  # person_id is still there
        store.run_write("CREATE (:Person {id: 'person:one'})")


def test_a_load_behind_a_held_lock_stops_in_bounded_time_with_a_message(engine_conn, cli_env, store, tmp_path):
    """Issue 16, point 1: a load must not wait for ever on a lock another transaction holds. Another
    client holds, in a transaction it leaves open, a write lock on every node of an article already
    loaded; a second article naming the same persons, offices and places must MERGE into them. With a
    transaction timeout of 5 s (KG_TX_TIMEOUT, read when the store connects) `kg load` stops within a
    bounded time with a line in words naming the lock, not a traceback (an engine that takes no lock
    before commit, as ArcadeDB's optimistic transactions, simply loads)."""
    from neo4j import GraphDatabase

    (tmp_path / "first").mkdir()
    (tmp_path / "first" / "a.txt").write_text(GOOD, encoding="utf-8")
    load([tmp_path / "first"], store)
    (tmp_path / "second").mkdir()
    (tmp_path / "second" / "b.txt").write_text(GOOD + "\nRapat ditutup pukul 12.00 WITA.", encoding="utf-8")
    driver = GraphDatabase.driver(engine_conn.uri, auth=(engine_conn.user, engine_conn.password))
    session = driver.session(database=engine_conn.database)
    holder = session.begin_transaction()
    try:
        held = holder.run("MATCH (n) SET n.held = true RETURN count(n) AS n").single()["n"]
        assert held > 5
        started = time.perf_counter()
        result = invoke(["load", str(tmp_path / "second")], {**cli_env, "KG_TX_TIMEOUT": "5"})
        seconds = time.perf_counter() - started
    finally:
        holder.rollback()
        session.close()
        driver.close()
    print(f"the load behind a held lock returned after {seconds:.1f}s: {result.output.strip().splitlines()[-1:]}")
    assert seconds < 45, result.output  # 5 s, the load's own work, and one driver retry window at most
    assert "Traceback" not in result.output
    if engine_conn.engine == "neo4j":
        assert result.exit_code != 0, result.output
        assert "lock" in result.stderr and "Run the same command again" in result.stderr, result.stderr
    else:
        assert result.exit_code in (0, 1), result.output
