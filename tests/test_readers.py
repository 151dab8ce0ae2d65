"""The readers: plain text, saved news pages (trafilatura), JSON Lines and
web archives (warcio), on files the tests write."""

from __future__ import annotations

import gzip
import io
import json
from collections import Counter
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import pytest
from click.testing import CliRunner

import loaders.read
from kg import cli
from kg.pipeline import extract_to_dir
from loaders.article import decode
from loaders.read import Article, ReadProblem, read_articles
from loaders.read_text import metadata

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

BODY = [
    "Kepolisian Resor Belu bersama instansi terkait menggelar rapat koordinasi lintas sektoral di Aula Wira "
    "Satya Polres Belu, Sabtu (23/11/2024).",
    "Rapat koordinasi ini dihadiri Kapolres Belu AKBP Benny Miniani Arief dan Dandim 1605/Belu Letkol Inf "
    "Budi Lake.",
    "Kapolres Belu mengatakan bahwa rapat ini bertujuan meningkatkan sinergitas seluruh pemangku kepentingan "
    "agar pilkada berlangsung aman dan damai.",
]
# what a page has around the story, with persons who must not reach the extractor
MENU = ["Beranda", "Nasional", "Daerah", "Hukum", "Olahraga"]
TEASER = "Kapolda NTT Irjen Pol Daniel Silitonga Kunjungi Polres Alor"
RELATED = ["Wakapolres Sikka Kompol Hadi Saputra Pimpin Apel Pagi", "Dandim 1624/Flotim Letkol Arh Yosef Bria Hadiri Rakor"]
COMMENT = "Mantap pak Kapolres Ende AKBP Yusuf Nahak, terus jaga kamtibmas di wilayah kita!"
BYLINE = "Yohanes Seran"
URL = "https://ntt.tribratanews.example.id/2024/11/23/kapolres-belu-pimpin-rakor-pilkada"


