"""Actor and target names as a careful reader writes them (events/ARTICLES.md): a person by the
full name the article gives ("Mendes" -> "Ana Mendes"), a title by the person who holds it in
the article ("the Interior Minister" -> "Ana Mendes"), "I" and "we" inside a quotation by its
speaker, and the weapons of an unnamed attacker ("four strikes destroyed ...") by the force the
article says carried out those strikes. The span in the text stays the argument's evidence
(``actor_start``/``actor_end``); only the name is resolved.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from newsgraph.document import Document
from newsgraph.events import participants as pt
from newsgraph.events import tables
from newsgraph.records.events import Event

_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z.\-]*")
_SKIP = frozenset({"the", "a", "an", "of", "for", "and", "'s", "’s", "then", "also", "mr", "mrs", "ms", "dr"})


@dataclass
class People:
    """The article's people: canonical names, and the title words each is given."""

    names: dict[str, str] = field(default_factory=dict)  # entity id -> canonical name
    titles: dict[str, set[str]] = field(default_factory=dict)  # entity id -> title words (lower case)
    first: dict[str, int] = field(default_factory=dict)  # entity id -> first mention offset
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # PERSON mentions (start, end, entity id)


def people(doc: Document) -> People:
    out = People()
    for e in doc.get("entities"):
        if e.label == "PERSON":
            out.names[e.id] = e.name
    text = doc.text
    for m in doc.get("mentions"):
        if m.label != "PERSON" or not m.entity_id or m.block not in ("paragraph", "headline", "caption"):
            continue
        out.mentions.append((m.start, m.end, m.entity_id))
        out.first.setdefault(m.entity_id, m.start)
        words = set()
        before = _TITLE_WORD.findall(text[max(0, m.start - 50) : m.start])[-4:]
        # the capitalised title run right before the name ("Interior Minister Ana Mendes",
        # "Minister for the Regions, Ana Mendes")
        for w in reversed(before):
            if not (w[:1].isupper() or w.lower() in ("of", "for", "the")):
                break
            words.add(w.lower().rstrip("."))
        # a lower-case role right before the name, with or without a comma ("the rebel commander
        # Ivo Marek", "An opposition lawmaker, Peter Kanu, said")
        lead = text[max(0, m.start - 60) : m.start].rstrip()
        lead = lead[:-1] if lead.endswith(",") else lead
        lead = re.split(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])[.;:!?\n]", lead)[-1]  # this sentence's words ("Gen." and "U.S." kept)
        if "," not in lead:
            run = _TITLE_WORD.findall(lead)[-4:]
            if run and run[-1].lower().rstrip(".") in pt.TITLES:
                for w in reversed(run):
                    if w.lower() in ("a", "an", "the") or w[:1].isupper() and w.lower().rstrip(".") not in pt.TITLES:
                        break
                    words.add(w.lower().rstrip("."))
        after = text[m.end : m.end + 80]
        if after.startswith(","):  # "Ana Mendes, the Minister for the Regions, said"
            clause = after[1:].split(",")[0]
            ws = _TITLE_WORD.findall(clause)[:6]
            # an apposition names an office ("the Minister for ...", "Ruritania's envoy"), not a
            # clause ("Ana Mendes, accused the health minister ...": the minister is someone else)
            apposition = bool(ws) and (ws[0].lower() in ("the", "a", "an") or ws[0][:1].isupper() or ws[0].lower().rstrip(".") in pt.TITLES)
            if apposition and any(w.lower().rstrip(".") in pt.TITLES for w in ws):
                words |= {w.lower().rstrip(".") for w in ws}
        for w in m.text.split()[:-1]:  # "Sen. Doherty" tagged whole
            if w.lower().rstrip(".") in pt.TITLES:
                words.add(w.lower().rstrip("."))
        if words & pt.TITLES:
            out.titles.setdefault(m.entity_id, set()).update(words - _SKIP)
    return out


