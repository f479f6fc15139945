"""What is emitted as a quote at all, and its span (issue 11, sixth session, quotes18): one's own
speech heard, appeals with their addressee and the one a phrase of
company names beside the speaker. Invented examples only."""

from __future__ import annotations

from newsgraph.quotes.marks import find_marked
from tests.conftest import make_doc


def _quotes(pipeline, text: str) -> list:
    doc = pipeline(make_doc(text))
    return [(doc.text[q.start : q.end], q) for q in doc.get("quotes")]


def test_an_appeal_holds_its_addressee_and_the_infinitive_the_parser_made_an_adverbial(pipeline) -> None:
    text = "Senator Tom Ardley, along with Senator Ruth Mayo, called on Parliament to examine the cause of the price collapse."
    got = _quotes(pipeline, text)
    assert [s for s, _ in got] == ["Parliament to examine the cause of the price collapse"]


def test_a_person_named_as_company_is_not_the_speaker(pipeline) -> None:
    text = "Senator Tom Ardley, along with Senator Ruth Mayo, called on Parliament to examine the cause of the price collapse."
    (_, q), = _quotes(pipeline, text)
    assert q.speaker == "Tom Ardley"


def test_hearing_someone_speak_is_no_statement(pipeline) -> None:
    got = _quotes(pipeline, "Readers who come along and hear me read know that the poems are true.")
    assert "me read" not in [s for s, _ in got]


def test_a_heard_clause_with_its_own_tense_stays(pipeline) -> None:
    got = _quotes(pipeline, "Ms. Petra Lund said she had heard that the plant would close.")
    assert any("the plant would close" in s for s, _ in got)


def test_a_witness_seeing_someone_act_stays(pipeline) -> None:
    got = _quotes(pipeline, "A neighbour, Ida Brandt, said she saw the driver climb out of the van with a crowbar.")
    assert any("the driver climb out" in s for s, _ in got)


def test_a_clause_whose_subject_the_parser_made_the_object_keeps_it(pipeline) -> None:
    got = _quotes(pipeline, "The two mayors agreed their first priority should be clean water for the villages.")
    assert [s for s, _ in got] == ["their first priority should be clean water for the villages"]


def test_the_one_told_stays_outside_the_content(pipeline) -> None:
    got = _quotes(pipeline, "Mayor Lena Vik told reporters the plan would fail.")
    assert [s for s, _ in got] == ["the plan would fail"]


def test_a_second_name_given_after_and_is_a_name_too(pipeline) -> None:
    got = _quotes(pipeline, 'Two new tools will be added in the spring update, dubbed "Harbor View" and "Lantern."')
    assert got == []


def test_a_person_told_with_a_relative_clause_stays_outside_the_content(pipeline) -> None:
    got = _quotes(pipeline, "Governor Ana Pell told a student who asked about fees the rise was not final.")
    assert not any(s.startswith("a student") for s, _ in got)


def _marked(text: str) -> list[str]:
    doc = make_doc(text)
    return [doc.text[m.start : m.end] for m in find_marked(doc)]


def test_an_opening_mark_typed_for_a_closing_one_before_an_attribution_closes() -> None:
    got = _marked("“We will build the bridge here, “Jonas Berg said. “Nobody else will pay for it.”")
    assert got == ["We will build the bridge here,", "Nobody else will pay for it."]


def test_an_opening_mark_before_a_quoted_sentence_of_its_own_does_not_close() -> None:
    got = _marked("Ms. Ode said: “The council voted, “Nobody asked us,” she said.")
    assert got == ["The council voted, “Nobody asked us,"]


def _calibrate_script():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "calibrate_quotes.py"
    spec = importlib.util.spec_from_file_location("calibrate_quotes", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_calibration_script_reports_the_expected_calibration_error(capsys) -> None:
    mod = _calibrate_script()
    calibrated = [(0.9, True)] * 9 + [(0.9, False)] + [(0.55, True), (0.55, False)]
    assert mod.reliability(calibrated, "speakers") < 0.01
    assert abs(mod.reliability([(0.9, False), (0.9, True)], "speakers") - 0.4) < 1e-9
    assert "ECE=" in capsys.readouterr().out


def test_an_unseen_speaker_method_takes_the_pooled_share_of_rare_ones() -> None:
    from newsgraph.quotes import confidence

    assert confidence.speaker_confidence("speech/never_seen", True) == confidence._SPEAKER_DEFAULT
    assert confidence.speaker_confidence("speech/never_seen", False) <= confidence._ROLE_CAP


def test_a_name_after_according_to_a_role_is_the_source_and_not_said(pipeline) -> None:
    text = ("According to the team's coach, Maria Lenz, in their first game, the school's boat, named "
            '"Silver Heron," finished third behind the Danish and Polish crews.')
    got = _quotes(pipeline, text)
    assert len(got) == 1
    span, q = got[0]
    assert span.startswith("in their first game") and q.speaker == "Maria Lenz"


def test_according_to_a_role_alone_keeps_the_role(pipeline) -> None:
    (span, q), = _quotes(pipeline, "According to the coach, the boat finished third.")
    assert span.startswith("the boat") and q.speaker is None and q.speaker_role == "the coach"