def news_page(title: str = "Kapolres Belu Pimpin Rakor Pengamanan Pilkada", url: str = URL,
              body: list[str] = BODY) -> str:
    """A saved page shaped like an Indonesian regional news site's."""
    menu = "".join(f'<li><a href="/{m.lower()}">{m}</a></li>' for m in MENU)
    related = "".join(f'<li><a href="/r{i}">{r}</a></li>' for i, r in enumerate(RELATED))
    paragraphs = [f"<p>{p}</p>" for p in body]
    paragraphs.insert(2, f'<p><strong>Baca juga:</strong> <a href="/t">{TEASER}</a></p>')
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{title} - Tribratanews Polda NTT</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Tribratanews Polda NTT">
<meta property="og:url" content="{url}">
<meta name="author" content="{BYLINE}">
<script>var ads = [];</script><style>body {{ font-family: sans-serif; }}</style>
</head><body>
<header><div class="logo">Tribratanews</div><nav><ul>{menu}</ul></nav></header>
<main><article>
<h1>{title}</h1>
<div class="meta">Penulis: {BYLINE} | <time datetime="2024-11-23T09:00:00+08:00">Sabtu, 23 November 2024 09:00 WITA</time></div>
{''.join(paragraphs)}
</article>
<section class="related"><h3>Berita Terkait</h3><ul>{related}</ul></section>
<section id="comments"><h3>Komentar</h3><div class="comment"><p>{COMMENT}</p></div>
<form><textarea>Tulis komentar</textarea></form></section>
</main>
<footer><p>Copyright 2024 Tribratanews Polda NTT. Hak cipta dilindungi.</p></footer>
</body></html>"""


REDIRECT_STUB = ('<html><head><meta http-equiv="refresh" content="0; url=https://example.id/baru">'
                 '<title>Redirecting</title></head><body><p>Redirecting…</p></body></html>')
MENU_ONLY = ("<!DOCTYPE html><html><head><title>Beranda</title></head><body><nav><ul>"
             + "".join(f'<li><a href="/{m}">{m}</a></li>' for m in MENU) + "</ul></nav><footer>(c) 2024</footer></body></html>")


def invoke(args):
    """`kg ARGS` in this process: a subprocess would add only its start-up (spaCy, trafilatura)."""
    return CliRunner().invoke(cli.main, args)


def read_one(path: Path) -> Article | ReadProblem:
    [item] = list(read_articles([path]))
    return item


def test_news_page_body_without_boilerplate_and_metadata(tmp_path):
    (tmp_path / "page.html").write_text(news_page(), encoding="utf-8")
    article = read_one(tmp_path / "page.html")
    assert isinstance(article, Article), article
    assert article.reader == "html"
    for sentence in BODY:
        assert sentence in article.text
    for junk in [*MENU[1:], *RELATED, COMMENT, "Copyright", "var ads", "font-family", "Tulis komentar"]:
        assert junk not in article.text, junk
    assert article.title == "Kapolres Belu Pimpin Rakor Pengamanan Pilkada"
    assert article.url == URL
    assert article.outlet == "Tribratanews Polda NTT"
    assert article.published == "2024-11-23"
    assert article.byline == BYLINE


def test_byline_and_page_junk_never_become_persons(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text(news_page(), encoding="utf-8")
    report = extract_to_dir([tmp_path / "in"], tmp_path / "out")
    assert report.done == 1 and report.read == Counter({"html": 1})
    assert report.summary("extracted").endswith("; read: html 1")
    graph = json.loads((tmp_path / "out" / "page.json").read_text())
    persons = {n["properties"]["name"] for n in graph["nodes"] if n["labels"] == ["Person"]}
    assert {"Benny Miniani Arief", "Budi Lake"} <= persons
    assert not persons & {BYLINE, "Daniel Silitonga", "Hadi Saputra", "Yosef Bria", "Yusuf Nahak"}, persons
    [node] = [n["properties"] for n in graph["nodes"] if n["labels"] == ["Article"]]
    assert (node["title"], node["outlet"], node["url"], node["published"], node["reader"]) == \
        ("Kapolres Belu Pimpin Rakor Pengamanan Pilkada", "Tribratanews Polda NTT", URL, "2024-11-23", "html")


def test_bad_pages_each_give_one_problem_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a_stub.html").write_text(REDIRECT_STUB, encoding="utf-8")
    (tmp_path / "b_menu.html").write_text(MENU_ONLY, encoding="utf-8")
    (tmp_path / "c_script.htm").write_text('<html><head><script>window.location.replace("https://x.id/a")'
                                           '</script></head><body></body></html>', encoding="utf-8")
    (tmp_path / "d_good.html").write_text(news_page(), encoding="utf-8")
    items = list(read_articles([tmp_path]))
    assert [type(i).__name__ for i in items] == ["ReadProblem", "ReadProblem", "ReadProblem", "Article"]
    stub, menu, script, _ = items
    assert "redirect stub, no article in it (to https://example.id/baru)" in stub.reason
    assert "without an article body" in menu.reason
    assert "redirect stub" in script.reason


def test_plain_text_headline_dateline_and_unchanged_text(tmp_path):
    text = ("Kapolres Kupang Kota Pimpin Rakor Pengamanan Natal\n\n"
            "Kupang, Tribratanews.com – Kapolresta Kupang Kota Kombes Pol Aldinan Manurung memimpin rapat "
            "koordinasi, Senin (16/12/2024).\r\nRakor dihadiri Dandim 1604/Kupang.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8", newline="")
    article = read_one(tmp_path / "a.txt")
    assert article.reader == "text"
    assert article.text == text.replace("\r\n", "\n").strip()  # only newlines normalised, as before
    assert (article.title, article.outlet) == ("Kapolres Kupang Kota Pimpin Rakor Pengamanan Natal", "Tribratanews.com")
    # other datelines of real texts: outlet before the dash, in brackets, a byline line, a date line
    assert metadata("Lhokseumawe | Detikkasus.com – Menjelang kedatangan presiden ke Lhokseumawe, "
                    "Kapolres memimpin rapat.")["outlet"] == "Detikkasus.com"
    assert metadata("Sibolga (Antaranews Sumut)-Dihari kedua kunjungan kerja Kapolda Sumatera Utara "
                    "di Sibolga.")["outlet"] == "Antaranews Sumut"
    header = metadata("Kapolres Sumbawa Barat Hadiri Rakor Lintas Sektoral\n\nSyafruddin Adi - NTB.FPII.OR.ID\n"
                      "Aug 20, 2024 - 12:40\n\nMataram NTB - Dalam rangka kesiapan penanganan Pilkada.")
    assert header == {"title": "Kapolres Sumbawa Barat Hadiri Rakor Lintas Sektoral", "outlet": "NTB.FPII.OR.ID",
                      "published": "2024-08-20"}
    assert metadata("TB NEWS : HUMAS POLRES INDRAMAYU/ANDRI |\nPolres Indramayu Gelar Rakor Lintas Sektoral\n"
                    + " ".join(BODY))["title"] == "Polres Indramayu Gelar Rakor Lintas Sektoral"
    # a text that opens with its first paragraph has no headline; a web address in the body is no outlet
    assert metadata(" ".join(BODY) + " Info lengkap di laman kpu.go.id untuk warga.") == {}


def test_every_seed_reads_to_the_same_text_as_the_file(tmp_path):
    """Plain-text reading must give the extractor what the file says (the
    extraction scores depend on it); the metadata comes on top."""
    articles = [a for a in read_articles([EXAMPLES]) if isinstance(a, Article)]
    assert len(articles) == len(list(EXAMPLES.glob("*.txt")))
    for article in articles:
        raw = Path(article.source).read_text(encoding="utf-8")
        assert article.text == raw.replace("\r\n", "\n").strip()
    assert sum(1 for a in articles if a.title) >= 3 and sum(1 for a in articles if a.outlet) >= 4


def test_jsonl_fields_win_and_html_records_go_through_trafilatura(tmp_path):
    rows = [{"text": "Kapolres Ende AKBP Yusuf Nahak memimpin rakor, Rabu (6/3/2024).", "url": "https://ende.example.id/a",
             "published": "2024-03-06", "title": "Rakor di Ende"},
            {"text": news_page(), "url": "https://mirror.example.id/b", "outlet": "Pos Kupang"}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    tally = Counter()
    first, second = read_articles([tmp_path / "feed.jsonl"], tally)
    assert (first.title, first.url, first.published, first.outlet) == \
        ("Rakor di Ende", "https://ende.example.id/a", "2024-03-06", "ende.example.id")
    assert second.outlet == "Pos Kupang" and second.url == "https://mirror.example.id/b"
    assert second.title == "Kapolres Belu Pimpin Rakor Pengamanan Pilkada" and COMMENT not in second.text
    assert tally == Counter({"jsonl": 2})


def write_warc(path: Path, pages: list[tuple[str, str]], gz: bool = True) -> None:
    """A crawl as warcio writes it: for each page a request and a response,
    plus a warcinfo, an image and a redirect that are no articles."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "kg tests"}))
        for url, page in pages:
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode("utf-8")),
                                                          http_headers=headers,
                                                          warc_headers_dict={"WARC-Date": "2024-12-01T10:00:00Z"}))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://x.example.id/logo.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG\r\n"), http_headers=image))
        moved = StatusAndHeaders("301 Moved Permanently", [("Location", "https://x.example.id/"),
                                                          ("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("http://x.example.id/", "response",
                                                      payload=io.BytesIO(b"<html>Moved</html>"), http_headers=moved))


def test_warc_html_responses_become_articles_with_target_url_and_date(tmp_path):
    nodate = news_page("Rakor Tanpa Tanggal", url="").replace(
        '<time datetime="2024-11-23T09:00:00+08:00">Sabtu, 23 November 2024 09:00 WITA</time>', "")
    pages = [(URL, news_page()), ("https://x.example.id/tanpa-tanggal", nodate)]
    for name, gz in (("crawl.warc.gz", True), ("crawl.warc", False)):
        write_warc(tmp_path / name, pages, gz=gz)
        tally = Counter()
        first, second = read_articles([tmp_path / name], tally)
        assert first.reader == second.reader == "warc"
        assert first.source == f"{tmp_path / name}#3" and first.url == URL and first.published == "2024-11-23"
        # a page without a date or canonical URL of its own takes the record's
        assert (second.url, second.published) == ("https://x.example.id/tanpa-tanggal", "2024-12-01")
        assert second.title == "Rakor Tanpa Tanggal" and COMMENT not in second.text
        assert tally == Counter({"warc": 2, "WARC records skipped (not HTML responses)": 5})


def test_truncated_warc_gives_one_problem_and_the_batch_goes_on(tmp_path):
    pages = [(f"https://x.example.id/{i}", news_page(f"Rakor Nomor {i} di Belu", url="")) for i in range(3)]
    write_warc(tmp_path / "whole.warc.gz", pages)
    data = (tmp_path / "whole.warc.gz").read_bytes()
    (tmp_path / "a_cut.warc.gz").write_bytes(data[: len(data) * 2 // 3])
    (tmp_path / "b_next.txt").write_text(" ".join(BODY), encoding="utf-8")
    (tmp_path / "whole.warc.gz").unlink()
    items = list(read_articles([tmp_path]))
    problems = [i for i in items if isinstance(i, ReadProblem)]
    assert len(problems) == 1 and "truncated or damaged web archive (stopped after record" in problems[0].reason
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.reader for a in articles][-1] == "text"  # the next file is read
    assert 1 <= sum(a.reader == "warc" for a in articles) < 3  # the records before the cut are kept
    assert gzip.decompress(data)  # the whole file was a valid archive


def test_kg_extract_names_each_bad_input_on_one_line_and_says_which_reader(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.html").write_text(news_page(), encoding="utf-8")
    (src / "stub.html").write_text(REDIRECT_STUB, encoding="utf-8")
    (src / "menu.html").write_text(MENU_ONLY, encoding="utf-8")
    (src / "story.txt").write_text((EXAMPLES / "001_698d4a103d14057f.txt").read_text(encoding="utf-8"), encoding="utf-8")
    write_warc(tmp_path / "crawl.warc.gz", [(f"https://x.example.id/{i}", news_page(f"Rakor Nomor {i} di Belu", url=""))
                                            for i in range(3)])
    data = (tmp_path / "crawl.warc.gz").read_bytes()
    (src / "cut.warc.gz").write_bytes(data[: len(data) * 2 // 3])
    result = invoke(["extract", str(src), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.stderr  # something was skipped
    assert isinstance(result.exception, SystemExit)  # an exit code, not a crash
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    for name, words in {"stub.html": "redirect stub", "menu.html": "without an article body",
                        "cut.warc.gz": "truncated or damaged web archive"}.items():
        [line] = [line for line in lines if name in line]
        assert words in line, line
    assert len(lines) == 3, lines
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("extracted 4, skipped 3 (")  # html 1, text 1, warc 2
    assert "HTML redirect stub, no article in it: 1" in summary
    assert summary.endswith("; read: WARC records skipped (not HTML responses) 4, html 1, text 1, warc 2"), summary


GOOD_LINE = "Kapolres Ende AKBP Yusuf Nahak memimpin rakor di Mapolres Ende, Rabu (6/3/2024)."


def test_jsonl_records_of_wrong_field_types_are_skipped_with_their_line(tmp_path):
    """Issue 16, point 12: a date or title that is an object, a list or a number
    is skipped with its line number; the good records around it are read
    (the database refused the whole batch, losing them)."""
    rows = [{"text": GOOD_LINE, "published": "2024-03-06", "url": "https://ende.example.id/1"},
            {"text": GOOD_LINE + " 2", "published": {"$date": "2024-03-06"}},
            {"text": GOOD_LINE + " 3", "published": ["2024-03-06"]},
            {"text": GOOD_LINE + " 4", "published": 20240306},
            {"text": GOOD_LINE + " 5", "title": {"id": "Rakor"}},
            {"text": GOOD_LINE + " 6", "outlet": True, "url": None},
            {"text": GOOD_LINE + " 7", "published": "2024-03-07", "url": None}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n[1, 2]\n", encoding="utf-8")
    tally = Counter()
    items = list(read_articles([tmp_path / "feed.jsonl"], tally))
    problems = {p.source.rsplit("#", 1)[1]: p.reason for p in items if isinstance(p, ReadProblem)}
    assert problems == {"2": "wrong field type ('published' is an object, not a string)",
                        "3": "wrong field type ('published' is an array, not a string)",
                        "4": "wrong field type ('published' is a number, not a string)",
                        "5": "wrong field type ('title' is an object, not a string)",
                        "6": "wrong field type ('outlet' is true or false, not a string)",
                        "8": "not a JSON object with a 'text' field (a line of an array)"}
    assert [a.published for a in items if isinstance(a, Article)] == ["2024-03-06", "2024-03-07"]
    assert tally == Counter({"jsonl": 2})


def test_a_jsonl_feed_over_the_size_limit_is_read_record_by_record(tmp_path, monkeypatch):
    """Issue 16, point 13: the limit is a record's, not the file's: a feed larger
    than the limit is streamed and read; only an oversize record is skipped,
    with its line, and the records after it are read. (The limit is made small
    here: a 25 MB feed proves no more than a 4 KB one.)"""
    monkeypatch.setattr(loaders.read, "MAX_BYTES", 1000)
    rows = [json.dumps({"text": f"{GOOD_LINE} Rapat ke-{i} berlangsung tertib dan lancar sampai sore hari."})
            for i in range(30)]
    rows[10] = json.dumps({"text": GOOD_LINE + " " + "sangat " * 400})  # ~2.8 KB: over the limit
    (tmp_path / "feed.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert (tmp_path / "feed.jsonl").stat().st_size > 4 * 1000
    items = list(read_articles([tmp_path / "feed.jsonl"]))
    [problem] = [i for i in items if isinstance(i, ReadProblem)]
    assert problem.source.endswith("feed.jsonl#11") and problem.reason.startswith("record too large")
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == 29 and "Rapat ke-29 " in articles[-1].text
    # a Windows-1252 record among UTF-8 ones is read, and said
    with (tmp_path / "feed.jsonl").open("ab") as out:
        out.write(json.dumps({"text": "Rakor \u201clintas\u201d dihadiri Dandim 1605/Belu Letkol Inf Budi Lake."},
                             ensure_ascii=False).encode("cp1252") + b"\n")
    tally = Counter()
    last = list(read_articles([tmp_path / "feed.jsonl"], tally))[-1]
    assert "\u201clintas\u201d" in last.text and tally["Windows-1252 (not UTF-8)"] == 1


FAKE = "Kapolsek Atambua AKP Palsu Sekali"


def test_html_comments_scripts_and_fragments_leave_no_markup(tmp_path):
    """Issue 16, point 16: a comment with '>' inside, '</SCRIPT >' and fragments
    without <html>/<body> (in a .txt, a .html and a JSONL record) give the
    story's text only: no tag, no comment, no script in the evidence."""
    body = " ".join(BODY)
    page = (f"<html><body><article><p>{BODY[0]}</p><!-- Hadir juga {FAKE} > dan <b>lainnya</b> --><p>{BODY[1]}</p>"
            f"<SCRIPT type='text/javascript'>var hadir = 'Dandim 1234/Skrip Letkol Inf Skrip Palsu';</SCRIPT >"
            f"<p>{BODY[2]}</p></article></body></html>")
    fragment = f"<div class='entry'><p>{BODY[0]}</p><!-- {FAKE} > --><p>{BODY[1]}<br>{BODY[2]}</p></div>"
    short = f"<p>{GOOD_LINE}</p><!-- {FAKE} --><br/>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (tmp_path / "fragment.txt").write_text(fragment, encoding="utf-8")
    (tmp_path / "fragment.html").write_text(fragment, encoding="utf-8")
    (tmp_path / "short.txt").write_text(short, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps({"text": t}) for t in (fragment, short)), encoding="utf-8")
    items = list(read_articles([tmp_path]))
    assert all(isinstance(i, Article) for i in items), items
    assert len(items) == 6
    for article in items:
        for leak in ("<", ">", "Palsu", "var hadir", "lainnya"):
            assert leak not in article.text, (article.source, article.text)
    by_name = {Path(a.source.split("#")[0]).name + a.source.partition("#")[2]: a for a in items}
    for name in ("page.html", "fragment.txt", "fragment.html", "feed.jsonl1"):
        assert " ".join(by_name[name].text.split()) == body, name
    assert by_name["short.txt"].text == by_name["feed.jsonl2"].text == GOOD_LINE
    # plain text with one stray tag is still read as written
    (tmp_path / "stray.txt").write_text(GOOD_LINE + " Skor 3 <b 5.", encoding="utf-8")
    assert read_one(tmp_path / "stray.txt").text == GOOD_LINE + " Skor 3 <b 5."


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_or_without_bom_are_text(tmp_path, codec):
    """Issue 16, point 17: UTF-16 and UTF-32 files were called binary."""
    text = "Rapat koordinasi dihadiri Kapolres Belu AKBP Benny Miniani Arief, Sabtu (23/11/2024). Caf\u00e9 \u201cRakor\u201d."
    (tmp_path / "a.txt").write_bytes(text.encode(codec))
    article = read_one(tmp_path / "a.txt")
    assert isinstance(article, Article) and article.text == text
    (tmp_path / "a.txt").write_bytes(text.encode(codec)[:-1])  # cut inside a character: binary, not a crash
    assert isinstance(read_one(tmp_path / "a.txt"), (Article, ReadProblem))


def test_text_not_utf8_is_said_in_the_summary_and_binary_stays_binary(tmp_path):
    """Issue 16, point 17: 'read as Windows-1252' was only an Article note no one
    saw; the summary's reader tally now says it (and UTF-16/32)."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "cp1252.txt").write_bytes("Rakor \u201clintas sektoral\u201d dihadiri Dandim 1605/Belu Letkol Inf Budi Lake."
                                     .encode("cp1252"))
    (src / "wide.txt").write_bytes(" ".join(BODY).encode("utf-16"))
    (src / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (src / "nul.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    result = invoke(["extract", str(src), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.stderr
    assert "binary.txt: binary file" in result.stderr and "nul.txt: binary file" in result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("extracted 2, skipped 2 (")
    assert summary.endswith("; read: UTF-16 1, Windows-1252 (not UTF-8) 1, text 2"), summary
    assert decode(b"\xff\xfe" + "Halo".encode("utf-16-le"))[0] == "Halo"
