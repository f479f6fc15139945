"""Issue 11, seventh session (quotes19): transcript labels in capitals, words of crowds and
placards, speakers named after the quote, described people as referents. Invented examples only."""

from __future__ import annotations

import pytest

from tests.conftest import make_doc

pytestmark = pytest.mark.model


def _quotes(pipeline, text: str) -> list:
    doc = pipeline(make_doc(text))
    return [(doc.text[q.start : q.end], q) for q in doc.get("quotes")]


def _one(got: list, needle: str):
    hits = [q for s, q in got if needle in s]
    assert hits, f"no quote holds {needle!r}: {[s for s, _ in got]}"
    return hits[0]


def test_a_capitalised_surname_the_tagger_reads_as_a_noun_is_the_transcript_speaker(pipeline) -> None:
    text = ("An edited transcript of an interview between the host Maeve Collins and the transport secretary, Oskar Garrison.\n\n"
            "COLLINS: Secretary, the trains were late again this week.\n\n"
            "GARRISON: Well, Maeve, they were, and I apologise to every passenger who waited in the cold.")
    got = _quotes(pipeline, text)
    assert _one(got, "apologise to every passenger").speaker == "Oskar Garrison"


@pytest.mark.parametrize("lead, who", [
    ("Those were the words of Tomasz Wrona, who has coached the club's juniors for a decade.", "Tomasz Wrona"),
    ("That was the verdict of Ingrid Salo, a tenant on the fourth floor.", "Ingrid Salo"),
    ("That's the view of Ingrid Salo, a tenant on the fourth floor.", "Ingrid Salo"),
    ("So says Ingrid Salo, a tenant on the fourth floor.", "Ingrid Salo"),
    ("That is according to Ingrid Salo, a tenant on the fourth floor.", "Ingrid Salo"),
])
def test_a_speaker_named_in_the_paragraph_after_a_lone_quote(pipeline, lead: str, who: str) -> None:
    text = ("The sports hall on Quarry Lane will close in March after the council withdrew its grant.\n\n"
            "Councillor Hal Ferris said the building was no longer safe. \"We had no other choice,\" he said.\n\n"
            "\"Nobody asked the children what they wanted. Nobody ever does.\"\n\n" + lead)
    got = _quotes(pipeline, text)
    assert _one(got, "Nobody asked the children").speaker == who


def test_a_described_speaker_named_in_the_paragraph_after_a_lone_quote(pipeline) -> None:
    text = ("A cyclist was hurt in a crash with a lorry on the ring road on Tuesday.\n\n"
            "\"She rides that road every day. She knows every pothole on it.\"\n\n"
            "Those were the words of the cyclist's husband, who waited at the hospital through the night.")
    got = _quotes(pipeline, text)
    q = _one(got, "She rides that road")
    assert q.speaker is None and q.speaker_role and "husband" in q.speaker_role


def test_she_in_a_clause_under_a_described_persons_relative_clause_is_that_person(pipeline) -> None:
    text = ("Volunteers cleared the beach at Selham on Sunday.\n\n"
            "\"The bags will be collected on Monday morning,\" a council spokeswoman said. \"We thank everyone who came.\"\n\n"
            "Among the volunteers was a retired teacher, who did not want her name used because she still tutors "
            "children in the village. \"I have picked up plastic here for thirty years,\" she said. "
            "\"It gets worse every summer.\"")
    got = _quotes(pipeline, text)
    q = _one(got, "picked up plastic here")
    assert q.speaker_role and "teacher" in q.speaker_role
    assert "teacher" in (_one(got, "worse every summer").speaker_role or "")


def test_the_author_of_a_post_introduced_by_a_bare_participle(pipeline) -> None:
    text = ("The mayor's decision to close the ice rink drew a swift reply.\n\n"
            "Posted by Kasia Nowel on Facebook:\n"
            "\"Forty winters of skating and not one question to the people who skate. Shameful.\"")
    got = _quotes(pipeline, text)
    assert _one(got, "Forty winters of skating").speaker == "Kasia Nowel"


def test_a_cue_and_colon_before_a_quote_beat_the_next_sentences_verb(pipeline) -> None:
    text = ("Readers were divided over the new bus timetable.\n\n"
            "One commuter, replying under the council's post, wrote: \"Two buses an hour. Bring it back.\" "
            "Another posted a photograph of an empty bus stop.")
    got = _quotes(pipeline, text)
    q = _one(got, "Two buses an hour")
    assert q.speaker_role and "commuter" in q.speaker_role


@pytest.mark.parametrize("text, needle, who", [
    ("The library, Kestrel Reading Rooms, said in a notice to members that the archive would be closed on Friday.",
     "the archive would be closed", "Kestrel Reading Rooms"),
    ("Marta Ilves, 72, told the opening day of the hearing that the river rose above her door in minutes.",
     "the river rose above her door", "Marta Ilves"),
])
def test_a_that_clause_the_parser_hung_on_a_noun_after_the_verb_is_what_is_said(pipeline, text: str, needle: str,
                                                                                  who: str) -> None:
    q = _one(_quotes(pipeline, text), needle)
    assert q.speaker == who


def test_chants_and_placards_stay_but_with_a_low_confidence(pipeline) -> None:
    text = ("Hundreds of students gathered outside the ministry on Friday. Waving placards reading \"Books not bombs\", "
            "they chanted \"Fund our schools\" for an hour. One pupil later posted a drawing with the words \"Our teachers built this town\".\n\n"
            "\"We have written to the minister four times and heard nothing back,\" said Amara Osei, a student leader.")
    got = _quotes(pipeline, text)
    assert _one(got, "Books not bombs").confidence <= 0.3
    assert _one(got, "Fund our schools").confidence <= 0.3
    assert _one(got, "Our teachers built").confidence <= 0.3
    assert _one(got, "written to the minister").confidence >= 0.8


def test_a_trust_or_a_board_described_by_a_noun_speaks_as_that_organisation(pipeline) -> None:
    text = "The tenants' trust said on Monday that it had written to the landlord about the broken heating."
    q = _one(_quotes(pipeline, text), "written to the landlord")
    assert q.speaker_role == "The tenants' trust"


def test_an_infinitive_of_purpose_is_asked_by_the_subject_of_its_own_clause(pipeline) -> None:
    text = "The farmer said his daughter had driven to the depot at dawn to ask whether the feed had arrived."
    (q,) = [q for s, q in _quotes(pipeline, text) if s.startswith("whether the feed")]
    assert q.speaker_role and "daughter" in q.speaker_role


def test_a_fragment_of_two_words_has_a_lower_confidence_than_a_statement(pipeline) -> None:
    text = ("\"Two months,\" the builder said when asked how long the repairs would take. "
            "\"The roof has to come off before the winter, or the whole house will be lost,\" he added.")
    got = _quotes(pipeline, text)
    assert _one(got, "Two months").confidence <= 0.6
    assert _one(got, "roof has to come off").confidence >= 0.8
