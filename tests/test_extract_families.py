"""Failure families found on unseen news (dev031-070, the real corpus), each
rule checked on sentences written here with other names, places and units."""

from __future__ import annotations

from tests.test_extract import graph_of, rels


def persons(g) -> set[str]:
    return {n.properties["name"] for n in g.by_label("Person")}


# -- names -------------------------------------------------------------------

def test_one_word_name_after_an_office_where_the_clause_ends():
    g, names = graph_of("Rapat dihadiri Ketua Bawaslu Kabupaten Sleman, Hartawan, dan Sekda Provinsi Bengkulu "
                        "Marjuki serta Bupati Sleman Parwoto bersiaga di lokasi, Senin (5/2/2024).")
    held = rels(g, names, "HOLDS_POSITION")
    assert ("Hartawan", "Ketua Bawaslu Kabupaten Sleman") in held
    assert ("Marjuki", "Sekda Provinsi Bengkulu") in held
    assert ("Parwoto", "Bupati Sleman") in held


def test_one_word_after_an_office_is_no_name_in_headlines_and_lists():
    g, _ = graph_of("Kapolres Madiun Berdialog dengan Suporter Sepak Bola")
    assert persons(g) == set()
    g, _ = graph_of("Hadir dalam sertijab antara lain Wakapolda, Kabidpropam, Dirpamobvit, Wadirlantas, "
                    "Kapolres Blitar dan Kapolres Kediri.")
    assert persons(g) == set()
    g, _ = graph_of("Pangdam XVI Pattimura Gelar Rapat Koordinasi Bersama Forkopimda")
    assert persons(g) == set()


def test_rank_abbreviations_and_words_after_the_rank():
    g, names = graph_of("Rakor dihadiri Dir Samapta Polda Jambi KBP. Hendra Gunawan, S.I.K, Wakil Gubernur Maluku "
                        "Irjen Pol (Purn) Yusran Tahir, Danlantamal VI Brigjen TNI (Mar) Joko Waluyo dan "
                        "Pasi Log Kodim 0415/Batanghari Kapten Infanteri Rudi Sihombing, Kamis (4/4/2024).")
    ranks = rels(g, names, "HAS_RANK")
    assert ("Hendra Gunawan", "KOMBES POL") in ranks
    assert ("Yusran Tahir", "IRJEN POL") in ranks
    assert ("Joko Waluyo", "BRIGJEN TNI") in ranks
    assert ("Rudi Sihombing", "KAPTEN") in ranks
    assert {"Hendra Gunawan", "Yusran Tahir", "Joko Waluyo", "Rudi Sihombing"} == persons(g)


def test_degrees_written_without_dots_or_in_rare_forms():
    g, _ = graph_of("Kegiatan dihadiri Kepala Bidang Humas Polda Aceh Kombes Pol Ridwan Hasibuan SAN MM dan "
                    "Ketua KPU Kabupaten Aceh Besar Faisal Amri, S.Pdi, Selasa (2/4/2024).")
    assert persons(g) == {"Ridwan Hasibuan", "Faisal Amri"}