def protagonist(ppl: People) -> str | None:
    """The person one article is about: named at least twice and twice as often as anyone else,
    and given a political title (a minister's statement, a profile of a leader)."""
    counts: dict[str, int] = {}
    for _s, _e, eid in ppl.mentions:
        counts[eid] = counts.get(eid, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) and ppl.titles.get(ranked[0][0]):
        return ranked[0][0]
    return None


def protagonist_span(ppl: People) -> tuple[int, int] | None:
    """The first mention of the article's protagonist (:func:`protagonist`)."""
    eid = protagonist(ppl)
    return next(((s, e) for s, e, i in ppl.mentions if i == eid), None) if eid else None


def person_at(ppl: People, start: int, end: int) -> str | None:
    """The entity id of a PERSON mention inside [start, end)."""
    for s, e, eid in ppl.mentions:
        if s >= start and e <= end:
            return eid
    return None


#: words of an office that name no country or body ("the Foreign Secretary", "the Deputy Prime Minister")
_OFFICE_WORDS = frozenset(
    "foreign home defence defense interior finance justice health education trade prime deputy vice general state "
    "chief senior acting shadow former first".split()
)


def title_holder(ppl: People, phrase: str, before: int, speakers: frozenset[str] = frozenset()) -> str | None:
    """The person the article gives this title ("the Foreign Secretary", "the minister"): the one
    whose title words hold all the phrase's title words; the most recently named before the
    event when several do. With no one given the title, a person the article quotes
    (``speakers``, entity ids) before the most named one: a statement's author is who speaks,
    not the leader it is about."""
    words = {w.lower().rstrip(".") for w in _TITLE_WORD.findall(phrase)} - _SKIP
    if not words or not words & pt.TITLES or len(words) > 5:
        return None
    cands = [eid for eid, ts in ppl.titles.items() if words <= ts | {w + "s" for w in ts}]
    if not cands:
        # a statement's protagonist: "The Foreign Secretary met ..." where the article names one
        # person far more than any other and gives that person no other title
        counts: dict[str, int] = {}
        for _s, _e, eid in ppl.mentions:
            counts[eid] = counts.get(eid, 0) + 1
        bare = not re.search(r"['’]s\b", phrase) and all(
            w.lower().rstrip(".") in pt.TITLES or w.lower() in _SKIP or w.lower() in _OFFICE_WORDS or not w[:1].isupper()
            for w in _TITLE_WORD.findall(phrase)
        ) and any(w[:1].isupper() for w in _TITLE_WORD.findall(phrase))  # "the Foreign Secretary", not "Thailand's foreign minister"
        spoke = [eid for eid in speakers if eid in counts and (not ppl.titles.get(eid) or ppl.titles[eid] & words)] if bare else []
        if spoke:
            return max(spoke, key=lambda eid: counts[eid])
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        # only an office written as one ("the Foreign Secretary"), not a common noun ("the officer
        # shot ...": the police chief quoted most is not the officer who fired)
        if bare and ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            eid = ranked[0][0]
            if not ppl.titles.get(eid) or ppl.titles[eid] & words:
                return eid
        return None
    if len(cands) == 1:
        return cands[0]
    recent = [(s, eid) for s, _e, eid in ppl.mentions if eid in cands and s < before]
    return max(recent)[1] if recent else None


def quote_speaker(doc: Document, offset: int) -> tuple[str, str | None] | None:
    """(speaker name, entity id) of the quotation holding this offset."""
    for q in doc.get("quotes"):
        if q.start <= offset < q.end and q.speaker:
            return q.speaker, q.speaker_entity_id
    return None


