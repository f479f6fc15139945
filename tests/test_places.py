"""Places: normalisation, gazetteer lookups, resolution rules and the component on hand-built documents."""

from __future__ import annotations

import pytest

from newsgraph.places.gazetteer import Candidate
from newsgraph.places.normalize import norm
from newsgraph.places.resolve import Toponym, haversine_km, resolve
from tests.conftest import make_doc


def cand(pid: int, name: str, kind: str, country: str, pop: int, lat: float, lon: float, admin1: str = "", code: str = "") -> Candidate:
    return Candidate(pid, None, name, kind, country, admin1, lat, lon, pop, code)


def test_norm_folds_accents_case_dots_and_article():
    assert norm("São  Paulo") == norm("sao paulo") == "sao paulo"
    assert norm("The Hague") == "hague"
    assert norm("U.S.") == "us"
    assert norm("Baghdad’s") == "baghdad's"


def test_haversine():
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.1)


def test_resolve_prefers_populous_then_hierarchy():
    paris_fr = cand(1, "Paris", "city", "FR", 2_138_551, 48.85, 2.35)
    paris_tx = cand(2, "Paris", "city", "US", 24_782, 33.66, -95.56, admin1="TX")
    texas = cand(3, "Texas", "admin1", "US", 25_000_000, 31.0, -99.0, admin1="TX")
    alone = Toponym(0, 5, "Paris", "paris", (paris_fr, paris_tx))
    resolve([alone])
    assert alone.chosen == paris_fr
    child = Toponym(0, 5, "Paris", "paris", (paris_fr, paris_tx))
    parent = Toponym(7, 12, "Texas", "texas", (texas,))
    child.parent = parent
    resolve([child, parent])
    assert child.chosen == paris_tx


def test_resolve_one_sense_per_name_and_context():
    # two countries named in the text pull an ambiguous town name towards them
    tripoli_ly = cand(1, "Tripoli", "city", "LY", 1_150_989, 32.9, 13.2)
    tripoli_lb = cand(2, "Tripoli", "city", "LB", 229_398, 34.4, 35.8)
    lebanon = cand(3, "Lebanon", "country", "LB", 6_848_925, 33.8, 35.8)
    tops = [Toponym(0, 7, "Lebanon", "lebanon", (lebanon,)), Toponym(9, 16, "Tripoli", "tripoli", (tripoli_ly, tripoli_lb)),
            Toponym(20, 27, "Lebanon", "lebanon", (lebanon,)), Toponym(30, 37, "Tripoli", "tripoli", (tripoli_ly, tripoli_lb))]
    resolve(tops)
    assert tops[1].chosen == tops[3].chosen == tripoli_lb


def test_city_beats_admin_area_of_the_same_name():
    city = cand(1, "Kirkuk", "city", "IQ", 1_031_000, 35.47, 44.39)
    area = cand(2, "Kirkuk", "admin1", "IQ", 1_052_788, 35.35, 44.07)
    t = Toponym(0, 6, "Kirkuk", "kirkuk", (area, city))
    resolve([t])
    assert t.chosen == city


@pytest.fixture(scope="module")
def gaz(settings):
    from newsgraph.places.gazetteer import open_gazetteer

    return open_gazetteer(settings.cache_dir)


def test_gazetteer_lookups(gaz):
    assert any(c.kind == "city" and c.country == "IQ" for c in gaz.lookup("Baghdad"))
    assert gaz.demonym("Iraqi").country == "IQ"
    assert gaz.demonym("European").kind == "continent"
    us = gaz.country("US")
    assert us is not None and us.geonames_id == 6252001
    assert any(c.kind == "region" for c in gaz.lookup("Middle East"))
    assert gaz.airports_in("Baghdad", "IQ")[0].code == "BGW"
    assert gaz.stats()["version"]


@pytest.fixture(scope="module")
def run(pipeline):
    def _run(text: str):
        doc = pipeline(make_doc(text))
        return doc.get("places")

    return _run


pytestmark_model = pytest.mark.model


