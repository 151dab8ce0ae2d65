"""Each spaCy component of ``loaders`` on its own: the components it builds on and
the one under test, the others of the pipeline switched off."""

import json

import pytest

from loaders.extract import COMPONENTS, extract, nlp, register
from loaders.graph import article_graph
from loaders.read import Article

register()

MEETING = ("Kapolres Belu AKBP Benny Arief Lado memimpin rakor di Aula Polres Belu, Senin (5/8/2024). "
           "Hadir Dandim 1605/Belu Letkol Inf Agus Salim dan Wakapolres Kompol Made Arta. "
           "Bupati Belu yang diwakili oleh Asisten I Setda Belu, Yosef Bria.")


@pytest.fixture(scope="module")
def components():
    # the pipeline without kg_cues (the rules scan every character), built once a process:
    # spacy.blank("id") takes seconds (its tokenizer's special cases), and a blank one of this
    # module's own was a third build in `make test-fast`
    return nlp(cues=False)


@pytest.fixture()
def reading_of(components):
    def read(text: str, *names: str):
        """The reading of ``text`` after the named components, in the pipeline's order, and no other."""
        assert list(names) == [n for n in components.pipe_names if n in names], names
        with components.select_pipes(enable=list(names)):
            return components(text)._.kg
    return read


def test_sentences_open_the_reading(reading_of):
    st = reading_of("Hadir Pangdam IX/Udayana Mayjen. TNI Budi Santoso, S.IP. Acara berjalan lancar.", "kg_sentences")
    assert [s.text.strip() for s in st.sentences] == ["Hadir Pangdam IX/Udayana Mayjen. TNI Budi Santoso, S.IP.",
                                                      "Acara berjalan lancar."]
    assert st.article.id.startswith("article:") and st.text.startswith("Hadir")


def test_units_are_read_per_sentence(reading_of):
    st = reading_of("Rakor di Polres Belu. Hadir Kodim 1605/Belu dan Brimob Polda NTT.", "kg_units")
    assert {i: [u.name for _, _, u in found] for i, found in st.found_units.items()} == \
        {0: ["Polres Belu"], 1: ["Kodim 1605/Belu", "Brimob Polda NTT"]}
    a, b, unit = st.found_units[1][0]
    assert st.sentences[1].text[a:b] == "Kodim 1605/Belu" and unit.code == "1605" and unit.kind == "kodim"


def test_offices_take_their_units_and_leave_the_others_free(reading_of):
    st = reading_of("Kapolres Belu AKBP Budi Santoso hadir bersama Basarnas dan Kasat Intelkam Polres Belu.",
                    "kg_units", "kg_offices")
    found = st.offices[0]
    assert [(t.title, t.position, t.unit.name) for t in found.titles] == \
        [("Kapolres", "Kapolres Belu", "Polres Belu"), ("Kasat Intelkam", "Kasat Intelkam Polres Belu", "Polres Belu")]
    assert [u.name for _, _, u in found.free_units] == ["Basarnas"]
    assert not st.mentions  # persons are kg_persons' job


def test_offices_in_lower_case_are_tentative(reading_of):
    st = reading_of("Saat membacakan sambutan kapolres Belu, Hartono menegaskan kesiapan personel.",
                    "kg_units", "kg_offices")
    found = st.offices[0]
    assert found.titles and found.tentative == found.titles


def test_persons_hold_the_offices_before_them(reading_of):
    st = reading_of("Kapolres Belu AKBP Budi Santoso, S.I.K. dan Camat Atambua Selatan Maria Kolo hadir.",
                    "kg_units", "kg_offices", "kg_persons")
    assert [(p.name, p.rank, p.title.position) for p in st.mentions] == \
        [("Budi Santoso", "AKBP", "Kapolres Belu"), ("Maria Kolo", None, "Camat Atambua Selatan")]
    assert st.mentions[0].degrees == ["S.I.K."]
    assert [t.position for _, t in st.titles] == ["Kapolres Belu", "Camat Atambua Selatan"]
    # the unit inside an office is the office's; the article's units list it once, with the office
    assert [u.name for _, _, _, u in st.units].count("Polres Belu") == 1


def test_short_forms_are_aliases_of_the_full_name(reading_of):
    st = reading_of("AKBP Benny Arief Lado membuka rakor. AKBP Benny Arief mengatakan rapat berjalan lancar.",
                    "kg_units", "kg_offices", "kg_persons", "kg_short_forms")
    assert list(st.persons) == ["Benny Arief Lado"]
    assert st.aliases["Benny Arief Lado"] == {"Benny Arief"}
    assert {p.key for p in st.mentions} == {"Benny Arief Lado"}


def test_unit_forms_complete_offices_from_the_story(reading_of):
    text = "Kapolres Belu AKBP Benny Lado membuka rakor. Wakapolres Kompol Made Arta hadir."
    before = reading_of(text, "kg_units", "kg_offices", "kg_persons", "kg_short_forms")
    after = reading_of(text, "kg_units", "kg_offices", "kg_persons", "kg_short_forms", "kg_unit_forms")
    assert [t.position for _, t in before.titles] == ["Kapolres Belu", "Wakapolres"]
    assert [t.position for _, t in after.titles] == ["Kapolres Belu", "Wakapolres Belu"]
    assert after.titles[1][1].unit.name == "Polres Belu"


