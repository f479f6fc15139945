"""What a number counts, read from its sentence: the counted noun phrase (from the spaCy
parse), the category (KILL, WOUND, ... from the counted noun and the verb that governs
it), the scope (estimate, cumulative, historical, event) and the source
("according to ...", "some estimates", the sayer of a reporting verb).

The word lists live in ``newsgraph/figures/nouns.csv`` (term, category, pos, source).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

#: verbs whose subject (not only their object) is what is counted: "20 people died"
INTRANSITIVE = frozenset({"die", "perish", "drown", "flee", "protest", "demonstrate", "march", "rally"})
#: nouns that count people (a vague quantity is a figure only when it counts people)
PEOPLE = frozenset({
    "people", "person", "civilian", "resident", "child", "woman", "man", "men", "citizen", "worker", "student",
    "family", "villager", "inhabitant", "migrant", "member", "fighter", "militant", "insurgent", "rebel",
    "gunman", "officer", "policeman", "employee", "passenger", "patient", "voter", "supporter", "follower",
    "pilgrim", "adult", "youth", "teenager", "individual", "victim", "tourist", "visitor", "crew",
})
_QUALIFIER_PREPS = frozenset({"over", "under", "about", "around", "nearly", "almost", "some", "than", "to", "up",
                              "upwards", "below", "above", "approximately", "roughly", "more", "less", "fewer",
                              "as", "many", "least", "at"})
_MILITARY = frozenset({"military", "army", "navy", "naval", "armed", "defence", "defense", "security", "combat",
                       "special", "coalition", "nato", "un", "peacekeeping", "service"})
_EVENT_VERB_CATS = frozenset({"KILL", "WOUND", "DISPLACE", "ARREST", "KIDNAP", "PROTEST"})
_REPORT_VERBS = frozenset({"say", "report", "tell", "announce", "state", "claim", "estimate", "confirm", "count", "add"})
_ESTIMATE = re.compile(r"\b(?:(?:some|many|most|other|several|official|independent|conservative|UN|government)\s+)?"
                       r"estimates?\b|\bestimated\b", re.I)
_ACCORDING = re.compile(r"\baccording\s+to\s+([^,.;:()\n\"“”]+)", re.I)
_CUMULATIVE = re.compile(
    r"\b(?:in\s+total|total(?:l?ing)?|in\s+all|so\s+far|to\s+date|altogether|overall|cumulative|since|until|till|"
    r"through(?:out)?|thus\s+far|up\s+to\s+now|over\s+the\s+(?:past|last|course)|bringing)\b",
    re.I,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class Context:
    """What the parse says about one number."""

    category: str
    counted: str | None = None
    counted_start: int | None = None
    counted_end: int | None = None
    counted_lemma: str | None = None
    scope: str | None = None
    source: str | None = None


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], str]:
    """(term, pos) -> category, from ``newsgraph/figures/nouns.csv``."""
    table: dict[tuple[str, str], str] = {}
    with resources.files("newsgraph.figures").joinpath("nouns.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            table[(row["term"].strip().lower(), row["pos"].strip())] = row["category"].strip()
    return table


def noun_category(word: str, lemma: str) -> str | None:
    lex = lexicon()
    w, lm = word.lower(), lemma.lower()
    return lex.get((lm, "noun")) or lex.get((w, "noun")) or lex.get((w.rstrip("s"), "noun"))


def verb_category(lemma: str) -> str | None:
    return lexicon().get((lemma.lower(), "verb"))


def sentence_of(tok: Any) -> Any:
    """The sentence holding ``tok`` (``Token.sent`` walks the whole document on every call)."""
    doc = tok.doc
    i = tok.i
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
    j = tok.i + 1
    while j < len(doc) and not doc[j].is_sent_start:
        j += 1
    return doc[i:j]


def counted_noun(tokens: list[Any]) -> Any | None:
    """The noun a number's tokens count: the head it modifies, or the object of its "of"."""
    if not tokens:
        return None
    last = tokens[-1]
    ids = {t.i for t in tokens}
    head = last.head
    if last.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "det", "npadvmod") and head.i not in ids \
            and head.i > last.i and head.pos_ in ("NOUN", "PROPN", "ADJ"):
        if head.pos_ == "ADJ" and noun_category(head.text, head.lemma_) is None:
            return None
        return head
    for t in reversed(tokens):
        for child in t.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i > t.i:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in ("NOUN", "PROPN", "PRON"):
                    return pobj
    # "20 dead", "12 wounded": the parser often makes these adjectives or participles
    nxt = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if nxt is not None and noun_category(nxt.text, nxt.lemma_) in ("KILL", "WOUND", "DISPLACE"):
        return nxt
    return None


