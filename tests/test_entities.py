"""The entity component on hand-built documents: rules, merging, aliases, blocks."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.entities.canon import group
from newsgraph.entities.component import EntityFinder, find_mentions
from newsgraph.entities.rules import Cand
from newsgraph.records.entities import Entity, Mention
from tests.conftest import make_doc

pytestmark = pytest.mark.model


def run(nlp: Any, text: str, fmt: str = "text") -> tuple[dict[str, str], list[Entity], list[Mention]]:
    """(surface -> label of its body mentions, entities, mentions) for ``text``."""
    doc = make_doc(text, fmt=fmt)
    doc.nlp_doc = nlp(doc.text)
    EntityFinder()(doc)
    ments = list(doc.get("mentions"))
    labels = {m.text: m.label for m in ments if m.entity_id}
    return labels, list(doc.get("entities")), ments


def entity_of(ents: list[Entity], ments: list[Mention], surface: str) -> Entity:
    m = next(m for m in ments if m.text == surface and m.entity_id)
    return next(e for e in ents if e.id == m.entity_id)


def test_surname_joins_the_full_name(nlp: Any) -> None:
    labels, ents, ments = run(nlp, "Prime Minister Mohammed Shia al-Sudani spoke on Friday. Later, Sudani met the press.")
    assert labels["Mohammed Shia al-Sudani"] == "PERSON"
    assert labels.get("Sudani") == "PERSON"
    e = entity_of(ents, ments, "Sudani")
    assert e.name == "Mohammed Shia al-Sudani" and "Sudani" in e.aliases


def test_surname_is_found_where_the_model_missed_it(nlp: Any) -> None:
    text = "Daniel Montalvo, 19, was arrested on Friday. Montalvo had read an article. Police said Montalvo left."
    labels, ents, ments = run(nlp, text)
    found = [m for m in ments if m.text == "Montalvo" and m.entity_id]
    assert len(found) == 2 and all(m.label == "PERSON" for m in found)
    assert len({m.entity_id for m in ments if "Montalvo" in m.text}) == 1


def test_aliases_from_the_table_are_one_entity(nlp: Any) -> None:
    text = "Daesh fighters attacked the town. Obama said ISIS had grown. The Popular Mobilization Forces (Hashd al-Sha'abi) fought back."
    labels, ents, ments = run(nlp, text)
    assert labels["Daesh"] == labels["ISIS"] == "ORG"
    assert entity_of(ents, ments, "Daesh").id == entity_of(ents, ments, "ISIS").id
    pmf = entity_of(ents, ments, "Hashd al-Sha'abi")
    assert pmf.name == "Popular Mobilization Forces" and pmf.label == "ORG"
    assert pmf.alias_source.startswith("Wikipedia")


def test_acronym_in_parentheses_joins_its_name(nlp: Any) -> None:
    text = "The European Central Bank (ECB) cut rates on Thursday. Analysts said the ECB would act again."
    labels, ents, ments = run(nlp, text)
    assert labels["ECB"] == "ORG"
    assert entity_of(ents, ments, "ECB").name == "European Central Bank"


def test_coordinated_party_names(nlp: Any) -> None:
    text = "Certain American politicians, both from the Democratic and Republican parties, have spoken."
    labels, ents, ments = run(nlp, text)
    names = {e.name: e.label for e in ents}
    assert names.get("Democratic Party") == "ORG" and names.get("Republican Party") == "ORG"
    assert labels["Democratic"] == labels["Republican"] == "ORG"


def test_products(nlp: Any) -> None:
    text = "Qantas ordered twelve Airbus A380 jets on Monday. Apple unveiled the iPhone 4 and iOS 4 at its conference."
    labels, _, _ = run(nlp, text)
    assert labels.get("Airbus A380") == "MISC"
    assert labels.get("iPhone 4") == "MISC"
    assert labels.get("iOS 4") == "MISC"


def test_country_that_acts_is_org_but_keeps_gpe(nlp: Any) -> None:
    text = "Iraq declared victory over the group in December. Many people still live in Iraq."
    _, _, ments = run(nlp, text)
    iraq = [m for m in ments if m.text == "Iraq"]
    assert [m.label for m in iraq] == ["ORG", "LOC"]
    assert all(m.fine_label == "GPE" for m in iraq)


def test_place_after_near_is_a_location(nlp: Any) -> None:
    text = "Near Ar Raqqah, 15 strikes engaged five tactical units. Forces advanced toward Ar Raqqah."
    labels, _, _ = run(nlp, text)
    assert labels.get("Ar Raqqah") == "LOC"


def test_known_armed_group_is_org(nlp: Any) -> None:
    labels, _, _ = run(nlp, "Hezbollah fired rockets while Kata'ib Hezbollah denied any role.")
    assert labels.get("Hezbollah") == "ORG"
    assert labels.get("Kata'ib Hezbollah") == "ORG"


def test_currency_and_time_zone_are_not_entities(nlp: Any) -> None:
    labels, _, _ = run(nlp, "GM lost US$6 billion, the company said at 16:00 UTC on Monday in Detroit.")
    assert "UTC" not in labels and "US" not in labels


def test_byline_and_credit_are_not_body_entities(nlp: Any, shared: Any) -> None:
    text = (shared / "corpus" / "seed" / "article.md").read_text(encoding="utf-8")
    doc = make_doc(text, fmt="markdown")
    doc.nlp_doc = nlp(doc.text)
    recs = EntityFinder().find(doc)
    for r in recs:
        if isinstance(r, Mention) and doc.block_kind(r.start) in ("byline", "credit"):
            assert r.entity_id == ""
        if isinstance(r, Mention):
            assert not set(r.text) & set("*#_[]"), r.text
    persons = {r.name for r in recs if isinstance(r, Entity) and r.label == "PERSON"}
    assert "Crooked" not in persons and "Baghdad" not in persons


def test_find_mentions_is_flat_and_sorted(nlp: Any) -> None:
    text = "Boeing and Lockheed Martin bid for the United States Air Force (USAF) contract in Washington."
    cands = find_mentions(text, nlp(text))
    assert cands == sorted(cands)
    assert all(a.end <= b.start for a, b in zip(cands, cands[1:]))


def test_shared_surname_joins_no_one(nlp: Any) -> None:
    text = "Bill Clinton met Hillary Clinton in New York on Monday. Clinton later spoke to reporters."
    _, ents, ments = run(nlp, text)
    bill, hillary = entity_of(ents, ments, "Bill Clinton"), entity_of(ents, ments, "Hillary Clinton")
    assert bill.id != hillary.id
    alone = [m for m in ments if m.text == "Clinton" and m.entity_id]
    assert alone and all(m.entity_id not in (bill.id, hillary.id) for m in alone)


def test_short_forms_join_their_full_name(nlp: Any) -> None:
    text = ("Apple Inc. released a new phone on Tuesday, and Apple said sales were strong. "
            "The United States said the US would not intervene.")
    _, ents, ments = run(nlp, text)
    assert entity_of(ents, ments, "Apple").id == entity_of(ents, ments, "Apple Inc.").id
    assert entity_of(ents, ments, "US").name == "United States"


def test_first_name_alone_joins_the_one_full_name() -> None:
    text = "Isabel Ruiz drew it. Isabel and Mario Lucero wrote it. Lucero agreed."
    cands = [Cand(0, 11, "PERSON", "PERSON"), Cand(21, 27, "PERSON", "PERSON"), Cand(32, 44, "PERSON", "PERSON"),
             Cand(55, 61, "LOC", "GPE")]
    key_of, canon = group(text, cands)
    assert key_of[0] == key_of[1] and canon[key_of[0]] == "Isabel Ruiz"
    assert key_of[2] == key_of[3] and canon[key_of[2]] == "Mario Lucero"


def test_market_index_is_misc(nlp: Any) -> None:
    labels, _, _ = run(nlp, "The Nasdaq fell 82.65 points on Friday, while the Hang Seng index fell 5.5 percent.")
    assert labels.get("Nasdaq") == "MISC"
    assert labels.get("Hang Seng") == "MISC"


def test_titles_after_a_kind_of_work_and_crafts_are_misc(nlp: Any) -> None:
    text = "He read the novel Dark Matters twice. Space Shuttle Atlantis will go on display in Florida."
    labels, _, _ = run(nlp, text)
    assert labels.get("Dark Matters") == "MISC"
    assert labels.get("Space Shuttle Atlantis") == "MISC"


def test_names_inside_titles_and_of_complements(nlp: Any) -> None:
    text = ("Secretary of State John Kerry met officials of the United States Department of the Treasury "
            "in the Hashemite Kingdom of Jordan on Monday.")
    labels, _, _ = run(nlp, text)
    assert "State" not in labels
    assert labels.get("John Kerry") == "PERSON"
    assert labels.get("United States Department of the Treasury") == "ORG"


def test_facilities_are_places_and_religions_misc(nlp: Any) -> None:
    text = "Pilgrims gathered at the Grand Mosque while the Johnson Space Center in Houston said Islam was not the issue."
    labels, _, _ = run(nlp, text)
    assert labels.get("Johnson Space Center") == "LOC"
    assert labels.get("Islam", "MISC") == "MISC"


def test_head_word_alone_joins_the_one_organisation_it_heads() -> None:
    text = "The European Commission fined Google. The Commission said more would follow."
    cands = [Cand(4, 23, "ORG", "ORG"), Cand(30, 36, "ORG", "ORG"), Cand(42, 52, "ORG", "ORG")]
    key_of, canon = group(text, cands)
    assert key_of[0] == key_of[2] and canon[key_of[0]] == "European Commission"
    assert key_of[1] != key_of[0]
