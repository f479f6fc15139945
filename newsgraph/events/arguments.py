"""Actor and target spans from the dependency parse, with Phoenix agent codes and countries.

The actor is the trigger's subject (the agent of a passive; the matrix subject of a folded
complement); the target its object, or the object of a preposition such as "to", "against",
"on", "with", "from"; for "demanded that the US cancel ..." the complement's subject. A noun
phrase is trimmed to what names the participant: no determiner, no count ("more than 100
Palestinians" -> "Palestinians"), no relative clause or apposition, and "thousands of students"
becomes "students".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsgraph.events import participants as pt
from newsgraph.events import rules, tables
from newsgraph.events.coder import (
    SAYS,
    SPANS,
    Trigger,
    feeling,
    fronted_verb,
    headline_participle,
    listed_verb,
    misparsed_main_verb,
    nominal_actor,
    speech_acl,
    under_attack,
)
from newsgraph.events.lexicon import noun_code

Token = Any

_QUANTITY_HEADS = frozenset(
    "thousand thousands hundred hundreds ten tens dozen dozens score scores million millions group groups "
    "number numbers some many most part one two three third half majority batch patch "
    "contingent crowd crowds bunch handful".split()
)
_PRONOUNS = frozenset("he she it they we i you him her them us".split())
_PERSONAL = frozenset("he she they we him her them us".split())
_CUT_DEPS = frozenset({"relcl", "appos", "punct", "cc", "advcl", "acl"})


@dataclass(frozen=True)
class Arg:
    """An argument span: token indexes [first, last] (inclusive) and its head token index."""

    first: int
    last: int
    head: int


#: what someone is accused, charged or convicted of ("accused the firm of fraud")
_CHARGES = frozenset(
    "fraud corruption bribery murder manslaughter treason terrorism sedition espionage spying negligence theft "
    "embezzlement extortion rape assault abuse abuses crime crimes misconduct wrongdoing collusion genocide "
    "incitement blasphemy defamation libel kidnapping trafficking smuggling tax evasion laundering perjury".split()
)

def _np(tok: Token, tails: bool = True) -> Arg:
    """The trimmed noun phrase headed by ``tok``."""
    if tok.lemma_.lower() in _QUANTITY_HEADS or tok.pos_ == "NUM":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return _np(g, tails)
    left = [c for c in tok.lefts if c.dep_ not in ("det", "nummod", "quantmod", "predet", "punct", "cc", "prep")]
    first = tok.i
    for c in sorted(left, key=lambda c: c.i):
        sub = [t for t in c.subtree if t.dep_ not in ("nummod", "quantmod", "det") and t.pos_ not in ("NUM", "PUNCT")]
        if sub:
            first = min(first, sub[0].i)
            break
    last = tok.i
    rights = sorted(tok.rights, key=lambda c: c.i)
    for c in rights:
        if c.dep_ in ("punct", "cc") and c.text != "(" and any(x.dep_ == "conj" and x.i > c.i for x in rights):
            continue  # "Iran, Libya, North Korea and Cuba": the list goes on
        if c.dep_ in _CUT_DEPS or c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "during", "after", "before", "since") and tok.ent_type_ in ("GPE", "LOC", "FAC"):
            break
        if c.dep_ == "prep" and c.lower_ in ("of", "for") and any(g.dep_ == "pcomp" or g.dep_ == "pobj" and g.lemma_.lower() in _CHARGES for g in c.children):
            break  # "accused the mayor of protecting ...", "... of fraud": what the mayor is accused of is no part of the name
        if c.dep_ == "amod" and c.lemma_.lower() in ("responsible", "blamed") and any(g.dep_ == "prep" and g.lower_ == "for" for g in c.children):
            break  # "a commander responsible for the attacks": the attacks are the event, not the name
        if c.ent_type_ in ("DATE", "TIME") or (c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children)):
            break
        if c.dep_ == "prep" and not tails and c.lower_ != "of":
            break
        if c.dep_ in ("conj", "prep", "compound", "pobj", "amod", "nmod"):
            last = max(last, max(t.i for t in c.subtree))
        else:
            break
    doc = tok.doc
    for k in range(tok.i - 1, first - 1, -1):  # a phrase does not reach over a line break into a heading
        if doc[k].is_space and "\n" in doc[k].text:
            first = k + 1
            break
    while last > first and (doc[last].is_space or doc[last].pos_ in ("PUNCT", "CCONJ", "DET", "ADP")):
        last -= 1
    while first < last and (doc[first].is_space or doc[first].pos_ in ("PUNCT", "DET", "NUM") or doc[first].dep_ in ("quantmod", "nummod")):
        first += 1
    return Arg(first, last, tok.i)


def subject_of(tok: Token) -> Token | None:
    """The nominal subject of a verb (None for an expletive "there/it")."""
    for c in tok.children:
        if c.dep_ in ("nsubj", "csubj", "expl"):
            return c if c.dep_ != "expl" else None
    return None


def _passive(tok: Token) -> tuple[Token | None, Token | None]:
    """(agent of "by ...", passive subject) of a passive verb."""
    agent = subj = None
    for c in tok.children:
        if c.dep_ == "nsubjpass":
            subj = c
        if c.dep_ == "agent":
            agent = next((g for g in c.children if g.dep_ == "pobj"), None)
    if subj is None and _elided_passive(tok):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return agent, subj


#: what is done to people, read as a participle after a passive: "... arrested and 18 officers injured"
_SUFFERED = frozenset("injure wound hurt kill arrest detain abduct kidnap jail imprison displace evacuate".split())


def _elided_passive(tok: Token) -> bool:
    """A participle joined to a passive verb, its auxiliaries left out: "43 people had been
    arrested and 18 officers injured" (the parser makes the officers the subject of "injured")."""
    participle = tok.tag_ == "VBN" or tok.tag_ == "VBD" and tok.lemma_.lower() in _SUFFERED  # (the tagger's past tense)
    return (
        participle and tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.head.children)
        and any(c.dep_ == "nsubj" for c in tok.children) and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children)
    )


