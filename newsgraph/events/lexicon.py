"""The verb and noun dictionaries applied to parsed tokens.

A verb is looked up by lemma (with its particle: "call off") in PETRARCH's CAMEO verb
dictionary; the phrase patterns of its synonym block are matched against the words of its own
phrase (written-for-this-verb patterns first, then the curated default, then the synonyms'
patterns). Event nouns ("attack", "hunger strike") come from the curated noun table.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from newsgraph.events import tables

Token = Any


def word_match(tok: Token, w: str) -> bool:
    """A pattern word matches a token: exactly with a trailing "_", else as the word, its lemma,
    a regular inflection, or (for words of 5 letters or more) a stem."""
    return _word_match(tok.lower_, tok.lemma_.lower(), w)


@lru_cache(maxsize=262_144)
def _word_match(low: str, lemma: str, w: str) -> bool:
    """:func:`word_match` on a token's lower-cased form and lemma (memoized: the same few
    thousand words meet the same patterns over and over)."""
    if w.startswith("&"):
        words = tables.synsets().get(w.rstrip("_"), frozenset())
        return any(_word_match(low, lemma, x) for x in words if not x.startswith("&") and "_" not in x.strip("_"))
    if w.endswith("_"):
        return low == w[:-1]
    if low == w or lemma == w:
        return True
    if low in (w + "s", w + "es", w + "ed", w + "d", w + "ing"):
        return True
    return len(w) >= 5 and low.startswith(w)


def seq_match(toks: list[Token] | list[tuple[str, str]], words: tuple[str, ...]) -> bool:
    """The pattern's words occur in order among the tokens (or their (lower, lemma) pairs)."""
    feats = [t if isinstance(t, tuple) else (t.lower_, t.lemma_.lower()) for t in toks]
    i = 0
    for low, lemma in feats:
        if i < len(words) and _word_match(low, lemma, words[i]):
            i += 1
    return i == len(words)


@lru_cache(maxsize=1)
def _member_of() -> dict[str, frozenset[str]]:
    """Synonym-set word -> the sets ("&weapon") it belongs to (the words :func:`_word_match` uses)."""
    out: dict[str, set[str]] = {}
    for name, words in tables.synsets().items():
        for x in words:
            if not x.startswith("&") and "_" not in x.strip("_"):
                out.setdefault(x, set()).add(name)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=65_536)
def token_keys(low: str, lemma: str) -> frozenset[str]:
    """Every pattern word that matches a token with this form and lemma: the word, its lemma, the
    stem of a regular inflection, a prefix of 5 letters or more, "word_" (exact) and the synonym
    sets holding any of those. ``w in token_keys(low, lemma)`` is ``_word_match(low, lemma, w)``
    for a pattern word w (synset names without their trailing "_"), as a set lookup."""
    keys = {low, lemma, low + "_"}
    for suffix in ("s", "es", "ed", "d", "ing"):
        if low.endswith(suffix) and len(low) > len(suffix):
            keys.add(low[: -len(suffix)])
    keys.update(low[:k] for k in range(5, len(low)))
    members = _member_of()
    keys.update(name for k in list(keys) for name in members.get(k, ()))
    return frozenset(keys)


def _keys(feats: list[tuple[str, str]]) -> set[str]:
    """The pattern words that match at least one of the tokens."""
    out: set[str] = set()
    for low, lemma in feats:
        out |= token_keys(low, lemma)
    return out


#: irregular forms of news verbs that the tagger leaves as their own lemma ("retook" -> "retook")
_IRREGULAR = {"retook": "retake", "retaken": "retake", "overran": "overrun", "outran": "outrun", "withdrew": "withdraw",
              "teargassed": "teargas", "teargassing": "teargas", "hoped": "hope", "hoping": "hope"}  # ("hoped" -> "hop")


