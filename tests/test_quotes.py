"""Quotes and speakers: quotation marks (no model), then attribution on hand-built documents."""

from __future__ import annotations

import pytest

from newsgraph.quotes.marks import find_marked
from tests.conftest import make_doc


def _contents(text: str) -> list[str]:
    doc = make_doc(text)
    return [doc.text[m.start : m.end] for m in find_marked(doc)]


# ---------------------------------------------------------------- marks (no model)
def test_straight_and_curly_marks() -> None:
    got = _contents('He said "one two three" and then “four five six” again.')
    assert got == ["one two three", "four five six"]


def test_nested_single_quote_stays_inside() -> None:
    got = _contents("\"I would call it 'the best' plan,\" she said.")
    assert got == ["I would call it 'the best' plan,"]


def test_apostrophes_are_not_quotes() -> None:
    assert _contents("The farmers' union didn't say it's over.") == []


def test_top_level_single_quotes() -> None:
    assert _contents("Police called it 'an act of terror' on Sunday.") == ["an act of terror"]


def test_multi_paragraph_quote_continues() -> None:
    doc = make_doc('"First part of it,\n\n"second part of it," he said.')
    marks = find_marked(doc)
    assert [doc.text[m.start : m.end] for m in marks] == ["First part of it,", "second part of it,"]
    assert not marks[0].closed and marks[1].continued


# ---------------------------------------------------------------- attribution (model)
def _run(pipeline, text: str):
    doc = pipeline(make_doc(text))
    return doc, doc.get("quotes")


def _find(doc, quotes, needle: str):
    hits = [q for q in quotes if needle in doc.text[q.start : q.end]]
    assert hits, f"no quote holds {needle!r}: {[q.text for q in quotes]}"
    return hits[0]