def passive_parts(tok: Token) -> tuple[Token | None, Token | None]:
    """(agent of "by ...", passive subject) of a verb (both None when it is not passive)."""
    return _passive(tok)


_SERIES = frozenset("series wave barrage volley salvo round string spate hail flurry".split())


#: nouns whose "to" infinitive names the act they plan or carry ("the mission to recapture the city")
_PLAN_NOUNS = frozenset(
    "mission operation operations offensive campaign effort efforts plan plans bid attempt attempts push drive "
    "order orders move decision strategy initiative".split()
)


def _plan_noun(tok: Token) -> Token | None:
    """The noun an infinitive verb completes, whatever the parser hung it on: "the Malian mission
    to recapture", "efforts to defeat the militants"."""
    if tok.i < 2 or tok.doc[tok.i - 1].lower_ != "to" or tok.tag_ != "VB":
        return None
    noun = tok.doc[tok.i - 2]
    if noun.pos_ == "NOUN" and noun.lower_ in _PLAN_NOUNS and not any(c.dep_ == "nsubj" for c in tok.children):
        return noun
    return None


def _instrument_owner(tok: Token) -> Token:
    """The actor an attack or weapon noun names ("a US strike killed ..." -> US, "a series of
    Turkish airstrikes" -> French), else the noun itself (an instrument whose owner is unsaid)."""
    if (tok.lemma_.lower() in _QUANTITY_HEADS or tok.lemma_.lower() in _SERIES) and tok.pos_ == "NOUN":
        inner = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        if inner is not None and noun_code(inner):  # (the tagger may read "airstrikes" as a verb)
            tok = inner
    if tok.pos_ in ("NOUN", "VERB") and tok.dep_ != "ROOT" and noun_code(tok):
        owner = nominal_actor(tok)
        if owner is not None:
            return owner
    low = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and (low in pt.AIRCRAFT or low in pt.WEAPONS or tok.lower_ in pt.AIRCRAFT) and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children
    ):
        # "the army said its aircraft struck ...": the aircraft are the army's, the one who says so
        cur = tok.head
        for _ in range(4):
            if cur.lemma_.lower() in ("say", "report", "announce", "claim", "confirm") and cur.pos_ == "VERB":
                speaker = next((c for c in cur.children if c.dep_ == "nsubj"), None)
                if speaker is not None and not is_pronoun(speaker) and actor_like(speaker):
                    return speaker
                break
            if cur.head.i == cur.i:
                break
            cur = cur.head
    return tok