@pytest.mark.model
def test_component_hierarchy_and_demonyms(run):
    places = run("Fighting spread from Mosul, Iraq to Aleppo, Syria. Iraqi troops and American advisers arrived.")
    by = {p.text: p for p in places}
    assert by["Mosul"].country == "IQ" and by["Mosul"].kind == "city"
    assert by["Iraq"].kind == "country"
    assert haversine_km(by["Mosul"].lat, by["Mosul"].lon, 36.34, 43.12) < 25
    assert by["Iraqi"].form == "demonym" and by["Iraqi"].country == "IQ"
    assert by["American"].form == "demonym" and by["American"].country == "US"
    assert by["Mosul"].admin1


@pytest.mark.model
def test_component_groups_are_not_places(run):
    places = run("Daesh fighters attacked the town. The Hashd al-Sha'abi said Daesh was retreating from Iraq.")
    texts = {p.text for p in places}
    assert "Daesh" not in texts and "Hashd al-Sha'abi" not in texts
    assert "Iraq" in texts


@pytest.mark.model
def test_component_airport_and_relation(run):
    places = run("He was killed outside Baghdad's airport. US soldiers are seen at an airbase northwest of Kirkuk in Iraq.")
    by = {p.text: p for p in places}
    ap = by["Baghdad's airport"]
    assert ap.kind == "airport" and ap.country == "IQ"
    assert haversine_km(ap.lat, ap.lon, 33.2625, 44.2346) < 15
    rel = by["airbase"]
    assert rel.form == "relation" and rel.relation == "northwest of" and rel.anchor_id == by["Kirkuk"].id


@pytest.mark.model
def test_component_us_abbreviation_and_caption_only_place(run):
    places = run("The U.S. said on Friday it would stay.\n\nA soldier in Mosul, Iraq on July 23, 2003.")
    by = {p.text: p for p in places}
    assert by["U.S."].country == "US" and by["U.S."].kind == "country"
    assert "Mosul" in by


@pytest.mark.model
def test_component_state_abbreviation_after_town(run):
    places = run("The factory in Springfield, Ill., closed. Officials in Paris, Texas, disagreed.")
    by = {p.text: p for p in places}
    ill = next(p for p in places if p.text.startswith("Ill"))
    assert ill.kind == "admin" and ill.country == "US"
    assert by["Springfield"].admin1 == "Illinois"
    assert by["Paris"].country == "US"


@pytest.mark.model
def test_component_unknown_street_is_anchored_in_the_main_city(run):
    places = run("Residents of New Orleans met on Frenchmen Street. New Orleans officials agreed.")
    by = {p.text: p for p in places}
    street = by["Frenchmen Street"]
    assert street.kind is None and street.relation == "in"
    assert street.anchor_id in {p.id for p in places if p.text == "New Orleans"}
    assert street.lat == by["New Orleans"].lat


@pytest.mark.model
def test_component_embedded_and_metonymy(run):
    places = run("Washington said on Monday that the Toronto Star had reported it. The Iraqi Parliament voted.")
    by = {(p.text, p.form): p for p in places}
    assert by[("Toronto", "embedded")].country == "CA"
    assert by[("Iraqi", "embedded")].country == "IQ"
    assert by[("Washington", "name")].kind == "city"


def test_resolve_two_senses_when_the_text_says_so():
    paris_fr = cand(1, "Paris", "city", "FR", 2_138_551, 48.85, 2.35)
    paris_tx = cand(2, "Paris", "city", "US", 24_782, 33.66, -95.56, admin1="TX")
    texas = cand(3, "Texas", "admin1", "US", 25_000_000, 31.0, -99.0, admin1="TX")
    france = cand(4, "France", "country", "FR", 67_000_000, 46.0, 2.0)
    a = Toponym(0, 5, "Paris", "paris", (paris_fr, paris_tx))
    a.parent = Toponym(7, 12, "Texas", "texas", (texas,))
    b = Toponym(20, 25, "Paris", "paris", (paris_fr, paris_tx))
    b.parent = Toponym(27, 33, "France", "france", (france,))
    resolve([a, a.parent, b, b.parent])
    assert a.chosen == paris_tx and b.chosen == paris_fr


