"""Speech cues found in the dependency parse: a reporting verb, who it is said by, and what
is reported ("X said (that) ...", "..., X said", "X told Y ...", "according to X, ...")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgraph.events.tables import agents as agent_nouns
from newsgraph.quotes.lexicon import (
    MEDIUM_NOUNS,
    ORG_NOUNS,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    PHRASAL,
    RELATIVES,
    ROLE_NOUNS,
    speech_verbs,
)

#: nouns of saying whose that-clause is reported content ("Trump's claim that ...")
_SPEECH_NOUNS = frozenset({"claim", "statement", "assertion", "allegation", "remark", "comment", "argument",
                           "warning", "promise", "pledge", "insistence", "announcement", "accusation", "suggestion"})
#: nouns for words someone said ("a line attributed to X")
_WORDS_SAID = frozenset({"quote", "quotation", "line", "remark", "saying", "comment", "phrase", "words", "word",
                         "statement", "maxim", "dictum", "motto", "aphorism", "epigram", "proverb", "adage", "quip"})
#: words opening an embedded question
_WH = frozenset({"whether", "if", "how", "which", "what", "where", "why", "who", "when"})
#: forms that are reporting verbs whatever the tagger says ("Said Clinton: ...")
_ALWAYS = frozenset({"said", "says", "told", "tells", "added", "adds"})
#: verbs whose direct object is reported content ("denied the allegations"; "claim" only when someone
#: named claims: "people claiming benefits", "the storm claimed lives" are no statements; nor "pledged $5 million")
_OBJECT_VERBS = frozenset({"cite", "deny", "confirm", "announce", "reveal", "propose", "recommend", "demand", "report", "predict"})
#: the same, when someone who can speak is the subject ("the plane promises lower costs", "chapter two
#: describes ...", "you mentioned ..." are no statements)
_SPEAKER_OBJECT_VERBS = frozenset({"criticize", "condemn", "denounce", "acknowledge", "mention", "describe", "promise", "claim"})
#: what one claims as one's due, not as true ("claiming asylum", "claimed the title")
_ENTITLEMENTS = frozenset({"asylum", "benefit", "compensation", "damage", "refund", "allowance", "pension", "payment",
                           "money", "reward", "prize", "title", "medal", "trophy", "seat", "ownership", "land",
                           "territory", "expense", "inheritance", "relief", "subsidy", "grant", "status"})
#: verbs whose infinitive complement is reported content ("vowed to fight on")
_INTENT_VERBS = frozenset({"vow", "pledge", "promise", "threaten", "urge", "ask", "demand", "warn", "call", "tell",
                           "encourage", "instruct", "implore", "advise"})
#: verbs of judging whose object and its "of"/"for" phrase are what is said ("accused the board of
#: lying", "praised the firefighters for their courage")
_CHARGE_VERBS = {"accuse": ("of",), "criticize": ("for",), "blame": ("for", "on"), "praise": ("for",),
                 "condemn": ("for",), "commend": ("for",), "applaud": ("for",), "chide": ("for",), "scold": ("for",),
                 "rebuke": ("for",), "blast": ("for",), "slam": ("for",), "lambaste": ("for",), "hail": ("for",),
                 "laud": ("for",), "denounce": ("for",), "fault": ("for",), "thank": ("for",)}
#: "asked not to be named / identified / quoted"
#: verbs that refuse to speak ("declined to predict ...", "refused to say whether ..."): no statement
_REFUSING = frozenset({"decline", "refuse"})
#: verbs that ask someone else to speak ("asked the council to declare that ..."): the speaking is only
#: asked for, the request itself is the statement
_REQUESTING = frozenset({"ask", "urge", "tell", "call", "demand", "request", "invite", "encourage", "order", "press",
                         "implore", "beg", "instruct", "pressure", "persuade", "challenge"})
#: conjunctions of time that open an adverbial clause, not what a passive reporting verb reports
#: ("the leak was not reported when the ship docked")
_TIME_MARKS = frozenset({"when", "while", "after", "before", "until", "till", "once", "as", "since"})
#: sources cited as evidence ("cited internal documents", "citing figures from ..."): what is cited
#: is where something comes from, not what is said
_CITED_SOURCES = frozenset({"document", "source", "statistic", "data", "record", "file", "paper", "datum"})

_ANONYMITY = frozenset({"name", "identify", "quote", "cite", "disclose"})
#: "asked to remain anonymous", "requested anonymity": also conditions of the interview
_UNNAMED = frozenset({"anonymous", "unnamed", "unidentified", "nameless", "anonymity"})
#: adverbs that may stand before the word opening an embedded question ("know exactly what ...")
_WH_ADVERBS = frozenset({"exactly", "precisely", "just", "really", "quite", "fully", "yet", "still", "even"})
#: verbs whose finite clause after them is what is said, however the parser hangs it
_SAY_LIKE = frozenset({"say", "tell", "add", "insist", "argue", "claim", "warn", "write", "report", "announce"})
_SUBJ = ("nsubj", "nsubjpass", "csubj")
_CLIMB = ("xcomp", "advcl", "conj", "pcomp", "prep", "acl", "ccomp", "relcl", "dep", "parataxis", "dobj", "pobj", "npadvmod")


@dataclass
class Cue:
    """A reporting verb (or "according to") with its speaker and reported content."""

    #: token index of the verb ("according" for "according to")
    i: int
    start: int
    end: int
    text: str
    #: speech, cognition or according
    cls: str
    #: token index of the speaker's head (None when the parse gives no subject)
    speaker_i: int | None = None
    #: char span of the reported content (indirect speech), None when there is none
    content: tuple[int, int] | None = None
    #: sentence span (chars)
    sent: tuple[int, int] = (0, 0)
    #: the second half of a content that the cue splits ("The museum, he said, celebrated ...")
    content2: tuple[int, int] | None = None
    #: char span of the author's name in an embedded post's signature (cue class "post")
    author: tuple[int, int] | None = None


def _predicate_subject(noun: Any) -> Any:
    """'Trump ... is a serial liar, xenophobe and birther who pledged ...': a relative clause on
    a predicate noun speaks of the copula's subject."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "attr":
        for ch in first.head.children:
            if ch.dep_ in ("nsubj", "nsubjpass"):
                return ch
        cop = first.head
        if cop.dep_ == "conj":  # "incites violence and is a liar": the first verb's subject
            for ch in cop.head.children:
                if ch.dep_ in ("nsubj", "nsubjpass"):
                    return ch
    return noun


def _who_person(noun: Any) -> Any:
    """'Jo Lund, a management expert at Ostland University, who stated ...': "who" is a person; the
    parser may hang the clause on the place or organisation at the end of a description, so the
    person that description belongs to is climbed to."""
    cur = noun
    for _ in range(5):
        if cur.ent_type_ == "PERSON" or (cur.pos_ == "NOUN" and (cur.lemma_.lower() in PERSON_NOUNS
                                                                 or cur.lemma_.lower() in ROLE_NOUNS)):
            if cur.i == noun.i:
                return noun
            break
        if cur.ent_type_ not in ("ORG", "GPE", "LOC", "FAC") or cur.dep_ not in ("pobj", "appos", "compound") \
                or cur.head.i == cur.i:
            return noun
        cur = cur.head
        if cur.pos_ == "ADP":
            cur = cur.head
    else:
        return noun
    while cur.dep_ == "appos" and cur.head.ent_type_ == "PERSON":  # "Jo Lund, a management expert at ..."
        cur = cur.head
    return cur