def _governing_verb(tok: Any) -> Any | None:
    """The verb whose object, passive subject or participle ``tok`` is (or whose subject,
    for verbs like "die" and "flee")."""
    for child in tok.children:
        if child.dep_ in ("acl", "relcl", "amod") and child.pos_ in ("VERB", "ADJ") and verb_category(child.lemma_):
            return child
    head = tok.head
    if tok.dep_ in ("conj", "appos") and head.i != tok.i:
        tok, head = head, head.head
    if tok.dep_ == "pobj" and head.lower_ in _QUALIFIER_PREPS:
        # "over 345 pilgrims have been killed", "kidnapped up to 16 advisers": the parser makes
        # the qualifier a preposition (or a particle and a preposition)
        verb = head.head
        while verb.lower_ in _QUALIFIER_PREPS and verb.head.i != verb.i:
            verb = verb.head
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if verb.pos_ == "VERB" and (tok.i > verb.i or passive or verb.lemma_.lower() in INTRANSITIVE):
            return verb
    if head.pos_ in ("VERB", "AUX") and head.i != tok.i:
        if tok.dep_ in ("dobj", "obj", "nsubjpass", "oprd", "attr") and head.lemma_.lower() not in INTRANSITIVE:
            return head
        if tok.dep_ == "nsubj" and head.lemma_.lower() in INTRANSITIVE:
            return head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and head.lower_ in ("of", "to"):
        v = head.head
        if verb_category(v.lemma_) in ("KILL", "WOUND") and v.lemma_.lower() in INTRANSITIVE:
            return v
    return None


_AGENT = re.compile(r"(?:er|or|ist|ian|ant|(?<!m)ent|man|men|ee|ive|al|ary|ite|ese|i|ic)s?$")


def is_animate(noun: Any) -> bool:
    """Whether a counted noun names people: a people word, a nationality, an agent noun."""
    lemma = noun.lemma_.lower()
    if lemma in PEOPLE or lemma in ("other", "others", "one") or noun_category(noun.text, noun.lemma_):
        return True
    if noun.ent_type_ in ("NORP", "PERSON") or noun.pos_ == "PRON" or noun.tag_ == "NNPS":
        return True
    return noun.pos_ in ("NOUN", "PROPN") and bool(_AGENT.search(noun.text.lower())) and lemma not in _THINGS


def _may_be_people(noun: Any, vcat: str) -> bool:
    """Evacuations and displacements count people only when the noun names people; the
    other event verbs (kill, wound, arrest, ...) take people unless the noun is a thing."""
    if vcat == "DISPLACE":
        return is_animate(noun)
    return noun.lemma_.lower() not in _THINGS and noun.lemma_.lower() not in _OBJECTS


#: things that event verbs take as objects ("destroyed 22 targets", "evacuated 3 buildings")
_OBJECTS = frozenset({"building", "house", "home", "village", "town", "city", "settlement", "target", "position",
                      "tank", "plane", "aircraft", "weapon", "cache", "bridge", "road", "area", "district", "school",
                      "post", "checkpoint", "base", "camp", "office", "car", "truck", "boat", "ship", "shell",
                      "rocket", "round", "bomb", "mine", "drone", "percent", "%", "point", "kilometer", "mile"})


#: agent-looking nouns that name things
_THINGS = frozenset({"vehicle", "computer", "container", "trailer", "monitor", "generator", "reactor", "sector",
                     "tractor", "helicopter", "fighter-bomber", "center", "centre", "letter", "chapter", "meter",
                     "metre", "liter", "litre", "dollar", "quarter", "arsenal", "capital", "hospital", "terminal",
                     "canal", "tunnel", "missile", "site", "plant", "document", "apartment", "segment", "shipment"})