def test_a_bare_office_with_a_demonstrative_names_who_was_spoken_of(reading_of):
    text = "Kapolres Belu AKBP Benny Lado membuka rakor. Kapolres Belu tersebut menegaskan kesiapan personel."
    names = ("kg_units", "kg_offices", "kg_persons", "kg_short_forms", "kg_unit_forms")
    assert [p.sentence for p in reading_of(text, *names).mentions] == [0]
    st = reading_of(text, *names, "kg_anaphora")
    assert [(p.key, p.sentence) for p in st.mentions] == [("Benny Lado", 0), ("Benny Lado", 1)]


def test_meetings_have_a_date_kind_venue_and_identity(reading_of):
    st = reading_of(MEETING, "kg_units", "kg_offices", "kg_persons", "kg_short_forms", "kg_unit_forms",
                    "kg_meetings")
    assert st.date == "2024-08-05"
    node = st.meeting_node
    assert (node["kind"], node["date"], node["venue"], node["mode"]) == ("rakor", "2024-08-05", "Aula Polres Belu",
                                                                         "in_person")
    # the host is no organiser here: the meeting is known by the unit of the office that chairs
    assert node["id"] == "meeting:2024-08-05-rakor-unit-polres-belu" and st.host is None
    assert st.meeting_sentences == {0}


def test_an_article_without_a_meeting_is_dated_by_its_first_weekday(reading_of):
    st = reading_of("Kapolres Belu AKBP Benny Lado, Selasa (6/8/2024), menyerahkan bantuan.", "kg_meetings")
    assert st.meeting is None and st.meeting_node is None and st.date == "2024-08-06"


def test_representation_lists_who_stood_in_for_whom(reading_of):
    st = reading_of(MEETING, "kg_units", "kg_offices", "kg_persons", "kg_short_forms", "kg_unit_forms",
                    "kg_meetings", "kg_representation")
    assert [(kind, who, x.position, evidence.split(",")[0]) for kind, who, x, evidence in st.represented] == \
        [("office", "Yosef Bria", "Bupati Belu", "Bupati Belu yang diwakili oleh Asisten I Setda Belu")]
    assert st.absent == {"Bupati Belu"}


def test_representation_names_a_stand_in_no_other_rule_read(reading_of):
    st = reading_of("Rakor dibuka Bupati Belu yang diwakili oleh Tituk Tumuli, Senin (5/8/2024).",
                    "kg_units", "kg_offices", "kg_persons", "kg_short_forms", "kg_unit_forms", "kg_meetings",
                    "kg_representation")
    assert list(st.stand_ins) == ["Tituk Tumuli"] and "Tituk Tumuli" not in st.persons
    assert st.represented[0] == ("person", "Tituk Tumuli", [])
    assert st.represented[1][:2] == ("office", "Tituk Tumuli")


def test_attendance_lists_who_came_in_what_role(reading_of):
    st = reading_of(MEETING, "kg_units", "kg_offices", "kg_persons", "kg_short_forms", "kg_unit_forms",
                    "kg_meetings", "kg_representation", "kg_attendance")
    assert [(who, role) for kind, who, _, role, _ in st.attended] == \
        [("Benny Arief Lado", "chair"), ("Agus Salim", "participant"), ("Made Arta", "participant"),
         ("Yosef Bria", "participant")]
    assert all(kind == "person" for kind, *_ in st.attended)


def test_attendance_needs_a_meeting(reading_of):
    st = reading_of("Kapolres Belu AKBP Benny Lado menyerahkan bantuan.", "kg_units", "kg_offices", "kg_persons",
                    "kg_meetings", "kg_representation", "kg_attendance")
    assert st.mentions and st.attended == []


def test_the_pipeline_runs_the_components_in_order():
    assert nlp().pipe_names == list(COMPONENTS)
    assert nlp(cues=False).pipe_names == [n for n in COMPONENTS if n != "kg_cues"]


@pytest.mark.parametrize("text", [MEETING, "", "x" * 50])
def test_the_graph_of_a_doc_is_the_graph_of_its_article(text):
    doc = nlp()(text)  # a Doc made from a bare text is an article of its own
    article = Article(doc._.kg.article.id, text, "doc")
    assert json.dumps(article_graph(doc).to_json()) == json.dumps(extract(article).to_json())


def test_a_text_without_full_stops_is_cut_into_sentences_at_clause_boundaries():
    from loaders.sentences import MAX_SENTENCE, split_sentences

    text = "Rapat dihadiri " + ", ".join(f"Kapolsek Wae{i} AKP Budi Lado{i}" for i in range(500)) + ". Selesai."
    sentences = split_sentences(text)
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert all(text[s.start:s.start + len(s.text)] == s.text for s in sentences)  # offsets kept
    assert all(s.text.endswith(", ") for s in sentences[:-2])  # cut after a comma, not inside a name
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")
