"""Events: unit tests on hand-built documents (model-backed) and the mapping tables."""

from __future__ import annotations

import pytest

from tests.conftest import make_doc


def _events(settings, text: str, published: str | None = "2024-01-06"):
    from newsgraph.components.nlp import SpacyComponent
    from newsgraph.entities.component import EntityFinder
    from newsgraph.events.component import EventFinder

    doc = make_doc(text, published)
    SpacyComponent(settings)(doc)
    EntityFinder(settings)(doc)
    return EventFinder(settings).find(doc)


def test_mapping_cameo_to_plover():
    from newsgraph.events import mapping

    c = mapping.code("195")
    assert c is not None and c.type == "ASSAULT" and c.quad_class == 4 and c.goldstein == -10.0
    a = mapping.code("036")
    assert a is not None and a.type == "AGREE" and a.quad_class == 1
    r = mapping.code("020")  # appeals are requests in PLOVER
    assert r is not None and r.type == "REQUEST"
    assert mapping.code("010") is None  # a plain statement is no event


def test_intent_code():
    from newsgraph.events.coder import intent_code

    assert intent_code("073")[:2] == "03"  # will provide aid -> intent to cooperate
    assert intent_code("163")[:2] == "13"  # will impose sanctions -> threaten


def test_factuality_background():
    from newsgraph.events.factuality import is_background

    assert is_background("2003", "2024-01-06")
    assert not is_background("2024-01-04", "2024-01-06")
    assert not is_background(None, "2024-01-06")


@pytest.mark.model
def test_assault_with_actor_target_and_toll(settings):
    evs = _events(settings, "Serb soldiers killed three ethnic Albanians in a gunbattle in southeastern Serbia on Friday.")
    assert evs, "no event"
    e = evs[0]
    assert e.type == "ASSAULT"
    assert "Serb" in (e.actor or "")
    assert "Albanians" in (e.target or "")
    assert e.dead == 3
    assert e.actor_code == "MIL"


@pytest.mark.model
def test_reporting_verb_is_not_the_event(settings):
    evs = _events(settings, "Israeli soldiers arrested more than 100 Palestinians on Saturday, military sources said.")
    assert [e.type for e in evs][:1] == ["COERCE"]
    assert evs[0].quad_class == 4 and evs[0].goldstein is not None and evs[0].goldstein < 0
    assert evs[0].target == "Palestinians"


@pytest.mark.model
def test_threaten_folds_the_complement(settings):
    evs = _events(settings, "Iran threatened to cut off electricity to Armenia over unpaid bills.")
    assert evs[0].type == "THREATEN"
    assert evs[0].actor == "Iran"


@pytest.mark.model
def test_negated_cooperation_is_a_rejection(settings):
    evs = _events(settings, "Syria says it will not accept any more refugees.")
    assert evs and evs[0].type == "REJECT"
    assert evs[0].actor == "Syria"  # the pronoun resolves to the reporting verb's subject


@pytest.mark.model
def test_question_is_flagged(settings):
    evs = _events(settings, "The question arises whether the army will attack the city.")
    assert evs and all(e.question for e in evs)


@pytest.mark.model
def test_must_complement_is_a_demand(settings):
    evs = _events(settings, "The Bush administration declared Tuesday that China must drop barriers to exports.")
    assert evs and evs[0].type == "REQUEST"
    assert evs[0].target == "China"


@pytest.mark.model
def test_nothing_in_an_empty_document(settings):
    assert _events(settings, "The weather was mild.") == []


@pytest.mark.model
def test_announced_decision_takes_the_antecedent_type(settings):
    evs = _events(
        settings,
        "The government is taking steps to put an end to the presence of foreign troops in the country. "
        "Prime Minister John Smith announced the decision on Friday.",
        published="2024-01-06",
    )
    req = [e for e in evs if e.type == "REQUEST"]
    assert len(req) == 2
    assert any("Smith" in (e.actor or "") and e.trigger == "announced" for e in req)


@pytest.mark.model
def test_evaluative_call_is_an_accusation(settings):
    evs = _events(settings, "The secretary-general called the invasion illegal under international law.")
    assert evs and evs[0].type == "ACCUSE" and evs[0].cameo == "111"


@pytest.mark.model
def test_nominal_event_in_the_wake_of(settings):
    evs = _events(
        settings,
        "The parliament voted to expel the troops in the wake of the American assassination of General John Doe.",
    )
    nominal = [e for e in evs if e.trigger == "assassination"]
    assert nominal and nominal[0].type == "ASSAULT" and nominal[0].dead == 1


@pytest.mark.model
def test_result_clause_is_not_an_extra_event(settings):
    evs = _events(settings, "Rebels shelled the city on Sunday, killing about 20 people.")
    assert [e.type for e in evs] == ["ASSAULT"]
    assert evs[0].dead == 20


@pytest.mark.model
def test_condition_is_not_an_event(settings):
    evs = _events(settings, "Russia threatened to halt the talks if the United States deploys new missiles.")
    assert [e.type for e in evs] == ["THREATEN"]


@pytest.mark.model
def test_withdrawing_inspectors_is_a_sanction_threat(settings):
    evs = _events(settings, "The secretary-general announced on Monday that he will withdraw weapons inspectors from Iraq.")
    assert evs and evs[0].type == "THREATEN"
    assert evs[0].target == "Iraq"


@pytest.mark.model
def test_speech_noun_speaks_for_its_issuer(settings):
    evs = _events(settings, "The rebel party issued a declaration demanding that the government release its leader.")
    assert evs and evs[0].type == "REQUEST"
    assert "party" in (evs[0].actor or "")
    assert evs[0].target == "government"


@pytest.mark.model
def test_generic_verb_without_participant_is_no_event(settings):
    assert _events(settings, "It was later revealed to be pneumonia.") == []