@pytest.mark.model
def test_component_dateline_and_arabic_article(run):
    places = run("BEIRUT (AP) — Syrian troops entered the city of Qamishli on Sunday, officials said.")
    by = {p.text: p for p in places}
    assert by["BEIRUT"].country == "LB" and by["BEIRUT"].kind == "city"
    assert by["Qamishli"].country == "SY"
    assert by["Syrian"].form == "demonym"


def test_city_over_admin_does_not_beat_a_bigger_city_abroad():
    athens_gr = cand(1, "Athens", "city", "GR", 664_046, 37.98, 23.73)
    athens_ga = cand(2, "Athens", "city", "US", 127_315, 33.96, -83.38, admin1="GA")
    county_oh = cand(3, "Athens County", "admin2", "US", 37_619, 39.33, -82.04, admin1="OH")
    t = Toponym(0, 6, "Athens", "athens", (athens_gr, athens_ga, county_oh))
    resolve([t])
    assert t.chosen == athens_gr


def test_state_context_and_state_that_holds_a_resolved_city():
    jc_mo = cand(1, "Jefferson City", "city", "US", 42_595, 38.58, -92.17, admin1="MO")
    jc_tn = cand(2, "Jefferson City", "city", "US", 8_504, 36.12, -83.49, admin1="TN")
    columbia_mo = cand(3, "Columbia", "city", "US", 123_195, 38.95, -92.33, admin1="MO")
    columbia_sc = cand(4, "Columbia", "city", "US", 136_632, 34.0, -81.03, admin1="SC")
    missouri = cand(5, "Missouri", "admin1", "US", 6_000_000, 38.25, -92.5, admin1="MO")
    tops = [Toponym(0, 8, "Columbia", "columbia", (columbia_mo, columbia_sc)),
            Toponym(13, 27, "Jefferson City", "jefferson city", (jc_mo, jc_tn)),
            Toponym(33, 41, "Missouri", "missouri", (missouri,))]
    resolve(tops)
    assert tops[0].chosen == columbia_mo and tops[1].chosen == jc_mo
    athens_ga = cand(6, "Athens", "city", "US", 127_315, 33.96, -83.38, admin1="GA")
    clarke = cand(7, "Clarke County", "admin2", "US", 127_000, 33.95, -83.37, admin1="GA")
    georgia_us = cand(8, "Georgia", "admin1", "US", 4_835_606, 32.75, -83.5, admin1="GA")
    georgia_ge = cand(9, "Georgia", "country", "GE", 3_704_500, 42.0, 43.5)
    tops = [Toponym(0, 6, "Athens", "athens", (athens_ga,)), Toponym(8, 21, "Clarke County", "clarke county", (clarke,)),
            Toponym(30, 37, "Georgia", "georgia", (georgia_ge, georgia_us))]
    resolve(tops)
    assert tops[2].chosen == georgia_us


@pytest.mark.model
def test_small_town_written_with_its_state(run):
    places = run("The fire started in Paris, Texas, and spread toward Hugo, Okla., officials said.")
    by = {p.text: p for p in places}
    assert by["Hugo"].country == "US" and by["Hugo"].admin1 == "Oklahoma"
    assert by["Paris"].admin1 == "Texas"


def test_town_and_county_named_together_lie_together():
    bl_mn = cand(1, "Bloomington", "city", "US", 85_000, 44.84, -93.30, admin1="MN")
    bl_in = cand(2, "Bloomington", "city", "US", 84_000, 39.17, -86.53, admin1="IN")
    mo_in = cand(3, "Monroe County", "admin2", "US", 140_000, 39.16, -86.52, admin1="IN")
    mo_ny = cand(4, "Monroe County", "admin2", "US", 740_000, 43.15, -77.6, admin1="NY")
    tops = [Toponym(0, 11, "Bloomington", "bloomington", (bl_mn, bl_in)),
            Toponym(20, 33, "Monroe County", "monroe county", (mo_ny, mo_in))]
    resolve(tops)
    assert tops[0].chosen == bl_in and tops[1].chosen == mo_in
    mexico = cand(5, "Mexico", "country", "MX", 126_000_000, 23.0, -102.0)
    cdmx = cand(6, "Mexico", "admin2", "MX", 9_000_000, 19.4, -99.1)
    oaxaca = cand(7, "Oaxaca", "admin2", "MX", 300_000, 19.0, -98.5)
    tops = [Toponym(0, 6, "Mexico", "mexico", (mexico, cdmx)), Toponym(10, 16, "Oaxaca", "oaxaca", (oaxaca,))]
    resolve(tops)
    assert tops[0].chosen == mexico


