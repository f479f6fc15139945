"""Calibrated confidences for quotes and their speakers.

Each quote's confidence is read from the share of quotes of its kind and cue class that matched
a gold quote on PolNeAR dev+test (168 articles, 30% overlap); each speaker's from the share of
speakers found by the same method that named the gold speaker there (scripts/calibrate_quotes.py
recomputes both tables). Keys missing from a table fall back to the nearest coarser key, then to
a default. Of the speakers given about 0.8, about 80% were right on that set.
"""

from __future__ import annotations

#: "<kind>/<cue class>" -> share of such quotes that are statements (PolNeAR, 30% overlap)
#: (refitted in the 2026-12-08 seventh session without the fragments and chants, which take caps below)
QUOTE_TABLE: dict[str, float] = {
    "direct/*": 0.94, "direct/cognition": 0.7, "direct/colon": 0.8, "direct/dash": 0.92,
    "direct/follows": 0.96, "direct/none": 0.75, "direct/speech": 0.95, "direct/transcript": 0.88,
    "indirect/*": 0.87, "indirect/according": 0.93, "indirect/cognition": 0.87,
    "indirect/speech": 0.86, "mixed/*": 0.91, "mixed/according": 0.93, "mixed/cognition": 0.67,
    "mixed/speech": 0.92,
}
#: "<cue class>/<method>" -> share of such speakers that were right (PolNeAR, named gold speakers;
#: the pooled "*/role" key the script prints is left out: a described person is only ever compared
#: with a gold name there, and stays capped at ``_ROLE_CAP``)
SPEAKER_TABLE: dict[str, float] = {
    "*/appos_name": 0.88, "*/by_word": 0.82, "*/name": 0.98, "*/pronoun": 0.63,
    "according/name": 0.92, "cognition/name": 0.94, "colon/name": 0.83, "dash/name": 0.96,
    "follows/name": 0.96, "speech/appos_name": 0.86, "speech/name": 0.99, "speech/pronoun": 0.6,
    "transcript/name": 0.96,
}

_QUOTE_DEFAULT = 0.5
#: methods too rare on PolNeAR for a key of their own (fewer than 8 speakers, also pooled by step),
#: pooled: 16 of 23 right there (the script prints it as ``_SPEAKER_DEFAULT``)
_SPEAKER_DEFAULT = 0.68
#: a described person (no name) is a weaker link than a name: never above this
_ROLE_CAP = 0.55
#: words chanted by a crowd or carried on a placard, a banner or a sign: PolNeAR annotates them as
#: statements (so they stay), the issue-11 set does not; never above this
SLOGAN_CAP = 0.3
#: a quote of one or two words (a fragment, a name, a shout): 65 of 108 such predictions matched a
#: gold quote on PolNeAR (0.60), against 0.85-0.96 for their kinds and cue classes; never above this
FRAGMENT_CAP = 0.6


def quote_confidence(kind: str, cue_class: str, slogan: bool = False, words: int | None = None) -> float:
    """The quote's confidence by kind and cue class, capped for chants and words on things
    (``slogan``) and for fragments of one or two ``words``."""
    key = f"{kind}/{cue_class}"
    value = QUOTE_TABLE.get(key, QUOTE_TABLE.get(f"{kind}/*", _QUOTE_DEFAULT))
    if words is not None and words <= 2:
        value = min(value, FRAGMENT_CAP)
    return min(value, SLOGAN_CAP) if slogan else value


def speaker_confidence(method: str, named: bool) -> float:
    cls, _, how = method.partition("/")
    value = SPEAKER_TABLE.get(method, SPEAKER_TABLE.get(f"*/{how}", _SPEAKER_DEFAULT))
    return value if named else min(value, _ROLE_CAP)
