"""Language detection: non-English bodies are skipped with NG010, the rest goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.config import Settings
from newsgraph.errors import InputError
from newsgraph.ingest import documents_from_paths, make_document
from newsgraph.ingest.language import check_language, detect
from newsgraph.ingest.readers import Article, Failure

ENGLISH = (
    "The port of Hamburg reopened on Monday after a week-long strike by dock workers ended, the union said. "
    "Dozens of container ships had waited in the North Sea while talks between the employers and the union "
    "dragged on, and shipping companies warned that delays would reach shops before the holidays."
)
FRENCH = (
    "Le port de Marseille a rouvert lundi après une grève d'une semaine des dockers, a annoncé le syndicat. "
    "Des dizaines de porte-conteneurs attendaient au large pendant que les négociations entre les employeurs "
    "et le syndicat se prolongeaient, et les armateurs ont averti que les retards toucheraient les magasins."
)
GERMAN = (
    "Der Hamburger Hafen hat am Montag nach einem einwöchigen Streik der Hafenarbeiter wieder geöffnet, teilte "
    "die Gewerkschaft mit. Dutzende Containerschiffe hatten in der Nordsee gewartet, während sich die Gespräche "
    "zwischen den Arbeitgebern und der Gewerkschaft hinzogen, und Reedereien warnten vor Verzögerungen."
)


def test_english_is_recorded_in_meta() -> None:
    doc = make_document(Article(ENGLISH, "text", {}, "en.txt"), Settings())
    assert doc.meta["language"] == "en"


@pytest.mark.parametrize(("text", "code"), [(FRENCH, "fr"), (GERMAN, "de")])
def test_non_english_is_ng010(text: str, code: str) -> None:
    with pytest.raises(InputError) as err:
        make_document(Article(text, "text", {}, "x.txt"), Settings(), require_english=True)
    assert err.value.code == "NG010" and err.value.reason == f"not English: {code}"
    # without require_english (predict, the API) the language is only recorded
    assert make_document(Article(text, "text", {}, "x.txt"), Settings()).meta["language"] == code


def test_short_texts_are_not_judged() -> None:
    assert detect("Le port a rouvert lundi.") is None
    assert check_language("Der Hafen ist offen.") is None
    doc = make_document(Article("Le port de Marseille a rouvert lundi.", "text", {}, "s.txt"), Settings())
    assert "language" not in doc.meta


def test_english_article_with_a_foreign_quote_is_kept() -> None:
    text = ENGLISH + ' "Nous sommes très contents," a union leader said in French after the vote.'
    assert check_language(text) == "en"


def test_judged_on_the_body_not_the_headline() -> None:
    text = "# Grève au port de Marseille\n\n" + ENGLISH
    assert make_document(Article(text, "markdown", {}, "h.md"), Settings()).meta["language"] == "en"


def test_ingest_skips_foreign_articles_and_goes_on(tmp_path: Path) -> None:
    src = tmp_path / "mixed.jsonl"
    src.write_text("\n".join(json.dumps({"text": t}) for t in (ENGLISH, FRENCH, GERMAN)) + "\n", encoding="utf-8")
    items = list(documents_from_paths([str(src)], Settings()))
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Failure"]
    assert [i.error.code for i in items if isinstance(i, Failure)] == ["NG010", "NG010"]


@pytest.mark.model
def test_cli_ingest_records_ng010_in_failures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph.cli import main
    from newsgraph.store import Store

    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    store = tmp_path / "s.duckdb"
    monkeypatch.setenv("NEWSGRAPH_COMPONENTS", "newsgraph.nlp.v1,newsgraph.entities.v1")
    rc = main(["ingest", str(tmp_path / "en.txt"), str(tmp_path / "fr.txt"), "--store", str(store), "-q",
               "--no-corpus"])
    assert rc == 1  # one input failed, the other was stored
    with Store(str(store), read_only=True) as st:
        fails = st.failures()
        assert st.counts()["articles"] == 1
    assert [(f["code"], f["reason"], Path(f["location"]).name) for f in fails] == [
        ("NG010", "not English: fr", "fr.txt")
    ]


@pytest.mark.gold
def test_open_corpus_is_all_english(shared: Path) -> None:
    """Every article of the open corpus is accepted and recorded as English (no false NG010)."""
    from newsgraph.ingest.readers import read_paths

    arts = [a for a in read_paths([str(shared / "corpus" / "open" / "articles.jsonl")], Settings())
            if isinstance(a, Article)]
    assert len(arts) >= 250
    langs = [make_document(a, Settings()).meta.get("language") for a in arts]
    assert set(langs) == {"en"}


def test_long_texts_judged_on_their_start_when_plainly_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long text whose first FIRST_CHARS characters are English is English without the rest;
    a long text in another language is still judged on MAX_CHARS and refused."""
    from newsgraph.ingest import language

    seen: list[int] = []
    real = language.detector()

    class Counting:
        def compute_language_confidence_values(self, text: str):  # type: ignore[no-untyped-def]
            seen.append(len(text))
            return real.compute_language_confidence_values(text)

    monkeypatch.setattr(language, "detector", lambda: Counting())
    long_english = (ENGLISH + " ") * 12
    assert check_language(long_english) == "en" and seen == [language.FIRST_CHARS]
    seen.clear()
    with pytest.raises(InputError):
        check_language((FRENCH + " ") * 12)
    assert seen == [language.FIRST_CHARS, language.MAX_CHARS]