@pytest.mark.model
def test_one_sense_per_name_and_local_bodies(run):
    places = run("CLARKSVILLE — The county approved a new school on Monday. Residents of Clarksville packed the meeting, "
                 "Tennessee officials said.")
    assert ("Clarksville", "Tennessee") in [(p.text, p.admin1) for p in places if p.form == "name"]
    places = run("The Sellersburg Town Council met Tuesday. Sellersburg, in Clark County, Indiana, is near Louisville.")
    assert ("Sellersburg", "Indiana") in [(p.text, p.admin1) for p in places if p.form == "name"]
    assert not [p for p in run("The State Council met in Beijing.") if p.text == "State"]


@pytest.mark.model
def test_town_after_a_preposition_of_place(run):
    places = run("US Special Forces patrolled in Manbij near the front line.")
    assert [p.country for p in places if p.text == "Manbij"] == ["SY"]
    places = run("Barry, who was from Dewsbury, said she was kind. A spokesman from Google said the app works.")
    assert [(p.text, p.country) for p in places] == [("Dewsbury", "GB")]


# --- places without false precision (issue 12) ---


@pytest.mark.model
def test_no_place_from_a_person_or_a_persons_surname(run):
    places = run("Officer Daniel Salinas said the road was closed. Salinas added that Maria Gomez Leon was safe "
                 "and that the crash happened in Monterrey, Mexico.")
    texts = {p.text for p in places}
    assert "Salinas" not in texts and "Leon" not in texts
    assert "Monterrey" in texts


@pytest.mark.model
def test_no_place_from_time_zones_party_notes_or_caps_labels(run):
    places = run("Sen. Jane Doe (R-Burlington) and Rep. John Roe, D-Ohio, voted no at 9:45 a.m. EST on Friday in Boston.\n\n"
                 "TRAVEL NOTES. QUIET CAR. Riders asked for silence.")
    assert [p.text for p in places] == ["Boston"]


def test_time_zone_and_party_patterns():
    from newsgraph.places.recognize import _CLOCK_BEFORE, _PARTY_BEFORE, _label_context

    assert _CLOCK_BEFORE.search("at 12:30 p.m. ")
    assert _CLOCK_BEFORE.search("on Jul 25, 2015 at 11:11pm ")
    assert not _CLOCK_BEFORE.search("flew from ")
    assert _PARTY_BEFORE.search("Rep. Smith (R-") and _PARTY_BEFORE.search("Sherrod Brown, D-")
    assert not _PARTY_BEFORE.search("the COVID-")
    assert _label_context("QUIET CAR. Riders", 6, 9)
    assert not _label_context("the U.S. EPA said", 4, 8)


@pytest.mark.model
def test_possessor_ranks_places_near_it(run):
    places = run("Passengers at London's Heathrow were delayed on Monday, officials said.")
    by = {p.text: p for p in places}
    heathrow = by["Heathrow"]
    assert heathrow.country == "GB"
    assert haversine_km(heathrow.lat, heathrow.lon, by["London"].lat, by["London"].lon) < 100
    # a name the gazetteer lacks takes its possessor's point, as a region
    stadium = next(p for p in run("Fans filled Seoul's Jamsil Stadium on Friday.") if p.text == "Jamsil Stadium")
    assert stadium.country == "KR" and stadium.precision == "region" and stadium.relation == "in"


def test_resolve_possessor_bonus():
    london = cand(1, "London", "city", "GB", 8_961_989, 51.51, -0.13)
    heathrow_us = cand(2, "Heathrow", "city", "US", 5_896, 28.76, -81.37, admin1="FL")
    heathrow_gb = cand(3, "Heathrow", "airport", "GB", 100_000, 51.47, -0.45)
    owner = Toponym(0, 6, "London", "london", (london,))
    t = Toponym(9, 17, "Heathrow", "heathrow", (heathrow_us, heathrow_gb))
    t.possessor = owner
    resolve([owner, t])
    assert t.chosen == heathrow_gb


