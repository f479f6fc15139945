"""Factuality of a coded event: negated, hypothetical, future, questioned, background.

- negated: "not", "never", "no" on the trigger (or on the matrix verb of a folded complement)
- hypothetical: under "if"/"unless"/"until", or with "could", "might", "may", "should", "would", "must",
  "can" (on the trigger or on the verb it is joined to: "could strike and destroy"), or hoped for
  ("hoped to reach a deal"; the tagger's "hop" is mended by `lexicon.verb_lemma`), in a "to" clause of a
  verb under such a modal ("must do everything it can to press"), or said to be needed ("it is crucial to
  hold them to account", "it is essential that they provide access")
- future: "will", "shall", "going to" on a trigger that was not turned into an intent event
- question: the sentence asks ("?"), or the trigger sits under "whether"/"if" after a verb or
  noun of asking ("the question arises whether the US will ...")
- background: the event's date lies more than a year before publication
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgraph.events.lexicon import verb_lemma

Token = Any

_NEG = frozenset({"not", "n't", "never", "no"})
_HYPO_MODALS = frozenset({"could", "might", "may", "should", "would", "must", "can"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll"})
_HOPE = frozenset({"hope", "wish", "dream", "long"})
_ASK = frozenset({"ask", "question", "wonder", "doubt", "unclear", "uncertain", "debate", "whether"})
#: "it is vital to punish the gunmen", "it is essential that the regime provide access": a need, not an act
_NEEDED = frozenset({"crucial", "essential", "vital", "imperative", "necessary", "important", "critical", "urgent"})


#: a verb in a tense of its own, which no modal governs (a modal takes the bare form)
_TENSED = frozenset({"VBD", "VBZ", "VBP"})


@dataclass(frozen=True)
class Flags:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    question: bool = False


def _chain(tok: Token, head: Token | None) -> list[Token]:
    out = [tok]
    if head is not None and head.i != tok.i:
        out.append(head)
    return out


def _joined_to_condition(tok: Token) -> bool:
    """"... pressure on the junta until it frees its prisoners, ends the killings and opens talks": the
    parser joins "ends" and "engages" to the main verb, but they go on the "until" clause's list (same
    verb form as the clause's verb, not the main verb's, right after the clause and a comma)."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        head = cur.head
        for c in (c for h in [head, *[x for x in head.children if x.dep_ == "xcomp"]] for c in h.children):
            if c.dep_ == "advcl" and c.i < cur.i and c.tag_ == tok.tag_ != head.tag_ and any(
                m.dep_ == "mark" and m.lower_ in ("until", "unless", "if") for m in c.children
            ):
                gap = [t for t in tok.doc[c.right_edge.i + 1 : cur.i] if not t.is_space]
                if all(t.text == "," or t.dep_ in ("conj", "cc") for t in gap):
                    return True
        cur = head
    return False


def _modal_purpose(tok: Token) -> bool:
    """An act in a "to" clause of a verb under a modal ("must do everything it can to press the junta",
    "should work to end the blockade"): as hypothetical as that verb."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "advcl") or cur.head.i == cur.i or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            return False
        cur = cur.head
        if any(c.dep_ == "aux" and c.lower_ in _HYPO_MODALS for c in cur.children):
            return True
    return False


def _needed(tok: Token) -> bool:
    """"It is vital to punish X", "it is essential that X provide access": an act said to be
    needed is not done (the adjective's own clause, with "it" or nothing as its subject)."""
    if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i == tok.i:
        return False
    h = tok.head
    adj = h if h.pos_ == "ADJ" else next((c for c in h.children if c.dep_ == "acomp"), None)
    if adj is None or adj.lower_ not in _NEEDED:
        return False
    return all(c.lower_ == "it" for c in h.children if c.dep_ in ("nsubj", "expl"))


def flags(tok: Token, head: Token | None = None, intent: bool = False) -> Flags:
    """Factuality flags of the event whose trigger is ``tok`` (``head``: its matrix verb)."""
    toks = _chain(tok, head)
    negated = any(c.dep_ == "neg" or c.lower_ in _NEG and c.dep_ in ("advmod", "det") for t in toks for c in t.children)
    # a modal governs the verbs joined to its own ("could strike and destroy the depot"), not a
    # joined verb in a tense of its own ("would veto the bill, and called on the government ...")
    coord = [tok]
    while coord[-1].dep_ == "conj" and coord[-1].head.i != coord[-1].i and len(coord) < 6 and not (
        coord[-1].tag_ in _TENSED and coord[-1].head.tag_ == "VB"
    ):
        coord.append(coord[-1].head)
    hypo = any(c.dep_ == "aux" and c.lower_ in _HYPO_MODALS for t in coord for c in t.children) and not intent
    if head is not None and head.i != tok.i and verb_lemma(head) in _HOPE:
        hypo = True  # "hoped to reach a deal": wished for, neither done nor promised
    if _joined_to_condition(tok):
        hypo = True
    if not intent and any(_modal_purpose(t) or _needed(t) for t in toks):
        hypo = True
    future = not intent and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in tok.children)
    question = False
    cur = tok
    for _ in range(8):
        marks = {c.lower_ for c in cur.children if c.dep_ == "mark"}
        if marks & {"if", "unless", "until"} and cur.dep_ == "advcl":
            hypo = True
        if "whether" in marks or ("if" in marks and cur.dep_ in ("ccomp", "acl")):
            question = True
        if cur.dep_ in ("acl", "ccomp") and cur.head.lemma_.lower() in _ASK and marks & {"whether", "if"}:
            question = True
        if cur.head.i == cur.i:
            break
        cur = cur.head
    sent = tok.sent
    if sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        question = True
    return Flags(negated=negated, hypothetical=hypo, future=future, question=question)


def is_background(date_value: str | None, published: str | None, years: int = 1) -> bool:
    """True when the event's date is more than ``years`` before the publication date."""
    if not date_value or not published or not date_value[:4].isdigit() or not published[:4].isdigit():
        return False
    dy, py = int(date_value[:4]), int(published[:4])
    if py - dy > years:
        return True
    if py - dy == years and len(date_value) >= 7 and date_value[5:7].isdigit() and len(published) >= 7:
        return int(date_value[5:7]) < int(published[5:7])
    return False