def test_country_and_agent_codes():
    from newsgraph.events.arguments import agent_code, country_code

    assert country_code("Israeli soldiers") == "ISR"
    assert country_code("Iraq's government") == "IRQ"
    assert agent_code("Israeli soldiers") == "MIL"
    assert agent_code("the rebels") == "REB"


@pytest.mark.model
def test_reporting_source_is_kept(settings):
    evs = _events(settings, "Israeli soldiers arrested more than 100 Palestinians on Saturday, military sources said.")
    assert evs[0].source == "military sources"


@pytest.mark.model
def test_offsets_point_at_the_evidence(settings):
    from newsgraph.components.nlp import SpacyComponent
    from newsgraph.entities.component import EntityFinder
    from newsgraph.events.component import EventFinder

    text = (
        "# Strike on the capital\n\nStaff writer\n\nRebels shelled the capital Juba on Sunday, killing about 20 people. "
        "The government said it would not accept the demands of the rebels."
    )
    doc = make_doc(text, fmt="markdown")
    SpacyComponent(settings)(doc)
    EntityFinder(settings)(doc)
    evs = EventFinder(settings).find(doc)
    assert evs
    for e in evs:
        assert doc.text[e.start : e.end] == e.text
        if e.actor is not None:
            assert doc.text[e.actor_start : e.actor_end] == e.actor
        if e.target is not None:
            assert doc.text[e.target_start : e.target_end] == e.target


@pytest.mark.model
def test_concessions_and_coercion(settings):
    lifted = _events(settings, "The government lifted the curfew in the northern province on Sunday.")
    assert lifted and lifted[0].type == "CONCEDE"
    accepted = _events(settings, "The government accepted demands from the rebels to release prisoners.")
    assert accepted and accepted[0].type == "CONCEDE"
    prevented = _events(settings, "Riot police prevented a demonstration by students outside the ministry.")
    assert prevented and prevented[0].type == "COERCE"


@pytest.mark.model
def test_blocking_roads_protest_or_blockade(settings):
    protest = _events(settings, "Angry farmers blocked the main highway to the capital on Monday.")
    assert protest and protest[0].type == "PROTEST" and protest[0].mode == "obstruct"
    expel = _events(settings, "North Korea expelled the inspectors of the atomic agency.")
    assert expel and expel[0].type == "SANCTION"


@pytest.mark.model
def test_joint_actors_meet(settings):
    evs = _events(settings, "Kenya and Uganda met on Tuesday to discuss the border.")
    assert evs and evs[0].type == "CONSULT"


def test_inside_quote_needs_a_real_quotation():
    from newsgraph.events.component import _in_quote
    from newsgraph.records.quotes import Quote

    doc = make_doc('He said "we will attack the city tomorrow at dawn" and took steps to "put an end" to it.')
    long_q = doc.text.index("we will")
    short_q = doc.text.index("put an end")
    doc.add("quotes", [
        Quote(start=long_q, end=long_q + 41, text=doc.text[long_q : long_q + 41], component="t", kind="direct"),
        Quote(start=short_q, end=short_q + 10, text=doc.text[short_q : short_q + 10], component="t", kind="direct"),
    ])
    assert _in_quote(doc, long_q + 8)
    assert not _in_quote(doc, short_q)


@pytest.mark.model
def test_ending_own_presence_is_a_withdrawal(settings):
    evs = _events(settings, "The United States will end its military presence in the country next year.")
    assert evs and evs[0].type in ("AGREE", "RETREAT")  # an announced withdrawal, not a demand
    demand = _events(settings, "The government moved to end the presence of foreign troops in the country.")
    assert demand and demand[0].type == "REQUEST"


@pytest.mark.model
def test_purpose_clause_is_part_of_the_event(settings):
    evs = _events(settings, "Syria offered its troops to the president to help him oust the rebel general.")
    assert [e.type for e in evs] == ["AGREE"]


@pytest.mark.model
def test_backgrounded_tokens_equal_the_walk(nlp, shared):
    """The one-pass set of backgrounded tokens equals the walk up each token's heads, on every
    sentence of some open-corpus articles (long sentences with relative clauses and conditions)."""
    import json

    from newsgraph.events.coder import _backgrounded, _backgrounded_tokens

    lines = (shared / "corpus" / "open" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:12]
    sentences = 0
    for doc in nlp.pipe(json.loads(line)["text"] for line in lines):
        for sent in doc.sents:
            assert _backgrounded_tokens(sent) == {t.i for t in sent if _backgrounded(t)}
            sentences += 1
    assert sentences > 100


def test_a_synonyms_pattern_never_reads_the_object_of_an_infinitive_verb_of_its_own():
    """"will assemble in the capital to study the campaign" is no "join the campaign" (a lent pattern of
    the verb's synonym block); the parse is built by hand, so the test does not hang on the tagger."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsgraph.events.lexicon import code_verb

    words = ["Ministers", "will", "assemble", "tomorrow", "to", "review", "the", "campaign", "."]
    doc = Doc(
        Vocab(), words=words,
        pos=["NOUN", "AUX", "VERB", "NOUN", "PART", "VERB", "DET", "NOUN", "PUNCT"],
        tags=["NNS", "MD", "VB", "NN", "TO", "VB", "DT", "NN", "."],
        deps=["nsubj", "aux", "ROOT", "npadvmod", "aux", "xcomp", "det", "dobj", "punct"],
        heads=[2, 2, 2, 2, 5, 2, 7, 5, 2],
        lemmas=["minister", "will", "assemble", "tomorrow", "to", "review", "the", "campaign", "."],
    )
    coded = code_verb(doc[2])
    assert coded is not None and coded[0][:2] == "04"  # a meeting, not SUPPORT (051)