def _person_before(verb: Any, subj: Any) -> Any | None:
    """'Jo Lind, head of Local 9, Steel Workers union said ...', 'Jo Lind, the president of the
    Steel Workers said ...': the parser made the last description the subject and hung the
    name before it elsewhere on the verb; the named person speaks."""
    if subj.pos_ != "NOUN" or subj.i > verb.i or subj.left_edge.i < 2:
        return None
    sd = subj.doc
    if sd[subj.left_edge.i - 1].text != ",":
        return None
    for c in verb.children:
        if c.i >= subj.left_edge.i or c.dep_ not in ("nsubj", "dep", "npadvmod", "appos") or c.ent_type_ != "PERSON" \
                or c.pos_ != "PROPN":
            continue
        between = sd[c.i + 1 : subj.left_edge.i]
        if all(t.is_punct or (c.left_edge.i <= t.i <= c.right_edge.i) for t in between) \
                and not any(t.pos_ in ("VERB", "AUX") for t in between):
            return c
    return None


def subject_of(tok: Any) -> Any | None:
    """The subject of a verb, climbing through participles and coordinations ("hastened to add",
    "by saying", "and said"); a relative pronoun gives the noun it refers to."""
    cur = tok
    for _ in range(5):
        # the subject nearest the verb ("The museum, Mayor Diaz said, ..." has two)
        for ch in sorted(cur.children, key=lambda c: abs(c.i - cur.i)):
            if ch.dep_ in _SUBJ and ch.ent_type_ not in ("DATE", "TIME"):
                if ch.lower_ in RELATIVES and not ch.text.isupper():  # ("WHO say ...": an abbreviation)
                    rel = ch.head
                    while rel.dep_ != "relcl" and rel.head.i != rel.i:
                        rel = rel.head
                    if rel.dep_ != "relcl":
                        return None
                    head = rel.head
                    return _predicate_subject(_who_person(head) if ch.lower_ == "who" else head)
                return _person_before(cur, ch) or ch
        if cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ == "VBG" and (
                cur.head.ent_type_ in ("PERSON", "ORG") or cur.head.lower_ in ("he", "she", "they")
                or (cur.head.pos_ == "NOUN" and cur.head.lemma_.lower() not in MEDIUM_NOUNS and (
                    cur.head.lemma_.lower() in PERSON_NOUNS or cur.head.lemma_.lower() in ROLE_NOUNS
                    or cur.head.lemma_.lower() in ORG_NOUNS)))):
            # "footage of the senator asking, ...": the one named before the participle;
            # "in reply to critics saying that ...": the critics, not the main clause's subject
            return cur.head
        if cur.dep_ == "pcomp" and cur.head.lower_ == "from" and cur.head.head.pos_ in ("VERB", "AUX"):
            # "laws banning migrants from claiming ...", "stopped her from saying": the object does it
            obj = next((c for c in cur.head.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        if cur.dep_ in _CLIMB and cur.head.i != cur.i:
            cur = cur.head
        else:
            return None
    return None


def _companion(tok: Any) -> bool:
    """'Ms. Ode, along with Mr. Lund, ...', 'together with the mayor', 'alongside his lawyer': a
    person named in a phrase of company is not the subject the clause is about."""
    for anc in tok.ancestors:
        if anc.dep_ != "prep":
            continue
        if anc.lower_ == "alongside" or (anc.lower_ == "with" and anc.head.lower_ in ("along", "together")):
            return True
    return False


def _said_and_noted(verb: Any, verbs: dict[str, str]) -> Any | None:
    """'Ms. Ruiz said that the delay stemmed from the rain, and noted the crews were ready', 'Ms. Ruiz told
    them the news was troubling, before noting that ...': a reporting verb with no subject of its own
    that the parser hung on a verb of another cue's reported clause (coordinated, or an adverbial
    participle) belongs with that cue, and has its subject."""
    if verb.dep_ not in ("conj", "advcl", "pcomp") or any(c.dep_ in _SUBJ for c in verb.children):
        return None
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "her son had phoned her to ask if ...": an infinitive of purpose is the son's
    head = verb.head
    if verb.dep_ == "pcomp":  # "..., before noting that ...": through the preposition
        head = head.head
    if head.dep_ != "ccomp" or verbs.get(head.lemma_.lower()) is not None or head.head.i == head.i:
        return None
    outer = head.head
    return subject_of(outer) if verbs.get(outer.lemma_.lower()) == "speech" else None


def _after_relative(verb: Any) -> Any | None:
    """'Ms. Ode, whose son died in jail, called on ...': a verb after a comma that the parser
    coordinated with a relative clause (no "and" between) is the main verb of the noun the
    clause hangs on."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "relcl" or any(c.dep_ in _SUBJ for c in verb.children):
        return None
    if any(c.dep_ in ("cc", "preconj") and head.i < c.i < verb.i for c in head.children):
        return None
    sd = verb.doc
    return head.head if verb.i > 0 and sd[verb.i - 1].text == "," or sd[verb.left_edge.i - 1].text == "," else None


def _inverted_subject(sd: Any, verb: Any, inside_quote: Any) -> Any | None:
    """'"...," said Michael Oppenheimer, a professor': the name right after the verb."""
    if verb.i == 0 or not (sd[verb.i - 1].is_punct or sd[verb.i - 1].is_quote):
        return None
    best = None
    for t in sd[verb.i + 1 : verb.i + 6]:
        if inside_quote(t.idx) or t.is_punct and best is not None:
            break
        if t.ent_type_ in ("DATE", "TIME"):
            if best is not None:
                break
            continue  # '"...," said Friday the minister' / 'said Thursday morning'
        if best is None and (t.pos_ in ("SCONJ", "VERB", "AUX", "ADP", "PART") or t.lower_ == "that"):
            break  # 'said that, once the crowd had left ...': the reported clause, no name after the verb
        if t.pos_ in ("PROPN", "NOUN") or (t.pos_ == "PRON" and best is None and t.lower_ in ("he", "she", "they", "it")):
            best = t
            if t.pos_ == "PRON":
                break
        elif best is not None:
            break
    return best


def _preposed_name(sd: Any, verb: Any, inside_quote: Any) -> Any | None:
    """'"Go register," Trump implored.': a capitalised name between a closing quote and the verb,
    which the parser may have taken for a verb of its own."""
    k = verb.i - 1
    last = k
    while k >= 0 and not inside_quote(sd[k].idx) and (sd[k].is_title or sd[k].is_upper) and sd[k].is_alpha:
        k -= 1
    if k == last or k < 0 or verb.i - k > 5:
        return None
    before = sd[k]
    if not (before.is_quote or (before.text == "," and k > 0 and sd[k - 1].is_quote)):
        return None
    return sd[last]


_QUOTING = frozenset({"quote", "quoted", "quotes", "quoting", "cite", "cited", "cites", "citing"})


def _passive_agent(verb: Any) -> Any | None:
    """'The phone was praised by Jobs as "the biggest leap"': the agent of a passive reporting
    verb speaks, not its subject; so does that of a bare participle opening its sentence ('Posted
    by Jo Lind on Facebook: "..."'; not "an attack claimed by a group that ...")."""
    if not any(c.dep_ == "auxpass" for c in verb.children) and not (
            verb.tag_ == "VBN" and verb.i == verb.sent.start and not any(c.dep_ == "aux" for c in verb.children)):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _quoted_as(sd: Any, verb: Any) -> Any | None:
    """'Local newspapers quote Mayor Salinas as saying ...': the one quoted speaks, not the
    medium that quotes (the object of "quote"/"cite" before "as")."""
    as_ = verb.head
    if verb.dep_ not in ("pcomp", "advcl") or as_.lower_ != "as":
        return None
    for j in range(as_.i - 1, max(as_.sent.start, as_.i - 15) - 1, -1):
        if sd[j].lower_ in _QUOTING:
            if any(c.dep_ == "auxpass" for c in sd[j].children):
                # "She was quoted by the Times as saying ...": the passive's subject is quoted
                done = next((c for c in sd[j].children if c.dep_ == "nsubjpass"), None)
                if done is not None:
                    return done
            objs = [t for t in sd[j + 1 : as_.i] if t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN", "PRON")]
            if objs:
                return objs[0]
            names = [t for t in sd[j + 1 : as_.i] if t.pos_ == "PROPN"]
            return names[-1] if names else None
    return None


def _wordlike(t: Any) -> bool:
    """A word, an initial or an abbreviated title ("Sen.", "G.K.", "O'Neil")."""
    return t.text.replace(".", "").replace("'", "").replace("’", "").replace("-", "").isalpha()


def _after_close(sd: Any, verb: Any, inside_quote: Any) -> Any | None:
    """'"...," Trump, 70, told CNN's Dana Bash': the name that stands between a closing mark and
    the verb (with no other verb between), however the parser hangs it."""
    k = verb.i - 1
    while k >= 0 and verb.i - k <= 12 and not sd[k].is_quote and not inside_quote(sd[k].idx):
        if sd[k].pos_ in ("VERB", "AUX") or "\n" in sd[k].text:
            return None
        k -= 1
    if k < 0 or k >= verb.i - 1 or not sd[k].is_quote or not inside_quote(sd[k].idx - 1):
        return None
    for t in sd[k + 1 : verb.i]:
        if t.is_punct or t.pos_ in ("DET", "ADV") or t.ent_type_ in ("DATE", "TIME"):
            continue
        if t.pos_ == "PRON" and t.lower_ in ("he", "she", "they", "it"):
            return t
        if _wordlike(t) and (t.pos_ in ("PROPN", "NOUN") or t.is_title):
            while t.i + 1 < verb.i and _wordlike(sd[t.i + 1]) and (sd[t.i + 1].pos_ == "PROPN" or sd[t.i + 1].is_title):
                t = sd[t.i + 1]
            return t
        return None
    return None


def _edges(tok: Any) -> tuple[int, int]:
    """Char span of a token's subtree."""
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right.text)


def _trim_content(text: str, s: int, e: int) -> tuple[int, int]:
    """Strip spaces and punctuation at the edges of a content span (keeps quote marks out too)."""
    junk = " \t\n,;:—–-"
    while s < e and text[s] in junk:
        s += 1
    while e > s and text[e - 1] in junk:
        e -= 1
    return s, e


def _ccomps(verb: Any) -> list[Any]:
    """The verb's clausal complements, the likeliest reported clause first: one opened by "that",
    then one after the verb ("Writing for ... that all agreed Pence won, X noted that ...": the
    parser may hang the opening clause on the verb too)."""
    comps = [ch for ch in verb.children if ch.dep_ == "ccomp" and ch.pos_ in ("VERB", "AUX", "ADJ", "NOUN", "PROPN", "PRON")]
    if len(comps) < 2:
        return comps
    return sorted(comps, key=lambda c: (not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children), c.i < verb.i))


#: verbs of perceiving, whose complement may be a thing seen or heard happen, not a claim
_PERCEPTION = frozenset({"hear", "see", "watch", "witness", "notice", "observe"})


def _small_clause(comp: Any) -> bool:
    """'hear me speak', 'watch us play': a bare infinitive or a participle with no aux or mark of
    its own whose subject is the writer or the reader is the perceiver's own sight or hearing of
    them, not a claim ("heard that he left" stays; so does "saw the driver get out of the car",
    a witness's account, which PolNeAR annotates)."""
    if comp.pos_ not in ("VERB", "AUX") or comp.tag_ not in ("VB", "VBG"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in comp.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("me", "us", "you") for c in comp.children)


def _lost_subject(verb: Any, comp: Any, s: int) -> int:
    """'agreed our first duty must be ...': the parser took the clause's subject for the verb's
    object and left the clause without one; the content starts at that object."""
    if comp.i < verb.i or any(c.dep_ in _SUBJ or c.dep_ in ("expl", "mark") for c in comp.children):
        return s
    if not any(c.dep_ == "aux" and c.tag_ == "MD" or c.tag_ in ("VBD", "VBZ", "VBP") for c in [comp, *comp.children]):
        return s  # ("told them to leave", "urged him to stay": no tensed clause of its own)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < comp.i), None)
    if obj is None or obj.right_edge.i + 1 != comp.left_edge.i or obj.ent_type_ == "PERSON" \
            or obj.lower_ in ("me", "him", "her", "us", "them", "you") \
            or obj.lemma_.lower() in PERSON_NOUNS or obj.lemma_.lower() in ROLE_NOUNS \
            or any(t.dep_ in ("relcl", "acl") for t in obj.subtree):
        return s  # ("told a voter who asked ...": the one told)
    return min(s, obj.left_edge.idx)


def _content(sd: Any, verb: Any, text: str) -> tuple[int, int] | None:
    """The reported clause of a reporting verb: its clausal complement ("that ...")."""
    comps = _ccomps(verb)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive:
        # "the leak was not reported when the ship docked": a time clause, not what is reported
        comps = [ch for ch in comps if ch.left_edge.lower_ not in _TIME_MARKS]
    if verb.lemma_.lower() in _PERCEPTION:
        comps = [ch for ch in comps if not _small_clause(ch)]
    for ch in comps:
        s, e = _edges(ch)
        # "..., X said, adding that ..." : the complement never swallows the verb itself
        if s <= verb.idx < e:
            if ch.i < verb.i:
                e = verb.left_edge.idx
            else:
                s = verb.idx + len(verb.text)
        s = _lost_subject(verb, ch, s)
        s, e = _trim_content(text, s, e)
        if e - s >= 3:
            if ch.i > verb.i:  # "said that A, that B and that C": the complements after the verb together
                e = max([e] + [_trim_content(text, *_edges(o))[1] for o in comps if o.i > ch.i])
            return s, e
    if verb.lemma_.lower() in _SAY_LIKE:
        # "Trump said after the convention he would not accept ...": a clause parsed as an adverbial
        for ch in verb.children:
            if ch.dep_ == "advcl" and ch.i > verb.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in ch.children) \
                    and not any(c.dep_ == "mark" for c in ch.children) and not (passive and ch.left_edge.lower_ in _TIME_MARKS and ch.left_edge.dep_ in ("advmod", "mark")) \
                    and not (ch.left_edge.lower_ in _SUBORDINATORS and ch.left_edge.dep_ in ("advmod", "mark")
                             and any(t.is_quote for t in verb.doc[verb.sent.start : verb.i])):
                # (not '"Next summer," he would say when my mother asked ...': a time clause)
                s, e = _trim_content(text, *_edges(ch))
                if e - s >= 3:
                    return s, e
    hung = _hung_that_clause(verb) if verb.lemma_.lower() in _SAY_LIKE else None
    if hung is not None:
        s, e = _trim_content(text, *_edges(hung))
        if e - s >= 3:
            return s, e
    obj_content = _object_content(verb, text)
    if obj_content is not None:
        return obj_content
    # 'said the difference ... is "pretty remarkable"': a clause the parser took for an object
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if verb.lemma_.lower() == "say" and obj is not None and obj.pos_ in ("NOUN", "PROPN") and any(
            t.tag_ in ("VBZ", "VBD", "VBP", "MD") and t.dep_ not in ("relcl", "acl") for t in obj.subtree):
        s, e = _trim_content(text, *_edges(obj))
        if e - s >= 3:
            return s, e
    # "called the invasion illegal": a verb of naming with an object complement
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    comp = next((c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.i > verb.i), None)
    oprds = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
    if obj is None and len(oprds) >= 2 and verb.dep_ not in ("acl", "amod"):
        # 'called the agency chief "the biggest obstacle"': parsed as two complements (not "a program called ...")
        obj, comp = oprds[0], oprds[-1]
    if obj is not None and comp is not None and verb.lemma_.lower() == "call" and _given_name(comp):
        return None  # "we all called her The Rocket": a name given, not a statement about him
    if obj is not None and comp is not None and verb.lemma_.lower() == "call" \
            and not (comp.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in comp.children)):
        # (not "called the shop to complain": a phone call)
        end = _edges(comp)[1]
        for c in verb.children:  # "... illegal under international law", up to a comma
            if c.i > comp.i and c.dep_ == "punct":
                break
            if c.i > comp.i and c.dep_ == "prep":
                end = _edges(c)[1]
        s, e = _trim_content(text, obj.left_edge.idx, end)
        if e - s >= 3:
            return s, e
    return None


