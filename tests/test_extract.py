"""Extraction rules on sentences written for these tests (not the seeds)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from loaders.dates import find_dates, find_time, text_year
from loaders.extract import extract
from loaders.sentences import split_sentences
from loaders.lexicon import lexicon
from loaders.names import is_short_form, read_name
from loaders.read import Article, decode
from tests.conftest import ROOT, SHARED


def graph_of(text: str):
    g = extract(Article("article:test", text, "test.txt"))
    names = {n.id: n.properties.get("name") for n in g.nodes.values()}
    return g, names


def rels(g, names, rel_type):
    return {(names[r.start], names[r.end]) for r in g.rels(rel_type)}


def attendees(g, names) -> set[str]:
    """The names of the persons, offices and units that attended."""
    return {who for who, _ in rels(g, names, "ATTENDED")}


def test_name_without_rank_degrees_and_honorifics():
    lex = lexicon()
    text = "Ketua DPRD Sikka H. Drs. Ahmad Rifai Lubis, S.H., M.Si., M.M. membuka acara"
    m = read_name(text, text.index("H."), lex)
    assert m.name == "Ahmad Rifai Lubis"
    assert {"S.H.", "M.Si.", "M.M."} <= set(m.degrees)


def test_ranks_are_normalised_and_corps_kept_apart():
    g, names = graph_of("Rapat dihadiri Dandim 0812/Lamongan Letkol Inf. Sugeng Riyadi dan "
                        "Kapolres Lamongan AKBP Dewi Kartika Sari, S.I.K., M.H. pada Rabu (3/4/2024).")
    ranks = rels(g, names, "HAS_RANK")
    assert ("Sugeng Riyadi", "LETKOL") in ranks
    assert ("Dewi Kartika Sari", "AKBP") in ranks
    corps = {r.properties.get("corps") for r in g.rels("HAS_RANK")}
    assert "Inf" in corps


def test_positions_units_and_commands():
    g, names = graph_of("Kapolres Sumba Timur, AKBP Yohanes Bili, dan Wakapolres Sumba Timur Kompol Matius Ndapa "
                        "mengikuti rapat koordinasi di Aula Polres Sumba Timur, Senin (5/2/2024).")
    held = rels(g, names, "HOLDS_POSITION")
    assert ("Yohanes Bili", "Kapolres Sumba Timur") in held
    assert ("Matius Ndapa", "Wakapolres Sumba Timur") in held
    commands = rels(g, names, "COMMANDS")
    assert ("Yohanes Bili", "Polres Sumba Timur") in commands
    assert not any(who == "Matius Ndapa" for who, _ in commands)  # deputies do not command


def test_koramil_code_and_acting_status():
    g, names = graph_of("Hadir Plt Bupati Ngada, Yosef Dopo, dan Danramil 1625/02 Bajawa Kapten Inf Made Arta "
                        "dalam rakor pada Kamis, 8 Agustus 2024.")
    held = {(names[r.start], names[r.end]): r.properties["status"] for r in g.rels("HOLDS_POSITION")}
    assert held[("Yosef Dopo", "Bupati Ngada")] == "acting"
    units = {n.properties["name"] for n in g.by_label("Unit")}
    assert any(u.startswith("Koramil 1625/02") for u in units)


def test_represented_by():
    g, names = graph_of("Rakor digelar Jumat (9/8/2024). Kapolres Alor, AKBP Agus Salim, yang diwakili oleh "
                        "Kabag Ops Polres Alor, Kompol Yan Piter, hadir dalam rakor tersebut.")
    assert ("Yan Piter", "Agus Salim") in rels(g, names, "REPRESENTED")
    attended = attendees(g, names)
    assert "Yan Piter" in attended and "Agus Salim" not in attended


def test_represented_through_melalui():
    g, names = graph_of("Kapolres Rote Ndao AKBP Dani Hakim melalui Kasat Intelkam Polres Rote Ndao Iptu Budi Raya "
                        "menghadiri rapat pada Selasa (6/8/2024).")
    assert ("Budi Raya", "Dani Hakim") in rels(g, names, "REPRESENTED")


def test_dates_with_and_without_year():
    text = "Kegiatan berlangsung Selasa (22/4). Pilkada 2025 tinggal menghitung hari."
    dates = find_dates(text)
    assert dates[0].resolve(text_year(text, dates)) == "2025-04-22"
    assert find_dates("Senin, 5 Februari 2024")[0].resolve(None) == "2024-02-05"
    assert find_dates("Sabtu (23/11/24)")[0].resolve(None) == "2024-11-23"
    assert find_dates("Selasa (22/4)")[0].resolve(text_year("Selasa (22/4)")) is None
    assert find_time("dimulai pukul 09.30 WITA") == ("09:30", "WITA")
    assert find_dates("Koramil 1604/01 Kupang") == []


def test_short_forms():
    assert is_short_form("Benny Arief", "Benny Miniani Arief")
    assert is_short_form("Awi", "Awi Setiyono")
    assert not is_short_form("Miniani", "Benny Miniani Arief")
    assert not is_short_form("Arief Budiman", "Benny Miniani Arief")


def test_abbreviations_do_not_end_sentences():
    sentences = split_sentences("Hadir Pangdam IX/Udayana Mayjen. TNI Budi Santoso, S.IP. Acara berjalan lancar.")
    assert len(sentences) == 2


def test_junk_lines_are_dropped_and_reported():
    g = extract(Article("article:j", "Kapolres Ende AKBP Ari Wibowo memimpin rapat, Senin (1/7/2024).\n"
                                     "Baca juga: Kapolres Sikka AKBP Hery Prasetyo Dilantik\nADVERTISEMENT", "j.txt"))
    names = {n.properties["name"] for n in g.by_label("Person")}
    assert names == {"Ari Wibowo"}
    assert any(line.startswith("teaser") for line in g.dropped_lines)


def test_bad_text_never_crashes():
    # one 200 KB token (0.7 s; 5 MB took 20 s in spaCy's tokenizer, and the length of an article is
    # test_a_long_article_is_read_in_linear_time's)
    for text in ["", "   \n  ", "<html><body><p>Halo</p></body></html>", "x" * 200_000]:
        extract(Article("article:bad", text, "bad.txt"))
    with pytest.raises(ValueError):
        decode(b"\x00\x01binary")
    assert decode("caf\xe9".encode("cp1252"))[0] == "caf\xe9"


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared/eval is not beside this checkout")
@pytest.mark.parametrize("raw,gold,floor,row_floor", [
    (ROOT / "examples", SHARED / "eval" / "gold", 0.95, 0.85),  # the target on the seeds (0.964, rows >= 0.857)
    (SHARED / "eval" / "dev" / "raw", SHARED / "eval" / "dev" / "gold", 0.963, 0.0),  # measured 0.9633 on all 70 dev articles; only raise it
    # 24 real articles annotated blind (benchmarks/gold_real/README.md): measured 0.9350 now; only raise it
    (SHARED / "corpus" / "real", ROOT / "benchmarks" / "gold_real", 0.935, 0.0),
    # 30 more, annotated blind a session later (benchmarks/gold_real2/README.md): 0.842 when made, 0.9250 now
    (SHARED / "corpus" / "real", ROOT / "benchmarks" / "gold_real2", 0.925, 0.0),
    # and 30 more later that session (benchmarks/gold_real3/README.md): 0.816 when made, 0.9164 now
    (SHARED / "corpus" / "real", ROOT / "benchmarks" / "gold_real3", 0.916, 0.0),
    # and 30 more a session later (benchmarks/gold_real4/README.md): 0.903 when made, 0.9462 now
    (SHARED / "corpus" / "real", ROOT / "benchmarks" / "gold_real4", 0.946, 0.0),
    # and 40 more, annotated blind by four sessions (benchmarks/gold_real5/README.md): 0.918 when made, 0.9685 now
    (SHARED / "corpus" / "real", ROOT / "benchmarks" / "gold_real5", 0.968, 0.0),
    # and 30 more, annotated blind by three sessions (benchmarks/gold_real6/README.md): 0.8722 when made, 0.9142 now
    (SHARED / "corpus" / "real", ROOT / "benchmarks" / "gold_real6", 0.914, 0.0),
    # and 30 more, blind, by three sessions (benchmarks/gold_real7/README.md): 0.9175 when made, 0.9461 now (read since)
    (SHARED / "corpus" / "real", ROOT / "benchmarks" / "gold_real7", 0.946, 0.0),
    # and the corpus's last 42, blind, by three sessions (benchmarks/gold_real8/README.md): 0.8467 when made,
    # 0.8831 now (its first half read since, the second half still blind)
    (SHARED / "corpus" / "real", ROOT / "benchmarks" / "gold_real8", 0.883, 0.0),
])
def test_extraction_scores(tmp_path, raw, gold, floor, row_floor):
    """Seeds: overall F1 >= 0.95 and every row >= 0.85. Dev (70 articles) and the blind real sets (24, 30, 30, 30, 40, 30, 30, 42):
    no regression below the recorded score."""
    from kg.pipeline import extract_to_dir

    inputs = [raw / f"{g.stem}.txt" for g in gold.glob("*.json")] if gold.parent == ROOT / "benchmarks" else [raw]
    extract_to_dir(inputs, tmp_path)
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(tmp_path), "--json"],
                         capture_output=True, text=True, check=True).stdout
    scores = json.loads(out)
    f1 = scores.get("overall", {}).get("f1") if isinstance(scores.get("overall"), dict) else None
    assert f1 is not None, out[:500]
    rows = {k: v["f1"] for k, v in scores.items() if isinstance(v, dict) and "f1" in v}
    print(f"F1 on {raw.name}: overall {f1:.3f}; " + ", ".join(f"{k} {v:.2f}" for k, v in rows.items()))
    assert f1 >= floor
    low = {k: v for k, v in rows.items() if v < row_floor}
    assert not low, low


def test_synthetic_reports_from_many_regions_are_read_back():
    """Reports generated from a synthetic world (benchmarks/synthetic.py: regions
    all over Indonesia, police/military/civil/election offices, ranks with corps,
    some page junk) are read back: the persons named and who attended."""
    from benchmarks.synthetic import build_world, meeting_text, meetings

    world = build_world(persons=2000, seed=11)
    tp = fp = fn = present = attended = 0
    for i, m in enumerate(meetings(world, 60, seed=12)):
        g = extract(Article(f"article:s{i}", meeting_text(world, m, seed=i), "synthetic"))
        got = {n.name for n in g.by_label("Person")}
        want = {h[1] for _, h in m.present} | {dh[1] for *_, dh in m.represented} | {h[1] for _, h in m.former}
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
        came = {g.nodes[r.start].name for r in g.rels("ATTENDED")}
        present += len(m.present)
        attended += len({h[1] for _, h in m.present} & came)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"\nsynthetic reports: persons P {precision:.3f} R {recall:.3f}, attended R {attended / present:.3f}")
    assert precision >= 0.97 and recall >= 0.92
    assert attended / present >= 0.92


def _graph(text: str):
    return graph_of(text)[0]


def _rels(g, rel_type):
    return rels(g, {n.id: n.name for n in g.nodes.values()}, rel_type)


def test_former_office_named_by_demonstrative():
    g = _graph("Rakor dibuka Kapolres Alor AKBP Yosef Bria, Senin (4/3/2024). "
               "Kapolres Alor melalui Kabag Ops Kompol Andreas Lake menyampaikan arahan. "
               "Dikatakan mantan Kasat Reskrim Polres Ende ini, sinergi sangat penting.")
    held = {(g.nodes[r.start].name, g.nodes[r.end].name, r.properties["status"]) for r in g.rels("HOLDS_POSITION")}
    assert ("Andreas Lake", "Kasat Reskrim Polres Ende", "former") in held
    assert ("Andreas Lake", "Yosef Bria") in _rels(g, "REPRESENTED") or \
        ("Andreas Lake", "Kapolres Alor") in _rels(g, "REPRESENTED")


def test_coordinated_titles_share_their_unit():
    g = _graph("Turut hadir Ketua dan Komisioner Bawaslu Sikka serta Kasat Pol-PP Sikka.")
    offices = {n.name for n in g.by_label("Position")}
    assert {"Ketua Bawaslu Kabupaten Sikka", "Komisioner Bawaslu Kabupaten Sikka", "Kasatpol PP Sikka"} <= offices


def test_offices_one_votes_for_are_not_present():
    g = _graph("Warga Manggarai akan memilih Bupati dan Wakil Bupati Manggarai pada November 2024. "
               "Rakor dihadiri Wakil Bupati Ende.")
    assert {n.name for n in g.by_label("Position")} == {"Wakil Bupati Ende"}


def test_offices_of_bodies_outside_the_lexicon():
    g = _graph("Rapat dihadiri Ketua FKUB Kab. Sikka, Kasi Diskes Kab. Sikka dan Ketua PHDI Kabupaten Sikka.")
    offices = {n.name for n in g.by_label("Position")}
    assert {"Ketua FKUB Kabupaten Sikka", "Kasi Diskes Kabupaten Sikka", "Ketua PHDI Kabupaten Sikka"} <= offices
    assert not g.by_label("Person")


def test_representation_written_first_and_through_a_speech():
    g = _graph("Mewakili Kapolres Lembata, Wakapolres Lembata Kompol Yakobus Tefa membuka rakor.")
    assert ("Yakobus Tefa", "Kapolres Lembata") in _rels(g, "REPRESENTED")
    g = _graph("Kapolda Bali Irjen Pol Made Sudana dalam amanatnya yang dibacakan Wakapolda Bali, "
               "Brigjen Pol Ketut Arsa, meminta semua unsur bersinergi.")
    assert ("Ketut Arsa", "Made Sudana") in _rels(g, "REPRESENTED")
    g = _graph("Ketua Pengadilan Negeri Ende Kelas IB yang diwakili oleh Maria Goreti Bria, S.H. hadir dalam rakor.")
    assert ("Maria Goreti Bria", "Ketua Pengadilan Negeri Ende") in _rels(g, "REPRESENTED")


def test_polsek_at_its_polres_is_part_of_it():
    g = _graph("Lima Polsek diresmikan, diantaranya Polsek Kota Raja di Polres Ende.")
    assert any(a.startswith("Polsek") and b == "Polres Ende" for a, b in _rels(g, "PART_OF"))


def test_staff_offices_read_from_their_parts():
    g = _graph("Rakor dihadiri Kepala Bidang Humas Polda Sumatera Barat Kombes Pol Andi Lubis, "
               "Kasubdit Kamneg Ditintelkam Polda Riau AKBP Heri Siregar, Kadis Kesehatan Pasaman Budi Wibowo "
               "dan para Kasat Se Jajaran Polda Riau.")
    held = _rels(g, "HOLDS_POSITION")
    assert ("Andi Lubis", "Kabid Humas Polda Sumbar") in held
    assert ("Heri Siregar", "Kasubdit Kamneg Ditintelkam Polda Riau") in held
    assert ("Budi Wibowo", "Kadis Kesehatan Pasaman") in held
    assert not any("Kasat" in n.name for n in g.by_label("Position"))


def test_units_listed_as_present_attend():
    g = _graph("Rakor di Aula Polres Alor, Senin (4/3/2024), dihadiri Kapolres Alor AKBP Yosef Bria, "
               "Kejaksaan Negeri Alor, Basarnas dan Kodim 1622/Alor.")
    came = {g.nodes[r.start].name for r in g.rels("ATTENDED")}
    assert {"Yosef Bria", "Basarnas", "Kodim 1622/Alor"} <= came
    assert "Polres Alor" not in came  # the venue's unit is not listed as present


def test_sentences_opening_with_nav_words_are_kept():
    from loaders.clean import clean

    text = ("Selanjutnya ditempatkan Direktur Binmas Kombes Pol Yusuf Lubis di Gowa.\n"
            "Berita Selanjutnya »\nSebelumnya:\nSebelumnya, Kapolres Alor AKBP Yosef Bria membuka rakor.")
    kept = clean(text).text
    assert "Yusuf Lubis" in kept and "Yosef Bria" in kept
    assert "Berita Selanjutnya" not in kept and "Sebelumnya:" not in kept


def test_holder_after_bracketed_abbreviation_or_yang_baru():
    g = _graph("Kapolda Sulawesi Tengah (Sulteng) Irjen Pol Agus Nugroho dan Kapolres Poso yang baru, "
               "AKBP Budi Lake, menghadiri rakor. Danrem 132 Tadulako Raya, Brigjen TNI Yosef Bria hadir.")
    commands = _rels(g, "COMMANDS")
    assert ("Agus Nugroho", "Polda Sulteng") in commands
    assert ("Budi Lake", "Polres Poso") in commands
    assert any(a == "Yosef Bria" and b.startswith("Korem 132") for a, b in commands)


def test_agency_heads_written_as_one_word():
    g = _graph("Rakor dihadiri Kadinkes Sikka, Maria Goreti Bria dan Kadishub NTT.")
    # one name for the office however it is glued; the written form stays an alias
    assert ("Maria Goreti Bria", "Kadis Kesehatan Sikka") in _rels(g, "HOLDS_POSITION")
    positions = {n.name: n.properties.get("aliases", []) for n in g.by_label("Position")}
    assert "Kadinkes Sikka" in positions["Kadis Kesehatan Sikka"]
    assert "Kadishub NTT" in positions["Kadis Perhubungan NTT"]


# -- the spaCy pipeline: cues found by the PhraseMatcher ----------------------

GLUED = ("Kupang - Rakor lintas sektoral digelar Senin (5/8/2024) di Aula Polres Kupang. Hadir "
         "AKBP.Benny Arief Lado, S.I.K selaku Kapolres-Kupang, Dandim 1604/Kupang Letkol Inf.Agus Salim "
         "Tarigan, Plt.Bupati Kupang Yosef Lede, serta Kabag Ops Polres Kupang yang diwakili oleh "
         "Kompol Made Arta. Sinergi TNI-Polri terus dijaga, kata Kasat Intelkam Iptu Rudi Hartono.")


def test_cues_mark_where_ranks_titles_and_units_begin():
    from loaders.extract import nlp

    doc = nlp()(GLUED)
    cues = {(span.label_, span.text) for span in doc.spans["kg_cues"]}
    assert {("rank", "Kompol"), ("unit", "Polres"), ("meeting", "Rakor"), ("title", "Kasat")} <= cues
    # glued tokens are one spaCy token, and still a cue for what they start with
    assert ("rank", "AKBP.Benny") in cues and ("title", "Plt.") in cues
    offsets = doc.user_data["kg_cue_offsets"]
    assert GLUED.index("Kupang", GLUED.index("Kapolres-")) in offsets["unit"] or \
        GLUED.index("Kapolres-") in offsets["title"]


@pytest.mark.parametrize("text", [GLUED,
                                  "Wakapolda NTT Brigjen Pol. Awi Setiyono membuka Rakor pada Kamis (1/8/2024), "
                                  "didampingi Pj. Wali Kota Kupang dan mantan Kapolres Belu ini.",
                                  "Kadishub DKI Jakarta dan Ketua FKUB Kab. Badung hadir; Kabid Humas Polda Sulsel "
                                  "Kombes Pol Budi Santoso memaparkan."])
def test_trying_rules_only_at_cues_finds_what_a_full_scan_finds(text):
    article = Article("article:cues", text, "cues.txt")
    full_scan = extract(article, cues=False)  # the pipeline without kg_cues: every rule tried everywhere
    assert json.dumps(extract(article).to_json(), sort_keys=True) == json.dumps(full_scan.to_json(), sort_keys=True)
    assert full_scan.by_label("Person")


def test_articles_parsed_in_batches_match_one_at_a_time():
    from loaders.extract import extract_many

    articles = [Article(f"article:b{i}", text, f"b{i}.txt") for i, text in enumerate([GLUED, "", GLUED.upper(), "x" * 50])]
    batched = [g.to_json() for g in extract_many(articles, batch_size=2)]
    assert batched == [extract(a).to_json() for a in articles]
    assert len(batched[0]["nodes"]) > 5


def test_title_ending_with_its_unit_takes_the_unit_that_goes_on():
    g, names = graph_of("Apel dihadiri Wadansat Brimob Polda Riau AKBP Yusuf Halim Nasution dan "
                        "Dansat Brimob Polda Bali pada Jumat (7/6/2024).")
    positions = {n.name for n in g.by_label("Position")}
    assert {"Wadansat Brimob Polda Riau", "Dansat Brimob Polda Bali"} <= positions
    assert ("Yusuf Halim Nasution", "Wadansat Brimob Polda Riau") in rels(g, names, "HOLDS_POSITION")
    assert ("Brimob Polda Riau", "Polda Riau") in rels(g, names, "PART_OF")


def test_staff_titles_written_as_one_word():
    g, names = graph_of("Rakor dihadiri Dirlantas Polda Sumut Kombes Pol Rudi Hartono Siregar, "
                        "Kasatreskrim Polres Tapanuli Utara dan Kakorlantas Polri pada Rabu (2/10/2024).")
    written = {a for n in g.by_label("Position") for a in [n.name, *n.properties.get("aliases", [])]}
    assert {"Dirlantas Polda Sumut", "Kasatreskrim Polres Tapanuli Utara", "Kakorlantas Polri"} <= written
    held = [(names[r.start], g.nodes[r.end].properties.get("aliases", [])) for r in g.rels("HOLDS_POSITION")]
    assert any(p == "Rudi Hartono Siregar" and "Dirlantas Polda Sumut" in aliases for p, aliases in held)
    assert not rels(g, names, "COMMANDS")  # staff offices command nothing


def test_village_heads_initials_and_glued_corps():
    g, names = graph_of("Rakor digelar di Aula Desa Oebelo, Kecamatan Kupang Tengah, Senin (2/12/2024). "
                        "Bupati Kupang Yosef Lede (YL) yang diwakili oleh Asisten I Bernadus Rihi hadir bersama "
                        "Kepala Desa Oebelo Markus Tefa dan Dandim 1604 Letkol Inf.AB Simanjuntak.")
    assert ("Markus Tefa", "Kepala Desa Oebelo") in rels(g, names, "HOLDS_POSITION")
    assert ("Bernadus Rihi", "Yosef Lede") in rels(g, names, "REPRESENTED")
    assert ("AB Simanjuntak", "LETKOL") in rels(g, names, "HAS_RANK")
    # the places of the meeting are no units of the story; the village of an office is
    units = {n.name for n in g.by_label("Unit")}
    assert "Desa Oebelo" in units and not any(u.startswith("Kecamatan") for u in units)


def test_office_with_its_unit_written_out_after_it():
    g, names = graph_of("Kapolsek Oesao AKP Hendrik Lado bersilaturahmi dengan Sekretaris Camat Kecamatan Kupang Timur, "
                        "Yulius Bria, pada Selasa (4/6/2024).")
    assert ("Yulius Bria", "Sekcam Kupang Timur") in rels(g, names, "HOLDS_POSITION")
    assert ("Sekcam Kupang Timur", "Kecamatan Kupang Timur") in rels(g, names, "OF")


def test_persons_said_not_to_come_do_not_attend():
    g, names = graph_of("Rakor dipimpin Wakil Bupati Ende Erikos Emanuel Rede pada Kamis (6/6/2024). "
                        "Bupati Ende Djafar Achmad tidak bisa hadir karena tugas lain. "
                        "Kami mohon maaf atas ketidakhadiran Kapolres Ende AKBP Andre Librian, ujarnya.")
    attended = attendees(g, names)
    assert "Erikos Emanuel Rede" in attended
    assert not attended & {"Djafar Achmad", "Andre Librian"}


def test_long_form_office_with_its_short_form_in_brackets_and_bare_institutions():
    g, names = graph_of("Kapolda Sulut menerima audiensi Komandan Pangkalan TNI Angkatan Laut (Danlanal) Bitung "
                        "pada Senin (3/3/2025). Hadir pula perwakilan dari Kejaksaan, Basarnas dan Densus 88.")
    positions = {n.name for n in g.by_label("Position")}
    assert "Danlanal Bitung" in positions
    attended = attendees(g, names)
    assert {"Kejaksaan", "Basarnas", "Densus 88", "Danlanal Bitung"} <= attended


def test_national_offices_have_their_unit_without_a_place():
    g, names = graph_of("Kunjungan kerja Kapolri dan Panglima TNI di Kupang pada Rabu (4/9/2024). "
                        "Panglima TNI Jenderal TNI Agus Subiyanto memberikan arahan kepada prajurit.")
    assert ("Agus Subiyanto", "TNI") in rels(g, names, "COMMANDS")
    assert {"Kapolri", "Panglima TNI"} <= {n.name for n in g.by_label("Position")}
    assert ("Kapolri", "Polri") in rels(g, names, "OF")


def test_a_body_and_its_province_are_no_person():
    g, names = graph_of("Rakor dihadiri Ketua BEM Pesantren Kaltim dan Ketua Pemuda Kalimantan Timur pada Senin (3/3/2025).")
    assert not g.by_label("Person")
