"""Dead and injured for an event: the figures records that belong to it, else the victims the
parse names ("killed an Iraqi commander" -> 1, "killed three ethnic Albanians" -> 3,
"the assassination of A as well as B" -> 2)."""

from __future__ import annotations

from typing import Any

from newsgraph.events import participants

Token = Any

KILL_LEMMAS = frozenset("kill murder slay assassinate execute behead massacre die".split())
#: "shot" kills only when the text says so: "shot dead", "shot to death"
_SHOOT = frozenset({"shoot", "gun"})
WOUND_LEMMAS = frozenset("wound injure hurt maim".split())
_NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100,
}
_PLURAL_PRONOUNS = frozenset({"they", "them", "themselves"})


def parse_number(tok: Token) -> float | None:
    low = tok.lower_.replace(",", "")
    if low in _NUM_WORDS:
        return float(_NUM_WORDS[low])
    try:
        return float(low)
    except ValueError:
        return None


def count_np(tok: Token) -> float | None:
    """How many people a victim noun phrase names: its number, 1 for a singular noun or a name,
    plus its conjuncts; None when it does not say ("people", "civilians")."""
    total = 0.0
    heads = [tok] + [c for c in tok.subtree if c.dep_ == "conj" and c.head.i in {t.i for t in [tok, *tok.subtree]}]
    for h in heads:
        n = None
        for c in h.children:
            if c.dep_ == "nummod":
                n = parse_number(c)
                if n is not None and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in ("hundred", "thousand"):
                    n *= 100 if c.doc[c.i + 1].lower_ == "hundred" else 1000
        if n is None:
            if h.tag_ in ("NNS", "NNPS") or h.lower_ in _PLURAL_PRONOUNS:
                return None if total == 0 else total
            if h.pos_ in ("NOUN", "PROPN") or h.lower_ in ("him", "her", "himself", "herself"):
                n = 1.0
            else:
                return None if total == 0 else total
        total += n
    return total or None


def victims(tok: Token) -> Token | None:
    """The victim phrase of a kill/wound verb or noun (people, not "the deal")."""
    v = _victims(tok)
    if v is None or v.pos_ in ("PRON", "NUM"):
        return v
    if v.lemma_.lower() in participants.ABSTRACT or participants.kind(v, v.text) == participants.COMPANY:
        return None
    return v


def _victims(tok: Token) -> Token | None:
    if tok.pos_ == "NOUN":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        return None
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ == "nsubjpass":
            return c
    if lemma == "die":
        return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return next((c for c in tok.children if c.dep_ == "dobj"), None)


def _to_death(tok: Token) -> bool:
    """"shot dead", "shot to death", "gunned down and killed"."""
    words = {c.lower_ for c in tok.subtree if c.i > tok.i and c.i - tok.i <= 4}
    return "dead" in words or "death" in words


def parse_toll(tok: Token, others: frozenset[int] = frozenset()) -> tuple[float | None, float | None]:
    """(dead, injured) named by the parse around a trigger and its result clauses (not those
    of the sentence's other events, ``others``: their token indexes)."""
    dead = injured = None
    cands = [tok] + [c for c in tok.children if c.dep_ in ("advcl", "conj", "xcomp") and c.i not in others]
    if tok.dep_ in ("nsubj",) and tok.pos_ == "NOUN":
        cands.append(tok.head)
    for t in cands:
        lemma = t.lemma_.lower()
        if lemma in KILL_LEMMAS or lemma in _SHOOT and _to_death(t) or (t is tok and lemma in ("assassination", "killing", "execution")):
            v = victims(t)
            if v is not None and dead is None:
                dead = count_np(v)
                if dead is not None and t.pos_ == "NOUN":
                    # "the assassination of A as well as B" (B parsed as a conjunct of the noun)
                    dead += sum(1 for c in t.children if c.dep_ == "conj" and c.ent_type_ == "PERSON")
        elif lemma in WOUND_LEMMAS:
            v = victims(t)
            if v is not None and injured is None:
                injured = count_np(v)
        for c in t.children:
            if c.dep_ == "conj" and c.lemma_.lower() in WOUND_LEMMAS and injured is None:
                v = victims(c)
                injured = count_np(v) if v is not None else None
    return dead, injured