@pytest.mark.model
def test_unknown_names_never_take_another_places_point(run):
    places = run("Fighters took Kobane on Monday. Thousands of families fled to Mount Sinjar. "
                 "Governors of the Great Lakes states met in Chicago.")
    by = {p.text: p for p in places}
    points = {(p.lat, p.lon) for p in places if p.precision == "point"}
    for name in ("Mount Sinjar", "Great Lakes"):
        p = by.get(name)
        assert p is None or p.lat is None or (p.precision == "region" and (p.lat, p.lon) not in points)
    assert "Lakes" not in by


@pytest.mark.model
def test_unknown_name_named_after_a_place_takes_it_as_a_region(run):
    places = run("Crews worked on the Tijuana River near the border, officials in Tijuana said.")
    river = next(p for p in places if p.text == "Tijuana River")
    assert river.precision == "region" and river.country == "MX"
    assert all(p.precision == "point" for p in places if p.text == "Tijuana")


@pytest.mark.model
def test_every_place_has_a_confidence_and_the_floor_is_a_setting(pipeline, settings):
    from dataclasses import replace

    from newsgraph.places.component import PlaceFinder

    doc = pipeline(make_doc("Flooding hit Mosul, Iraq on Monday. Iraqi officials met at Baghdad's airport and on "
                            "Royal Street in Baghdad. Holiday Town was quiet."))
    places = doc.get("places")
    assert places and all(0.0 <= p.confidence <= 1.0 for p in places)
    assert all(p.confidence >= settings.places_min_confidence for p in places)
    assert all(p.confidence > 0.5 for p in places if p.text in ("Mosul", "Iraq"))
    every = PlaceFinder(replace(settings, places_min_confidence=0.0)).find(doc)
    sure = PlaceFinder(replace(settings, places_min_confidence=0.95)).find(doc)
    assert len(sure) < len(every) and all(p.confidence >= 0.95 for p in sure)
    ids = {p.id for p in sure}
    assert all(p.anchor_id is None or p.anchor_id in ids for p in sure)


def test_confidence_model():
    from newsgraph.places.confidence import Features, confidence

    base = Features(form="name", kind="city", via="model", precision="point", margin=0.5, candidates=3, mentions=1,
                    words=1, all_caps=False)
    sure = Features(form="name", kind="country", via="model", precision="point", margin=10.0, candidates=3, mentions=4,
                    words=1, all_caps=False)
    assert 0.0 <= confidence(base) <= 1.0
    assert confidence(sure) > confidence(base)
    assert confidence(base, {"bias": 0.0}) == 0.5


def test_places_min_confidence_setting():
    from newsgraph.config import load_settings
    from newsgraph.errors import ConfigError

    assert load_settings(env={"NEWSGRAPH_PLACES_MIN_CONFIDENCE": "0.5"}).places_min_confidence == 0.5
    with pytest.raises(ConfigError):
        load_settings(env={"NEWSGRAPH_PLACES_MIN_CONFIDENCE": "2"})


@pytest.mark.model
def test_country_cut_in_two_and_dateline_after_a_sentence(run):
    places = run("By Jo Roe. BOSTON (Reuters) - The prime minister said that Trinidad and Tobago failed to attend.")
    by = {p.text: p for p in places}
    assert by["BOSTON"].country == "US"
    assert by["Trinidad and Tobago"].kind == "country" and "Tobago" not in by


@pytest.mark.model
def test_common_word_town_written_with_its_state(run):
    by = {p.text: p for p in run("The plant in Mobile, Alabama closed on Friday. A mobile unit left.")}
    assert by["Mobile"].admin1 == "Alabama" and by["Mobile"].kind == "city"


@pytest.mark.model
def test_short_form_of_a_persons_name_and_acronyms(run):
    places = run("Reporter Bill Holland covered the trial in Wausau, Wisconsin. Holland recalled the verdict. "
                 "The show featured an AI-composed song.")
    texts = [p.text for p in places]
    assert "Holland" not in texts and "AI" not in texts
    assert "Wausau" in texts