def _toll_near(tokens: list[Any], subject: bool) -> str | None:
    """ "the death toll rose to 55", "the number of refugees reached 2 million": a toll word, or
    the subject noun of the clause naming a category, shortly before a number with no noun."""
    first = tokens[0]
    sent = sentence_of(first)
    window = [t for t in sent if first.i - 8 <= t.i < first.i]
    if any(t.lemma_.lower() == "toll" for t in window):
        return "KILL"
    for t in reversed(window if subject else []):
        if t.dep_ in ("nsubj", "nsubjpass", "pobj") and t.pos_ in ("NOUN", "ADJ"):
            cat = noun_category(t.text, t.lemma_)
            if cat in ("KILL", "WOUND", "DISPLACE", "REFUGEE", "ARREST", "KIDNAP"):
                return cat
    return None


def _np_text(noun: Any, after: int) -> tuple[int, int]:
    """Character span of the counted noun phrase: from the first token after the number (or
    the noun's left edge for an "of" phrase) to the noun, with its compounds to the right."""
    doc = noun.doc
    left = noun.left_edge.i
    start_i = max(after, left) if noun.i >= after else noun.i
    end_i = noun.i
    for c in noun.rights:
        if c.dep_ == "compound" and c.i == end_i + 1:
            end_i = c.i
    start_i = min(start_i, noun.i)
    while start_i < noun.i and (doc[start_i].is_punct or doc[start_i].pos_ in ("CCONJ", "NUM", "ADP")):
        start_i += 1
    return doc[start_i].idx, doc[end_i].idx + len(doc[end_i].text)


def category_of(tokens: list[Any], money: bool, percent: bool) -> tuple[str, Any | None]:
    """(category, counted noun token) for the number covering ``tokens``."""
    noun = counted_noun(tokens)
    if money:
        return "MONEY", noun
    if percent:
        return "PERCENT", noun
    anchor = noun if noun is not None else tokens[-1]
    verb = _governing_verb(anchor)
    if verb is None and noun is not None and noun.dep_ == "pobj":
        verb = _governing_verb(tokens[-1])  # "Thousands of Kurds demonstrated"
    vcat = verb_category(verb.lemma_) if verb is not None else None
    if vcat == "TROOPS" or (vcat is not None and noun is not None and not _may_be_people(noun, vcat)):
        vcat = None  # "evacuate 21 settlements" counts no people
    if vcat is None and noun is not None:
        # "345 pilgrims have been killed" however the parser attached the noun
        doc = noun.doc
        j = noun.i + 1
        while j < len(doc) and doc[j].pos_ in ("AUX", "ADV", "PART") and j - noun.i < 5:
            j += 1
        if j < len(doc) and doc[j].tag_ == "VBN" and j > noun.i + 1:
            pcat = verb_category(doc[j].lemma_)
            if pcat in _EVENT_VERB_CATS and _may_be_people(noun, pcat):
                vcat = pcat
            elif pcat is None:
                # "15 people were taken hostage"
                for c in doc[j].children:
                    ccat = noun_category(c.text, c.lemma_) if c.i > j else None
                    if ccat in ("KIDNAP", "ARREST", "KILL", "WOUND"):
                        vcat = ccat
        if vcat is None and noun.dep_ in ("ROOT", "nsubj", "conj"):
            # "10 Marines and an unknown number of soldiers died" parsed without a verb for the noun:
            # the first verb of the clause after it, when it is one like "die" or "flee"
            nxt = next((t for t in doc[noun.i + 1 : noun.i + 12] if t.pos_ in ("VERB", "PUNCT")), None)
            if nxt is not None and nxt.pos_ == "VERB" and nxt.lemma_.lower() in INTRANSITIVE:
                vcat = verb_category(nxt.lemma_)
    if vcat is None and verb is not None and verb.i < anchor.i:
        # "left 10,000 people dead"
        for c in verb.children:
            if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "dobj", "npadvmod") and c.i > anchor.i:
                ccat = noun_category(c.text, c.lemma_)
                if ccat in ("KILL", "WOUND", "DISPLACE", "KIDNAP", "ARREST"):
                    vcat = ccat
    ncat = noun_category(noun.text, noun.lemma_) if noun is not None else None
    if noun is not None and ncat is None:
        # "death toll", "troop numbers": a compound before the noun
        for c in noun.lefts:
            if c.dep_ == "compound":
                ncat = ncat or noun_category(c.text, c.lemma_)
        # "2,000 military personnel", "500 security forces"
        if noun.lemma_.lower() in ("personnel", "force", "forces", "staff", "member") and any(
            c.lower_ in _MILITARY for c in noun.lefts
        ):
            ncat = "TROOPS"
    if vcat in _EVENT_VERB_CATS:
        return vcat, noun
    if ncat:
        return ncat, noun
    generic = noun is None or noun.lemma_.lower() in PEOPLE or noun.lemma_.lower() in ("number", "total", "figure")
    return (_toll_near(tokens, subject=generic) or "OTHER"), noun