#: how a noun after the verb hangs under it: object, preposition, its object
_AFTER_VERB = ("dobj", "dative", "prep", "pobj", "npadvmod")


def _hung_that_clause(verb: Any) -> Any | None:
    """'told me after the show that the cast had rewritten ...', 'said in a note to staff that the
    office would close': a clause opened by "that" with a subject of its own that the parser hung
    on a noun of the verb's object or prepositional phrase (as a relative clause) is what is said."""
    for t in verb.subtree:
        if t.i <= verb.i or t.dep_ not in ("acl", "relcl") or t.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children) \
                or not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        up = t.head
        if up.lemma_.lower() in MEDIUM_NOUNS:
            continue  # ("in a statement that ...": left to the noun; GUM marks no such clause)
        if any(w.lower_ in ("so", "such") for w in up.subtree if w.i < up.i):
            continue  # "tells so many jokes that ...": a clause of result, not what is told
        while up.i != verb.i and up.dep_ in _AFTER_VERB:
            up = up.head
        if up.i == verb.i:
            return t
    return None


def _given_name(comp: Any) -> bool:
    """'called her The Rocket', 'called me The Painter': an object complement that is a proper name
    (its head a proper noun and its words capitalised) names someone; "called him a liar" and
    "called the plan illegal" judge."""
    if comp.pos_ != "PROPN" or any(t.is_quote for t in comp.subtree) \
            or (comp.left_edge.i > 0 and comp.doc[comp.left_edge.i - 1].is_quote):
        return False  # (a quoted epithet, called her the "Devil", judges)
    words = [t for t in comp.subtree if t.is_alpha and t.lower_ not in ("the", "a", "an", "of")]
    return bool(words) and all(t.text[:1].isupper() for t in words)