def resolve(doc: Document, events: list[Event], instruments: set[str], ppl: People | None = None) -> list[Event]:
    """Events with their actor and target names resolved (see the module's docstring).
    ``instruments``: ids of ASSAULT events whose actor phrase names only the weapon or the act;
    ``ppl``: the article's people when the caller has read them already."""
    ppl = ppl if ppl is not None else people(doc)
    out: list[Event] = []
    for ev in events:
        ev = _named(doc, ppl, ev, "actor")
        ev = _named(doc, ppl, ev, "target")
        if ev.target_entity_id and ev.target_entity_id == ev.actor_entity_id:
            ev = dataclasses.replace(ev, target=None, target_entity_id=None, target_code=None, target_country=None,
                                     target_start=None, target_end=None)  # no one acts on himself here
        both = bool(ev.actor) and _BOTH.match(doc.text[max(0, (ev.actor_start or 0) - 9) : ev.actor_start or 0]) is not None
        if ev.actor and ev.actor.lower().split()[-1] in PAIR_NOUNS and (ev.type in ("CONSULT", "AGREE", "COOPERATE") or both):
            # "the ministers discussed ...": the two who met; "both countries put ...": the two sides
            pair = _pair(out, ev, any_type=both) or _pair_after(doc, ppl, events, ev)
            if pair is not None:
                ev = dataclasses.replace(ev, actor=pair, actor_entity_id=None)
        if ev.id in instruments:
            owner = _owner(out, ev)
            if owner is not None:
                ev = dataclasses.replace(ev, actor=owner.actor, actor_entity_id=owner.actor_entity_id,
                                         actor_code=owner.actor_code, actor_country=owner.actor_country)
            elif ev.actor_kind in (pt.NONE, pt.THING):  # a weapon or an act never acts: the actor is unsaid
                ev = dataclasses.replace(ev, actor=None, actor_entity_id=None, actor_code=None, actor_country=None,
                                         actor_start=None, actor_end=None)
        out.append(ev)
    return out


def _named(doc: Document, ppl: People, ev: Event, role: str) -> Event:
    text = getattr(ev, role)
    start, end = getattr(ev, f"{role}_start"), getattr(ev, f"{role}_end")
    if not text or start is None or end is None:
        return ev
    low = text.lower()
    if low in _FIRST_PERSON and text != "US":
        got = quote_speaker(doc, start)
        if got is not None:
            return _with(ev, role, got[0], got[1] or getattr(ev, f"{role}_entity_id"))
        return ev
    eid = person_at(ppl, start, end)
    if eid is not None and eid in ppl.names:
        # the person's full name, unless the phrase says more than the name ("Mendes's aides")
        # the span when it already holds the full name (with its title: "President X Y"), else the
        # full name ("Mendes" -> "Ana Mendes", "Deputy Minister Mendes" -> "Ana Mendes"),
        # unless the phrase says more than the name ("Mendes's aides")
        name = ppl.names[eid]
        if name in text:
            bare = _without_offices(ppl, text, start)
            if bare != text:
                return _with(ev, role, bare, getattr(ev, f"{role}_entity_id"), start + text.index(bare) if bare in text else None)
            return ev
        # the words besides the titles; a country glued before the title by the parse ("In
        # Ruritania Minister Mendes met ...") says where, not who
        where = {w for w in _TITLE_WORD.findall(text[: text.find(text.split()[-1])]) if w.lower() in tables.countries()}
        rest = [w for w in _TITLE_WORD.findall(text) if w.lower().rstrip(".") not in pt.TITLES and w.lower() not in _SKIP and w not in where]
        if all(w in name or w.rstrip(".") in name for w in rest):
            return _with(ev, role, name, eid)
        return ev
    # who speaks in the article may be the titled actor of a statement, never the one it is addressed to
    speakers = frozenset(q.speaker_entity_id for q in doc.get("quotes") if q.speaker_entity_id) if role == "actor" else frozenset()
    holder = title_holder(ppl, text, start, speakers)
    if holder is not None and holder in ppl.names:
        return _with(ev, role, ppl.names[holder], holder)
    return ev


#: plural roles that name the two sides of a meeting just reported
PAIR_NOUNS = frozenset("ministers leaders sides presidents counterparts officials delegations countries nations governments".split())
_NO_SIDE = frozenset({pt.THING, pt.NONE, pt.COMPANY, None})
_BOTH = re.compile(r".*\b(?:both|the two|two)\s*$", re.IGNORECASE | re.DOTALL)