def scope_of(sentence: str, published: str | None, qualifier_text: str) -> str:
    """estimate, cumulative, historical or event."""
    if _ESTIMATE.search(sentence) or "estimat" in qualifier_text.lower():
        return "estimate"
    if _CUMULATIVE.search(sentence):
        return "cumulative"
    if published:
        try:
            pub_year = int(published[:4])
        except ValueError:
            pub_year = 0
        years = [int(y) for y in _YEAR.findall(sentence)]
        if pub_year and years and max(years) < pub_year:
            return "historical"
    return "event"


def source_of(sent: Any) -> str | None:
    """Who the sentence gives the number on the authority of."""
    text = sent.text
    for tok in sent:
        if tok.lower_ == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if pobj is not None:
                left = pobj.left_edge.i
                right = pobj.right_edge.i if pobj.right_edge.i - left < 10 else pobj.i
                while right + 1 < len(sent.doc) and sent.doc[right + 1].pos_ == "PROPN" and right - left < 10:
                    right += 1  # "curator Elaine Gustafson"
                found = str(sent.doc[left : right + 1].text).split("\n")[0].strip()
                if found:
                    return found
    m = _ACCORDING.search(text)
    if m:
        return " ".join(m.group(1).split()[:6])
    m = _ESTIMATE.search(text)
    if m and m.group(0).lower() not in ("estimated",):
        return m.group(0)
    for tok in sent:
        if tok.lemma_.lower() in _REPORT_VERBS and tok.pos_ == "VERB":
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ != "PRON":
                span = sent.doc[subj.left_edge.i : subj.right_edge.i + 1]
                if len(span) <= 8 and "\n" not in span.text:
                    return str(span.text)
    return None


def context_for(tokens: list[Any], money: bool, percent: bool, published: str | None, qualifier_text: str,
                after_char: int) -> Context:
    """Everything the parse says about the number covering ``tokens``."""
    cat, noun = category_of(tokens, money, percent)
    counted = cs = ce = None
    lemma = None
    if noun is not None and noun.idx < after_char:
        # the noun is the figure's own unit ("78 percent", "19.29 pesos"): count what it is "of"
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is not None:
        after_i = tokens[-1].i + 1
        cs, ce = _np_text(noun, after_i)
        if cs < after_char and noun.idx >= after_char:
            cs = noun.idx
        span = noun.doc.char_span(cs, ce, alignment_mode="expand")  # not Doc.text: it rebuilds the whole text
        counted = str(span.text) if span is not None else None
        if counted is not None and "\n" in counted:
            # a noun phrase never runs over a line break (a headline's number and the next line)
            cut = counted.index("\n")
            counted = counted[:cut].rstrip() or None
            ce = cs + len(counted) if counted else None
            cs = cs if counted else None
        lemma = noun.lemma_.lower()
    sent = sentence_of(tokens[0])
    return Context(
        category=cat, counted=counted, counted_start=cs, counted_end=ce, counted_lemma=lemma,
        scope=scope_of(sent.text, published, qualifier_text), source=source_of(sent),
    )