def _object_content(verb: Any, text: str) -> tuple[int, int] | None:
    """Reported content that is not a clause: "called for an inquiry", "denied the allegations",
    "vowed to fight on"."""
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    judged = None if passive else _judged(verb, text)
    if judged is not None:
        return judged
    pick = None
    # "called the shop to complain": a phone call, not "called on the council to act"
    phoned = lemma == "call" and any(c.dep_ == "dobj" for c in verb.children) \
        and not any(c.lower_ in ("on", "for", "upon") and c.dep_ in ("prt", "prep") for c in verb.children)
    for c in verb.children:
        if c.i < verb.i:
            continue
        if lemma == "cite" and c.dep_ == "dobj" and (c.lemma_.lower() in PERSON_NOUNS or c.lemma_.lower() in ROLE_NOUNS
                                                    or c.lemma_.lower() in ("people", "person", "source", "official")):
            return None  # "citing people familiar with the matter": who is cited is a source, not what is said
        if lemma == "cite" and c.dep_ == "dobj" and _np_head(c).pos_ == "PROPN" and _np_head(c).ent_type_ in ("PERSON", "ORG") \
                and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.lemma_.lower() in _SAY_LIKE | {"according"}:
            return None  # "the paper reported, citing the mayor, Jo Park": a source named, nothing said
        if lemma == "cite" and c.dep_ == "dobj" and c.lemma_.lower() in _CITED_SOURCES \
                and not any(t.dep_ in ("acl", "relcl", "ccomp") for t in c.children):
            return None  # "cited internal documents from the port authority": a source named, nothing said
        if lemma == "call" and c.dep_ == "prep" and c.lower_ in ("for", "on") and c.i == verb.i + 1 \
                and not any(t.ent_type_ in ("DATE", "TIME") for t in c.children):  # not "called the plan X on Monday"
            pick = c  # "called for a ceasefire", "called on the UN to act"
            break
        if lemma == "claim" and c.dep_ == "dobj" and c.lemma_.lower() in _ENTITLEMENTS:
            return None  # "claiming asylum", "claimed the prize": something asked for or won, not a statement
        if (lemma in _OBJECT_VERBS or (lemma in _SPEAKER_OBJECT_VERBS and _claimant(verb))) and c.dep_ == "dobj" \
                and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ != "PERSON" \
                and not passive:  # "were denied visas": a second object, not what is said
            pick = c
            break
        if lemma in _INTENT_VERBS and c.dep_ == "xcomp" and not phoned:
            if c.lemma_.lower() in _ANONYMITY and any(a.dep_ == "auxpass" for a in c.children):
                return None  # "asked not to be named": a condition of the interview, not a statement
            if any(t.lower_ in _UNNAMED for t in c.subtree):
                return None  # "asked to remain anonymous", "asked for anonymity": likewise
            pick = c
            break
    if pick is None:
        return None
    s, e = _edges(pick)
    if pick.dep_ == "prep":  # "on X to Y": the infinitive is a sibling or a child of the object
        s = next((t.left_edge.idx for t in pick.subtree if t.dep_ == "pobj"), s)  # "for [an independent inquiry]"
        for c in verb.children:
            # (an infinitive the parser hung as an adverbial clause: "called on the board to resign")
            if c.i > pick.i and (c.dep_ == "xcomp" or (c.dep_ == "advcl" and pick.lower_ in ("on", "upon") and any(
                    a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children))):
                e = max(e, _edges(c)[1])
    elif pick.dep_ == "dobj":
        # "mentioned the remarks he had made as examples of ...": what follows the object up to a
        # comma belongs to it (the parser may hang a relative clause or an "as" phrase on the verb)
        for c in sorted(verb.children, key=lambda c: c.i):
            if c.i <= pick.i:
                continue
            if c.dep_ in ("punct", "cc", "conj") or c.ent_type_ in ("DATE", "TIME"):
                break
            if c.dep_ in ("prep", "relcl", "acl", "ccomp", "advcl", "oprd"):
                e = max(e, _edges(c)[1])
    s, e = _trim_content(text, s, e)
    return (s, e) if e - s >= 3 else None


def _claimant(verb: Any) -> bool:
    """'Ms. Ode claimed a record harvest': a name, a person or organisation noun or a pronoun (not
    "you"), not a thing ("the storm claimed ten lives") nor a participle on a noun ("people
    claiming benefits")."""
    if verb.dep_ in ("acl", "amod"):  # "Ms. Ode condemning ...", not "people claiming benefits"
        head = verb.head  # ("a statement condemning ...": the statement's issuer, found later)
        return head.ent_type_ in ("PERSON", "ORG") or head.pos_ == "PROPN" or head.lemma_.lower() in _SPEECH_NOUNS \
            or head.lemma_.lower() in MEDIUM_NOUNS
    subj = subject_of(verb)
    if subj is None:
        return verb.tag_ == "VBG"  # "..., condemning the attack": the speaker is found later
    lemma = subj.lemma_.lower()
    return subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subj.pos_ == "PROPN" \
        or subj.lower_ in ("he", "she", "they", "we", "i") \
        or lemma in PERSON_NOUNS or lemma in ROLE_NOUNS or lemma in ORG_NOUNS or lemma in agent_nouns()