@pytest.mark.model
def test_direct_quote_after_cue_and_content_span(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Mayor Anne Hidalgo spoke on Monday. "We will rebuild the bridge this year," Hidalgo said.')
    q = _find(doc, quotes, "We will rebuild")
    assert q.text == "We will rebuild the bridge this year,"
    assert q.kind == "direct" and q.cue == "said"
    assert q.speaker == "Anne Hidalgo" and q.speaker_entity_id


@pytest.mark.model
def test_pronoun_resolved_across_paragraphs(pipeline) -> None:
    text = (
        "Senator Robert Menendez visited the port on Friday. Menendez has repeatedly voiced his anger at the delays.\n\n"
        '"The workers deserve better than this and they will get it," he said.'
    )
    doc, quotes = _run(pipeline, text)
    q = _find(doc, quotes, "The workers deserve")
    assert q.speaker == "Robert Menendez"
    assert doc.text[q.speaker_start : q.speaker_end] == "he"
    assert q.resolved_start is not None and "Menendez" in doc.text[q.resolved_start : q.resolved_end]


@pytest.mark.model
def test_pronoun_gender_skips_the_other_person(pipeline) -> None:
    text = (
        "Maria Lopez met Mr. John Carver in Madrid. Carver said he was tired of waiting. "
        "Lopez said she would call his office again.\n\n"
        '"We have waited for three long years and we will not wait any longer," she said.'
    )
    doc, quotes = _run(pipeline, text)
    q = _find(doc, quotes, "We have waited")
    assert q.speaker == "Maria Lopez"


@pytest.mark.model
def test_split_quote_both_halves_attributed(pipeline) -> None:
    text = 'Engineer Tom Baxter inspected the dam. "The wall is sound," Baxter said, "but the gates need repair soon."'
    doc, quotes = _run(pipeline, text)
    for part in ("The wall is sound", "but the gates need repair"):
        assert _find(doc, quotes, part).speaker == "Tom Baxter"


@pytest.mark.model
def test_indirect_speech_and_according_to(pipeline) -> None:
    text = (
        "Health Minister Sara Kline said that the clinic would reopen in May. "
        "The outbreak has spread to four villages, according to the World Health Organization."
    )
    doc, quotes = _run(pipeline, text)
    q = _find(doc, quotes, "the clinic would reopen")
    assert q.kind == "indirect" and q.speaker == "Sara Kline"
    a = _find(doc, quotes, "The outbreak has spread")
    assert a.cue == "according to" and a.speaker == "World Health Organization"


@pytest.mark.model
def test_follow_on_quote_keeps_the_speaker(pipeline) -> None:
    text = (
        '"We lost everything in the flood," said farmer Paul Okafor.\n\n'
        '"My house, my animals, my fields are gone and nobody has come to help us yet."'
    )
    doc, quotes = _run(pipeline, text)
    assert _find(doc, quotes, "My house, my animals").speaker == "Paul Okafor"


@pytest.mark.model
def test_scare_quotes_get_no_speaker(pipeline) -> None:
    text = "Officials in Lagos condemned the 'reckless' plan. Governor Ade Bello later spoke to reporters about roads."
    doc, quotes = _run(pipeline, text)
    assert not [q for q in quotes if "reckless" in q.text and q.speaker]


@pytest.mark.model
def test_deck_blocks_are_skipped(pipeline, nlp) -> None:
    from newsgraph.document import Block
    from newsgraph.quotes.component import QuoteFinder

    doc = make_doc('"We will win this war and we will rebuild," Minister Ivan Petrov said.')
    doc.blocks = [Block("deck", 0, len(doc.text))]
    doc.nlp_doc = nlp(doc.text)
    assert QuoteFinder().find(doc) == []


@pytest.mark.model
@pytest.mark.gold
def test_seed_quotes(seed_doc) -> None:
    quotes = seed_doc.get("quotes")
    text = seed_doc.text
    by_text = {text[q.start : q.end]: q for q in quotes}
    stress = next(q for t, q in by_text.items() if t.startswith("We stress our firm position"))
    assert stress.speaker and stress.speaker.endswith("Sudani")
    assert text[stress.speaker_start : stress.speaker_end] == "he"
    for scare in ("irresponsible", "invasion and occupation"):
        assert not [q for q in quotes if scare in text[q.start : q.end] and q.speaker]


def test_newswire_double_apostrophes() -> None:
    got = _contents("''We are ready,'' said Mr. Lee. ''The plan works.''")
    assert got == ["We are ready,", "The plan works."]


@pytest.mark.model
def test_parenthetical_cue_splits_the_content(pipeline) -> None:
    doc, quotes = _run(pipeline, "The new museum, Mayor Carla Diaz said, will open to visitors in the spring of next year.")
    q = _find(doc, quotes, "will open to visitors")
    assert q.kind == "indirect" and q.speaker == "Carla Diaz"


@pytest.mark.model
def test_transcript_lines(pipeline) -> None:
    text = "Partial transcript:\n\nHARRIS: Thank you for joining us this morning, senator.\n\nMORGAN: It is a pleasure to be here."
    doc, quotes = _run(pipeline, text)
    q = _find(doc, quotes, "pleasure to be here")
    assert q.cue == ":" and q.speaker and q.speaker.upper() == "MORGAN"


@pytest.mark.model
def test_role_resolved_to_the_person_introduced_with_it(pipeline) -> None:
    text = (
        "Mayor Bill Turner visited the site on Sunday. Twenty people were hurt in the blast.\n\n"
        '"We do not see a link to terrorism at this stage," the mayor said.'
    )
    doc, quotes = _run(pipeline, text)
    q = _find(doc, quotes, "We do not see a link")
    assert q.speaker == "Bill Turner"
    assert doc.text[q.speaker_start : q.speaker_end] == "the mayor"


@pytest.mark.model
def test_name_colon_and_dash_attributions(pipeline) -> None:
    text = (
        'Readers wrote in after the debate.\n\n'
        'Maria Gonzalez: "The debate showed me nothing new about either of the candidates."\n\n'
        '"I will vote early this year because the lines were long last time." ― Peter Walsh'
    )
    doc, quotes = _run(pipeline, text)
    assert _find(doc, quotes, "The debate showed me").speaker == "Maria Gonzalez"
    assert _find(doc, quotes, "I will vote early").speaker == "Peter Walsh"


def test_open_quote_closed_in_next_paragraph_without_opening_mark() -> None:
    doc = make_doc('He said, "We played well in the first half.\n\nWe could have scored two more goals."')
    marks = find_marked(doc)
    assert [doc.text[m.start : m.end] for m in marks] == [
        "We played well in the first half.",
        "We could have scored two more goals.",
    ]
    assert marks[1].continued


@pytest.mark.model
def test_block_quote_after_a_colon(pipeline) -> None:
    text = (
        "In a statement to reporters, the ministry of health denied the reports:\n\n"
        "The hospital was never closed and no patient was turned away at any time during the strike."
    )
    doc, quotes = _run(pipeline, text)
    q = _find(doc, quotes, "The hospital was never closed")
    assert q.kind == "direct" and q.cue == "denied"


def test_given_name_gender() -> None:
    from newsgraph.quotes.names import name_gender

    assert name_gender("Susan Rice") == "f"
    assert name_gender("Peter Ford") == "m"
    assert name_gender("Taylor Swift") is None


@pytest.mark.model
def test_pronoun_gender_from_given_name(pipeline) -> None:
    text = (
        "Susan Harlow met Peter Ford at the embassy on Tuesday. Ford said the talks went well.\n\n"
        '"We have agreed on a timetable for the next round of negotiations," she said.'
    )
    doc, quotes = _run(pipeline, text)
    assert _find(doc, quotes, "We have agreed on a timetable").speaker == "Susan Harlow"


@pytest.mark.model
def test_dateline_is_not_the_speaker_and_new_subject_wins(pipeline) -> None:
    text = (
        "LONDON (Reuters) - Prime Minister Keir Starmer on Tuesday promised to cut waiting lists.\n\n"
        '"We will fix the foundations of this country," Starmer told reporters in Leeds.\n\n'
        "Opposition leader Kemi Badenoch dismissed the pledge.\n\n"
        '"These are empty promises from a tired government," she said.'
    )
    doc, quotes = _run(pipeline, text)
    assert _find(doc, quotes, "to cut waiting lists").speaker == "Keir Starmer"
    assert _find(doc, quotes, "These are empty promises").speaker == "Kemi Badenoch"


@pytest.mark.model
def test_quote_after_a_sentence_about_its_speaker(pipeline) -> None:
    text = 'The coach Walter Brandt was defiant after the defeat. "We will come back stronger next season, I promise you that."'
    doc, quotes = _run(pipeline, text)
    assert _find(doc, quotes, "We will come back stronger").speaker == "Walter Brandt"


@pytest.mark.model
def test_speech_noun_with_that_clause(pipeline) -> None:
    text = "Fact-checkers examined Senator Mark Olsen's claim that crime had doubled in the city since 2019."
    doc, quotes = _run(pipeline, text)
    q = _find(doc, quotes, "crime had doubled")
    assert q.cue == "claim" and q.speaker == "Mark Olsen"


@pytest.mark.model
def test_definite_role_resolved_like_a_pronoun(pipeline) -> None:
    text = (
        "Ted Cruz spoke in Houston on Monday.\n\n"
        '"This is not politics, this is about the truth," the senator said.'
    )
    doc, quotes = _run(pipeline, text)
    assert _find(doc, quotes, "This is not politics").speaker == "Ted Cruz"


try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover
    given = None

if given is not None:
    _ALPHABET = st.sampled_from(list("ab ,.\n\"'“”‘’«»`") + ["said", "We", "''", "``", "\n\n"])

    @settings(max_examples=150, deadline=None)
    @given(st.lists(_ALPHABET, min_size=1, max_size=60))
    def test_marks_stay_inside_their_block(parts: list[str]) -> None:
        text = "Start " + "".join(parts) + " end."
        doc = make_doc(text)
        for m in find_marked(doc):
            block = doc.blocks[m.block]
            assert block.start <= m.open_at < m.start < m.end <= block.end or (m.continued and block.start <= m.start < m.end <= block.end)
            seg = doc.text[m.start : m.end]
            assert seg == seg.strip() and seg


@pytest.mark.model
def test_quoted_titles_are_not_quotes(pipeline) -> None:
    text = 'Senator Amy Fox wrote "The Long Road Home Again" in 2010 and said "we will win this fight."'
    doc, quotes = _run(pipeline, text)
    assert not [q for q in quotes if "Long Road" in q.text]
    assert _find(doc, quotes, "we will win").speaker == "Amy Fox"


@pytest.mark.model
def test_person_named_in_the_quote_is_not_the_pronouns_antecedent(pipeline) -> None:
    text = (
        "For Kevin Allton, a teacher in Ohio, the painter Pablo Picasso was also a legend. "
        'He said, "Pablo Picasso was the center of the art world for a whole generation of painters."'
    )
    doc, quotes = _run(pipeline, text)
    assert _find(doc, quotes, "was the center of the art world").speaker == "Kevin Allton"


@pytest.mark.model
def test_quoted_modifier_near_a_cue_is_a_scare_quote(pipeline) -> None:
    doc, quotes = _run(pipeline, "Biologist Anna Weiss tells reporters about 'self-medicating' bees in her garden.")
    assert not [q for q in quotes if "self-medicating" in q.text]


@pytest.mark.model
def test_that_clause_is_the_content_not_an_opening_participle(pipeline) -> None:
    text = (
        "Writing for a newspaper panel that all agreed Lopez won the debate, Mark Barabak noted that "
        "the calm way Lopez carried himself was critical to his success."
    )
    doc, quotes = _run(pipeline, text)
    q = _find(doc, quotes, "carried himself")
    assert q.kind == "indirect" and q.speaker == "Mark Barabak"
    assert not doc.text[q.start : q.end].startswith("Writing")


@pytest.mark.model
def test_name_between_closing_mark_and_verb_is_the_speaker(pipeline) -> None:
    text = (
        "Candidate Maria Gonzalez told supporters in Ohio on Tuesday that the vote is on May 8.\n"
        '"Go register," Gonzalez implored.\n\n'
        '"It is a fine plan for the city," Mayor Tom Reyes said.\n\n"Because it costs nothing," Gonzalez interjected.'
    )
    doc, quotes = _run(pipeline, text)
    assert _find(doc, quotes, "Go register").speaker == "Maria Gonzalez"
    q = _find(doc, quotes, "Because it costs nothing")
    assert q.cue == "interjected" and q.speaker == "Maria Gonzalez"


@pytest.mark.model
def test_transcript_label_inside_an_opening_mark(pipeline) -> None:
    text = 'Partial transcript as follows:\n\n"WALLACE: Let us start with the news of the day.\n\nPENCE: Well, look, I think so.'
    doc, quotes = _run(pipeline, text)
    q = _find(doc, quotes, "Let us start")
    assert q.speaker == "WALLACE" and q.text.startswith("Let us")
    assert len([x for x in quotes if "Let us start" in x.text]) == 1


@pytest.mark.model
def test_quote_after_a_colon_is_the_clause_subjects(pipeline) -> None:
    text = (
        "The tape showed him bragging.\n\n"
        'But Donald Trump quickly deflected with a non sequitur: "But it is locker-room talk, and it is one of those things."\n\n'
        "The New York Times reports:\n\n"
        '"In an illustration of the lack of enthusiasm among some liberals, the campaign is struggling."'
    )
    doc, quotes = _run(pipeline, text)
    assert _find(doc, quotes, "locker-room talk").speaker == "Donald Trump"
    assert _find(doc, quotes, "In an illustration").speaker == "New York Times"


@pytest.mark.model
def test_title_abbreviation_does_not_end_the_attribution(pipeline) -> None:
    text = (
        "Senator Elizabeth Warren grilled the bank chief.\n\n"
        '"I was questioned before I had my opportunity," Rep. Emanuel Cleaver (D-Mo.) said during a committee '
        'hearing the following week. "So I am not going to question you."'
    )
    doc, quotes = _run(pipeline, text)
    assert _find(doc, quotes, "I was questioned").speaker == "Emanuel Cleaver"
    assert _find(doc, quotes, "So I am not going").speaker == "Emanuel Cleaver"


@pytest.mark.model
def test_reporting_verb_right_after_the_mark(pipeline) -> None:
    text = 'Clinton was concerned.\n\n"Is the issue that she is doing too much? Too little?" asked campaign manager Robby Mook.'
    doc, quotes = _run(pipeline, text)
    q = _find(doc, quotes, "Is the issue")
    assert q.cue == "asked" and q.speaker == "Robby Mook"


@pytest.mark.model
def test_picture_credit_label_is_not_a_speaker(pipeline) -> None:
    text = "Candidate Robert Sarvis spoke in Richmond on Monday.\n\nRobert Sarvis. Image: Sarvis for Governor campaign office.\n\nThe race is close."
    doc, quotes = _run(pipeline, text)
    assert not [q for q in quotes if "Governor campaign" in q.text]


@pytest.mark.model
def test_cited_title_with_source_and_date_is_not_a_quote(pipeline) -> None:
    text = (
        "A document was found on a street in Ottawa.\n\nSources\n\n"
        '"Sensitive government document found on rainy Ottawa street" — CBC.ca, August 15, 2008\n\n'
        '"So far it is the Internet one, the Church nothing, but it is a long game." — Matthew Ingram'
    )
    doc, quotes = _run(pipeline, text)
    assert not [q for q in quotes if "rainy Ottawa street" in q.text and q.speaker]
    assert _find(doc, quotes, "long game").speaker == "Matthew Ingram"


@pytest.mark.model
def test_same_sentence_subject_beats_the_last_speaker(pipeline) -> None:
    text = (
        "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin. Macron said the two leaders agreed on a plan. "
        'Scholz was more reserved: "There is still work to do," he said.'
    )
    doc, quotes = _run(pipeline, text)
    assert _find(doc, quotes, "still work to do").speaker == "Olaf Scholz"
    assert not [q for q in quotes if q.text.startswith("Scholz was more reserved")]


@pytest.mark.model
def test_anonymity_condition_is_not_a_statement(pipeline) -> None:
    doc, quotes = _run(pipeline, 'One man, who asked not to be named, said: "They shot at us without warning."')
    assert not [q for q in quotes if "named" in q.text]
    assert _find(doc, quotes, "shot at us").speaker_role == "One man"


@pytest.mark.model
def test_opening_quote_pronoun_resolved_to_the_next_sentences_subject(pipeline) -> None:
    text = '"I do not know where my children are," she said. Fatima Noor, 29, had walked for three days to reach the camp.'
    doc, quotes = _run(pipeline, text)
    assert _find(doc, quotes, "where my children are").speaker == "Fatima Noor"


@pytest.mark.model
def test_called_for_keeps_the_whole_noun_phrase(pipeline) -> None:
    doc, quotes = _run(pipeline, "The United Nations said on Monday that it was alarmed, calling for an independent investigation.")
    assert [q.text for q in quotes if q.cue == "calling"] == ["an independent investigation"]


@pytest.mark.model
def test_coordinated_complements_and_adverbial_clause_content(pipeline) -> None:
    doc, quotes = _run(pipeline, "In the letter, the bank said that it would close the account on Dec. 12, that the decision "
                                 "had come after careful consideration and that it was final.")
    q = _find(doc, quotes, "close the account")
    assert q.text.endswith("that it was final") and q.speaker_role == "the bank"
    doc, quotes = _run(pipeline, "Donald Trump said after the convention he would not accept the endorsement.")
    assert _find(doc, quotes, "would not accept").speaker == "Donald Trump"


@pytest.mark.model
def test_pronoun_far_from_its_person_in_a_profile(pipeline) -> None:
    text = (
        "Maria Gonzalez has run the bakery on Elm Street for thirty years.\n\n"
        "The shop opened in 1994. Bread was cheap then. Flour came from a mill upriver. The mill closed in 2009. "
        "Prices rose every year after that. Customers complained. Some left for the supermarket. Others stayed. "
        "The neighbourhood changed around the shop.\n\n"
        '"I never thought of quitting," she said.'
    )
    doc, quotes = _run(pipeline, text)
    assert _find(doc, quotes, "never thought of quitting").speaker == "Maria Gonzalez"


@pytest.mark.model
def test_an_event_that_sees_is_no_speaker(pipeline) -> None:
    doc, quotes = _run(pipeline, "It teaches the history of magic. Moreover, seeing someone perform on the internet "
                                 "is not the same as a show. Officers saw the suspect get out of a car.")
    assert not [q for q in quotes if q.cue == "seeing"]
    assert [q.speaker_role for q in quotes if "suspect" in q.text] == ["Officers"]


@pytest.mark.model
def test_the_company_is_the_organisation_just_named(pipeline) -> None:
    doc, quotes = _run(pipeline, "Airbus said on Monday that deliveries would slip. The root cause is a software fault, the company said.")
    assert _find(doc, quotes, "software fault").speaker == "Airbus"


# ---------------------------------------------------------------- speakers are people (issue 11)
@pytest.mark.model
def test_carrier_medium_is_not_the_speaker(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Maria Olsen spoke after the vote. "We will appeal this ruling," Olsen, 52, told '
                                 "Channel Nine's evening news.")
    assert _find(doc, quotes, "appeal this ruling").speaker == "Maria Olsen"


@pytest.mark.model
def test_a_document_speaks_for_its_author(pipeline) -> None:
    doc, quotes = _run(pipeline, "The budget was too small, according to a review by the Harlow Institute.")
    q = _find(doc, quotes, "budget was too small")
    assert q.speaker is not None and "Harlow Institute" in q.speaker


@pytest.mark.model
def test_a_thing_is_no_speaker(pipeline) -> None:
    doc, quotes = _run(pipeline, 'The new advert shows a farmer saying the harvest failed. The advert concludes, '
                                 '"Vote for change this time around."')
    for q in quotes:
        assert q.speaker is None or "advert" not in q.speaker.lower()


@pytest.mark.model
def test_described_person_keeps_the_role(pipeline) -> None:
    doc, quotes = _run(pipeline, '"I saw the fire start in the kitchen," a 21-year-old Eastfield resident told reporters.')
    q = _find(doc, quotes, "fire start")
    assert q.speaker is None and q.speaker_role is not None and q.speaker_role.endswith("resident")
    assert q.speaker_confidence is not None and q.speaker_confidence < 0.6


@pytest.mark.model
def test_a_cue_in_the_next_sentence_is_not_the_quotes(pipeline) -> None:
    doc, quotes = _run(pipeline, '"We have never seen damage like this. The town will need years." Farmers from the '
                                 "valley met on Monday, shortly after Governor Peter Lund said aid would come.")
    assert _find(doc, quotes, "never seen damage").speaker is None


@pytest.mark.model
def test_abbreviated_organisation_keeps_its_abbreviation(pipeline) -> None:
    doc, quotes = _run(pipeline, "The International Monetary Fund (IMF) cut its forecast on Tuesday. The IMF said "
                                 "that growth would slow to 2 percent next year.")
    q = _find(doc, quotes, "growth would slow")
    assert q.speaker == "International Monetary Fund (IMF)"


@pytest.mark.model
def test_every_quote_has_a_confidence(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Mayor Ann Diaz said the bridge would reopen. "It is safe," she said.')
    assert quotes and all(0.0 < q.confidence <= 1.0 for q in quotes)
    assert all(q.speaker_confidence is not None and q.speaker_method for q in quotes if q.speaker)


@pytest.mark.model
def test_open_corpus_speakers_are_people_or_organisations(pipeline, shared) -> None:
    """Over 40 open-corpus articles: every speaker is an entity, a capitalised name, or a role
    whose head is a person, role or organisation noun; never a clause, an adverbial or a thing."""
    import json

    from newsgraph.ingest import make_document
    from newsgraph.predict import gold_article
    from newsgraph.quotes.speakers import speaker_noun

    lines = (shared / "corpus" / "open" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    nlp = pipeline.components[0]
    bad = []
    seen = 0
    for line in lines[::6][:40]:
        doc = pipeline(make_document(gold_article(json.loads(line))))
        sd = doc.nlp_doc
        for q in doc.get("quotes"):
            if q.speaker is not None:
                seen += 1
                ok = q.speaker_entity_id is not None or all(w[:1].isupper() or not w[:1].isalpha() for w in q.speaker.split())
            elif q.speaker_role is not None:
                seen += 1
                # (a pronoun resolved to a described person: the phrase it was resolved to)
                start, end = (q.resolved_start, q.resolved_end) if q.resolved_start is not None else (
                    q.speaker_start, q.speaker_end)
                span = sd.char_span(start, end, alignment_mode="expand")
                ok = span is not None and (speaker_noun(span.root.lemma_) and span.root.pos_ == "NOUN"
                                           or span.root.lower_ in ("someone", "somebody"))  # "someone close to ..."
            else:
                continue
            if not ok:
                bad.append((q.speaker, q.speaker_role, q.text[:60]))
    assert nlp is not None and seen > 20
    assert not bad, bad


@pytest.mark.model
def test_quoted_as_saying_credits_the_one_quoted(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Other media later quoted the police chief, Budi Harsono, as saying, "We found no '
                                 'explosives at the scene."')
    assert _find(doc, quotes, "no explosives").speaker == "Budi Harsono"


@pytest.mark.model
def test_according_to_a_medium_credits_the_speaker_inside(pipeline) -> None:
    for text in ("According to the Daily Courier, Governor Ann Mills said the budget would be cut.",
                 "The Daily Courier reports that Governor Ann Mills said the budget would be cut."):
        doc, quotes = _run(pipeline, text)
        assert [q.speaker for q in quotes if "budget" in q.text] == ["Ann Mills"], text


@pytest.mark.model
def test_passive_reporting_verb_credits_its_agent(pipeline) -> None:
    doc, quotes = _run(pipeline, 'The new tablet was praised by Tim Walsh as "the best device we have ever made."')
    assert _find(doc, quotes, "best device").speaker == "Tim Walsh"


@pytest.mark.model
def test_the_reader_of_a_document_is_not_its_author(pipeline) -> None:
    doc, quotes = _run(pipeline, 'A leaked letter seen by Channel Four says "all claims must be filed in English".')
    for q in quotes:
        assert q.speaker is None or "Channel Four" not in q.speaker


@pytest.mark.model
def test_name_in_apposition_right_before_the_verb_speaks(pipeline) -> None:
    doc, quotes = _run(pipeline, "To understand the real Abraham Lincoln, Professor Ellen Marsh said, one should read "
                                 "his letters.")
    assert [q.speaker for q in quotes if "read his letters" in q.text] == ["Ellen Marsh"]


@pytest.mark.model
def test_as_someone_put_it(pipeline) -> None:
    doc, quotes = _run(pipeline, 'The bridge is "a disaster waiting to happen," as Karen Dole, an engineer at the '
                                 "state transport office, put it.")
    assert _find(doc, quotes, "disaster waiting").speaker == "Karen Dole"
    doc, quotes = _run(pipeline, "She put it on the table. \"Nobody ever asked us what we wanted,\" said Ann Roe.")
    assert _find(doc, quotes, "Nobody ever asked").speaker == "Ann Roe"


@pytest.mark.model
def test_long_apposition_after_a_question_mark(pipeline) -> None:
    doc, quotes = _run(pipeline, '"Is it in our interest to act?" Lisa Carr, the governor\'s adviser on emergency '
                                 "planning and public safety, said in an interview.")
    assert _find(doc, quotes, "in our interest").speaker == "Lisa Carr"


@pytest.mark.model
def test_one_or_two_quoted_words_are_a_fragment_not_a_statement(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Senator Ray Moss called the deal "fraud" and promised a "formal review" on Monday. '
                                 '"Go home," the officer said. "Never!" she said.')
    texts = [q.text for q in quotes if q.kind == "direct"]
    assert "fraud" not in texts and "formal review" not in texts
    assert any("Go home" in t for t in texts) and any("Never" in t for t in texts)


# ---------------------------------------------------------------- network threshold (no model)
def test_network_shows_low_confidence_speakers_as_unattributed(tmp_path) -> None:
    from newsgraph.records.quotes import Quote
    from newsgraph.store import Store
    from newsgraph.store.queries import network

    text = 'Mayor Ann Diaz said "we will rebuild the bridge". Someone said "it will fall again soon".'
    doc = make_doc(text)
    a, b = text.index("we will"), text.index("it will")
    doc.add("quotes", [
        Quote(start=a, end=a + 26, text=text[a : a + 26], component="test@1", speaker="Ann Diaz", confidence=0.9,
              speaker_confidence=0.98, speaker_method="speech/name"),
        Quote(start=b, end=b + 23, text=text[b : b + 23], component="test@1", speaker="Bob Roe", confidence=0.9,
              speaker_confidence=0.3, speaker_method="speech/inner"),
    ])
    with Store(tmp_path / "n.duckdb") as st:
        st.write_batch([doc])
        targets = {r["target"]: r["n"] for r in network(st, min_speaker=0.5)["quotes"]}
        everyone = {r["target"] for r in network(st)["quotes"]}
    assert targets == {"Ann Diaz": 1, "unattributed": 1}
    assert everyone == {"Ann Diaz", "Bob Roe"}


@pytest.mark.model
def test_he_is_never_an_organisation_described(pipeline) -> None:
    doc, quotes = _run(pipeline, "Tom Reyes spoke to reporters on Monday. He observed that the federal government had "
                                 "stated that it had no interest in running the firm, and he said he expected to stay.")
    said = [q for q in quotes if q.text.endswith("expected to stay")]
    assert said and said[0].speaker_role != "the federal government" and said[0].speaker in (None, "Tom Reyes")


@pytest.mark.model
def test_he_after_a_name_the_entity_step_missed(pipeline) -> None:
    doc, quotes = _run(pipeline, '"The market is calm," said Jacob Harlan, a strategist at Northfield.\n\n'
                                 "Jean-Luc Marchetti, the central bank president, warned that talk of recovery was "
                                 'premature.\n\n"I am a little uneasy about that," he said.')
    q = _find(doc, quotes, "little uneasy")
    assert q.speaker is not None and "Marchetti" in q.speaker


def test_speaker_threshold_setting() -> None:
    from newsgraph.config import load_settings
    from newsgraph.errors import ConfigError

    assert load_settings(env={}).quote_speaker_threshold == 0.5
    assert load_settings(env={"NEWSGRAPH_QUOTE_SPEAKER_THRESHOLD": "0.8"}).quote_speaker_threshold == 0.8
    with pytest.raises(ConfigError):
        load_settings(env={"NEWSGRAPH_QUOTE_SPEAKER_THRESHOLD": "2"})


# ---------------------------------------------------------------- issue 11, second round (model)
@pytest.mark.model
def test_short_opening_of_a_split_quote_is_kept(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Coach Dana Whitfield met the players on Sunday.\n\n'
                                 '"Honestly," Whitfield said, "we were not good enough in the second half."')
    first = _find(doc, quotes, "Honestly")
    assert first.kind == "direct" and first.speaker == "Dana Whitfield"
    assert _find(doc, quotes, "not good enough").speaker == "Dana Whitfield"


@pytest.mark.model
def test_newswire_marks_open_a_cued_sentence(pipeline) -> None:
    doc, quotes = _run(pipeline, "Mayor Ines Carvalho spoke at the depot.\n\n"
                                 "''Sadly,'' Carvalho said, ''the bridge will close in the spring for a whole year.''")
    assert _find(doc, quotes, "Sadly").speaker == "Ines Carvalho"


@pytest.mark.model
def test_a_quoted_word_with_no_cue_after_it_stays_a_fragment(pipeline) -> None:
    doc, quotes = _run(pipeline, 'The council called the plan "reckless," and voted it down on Tuesday.')
    assert not [q for q in quotes if q.text.startswith("reckless")]


@pytest.mark.model
def test_object_and_as_phrase_of_a_verb_of_saying(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Senator Lena Okafor described the new tax as "a gift to landlords" on Monday.')
    q = _find(doc, quotes, "a gift to landlords")
    assert q.kind == "mixed" and q.text.startswith("the new tax as")
    assert q.speaker == "Lena Okafor"


@pytest.mark.model
def test_accused_of_and_criticized_for(pipeline) -> None:
    doc, quotes = _run(pipeline, "Governor Paul Lindqvist accused the railway of hiding the accident reports. "
                                 "Mayor Ruth Abara criticized the board for its silence.")
    q = _find(doc, quotes, "hiding the accident reports")
    assert q.text.startswith("the railway of") and q.speaker == "Paul Lindqvist"
    q2 = _find(doc, quotes, "its silence")
    assert q2.text.startswith("the board for") and q2.speaker == "Ruth Abara"


@pytest.mark.model
def test_told_someone_to_is_reported(pipeline) -> None:
    doc, quotes = _run(pipeline, "Chief Marta Holm told her officers to stay away from the stadium.")
    q = _find(doc, quotes, "to stay away from the stadium")
    assert q.kind == "indirect" and q.speaker == "Marta Holm"


@pytest.mark.model
def test_trailing_cue_after_a_comma_reports_the_clause_before(pipeline) -> None:
    doc, quotes = _run(pipeline, "The ferry company isn't planning any more night crossings this winter, the port's "
                                 "harbour master, Tom Reddick, told The Gazette earlier this week.")
    q = _find(doc, quotes, "night crossings")
    assert q.text.startswith("The ferry company") and "Reddick" not in q.text
    assert q.speaker == "Tom Reddick"


@pytest.mark.model
def test_parenthetical_cue_hung_on_a_noun(pipeline) -> None:
    doc, quotes = _run(pipeline, "Ms. Ilse Brandt runs the dam. The cost now, she told me on Friday, "
                                 "is that nobody trusts the dam.")
    texts = [q.text for q in quotes]
    assert any(t.startswith("is that nobody trusts") for t in texts), texts
    assert not any(t.startswith("me on Friday") for t in texts)


@pytest.mark.model
def test_a_place_in_an_office_holders_phrase_does_not_speak(pipeline) -> None:
    doc, quotes = _run(pipeline, 'The premier of the Austrian province of Tyrol observed that "the ruling is a '
                                 'blow to every valley."')
    q = _find(doc, quotes, "blow to every valley")
    assert q.speaker != "Tyrol" and q.speaker_role is not None and "premier" in q.speaker_role


@pytest.mark.model
def test_passive_reporting_verb_does_not_make_its_subject_speak(pipeline) -> None:
    doc, quotes = _run(pipeline, "Mayor Ines Carvalho has been harshly criticized for her votes on the budget. "
                                 "The team of six girls had been denied visas until last week.")
    assert not [q for q in quotes if q.speaker == "Ines Carvalho"]
    assert not [q for q in quotes if q.text.startswith("visas")]


@pytest.mark.model
def test_a_belief_inside_a_statement_is_part_of_it(pipeline) -> None:
    doc, quotes = _run(pipeline, "Senator Lena Okafor said she thinks the bridge will be finished by the spring.")
    assert len([q for q in quotes if "finished by the spring" in q.text]) == 1
    assert _find(doc, quotes, "finished by the spring").cue == "said"


@pytest.mark.model
def test_both_halves_around_according_to(pipeline) -> None:
    doc, quotes = _run(pipeline, "Exports rose 5 percent in May, according to the statistics office, and imports "
                                 "fell 2 percent in the same month.")
    assert _find(doc, quotes, "Exports rose").cue == "according to"
    second = _find(doc, quotes, "imports fell")
    assert second.cue == "according to" and not second.text.startswith("and")


@pytest.mark.model
def test_name_after_a_quote_with_no_verb_speaks(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Car sales fell again in March.\n\n"Dealers simply cannot find buyers in this '
                                 'economy," Jesse Toprak, an analyst at a car-pricing site.')
    assert _find(doc, quotes, "cannot find buyers").speaker == "Jesse Toprak"


@pytest.mark.model
def test_participle_takes_the_reporting_verbs_subject(pipeline) -> None:
    doc, quotes = _run(pipeline, "Governor Ed Park stated that he expected the company to make safer cars, and "
                                 'several times described what he wanted as "cleaner" cars.')
    q = _find(doc, quotes, "cleaner")
    assert q.speaker == "Ed Park"


@pytest.mark.model
def test_things_do_not_promise_or_describe(pipeline) -> None:
    doc, quotes = _run(pipeline, "The new plane promises lower fuel bills for every airline. "
                                 "Chapter two describes the history of the valley. The storm claimed ten lives.")
    assert not quotes, [q.text for q in quotes]


@pytest.mark.model
def test_a_name_given_by_known_as_is_no_statement(pipeline) -> None:
    doc, quotes = _run(pipeline, 'The group, known as "Brigade of the Northern Hills Riders", was founded in 2004.')
    assert not quotes, [q.text for q in quotes]


@pytest.mark.model
def test_called_x_y_on_a_day_is_not_called_on(pipeline) -> None:
    doc, quotes = _run(pipeline, 'The mayor has called the plan "a disaster for the whole town" on Monday.')
    assert [q.text for q in quotes] == ["a disaster for the whole town"]


@pytest.mark.model
def test_role_phrase_ending_in_a_name(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Chief investment officer at Northfield Capital Group Charlie Brandt said: '
                                 '"My guess is that the algorithms ran the day."')
    assert _find(doc, quotes, "algorithms ran the day").speaker == "Charlie Brandt"


@pytest.mark.model
def test_plural_roles_and_they_are_not_one_person(pipeline) -> None:
    doc, quotes = _run(pipeline, "Ms. Ana Ruiz, an analyst at Linden Bank, spoke on Monday. Other analysts, however, "
                                 "point out that the market did not fall as fast.")
    q = _find(doc, quotes, "did not fall as fast")
    assert q.speaker is None and q.speaker_role is not None and "analysts" in q.speaker_role


@pytest.mark.model
def test_participle_on_a_people_noun_is_theirs(pipeline) -> None:
    doc, quotes = _run(pipeline, "In reply to critics saying that the council had moved too slowly, Mayor Dana Whitlow "
                                 "said that the bridge had only been closed for a week.")
    q = _find(doc, quotes, "moved too slowly")
    assert q.speaker is None and q.speaker_role == "critics"
    assert _find(doc, quotes, "closed for a week").speaker == "Dana Whitlow"


@pytest.mark.model
def test_a_quoted_role_quoted_as_saying_speaks(pipeline) -> None:
    doc, quotes = _run(pipeline, 'The Harbour Gazette quotes a "ministry aide" as saying: "The ferry plan is dead."')
    q = _find(doc, quotes, "ferry plan is dead")
    assert q.speaker != "Harbour Gazette"


@pytest.mark.model
def test_a_place_describing_a_person_is_not_the_speaker(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Trade with Norway fell in May. "We are worried about the orders," said a Leeds '
                                 'bakery owner.')
    q = _find(doc, quotes, "worried about the orders")
    assert q.speaker not in ("Leeds", "Norway")


@pytest.mark.model
def test_phoning_and_citing_are_no_statements(pipeline) -> None:
    doc, quotes = _run(pipeline, "Hundreds of customers have called the helpline to complain about the update. "
                                 "Citing people familiar with the talks, the Harbour Gazette reported that the "
                                 "deal was off.")
    assert [q.text for q in quotes] == ["that the deal was off"], [q.text for q in quotes]


@pytest.mark.model
def test_a_name_before_a_chain_of_descriptions_speaks(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Pat Doyle, treasurer of Branch 12, Harbour Dockers union said "People are '
                                 'furious about the lockout." Sam Berg, the president of Northern Steel Workers said he '
                                 'had been assured that the plant would stay open.')
    assert _find(doc, quotes, "furious about the lockout").speaker == "Pat Doyle"
    assert _find(doc, quotes, "plant would stay open").speaker == "Sam Berg"


@pytest.mark.model
def test_a_binding_text_is_no_speaker(pipeline) -> None:
    doc, quotes = _run(pipeline, "The council adopted Resolution 417 on Monday. The Resolution demanded that all ports "
                                 "stay open to relief ships.")
    q = _find(doc, quotes, "ports")
    assert q.speaker is None, q.speaker


@pytest.mark.model
def test_a_question_label_in_a_transcript_is_no_speaker(pipeline) -> None:
    doc, quotes = _run(pipeline, "QUESTION: Did you discuss the harbour with the minister?\n\n"
                                 "SECRETARY OLSEN: We talked about the harbour and we will meet again tomorrow.")
    for q in quotes:
        assert q.speaker != "QUESTION", q.text


@pytest.mark.model
def test_a_group_of_people_keeps_the_people(pipeline) -> None:
    doc, quotes = _run(pipeline, 'A group of Leeds councillors released a statement saying "We will ask hard questions '
                                 'about this decision."')
    q = _find(doc, quotes, "ask hard questions")
    assert q.speaker != "Leeds"


@pytest.mark.model
def test_a_paragraph_opening_with_said_name_attributes_the_quote_before(pipeline) -> None:
    doc, quotes = _run(pipeline, 'The ferry will stop in May.\n\n"This is a sad but needed step for the island.\n\n'
                                 'We cannot keep losing money on every crossing."\n\nsaid Tom Reddick, mayor of Port Ellis.'
                                 '\n\nThe ferry company did not comment.')
    assert _find(doc, quotes, "sad but needed").speaker == "Tom Reddick"
    assert _find(doc, quotes, "losing money").speaker == "Tom Reddick"


@pytest.mark.model
def test_a_headline_role_is_a_role(pipeline) -> None:
    doc, quotes = _run(pipeline, "Ostland's trade minister tells shipyards not to buy foreign steel\n\nAnna Berg, minister of "
                                 "trade for Ostland, has recommended that shipyards should not buy steel from "
                                 "abroad. Ostland Air said it would follow the advice.")
    q = _find(doc, quotes, "foreign steel")
    assert q.speaker != "Ostland Air"


@pytest.mark.model
def test_an_indefinite_role_is_someone_new(pipeline) -> None:
    doc, quotes = _run(pipeline, 'The forum was full of posts about a video of Mark Dunmore. One poster wrote '
                                 '"Nobody should have to see that twice."')
    q = _find(doc, quotes, "Nobody should have to see")
    assert q.speaker != "Mark Dunmore"


@pytest.mark.model
def test_speakers_joined_by_and_are_both_kept(pipeline) -> None:
    doc, quotes = _run(pipeline, "Senator Maria Lund met Senator Tomas Berg on Monday. Ms. Lund and Mr. Berg said "
                                 "that the harbour bill would pass this week.")
    q = _find(doc, quotes, "harbour bill")
    assert q.speaker is not None and "Lund" in q.speaker and "Berg" in q.speaker, q.speaker


def test_unmarked_middle_paragraphs_of_a_quoted_letter_are_quoted() -> None:
    text = ('The mayor wrote to the council: "We cannot wait any longer.\n\nThe bridge is closing in May.\n\n'
            'Please vote on Friday."\n\nThe council has not replied.')
    assert _contents(text) == ["We cannot wait any longer.", "The bridge is closing in May.", "Please vote on Friday."]


@pytest.mark.model
def test_a_long_quote_takes_the_cue_of_its_last_piece(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Traders were calling the day grim.\n\n"It is pretty grim.\n\nA firm like ours '
                                 'should be doing well.\n\nIs the boom really over?"\n\nsaid market strategist '
                                 'Dana Whitlow.\n\nShares fell again on Tuesday.')
    assert _find(doc, quotes, "pretty grim").speaker == "Dana Whitlow"
    assert _find(doc, quotes, "firm like ours").speaker == "Dana Whitlow"


@pytest.mark.model
def test_a_colon_lead_the_parser_hung_under_the_quote(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Harbour Lines spokeswoman Dana Whitlow spoke about the outage: "We do not know what '
                                 'caused it.\n\nWe know that it was an electrical fault and we are looking into it."')
    assert _find(doc, quotes, "what caused it").speaker == "Dana Whitlow"
    assert _find(doc, quotes, "electrical fault").speaker == "Dana Whitlow"


@pytest.mark.model
def test_an_abbreviation_spelled_like_who_speaks(pipeline) -> None:
    doc, quotes = _run(pipeline, "The World Health Organization (WHO) met in May. WHO say the disease is easily "
                                 "prevented with clean water.")
    q = _find(doc, quotes, "easily prevented")
    assert q.speaker is not None and ("WHO" in q.speaker or "World Health" in q.speaker), q.speaker


# ---------------------------------------------------------------- issue 11, fourth round
@pytest.mark.model
def test_the_one_a_carrier_quotes_speaks(pipeline) -> None:
    doc, quotes = _run(pipeline, "According to Ostland Radio, quoting the Ostland Press Service (OPS), the navy has "
                                 "gone to full readiness and was ordered to get ready for a long patrol.")
    q = _find(doc, quotes, "full readiness")
    assert q.speaker is not None and "Ostland Press Service" in q.speaker, q.speaker
    assert not q.text.startswith("quoting")
    # whom a passive reporting verb tells does not speak (the navy is told, it says nothing)
    assert all(q.speaker_role != "the navy" for q in quotes)


@pytest.mark.model
def test_asked_to_remain_anonymous_is_no_statement(pipeline) -> None:
    doc, quotes = _run(pipeline, "The engineer, who asked not to be named, said that the pumps had failed twice.")
    assert not any("not to be named" in q.text for q in quotes)
    assert _find(doc, quotes, "pumps had failed").speaker_role == "The engineer"


@pytest.mark.model
def test_a_topic_before_a_parenthetical_cue_is_not_said(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Mayor Jo Lind spoke on Monday. Of the new plan, she said, "It will cost less than '
                                 'the old one and open sooner."')
    assert not any(q.text.startswith("Of the new plan") for q in quotes)
    assert _find(doc, quotes, "cost less").speaker == "Jo Lind"


@pytest.mark.model
def test_a_question_with_an_adverb_and_a_thing_that_sees_are_no_statements(pipeline) -> None:
    _, quotes = _run(pipeline, "Few people grasp exactly how the ferry works. The final saw two clubs from the "
                               "coast meet in a full stadium.")
    assert quotes == []


@pytest.mark.model
def test_a_quote_attributed_to_someone_is_theirs(pipeline) -> None:
    doc, quotes = _run(pipeline, "Marta Olin leads the survey. He estimated that there are about 40 rocks. There is a "
                                 'famous line attributed to Tolstoy — "All happy families are alike, and every one of '
                                 'them is happy the same way."')
    assert _find(doc, quotes, "happy families").speaker == "Tolstoy"


@pytest.mark.model
def test_a_document_named_again_keeps_its_author(pipeline) -> None:
    doc, quotes = _run(pipeline, "Defence Minister Jo Park met troops in Elmford on Friday, according to a Defence "
                                 "Ministry news release. The release said the two discussed new barracks. Park "
                                 "thanked the troops for their service, according to the release.")
    assert _find(doc, quotes, "new barracks").speaker == "Defence Ministry"
    assert _find(doc, quotes, "thanked the troops").speaker == "Defence Ministry"


@pytest.mark.model
def test_as_stated_on_a_website_is_its_owner(pipeline) -> None:
    doc, quotes = _run(pipeline, 'The new tablet is claimed to be "the thinnest computer ever made" as stated on the '
                                 "Nordfeld website.")
    assert _find(doc, quotes, "thinnest computer").speaker == "Nordfeld"


@pytest.mark.model
def test_a_name_after_a_quote_comma_and_added_speaks(pipeline) -> None:
    doc, quotes = _run(pipeline, '"The ferry will run again in May", added Harbour Master Jo Lind. "Nobody should '
                                 'travel before then," added the NWS.')
    assert _find(doc, quotes, "ferry will run").speaker == "Jo Lind"
    assert _find(doc, quotes, "Nobody should").speaker == "NWS"


@pytest.mark.model
def test_embedded_posts_in_plain_text_are_quotes_of_their_author(pipeline) -> None:
    text = ("Council backs new bridge\n\nThe city council voted on Tuesday to rebuild the old river bridge.\n\n"
            "The bridge vote passed 7 to 2 tonight, a big day for the town. pic.twitter.com/abc123XY\n"
            "— Northvale Council (@northvale) May 1, 2024\n\nWork is to start in March, the council said.\n\n"
            "Great news for our shops and for everyone who crosses the river!\n\n— Jo Park (@jopark) May 1, 2024\n\n"
            "Shop owners welcomed the vote.\n")
    doc, quotes = _run(pipeline, text)
    q = _find(doc, quotes, "bridge vote passed")
    assert q.text == "The bridge vote passed 7 to 2 tonight, a big day for the town."
    assert q.speaker == "Northvale Council" and q.kind == "direct" and q.speaker_method.startswith("post/")
    assert _find(doc, quotes, "Great news").speaker == "Jo Park"
    # the post is not glued to the paragraph after it
    assert _find(doc, quotes, "Work is to start").text == "Work is to start in March"


@pytest.mark.model
def test_embedded_post_in_a_web_page_is_a_quote_of_its_author(pipeline) -> None:
    from newsgraph.ingest import make_document
    from newsgraph.ingest.readers import Article

    tweet = ("<blockquote class='twitter-tweet'><p lang='en'>The bridge vote passed 7 to 2 tonight, a big day for the "
             "town.</p>&mdash; Northvale Council (@northvale) <a href='https://x.com/s/1'>May 1, 2024</a></blockquote>")
    paras = "".join(f"<p>{p}</p>" for p in (
        "The city council of Northvale voted on Tuesday to rebuild the old river bridge, closed since spring.",
        "Work is to start in March and take about eighteen months, the council said in a statement.",
        "Shop owners on both banks welcomed the vote but asked for help with the lost trade."))
    html = (f"<html><head><title>Bridge vote</title></head><body><article><h1>Council votes to rebuild bridge</h1>"
            f"{paras[:paras.index('</p>') + 4]}{tweet}{paras[paras.index('</p>') + 4:]}</article></body></html>")
    doc = pipeline(make_document(Article(html, "html", {}, "t")))
    q = _find(doc, doc.get("quotes"), "bridge vote passed")
    assert q.speaker == "Northvale Council" and q.text.endswith("for the town.")


@pytest.mark.model
def test_questions_are_flagged(pipeline) -> None:
    doc, quotes = _run(pipeline, '"Will the bridge open in May?" asked Jo Lind. Councillor Ana Ruiz asked whether the '
                                 'council would pay for it. "It will open in June," said Mayor Per Olsen.')
    assert _find(doc, quotes, "open in May").question
    assert _find(doc, quotes, "would pay").question
    assert not _find(doc, quotes, "open in June").question


@pytest.mark.model
def test_a_role_and_a_name_joined_are_two_speakers(pipeline) -> None:
    doc, quotes = _run(pipeline, "Defence Secretary Jo Lund met Prime Minister Ana Ruiz in Elmford on Monday. The "
                                 "secretary and Ruiz agreed that the bridge must be repaired first.")
    assert _find(doc, quotes, "bridge must be repaired").speaker == "Jo Lund and Ana Ruiz"


@pytest.mark.model
def test_what_an_organisation_or_a_country_sees_is_no_statement(pipeline) -> None:
    _, quotes = _run(pipeline, "Northfield Capital saw its shares fall from $40 to four cents. Ostland will see 400 "
                               "jobs cut by the end of the year.")
    assert quotes == []


@pytest.mark.model
def test_known_as_with_a_stray_mark_is_no_belief(pipeline) -> None:
    _, quotes = _run(pipeline, 'Kestrel is a rover that gathered rocks from comet 12P/Olsen (also known as "Olsen 2) '
                               "and landed back on Earth in May.")
    assert not any(q.cue == "known" for q in quotes)


@pytest.mark.model
def test_a_message_before_a_comma_announces_the_quote(pipeline) -> None:
    doc, quotes = _run(pipeline, 'In the last lines of his note, Jo Lund wrote this goodbye, "I found the kindest '
                                 'neighbours anyone could wish for, and I will miss them."')
    assert _find(doc, quotes, "kindest neighbours").speaker == "Jo Lund"


@pytest.mark.model
def test_who_after_a_description_ending_in_a_place_is_the_person(pipeline) -> None:
    doc, quotes = _run(pipeline, "Another reading comes from Dana Hill, a labour economist at Ostland University, "
                                 'who said, "Strong unions seldom stay strong for long".')
    assert _find(doc, quotes, "Strong unions").speaker == "Dana Hill"
    doc, quotes = _run(pipeline, "The plan was backed by the Ostland Council, who said it would cut costs.")
    assert _find(doc, quotes, "cut costs").speaker == "Ostland Council"


@pytest.mark.model
def test_things_going_on_and_entitlements_claimed_are_no_statements(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Routine visa checks will continue, but the ministry will drop the second hearing '
                                 'to "speed up" cases for three groups. Premier Jo Lund has put border control first, '
                                 "with a bill barring people who arrive by boat from claiming refugee status "
                                 'due next month. "We will fight on," she continued.')
    assert [q.text for q in quotes] == ["We will fight on,"]


@pytest.mark.model
def test_a_list_of_organisations_speaking_together_keeps_every_name(pipeline) -> None:
    doc, quotes = _run(pipeline, "On Friday, the Bank of Ostland, the Bank of Elmland, the Northfield Reserve and the "
                                 "Harbour Bank said together that they would pool their gold reserves.")
    spk = _find(doc, quotes, "pool their gold reserves").speaker
    assert spk is not None and all(n in spk for n in ("Bank of Ostland", "Bank of Elmland", "Harbour Bank")), spk


@pytest.mark.model
def test_chanters_and_negotiators_are_described_people(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Mayor Per Olsen spoke to the crowd on Sunday. Marchers then walked to city hall, '
                                 'chanting "No bridge, no vote." A union negotiator said the offer was "not enough."')
    q = _find(doc, quotes, "No bridge")
    assert q.speaker is None and q.speaker_role == "Marchers"
    q = _find(doc, quotes, "the offer was")
    assert q.speaker is None and q.speaker_role == "A union negotiator"


@pytest.mark.model
def test_refused_asked_for_and_impersonal_saying_reports_nothing(pipeline) -> None:
    doc, quotes = _run(pipeline, "Mill owner Jo Park declined to forecast when the mill would reopen, saying that "
                                 "the aim was to save money. The union asked the council to declare that the strike "
                                 "was legal. It's interesting to note that the harbour has lately raised its toll. "
                                 "It is worth noting that the bridge was built in 1920.")
    texts = [q.text for q in quotes]
    assert not any("would reopen" in t for t in texts)  # refused, with a question: nothing said
    assert _find(doc, quotes, "the aim was").speaker == "Jo Park"
    assert [t for t in texts if "strike was legal" in t] == ["to declare that the strike was legal"]  # the request only
    assert not any("toll" in t or "1920" in t for t in texts)  # the writer's own comment


@pytest.mark.model
def test_names_given_sources_cited_and_time_clauses_are_no_statements(pipeline) -> None:
    doc, quotes = _run(pipeline, "My sister was quick, so the whole school called her The Rocket. The weekly cited "
                                 "internal documents from the port authority in its story. The leak was not reported "
                                 "when the ferry docked in Harwich on Monday. Mayor Ana Ruiz called the plan illegal. "
                                 "Jo Park said after the vote he would not resign.")
    texts = [q.text for q in quotes]
    assert not any("Rocket" in t or "documents" in t or "docked" in t for t in texts), texts
    assert "Ana Ruiz" in (_find(doc, quotes, "the plan illegal").speaker or "")  # a judgment, not a name
    assert _find(doc, quotes, "he would not resign").speaker == "Jo Park"


@pytest.mark.model
def test_shown_things_and_what_a_firm_sees_are_no_statements(pipeline) -> None:
    doc, quotes = _run(pipeline, "Ms. Lund showed slides proving a fall in output when the kiln was cold. "
                                 "Meanwhile, shipping firm Adlerbank saw its stock sink from 42 crowns to four within "
                                 "the hour. Officers saw him run.")
    texts = [q.text for q in quotes]
    assert not any("slides" in t or "stock" in t for t in texts), texts
    assert any("him run" in t for t in texts)  # people still see


@pytest.mark.model
def test_a_quote_carrying_on_a_dropped_fragment_takes_its_cue(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Ana Ruiz, the bishop of Elm, has called the verdict "reckless" and "partisan":\n\n'
                                 '"This verdict harms every pupil in the valley. The judges should have listened to the '
                                 'parents first."')
    assert _find(doc, quotes, "This verdict harms").speaker == "Ana Ruiz"


@pytest.mark.model
def test_connectives_asides_you_and_orders_to_speak_report_nothing(pipeline) -> None:
    doc, quotes = _run(pipeline, "That said, the club is realistic about the goal. It should be mentioned that "
                                 "ferry fares doubled in 2004. You'll note the shop sells two versions. Tell me, what "
                                 "matters most today? Ana Ruiz said that the plan works.")
    assert [q.text for q in quotes] == ["that the plan works"]
    doc, quotes = _run(pipeline, 'The union issued a statement that said, "We will not give up on the mill."')
    assert [q.text for q in quotes] == ["We will not give up on the mill."]  # a relative "that", no connective


@pytest.mark.model
def test_nobody_hearsay_and_a_time_clause_report_no_statement(pipeline) -> None:
    doc, quotes = _run(pipeline, "While no one is forecasting a strike this month, the mood at the yard is grim. "
                                 "Neither of the two firms would reveal the price. It has been reported that "
                                 "merger talks resumed. Once the result was announced the shares fell by two percent. "
                                 "It was announced by the mayor that the cafe would close. Jo Park said the plan was bad.")
    texts = [q.text for q in quotes]
    assert texts == ["that the cafe would close", "the plan was bad"], texts


@pytest.mark.model
def test_cited_titles_and_names_given_by_a_participle_are_no_quotes(pipeline) -> None:
    doc, quotes = _run(pipeline, 'The team brought a robot, named "Big Idea of Elm Girls," to the fair. Jo Park called '
                                 'the plan "a fraud that will cost us all dearly," on Monday.\n\nSources\n\n'
                                 '"Harbour fees to rise again next spring" — Harbour.com, August 15, 2008 '
                                 '"Council backs new ferry link to the islands" — The Daily Post, August 15, 2008')
    assert [q.text for q in quotes] == ["a fraud that will cost us all dearly,"]


@pytest.mark.model
def test_added_before_a_quoted_order_is_a_cue(pipeline) -> None:
    doc, quotes = _run(pipeline, "Defence Secretary Jo Park spoke on Friday. The secretary added, “Please remember the "
                                 "crew of the lost ship when you sit down to dinner tonight.” The firm added 300 jobs.")
    assert [q.cue for q in quotes] == ["added"]


@pytest.mark.model
def test_surnames_the_tagger_missed_and_clauses_after_said(pipeline) -> None:
    doc, quotes = _run(pipeline, "The brewer's chief executive, Per Lindqvist, spoke on Monday. Lindqvist predicted "
                                 "that the brewery would beat its sales goals. Arguing for the farmers, Ola Brandt "
                                 "said that, as the farmers came from Elmland, where the custom is old, they should "
                                 "be cleared. Moreover, watching a film at home spoils the joy of the cinema.")
    assert "Lindqvist" in (_find(doc, quotes, "beat its sales goals").speaker or "")
    assert _find(doc, quotes, "should be cleared").speaker == "Ola Brandt"
    assert not any("film" in q.text for q in quotes)


@pytest.mark.model
def test_in_the_words_of_someone_is_a_cue(pipeline) -> None:
    doc, quotes = _run(pipeline, 'In the words of the prosecutor, Ana Ruiz, "Greta spent the final weeks of her '
                                 'life crying and scratching."')
    q = _find(doc, quotes, "Greta spent")
    assert q.speaker == "Ana Ruiz" and q.cue == "In the words of"


@pytest.mark.model
def test_he_goes_to_the_man_named_earlier_in_its_own_sentence(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Ana Ruiz, the prosecutor, spoke first. "The boy was hungry all week," Ruiz said. '
                                 "The court then heard from a nurse. Later, Piet Olsen's brother begged him to call a "
                                 'doctor, but he answered "That is out of the question".')
    assert _find(doc, quotes, "out of the question").speaker == "Piet Olsen"


@pytest.mark.model
def test_a_titled_name_the_tagger_took_for_an_organisation_is_a_person(pipeline) -> None:
    doc, quotes = _run(pipeline, "Premier Jo Lund announced the grant today.\n\nMr Lund said that the plan would "
                                 "build a test track.\n\nMr Vandermolen said that the track was good news for the "
                                 'valley.\n\n"The money lets the maker build its biggest design centre yet," he said.')
    assert _find(doc, quotes, "biggest design centre").speaker == _find(doc, quotes, "good news for").speaker


@pytest.mark.model
def test_a_reporting_verb_tagged_as_a_plural_noun_is_a_cue(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Ostland Bureau of Mines notes, "Deep shafts flood more often than shallow ones".')
    q = _find(doc, quotes, "Deep shafts")
    assert q.cue == "notes" and q.speaker == "Ostland Bureau of Mines"


@pytest.mark.model
def test_as_someone_said_reports_the_main_clause(pipeline) -> None:
    doc, quotes = _run(pipeline, 'As Jo Park told the Harbour Times, river silt has fallen partly due to new dams. '
                                 '"Despite more boats on the water, silt has fallen by a quarter since 1980." '
                                 "As they say in the trade, the tide waits for nobody.")
    assert _find(doc, quotes, "river silt has fallen").speaker == "Jo Park"
    assert _find(doc, quotes, "Despite more boats").speaker == "Jo Park"  # carries on the statement before it
    assert not any("tide" in q.text for q in quotes)  # a saying


@pytest.mark.model
def test_a_tradesperson_after_an_inverted_verb_is_a_described_speaker(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Rice prices rose for a third week. "We buy less and we wait," said a Tarnow grain '
                                 'dealer. "The boats stay in port," said one fisherman at the quay.')
    q = _find(doc, quotes, "We buy less")
    assert q.speaker is None and q.speaker_role is not None and "dealer" in q.speaker_role
    q = _find(doc, quotes, "boats stay in port")
    assert q.speaker is None and q.speaker_role is not None and "fisherman" in q.speaker_role


@pytest.mark.model
def test_a_quote_of_someone_with_a_gerund_cue_inside_a_reported_clause_is_theirs(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Harbour officials said the new berth had been approved on cost alone, with Vela '
                                 'Bank analyst Ines Moro saying "Cost was all that counted.\n\nNobody asked about '
                                 'the tides."\n\nThe port also denied any favouritism.')
    assert _find(doc, quotes, "approved on cost").speaker != "Ines Moro"
    assert "Cost was all" not in _find(doc, quotes, "approved on cost").text
    assert _find(doc, quotes, "Cost was all").speaker == "Ines Moro"
    assert _find(doc, quotes, "asked about the tides").speaker == "Ines Moro"


@pytest.mark.model
def test_a_pronoun_nobody_named_fits_is_the_described_subject_before_it(pipeline) -> None:
    doc, quotes = _run(pipeline, 'Her uncle drove the tractor into the barn at dusk. Then he said, "The field is '
                                 'too wet for the harvest." The aunt stayed inside. Later she said, "We will wait '
                                 'for the wind."')
    q = _find(doc, quotes, "too wet for the harvest")
    assert q.speaker is None and q.speaker_role == "Her uncle"
    q = _find(doc, quotes, "wait for the wind")
    assert q.speaker is None and q.speaker_role == "The aunt"


@pytest.mark.model
def test_a_described_person_in_a_relative_clause_is_no_pronoun_antecedent(pipeline) -> None:
    doc, quotes = _run(pipeline, "In 1990, Ana Ruiz worked at a bakery, where the owner gave orders to a cousin. "
                                 'She said she remembers the cousin being "upset".')
    assert _find(doc, quotes, "remembers the cousin").speaker_role != "the owner"


#: who speaks, by name: (text, a fragment of the quote, the full name of its speaker); each case
#: was a test of its own, written with its rule (the id names the rule)
SPEAKERS_NAMED = [
    pytest.param(
        '"We will fly it next spring," says Olga Brandt, the airline chief. "The wing is finished '
        'and it looks superb," enthused Tomas Wirth, the designer.',
        "wing is finished",
        "Tomas Wirth",
        id="manner_of_speaking_verbs_after_a_quote_are_cues",
    ),
    pytest.param(
        "Maria Lindqvist criticised the ruling on Monday. She was quoted by the Harbour Times as "
        'saying "Letting one judge decide this is absurd."',
        "one judge decide",
        "Maria Lindqvist",
        id="whom_a_passive_quoted_as_saying_names_speaks_not_the_outlet",
    ),
    pytest.param(
        "Ostland President Mira Kovac's administration said on Friday that it would not lend the "
        "carmaker more money.",
        "not lend the carmaker",
        "Mira Kovac",
        id="an_administration_named_by_its_leader_speaks_for_the_leader",
    ),
    pytest.param(
        'Mayor Priya Nandy said the wall had done its job. "Today the streets are dry," Nandy '
        "said.\n\nThe county planning officer, Lena Hart, said the danger had not passed. Soil was "
        'saturated, she said. "The ground cannot take any more," Hart said.\n\nAsked whether the '
        "wall could cope with a second storm, the mayor said engineers had inspected it on Sunday. "
        '"It is ready," she said.',
        "It is ready",
        "Priya Nandy",
        id="she_after_a_role_that_named_the_speaker",
    ),
    pytest.param(
        "Lucy Hale, 29, died at the scene. Defence barrister Anita Chowdhury told the jury that "
        'the road markings were worn. "You will hear that the council was warned," she '
        "said.\n\nHale's mother, Gillian Hale, sat in the public gallery throughout. Outside court "
        "she said the family only wanted the truth.",
        "only wanted the truth",
        "Gillian Hale",
        id="a_name_in_apposition_to_the_subject_is_salient",
    ),
    pytest.param(
        'City manager Ines Ferreira praised her side. "We were rude, in the good way," she '
        "said.\n\nSubstitute Emeka Okonkwo scored twice. Okonkwo, 19, had never scored in the "
        'league. He equalised on 81 minutes. "I just closed my eyes," he said.',
        "closed my eyes",
        "Emeka Okonkwo",
        id="an_age_in_apposition_makes_a_person",
    ),
    pytest.param(
        "Sen. Maria Lopez will vote against the bill. Lopez's office said she had met farmers in "
        "Phoenix last week.",
        "met farmers",
        "Maria Lopez",
        id="a_persons_office_speaks_for_that_person",
    ),
    pytest.param(
        "The Chemical Industries Association said its members had good records. A spokesman for "
        'the association said that "one failure should not punish a whole industry".',
        "one failure",
        "Chemical Industries Association",
        id="a_spokesman_for_the_association_is_the_association",
    ),
    pytest.param(
        "Friends of the Avel, a campaign group, went further. It said the government should let "
        "courts jail the directors of polluting firms.",
        "jail the directors",
        "Friends of the Avel",
        id="it_after_an_organisation_the_tagger_missed",
    ),
    pytest.param(
        "Dalton's striker, Hannah Bright, has scored 14 goals this season. Bright said the team "
        "would learn from the defeat. \"We'll be back next year,\" the 20-year-old said.",
        "back next year",
        "Hannah Bright",
        id="the_twenty_year_old_is_the_player_named_before",
    ),
    pytest.param(
        "Band's memo named Declan Kelly as the fixer. A Kestrel Drinks spokesman said the company "
        "had backed the charity because it believed in its work. He said the consultants had been "
        "hired to advise on communications.",
        "consultants had been hired",
        "Kestrel Drinks",
        id="he_after_a_firms_spokesman_is_the_spokesman",
    ),
    pytest.param(
        "The secretary general of the ABC (Alpine Bishops Conference), Nunzio Galantino, has "
        'called the ruling "a dangerous sentence for our schools".',
        "dangerous sentence",
        "Nunzio Galantino",
        id="an_untagged_name_in_brackets_is_not_the_speaker",
    ),
    pytest.param(
        "The telephone exchange in Kellmore closed in 1991, but Edna Hollis still answers the "
        "phone as if someone might need connecting.\n\nShe was seventeen when she started at the "
        'exchange. "It took me years to understand the boards," Edna tells me.',
        "It took me years",
        "Edna Hollis",
        id="a_person_called_by_the_given_name_gets_the_full_name",
    ),
    pytest.param(
        '12:20 A reader, Tom Asante, has sent us this from his flat in Harwick: "The whole '
        "building is shaking. My neighbour's balcony furniture has just flown past my window.\"",
        "whole building",
        "Tom Asante",
        id="a_place_before_a_colon_is_no_speaker_and_a_named_apposition_is",
    ),
    pytest.param(
        "Education Minister Hugh Calloway said the scheme would cost 48 million a year.\n\nLiberal "
        "member Yusuf Demir asked whether private schools would be excluded. The minister said "
        "they would be.\n\nSpeaker of the assembly Moira Banfield twice called members to order "
        'during the exchanges. "Order! The member will withdraw that remark," she said after an '
        'opposition member shouted "liar" across the floor.',
        "Order!",
        "Moira Banfield",
        id="a_wholly_quoted_sentence_does_not_part_she_from_her_name",
    ),
    pytest.param(
        "The Royal Harcastle Museum has agreed to return a pair of carved palace doors to "
        "Obassa.\n\nIn a statement on Monday, the museum said its trustees had voted unanimously to "
        "transfer ownership.",
        "trustees had voted",
        "Royal Harcastle Museum",
        id="the_museum_is_the_museum_named_before",
    ),
    pytest.param(
        'Harbour City manager Rafael Domingo was first into the press room. "I have watched it '
        'four times and it is not a penalty," Domingo said.\n\nHe was asked whether he would '
        'complain to the league. "What for? They will send me a letter saying the referee was in a '
        'good position."',
        "What for?",
        "Rafael Domingo",
        id="the_answer_after_he_was_asked_is_the_one_asked",
    ),
    pytest.param(
        "The Royal Harcastle Museum has agreed to return a pair of carved doors to Obassa.\n\nIn a "
        'statement on Monday, the museum said its trustees had voted unanimously. "We are grateful '
        'to the Obassan delegation for their patience," the statement said.',
        "We are grateful",
        "Royal Harcastle Museum",
        id="the_statement_is_whoever_said_in_a_statement_before",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker"), SPEAKERS_NAMED)
def test_the_speaker_is_named(pipeline, text: str, fragment: str, speaker: str) -> None:
    doc, quotes = _run(pipeline, text)
    assert _find(doc, quotes, fragment).speaker == speaker


#: who speaks, described but not named: (text, a fragment of the quote, the role phrase kept;
#: the speaker stays null); each case was a test of its own, written with its rule (the id names it)
SPEAKERS_DESCRIBED = [
    pytest.param(
        'In a statement, the ministry said the attack was "a cowardly act". It added that the perpetrators would be punished.',
        "perpetrators would be punished",
        "the ministry",
        id="unresolved_pronoun_carries_the_previous_speaker",
    ),
    pytest.param(
        "Maria Lopez's boyfriend found her at home. Investigator Tom Grady arrived an hour "
        'later. "She was not breathing," her boyfriend said. "I tried to help her," he added.',
        "tried to help",
        "her boyfriend",
        id="he_after_a_described_person_is_that_person",
    ),
    pytest.param(
        'Dozens of protesters marched downtown on Saturday, chanting "No justice, no peace."',
        "No justice",
        "Dozens of protesters",
        id="a_chant_has_the_chanters_or_no_one",
    ),
    pytest.param(
        "The Daily Courier reported that someone close to the talks said the deal was "
        '"nearly done" after weeks of haggling.',
        "nearly done",
        "someone close to the talks",
        id="someone_described_is_kept_as_a_role",
    ),
    pytest.param(
        "The Northvale Council said on Monday that work would start in March. Shop owners on "
        "both banks welcomed the vote but asked for help with the lost trade, which they said "
        "had already cost them customers.",
        "cost them customers",
        "Shop owners",
        id="they_is_the_people_its_own_sentence_names",
    ),
    pytest.param(
        "Health board officials say the unit is no longer safe and that mothers will get "
        'better care in Kelham. "We cannot staff it," a board spokesman said.\n\nCampaigners '
        "reject that. They contend that the board has let the unit run down on purpose.",
        "run down on purpose",
        "Campaigners",
        id="they_after_a_plural_described_subject_are_those_people",
    ),
    pytest.param(
        'Witness says van "never slowed down" as trial opens\n\nA bus driver told the court '
        "on Tuesday that the van did not brake.",
        "never slowed down",
        "Witness",
        id="a_headline_role_is_not_a_name",
    ),
    pytest.param(
        "Neighbours have set up a fundraiser for the family. One of the organisers, a teacher "
        "at the school, said more than 4,000 pounds had been raised in a day.",
        "4,000 pounds",
        "One of the organisers",
        id="one_of_the_organisers_is_a_described_speaker",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "role"), SPEAKERS_DESCRIBED)
def test_speakers_described(pipeline, text: str, fragment: str, role: str) -> None:
    doc, quotes = _run(pipeline, text)
    q = _find(doc, quotes, fragment)
    assert q.speaker is None and q.speaker_role == role


@pytest.mark.model
def test_the_firm_described_links_to_the_owner_of_the_subject_before_it(pipeline) -> None:
    doc, quotes = _run(pipeline, "Markets slid again. Kestrel Freight Inc.'s shares lost a fifth after the haulage firm "
                                 "announced that its lenders had called in two loans.")
    assert (_find(doc, quotes, "lenders had called").speaker or "").startswith("Kestrel Freight")


@pytest.mark.model
def test_a_scholar_from_a_university_is_a_described_person_not_the_university(pipeline) -> None:
    doc, quotes = _run(pipeline, 'The lenders refused the offer. "They had no other choice," said a lecturer from '
                                 "the University of Tarnow who studies insolvency.")
    q = _find(doc, quotes, "no other choice")
    assert q.speaker is None and q.speaker_role is not None and "lecturer" in q.speaker_role


@pytest.mark.model
def test_a_statement_on_a_firms_website_and_the_company_website_are_the_firms(pipeline) -> None:
    doc, quotes = _run(pipeline, "Kestrel Inc. made a loss in May. Its founder Jo Lund has died aged 81, according to "
                                 "the company website.")
    assert (_find(doc, quotes, "has died aged").speaker or "").startswith("Kestrel")
    doc, quotes = _run(pipeline, 'A statement on Kestrel Inc.\'s website states: "We have lost a founder and a friend."')
    assert (_find(doc, quotes, "lost a founder").speaker or "").startswith("Kestrel")


@pytest.mark.model
def test_an_anonymous_individual_is_a_described_speaker(pipeline) -> None:
    doc, quotes = _run(pipeline, "Soon after the news broke, an anonymous individual claimed that the manager had "
                                 "been pushed out.")
    q = _find(doc, quotes, "pushed out")
    assert q.speaker is None and q.speaker_role is not None and "individual" in q.speaker_role


@pytest.mark.model
def test_the_federal_government_is_not_the_firm_named_before(pipeline) -> None:
    doc, quotes = _run(pipeline, "Kestrel Motors presented its plan on Monday. Its chief said that the federal "
                                 'government had told him that it had "no wish to run a car company".')
    assert not (_find(doc, quotes, "no wish to run").speaker or "").startswith("Kestrel")


@pytest.mark.model
def test_what_a_fact_suggests_is_said_by_no_one(pipeline) -> None:
    doc, quotes = _run(pipeline, "A two-hour film from Harbour Pictures is already on sale in the Vell store, suggesting "
                                 "that the rights dispute is over. The critic Ana Ruiz said the film was dull, "
                                 "suggesting that the studio had rushed it.")
    assert not any("rights dispute" in q.text for q in quotes)
    assert _find(doc, quotes, "studio had rushed").speaker == "Ana Ruiz"


# ---------------------------------------------------------------- issue 11, seventh round: who "he" is
@pytest.mark.model
def test_he_after_a_described_subject_is_that_person(pipeline) -> None:
    doc, quotes = _run(pipeline, "Inspector Dana Webb said officers were checking cameras on the street. "
                                 '"Somebody saw this," she said.\n\nThe victim\'s uncle reached the hospital after '
                                 "midnight. He told reporters that his nephew had no enemies.")
    q = _find(doc, quotes, "no enemies")
    assert q.speaker is None and q.speaker_role is not None and "uncle" in q.speaker_role


@pytest.mark.model
def test_she_after_a_described_subject_is_not_the_woman_named_before(pipeline) -> None:
    doc, quotes = _run(pipeline, '"My son was born here in ten minutes," said Orla Byrne, who led the march.\n\n'
                                 "A midwife who has worked at the unit for twelve years marched in her uniform. She "
                                 "said the staff were tired but proud.")
    q = _find(doc, quotes, "tired but proud")
    assert q.speaker is None and q.speaker_role is not None and "midwife" in q.speaker_role


@pytest.mark.model
def test_he_does_not_carry_on_the_woman_quoted_before(pipeline) -> None:
    doc, quotes = _run(pipeline, 'My mother, Eileen, did not believe him. "That boat is your other wife," she told me '
                                 'once.\n\nI sanded the wrong parts. "A boat forgives you," he told me.')
    assert _find(doc, quotes, "A boat forgives").speaker != "Eileen"


@pytest.mark.model
def test_a_surname_the_tagger_read_as_a_noun_is_the_full_name(pipeline) -> None:
    doc, quotes = _run(pipeline, "Jonathan Rees KC told the jury that the records were clear. "
                                 '"This was not bad luck," Rees said.')
    assert "Jonathan Rees" in (_find(doc, quotes, "not bad luck").speaker or "")


@pytest.mark.model
def test_a_person_the_tagger_missed_keeps_the_full_name(pipeline) -> None:
    doc, quotes = _run(pipeline, "Local MP Declan Rourke addressed the crowd outside the gates. He told them the fight "
                                 'was far from over. "The board has not listened to this town," Rourke said.')
    assert _find(doc, quotes, "has not listened").speaker == "Declan Rourke"
    assert _find(doc, quotes, "far from over").speaker == "Declan Rourke"


@pytest.mark.model
def test_the_writers_own_question_is_no_statement(pipeline) -> None:
    doc, quotes = _run(pipeline, "He kept sanding the hull every Saturday. I asked him that night why he kept going. "
                                 '"If I finish it," he said, "what will I do on Saturdays?"')
    assert not any("kept going" in q.text for q in quotes)


@pytest.mark.model
def test_a_quote_goes_on_past_a_question_in_a_time_clause(pipeline) -> None:
    doc, quotes = _run(pipeline, 'My father bought the boat the year I was born.\n\n"Next summer," he would say when my '
                                 'mother asked when it would be ready. "Next summer, Jean, I promise."')
    q = _find(doc, quotes, "I promise")
    assert q.speaker_role is not None and "father" in q.speaker_role
    assert not any(q.text.startswith("when my mother") for q in quotes)


@pytest.mark.model
def test_one_of_them_is_one_of_the_people_described(pipeline) -> None:
    doc, quotes = _run(pipeline, "Two consultants said managers had refused to pay for night staff. One of them said "
                                 'a manager had called the review "a wish list".')
    q = _find(doc, quotes, "had called the review")
    assert q.speaker is None and q.speaker_role == "One of them" and q.resolved_start is not None
    assert "consultants" in doc.text[q.resolved_start : q.resolved_end]


@pytest.mark.model
def test_she_after_a_colleague_questioned_by_a_man(pipeline) -> None:
    doc, quotes = _run(pipeline, 'The home\'s lawyer, Richard Osei, said the complaints had been investigated. "There is '
                                 'no link," he said.\n\nUnder questioning from Osei, the colleague agreed that she had '
                                 "left the home on bad terms. She denied that this affected her evidence.")
    q = _find(doc, quotes, "affected her evidence")
    assert q.speaker is None and q.speaker_role is not None and "colleague" in q.speaker_role


@pytest.mark.model
def test_the_council_speaks_as_a_role(pipeline) -> None:
    doc, quotes = _run(pipeline, "Residents turned the old car park into a garden. The council now says the land will "
                                 "not be sold.")
    assert _find(doc, quotes, "not be sold").speaker_role == "The council"


@pytest.mark.model
def test_a_named_subject_ends_the_turn_of_a_described_person(pipeline) -> None:
    doc, quotes = _run(pipeline, "Her mother moved the family to Ohio in 1992. Georgia claims that she was held at the "
                                 "farm until she turned sixteen. She also claims that in 1999 she was ordered to remove "
                                 "asbestos from the engine room.")
    q = _find(doc, quotes, "remove asbestos")
    assert q.speaker_role != "Her mother"


@pytest.mark.model
def test_a_headline_role_is_the_person_the_body_introduces(pipeline) -> None:
    doc, quotes = _run(pipeline, "Norvania to cut fuel subsidies, finance minister says\n\nVELMORA, Dec 3 (Reuters) - "
                                 "Norvania will phase out fuel subsidies over the next two years to rein in its budget "
                                 "deficit, Finance Minister Tomas Berecz told Reuters on Tuesday, a move likely to anger "
                                 'truck drivers and farmers.\n\n"We cannot keep spending more on cheap petrol than on '
                                 'our schools," Berecz said in an interview in the capital.')
    assert doc.block_kind(0) == "headline"
    assert _find(doc, quotes, "Norvania to cut").speaker == "Tomas Berecz"


@pytest.mark.model
def test_letters_after_a_name_and_a_role_glued_before_it_are_no_part_of_it(pipeline) -> None:
    doc, quotes = _run(pipeline, "Hale's barrister, Simon Kettering KC, spoke next. Kettering told the jury that the "
                                 "paperwork had been muddled.\n\nBackbencher Neil Gaskin told MPs that teachers were "
                                 'buying breakfast for pupils. "I have met those teachers," Gaskin said.')
    assert _find(doc, quotes, "paperwork had been muddled").speaker == "Simon Kettering"
    assert _find(doc, quotes, "teachers were buying").speaker == "Neil Gaskin"


@pytest.mark.model
def test_she_after_a_name_in_a_prepositional_phrase_is_not_that_name(pipeline) -> None:
    text = (
        'Vincent Hale, 58, denies eleven counts of fraud.\n\n'
        'The first witness, a retired teacher, Dorothy Ames, 84, said she had given Hale power of attorney '
        'after her husband died. "He said, \'Leave it all to me, Dorothy,\' and I did," she told the court. "I '
        'did not look at a bank statement for six years."\n\nUnder cross-examination by Hale\'s barrister, '
        'Simon Kettering KC, she agreed that she had signed several of the transfer forms herself. "I signed '
        'what he put in front of me," she said. "I trusted him."\n\nKettering told the jury that his client\'s'
        ' business had been badly run but that that was not the same as fraud. "You will hear about muddled '
        'paperwork," he said. "You will not hear evidence that Mr Hale set out to steal from anyone."'
    )
    doc, quotes = _run(pipeline, text)
    assert _find(doc, quotes, "signed several").speaker == "Dorothy Ames"
    assert _find(doc, quotes, "I signed what").speaker == "Dorothy Ames"


@pytest.mark.model
def test_a_former_trustee_is_a_described_speaker(pipeline) -> None:
    doc, quotes = _run(pipeline, "A former trustee, who asked not to be named, said some board members had feared a flood "
                                 'of claims. "Nobody said it out loud, but that was the worry in the room," the former '
                                 "trustee said.")
    q = _find(doc, quotes, "Nobody said it")
    assert q.speaker is None and q.speaker_role is not None and "trustee" in q.speaker_role


@pytest.mark.model
def test_the_role_of_someone_introduced_without_a_name_is_not_the_last_named_person(pipeline) -> None:
    text = (
        "Under cross-examination by Hale's barrister, Simon Kettering KC, she agreed that she had signed "
        'several of the transfer forms herself. "I signed what he put in front of me," she said. "I trusted '
        'him."\n\nKettering told the jury that his client\'s business had been badly run but that that was not'
        ' the same as fraud. "You will hear about muddled paperwork," he said. "You will not hear evidence '
        'that Mr Hale set out to steal from anyone."\n\nA second witness, a bank manager who cannot be named '
        'for legal reasons, said he had raised concerns about the account in 2019. "The pattern of '
        'withdrawals was unusual for a client of that age," the bank manager said. He said his report had not'
        ' been acted on.'
    )
    doc, quotes = _run(pipeline, text)
    q = _find(doc, quotes, "pattern of withdrawals")
    assert q.speaker is None and q.speaker_role is not None and "manager" in q.speaker_role


_QA = ("Composer Teodora Vasquez-Lind on silence and deadlines\n\nTeodora Vasquez-Lind has spent four years writing an "
       "opera. She spoke to us from her studio in Bergholt.\n\nQ: How did the opera begin?\n\nA: It began with a "
       "photograph. My grandmother kept a picture of the harbour, and I looked at it every summer.\n\nQ: Did you ever "
       "want to stop?\n\nA: Twice. I burned the sketches in the garden, which was very stupid.")


@pytest.mark.model
def test_answers_of_a_marked_q_and_a_are_the_interviewees(pipeline) -> None:
    doc, quotes = _run(pipeline, _QA)
    for snippet in ("It began with a photograph", "I burned the sketches"):
        q = _find(doc, quotes, snippet)
        assert q.kind == "direct" and q.speaker == "Teodora Vasquez-Lind"
    assert not any("How did the opera" in q.text for q in quotes)


@pytest.mark.model
def test_unmarked_answers_are_no_quotes(pipeline) -> None:
    text = _QA.replace("Q: ", "").replace("A: ", "")
    doc, quotes = _run(pipeline, text)
    assert not any("It began with a photograph" in q.text for q in quotes)


@pytest.mark.model
def test_an_interviewers_turn_reports_nothing(pipeline) -> None:
    doc, quotes = _run(pipeline, "Kasia Lindqvist-Moor turns seventy next week.\n\nInterviewer: Would you tell a young "
                                 "climber to take the risks you took?\n\nLindqvist-Moor: No. I would tell her to come "
                                 "home.")
    assert not any("risks you took" in q.text for q in quotes)