def verb_lemma(tok: Token) -> str:
    """The token's lemma, or where the tagger's lemma is no verb of the dictionaries the stem of
    a regular inflection that is ("raped" read as "rap", "cordoned" as "cordone")."""
    lemma: str = _IRREGULAR.get(tok.lower_, tok.lemma_.lower())
    known = _known_verbs()
    if lemma in known or tok.pos_ != "VERB":
        return lemma
    low = tok.lower_
    for suffix, add in (("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = low[: -len(suffix)] + add
            if stem in known:
                return stem
    return lemma


@lru_cache(maxsize=1)
def _known_verbs() -> frozenset[str]:
    """Verb lemmas the dictionaries hold, alone or with a particle ("cordon" of "cordon off")."""
    return frozenset(k.split()[0] for k in tables.verbs()) | frozenset(tables.overrides())


def lookup_verb(tok: Token) -> tables.Verb | None:
    """The dictionary entry of a verb token, trying "lemma particle" first."""
    vs = tables.verbs()
    lemma = verb_lemma(tok)
    for c in tok.children:
        if c.dep_ in ("prt", "prep") and c.i > tok.i:
            v = vs.get(f"{lemma} {c.lower_}")
            if v is not None:
                return v
    return vs.get(lemma) or vs.get(tok.lower_)


def verb_scope(tok: Token) -> tuple[list[Token], list[Token]]:
    """Words a pattern may use: before the verb, its subject phrase and auxiliaries; after it,
    its own phrase without subordinate clauses (an infinitive complement stays)."""
    pre: list[Token] = []
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "compound", "prt"):
            pre.extend(c.subtree)
    pre.sort(key=lambda t: t.i)
    post: list[Token] = []
    stack = [c for c in tok.children if c.i > tok.i]
    while stack:
        c = stack.pop()
        if c.dep_ in ("ccomp", "advcl", "relcl", "parataxis", "conj", "cc", "punct", "acl", "appos"):
            continue
        post.append(c)
        if c.dep_ == "pobj" and c.pos_ == "NOUN" and (c.lemma_.lower() in _CAMPAIGNS or noun_code(c)):
            continue  # "support their efforts in the fight against X": "against" is the fight's, not the verb's
        stack.extend(c.children)
    post.sort(key=lambda t: t.i)
    return pre, post


def _inner_objects(tok: Token) -> frozenset[int]:
    """Tokens under an infinitive complement whose verb is in the dictionary, but that verb and
    its "to": what that verb acts on, not ``tok``."""
    out: set[int] = set()
    for c in tok.children:
        if c.dep_ == "xcomp" and c.i > tok.i and c.pos_ in ("VERB", "AUX") and lookup_verb(c) is not None:
            out |= {t.i for t in c.subtree if t.i != c.i and not (t.dep_ == "aux" and t.head.i == c.i)}
    return frozenset(out)


#: nouns of a struggle whose own phrase ("the fight against X") is not the verb's
_CAMPAIGNS = frozenset("fight fights war wars battle battles struggle struggles campaign campaigns crackdown offensive drive".split())
_PARTICLES = frozenset("off up down out in back away over on along around through".split())


def _needed(words: tuple[str, ...]) -> frozenset[str]:
    """The keys (:func:`token_keys`) a scope must hold for every one of a pattern's words to occur."""
    return frozenset(w.rstrip("_") if w.startswith("&") else w for w in words)


#: a pattern to try, with the keys its words need before (``pre``) and after the verb (``post``)
_Try = tuple[tables.Pattern, frozenset[str], frozenset[str]]


@lru_cache(maxsize=16_384)
def _pattern_order(block: str, forms: frozenset[str]) -> tuple[tuple[_Try, ...], tuple[_Try, ...]]:
    """The patterns of a verb block with words to match, written for one of ``forms`` first, then
    those of its synonyms ("take part" is not "capture part"); each with the keys it needs."""
    pats = tables.patterns().get(block, ())
    own = [p for p in pats if p.verbs & forms or any(f.split()[0] in forms for f in p.verbs)]
    own_ids = {id(p) for p in own}
    # a particle pattern is a phrasal verb of the verb it was written for ("kick off" talks is not
    # "fight off" attackers): never lent to a synonym
    others = [p for p in pats if id(p) not in own_ids and not (p.verbs and set(p.pre + p.post) <= _PARTICLES)]

    def tries(group: list[tables.Pattern]) -> tuple[_Try, ...]:
        return tuple((p, _needed(p.pre), _needed(p.post)) for p in group if p.pre or p.post)

    return tries(own), tries(others)


def code_verb(tok: Token) -> tuple[str, str] | None:
    """(CAMEO code or '---', how) for a verb token, or None when it is not in the dictionary."""
    v = lookup_verb(tok)
    lemma = verb_lemma(tok)
    over = tables.overrides().get(lemma)
    if v is None:
        return (over, "override") if over else None
    pre_toks, post_toks = verb_scope(tok)
    pre = [(t.lower_, t.lemma_.lower()) for t in pre_toks]
    post = [(t.lower_, t.lemma_.lower()) for t in post_toks]
    keys_pre, keys_post = _keys(pre), _keys(post)
    own, others = _pattern_order(v.block, frozenset({v.form, lemma, tok.lower_}))
    # a synonym's pattern never reads the objects of an infinitive verb of the dictionary's own
    # ("will assemble in the capital to study the campaign" is no "join the campaign")
    # nor reads an infinitive's "to" as a preposition ("ordered the firm to end ..." is no "head to")
    inner = _inner_objects(tok) | {t.i for t in post_toks if t.lower_ == "to" and t.dep_ == "aux"}
    lent_post = [(t.lower_, t.lemma_.lower()) for t in post_toks if t.i not in inner] if inner else post
    keys_lent = _keys(lent_post) if inner else keys_post
    # patterns written for this verb, then the curated default, then its synonyms' patterns
    # ("take part" is not "capture part")
    for group in (own, None, others):
        if group is None:
            if over:
                return over, "override"
            continue
        if group is others:
            post, keys_post = lent_post, keys_lent
        for p, need_pre, need_post in group:
            # cheap necessary condition first: every pattern word occurs somewhere in its scope
            if p.post and not (need_post <= keys_post and seq_match(post, p.post)):
                continue
            if p.pre and not (need_pre <= keys_pre and seq_match(pre, p.pre)):
                continue
            return p.code, "pattern"
    if over:
        return over, "override"
    return v.code, "verb"


def _labour_strike(tok: Token) -> bool:
    """A strike that only workers hold: of a kind (``LABOUR_ONLY``), of a length ("a 48-hour
    strike", "a three-day strike", "an indefinite strike") or over pay and conditions."""
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod"):
            if c.lower_ in LABOUR_ONLY or c.lower_ in _STRIKE_LENGTHS or c.lemma_.lower() in _STRIKE_LENGTHS:
                return True
        if c.dep_ == "prep" and c.lower_ in ("over", "for", "about") and any(g.lemma_.lower() in _WORK_TERMS for g in c.children if g.dep_ == "pobj"):
            return True
    return False


def _military_exercise(tok: Token) -> bool:
    """Exercises or drills of armed forces: named so by a modifier ("military", "naval", "joint",
    "live-fire", "war games"); a fire drill or an exercise class is none."""
    words = {t.lower_ for t in tok.doc[tok.left_edge.i : tok.i]}
    if tok.lemma_.lower() == "game":
        return "war" in words
    return bool(words & _DRILL_MODIFIERS) or "live" in words and "fire" in words


_EXERCISES = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "wargame", "game"})
_DRILL_MODIFIERS = frozenset("military naval navy army joint amphibious combat missile artillery air-defence air-defense war".split())