def actor_token(trig: Trigger) -> Token | None:
    """The head token of the actor of a trigger (before pronoun resolution)."""
    tok = trig.token
    if trig.nominal:
        return nominal_actor(tok)
    under = under_attack(tok)
    if under is not None:  # "came under fire from rebels": the rebels act
        return under[1]
    if tok.dep_ == "ROOT" and headline_participle(tok):
        return None  # "Hikers rescued from canyon": a passive headline that names no agent
    if feeling(tok):  # "he was appalled by the attack": the one dismayed criticises; "encouraged by"
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj if subj is not None else subject_of(tok.head) if tok.dep_ in ("acomp", "conj") else None
    agent, psubj = _passive(tok)
    if agent is None and psubj is not None:
        # "was struck and killed by an airstrike": the agent of the coordinated passive
        agent = next((a for c in tok.children if c.dep_ == "conj" and c.tag_ == "VBN" for a in [_passive(c)[0]] if a is not None), None)
    if agent is not None:
        return _instrument_owner(agent)
    if psubj is not None:
        # "was killed in a car bomb explosion": the attack that did it (its actor, else its name)
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "during"):
                g = next((g for g in c.children if g.dep_ == "pobj"), None)
                code = noun_code(g) if g is not None else None
                if g is not None and code and code[:2] in ("18", "19", "20"):
                    return nominal_actor(g) or g
        return None
    owner = _plan_noun(tok)
    if owner is not None:  # "the Malian mission to recapture the city": the mission's owner acts
        return nominal_actor(owner)
    cur = tok
    for _ in range(6):
        s = subject_of(cur)
        if s is not None:
            return _instrument_owner(s)
        if cur.dep_ == "conj" and cur.head.i != cur.i and not _passive(cur)[1]:
            ag, ps = _passive(cur.head)
            if ps is not None and (ag is None or cur.i == tok.i and cur.head.lower_ in _MOVED and not phrase_actor_like(ag)):  # ("was saddened by the loss of life and directed ...")
                if actor_like(ps) or not (cur.head.dep_ == "ccomp" and cur.head.head.lemma_.lower() in SAYS):
                    return ps  # "was defeated in the vote, and resigned": the one defeated resigned
                # "the minister said the increase was needed and accused X": the parser joined the
                # minister's second verb to the reported clause; no increase accuses anyone
                cur = cur.head.head
                continue
        if cur.dep_ == "advcl" and cur.tag_ == "VBG" and cur.head.lemma_.lower() in SAYS:
            reported = next((c for c in cur.head.children if c.dep_ == "ccomp" and c.i < cur.i), None)
            if reported is not None and subject_of(reported) is not None:
                # "X launched drones at the cities, the air force said, damaging ...": X did the damage
                return _instrument_owner(subject_of(reported))
        if cur.dep_ in ("xcomp", "conj", "advcl", "acomp") and cur.head.i != cur.i:
            cur = cur.head
            continue
        if listed_verb(cur):  # "has flown 300 sorties, conducted 90 raids": the list's subject
            cur = cur.head.head
            continue
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":  # "..., before withdrawing": the clause's subject
            cur = cur.head.head
            ps = _passive(cur)[1] if subject_of(cur) is None else None
            if ps is not None and actor_like(ps):
                return ps  # "the king was welcomed ... before holding talks": who was welcomed held them
            continue
        if headline_participle(cur):
            return next((g for c in cur.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if misparsed_main_verb(cur):
            return cur.sent.root
        if cur.dep_ == "acl" and speech_acl(cur) and cur.head.head.i != cur.head.i:
            cur = cur.head.head  # "the party issued a declaration demanding ...": the issuer
            continue
        if fronted_verb(cur):
            return cur.head  # "Bandits abducted 50 villagers, residents said": the bandits
        if cur.dep_ == "acl" and cur.tag_ == "VBN":
            return None  # "900 migrants rescued off the coast": the noun is the patient; no "by", no actor
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN"):
            return cur.head
        break
    if trig.head is not None and trig.head.i != tok.i:
        return subject_of(trig.head)
    return None


_ACTOR_ENTS = frozenset({"GPE", "ORG", "PERSON", "NORP", "LOC", "FAC"})
_PEOPLE = frozenset(
    "people civilians refugees soldiers troops forces police government authorities rebels militants workers "
    "schoolgirls schoolboys schoolchildren children girls boys women men hostages pilgrims worshippers passengers "
    "students protesters demonstrators prisoners detainees officials leaders members residents villagers "
    "inspectors peacekeepers observers advisers journalists guerrillas insurgents fighters ally allies chief "
    "leader commander militia militias militiamen army navy party movement group organization coalition council "
    "parliament ministry minister president official spokesman delegation administration regime "
    "migrants immigrants seekers survivors victims sailors fishermen crew tourists patients voters citizens "
    "families nationals settlers farmers doctors nurses teachers lawmakers legislators senators diplomats envoys "
    "ministers generals officers guards activists dissidents opponents critics supporters jihadists extremists "
    "terrorists gunmen attackers assailants bombers mourners countries nations governments sides powers neighbours "
    "neighbors opposition states union unions bloc blocs alliance alliances jury juries jurors relatives commission committee tribunal junta "
    "trooper troopers plotters putschists mediators negotiators dockworkers longshoremen picketers".split()
)
#: participants an actor sends, keeps or withdraws: the target is where they go ("withdraw its troops
#: from Lebanon", "deploy peacekeepers in Iraq")
_DEPLOYABLE = frozenset(
    "troop troops force forces soldier soldiers peacekeeper peacekeepers inspector inspectors observer observers "
    "worker workers diplomat diplomats ambassador staff personnel mission contingent unit units".split()
)


def named_participant(tok: Token) -> bool:
    """A participant named by an entity or an agent noun (not a pronoun, not an adjective)."""
    return actor_like(tok) and tok.pos_ not in ("PRON", "ADJ", "DET") and tok.ent_type_ != "NORP" or (
        tok.ent_type_ == "NORP" and tok.pos_ in ("PROPN", "NOUN") and tok.tag_ in ("NNPS", "NNS")
    )


#: commodities and goods: "Russian oil", "Chilean copper" name no actor
_GOODS = frozenset(
    "oil gas crude copper gold coal wheat grain maize corn coffee cocoa fertiliser fertilizer potash steel aluminium "
    "aluminum iron timber cotton sugar goods cargo product produce".split()
)


def _goods(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _GOODS


def actor_like(tok: Token) -> bool:
    """A named participant or a group of people (not a thing, a date or an amount)."""
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
        return False
    if tok.ent_type_ in _ACTOR_ENTS or tok.pos_ == "PROPN":
        return True
    if _goods(tok):
        return False  # "most Belarusian fertiliser goes to China": a commodity, whoever's it is
    if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in tok.children):
        return True
    if any(c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG") for c in tok.children):
        return True  # "the Prime Minister-designate, Ali Hassan"
    low = tok.lemma_.lower()
    return low in _PEOPLE or tok.lower_ in _PEOPLE or low in tables.agents() or low in pt.COMPANY_WORDS or (
        tok.pos_ == "NOUN" and tok.lower_ in pt.ARMED_GROUP_WORDS  # "Maoists", "guerrillas", "militants"
    ) or pt.force_unit(tok)


def phrase_actor_like(tok: Token) -> bool:
    """A phrase that names a participant somewhere in it ("thousands of students", "the
    Palestinian Islamic Jihad movement", "U.N. helicopters"), not only an abstraction ("the
    rationale for the war", "humanitarian access")."""
    if tok.pos_ == "PRON" or tok.dep_ == "case" or tok.text[:1] in ("'", "’"):
        return tok.lower_ in _PERSONAL
    if actor_like(tok) or tok.lemma_.lower() in _QUANTITY_HEADS:
        return True
    if _goods(tok):
        return False  # "most Belarusian fertiliser": whose goods they are makes them no actor
    if tok.pos_ == "NUM" and tok.dep_ == "nsubjpass" and not any(c.dep_ == "prep" for c in tok.children):
        return True  # "at least 30 were arrested": people counted
    if tok.dep_ == "nsubj" and tok.lemma_.lower() in ("country", "nation"):
        return True  # "the neighbouring country expelled two diplomats": a state acts (a place elsewhere)
    # look into its modifiers and "of / from / in" phrases, not into what it is about
    # ("conflicts between militias and troops" names no actor of its own)
    stack = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss") or (c.dep_ == "prep" and c.lower_ in ("of", "from", "in"))]
    while stack:
        c = stack.pop()
        if actor_like(c) and c.ent_type_ != "EVENT":
            return True
        if not _goods(c):
            stack.extend(x for x in c.children if x.dep_ in ("pobj", "compound", "amod", "nmod", "poss", "conj"))
    return False


#: what one is made to feel, "by" its cause: "was saddened by the loss of life and directed ..."
_MOVED = frozenset(
    "saddened grieved moved touched angered appalled shocked outraged horrified dismayed alarmed disturbed concerned "
    "encouraged pleased heartened delighted".split()
)
_INSTRUMENTS = pt.WEAPONS | pt.AIRCRAFT | frozenset("artillery gunfire fire weapon weapons gun guns rifle rifles gas teargas tear-gas baton batons cannon cannons munition munitions".split())
_AIM_VERBS = frozenset("fire shoot launch throw hurl lob aim drop".split())
#: what is fired counted by its rounds: "scores of rounds of mortar fire"
_ROUND_WORDS = frozenset("round rounds barrage barrages salvo salvoes salvos volley volleys".split())
_CAUSE_NOUNS = frozenset({"retaliation", "response", "revenge", "reprisal", "wake", "aftermath"})


def _instrument(tok: Token, depth: int = 0) -> bool:
    """A weapon or an arm of the forces: what an act is done with, never whom it is done to (also
    counted: "scores of rounds of mortar fire")."""
    if tok.lemma_.lower() in _INSTRUMENTS or tok.lower_ in _INSTRUMENTS:
        return True
    if depth < 2 and (tok.lemma_.lower() in _QUANTITY_HEADS or tok.lower_ in _ROUND_WORDS or tok.pos_ == "NUM"):
        return any(_instrument(g, depth + 1) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")
    return False


def _nested_actor(tok: Token, depth: int = 0) -> Token | None:
    """A participant named inside a thing: "Sweden's decision", "an Indian proposal",
    "calls by Belarus's rulers", "an appeal from President Gbagbo", "sanctions against Nigeria";
    not inside a cause ("in retaliation for attacks on US forces")."""
    if tok.lemma_.lower() in _CAUSE_NOUNS:
        return None
    if depth < 3:
        for c in tok.children:  # "artillery, mortar and rocket fire against X"
            if c.dep_ == "conj":
                inner = _nested_actor(c, depth + 1)
                if inner is not None:
                    return inner
    for c in tok.children:  # "the army's recapture of the town": the army, whose act it is
        if c.dep_ == "poss" and actor_like(c) and c.pos_ != "PRON":
            return c
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "against", "on", "to", "with", "of", "for", "between"):
            g = next((g for g in c.children if g.dep_ == "pobj"), None)
            if g is not None and not (c.lower_ == "with" and _instrument(g)):
                if actor_like(g):
                    return g
                inner = _nested_actor(g, depth + 1)
                if inner is not None:
                    return inner
    for c in tok.children:
        if c.dep_ == "poss" and actor_like(c) and c.pos_ != "PRON":
            return c
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG") and c.i < tok.i:
            return c
    for c in tok.children:  # "its forces in Lebanon", "aid deliveries in Baghdad"
        if c.dep_ == "prep" and c.lower_ in ("in", "into", "at"):
            g = next((g for g in c.children if g.dep_ == "pobj"), None)
            if g is not None and g.ent_type_ in ("GPE", "LOC", "FAC"):
                return g
    return None


def target_token(trig: Trigger) -> Token | None:
    """The head token of the target of a trigger: the participant the act is aimed at,
    preferring a named participant or a group of people over a thing; a purpose or participle
    clause may name it ("staged demonstrations to demand reforms by X's government")."""
    # a place where it happened is the target of an attack on it, not of a meeting or a rescue there
    where = trig.cameo[:2] not in ("01", "02", "03", "04", "05", "09")
    if not trig.nominal and rules.leaves_toll(trig.token):
        # "sprayed the market with bullets, leaving nine dead": the act's object, not the toll
        return _target(trig.token.head, False, where)
    best = _target(trig.token, trig.nominal, where)
    if best is not None and actor_like(best):
        return best
    if best is not None and not trig.nominal and best.dep_ == "nsubjpass" and best.head.i == trig.token.i:
        return best  # "anyone with information was asked to call the office": who was asked, not whom to call
    for c in trig.token.children:
        if c.dep_ in ("advcl", "xcomp") and (c.tag_ == "VBG" or any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")):
            alt = _target(c, False, where)
            if alt is not None and actor_like(alt):
                return alt
    return best


def _manner(prep: Token, g: Token) -> bool:
    """How it was done, not to whom: "beat them to death", "clashed with machetes"."""
    low = g.lemma_.lower()
    return prep.lower_ == "to" and low == "death" or prep.lower_ == "with" and (low in pt.WEAPONS or low in _BLADES)


#: weapons one fights with hand to hand ("clashed with machetes", "attacked with knives")
_BLADES = frozenset("machete knife sword axe stick club rod iron-rod spear arrow stone".split())


def _target(tok: Token, nominal: bool, where: bool = True) -> Token | None:
    if not nominal and under_attack(tok) is not None:
        return subject_of(tok)  # "the convoy came under fire": the convoy is the target
    if nominal:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "against", "on", "in", "into"):
                g = next((g for g in c.children if g.dep_ == "pobj"), None)
                if g is not None:
                    return g
        return None
    with_whom = rules.solidarity_with(tok)
    if with_whom is not None and with_whom.lemma_.lower() != "solidarity":
        return with_whom  # "stood in solidarity with Poland": Poland
    if feeling(tok) or rules.voiced_concern(tok):  # the cause of the dismay, or who did it ("the attack ... by government forces")
        cause = next((g for c in tok.subtree if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "at", "over", "about")
                      for g in c.children if g.dep_ == "pobj"), None)
        if cause is None:
            return None
        doer = next((g for c in cause.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"), None)
        owner = None if actor_like(cause) else next(
            (g for c in cause.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and actor_like(g)), None
        )  # "encouraged by the decision of the president": the president
        return doer or nominal_actor(cause) or owner or cause
    agent, psubj = _passive(tok)
    if psubj is None and tok.dep_ == "ROOT" and headline_participle(tok):
        psubj = subject_of(tok)  # "Hikers rescued from canyon" read as a past tense: the patient
    if psubj is None and (headline_participle(tok) or tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") and not fronted_verb(tok) and not listed_verb(tok)):
        psubj = tok.head  # "Opposition leader arrested", "migrants rescued off the coast": the patient
    if psubj is not None:
        # "a camp for Congolese refugees was attacked": the people in the thing
        if pt.is_market(psubj):
            return psubj  # "Brazil's stock exchanges were suspended": the exchanges, not Brazil
        return psubj if actor_like(psubj) else (_nested_actor(psubj) or psubj)
    cands: list[Token] = []
    things: list[Token] = []
    acts: list[Token] = []
    late: list[Token] = []
    verbs = [tok] + [c for c in tok.children if c.dep_ == "xcomp"]
    for v in verbs:
        for c in v.children:
            if c.dep_ == "dative":
                cands.append(next((g for g in c.children if g.dep_ == "pobj"), c))
        for c in v.children:  # "filed a case against the officers", "imposed sanctions against X": who it is against
            if c.dep_ == "dobj":  # "conducted raids on rebel targets": what the act is on
                on = ("against",) if not noun_code(c) else ("against", "on", "upon")
                cands.extend(g for p in c.children if p.dep_ == "prep" and p.lower_ in on for g in p.children if g.dep_ == "pobj")
        for c in v.children:
            if c.dep_ == "dobj" and (c.lemma_.lower() in ("fire", "curfew") or _declared_state(c)):
                continue  # "opened fire on demonstrators", "declared a state of emergency": the act, not its target
            if c.dep_ == "dobj" and v.lemma_.lower() in _AIM_VERBS and _instrument(c):
                continue  # "fired tear gas to break up the march": what was fired, not at whom
            if c.dep_ == "dobj" and not actor_like(c) and (_act_code(c) or "")[:2] in ("14", "15", "18", "19", "20"):
                acts.append(c)  # "began a 48-hour strike", "launched an attack": the act, never its own target
                continue
            if c.dep_ == "dobj":
                own = any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)  # "withdraw its troops"
                (cands if actor_like(c) and c.pos_ != "NUM" and not own else things).append(c)
        aimed = v.lemma_.lower() in _AIM_VERBS  # "fired 36 shells at police posts": the posts are hit
        beside = v.lemma_.lower() in ("stand", "stay", "remain")  # "stands by Iraq": Iraq is supported
        for c in v.children:
            if c.dep_ == "prep" and (c.lower_ in ("to", "against", "upon", "toward", "towards", "with", "on", "between") or aimed and c.lower_ == "at" or beside and c.lower_ in ("by", "behind", "beside")):
                # "targeted the marchers with rubber bullets", "beat them to death": how it was done, not to whom
                cands.extend(g for g in c.children if g.dep_ == "pobj" and not (_manner(c, g) or c.lower_ == "with" and _instrument(g)))
        for c in v.children:  # "has been in touch with the officials": the officials
            if c.dep_ == "prep" and c.lower_ == "in":
                cands.extend(rules.in_touch_with(c))
        for c in v.children:  # "demanded that the US cancel ...", "urged X to ..."
            if c.dep_ in ("ccomp", "xcomp") and (c.left_edge.i == 0 or c.doc[c.left_edge.i - 1].text != ","):
                s = subject_of(c)
                if s is not None and not is_pronoun(s):
                    cands.append(s)
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "for", "over", "of"):
                cands.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.dep_ == "prep" and c.lower_ in ("in", "at", "into", "near"):
                late.extend(g for g in c.children if g.dep_ == "pobj")
    for h in [tok, *[d for d in tok.children if d.dep_ == "dobj"]]:  # "opened fire to disperse demonstrators"
        for c in h.children:
            if c.dep_ in ("advcl", "acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                things.extend(g for g in c.children if g.dep_ == "dobj")
    for c in cands + things:
        if c.lower_ in _DEPLOYABLE or c.lemma_.lower() in _DEPLOYABLE:
            place = _where_to(tok, c)
            if place is not None:
                return place
    for c in cands:
        if actor_like(c):
            return c
    for c in cands + things + acts:
        if actor_like(c) and c.pos_ != "NUM":
            return c
        inner = _nested_actor(c) or (nominal_actor(c) if c in acts else None)
        if inner is not None:
            return inner  # ("repelled an army attack": the army)
    for c in things:
        if c.dep_ == "dobj" and c.lower_ in ("him", "her", "them"):
            return c  # "beat them to death": the people it was done to
    for c in cands:
        if c.ent_type_ not in ("DATE", "TIME") and not noun_code(c):
            return c
    if any((_act_code(a) or "")[:2] in ("18", "19", "20") for a in acts):  # (a protest "against" names its cause)
        against = _against_in_clause(tok)
        if against is not None:
            return against  # "conducted 15 strikes using jets and drones against rebel targets": not the place
    for c in late:
        if actor_like(c) and (where or c.ent_type_ not in ("GPE", "LOC", "FAC")):
            return c
    # a participant named anywhere in the verb's own phrase ("a mediation effort between X and Y")
    for t in _post_scope(tok):
        if t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") and t.dep_ not in ("compound",) and t.pos_ in ("PROPN", "NOUN", "ADJ"):
            if t.dep_ == "amod" and t.head.i > t.i and (t.head.ent_type_ or t.head.lemma_.lower() in pt.COMPANY_WORDS):
                continue  # "Russian airline Aeroflot": the airline, not its nationality
            return t
    return things[0] if things else None


def _against_in_clause(tok: Token) -> Token | None:
    """Whom an act named by its object is against, said further on in the verb's own clause (on a
    participle or a weapon: "conducted strikes using aircraft against rebel targets")."""
    for t in tok.subtree:
        if t.i <= tok.i or t.dep_ != "prep" or t.lower_ != "against":
            continue
        cur, own = t.head, True
        while cur.i != tok.i and own:
            joined_verb = cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX")
            own = cur.dep_ not in ("relcl", "ccomp") and not joined_verb and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
            cur = cur.head
        g = next((g for g in t.children if g.dep_ == "pobj"), None)
        if own and g is not None:
            return g
    return None


def _act_code(n: Token) -> str | None:
    """The event code of a noun, or of the act a span of it holds ("three days of exercises")."""
    code = noun_code(n)
    if code or n.lower_ not in SPANS:
        return code
    return next((k for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj" for k in [noun_code(g)] if k), None)


def _declared_state(tok: Token) -> bool:
    """"a state of emergency", "martial law": what is declared, not whom it is declared on."""
    if tok.lemma_.lower() == "law" and any(c.lower_ == "martial" for c in tok.children):
        return True
    return tok.lemma_.lower() == "state" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in ("emergency", "siege", "alert", "war") for g in c.children)
        for c in tok.children
    )


def _where_to(verb: Token, obj: Token) -> Token | None:
    """The country or town a deployed participant goes to, stays in or leaves."""
    for head in (verb, obj, *[c for c in obj.children if c.dep_ == "prep"]):
        for c in head.children if head.dep_ != "prep" else [head]:
            if c.dep_ == "prep" and c.lower_ in ("to", "in", "into", "from", "out"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        if g.ent_type_ in ("GPE", "LOC"):
                            return g
                        inner = next((x for x in g.subtree if x.ent_type_ in ("GPE", "LOC") and x.dep_ == "pobj"), None)
                        if inner is not None:
                            return inner
    return None


def _post_scope(tok: Token) -> list[Token]:
    out: list[Token] = []
    stack = [c for c in tok.children if c.i > tok.i]
    while stack:
        c = stack.pop()
        if c.dep_ in ("ccomp", "advcl", "relcl", "parataxis", "punct", "appos", "npadvmod"):
            continue
        out.append(c)
        if c.lemma_.lower() not in _CAUSE_NOUNS:  # not into "in retaliation for attacks on X"
            stack.extend(c.children)
    return sorted(out, key=lambda t: t.i)


def span_of(tok: Token | None, tails: bool = True) -> Arg | None:
    """The trimmed phrase of an argument; ``tails=False`` drops prepositional tails but "of"."""
    if tok is None:
        return None
    return _np(tok, tails)


def is_pronoun(tok: Token | None) -> bool:
    """A personal pronoun ("US" the country is not "us")."""
    return tok is not None and tok.lower_ in _PRONOUNS and not (tok.lower_ == "us" and tok.text.isupper())


_WORD = re.compile(r"[A-Za-z][A-Za-z'\-.]*")


def agent_code(text: str) -> str | None:
    """Phoenix agent code (GOV, MIL, REB, COP, OPP, CVL, ...) of an actor phrase, by its nouns:
    the longest run that names an agent, and of those the rightmost (the head noun)."""
    words = [w.lower().rstrip(".") for w in _WORD.findall(text)]
    matches = tables.agent_matches(words)
    if not matches:
        return None
    longest = matches[0][0]
    return [code for n, code in matches if n == longest][-1]


def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-3 code of the country an actor phrase names ("Israeli soldiers" -> ISR)."""
    words = [w.lower() for w in _WORD.findall(text)]
    cs = tables.countries()
    for n in (4, 3, 2, 1):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i : i + n]).rstrip(".")
            for k in (key, key.replace(".", ""), key.rstrip("s"), key.removesuffix("'s")):
                if k in cs and len(k) > 1:
                    return cs[k]
    return None


_REPORTING = frozenset("say tell report announce claim state add confirm quote allege note insist".split())


def reporting_source(tok: Token) -> Token | None:
    """Who reports the event: the subject of the reporting verb above the trigger ("..., police
    said"), the agent of a passive report, or the object of "according to"."""
    for t in tok.sent:
        if t.lower_ == "according":
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "to":
                    g = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if g is not None:
                        return g
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        if cur.dep_ in ("ccomp", "parataxis", "xcomp") and cur.head.lemma_.lower() in _REPORTING:
            head = cur.head
            agent, psubj = _passive(head)
            s = agent or subject_of(head)
            if s is not None and not is_pronoun(s):
                return s
            return None
        cur = cur.head
    for c in tok.children:  # "X did Y, police said": the reporting verb hangs from the event
        if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in _REPORTING and c.i > tok.i:
            s = subject_of(c)
            if s is not None and not is_pronoun(s):
                return s
    return None
