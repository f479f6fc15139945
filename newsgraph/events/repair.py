"""Parse repairs: compound verbs the tagger misreads, parsed again on unglued text.

The small parser often reads a verb glued to a word as a modifier or a noun, and so finds no
act in the sentence:

a noun-hyphen-verb compound used as the verb ("police lathi-charged the marchers", "had
gang-raped") becomes an adjective of the object, and the sentence has no act.
:func:`unglued` gives the sentence's text with the noun prefix and its hyphen blanked out, of the
same length so that every offset stays that of the document; the caller parses it again and keeps
the new parse only where :func:`repaired` says the verb is now read as a verb with an argument.
The prefix stays readable on the new parse (:func:`glued_prefix`: "lathi" in "lathi-charged"
makes a charge a beating).
"""

from __future__ import annotations

from typing import Any

from newsgraph.events.lexicon import lookup_verb

Token = Any

#: words that may stand just before the verb of a clause: an auxiliary or a subject's head
_BEFORE_VERB_POS = frozenset({"NOUN", "PROPN", "PRON", "AUX"})
#: auxiliaries the tagger may read as main verbs ("had" in "fighters had gang-raped women")
_AUXILIARIES = frozenset({"have", "be", "get"})
_VERB_TAGS = frozenset({"VBD", "VBN", "VB", "VBP", "VBZ"})


def _known(tok: Token) -> bool:
    """The token is a form of a verb the event dictionary codes."""
    return lookup_verb(tok) is not None


def _hyphen_verb(sent: Any) -> list[tuple[int, int, int]]:
    """(start, end, verb index) of noun-hyphen-verb compounds read as no verb: "baton-charged
    protesters" after a subject or an auxiliary (not "Iranian-backed militias" after "the")."""
    out = []
    toks = list(sent)
    for k in range(1, len(toks) - 1):
        pre, hy, v = toks[k - 1], toks[k], toks[k + 1]
        if hy.text != "-" or pre.whitespace_ or hy.whitespace_:
            continue
        if v.pos_ == "VERB" and v.dep_ not in ("amod", "compound") or v.tag_ not in _VERB_TAGS and not _known(v):
            continue
        if pre.pos_ not in ("NOUN",) or pre.ent_type_ or not _known(v):
            continue
        before = toks[k - 2] if k >= 2 else None
        if before is None or before.pos_ not in _BEFORE_VERB_POS and before.lemma_.lower() not in _AUXILIARIES:
            continue
        out.append((pre.idx, v.idx, v.i))
    return out


def unglued(sent: Any) -> tuple[str, dict[int, str]] | None:
    """The sentence's text with misread compound verbs unglued (same length), and the prefix
    blanked before each verb, by the verb's offset; None when there is none."""
    spans = _hyphen_verb(sent)
    if not spans:
        return None
    base = sent.start_char
    chars = list(sent.text)
    for lo, hi, _ in spans:
        for j in range(lo - base, hi - base):
            chars[j] = " "
    return "".join(chars), {sent.doc[i].idx: sent.text[lo - base : hi - base].rstrip("-").lower() for lo, hi, i in spans}


def glued_prefix(tok: Token) -> str | None:
    """The noun a repaired verb was glued to ("baton" for "baton-charged"), or None."""
    glued: dict[int, str] = tok.doc.user_data.get(_KEY, {})
    return glued.get(tok.idx)


def mark(doc: Any, prefixes: dict[int, str]) -> None:
    """Record on a new parse the prefixes blanked before its verbs."""
    doc.user_data[_KEY] = dict(prefixes)


_KEY = "newsgraph.events.glued"


def repaired(sent: Any, offsets: list[int] | dict[int, str]) -> bool:
    """The parse of the unglued text reads every repaired word as a verb with an argument."""
    at = {t.idx: t for t in sent}
    for off in offsets:
        v = at.get(off)
        if v is None or v.pos_ != "VERB" or v.dep_ in ("amod", "compound"):
            return False
        if not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") for c in v.children):
            return False
    return True
