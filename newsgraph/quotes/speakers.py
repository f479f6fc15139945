"""Speakers resolved to entities: a name, a pronoun (by gender, recency and subject salience,
preferring whoever spoke last) or a role ("the mayor") that the article ties to a name."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from newsgraph.document import Document
from newsgraph.entities.spans import PAGE_WORD_LIST
from newsgraph.events.tables import agents as agent_nouns
from newsgraph.quotes.lexicon import (
    AFFILIATION_NOUNS,
    FEMALE_PRONOUNS,
    FEMALE_WORDS,
    FIRST_SECOND,
    MALE_PRONOUNS,
    MALE_WORDS,
    MEDIUM_NOUNS,
    ORG_NOUNS,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    POSSESSIVES,
    PRIVATE_PERSON_NOUNS,
    PRONOUNS,
    ROLE_ABBREVIATIONS,
    ROLE_NOUNS,
)
from newsgraph.quotes.names import name_gender

#: an abbreviation: IMF, S.E.C., AROS
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}|[A-Z][A-Z.&]{1,7}")
#: verbs whose agent wrote or issued a document ("a report written by ...", "a statement issued by ...")
_AUTHORING = frozenset({"write", "issue", "publish", "release", "sign", "send", "deliver", "give", "make", "draft",
                        "prepare", "file", "post", "tweet", "author", "pen", "compile", "produce", "commission", "submit"})
#: heads that count people ("dozens of protesters", "a group of residents")
_QUANTITIES = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "group", "crowd",
                         "number", "some", "many", "several", "most", "few", "handful", "couple"})
#: texts that bind rather than say: their authors speak through them
_LEGAL_TEXTS = frozenset({"resolution", "treaty", "contract", "clause", "agreement", "accord", "charter", "amendment",
                          "constitution"})
_LABEL_RANK = {"PERSON": 0, "ORG": 1, "LOC": 2, "MISC": 3}
#: bodies that speak for the person who leads them when named by that person's possessive
_LED_BY_OWNER = frozenset({"administration", "government", "cabinet", "campaign", "office", "spokesman", "spokeswoman",
                           "spokesperson"})
#: people whose institution is where they work, not whom they speak for
_WEB_PLACES = frozenset({"website", "site", "homepage", "page", "blog", "account", "feed"})
_PLACE_OR_TIME = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME"})
#: a subject's head that makes the organisation owning it the topic ("Shares in X fell", "X's profit rose")
_ABOUT_ORG = frozenset({"share", "stock", "profit", "revenue", "sale", "earnings", "loss", "price", "value", "output"})
#: prepositions that place people ("residents in Karvo", "workers outside the plant")
_WHERE = frozenset({"in", "near", "outside", "inside", "across", "around", "throughout"})
#: what an outlet publishes: "a report in the Herald" is the Herald's
_PUBLISHED = frozenset({"report", "article", "story", "editorial", "column", "interview", "piece", "item", "dispatch"})
_SCHOLARS = frozenset({"professor", "lecturer", "researcher", "scientist", "historian", "scholar", "academic"})
#: sentences back that a pronoun may reach for its antecedent
_WINDOW = 6


@dataclass(frozen=True)
class Speaker:
    """Who speaks: the display name (None when unresolved), the entity and both spans."""

    name: str | None
    entity_id: str | None
    start: int
    end: int
    resolved: tuple[int, int] | None = None
    #: the described person when nobody is named ("her boyfriend", "a Pentagon spokesperson")
    role: str | None = None
    #: how the speaker was found (a key of ``quotes/confidence.py``'s table)
    how: str = "name"


def _apostrophes(name: str, local: str) -> str:
    """The name with the apostrophes the local mention uses (O’Neill / O'Neill)."""
    if "’" in local and "'" in name:
        return name.replace("'", "’")
    if "'" in local and "’" in name:
        return name.replace("’", "'")
    return name


def role_head_noun(tok: Any) -> bool:
    """A common noun of a person's role or office ("officer", "director", "minister")."""
    return bool(tok.pos_ == "NOUN" and (tok.lemma_.lower() in ROLE_NOUNS or tok.lemma_.lower() in PERSON_NOUNS
                                        or tok.lemma_.lower() in agent_nouns()))


def inner_all(resolver: Any, tok: Any) -> list[Any]:
    """The mentions inside a noun phrase's subtree, outside relative and participle clauses."""
    out = []
    for m in resolver.mentions_in(tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)):
        t = resolver.sd.char_span(m.start, m.end, alignment_mode="expand")
        if t is not None and not resolver._in_clause(t.root, tok):
            out.append(m)
    return out


def speaker_noun(lemma: str) -> bool:
    """A noun that can head a speaker's phrase: a person, a role or an organisation."""
    w = lemma.lower()
    return w in PERSON_NOUNS or w in ROLE_NOUNS or w in ORG_NOUNS or (w in agent_nouns() and w not in MEDIUM_NOUNS)


#: endings of the event step's agent nouns that name a person ("midwife", "pharmacist", "campaigner"),
#: not an organisation or a thing ("ministry", "warship")
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "man", "woman", "wife", "ess", "ive", "arch")
#: endings of vehicles, weapons and firms among them ("jetliner", "destroyer", "carmaker")
_THING_ENDINGS = ("liner", "tanker", "fighter", "maker", "destroyer", "carrier", "bomber", "cruiser", "launcher",
                  "porter", "exporter", "importer", "producer", "ector", "business", "congress", "chamber", "freighter",
                  "regulator")


#: letters after a name that are no part of it ("Eleanor Marsh KC", "Jo Lind MP")
_POSTNOMINALS = frozenset({"KC", "QC", "SC", "MP", "MEP", "MSP", "MS", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD"})


def _bare_name(name: str) -> str:
    """A person's name without letters or a number after it ("Simon Kettering KC" -> "Simon Kettering") and
    without a role noun the tagger glued before it at the start of a sentence ("Backbencher Neil
    Gaskin" -> "Neil Gaskin"); two words at least stay."""
    words = name.split()
    while len(words) > 2 and (words[-1].rstrip(".,") in _POSTNOMINALS or words[-1].isdigit()):
        words.pop()
    while len(words) > 2 and words[0].istitle() and (person_noun(words[0]) or words[0].lower().rstrip(".") in _PERSONAL_TITLES - {"sir", "dame"}):
        words.pop(0)  # (and "Cllr Martin Shaw": a personal title the entity step kept)
    return " ".join(words)


#: verbs of saying whose "in a statement" names the document the speaker issued
_ISSUING = frozenset({"say", "announce", "add", "state", "confirm", "write", "tell", "reply", "respond", "warn"})


def person_noun(lemma: str) -> bool:
    """A noun that names one person or several by kind or role ("her boyfriend", "a midwife",
    "the senator"), not an organisation: the lexicon's person and role nouns, and the event
    step's one-word agent nouns with a person's ending."""
    w = lemma.lower()
    if w in PERSON_NOUNS or w in ROLE_NOUNS:
        return True
    return w in agent_nouns() and " " not in w and w not in ORG_NOUNS and w not in MEDIUM_NOUNS \
        and w.endswith(_PERSON_ENDINGS) and not w.endswith(_THING_ENDINGS)


def _nationality(tok: Any) -> bool:
    """A word of nationality: the tagger's NORP, or a capitalised word of a nationality's shape
    ("American", "Kenyan", "Maltese", "Israeli") that the tagger put inside a name."""
    w = tok.text
    return tok.ent_type_ == "NORP" or (w.istitle() and w.isalpha() and len(w) > 4 and w.endswith(("an", "ese", "i"))
                                       and name_gender(w) is None)


def _epithet(tok: Any) -> bool:
    """'the Swede', 'the Frenchwoman', 'the Australian': one person named by nationality (a
    nationality word with "the" heading its own phrase), not "the Swedish team"."""
    nationality = tok.ent_type_ == "NORP" or (tok.lower_.endswith(("man", "woman")) and tok.i > 0 and tok.ent_type_ != "PERSON"
                                              and not person_noun(tok.lower_))  # (not "the Chairman")
    return nationality and tok.tag_ in ("NNP", "NN") and tok.is_title \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.dep_ in ("compound", "amod", "prep") for c in tok.children) \
        and not tok.lower_.endswith(("s", "ish", "ese")) and tok.lower_ not in AFFILIATION_NOUNS


def _inverted_be(tok: Any) -> bool:
    """'Among the mourners was a teacher, who ...', 'There was a nurse on duty': the noun after a
    "be" with no subject of its own is the one the sentence introduces (a subject in all but the parse)."""
    return tok.dep_ == "attr" and tok.head.lemma_ == "be" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.head.children)


def _dateline(tok: Any) -> bool:
    """An all-capitals place opening a paragraph before '(Agency)', a dash or a comma."""
    if not (tok.text.isupper() and len(tok.text) > 2):
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and "\n" not in prev.whitespace_ + prev.text and prev.i != 0:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text in ("(", "-", "--", "—", "–", ",")


#: personal titles that make the name after them a person whatever the tagger labelled it
_PERSONAL_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "sen", "rep", "gov", "mp", "cllr", "prof",
                              "insp", "det", "sgt", "capt", "col", "lt", "gen"})
#: a personal title, an optional given name and a surname: "MP Declan Rourke", "Mrs. Ode"
_TITLED_NAME = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Sen|Rep|Gov|MP|Cllr|Prof|Insp|Det|Sgt|Capt|Col|Lt|Gen)\.? "
                          r"(?:([A-Z][a-z]+(?:-[A-Z][a-z]+)?) )?([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)\b")
#: an age in apposition right after a name: ", 19," / ", 44 and"
_AGE_AFTER = re.compile(r", (?:[1-9]|[1-9][0-9]|1[01][0-9]),")