#: how long or how wide a strike is: a military strike has no length and is no national one
_STRIKE_LENGTHS = frozenset("hour day week month indefinite open-ended rolling one-day two-day 24-hour 48-hour 72-hour national nationwide".split())
#: what workers strike over
_WORK_TERMS = frozenset("pay wage wages salary salaries pension pensions condition conditions contract contracts hours staffing overtime job jobs".split())

#: kinds of strike that only workers hold
LABOUR_ONLY = frozenset("sit sit-down sitdown wildcat labour labor work-to-rule".split())


def noun_code(tok: Token) -> str | None:
    """CAMEO code of an event noun, with its compound modifier ("hunger strike", "air raid")."""
    ns = tables.nouns()
    lemma = tok.lemma_.lower()
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_:
        k = ns.get(f"{doc[tok.i - 2].lower_}-{tok.lower_}")  # "sit-in" split by the tokenizer into "sit", "-", "in"
        if k:
            return k
    if lemma == "state":  # "a state of emergency", "a state of siege": the code of what is declared
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                k = next((ns.get(g.lemma_.lower()) for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in ("emergency", "siege")), None)
                if k:
                    return k
    if lemma in _EXERCISES and _military_exercise(tok):
        return "150"  # "live-fire drills", "joint naval exercises", "war games": a show of military power (MOBILIZE)
    if lemma == "strike" and _labour_strike(tok):
        return "143"  # "a sit-down strike", "a 48-hour strike", "a strike over pay": workers strike so, no weapon does
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.i == tok.i - 1:
            k = ns.get(f"{c.lower_} {lemma}") or ns.get(f"{c.lower_} {tok.lower_}")
            if k:
                return k
    return ns.get(lemma) or ns.get(tok.lower_)