def _judged(verb: Any, text: str) -> tuple[int, int] | None:
    """'described the plan as "a disaster"', 'accused the board of lying': the object of a verb of
    saying or judging with its "as" phrase (any verb of saying) or its "of"/"for" phrase (verbs of
    judging) is the reported content, object included."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if obj is None:
        return None
    lemma = verb.lemma_.lower()
    preps = _CHARGE_VERBS.get(lemma, ())
    saying = speech_verbs().get(lemma) == "speech"
    phrase = None
    for c in (*verb.children, *obj.children):
        # "as" after a verb of saying ("such as" lists)
        as_ = c.lower_ == "as" and saying and not any(t.lower_ == "such" for t in c.children)
        if c.dep_ == "prep" and c.i > obj.i and (as_ or c.lower_ in preps) \
                and any(t.dep_ in ("pobj", "pcomp") for t in c.children):
            if phrase is None or c.i < phrase.i:
                phrase = c
    if phrase is None:
        return None
    s, e = _trim_content(text, obj.left_edge.idx, _edges(phrase)[1])
    return (s, e) if e - s >= 3 else None


def _trailing_cue(verb: Any) -> bool:
    """'The ferry will not sail this winter, the harbour master told the paper.': a reporting verb
    with its own subject after a comma, coordinated with the clause before it and reporting
    nothing after it (the parser makes it a conjunct)."""
    if verb.dep_ not in ("conj", "advcl") or verb.head.i >= verb.i or verb.lemma_.lower() not in _SAY_LIKE:
        return False
    if verb.dep_ == "advcl" and any(c.dep_ in ("mark", "aux", "auxpass", "neg") or c.tag_ in ("WRB", "WDT") for c in verb.children):
        return False  # "..., as the paper reported", "..., before the paper had reported": not a trailing cue
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subj is None or subj.left_edge.i == 0:
        return False
    sd = verb.doc
    if sd[subj.left_edge.i - 1].text != "," or any(c.dep_ in ("cc", "preconj") for c in verb.head.children if c.i < verb.i and c.i > verb.head.i):
        return False
    return not any(c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > verb.i and c.lower_ not in _RELAYING for c in verb.children)


#: participles by which a medium passes on another's words ("the paper reported, quoting the mayor")
_RELAYING = frozenset({"quoting", "citing"})


def _relay_source(verb: Any) -> Any | None:
    """'The bridge will reopen, the Herald reported, quoting the mayor, Jo Park.': the one a medium
    quotes speaks, the medium only carries the words; "citing" passes them on only from someone
    named ("citing the mayor, Jo Park", not "citing people familiar with the talks" or "citing
    higher costs")."""
    near = list(verb.children)
    if verb.dep_ in ("parataxis", "conj", "advcl"):  # (hung on the clause the cue comments on)
        near += [c for c in verb.head.children if c.i > verb.i]
    for c in near:
        if c.dep_ not in ("advcl", "xcomp", "conj", "dep") or c.lower_ not in _RELAYING:
            continue
        obj = next((o for o in c.children if o.dep_ in ("dobj", "pobj")), None)
        if obj is None:
            return None
        obj = _np_head(obj)
        if obj.pos_ != "PROPN":  # "quoting the mayor, Jo Park": the name the parser hung apart
            obj = next((o for o in c.children if o.i > obj.i and o.pos_ == "PROPN" and o.ent_type_ == "PERSON"
                        and obj.doc[obj.right_edge.i + 1].text == "," and o.left_edge.i == obj.right_edge.i + 2), obj)
        if c.lower_ == "quoting" or (obj.pos_ == "PROPN" and obj.ent_type_ in ("PERSON", "ORG")):
            return obj
    return None


def _appositive_report(verb: Any, text: str) -> tuple[Any, tuple[int, int]] | None:
    """'The minister will resign, the Ostland Herald newspaper reported on Monday.': a trailing cue the
    parser read as a participle on a noun it set in apposition to the subject; the noun reports the
    clause before it."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.lemma_.lower() not in ("report", "say") or noun.i >= verb.i \
            or noun.dep_ not in ("appos", "dobj", "conj", "npadvmod", "attr") \
            or not (noun.pos_ == "PROPN" or noun.lemma_.lower() in OUTLET_NOUNS | ORG_NOUNS | PERSON_NOUNS | ROLE_NOUNS) \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "auxpass") for c in verb.children):
        return None
    first = noun.left_edge
    if first.i <= verb.sent.start or verb.doc[first.i - 1].text != "," or verb.sent.root.i > first.i:
        return None  # (a noun set off after the main clause, not "the ferry, the paper reported, ...")
    s, e = _trim_content(text, verb.sent.start_char, verb.doc[first.i - 1].idx)
    return (noun, (s, e)) if e - s >= 3 else None


def _parenthetical(verb: Any, text: str) -> list[tuple[int, int]]:
    """'The museum, Mr. Bush said, celebrated ...': the clause around a parenthetical cue, in
    its two halves (either may be empty); 'The ferry will not sail, the harbour master said.':
    the clause before a trailing cue."""
    if verb.dep_ != "parataxis" and not _trailing_cue(verb):
        return []
    head = verb.head
    if head.pos_ not in ("VERB", "AUX"):
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return []  # "His group, called the Fund, will ...": a participle naming a thing
        head = verb.sent.root  # "The cost now, she said, is that ...": hung on a noun by the parser
    if head.i == verb.i:
        return []
    hs, he = _edges(head)
    subj = subject_of(verb)
    vs = subj.left_edge.idx if subj is not None and subj.head.i == verb.i and subj.i < verb.i else verb.idx
    ve = _edges(verb)[1]  # after the cue's own words ("she told me on Friday")
    if verb.dep_ == "conj":
        he = vs
    out = []
    for s, e in ((hs, vs), (ve, he)):
        s, e = _trim_content(text, s, e)
        if e - s >= 3 and not _topic_phrase(verb.doc, (s, e)) and text[s:e].split(" ", 1)[0].lower() not in _RELAYING:
            out.append((s, e))  # (not "..., the paper said, quoting the mayor")
    return out



def _as_said(verb: Any, text: str) -> tuple[int, int] | None:
    """'As the minister said, the plan will cost more': a clause of saying opened by "as", with its own
    subject, before the main clause reports that main clause."""
    if verb.dep_ != "advcl" or verb.i > verb.head.i or verb.lemma_.lower() not in _SAY_LIKE:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.tag_ in ("VBP", "VB") and any(c.dep_ == "nsubj" and c.lower_ in ("they", "you", "people", "one")
                                          for c in verb.children):
        return None  # "as they say in the trade, ...": a saying, nobody's statement
    s = _edges(verb)[1]
    e = _edges(verb.head)[1]
    s, e = _trim_content(text, s, e)
    return (s, e) if e - s >= 3 else None


def _topic_phrase(sd: Any, span: tuple[int, int]) -> bool:
    """'Of the new plan, she said, "..."': a prepositional phrase with no verb before a cue names what
    is spoken about, it is not what is said."""
    toks = sd.char_span(span[0], span[1], alignment_mode="expand")
    return toks is not None and len(toks) > 0 and toks[0].pos_ == "ADP" and toks[0].lower_ in ("of", "on", "about", "regarding") \
        and not any(t.pos_ in ("VERB", "AUX") for t in toks)


def _according(sd: Any, tok: Any, text: str) -> Cue | None:
    """'according to X': X speaks, the rest of the sentence is the content."""
    nxt = sd[tok.i + 1] if tok.i + 1 < len(sd) else None
    if nxt is None or nxt.lower_ != "to":
        return None
    pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    sent = tok.sent
    phrase_s = tok.idx
    phrase_e = _edges(pobj)[1] if pobj is not None else nxt.idx + 2
    if tok.dep_ == "ROOT" and pobj is not None:
        # the parse found no main verb ("According to host Dan Pryor, the move reeks of ..." with
        # "reeks" taken for a noun): the phrase ends at the first comma after its source
        comma = next((t for t in sd[pobj.i + 1 : tok.sent.end] if t.text == ","), None)
        if comma is not None:
            phrase_e = min(phrase_e, comma.idx)
    s0, e0 = sent.start_char, sent.end_char
    if text[phrase_e:e0].strip() in ("", ",") and sent.end < len(sd) and "\n" not in text[phrase_e : sd[sent.end].idx]:
        # "According to radio host Dan Pryor, the move ...": the parser ended the sentence at the comma
        e0 = sd[sent.end].sent.end_char
    left = _trim_content(text, s0, phrase_s)
    right = _trim_content(text, phrase_e, e0)
    source = pobj
    quoter = next((c for c in pobj.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() == "quote"
                   and not any(a.dep_ == "auxpass" for a in c.children)), None) if pobj is not None else None
    quoted = next((o for o in quoter.children if o.dep_ == "dobj"), None) if quoter is not None else None
    if quoted is not None:
        source = _np_head(quoted)  # "according to the paper, which quoted the mayor, ...": the mayor
    relay = _relayed(sd, right)
    if relay is not None:
        # "According to the agency, quoting the ministry, the troops ...": the one quoted is the source,
        # the agency only carries it
        source, right = relay[0], _trim_content(text, relay[1], right[1])
    named = _appositive_name(sd, pobj, right[0]) if relay is None else None
    if named is not None:
        # "According to the team's coach, Maria Lenz, the boat ...": the name the parser left out of
        # the phrase is the source and no part of what is said
        source, right = named, _trim_content(text, named.idx + len(named.text) + 1, right[1])
    lead = text[right[0] : right[1]].split(" ", 1)[0].lower()
    if lead in ("and", "but"):  # "..., according to X, and B fell": the conjunction is not said
        right = _trim_content(text, right[0] + len(lead), right[1])
    content, other = (right, left) if right[1] - right[0] > left[1] - left[0] else (left, right)
    if content[1] - content[0] < 3:
        return None
    # "A rose 5 percent, according to the agency, and B fell 2 percent": both halves are the source's
    content2 = other if len(text[other[0] : other[1]].split()) >= 3 and _informative(sd, other) else None
    return Cue(tok.i, tok.idx, nxt.idx + len(nxt.text), text[tok.idx : nxt.idx + len(nxt.text)], "according",
               source.i if source is not None else None, content, (s0, e0), content2)


def _appositive_name(sd: Any, source: Any, start: int) -> Any | None:
    """The last token of a person's name that opens the text at ``start`` and ends at a comma,
    after a source that is a role or person noun, not a name ("the coach, Maria Lenz, ...")."""
    if source is None or source.ent_type_ == "PERSON" or source.pos_ == "PROPN" or not (
            source.lemma_.lower() in PERSON_NOUNS or source.lemma_.lower() in ROLE_NOUNS):
        return None
    tok = next((t for t in sd[source.i + 1 : source.i + 4] if t.idx >= start), None)
    if tok is None or tok.idx != start or tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B":
        return None
    end = tok
    while end.i + 1 < len(sd) and sd[end.i + 1].ent_type_ == "PERSON" and sd[end.i + 1].ent_iob_ == "I":
        end = sd[end.i + 1]
    if end.i + 1 >= len(sd) or sd[end.i + 1].text != ",":
        return None
    return end


def _relayed(sd: Any, span: tuple[int, int]) -> tuple[Any, int] | None:
    """'quoting the ministry, the troops ...' at the start of ``span``: the one quoted and the offset
    after the comma that closes the phrase."""
    first = sd.char_span(span[0], span[1], alignment_mode="expand")
    if first is None or len(first) < 3 or first[0].lower_ not in ("quoting", "quotes"):
        return None
    verb = first[0]
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "pobj", "nsubj", "attr")), None)
    if obj is None:
        obj = next((t for t in first[1:] if t.pos_ in ("PROPN", "NOUN") and t.head.i == verb.i), None)
    if obj is None:
        return None
    comma = next((t for t in sd[obj.right_edge.i + 1 : first.end] if t.text == ","), None)
    if comma is None or comma.i - verb.i > 25:
        return None
    return _np_head(obj), comma.idx + 1


def _np_head(tok: Any) -> Any:
    """'Ostland's state broadcaster Ostland Radio One': the last name of a chain of
    compounds and appositions (the name, not the description before it)."""
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            return c
    return tok


def _credited_to(verb: Any) -> Any | None:
    """'a quote attributed to X', 'words credited to X': X, when what is credited is something said."""
    if verb.dep_ not in ("acl", "relcl") or verb.head.lemma_.lower() not in _WORDS_SAID:
        return None
    to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return obj if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON") else None


#: words that open an adverbial clause, never a reported one
_SUBORDINATORS = frozenset({"when", "whenever", "while", "because", "although", "though", "until", "unless", "since"})


def _opens_question(text: str, span: tuple[int, int]) -> bool:
    """Whether a content opens with a word of an embedded question, after any adverb ("which ants
    ...", "exactly what the project does")."""
    for w in text[span[0] : span[1]].split()[:3]:
        w = w.lower().strip(",")
        if w in _WH:
            return True
        if w not in _WH_ADVERBS:
            return False
    return False


def _informative(sd: Any, span: tuple[int, int]) -> bool:
    """A stretch that says something: a verb, a number or a name ("By May 30" is; "On the contrary" is not)."""
    toks = sd.char_span(span[0], span[1], alignment_mode="expand")
    return toks is not None and any(t.pos_ in ("VERB", "AUX", "NUM", "PROPN") or t.like_num for t in toks)


def _noun_cue(noun: Any, text: str) -> Cue | None:
    """"Trump's claim that ...", "the allegation by X that ...": a speech noun with a that-clause."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    s, e = _trim_content(text, *_edges(clause))
    if e - s < 3:
        return None
    who = next((c for c in noun.children if c.dep_ == "poss"), None)
    if who is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        who = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if who is None:
        return None  # "the claim that ...": no one to attribute it to
    sent = noun.sent
    return Cue(noun.i, noun.idx, noun.idx + len(noun.text), noun.text, "speech", who.i if who is not None else None,
               (s, e), (sent.start_char, sent.end_char))


def _not_spoken(tok: Any, verbs: dict[str, str]) -> bool:
    """A reporting verb that reports nothing said: one refused ("declined to predict when ...",
    "refused to say whether ..."), one only asked for ("the union asked the council to declare that
    ...": the request is the statement, the declaring has not happened), and the writer's own
    impersonal comment ("it is curious to note that ...", "it is worth noting that ...",
    "needless to say")."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.i != tok.i and head.pos_ in ("VERB", "AUX"):
        hl = head.lemma_.lower()
        if hl in _REFUSING and any(c.dep_ in ("ccomp", "advcl") and c.left_edge.lower_ in _WH for c in tok.children):
            return True  # (a refusal with an object, "refused to confirm the report", still reports a stance)
        if hl in _REQUESTING and hl in verbs:
            return True
    if tok.dep_ in ("xcomp", "advcl", "pcomp", "ccomp", "acomp") and head.pos_ == "ADJ" \
            and not any(c.dep_ in _SUBJ for c in tok.children):
        if head.lower_ == "needless":
            return True
        holders = [head, head.head] if head.head.i != head.i else [head]
        return any(c.lower_ == "it" and c.dep_ in ("expl", "nsubj") for h in holders for c in h.children)
    if tok.dep_ == "xcomp" and head.lemma_.lower() == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in head.children) \
            and any(c.lower_ == "it" and c.dep_ in ("expl", "nsubj") for c in head.children):
        return True  # "it is curious to note that ...", the parser hanging "to note" on "is"
    if tok.dep_ == "pcomp" and head.lower_ == "worth" and head.head.i != head.i:
        return any(c.lower_ == "it" and c.dep_ in ("expl", "nsubj") for c in head.head.children)
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_.lower() in _INFERRING and not any(c.dep_ in _SUBJ for c in tok.children):
        # "The film is already on sale, suggesting that the rights are settled": what a fact
        # suggests, said by no one (the clause's subject is a thing, not a person or a body)
        subj = next((c for c in head.children if c.dep_ in _SUBJ), None)
        if subj is not None and subj.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE") and subj.pos_ != "PRON" \
                and not {subj.lemma_.lower(), subj.lower_} & (PERSON_NOUNS | ROLE_NOUNS | ORG_NOUNS):
            return True
    return False


#: what a fact may do to a claim without anyone saying it
_INFERRING = frozenset({"suggest", "indicate", "imply", "signal", "mean", "show", "prove", "demonstrate", "reflect"})


def _shown_thing(verb: Any) -> bool:
    """'She showed slides proving a fall in sales': a person showing something (a clause the
    parser built on a non-finite verb, with no "that" and no auxiliary) demonstrates it; "she showed
    that the figures were wrong" and "polls show ..." report a claim."""
    subj = subject_of(verb)
    if subj is None or not (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she", "they", "i", "we")):
        return False
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(comps) and all(c.tag_ in ("VBG", "VBN", "VB") and not any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children)
                               for c in comps)


#: modals of the writer's own aside ("it should be noted that ...", "it must be said ...")
_ASIDE_MODALS = frozenset({"should", "must", "can", "could", "may", "might"})


_NOBODY = frozenset({"nobody", "none", "neither", "noone"})


def _nobody(tok: Any) -> bool:
    """'No one is forecasting a strike', 'Neither of the firms would reveal the price', 'no
    official said ...': a reporting verb whose subject is nobody reports no statement."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lower_ in _NOBODY or (subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children)):
        return True
    return any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subj.children)


def _time_clause(tok: Any) -> bool:
    """'Once the result was announced the shares fell': a passive reporting verb in a clause of
    time whose subject is what was announced frames the sentence; the clause the parser hung on
    it is the main clause, not what was announced."""
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS and c.i < tok.i for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.ent_type_ != "PERSON" \
        and subj.lemma_.lower() not in PERSON_NOUNS and subj.lemma_.lower() not in ROLE_NOUNS


def _not_reporting(sd: Any, tok: Any) -> bool:
    """Words of saying that report nobody's statement: the connective "That said," ("That being
    said,", "Having said that,"); the writer's aside "it should be mentioned that ..."; what "you"
    say or note ("You'll note the shop sells ...", "could you explain what ..."), an interviewer's
    address or anyone at all; and an order to speak ("Tell me, what ...", "Let me say ...")."""
    lemma = tok.lemma_.lower()
    subj = next((c for c in tok.children if c.dep_ in _SUBJ), None)
    if lemma == "say" and subj is not None and subj.lower_ == "that" and subj.i == tok.i - 1 and subj.i == tok.sent.start \
            and tok.i + 1 < len(sd) and sd[tok.i + 1].text == ",":
        return True  # "That said, the club is ..."
    if lemma == "say" and tok.i > 0 and sd[tok.i - 1].lower_ in ("being", "having") and (
            tok.i < 2 or sd[tok.i - 2].lower_ == "that" or (tok.i + 1 < len(sd) and sd[tok.i + 1].lower_ == "that")):
        return True  # "That being said, ...", "Having said that, ..."
    if subj is not None and subj.lower_ == "it" and subj.dep_ in ("nsubjpass", "expl") \
            and any(c.dep_ == "aux" and c.lower_ in _ASIDE_MODALS for c in tok.children):
        return True  # "It should be mentioned that ...": a writer's aside
    if subj is not None and subj.lower_ == "it" and subj.dep_ in ("nsubjpass", "expl") \
            and any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children) \
            and any(c.dep_ == "ccomp" and c.i > tok.i and c.left_edge.lower_ in ("that", *_WH) for c in tok.children):
        return True  # "It was announced that ...", "It is claimed that ...": hearsay, nobody's statement
    if subj is not None and subj.lower_ == "you":
        return True  # "You'll note the shop sells ...", "could you say what ..."
    if subj is None and tok.tag_ == "VB" and tok.dep_ == "ROOT" and tok.i == tok.sent.start:
        return True  # "Tell me, what ...": an order to speak, nothing said yet
    head = tok.head
    return tok.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() == "let" and head.tag_ == "VB" \
        and not any(c.dep_ in _SUBJ or c.dep_ == "aux" for c in head.children)  # "Let me say", not "may not let them tell"


def find_cues(sd: Any, text: str, inside_quote: Any) -> list[Cue]:
    """Every reporting verb outside quoted text, with speaker head and content.

    ``inside_quote(offset)`` says whether a character lies inside quoted content.
    """
    verbs = speech_verbs()
    cues: list[Cue] = []
    for tok in sd:
        if inside_quote(tok.idx):
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _SPEECH_NOUNS:
            c = _noun_cue(tok, text)
            if c is not None:
                cues.append(c)
            continue
        if tok.lower_ == "words" and tok.i >= 2 and sd[tok.i - 1].lower_ == "the" and sd[tok.i - 2].lower_ == "in":
            # 'In the words of the prosecutor, Ana Ruiz, "..."': the quote that follows is theirs
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            src = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if src is not None:  # (the name in apposition: "of the prosecutor, Ana Ruiz,")
                src = next((c for c in src.children if c.dep_ == "appos" and c.pos_ == "PROPN"), src)
            if of is not None and src is not None and not inside_quote(src.idx):
                sent = tok.sent
                cues.append(Cue(tok.i, sd[tok.i - 2].idx, of.idx + 2, text[sd[tok.i - 2].idx : of.idx + 2], "according",
                                src.i, None, (sent.start_char, sent.end_char)))
            continue
        if tok.lower_ == "according":
            c = _according(sd, tok, text)
            if c is not None:
                cues.append(c)
            continue
        # '"...?" asked campaign manager X', '"...", added the agency'
        after_mark = tok.i > 0 and (sd[tok.i - 1].is_quote or (
            tok.i > 1 and sd[tok.i - 1].text == "," and sd[tok.i - 2].is_quote and inside_quote(sd[tok.i - 2].idx - 1)))
        # "The Department of Agriculture notes, "..."": a verb the tagger took for a plural noun, with a subject
        mistagged = tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ == "ROOT" \
            and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
        if (tok.pos_ not in ("VERB", "AUX") and tok.lower_ not in _ALWAYS and not mistagged) \
                or (tok.dep_ in ("amod", "compound") and not after_mark):
            continue
        lemma = tok.lemma_.lower()
        cls = verbs.get(lemma)
        end = tok.idx + len(tok.text)
        if lemma in PHRASAL:
            prt = next((c for c in tok.children if c.lower_ in PHRASAL[lemma] and c.i == tok.i + 1), None)
            if prt is None:
                continue
            if lemma == "put" and not (tok.i + 2 >= len(sd) or sd[tok.i + 2].is_punct or sd[tok.i + 2].is_quote):
                continue  # "as X put it, "..."", not "put it on the table"
            cls = verbs.get(f"{lemma} {prt.lower_}", "speech")
            end = prt.idx + len(prt.text)
        credited = _credited_to(tok) if lemma in ("attribute", "ascribe", "credit") else None
        if credited is not None:
            # 'a line attributed to Tolstoy: "..."': the one the words are credited to speaks
            sent = tok.sent
            cues.append(Cue(tok.i, tok.idx, end, text[tok.idx : end], "speech", credited.i, None,
                            (sent.start_char, sent.end_char)))
            continue
        if cls is None:
            continue
        if lemma == "say" and tok.dep_ == "auxpass":
            continue
        if _not_spoken(tok, verbs) or _not_reporting(sd, tok) or _nobody(tok) or _time_clause(tok):
            continue
        if tok.dep_ in ("csubj", "csubjpass") and tok.tag_ == "VBG" and verbs.get(lemma) == "cognition":
            continue  # "watching a film at home spoils ...": an act named, nobody's belief
        if lemma == "continue" and not any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) \
                and not after_mark and not _claimant(tok) and not any(inside_quote(t.idx) for t in sd[tok.i - 2 : tok.i]):
            continue  # "checks will continue": a thing goes on, nobody speaks
        if lemma in ("continue", "add", "repeat") and any(
                (c.dep_ == "xcomp" and not inside_quote(c.idx))
                or (c.dep_ == "dobj" and not inside_quote(c.idx) and not (after_mark and c.pos_ == "PROPN"))
                for c in tok.children):
            continue  # "continue to streamline", "added 300 jobs": not speech ('"...", added Jo Lind' is)
        appositive = _appositive_report(tok, text)
        quoted = _quoted_as(sd, tok) or _relay_source(tok) or (appositive[0] if appositive else None)
        subj = quoted or _passive_agent(tok) or _said_and_noted(tok, verbs) or _after_relative(tok) \
            or subject_of(tok)
        # "He has been criticized for ...", "They were denied visas": whom a passive reporting verb
        # is done to does not speak; with no agent named nobody does
        done_to = subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == tok.i
        if subj is not None and subj is not quoted and subj.head.i != tok.i and subj.i < tok.i \
                and any(c.dep_ == "auxpass" for c in tok.children) and _passive_agent(tok) is None \
                and not any(c.dep_ in _SUBJ for c in tok.children):
            done_to = True  # "was ordered to get ready ...": the subject is told
        pre = _after_close(sd, tok, inside_quote)
        if pre is not None and (subj is None or subj.i > tok.i or inside_quote(subj.idx)):
            subj = pre  # '"...," Flynn, a top Trump surrogate, said on Fox News's "Fox and Friends."'
        if subj is not None and subj.i < tok.i:
            # "the real Dred Scott, Chief Justice Roberts said,": a name in apposition right
            # before the verb is who speaks
            subj = next((c for c in subj.children if c.dep_ == "appos" and c.i == tok.i - 1 and c.pos_ == "PROPN"), subj)
        if subj is None or (inside_quote(subj.idx) and subj is not quoted):
            # ('quotes a "ministry aide" as saying': the quoted role is still the one quoted)
            subj = _inverted_subject(sd, tok, inside_quote) or _preposed_name(sd, tok, inside_quote)
        agent = _passive_agent(tok)
        as_clause = subj is not quoted and (agent is None or subj is not agent) \
            and not any(c.dep_ in _SUBJ for c in tok.children) \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        if as_clause:
            # '... is "the thinnest phone" as stated on the maker's website': the medium named there (its
            # owner speaks), never the subject of the clause the "as" phrase comments on
            subj = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "in")
                         for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in MEDIUM_NOUNS), None)
        if subj is None and not as_clause:
            root = tok.sent.root
            subj = next((c for c in root.children if c.dep_ in _SUBJ and not inside_quote(c.idx)), None)
            if subj is not None and subj.lower_ in RELATIVES and not subj.text.isupper():
                subj = None
        if subj is None and not as_clause:
            # the parse lost the subject ("In a meeting with the Post Trump said ..."): the nearest
            # person named before the verb in its sentence
            # (of several, the nearest one that is a subject: "Mr. Trump hardly clarified the
            # matter, treating Mrs. Clinton's remark ... asserting, "...")
            persons = [t for t in reversed(sd[tok.sent.start : tok.i]) if t.ent_type_ == "PERSON" and not inside_quote(t.idx)]
            if not persons and tok.i > tok.sent.start and sd[tok.i - 1].pos_ == "PROPN" and sd[tok.i - 1].is_title \
                    and sd[tok.i - 1].dep_ in ("advmod", "npadvmod", "dep", "compound", "nmod") and not inside_quote(sd[tok.i - 1].idx):
                persons = [sd[tok.i - 1]]  # "Lindqvist predicted that ...": a surname the tagger left untagged
            # (not one named only as a companion: "Ms. Ode, along with Mr. Lund, called for ...")
            persons = [t for t in persons if not _companion(t)] or persons
            subj = next((t for t in persons if t.dep_ in ("nsubj", "nsubjpass")), persons[0] if persons else None)
        if done_to:
            subj = None
        first_person = subj is not None and subj.lower_ in ("i", "we", "you")
        if cls == "cognition" and (first_person or subj is None):
            continue  # "I think ...", "to see whether ...": no one's statement
        if lemma in ("see", "hear", "witness") and subj is not None and not subj.ent_type_ and (subj.tag_ == "NN" or (
                subj.tag_ == "NNS" and not {subj.lemma_.lower(), subj.lower_} & (PERSON_NOUNS | ROLE_NOUNS | ORG_NOUNS))) \
                and subj.lemma_.lower() not in agent_nouns():
            continue  # "The finals saw two teams face off": an event or a time that "sees", no speaker
        if lemma == "see" and subj is not None and not inside_quote(subj.idx) and (
                subj.ent_type_ in ("ORG", "GPE", "LOC", "FAC") or subj.lemma_.lower() in ORG_NOUNS
                or (subj.dep_ == "appos" and subj.head.lemma_.lower() in ORG_NOUNS)
                or any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in ORG_NOUNS for c in subj.children)):
            continue  # "the firm saw its shares fall", "Spain will see 400 jobs cut": what happened to them
        sent = tok.sent
        content = appositive[1] if appositive else _content(sd, tok, text)
        naming = lemma == "know" and tok.i + 1 < len(sd) and sd[tok.i + 1].lower_ == "as"
        if naming:
            content = None  # "(also known as X)": a name, not a belief (the quoted name stays a name)
        if lemma in ("show", "demonstrate") and content is not None and _shown_thing(tok):
            content = None  # "She showed slides proving a fall ...": a thing shown, nothing claimed
        if cls == "cognition" and content is not None and _opens_question(text, content):
            content = None  # "know which ants ...", "see whether ...", "know exactly what ...": a question, not a claim
        if subj is not None and subj.lower_ == "i" and content is not None and _opens_question(text, content) and (
                lemma in ("ask", "wonder", "inquire", "enquire", "question")
                or text[content[0] : content[1]].split()[1:2] == ["to"]):
            continue  # "I asked him why he kept going", "I don't want to tell them what to feel": the writer's question
        content2 = None
        if content is None and not naming and not as_clause:
            content = _as_said(tok, text)
        if content is None and not naming:
            halves = _parenthetical(tok, text)
            content = halves[0] if halves else None
            content2 = halves[1] if len(halves) > 1 else None
        cues.append(Cue(tok.i, tok.idx, end, text[tok.idx : end], cls, subj.i if subj is not None else None,
                        content, (sent.start_char, sent.end_char), content2))
    return cues