def _pair(prior: list[Event], ev: Event, any_type: bool = False) -> str | None:
    """"A and B" of the latest meeting with both sides named within 1,500 characters (with
    ``any_type``: of the latest event between two named sides, "both countries" after a clash)."""
    for o in reversed(prior):
        if ev.start - o.end > 1500:
            break
        states = any_type and ev.actor is not None and ev.actor.lower().split()[-1] in ("countries", "nations", "governments")
        kinds_ok = (o.actor_kind == pt.POLITICAL and o.target_kind == pt.POLITICAL) if states else (
            o.actor_kind not in _NO_SIDE and o.target_kind not in _NO_SIDE
        )
        named = o.target_entity_id is not None or len(o.target.split()) <= 6 if o.target else False
        if (o.type == "CONSULT" or any_type) and o.actor and o.target and o.end <= ev.start and kinds_ok and named and " and " not in o.actor:
            return f"{o.actor} and {o.target}"
    return None


def _pair_after(doc: Document, ppl: People, events: list[Event], ev: Event) -> str | None:
    """"A and B" of the first meeting reported after a headline's "Ministers met ..." (within
    1,500 characters): the story tells who met after the headline says that they did."""
    for o in events:
        if o.start <= ev.end or o is ev:
            continue
        if o.start - ev.end > 1500:
            break
        if o.type == ev.type and o.actor and o.target and o.actor_kind not in _NO_SIDE and o.target_kind not in _NO_SIDE:
            o = _named(doc, ppl, _named(doc, ppl, o, "actor"), "target")
            return f"{o.actor} and {o.target}"
    return None


def _with(ev: Event, role: str, name: str, entity_id: str | None, start: int | None = None) -> Event:
    changes: dict[str, Any] = {role: name, f"{role}_entity_id": entity_id}
    if start is not None:  # the name is a part of the span: the span is the name's
        changes[f"{role}_start"] = start
        changes[f"{role}_end"] = start + len(name)
    return dataclasses.replace(ev, **changes)


def _without_offices(ppl: People, text: str, start: int) -> str:
    """The phrase with the office description before each full name dropped ("Interior Minister
    Ana Mendes" -> "Ana Mendes", "A and the Deputy Foreign Minister B" -> "A and B"). An office
    is a run of two or more capitalised words holding a title word; a one-word title is how a
    person is addressed and stays ("President Mendes", "Senator Mendes")."""
    end = start + len(text)
    for s, e, eid in sorted(ppl.mentions, reverse=True):
        name = ppl.names.get(eid)
        if not name or s < start or e > end or sum(1 for m in ppl.mentions if m[2] == eid) < 2:
            continue
        i = text.find(name, max(0, s - start - len(name)))
        if i <= 0:
            continue
        words = text[:i].split()
        run: list[str] = []
        for w in reversed(words):
            if not (w[:1].isupper() or w in ("of", "for", "the")):
                break
            run.append(w)
        while run and not run[-1][:1].isupper():  # the run starts with a capitalised word
            run.pop()
        if len(run) >= 2 and any(w.lower().rstrip(".") in pt.TITLES for w in run) and not any(
            w.endswith(("'s", "’s")) for w in run
        ):
            kept = " ".join(words[: len(words) - len(run)])
            text = f"{kept} {text[i:]}".strip()
    return text


def _owner(prior: list[Event], ev: Event) -> Event | None:
    """The latest earlier assault within 3,000 characters whose actor is a named force."""
    for o in reversed(prior):
        if ev.start - o.end > 3000:
            break
        if o.type == "ASSAULT" and o.actor and o.actor_start is not None and o.end <= ev.start:
            if _same_side(o.actor, o.actor_entity_id, ev.target, ev.target_entity_id):
                continue  # the victim is never the attacker: "the army came under fire" after the army's own attack
            return o
    return None


def _same_side(a: str, a_id: str | None, b: str | None, b_id: str | None) -> bool:
    """Two names of one side: the same entity, or every word of one in the other ("Iraqi forces",
    "Iraqi Security Forces")."""
    if not b:
        return False
    if a_id and a_id == b_id:
        return True
    wa = {w.lower() for w in _TITLE_WORD.findall(a)} - _SKIP
    wb = {w.lower() for w in _TITLE_WORD.findall(b)} - _SKIP
    return bool(wb) and (wb <= wa or wa <= wb)
