"""Language detection for ingest: lingua over a Document's body text.

The detector knows a moderate set of common news languages (:data:`LANGUAGES`); it is
built once per process, on first use, and lingua loads each language's model lazily, so
the cost is a few milliseconds per document (about a third of that for a text whose first
:data:`FIRST_CHARS` characters are plainly English). Texts of fewer than :data:`MIN_WORDS` words
are not judged (detection is unreliable on them). A text is *confidently not English*
when lingua's most likely language is another one with a relative confidence of at least
:data:`MIN_CONFIDENCE`; :func:`check_language` then raises an ``InputError`` with code
``NG010`` ("not English: fr"), which ingest records as a failure while the rest goes on.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsgraph.errors import InputError

if TYPE_CHECKING:
    from lingua import LanguageDetector

#: languages the detector chooses between (ISO 639-1): English plus common news languages
LANGUAGES: tuple[str, ...] = (
    "en", "fr", "de", "es", "pt", "it", "nl", "sv", "da", "pl", "tr", "ru", "uk",
    "ar", "fa", "he", "hi", "id", "zh", "ja", "ko",
)
#: texts with fewer words than this are not judged
MIN_WORDS = 20
#: a non-English verdict needs at least this relative confidence
MIN_CONFIDENCE = 0.8
#: characters of body text that are looked at (the start of the article)
MAX_CHARS = 3000
#: a text whose first so many characters are English with at least :data:`FIRST_CONFIDENCE` is
#: English without a look at the rest of its :data:`MAX_CHARS` (lingua's time grows with the length)
FIRST_CHARS = 1000
FIRST_CONFIDENCE = 0.99

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def detector() -> LanguageDetector:
    """The process's lingua detector (built on first call; models load lazily per language)."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect(text: str) -> tuple[str, float] | None:
    """``(iso 639-1 code, confidence)`` of the most likely language, or None when the text is too short."""
    sample = text[:MAX_CHARS]
    # Chinese and Japanese text has no spaces between words: count characters as words there
    words = len(_WORD.findall(sample))
    cjk = sum(1 for ch in sample if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")
    if max(words, cjk // 2) < MIN_WORDS:
        return None
    best = None
    if len(sample) > FIRST_CHARS:
        # most articles are plainly English from their first lines: judged on those, a third of the work
        values = detector().compute_language_confidence_values(sample[:FIRST_CHARS])
        if values and values[0].language.iso_code_639_1.name == "EN" and values[0].value >= FIRST_CONFIDENCE:
            best = values[0]
    if best is None:
        values = detector().compute_language_confidence_values(sample)
        if not values:
            return None
        best = values[0]
    return best.language.iso_code_639_1.name.lower(), float(best.value)


def check_language(text: str, location: str = "") -> str | None:
    """The detected language code of ``text`` (None when not judged); NG010 when confidently not English."""
    found = detect(text)
    if found is None:
        return None
    code, confidence = found
    if code != "en" and confidence >= MIN_CONFIDENCE:
        raise InputError(f"not English: {code}", code="NG010", location=location)
    return code