class SpeakerResolver:
    """Resolves speaker tokens of one document to entities (stateful: remembers who spoke last)."""

    def __init__(self, doc: Document, inside_quote: Callable[[int], bool]) -> None:
        self.doc = doc
        self.sd: Any = doc.nlp_doc
        self.text = doc.text
        self.inside_quote = inside_quote
        self.entities = {e.id: e for e in doc.get("entities")}
        self.mentions = sorted((m for m in doc.get("mentions") if m.entity_id in self.entities), key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self._sent_starts = [s.start_char for s in self.sd.sents] if self.sd is not None else [0]
        self._sent_toks = [s.start for s in self.sd.sents] if self.sd is not None else [0]
        #: how many sentences before each one lie wholly inside quotation marks ("Order!" in
        #: ""Order! The member will withdraw that remark," she said"): they do not part a pronoun
        #: from the person it refers to
        self._quoted_before = [0]
        for sent in (self.sd.sents if self.sd is not None else []):
            whole = all(t.is_space or t.is_punct or inside_quote(t.idx) for t in sent)
            self._quoted_before.append(self._quoted_before[-1] + whole)
        #: nationality words the entity step glued before a given name ("American" of "American Jessica Howe")
        self._nationals: set[str] = set()
        self._titled = self._titled_people()
        self._names = self._display_names()
        self._gender = self._genders()
        #: (offset, entity id) of attributed speakers, in the order they were noted
        self.history: list[tuple[int, str]] = []
        #: (offset, speaker) of statements whose speaker has a name, in the order they were noted
        self.named: list[tuple[int, Speaker]] = []
        #: he/she/they subjects resolved so far (:meth:`_chain`) and the next token to look at
        self._chained: list[tuple[int, Speaker]] = []
        self._chain_i = 0

    # ------------------------------------------------------------------ lookups
    def _display_names(self) -> dict[str, str]:
        """The name as the article gives it: the canonical name if it occurs, else the longest mention."""
        out: dict[str, str] = {}
        surfaces: dict[str, list[str]] = {}
        for m in self.mentions:
            surfaces.setdefault(m.entity_id, []).append(m.text)
        for eid, ent in self.entities.items():
            if ent.name in self.text:
                out[eid] = ent.name
            else:
                out[eid] = max(surfaces.get(eid, [ent.name]), key=len)
        # a person known by the surname only ("Trump") whose full name another mention gives
        # ("Donald Trump", tagged or merged apart): the full name
        written = {m.text for m in self.mentions}
        # (a nationality glued before a given name: "American Jessica Howe")
        norp = {t.text for t in self.sd if t.ent_type_ == "NORP"} if self.sd is not None else set()

        def bare(name: str) -> str:
            words = _bare_name(name).split()
            if len(words) >= 3 and (words[0] in norp or words[0] in self._nationals) and name_gender(" ".join(words[1:])):
                words = words[1:]
            return " ".join(words)

        for eid in self.entities:  # "Simon Kettering KC", "Backbencher Neil Gaskin": the name
            if self._is_person(eid):
                out[eid] = bare(out[eid])
                # ("Composer Teodora Vasquez-Lind" where the article also writes "Teodora Vasquez-Lind")
                # (one word dropped, a role's: not "Michaela Angela Davis" -> "Angela Davis", "Osama bin Laden")
                first = out[eid].split()[0]
                role_word = person_noun(first) or (first.lower().endswith(_PERSON_ENDINGS) and first.istitle()
                                                   and name_gender(first) is None)
                tails = [t for t in written if len(t.split()) >= 2 and t[:1].isupper() and role_word
                         and out[eid] == f"{first} {t}"]
                if tails:
                    out[eid] = max(tails, key=len)
        fuller: dict[str, str] = {}
        for m in self.mentions:
            words = bare(m.text).split() if self._is_person(m.entity_id) else m.text.split()
            if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
                key = words[-1]
                if len(" ".join(words)) > len(fuller.get(key, "")):
                    fuller[key] = " ".join(words)
        # (a person the tagger missed where the article gives the full name: "Local MP Declan Rourke
        # addressed the crowd. ... Rourke said": the given name and the surname)
        # (not where another person of that surname is named: "Melania Trump" is not "Trump")
        taken = {ent.name.split()[-1] for ent in self.entities.values() if len(ent.name.split()) > 1}
        given: dict[str, set[str]] = {}
        for mt in _TITLED_NAME.finditer(self.text):
            if mt.group(2) and mt.group(3) not in taken and mt.group(2).lower().rstrip(".") not in _PERSONAL_TITLES \
                    and not person_noun(mt.group(2)):
                given.setdefault(mt.group(3), set()).add(mt.group(2))
        if self.sd is not None:  # (and "substitute Emeka Okonkwo scored ... Okonkwo, 19," with the first untagged)
            single = {out[eid] for eid, ent in self.entities.items()
                      if (ent.label == "PERSON" or eid in self._titled) and len(out[eid].split()) == 1} - taken
            for t in self.sd:
                if t.text in single and t.i > 0 and t.text not in fuller:
                    g = self.sd[t.i - 1]
                    w = g.lower_.rstrip(".")
                    if g.pos_ == "PROPN" and g.dep_ == "compound" and g.head.i == t.i and g.text.istitle() \
                            and g.ent_type_ in ("", "PERSON") and w not in _PERSONAL_TITLES and not person_noun(w) \
                            and w not in ROLE_ABBREVIATIONS and not (t.i > 1 and self.sd[t.i - 2].pos_ == "PROPN"
                                                                     and self.sd[t.i - 2].i != self.sd[t.i - 2].sent.start):
                        given.setdefault(t.text, set()).add(g.text)
        for sur, firsts in given.items():
            if len(firsts) == 1 and sur not in fuller:  # one given name only ("President Obama" is a title)
                fuller[sur] = f"{firsts.pop()} {sur}"
        # a person called by the given name alone ("Edna tells me" after "Edna Hollis"): the full name,
        # where one person only has that given name and nobody that surname
        firsts_of: dict[str, set[str]] = {}
        for eid, ent in self.entities.items():
            words = out[eid].split()
            if ent.label == "PERSON" and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
                firsts_of.setdefault(words[0], set()).add(out[eid])
        for first, names in firsts_of.items():
            if len(names) == 1 and first not in fuller and first.lower().rstrip(".") not in _PERSONAL_TITLES:
                fuller[first] = next(iter(names))
        for eid, ent in self.entities.items():
            if (ent.label == "PERSON" or (eid in self._titled and out[eid] not in taken)) \
                    and len(out[eid].split()) == 1 and out[eid] in fuller:
                out[eid] = fuller[out[eid]]
        return out

    def name_of(self, entity_id: str) -> str:
        return self._names.get(entity_id, self.entities[entity_id].name)

    def _as_written(self, m: Any) -> str:
        """The display name for a mention: an organisation named here by an abbreviation its
        full name does not hold keeps both ("International Monetary Fund (IMF)")."""
        name = _apostrophes(self.name_of(m.entity_id), m.text)
        local = m.text.strip()
        if self.entities[m.entity_id].label == "ORG" and _ACRONYM.fullmatch(local) \
                and local.replace(".", "").lower() not in name.replace(".", "").lower().split():
            return f"{name} ({local})"
        return name

    def _title_conflict(self, m: Any) -> bool:
        """A one-word mention whose title ("Mr.", "Mrs.") contradicts the gender of the
        given name of the entity it was merged into."""
        if len(m.text.split()) != 1 or self.sd is None:
            return False
        span = self.sd.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        words = {t.lower_ for t in self.sd[max(0, span.start - 2) : span.start]}
        local = "m" if words & (MALE_WORDS - MALE_PRONOUNS) else None
        local = "f" if words & (FEMALE_WORDS - FEMALE_PRONOUNS) else local
        given = name_gender(self.entities[m.entity_id].name)
        return local is not None and given is not None and local != given

    def _by_word(self, word: str, before: int) -> str | None:
        """The entity whose name or alias is this one word (case-insensitive); of several, the
        one mentioned last before ``before``."""
        w = word.lower().strip(".,")
        # (a surname inside a name: "Rees" of "Jonathan Rees KC")
        hits = {eid for eid, ent in self.entities.items()
                if ent.label in ("PERSON", "ORG") and w in {n.lower() for n in (ent.name, *ent.aliases, ent.name.split()[-1],
                                                                                *(ent.name.split()[1:] if ent.label == "PERSON" else ()))}}
        if len(hits) > 1:
            last = [m.entity_id for m in self.mentions if m.entity_id in hits and m.start < before]
            return last[-1] if last else None
        return hits.pop() if hits else None

    def mention_at(self, offset: int) -> Any | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.mentions[i].start <= offset < self.mentions[i].end:
            return self.mentions[i]
        return None

    def mentions_in(self, s: int, e: int) -> list[Any]:
        i = max(0, bisect_right(self._starts, s) - 1)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < e:
            m = self.mentions[i]
            if m.start >= s and m.end <= e:
                out.append(m)
            i += 1
        return out

    def sent_index(self, offset: int) -> int:
        return bisect_right(self._sent_starts, offset) - 1

    def _sents_back(self, here: int, offset: int) -> int:
        """Sentences from the one holding ``offset`` to sentence ``here``, not counting those between
        that are wholly quoted."""
        there = self.sent_index(offset)
        if there >= here:
            return here - there
        return here - there - (self._quoted_before[here] - self._quoted_before[there + 1])

    # ------------------------------------------------------------------ gender
    def _titled_people(self) -> set[str]:
        """Ids of entities the tagger did not label PERSON that the article names with a personal
        title ("Mr Vandermolen said ..." tagged as an organisation): people all the same."""
        out: set[str] = set()
        if self.sd is None:
            return out
        for m in self.mentions:
            if self.entities[m.entity_id].label == "PERSON":
                continue
            tok = self.sd.char_span(m.start, m.end, alignment_mode="expand")
            if tok is not None and tok.start > 0 and self.sd[tok.start - 1].lower_.rstrip(".") in _PERSONAL_TITLES:
                out.add(m.entity_id)
            elif _AGE_AFTER.match(self.text, m.end):
                out.add(m.entity_id)  # "Okonkwo, 19, had not scored": an age in apposition
            elif tok is not None and tok.start > 0 and self.entities[m.entity_id].label == "ORG" \
                    and 2 <= len(tok) <= 3 and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in tok) \
                    and self.sd[tok.start - 1].pos_ == "NOUN" and self.sd[tok.start - 1].is_lower \
                    and self.sd[tok.start - 1].head.i == tok.root.i and person_noun(self.sd[tok.start - 1].lemma_) \
                    and not any(speaker_noun(t.lower_) for t in tok):
                out.add(m.entity_id)  # "councillor Bridget Nolan" tagged as an organisation: a person
            elif tok is not None and self.entities[m.entity_id].label == "ORG" and 2 <= len(tok) <= 3 \
                    and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in tok) and tok.root.dep_ == "appos" \
                    and tok.root.head.pos_ == "NOUN" and person_noun(tok.root.head.lemma_) \
                    and not any(speaker_noun(t.lower_) for t in tok):
                out.add(m.entity_id)  # "Its chief executive, Philip Hale," tagged as an organisation: a person
        # a name the tagger glued to a role noun before it and made an organisation ("Conductor Ana
        # Lind on ..." in a headline): two capitalised words after a noun of a person
        for eid, ent in self.entities.items():
            words = ent.name.split()
            if ent.label == "ORG" and 3 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words) \
                    and person_noun(words[0]) and not any(speaker_noun(w) and not person_noun(w) for w in words[1:]):
                out.add(eid)
        # "Camille Marchand 6" (a tennis score glued on): a given name and a surname the tagger called
        # a miscellaneous name
        for eid, ent in self.entities.items():
            words = [w for w in ent.name.split() if not w.isdigit()]
            if ent.label == "MISC" and 2 <= len(words) <= 3 and name_gender(words[0]) \
                    and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
                out.add(eid)
        # "the American Jessica Howe": a nationality the entity step glued to a given name and surname
        for m in self.mentions:
            words = m.text.split()
            tok = self.sd.char_span(m.start, m.end, alignment_mode="expand")
            if 3 <= len(words) <= 4 and tok is not None and _nationality(tok[0]) and name_gender(" ".join(words[1:])) \
                    and all(w[:1].isupper() and w.isalpha() for w in words) and self.entities[m.entity_id].label != "PERSON":
                out.add(m.entity_id)
                self._nationals.add(words[0])
        # a one-word name that the article also gives after a personal title ("MP Declan Rourke")
        words = {self.entities[m.entity_id].name: m.entity_id for m in self.mentions
                 if self.entities[m.entity_id].label != "PERSON" and " " not in self.entities[m.entity_id].name}
        for mt in _TITLED_NAME.finditer(self.text):
            if mt.group(3) in words:
                out.add(words[mt.group(3)])
        return out

    def _by_given_name(self, word: str) -> str | None:
        """The entity id of the one person whose full name starts with ``word``, None if not one."""
        if " " in word.strip() or word.lower().rstrip(".") in _PERSONAL_TITLES:
            return None
        found = {eid for eid, ent in self.entities.items()
                 if ent.label == "PERSON" and len(self.name_of(eid).split()) >= 2 and self.name_of(eid).split()[0] == word}
        return found.pop() if len(found) == 1 else None

    def _is_person(self, entity_id: str | None) -> bool:
        return entity_id is not None and entity_id in self.entities and (
            self.entities[entity_id].label == "PERSON" or entity_id in self._titled)

    def _genders(self) -> dict[str, str]:
        """Entity id -> "m"/"f" from titles and gendered role words beside a mention and from the
        pronouns that follow a mention in its own sentence with no other person between."""
        votes: dict[str, Counter[str]] = {}
        if self.sd is None:
            return {}
        persons = [m for m in self.mentions if self._is_person(m.entity_id)]
        for k, m in enumerate(persons):
            c = votes.setdefault(m.entity_id, Counter())
            span = self.sd.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            before = []
            for t in reversed(self.sd[max(0, span.start - 3) : span.start]):
                if t.pos_ in ("VERB", "AUX", "PRON", "ADP", "SCONJ", "CCONJ") or (t.is_punct and t.text != ".") \
                        or t.is_space or t.i < span.sent.start or self.inside_quote(t.idx):
                    break  # "the woman who accused Lund": a word of another phrase says nothing of Lund
                before.append(t)
            for t in before:
                w = t.lower_
                c["m"] += 3 * (w in MALE_WORDS and w not in MALE_PRONOUNS)
                c["f"] += 3 * (w in FEMALE_WORDS and w not in FEMALE_PRONOUNS)
            # (the phrase the name is in apposition to: "My mother, Eileen, ...")
            described = [span.root.head] if span.root.dep_ == "appos" and span.root.head.pos_ == "NOUN" else []
            for t in [*[c for c in span.root.children if c.dep_ == "appos"], *described]:
                if t.dep_ == "appos" or t in described:
                    ws = {x.lower_ for x in t.subtree} if t not in described else {t.lower_}
                    c["m"] += 3 * bool(ws & (MALE_WORDS - MALE_PRONOUNS))
                    c["f"] += 3 * bool(ws & (FEMALE_WORDS - FEMALE_PRONOUNS))
            nxt = persons[k + 1].start if k + 1 < len(persons) else len(self.text)
            sent_end = span.sent.end
            top = span.root
            while top.dep_ == "appos" and top.head.i != top.i:
                top = top.head
            if top.dep_ == "pobj" and top.head.head.lower_ != "according":
                # "Under cross-examination by Hale's barrister, Simon Kettering KC, she agreed ...":
                # a name in a prepositional phrase is not the "she" of the clause it opens
                sent_end = span.start
            for t in self.sd[span.end : sent_end]:
                if t.idx >= nxt or self.inside_quote(t.idx):
                    break
                if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and person_noun(t.lemma_):
                    break  # "Under questioning from Osei, the colleague agreed that she ...": someone between
                if t.dep_ in ("dobj", "dative", "iobj") and t.lower_ in PRONOUNS and t.lower_ not in ("it", "they", "them"):
                    break  # "Vasko told her that she ...": the one told is someone between (never Vasko)
                if t.dep_ not in ("nsubj", "nsubjpass"):
                    continue  # "... accused Lund of insulting her", "Osei said Pell's complaints and her ...": not Lund
                if t.lower_ in MALE_PRONOUNS:
                    c["m"] += 1
                    break
                if t.lower_ in FEMALE_PRONOUNS:
                    c["f"] += 1
                    break
        for eid, ent in self.entities.items():  # the given name, weaker than the article's own words
            g = name_gender(ent.name) if ent.label == "PERSON" else None
            if g is not None:
                votes.setdefault(eid, Counter())[g] += 1
        out = {}
        for eid, c in votes.items():
            if c["m"] > c["f"]:
                out[eid] = "m"
            elif c["f"] > c["m"]:
                out[eid] = "f"
        return out

    # ------------------------------------------------------------------ resolution
    def note(self, offset: int, spk: Speaker | None) -> None:
        """Remember who spoke at ``offset`` (for the last-speaker preference and :meth:`fallback`)."""
        if spk is not None and spk.entity_id:
            self.history.append((offset, spk.entity_id))
        if spk is not None and (spk.name or spk.role):
            self.named.append((spk.start, spk))

    def fallback(self, spk: Speaker, said: tuple[int, int]) -> Speaker:
        """A pronoun :meth:`resolve` found no entity for: the previous statement's speaker when the
        pronoun fits it ("the ministry said ... It added that ...", "he wrote" after a name the
        tagger missed), else, for he/she, the last person of that gender named before (:meth:`distant`)."""
        return self._carry(spk) or self._distant_speaker(spk, said)

    @staticmethod
    def _in_clause(tok: Any, top: Any) -> bool:
        """``tok`` lies in a relative or participle clause under ``top`` ("Ms. Ode, whose son,
        Tim Ode, was hurt, said ...": the son is not the speaker)."""
        for anc in tok.ancestors:
            if anc.i == top.i:
                return False
            if anc.dep_ in ("relcl", "acl"):
                return True
        return False

    def participle(self, verb: Any, verbs: dict[str, str]) -> Speaker | None:
        """'footage of Ms. Lund saying, "..."', '..., Ms. Lund said, adding, "..."', 'Lund stated that ... and
        described ...': a participle or a coordinated reporting verb whose subject the parse lost is said
        by the person named right before it (a participle on a name), else by the subject of the
        nearest reporting verb it hangs on, else of the nearest verb it hangs on."""
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
               and (c.pos_ in ("PROPN", "PRON") or speaker_noun(c.lemma_.lower()))]
        if not (verb.tag_ == "VBG" or verb.dep_ == "conj") or own or any(c.dep_ in ("auxpass", "aux") for c in verb.children):
            return None  # a passive, or a verb with someone of its own ("consumers were demanding ...")
        sent = verb.doc[verb.i].sent
        if verb.tag_ == "VBG":
            near = [t for t in verb.doc[max(sent.start, verb.i - 3) : verb.i] if t.ent_type_ == "PERSON"]
            m = self.mention_at(near[-1].idx) if near else None
            if m is not None and not self.inside_quote(m.start):
                return Speaker(self._as_written(m), m.entity_id, m.start, m.end, how="participle")
        heads = [a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")]
        heads.sort(key=lambda a: verbs.get(a.lemma_.lower()) != "speech")  # reporting verbs first, nearest first
        for a in heads:
            subj = next((c for c in a.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or self.inside_quote(subj.idx) or subj.dep_ == "nsubjpass":
                continue
            if subj.pos_ not in ("PROPN", "PRON"):
                if speaker_noun(subj.lemma_.lower()):
                    # "Other companies reported ..., nearly all reporting gains", "Marchers walked on,
                    # chanting "..."": someone unnamed, the role kept (never a name from elsewhere)
                    spk = self.resolve(subj)
                    return Speaker(None, None, spk.start, spk.end, role=spk.role, how="participle") \
                        if spk is not None and spk.role else None
                continue  # "the country would declare ... and suggested": a thing, not who speaks
            spk = self.resolve(subj)
            if spk is not None and spk.name:
                return Speaker(spk.name, spk.entity_id, spk.start, spk.end, spk.resolved, how="participle")
        return None

    def _people_before(self, tok: Any) -> Speaker | None:
        """'Shop owners welcomed the vote but asked for help with the trade, which they said had
        fallen': "they" is the people its own sentence made the subject before it (a plural noun of
        people, resolved as a subject would be: "Harbour Bank economists" is the bank), not an
        organisation that spoke before."""
        for t in self.sd[tok.sent.start : tok.i]:
            if t.dep_ == "nsubj" and t.tag_ == "NNS" and speaker_noun(t.lemma_.lower()) \
                    and t.lemma_.lower() not in ORG_NOUNS and not self.inside_quote(t.idx):
                spk = self.resolve(t)
                if spk is None or not (spk.name or spk.role):
                    return None
                return Speaker(spk.name, spk.entity_id, tok.idx, tok.idx + len(tok.text), spk.resolved or (spk.start, spk.end),
                               spk.role, how="pronoun_role" if spk.name is None else "pronoun")
        return None

    def _carry(self, spk: Speaker) -> Speaker | None:
        """The speaker of the statement just before, in this paragraph or the one before, when the
        pronoun fits it (he/she: not an organisation; it: not a person)."""
        if not self.named:
            return None
        gender = PRONOUNS.get(self.text[spk.start : spk.end].lower())
        prev_start, prev = self.named[-1]
        here, there = self.doc.block_at(spk.start), self.doc.block_at(prev_start)
        if gender is None or here is None or there is None or self.doc.blocks.index(here) - self.doc.blocks.index(there) > 1:
            return None
        label = ("PERSON" if self._is_person(prev.entity_id) else self.entities[prev.entity_id].label) \
            if prev.entity_id in self.entities else None
        if (gender in ("m", "f") and label not in (None, "PERSON")) or (gender in ("n", "p") and label == "PERSON"):
            return None  # ("They thought it went too far" is not the one comedian quoted before)
        if gender in ("m", "f") and self.sd is not None and not self._fits(prev, gender)[0] and (
                label == "PERSON" or prev.entity_id is None):
            return None  # '"...," she told me. ... "...," he told me': not the woman quoted before
        return Speaker(prev.name, prev.entity_id, spk.start, spk.end, (prev.start, prev.end), prev.role, how="carry")

    def _described(self, tok: Any) -> Speaker | None:
        """'"She was not breathing," her boyfriend said. He said he called 911': a pronoun right
        after a statement of a described, unnamed person (or of a name no entity holds) is that
        person when the pronoun fits (gender, number) and no one who fits it was named in between."""
        gender = PRONOUNS.get(tok.lower_)
        if not self.named or gender not in ("m", "f", "p") or self.sd is None:
            return None
        prev_start, prev = self.named[-1]
        if prev.entity_id is not None or prev_start >= tok.idx:
            return None
        if self.sent_index(tok.idx) - self.sent_index(prev_start) > 3:
            return None
        rs, re_ = prev.resolved or (prev.start, prev.end)
        span = self.sd.char_span(rs, re_, alignment_mode="expand")
        if span is None:
            return None
        head = span.root
        words = {t.lower_ for t in span}
        plural = head.tag_ in ("NNS", "NNPS")
        if (gender == "p") != plural:
            return None
        if prev.name is not None:  # a name the entity step did not keep ("Jean-Claude Trichet ... warned")
            if gender == "p" or name_gender(prev.name) not in (gender, None):
                return None
        elif gender in ("m", "f") and not (head.lemma_.lower() in PERSON_NOUNS or head.lemma_.lower() in ROLE_NOUNS):
            return None  # "he" is not "the federal government"
        if gender == "m" and words & (FEMALE_WORDS - FEMALE_PRONOUNS) or gender == "f" and words & (MALE_WORDS - MALE_PRONOUNS):
            return None
        for m in self.mentions_in(re_, tok.idx):
            label = self.entities[m.entity_id].label
            if self.inside_quote(m.start):
                continue
            if gender == "p" and label == "ORG":
                return None
            if gender in ("m", "f") and label == "PERSON" and self._gender.get(m.entity_id) in (gender, None):
                return None
        how = "pronoun_role" if prev.name is None else "pronoun_name"
        return Speaker(prev.name, None, tok.idx, tok.idx + len(tok.text), (rs, re_), prev.role, how=how)

    def _described_subject(self, tok: Any) -> Speaker | None:
        """'My husband met the applicants. Later he would tell them, "..."': a pronoun nobody named
        can stand for is the described person who was the subject of its sentence or of one of the
        two before it, when the noun fits the pronoun (gender, number); the role is kept."""
        gender = PRONOUNS.get(tok.lower_)
        if gender not in ("m", "f", "p") or self.sd is None:
            return None
        here = self.sent_index(tok.idx)
        for t in reversed(self.sd[max(0, tok.i - 120) : tok.i]):
            if here - self.sent_index(t.idx) > 2:
                break
            if t.dep_ != "nsubj" or t.head.dep_ != "ROOT" or self.inside_quote(t.idx):
                continue  # (not "the client" of "a firm where the client directed ...")
            if t.pos_ != "NOUN":
                return None  # "Lynch worked ...": a name (or a pronoun) is the subject nearer
            w = t.lemma_.lower()
            if not (w in PERSON_NOUNS or w in ROLE_NOUNS) or (gender == "p") != (t.tag_ == "NNS"):
                continue
            if gender == "m" and t.lower_ in FEMALE_WORDS or gender == "f" and t.lower_ in MALE_WORDS:
                return None  # the nearest person described is of the other gender
            s, e = t.left_edge.idx, t.idx + len(t.text)
            role = self.text[s:e]
            if len(role.split()) > 6 or "\n" in role:
                return None
            return Speaker(None, None, tok.idx, tok.idx + len(tok.text), (s, e), role, how="pronoun_role")
        return None

    # ------------------------------------------------------------------ coreference of he/she/they
    def _key(self, spk: Speaker) -> tuple[str, Any]:
        """Who a speaker is, for comparing references: the entity, else the name, else the role's start."""
        if spk.entity_id is not None:
            return ("e", spk.entity_id)
        if spk.name is not None:
            return ("n", spk.name)
        return ("r", (spk.resolved or (spk.start, spk.end))[0])

    def _fits(self, spk: Speaker, gender: str) -> tuple[bool, bool]:
        """Whether a reference can be he/she ("m"/"f") or they ("p"), and whether its gender is
        known to match (an entity's gender, a gendered head noun: "her boyfriend" is a man)."""
        own = PRONOUNS.get(self.text[spk.start : spk.end].lower())
        if own is not None and own != gender:
            return False, False  # a reference made by "she" is not "he" ("She called him a liar. He called her ...")
        if spk.entity_id is not None:
            label = "PERSON" if self._is_person(spk.entity_id) else self.entities[spk.entity_id].label
            if gender == "p":
                return label == "ORG", False
            head = self._spokesperson(spk)
            if head is not None:  # "A Fizzco spokesman said ... He said": the spokesman, for the firm
                w = head.lower_
                return not ((gender == "m" and w in FEMALE_WORDS) or (gender == "f" and w in MALE_WORDS)), \
                    (gender == "m" and w in MALE_WORDS) or (gender == "f" and w in FEMALE_WORDS)
            g = self._gender.get(spk.entity_id)
            return label == "PERSON" and g in (gender, None), g == gender
        if spk.name is not None:  # a name no entity holds
            g = name_gender(spk.name)
            return gender != "p" and g in (gender, None), g == gender
        rs, re_ = spk.resolved or (spk.start, spk.end)
        span = self.sd.char_span(rs, re_, alignment_mode="expand")
        if span is None:
            return False, False
        head = span.root
        w = head.lower_
        if gender == "p":
            return head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in _QUANTITIES, False
        if head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in ORG_NOUNS or head.lemma_.lower() in _QUANTITIES:
            return False, False
        male, female = w in MALE_WORDS - MALE_PRONOUNS, w in FEMALE_WORDS - FEMALE_PRONOUNS
        if (gender == "m" and female) or (gender == "f" and male):
            return False, False
        return True, (gender == "m" and male) or (gender == "f" and female)

    def _spokesperson(self, spk: Speaker) -> Any | None:
        """The head noun of a speaker phrase that names a person who speaks for an organisation ("A
        Fizzco spokesman", "a spokeswoman for the trust"), when the speaker is that organisation."""
        if spk.entity_id is None or self._is_person(spk.entity_id) or spk.how not in ("inner", "role_link") \
                or self.sd is None:
            return None
        span = self.sd.char_span(spk.start, spk.end, alignment_mode="expand")
        if span is None or span.root.pos_ != "NOUN" or not person_noun(span.root.lemma_) \
                or span.root.tag_ in ("NNS", "NNPS"):
            return None
        return span.root

    def _chain(self, upto: int) -> list[tuple[int, Speaker]]:
        """The he/she/they subjects outside quotes before token ``upto``, each with the reference it
        was resolved to (a cue's speaker as resolved, else :meth:`_referent`), in text order."""
        while self._chain_i < min(upto, len(self.sd)):
            t = self.sd[self._chain_i]
            self._chain_i += 1
            if t.lower_ not in ("he", "she", "they") or t.dep_ not in ("nsubj", "nsubjpass") or self.inside_quote(t.idx):
                continue
            spoken = next((spk for off, spk in self.named if off == t.idx), None)
            ref = spoken or self._referent(t, None)
            if ref is not None and (ref.name or ref.role):
                self._chained.append((t.idx, ref))
        return self._chained

    def _referent(self, tok: Any, said: tuple[int, int] | None, gender: str | None = None) -> Speaker | None:
        """He/she/they as a subject: the best of the people named before it (entity mentions, an
        apposition to a subject counting as the subject: "Her mother, Ana Lund, sat ... she said"),
        the references resolved before it (speakers, and the he/she/they subjects of a chain: "Okonkwo
        had not scored. He equalised ... "...," he said") and the people the article describes
        without a name who were subjects near it ("The victim's brother arrived. He told reporters
        ...", "Campaigners reject that. They contend ..."), each scored as :meth:`_antecedent` scores
        a name (sentences back, subject salience, the last speaker, a gender known to fit). None when
        there is no candidate. ``gender`` stands in for the pronoun's ("the Frenchwoman": "f")."""
        gender = gender or PRONOUNS.get(tok.lower_)
        if gender not in ("m", "f", "p") or self.sd is None:
            return None
        host = self._relative_host(tok, gender)
        if host is not None:
            return host
        here = self.sent_index(tok.idx)
        lo = self._sent_starts[max(0, here - _WINDOW)]
        named_in = {m.entity_id for m in self.mentions_in(*said)} if said else set()
        prior = [spk for off, spk in self.named if off < tok.idx]
        last = self._key(prior[-1]) if prior else None
        cands: list[tuple[int, bool, Speaker]] = []  # (offset, subject?, reference)
        for m in self.mentions_in(lo, tok.idx):
            if self.inside_quote(m.start):
                continue
            span = self.sd.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or _dateline(span.root):
                continue
            root = span.root
            if root.dep_ == "compound" and gender != "p":
                continue  # "the Yuma valley": a name that modifies a noun is not he or she
            # (an apposition to the subject and the subject's owner count as the subject: "Her mother,
            # Ana Lund, sat ...", "Warren's following has made her ...")
            subj = root.dep_ in ("nsubj", "nsubjpass") or (
                root.dep_ in ("appos", "poss") and root.head.dep_ in ("nsubj", "nsubjpass") and root.head.head.dep_ == "ROOT")
            cands.append((m.start, subj, Speaker(self.name_of(m.entity_id), m.entity_id, m.start, m.end)))
        # a speaker the article only described, or one named by a role ("the mayor said"), stands where
        # it was named; a he/she/they subject resolved to a described person carries it on (a name that
        # a pronoun was resolved to is not: an error there would spread)
        for off, spk in self.named:
            if lo <= off < tok.idx and (spk.entity_id is None or spk.how == "role_link" or self._spokesperson(spk)):
                cands.append((off, True, spk))
        for off, spk in self._chain(tok.i):
            if lo <= off < tok.idx:
                cands.append((off, True, spk))
        for t in self.sd[self._sent_toks[max(0, here - 3)] : tok.i]:
            if any(c.lower_ == "the" for c in t.children) and t.lemma_.lower() in ROLE_NOUNS and t.tag_ not in ("NNS", "NNPS"):
                continue  # "the highest-ranking prosecutor": an office the article may have tied to a name
                # (not "the researchers": several people, never one named)
            # (or a name the entity step kept only elsewhere: "Local MP Declan Rourke addressed ...")
            untagged = t.pos_ == "PROPN" and self.mention_at(t.idx) is None and gender != "p"
            if not (t.dep_ in ("nsubj", "nsubjpass") or _inverted_be(t)) or not (t.pos_ == "NOUN" or untagged) or self.inside_quote(t.idx) \
                    or not (untagged or person_noun(t.lemma_.lower()) or t.lemma_.lower() in _QUANTITIES
                            or (gender == "p" and speaker_noun(t.lemma_.lower()))) \
                    or not (t.head.i == t.sent.root.i or (t.head.dep_ == "conj" and t.head.head.i == t.sent.root.i)):
                continue  # (a main clause's subject: not "..., as is her chief of staff")
            found = self.resolve(t)
            if untagged and (found is None or found.entity_id is None):
                continue
            if found is not None and (found.name or found.role):
                cands.append((t.idx, True, found))
        # a name that is a main clause's subject after a described person ends that person's turn, even
        # when the tagger did not make it a person ("Her mother ... Paris claims that she ... She also
        # claims ...": not the mother)
        barrier = max((t.idx for t in self.sd[self._sent_toks[max(0, here - 3)] : tok.i]
                       if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and not self.inside_quote(t.idx)
                       and (t.head.i == t.sent.root.i or (t.head.dep_ == "conj" and t.head.head.i == t.sent.root.i))),
                      default=-1)
        best: tuple[float, int, Speaker] | None = None
        for off, subj, spk in cands:
            if spk.entity_id is None and spk.name is None and off < barrier:
                continue
            ok, match = self._fits(spk, gender)
            if not ok:
                continue
            dist = self._sents_back(here, off)
            if gender == "p" and spk.entity_id is not None and (not subj or dist > 2 or dist == 0):
                continue  # "they" only for an organisation that was just the subject
            if dist == 0 and spk.entity_id is None and spk.name is None and any(
                    c.entity_id is not None and (spk.resolved or (spk.start, spk.end))[0] <= o < off
                    and self._fits(c, gender)[0] for o, _, c in cands):
                continue  # "Olsen's brother begged him ..., but he answered": the person named in the subject
            salience = (4.0 if dist == 0 else 3.0 if dist == 1 else 1.5) if subj else (2.5 if dist == 0 else 0.0)
            # (a described last speaker is not salient past a person named after it who fits: "...,"
            # said an industry lobbyist. Warren's following has made her ... after she called ...)
            latest = self._key(spk) == last and not (spk.entity_id is None and any(
                self._fits(c, gender)[0] for o, _, c in cands if off < o and c.entity_id is not None
                and self.mention_at(o) is not None))
            score = -dist + salience + 2.0 * latest + 0.5 * match \
                - 4.0 * (spk.entity_id is not None and spk.entity_id in named_in)
            if best is None or (score, off) >= (best[0], best[1]):
                best = (score, off, spk)
        if best is None:
            return None
        spk = best[2]
        resolved = spk.resolved or (spk.start, spk.end)
        how = "pronoun" if spk.entity_id is not None else "pronoun_name" if spk.name else "pronoun_role"
        return Speaker(spk.name, spk.entity_id, tok.idx, tok.idx + len(tok.text), resolved, spk.role, how=how)

    def _relative_host(self, tok: Any, gender: str) -> Speaker | None:
        """'a paramedic, who asked not to be named because she was not allowed to ...': he/she/they
        in a clause under a relative clause whose own subject is "who" is the person that relative
        clause describes, when the noun fits the pronoun (a person, gender, number); not "the
        official who he said had lied", where the relative clause has a subject of its own."""
        rel = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        if rel is None or tok.head.i == rel.i or not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in rel.children):
            return None
        host = rel.head
        if host.pos_ not in ("NOUN", "PROPN") or self.inside_quote(host.idx):
            return None
        m = self.mention_at(host.idx)
        if m is not None:
            if not self._is_person(m.entity_id) or gender == "p" or self._gender.get(m.entity_id) not in (gender, None):
                return None
            return Speaker(self.name_of(m.entity_id), m.entity_id, tok.idx, tok.idx + len(tok.text), (m.start, m.end),
                           how="pronoun")
        if host.pos_ != "NOUN" or not person_noun(host.lemma_.lower()) or (gender == "p") != (host.tag_ in ("NNS", "NNPS")):
            return None
        if gender == "m" and host.lower_ in FEMALE_WORDS or gender == "f" and host.lower_ in MALE_WORDS:
            return None
        spk = self.resolve(host)
        if spk is None or not (spk.name or spk.role):
            return None
        return Speaker(spk.name, spk.entity_id, tok.idx, tok.idx + len(tok.text), spk.resolved or (spk.start, spk.end),
                       spk.role, how="pronoun_role" if spk.name is None else "pronoun")

    def _described_org(self, tok: Any) -> Speaker | None:
        """'Friends of the Avel, a campaign group, went further. It said ...': "it" as a cue's subject
        with no organisation named for it is the main-clause subject of its sentence or the one before
        that the article calls an organisation (its head, or an apposition's head, is a noun of one);
        a capitalised phrase is its name, else the role is kept."""
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or self.sd is None:
            return None
        here = self.sent_index(tok.idx)
        for t in reversed(self.sd[self._sent_toks[max(0, here - 1)] : tok.i]):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.head.i != t.sent.root.i or self.inside_quote(t.idx):
                continue
            if t.pos_ not in ("NOUN", "PROPN") or self.mention_at(t.idx) is not None:
                return None  # the subject before it is a name the entity step kept, or a pronoun
            appos = [c for c in t.children if c.dep_ == "appos" and c.i > t.i]
            if not (t.lemma_.lower() in ORG_NOUNS or any(a.lemma_.lower() in ORG_NOUNS for a in appos)):
                return None
            end = (appos[0].left_edge.i if appos else t.right_edge.i + 1)
            words = [w for w in self.sd[t.left_edge.i : end] if not w.is_punct]
            if not words:
                return None
            s, e = words[0].idx, words[-1].idx + len(words[-1].text)
            phrase = self.text[s:e]
            if len(words) > 6 or "\n" in phrase:
                return None
            if words[0].text.istitle() and all(w.text.istitle() or w.lower_ in ("of", "the", "and", "for") for w in words) \
                    and any(w.pos_ == "PROPN" for w in words):
                return Speaker(phrase, None, tok.idx, tok.idx + len(tok.text), (s, e), how="pronoun_name")
            return Speaker(None, None, tok.idx, tok.idx + len(tok.text), (s, e), phrase, how="pronoun_role")
        return None

    def _last_speaker(self, offset: int) -> str | None:
        prior = [eid for off, eid in self.history if off < offset]
        return prior[-1] if prior else None

    def _antecedent(self, tok: Any, gender: str | None = None, said: tuple[int, int] | None = None) -> Any | None:
        """The mention a pronoun (or, with gender "x", a definite role noun) refers back to.

        ``said`` is the span of what the speaker says: someone named in it ("He said, "Andy
        Warhol was the center of the Zeitgeist"") is spoken about, seldom the one speaking."""
        named_in = {m.entity_id for m in self.mentions_in(*said)} if said else set()
        gender = gender or PRONOUNS[tok.lower_]
        labels = {"m": ("PERSON",), "f": ("PERSON",), "x": ("PERSON",), "n": ("ORG", "LOC"), "p": ("ORG",)}[gender]
        here = self.sent_index(tok.idx)
        lo = self._sent_starts[max(0, here - _WINDOW)]
        last = self._last_speaker(tok.idx)
        best: tuple[float, Any] | None = None
        for m in self.mentions_in(lo, tok.idx):
            ent = self.entities[m.entity_id]
            label = "PERSON" if self._is_person(m.entity_id) else ent.label
            if label not in labels or self.inside_quote(m.start):
                continue
            g = self._gender.get(m.entity_id)
            if gender in ("m", "f") and g is not None and g != gender:
                continue
            dist = here - self.sent_index(m.start)
            if dist == 0 and gender == "p":
                continue
            span = self.sd.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and _dateline(span.root):
                continue
            subj = span is not None and span.root.dep_ in ("nsubj", "nsubjpass")
            if gender in ("n", "p") and span is not None and not subj:
                # "Shares in Harbourline fell ... The company said": an organisation inside the
                # subject's phrase (its owner, or in "of"/"in" after it) is what the sentence is about
                top = span.root.head.head if span.root.dep_ == "pobj" and span.root.head.lower_ in ("in", "of") \
                    else span.root.head if span.root.dep_ == "poss" else None
                subj = top is not None and top.dep_ in ("nsubj", "nsubjpass") and top.lemma_.lower() in _ABOUT_ORG
            if gender in ("n", "p") and (not subj or dist > 2):
                continue  # "it"/"they" only for an organisation that was just the subject
            # the subject of the sentence just before is the most salient (centering); then the
            # last speaker; then recency
            salience = (4.0 if dist == 0 else 3.0 if dist == 1 else 1.5) if subj else (2.5 if dist == 0 else 0.0)
            score = -dist + salience + 2.0 * (m.entity_id == last) + 0.5 * (g == gender) - 4.0 * (m.entity_id in named_in)
            if best is None or score >= best[0]:
                best = (score, m)
        return best[1] if best else None

    def _distant_speaker(self, spk: Speaker, said: tuple[int, int] | None) -> Speaker:
        """An unresolved he/she, resolved to :meth:`_distant`'s person when there is one."""
        span = self.sd.char_span(spk.start, spk.end) if self.sd is not None else None
        m = self._distant(span[0], said) if span is not None and len(span) == 1 else None
        if m is None:
            return spk
        return Speaker(self.name_of(m.entity_id), m.entity_id, spk.start, spk.end, (m.start, m.end), how="distant")

    def _distant(self, tok: Any, said: tuple[int, int] | None) -> Any | None:
        """He/she with no person in the last sentences (a profile that turns to background before
        the quote): the last person named before, outside quotes and not named in the quote,
        whose gender is known to fit (persons of unknown gender are passed over)."""
        gender = PRONOUNS.get(tok.lower_)
        if gender not in ("m", "f"):
            return None
        named_in = {m.entity_id for m in self.mentions_in(*said)} if said else set()
        for m in reversed(self.mentions_in(0, tok.idx)):
            if self.entities[m.entity_id].label != "PERSON" or self.inside_quote(m.start) or m.entity_id in named_in:
                continue
            if self._gender.get(m.entity_id) == gender:
                return m
        return None

    def _postcedent(self, tok: Any) -> Any | None:
        """'"I don't know where my children are," she said. Fatima Noor, 29, had walked ...': a
        he/she that nobody before it can be (a feature's opening quote) is the person the next
        sentence introduces as its subject, if the gender fits."""
        gender = PRONOUNS.get(tok.lower_)
        if gender not in ("m", "f") or self.sd is None:
            return None
        here = self.sent_index(tok.idx)
        sents = list(self.sd.sents)
        if here + 1 >= len(sents):
            return None
        nxt = sents[here + 1]
        for m in self.mentions_in(nxt.start_char, nxt.end_char):
            if self.entities[m.entity_id].label != "PERSON" or self.inside_quote(m.start):
                continue
            g = self._gender.get(m.entity_id)
            if g is not None and g != gender:
                continue
            span = self.sd.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                return m
            return None  # the first person named there is not its subject
        return None

    def _introduced_unnamed(self, tok: Any) -> bool:
        """Whether the article introduced someone with ``tok``'s role word and no name before it
        ("a bank manager who cannot be named" before "the bank manager said")."""
        word = tok.lemma_.lower()
        for t in self.sd[max(0, tok.i - 400) : tok.i]:
            if t.lemma_.lower() != word or t.pos_ != "NOUN" or self.inside_quote(t.idx):
                continue
            if not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in t.children):
                continue
            if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children) \
                    or (t.dep_ == "appos" and t.head.pos_ == "PROPN"):
                continue  # "a bank manager, Jo Lind, ...", "Jo Lind, a bank manager": named
            return True
        return False

    def _role_link(self, head: Any) -> Any | None:
        """'the mayor' -> the last person introduced with that role word (title or apposition); in a
        headline, where nobody was introduced yet, the first one the article introduces so
        ("Norvania to cut subsidies, finance minister says" / "Finance Minister Tomas Berecz told")."""
        best = self._role_link_in(head, 0, head.idx, last=True)
        if best is None and self.doc.block_kind(head.idx) == "headline":
            best = self._role_link_in(head, head.idx, len(self.text), last=False)
        return best

    def _role_link_in(self, head: Any, lo: int, hi: int, last: bool) -> Any | None:
        word = head.lemma_.lower()
        if head.pos_ != "NOUN" or len(word) < 3:
            return None
        best = None
        for m in self.mentions_in(lo, hi):
            if best is not None and not last:
                break
            ent = self.entities[m.entity_id]
            if ent.label == "PERSON":
                span = self.sd.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                near = []
                for t in reversed(self.sd[max(0, span.start - 4) : span.start]):
                    if t.pos_ in ("ADP", "PUNCT", "VERB", "AUX", "CCONJ") and t.text != "." and t.lower_ != "of":
                        break  # "advisers to Mr. Obama": a role linked by a preposition is not a title
                    near.append(t)
                near += [t for c in span.root.children if c.dep_ == "appos" for t in c.subtree]
                if any(t.lemma_.lower() in (word, *ROLE_ABBREVIATIONS.get(word, ())) for t in near):
                    best = m
            elif ent.label == "ORG" and word in ent.name.lower().split():
                best = m
        return best

    def author(self, start: int, end: int) -> Speaker:
        """The author an embedded post's signature names (``text[start:end]``): the entity of a
        person or organisation mentioned there, else the name as the page gives it."""
        for m in self.mentions_in(start, end):
            if self.entities[m.entity_id].label in ("PERSON", "ORG"):
                return Speaker(self.name_of(m.entity_id), m.entity_id, start, end, (m.start, m.end), how="name")
        return Speaker(self.text[start:end], None, start, end, how="post")

    def resolve(self, tok: Any | None, said: tuple[int, int] | None = None) -> Speaker | None:
        """The speaker named by the subject token ``tok`` of a cue (``said``: the span of what is said)."""
        if tok is None:
            return None
        low = tok.lower_
        if low in FIRST_SECOND:
            return None
        if low in POSSESSIVES and tok.dep_ == "poss":
            # "his statement": the owner of the medium, resolved like "he"
            ante = self._antecedent(tok, POSSESSIVES[low], said)
            if ante is None:
                return None
            return Speaker(self.name_of(ante.entity_id), ante.entity_id, tok.idx, tok.idx + len(tok.text),
                           (ante.start, ante.end), how="possessive")
        if low in ("someone", "somebody") and tok.pos_ == "PRON":
            # "someone familiar with the talks said": a described person, nobody named
            s, e = tok.idx, tok.right_edge.idx + len(tok.right_edge.text)
            role = self.text[s:e].rstrip(",")
            return Speaker(None, None, s, s + len(role), role=role, how="role") if len(role.split()) <= 10 else None
        if low == "they":
            people = self._people_before(tok)
            if people is not None:
                return people
        if low in PRONOUNS:
            if low in ("he", "she", "they") and tok.dep_ in ("nsubj", "nsubjpass"):
                ref = self._referent(tok, said)
                if ref is not None:
                    return ref
            described = self._described(tok)
            if described is not None:
                return described
            ante = self._antecedent(tok, said=said) or self._postcedent(tok)
            if ante is None:
                return self._described_subject(tok) or self._described_org(tok) or Speaker(
                    None, None, tok.idx, tok.idx + len(tok.text), how="pronoun_unresolved")
            return Speaker(self.name_of(ante.entity_id), ante.entity_id, tok.idx, tok.idx + len(tok.text),
                           (ante.start, ante.end), how="pronoun")
        if _dateline(tok):
            # "LONDON (Reuters) - Prime Minister Keir Starmer promised ...": the parse makes the
            # dateline the subject and the real one its apposition
            for ch in tok.children:  # not the agency in brackets
                if ch.dep_ == "appos" and not (ch.i > 0 and tok.doc[ch.i - 1].text == "("):
                    return self.resolve(ch)
            return None
        head = self.mention_at(tok.head.idx) if tok.dep_ == "appos" and tok.pos_ == "NOUN" else None
        if head is not None:
            # "Trump, a rampant xenophobe who pledged ...": the role stands for the name it follows
            return Speaker(self.name_of(head.entity_id), head.entity_id, tok.left_edge.idx, tok.idx + len(tok.text),
                           (head.start, head.end), how="appos_role")
        m = self.mention_at(tok.idx)
        if _epithet(tok):
            # '"...," the Swede said', "the Frenchwoman added": a person named by nationality, the
            # person the last sentences were about (of that gender where the word gives one)
            w = tok.lower_
            g = "f" if w.endswith("woman") else "m" if w.endswith("man") else "x"
            ref = self._referent(tok, said, g) if g != "x" else None
            if ref is not None and (ref.name or ref.entity_id):
                return Speaker(ref.name, ref.entity_id, tok.left_edge.idx, tok.idx + len(tok.text), ref.resolved, how="role_link")
            ante = self._antecedent(tok, g, said)
            if ante is not None:
                return Speaker(self.name_of(ante.entity_id), ante.entity_id, tok.left_edge.idx, tok.idx + len(tok.text),
                               (ante.start, ante.end), how="role_link")
            return Speaker(None, None, tok.left_edge.idx, tok.idx + len(tok.text),
                           role=self.text[tok.left_edge.idx : tok.idx + len(tok.text)], how="role")
        if tok.lower_ == "old" and tok.i >= 2 and self.sd[tok.i - 2].lower_ in ("year", "years") and self.sd is not None:
            # '"...," the 20-year-old said': the person the last sentences were about; "a 21-year-old
            # resident said": someone described
            if any(c.lower_ == "the" for c in tok.children) and not any(c.dep_ == "prep" for c in tok.children):
                ante = self._antecedent(tok, "x", said)
                if ante is not None:
                    return Speaker(self.name_of(ante.entity_id), ante.entity_id, tok.left_edge.idx, tok.idx + len(tok.text),
                                   (ante.start, ante.end), how="role_link")
            return Speaker(None, None, tok.left_edge.idx, tok.idx + len(tok.text), role=self.text[tok.left_edge.idx : tok.idx + 3],
                           how="role")
        if tok.lower_ in ("question", "questions", "q", "questioner") and (tok.text.isupper() or tok.text == "Q"):
            return None  # "QUESTION: ..." in a briefing transcript: someone unnamed asks
        if tok.lemma_.lower() in _LEGAL_TEXTS and tok.pos_ in ("NOUN", "PROPN") and (
                m is None or self.entities[m.entity_id].label not in ("PERSON", "ORG")):
            # "Resolution 12, which condemned ...": a text that binds is not a speaker, even by name
            # (a named publication is: "the Green Book said" stays)
            return self._author(tok, said)
        if tok.i == tok.sent.start and tok.text.endswith("s") and not list(tok.children) \
                and (m is None or " " not in self.entities[m.entity_id].name) \
                and any(person_noun(w) for w in (tok.lower_, tok.lower_[:-1], tok.lemma_.lower())):
            # "Campaigners said" opening a sentence, which the tagger took for a name: people described
            return Speaker(None, None, tok.idx, tok.idx + len(tok.text), role=tok.text, how="role")
        if m is not None and self._title_conflict(m):
            # "Mr. Obama" merged into "Michelle Obama" upstream: keep the name as written here
            return Speaker(m.text, None, m.start, m.end, how="title_conflict")
        if m is not None:
            return self._and_others(tok, Speaker(self._as_written(m), m.entity_id, m.start, m.end, how="name"))
        s, e = tok.left_edge.idx, tok.idx + len(tok.text)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in MEDIUM_NOUNS:
            return self._author(tok, said)
        # a name the tagger missed here but gave elsewhere ("Trump", "MORGAN"; '"...," Rees said' with
        # "Rees" read as a plural noun)
        # ("ELLISON: ..." in a transcript, a surname in capitals the tagger read as a common noun)
        if tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text.istitle() and tok.i > tok.sent.start) \
                or (tok.pos_ == "NOUN" and tok.text.isupper() and len(tok.text) > 2):
            known = self._by_word(tok.text, tok.idx)
            if known is not None:
                return Speaker(self.name_of(known), known, tok.idx, tok.idx + len(tok.text), how="by_word")
        # an apposition naming the person: "the State Department spokesman, John Kirby,"
        untagged: Speaker | None = None
        for ch in tok.subtree:
            if ch.dep_ == "appos" and ch.head.dep_ != "relcl" and not self._in_clause(ch, tok):
                for mm in self.mentions_in(ch.left_edge.idx, ch.right_edge.idx + len(ch.right_edge.text)):
                    label = self.entities[mm.entity_id].label
                    # "NatWest's corporate parent, the Royal Bank of Scotland Group,": an organisation
                    # in apposition to the subject itself names it too
                    if label == "PERSON" or (label == "ORG" and ch.head.i == tok.i and tok.pos_ == "NOUN"):
                        return Speaker(self.name_of(mm.entity_id), mm.entity_id, s, e, (mm.start, mm.end), how="appos_name")
                # "Lopez's spokeswoman, Ana Ruiz, said" with the name untagged: a given name and a
                # surname in apposition to a person's role, set off by a comma (not "(Italian
                # Episcopal Conference)"), when no tagged person is in apposition
                words = [t for t in ch.subtree]
                if untagged is None and ch.head.i == tok.i and person_noun(tok.lemma_) and ch.pos_ == "PROPN" \
                        and 2 <= len(words) <= 3 and words[0].i > 0 and self.sd[words[0].i - 1].text == "," \
                        and all(t.pos_ == "PROPN" and t.text.istitle() and t.ent_type_ in ("", "PERSON")
                                and t.lower_ not in ORG_NOUNS for t in words) \
                        and not self.mentions_in(ch.left_edge.idx, ch.right_edge.idx + len(ch.right_edge.text)) \
                        and words[0].lower_.rstrip(".") not in _PERSONAL_TITLES:
                    ns, ne = words[0].idx, words[-1].idx + len(words[-1].text)
                    untagged = Speaker(self.text[ns:ne], None, s, e, (ns, ne), how="appos_name")
        if untagged is not None:
            return untagged
        # a name inside the noun phrase: "Iraq's government", "a spokesman for the Pentagon"
        inner = []
        for ch in tok.children:
            if ch.dep_ in ("poss", "compound", "prep", "nmod"):
                cs, ce = ch.left_edge.idx, ch.right_edge.idx + len(ch.right_edge.text)
                inner.extend(self.mentions_in(cs, ce))
        # a person named inside a role ("a spokeswoman for Trump hotels") is not the speaker
        # (a headline's capitals make the tagger read "minister" as a name: it is still a role)
        # (and "Witness says driver ..." opening a headline or a sentence: a capital, not a name)
        role_head = tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and (
            tok.text.istitle() is False or (m is None and (tok.i == tok.sent.start or self.doc.block_kind(tok.idx) == "headline")))
            and (tok.lower_ in ROLE_NOUNS or tok.lower_ in PERSON_NOUNS))
        # "Chief investment officer at Northfield Capital Jo Park said": a role phrase that ends in a name
        last = tok.right_edge
        while last.i > tok.i and (last.is_punct or last.is_space):
            last = self.sd[last.i - 1]
        # (not a name coordinated with the role: "the secretary and Ruiz agreed" are two people)
        # ("the deputy head and treasurer of Northfield Jo Lund": a second role that ends in the name is a title)
        # ("the president and CEO Jo Lund": a name with a role word of its own is a title too)
        joined = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in tok.children if c.dep_ == "conj"
                  and c.pos_ == "PROPN" and any(a.dep_ == "cc" and tok.i < a.i < c.i for a in tok.children)
                  and not any(speaker_noun(t.lower_) for t in c.subtree)]
        final = [mm for mm in inner_all(self, tok) if self.entities[mm.entity_id].label == "PERSON"
                 and mm.end == last.idx + len(last.text) and mm.start > tok.idx
                 and not any(a <= mm.start < b for a, b in joined)]
        if role_head_noun(tok) and final and tok.i < last.i:
            mm = final[0]
            return Speaker(self.name_of(mm.entity_id), mm.entity_id, s, max(e, mm.end), (mm.start, mm.end), how="titled_name")
        # "the university's Media Coordinator Dane Lisser": a role noun used as a title before the name
        after = tok.idx + len(tok.text)
        titled = [mm for mm in inner if self.entities[mm.entity_id].label == "PERSON" and after <= mm.start <= after + 1]
        if role_head and titled and tok.lemma_.lower() in ROLE_NOUNS:
            mm = titled[0]
            return Speaker(self.name_of(mm.entity_id), mm.entity_id, s, max(e, mm.end), (mm.start, mm.end), how="titled_name")
        if tok.lemma_.lower().startswith("spokes") and not inner:
            # "a spokesman for the association said": the organisation named before with that word
            for ch in tok.children:
                pobj = next((c for c in ch.children if c.dep_ == "pobj"), None) \
                    if ch.dep_ == "prep" and ch.lower_ in ("for", "of", "at") else None
                if pobj is not None and pobj.pos_ == "NOUN" and any(c.lower_ == "the" for c in pobj.children):
                    org = self._role_link(pobj) or (self._antecedent(pobj, "n", said)
                                                    if pobj.lemma_.lower() in ORG_NOUNS else None)
                    if org is not None and self.entities[org.entity_id].label == "ORG":
                        return Speaker(self.name_of(org.entity_id), org.entity_id, s, e, (org.start, org.end), how="role_link")
        if tok.lemma_.lower() in _LED_BY_OWNER:
            # "President Ana Ruiz's administration said": the one whose government it is
            for ch in tok.children:
                own = self.mention_at(ch.idx) if ch.dep_ == "poss" and ch.pos_ == "PROPN" else None
                if own is not None and self._is_person(own.entity_id):
                    return Speaker(self.name_of(own.entity_id), own.entity_id, s, e, (own.start, own.end), how="inner")
        inner = [mm for mm in inner if self.entities[mm.entity_id].label not in ("MISC", "PERSON" if role_head else "")]
        # nor a place or a name that describes a private person ("an East Flatbush resident")
        if role_head and tok.lemma_.lower() in PRIVATE_PERSON_NOUNS:
            inner = []
        if role_head and tok.lemma_.lower() in _SCHOLARS:
            # "a professor from the University of Leeds": where a scholar works does not speak
            # through them (unlike "a spokesman for X")
            places = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in tok.children
                      if c.dep_ == "prep" and c.lower_ in ("from", "at")]
            inner = [mm for mm in inner if not any(a <= mm.start < b for a, b in places)]
        # "the premier of the state of Saxony remarked": a person who holds an office of a place,
        # not the place (a spokesman speaks for it: "a spokesman for Russia" stays Russia)
        if role_head and tok.lemma_.lower() in ROLE_NOUNS and not tok.lemma_.lower().startswith("spokes"):
            # (a place the entity step merged into an organisation of that name stays a place here)
            inner = [mm for mm in inner if self.entities[mm.entity_id].label != "LOC" and not self._placed(mm)]
        # "a Leeds bakery owner", "a group of Lyon traders": a place that describes someone is not them
        inner = [mm for mm in inner if self.entities[mm.entity_id].label != "LOC" or not self._describes(mm)]
        if role_head and person_noun(tok.lemma_) and not tok.lemma_.lower().startswith("spokes"):
            # "two aid workers in Karvo said": where people are is not who speaks
            where = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in tok.children
                     if c.dep_ == "prep" and c.lower_ in _WHERE]
            inner = [mm for mm in inner if not self._place(mm) or not any(a <= mm.start < b for a, b in where)]
        if inner:
            mm = min(inner, key=lambda x: (_LABEL_RANK[self.entities[x.entity_id].label], x.start))
            e = max(e, tok.right_edge.idx + len(tok.right_edge.text)) if mm.start > tok.idx else e
            return Speaker(self.name_of(mm.entity_id), mm.entity_id, s, e, (mm.start, mm.end), how="inner")
        # "the researchers", "other analysts": several people, never the one person named before
        # nor is "a poster", "one official": an indefinite role introduces someone new
        indefinite = any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another", "some")
                         for c in tok.children)
        link = self._role_link(tok) if tok.tag_ != "NNS" and not indefinite else None
        named_office = any(c.dep_ == "prep" and self.mentions_in(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                           for c in tok.children)
        if link is None and tok.lemma_.lower() in ROLE_NOUNS and any(c.lower_ == "the" for c in tok.children) \
                and not named_office and tok.tag_ != "NNS" and not self._introduced_unnamed(tok):
            # ("the premier of the state of Saxony": someone not named before; "A second witness, a bank
            # manager who cannot be named, ... the bank manager said": the one introduced without a name)
            # "the senator said": the salient person of the last sentences, as for a pronoun
            link = self._antecedent(tok, "x", said)
        if link is None and tok.lemma_.lower() in ORG_NOUNS and any(c.lower_ == "the" for c in tok.children) \
                and all(c.lower_ == "the" or c.dep_ == "compound" and c.pos_ == "NOUN"
                        and c.text.islower() and not list(c.children) for c in tok.children):
            # "the company said", "the auto firm said" (not "the federal government"): the
            # organisation that was a subject just before, as for "it"; or the owner of the
            # subject before it in its sentence ("Northfield's shares fell after the car firm
            # announced ...")
            link = self._antecedent(tok, "n", said) or self._owner_subject(tok)
        if link is not None and any(link.entity_id == mm.entity_id for a, b in joined for mm in self.mentions_in(a, b)):
            link = None  # "the secretary and Ruiz": the role is not the one named beside it
        if link is not None:
            return self._and_others(tok, Speaker(self.name_of(link.entity_id), link.entity_id, s, e, (link.start, link.end),
                                                 how="role_link"))
        role = self.text[s:e]
        if len(role.split()) > 8 or "\n" in role or tok.text in PAGE_WORD_LIST:
            return None
        if tok.pos_ == "PROPN" and not role_head and tok.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME", "WORK_OF_ART"):
            full = self._by_given_name(role)
            if full is not None:  # "Edna tells me" after "Edna Hollis": the one person with that given name
                return Speaker(self.name_of(full), full, s, e, how="given_name")
            return Speaker(role, None, s, e, how="unlinked_name")  # a name the entity step did not keep
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in OUTLET_NOUNS:
            # "The China Daily newspaper reported": an outlet named before its kind, a name the entity
            # step did not keep; with no name ("the tabloid") it stays a role
            words = [c for c in tok.subtree if c.i < tok.i and c.dep_ != "det"]
            if words and all(c.pos_ == "PROPN" and c.is_title and c.ent_type_ not in _PLACE_OR_TIME for c in words) \
                    and words[-1].i == tok.i - 1 and words[-1].i - words[0].i == len(words) - 1:
                return Speaker(self.text[words[0].idx : words[-1].idx + len(words[-1].text)], None, s, e, how="outlet_name")
        if (tok.pos_ == "NOUN" or role_head) and speaker_noun(tok.lemma_) and tok.lemma_.lower() not in _QUANTITIES:
            return Speaker(None, None, s, e, role=role, how="role")  # a described person: no name, the role kept
        if tok.lemma_.lower() in _QUANTITIES:
            # "Dozens of protesters chanted": the people counted
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if pobj is not None and pobj.pos_ == "NOUN" and speaker_noun(pobj.lemma_):
                e = pobj.idx + len(pobj.text)
                return Speaker(None, None, s, e, role=self.text[s:e], how="role")
        if tok.pos_ == "NOUN" and speaker_noun(tok.lemma_):
            return Speaker(None, None, s, e, role=role, how="role")  # "a group said"
        if tok.lower_ in ("one", "two", "three", "some", "many", "several", "most", "few", "both", "all", "each") \
                and tok.pos_ in ("NUM", "PRON", "DET", "ADJ") and self.sd is not None:
            # "Two consultants said ... One of them said ...": some of the people described before
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if pobj is not None and pobj.pos_ == "NOUN" and person_noun(pobj.lemma_):
                e = pobj.idx + len(pobj.text)  # "One of the organisers said"
                return Speaker(None, None, s, e, (s, e), role=self.text[s:e], how="role")
            if pobj is not None and pobj.lower_ == "them":
                ref = self._referent(pobj, said)
                if ref is not None and ref.role is not None and ref.entity_id is None and ref.name is None:
                    e = pobj.idx + len(pobj.text)
                    return Speaker(None, None, s, e, ref.resolved, role=self.text[s:e], how="pronoun_role")
        return None  # a clause, an adverbial, a place, a thing

    def _owner_subject(self, tok: Any) -> Any | None:
        """An organisation that owns the subject of a clause before ``tok`` in its sentence ("X's
        shares fell after the firm said ..."), or None."""
        here = self.sent_index(tok.idx)
        found = None
        for m in self.mentions_in(self._sent_starts[here], tok.idx):
            if self.entities[m.entity_id].label != "ORG" or self.inside_quote(m.start):
                continue
            span = self.sd.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ == "poss" and span.root.head.dep_ in ("nsubj", "nsubjpass"):
                found = m
        return found

    def _and_others(self, tok: Any, spk: Speaker) -> Speaker:
        """'Senators Ruiz and Olsen said': speakers joined by "and" speak together; the name keeps
        both ("Ana Ruiz and Per Olsen"), the entity is the first one's."""
        # (a list: "the Bank of Ostland, the Bank of Elmland and the Harbour Bank jointly announced")
        joined = [c for c in tok.conjuncts if c.i > tok.i]
        if not joined and tok.ent_type_ == "ORG":
            # the parser may make the second of a list of organisations an apposition to the first
            listed = [a for a in tok.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.ent_type_ == "ORG"
                      and a.conjuncts]
            joined = [listed[0], *[c for c in listed[0].conjuncts if c.i > listed[0].i]] if listed else []
        if not joined or not any(c.dep_ == "cc" and c.lower_ == "and" for t in (tok, *joined) for c in t.children):
            return spk
        names, end, seen = [spk.name], spk.end, {spk.entity_id}
        for c in joined[:5]:
            mm = self.mention_at(c.idx) if c.pos_ == "PROPN" else None
            if mm is None or mm.entity_id in seen or self.inside_quote(mm.start) \
                    or self.entities[mm.entity_id].label not in ("PERSON", "ORG"):
                continue
            seen.add(mm.entity_id)
            names.append(self._as_written(mm))
            end = max(end, mm.end)
        if len(names) == 1:
            return spk
        named = [n for n in names if n]
        joined_names = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
        return Speaker(joined_names, spk.entity_id, spk.start, end, spk.resolved, how=spk.how)

    def _placed(self, m: Any) -> bool:
        """Whether the tagger read mention ``m`` as a place here and the entity step merged it into a
        longer name ("Ostland" into "Ostland Air")."""
        span = self.sd.char_span(m.start, m.end, alignment_mode="expand")
        name = self.entities[m.entity_id].name
        return span is not None and span.root.ent_type_ in ("GPE", "LOC") and m.text != name and m.text in name

    def _place(self, m: Any) -> bool:
        """Whether mention ``m`` names a place: its entity, or the tagger here ("KARVO" of a dateline
        merged with the "Karvo" of the body)."""
        span = self.sd.char_span(m.start, m.end, alignment_mode="expand")
        return self.entities[m.entity_id].label == "LOC" or (span is not None and span.root.ent_type_ in ("GPE", "LOC", "FAC"))

    def _describes(self, m: Any) -> bool:
        """Whether mention ``m`` modifies a noun of a person (not an organisation, nor a spokesperson,
        who speaks for it) as a compound or adjective, not as an owner or in a prepositional phrase."""
        span = self.sd.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        t = span.root
        while t.dep_ in ("compound", "amod") and t.head.i != t.i:
            t = t.head
        w = t.lemma_.lower()
        return t.i != span.root.i and t.pos_ == "NOUN" and w not in ORG_NOUNS and w not in MEDIUM_NOUNS \
            and not w.startswith("spokes")

    def _author(self, medium: Any, said: tuple[int, int] | None, link: bool = True) -> Speaker | None:
        """The speaker behind a medium or document: its owner ("Bornstein's letter", "his
        statement"), its author ("a review by Public Citizen", "a speech Mrs. Clinton delivered")
        or a name it is compounded with ("the IMF report"); None when the phrase names nobody."""
        for ch in medium.children:
            if ch.dep_ == "poss":
                return self.resolve(ch, said)
        for ch in medium.children:
            if ch.dep_ == "prep" and ch.lower_ in ("by", "from", "of"):
                pobj = next((c for c in ch.children if c.dep_ == "pobj"), None)
                if pobj is not None and (pobj.ent_type_ in ("PERSON", "ORG", "NORP") or pobj.lower_ in PRONOUNS):
                    return self.resolve(pobj, said)
            if ch.dep_ in ("relcl", "acl"):
                # "a speech Mrs. Clinton delivered", "a report written by X"; not "a letter seen by Sky News"
                subj = next((c for c in ch.children if c.dep_ == "nsubj" or (
                    c.dep_ == "agent" and ch.lemma_.lower() in _AUTHORING)), None)
                if subj is not None and subj.dep_ == "agent":
                    subj = next((c for c in subj.children if c.dep_ == "pobj"), None)
                if subj is not None and subj.lower_ not in ("that", "which", "who"):
                    return self.resolve(subj, said)
        for ch in medium.children:
            if ch.dep_ in ("compound", "nmod"):
                mm = self.mention_at(ch.idx)
                if mm is not None and self.entities[mm.entity_id].label in ("PERSON", "ORG"):
                    return Speaker(self.name_of(mm.entity_id), mm.entity_id, mm.start, mm.end, how="author_compound")
                if mm is None and ch.pos_ == "NOUN" and ch.lemma_.lower() in ORG_NOUNS and ch.lemma_.lower() not in MEDIUM_NOUNS \
                        and medium.lemma_.lower() in _WEB_PLACES | {"statement", "release", "announcement"} and any(c.dep_ == "det" and c.lower_ == "the" for c in medium.children):
                    # "according to the company website": the firm that was just the subject
                    owner = self._antecedent(ch, "n", said)
                    if owner is not None:
                        return Speaker(self.name_of(owner.entity_id), owner.entity_id, medium.left_edge.idx,
                                       medium.idx + len(medium.text), (owner.start, owner.end), how="author_compound")
        for ch in medium.children:
            if ch.dep_ == "prep" and ch.lower_ in ("on", "in"):
                # "a statement on the firm's website": whoever owns the place it appears
                pobj = next((c for c in ch.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ == "PROPN" and medium.lemma_.lower() in _PUBLISHED:
                    # "according to a report in the Ostland Herald": the outlet that published it (a
                    # name the entity step did not keep as written)
                    mm = self.mention_at(pobj.idx)
                    if mm is not None and self.entities[mm.entity_id].label == "ORG":
                        return Speaker(self.name_of(mm.entity_id), mm.entity_id, mm.start, mm.end, how="author_outlet")
                    words = [t for t in pobj.subtree if t.i <= pobj.i and t.dep_ == "compound" or t.i == pobj.i]
                    if mm is None and all(t.pos_ == "PROPN" and t.is_title for t in words):
                        s0, e0 = words[0].idx, pobj.idx + len(pobj.text)
                        return Speaker(self.text[s0:e0], None, s0, e0, how="author_outlet")
                if pobj is not None and pobj.pos_ == "NOUN" and pobj.lemma_.lower() in _WEB_PLACES:
                    found = self._author(pobj, said, link=False)
                    if found is not None:
                        return found
        if link and medium.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in medium.children) \
                and len(list(medium.children)) == 1:
            # "... according to a Defence Ministry news release. The release said ...": the same
            # document named with its author before
            lemma = medium.lemma_.lower()
            for t in reversed(self.sd[max(0, medium.sent.start - 200) : medium.sent.start]):
                if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and not self.inside_quote(t.idx):
                    spk = self._author(t, said, link=False)
                    verb = t.head.head
                    if spk is None and t.dep_ == "pobj" and t.head.lower_ == "in" and verb.pos_ == "VERB" \
                            and verb.lemma_.lower() in _ISSUING:
                        # "In a statement on Monday, the museum said ... The statement said": who said it then
                        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                        spk = self.resolve(subj, said) if subj is not None and subj.i < medium.i else None
                    if spk is not None and spk.name:
                        return Speaker(spk.name, spk.entity_id, medium.left_edge.idx, medium.idx + len(medium.text),
                                       (spk.start, spk.end), how="medium_link")
                    if spk is not None and spk.role:  # "Her family said in a statement ... The statement said"
                        return Speaker(None, None, medium.left_edge.idx, medium.idx + len(medium.text),
                                       spk.resolved or (spk.start, spk.end), role=spk.role, how="medium_link")
        return None
