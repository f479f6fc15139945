"""Construction rules the verb dictionary cannot express.

- support verbs: "take steps to X", "make efforts to X": X is the event, the verb lends its subject
- ending a presence: "put an end to / end / terminate the presence of foreign troops" demands
  their withdrawal (CAMEO 1056, REQUEST)
- evaluations: "called the invasion illegal", "described the deal as a success": an evaluative
  statement about the object, ACCUSE (111, denounce) when the judgement is negative and
  SUPPORT (051, praise) when positive, by the word's valence in the VADER lexicon
- withdrawing personnel: "withdraw the inspectors / peacekeepers / the ambassador" is a sanction
  (CAMEO 166x, 161), not a military retreat
- conceding: "accepted / met the demands" accedes to demands (083, CONCEDE); "lifted / eased the
  curfew, the state of emergency, restrictions" eases administrative sanctions (081 family, CONCEDE)
- coercion: "prevented / banned / broke up the demonstration" restricts freedoms (1721, COERCE);
  "forced out of their homes" expels (174); "ordered the paper to suspend publication" imposes an
  administrative sanction (172)
- anaphoric decisions: "announced the decision on Friday" reports again an act the article
  described before; the event takes that act's type (resolved by the events component)
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from newsgraph.events.lexicon import LABOUR_ONLY, noun_code

Token = Any

ANAPHOR = "ANAPHOR"
#: prepositions that say where an act happened ("in Baghdad", "across the border"): their object is its place
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "throughout", "within", "along"})
_SUPPORT_OBJECTS = frozenset("step steps measure measures action actions effort efforts move moves".split())
_PRESENCE = frozenset({"presence", "existence", "deployment", "stationing"})
_MILITARY = frozenset("soldier troop force forces coalition military army base mission occupation".split())
_EVALUATIVE_VERBS = frozenset({"call", "describe", "brand", "label", "term", "dub", "deem", "declare"})
_REPORTING = frozenset("announce confirm declare defend explain reiterate unveil approve justify".split())
_DECISION_NOUNS = frozenset("decision move step plan measure order call demand".split())


@lru_cache(maxsize=1)
def _valence() -> dict[str, float]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    lex: dict[str, float] = SentimentIntensityAnalyzer().lexicon
    return lex


def support_verb(tok: Token) -> bool:
    """"take steps to X": the verb carries no event of its own."""
    if tok.lemma_.lower() not in ("take", "make", "step"):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _SUPPORT_OBJECTS for c in tok.children)


def purpose_clauses(tok: Token) -> list[Token]:
    """The "to X" clauses of a support verb (on the verb or on its object)."""
    out = []
    for c in [tok, *[d for d in tok.children if d.dep_ == "dobj"]]:
        for g in c.children:
            if g.dep_ in ("advcl", "acl", "xcomp") and g.pos_ == "VERB" and any(a.lower_ == "to" for a in g.children):
                out.append(g)
    return out


def _military(noun: Token) -> bool:
    for c in noun.children:
        if c.dep_ in ("amod", "compound") and c.lower_ in ("military", "foreign", "american", "troop", "army", "naval"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "from"):
            for g in c.children:
                if g.dep_ == "pobj" and (g.lemma_.lower() in _MILITARY or any(x.lemma_.lower() in _MILITARY for x in g.subtree)):
                    return True
    return False


def ends_presence(tok: Token) -> str | None:
    """"put an end to the presence of (foreign) soldiers" demands their withdrawal (1056); ending
    *its own* presence ("the US will end its military presence") is a withdrawal (0872)."""
    lemma = tok.lemma_.lower()
    nouns: list[Token] = []
    if lemma == "put" and any(c.dep_ == "dobj" and c.lemma_.lower() == "end" for c in tok.children):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                nouns += [g for g in c.children if g.dep_ == "pobj"]
        for c in tok.children:
            if c.dep_ == "dobj" and c.lemma_.lower() == "end":
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ == "to":
                        nouns += [g for g in p.children if g.dep_ == "pobj"]
    elif lemma in ("end", "terminate"):
        nouns = [c for c in tok.children if c.dep_ == "dobj"]
    for n in nouns:
        if n.lemma_.lower() in _PRESENCE and _military(n):
            own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in n.children)
            return "0872" if own else "1056"
    return None


#: verdicts that damn what they name, also where the valence lexicon has no entry for them
_DAMNING = frozenset(
    "illegal illegitimate unlawful criminal unacceptable provocation provocations sham hoax lie lies smear "
    "fabrication propaganda slander aggression blackmail interference".split()
)


def evaluation(tok: Token) -> str | None:
    """CAMEO code of "called X illegal" (111) or "called X a success" (051), else None."""
    if tok.lemma_.lower() not in _EVALUATIVE_VERBS:
        return None
    if not any(c.dep_ == "dobj" for c in tok.children):
        return None
    preds = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ in ("ADJ", "NOUN")]
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if len(objs) == 2 and objs[1].pos_ == "NOUN" and (objs[1].lower_ in _DAMNING or objs[1].lemma_.lower() in _DAMNING):
        # "called the expulsions "a provocation"": the parser made the verdict a second object
        # (only a damning one: "calls their presence a tragedy" judges a situation, no one accused)
        preds.append(objs[1])
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            preds += [g for g in c.children if g.dep_ == "pobj"]
    lex = _valence()
    for p in preds:
        words = [p, *[c for c in p.children if c.dep_ in ("amod", "advmod")]]
        v = sum(lex.get(w.lower_, 0.0) for w in words)
        if p.lower_ in _DAMNING or p.lemma_.lower() in _DAMNING:
            v -= 2.0
        if v < 0:
            return "111"
        if v > 0:
            return "051"
    return None


_PERSONNEL_CODES = {
    "peacekeeper": "1661", "peacekeeping": "1661", "monitor": "1662", "inspector": "1662", "observer": "1662",
    "aid": "1663", "worker": "1663", "agency": "1663", "ambassador": "161", "envoy": "161", "diplomat": "161",
}


def withdraws_personnel(tok: Token) -> str | None:
    """"withdraw / expel the inspectors, peacekeepers, ambassador": CAMEO 166x / 161 (SANCTION),
    not a military retreat or a deportation."""
    if tok.lemma_.lower() not in ("withdraw", "recall", "pull", "expel", "evict"):
        return None
    for c in tok.children:
        if c.dep_ == "dobj":
            for w in [c, *[x for x in c.children if x.dep_ in ("compound", "amod")]]:
                code = _PERSONNEL_CODES.get(w.lemma_.lower())
                if code:
                    return code
    return None


#: what a government defends or justifies in words: its measures and record
_DEFENDED = _DECISION_NOUNS | frozenset(
    "law laws bill policy policies record action actions strategy handling response approach reform reforms ban "
    "operation operations crackdown conduct".split()
)


def defends_a_measure(tok: Token) -> bool:
    """"defended the measure", "justified its decision": a verbal defence of a measure (052), which
    is neither the measure taken again nor armed protection (PETRARCH's 074)."""
    if tok.lemma_.lower() not in ("defend", "justify"):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _DEFENDED for c in tok.children)


#: what a statement voices about an act: "expressed concern over the arrests", "voiced alarm at the verdict"
_CONCERN_NOUNS = frozenset({"concern", "concerns", "alarm", "dismay", "outrage", "indignation"})
_ACT_NOUNS = frozenset("case trial arrest arrests detention verdict sentence crackdown violence treatment conduct ruling "
                       "charges charge expulsion expulsions killing killings".split())


def voiced_concern(tok: Token) -> bool:
    """"expressed concern over the trial", "voiced alarm at the arrests": a criticism (111) of an
    act or of who did it, as "concerned by ..." is; concern about a thing ("the economy") is none."""
    if tok.lemma_.lower() not in ("express", "voice"):
        return False
    for o in tok.children:
        if o.dep_ == "dobj" and o.lower_ in _CONCERN_NOUNS:
            about = [g for h in (tok, o) for c in h.children if c.dep_ == "prep" and c.lower_ in ("over", "about", "at", "by")
                     for g in c.children if g.dep_ == "pobj"]
            if any(g.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or g.lemma_.lower() in _ACT_NOUNS or g.lower_ in _ACT_NOUNS
                   or noun_code(g) for g in about):
                return True
    return False


#: adopting a measure: "approved sanctions", "adopted a new round of sanctions"
_ADOPT = frozenset({"approve", "adopt", "pass", "endorse", "unveil"})
_BATCHES = frozenset("package round set raft batch list wave tranche".split())


def adopted_measure(tok: Token) -> str | None:
    """"ministers approved a package of sanctions": the body that adopts a sanction or an aid
    package imposes or gives it (the noun's code), it concedes nothing (PETRARCH's 080)."""
    if tok.lemma_.lower() not in _ADOPT:
        return None
    for o in tok.children:
        if o.dep_ not in ("dobj", "nsubjpass"):
            continue
        heads = [o]
        if o.lemma_.lower() in _BATCHES:
            heads += [g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for h in heads:
            code = noun_code(h)
            if code and code[:2] in ("16", "07"):
                return code
    return None


def put_to_them(tok: Token) -> bool:
    """"Asked about the dispute, the minister said ...", "When asked whether ...": a question put to
    the speaker in an interview, no demand made of anyone."""
    return (tok.lemma_.lower() == "ask" and tok.tag_ == "VBN" and tok.dep_ == "advcl"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in tok.children))


def no_comment(tok: Token) -> bool:
    """"declined to comment", "refused to elaborate": a reporter's answer not given, no rejection."""
    return tok.lemma_.lower() in ("decline", "refuse") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in ("comment", "elaborate", "speculate") for c in tok.children
    )


_SOLIDARITY_VERBS = frozenset({"stand", "express", "declare", "show", "voice", "reaffirm", "offer", "extend", "pledge"})


def solidarity_with(tok: Token) -> Token | None:
    """"stood in full solidarity with Poland", "declared his solidarity with the miners": support
    (051) for the one named after "with" (the solidarity itself when none is named); else None."""
    if tok.lemma_.lower() not in _SOLIDARITY_VERBS:
        return None
    for c in tok.children:
        nouns = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "in" else []
        for n in nouns:
            if n.lemma_.lower() == "solidarity":
                return next((g for h in (n, tok) for w in h.children if w.dep_ == "prep" and w.lower_ == "with"
                             for g in w.children if g.dep_ == "pobj"), n)
    return None


#: a diplomatic protest handed over: "handed him a protest note", "delivered a note of protest"
_HAND_OVER = frozenset({"hand", "deliver", "send", "lodge", "file", "issue", "submit", "present", "register"})


def protest_note(tok: Token) -> bool:
    """"handed the envoy a protest note", "sent a note of protest to Tokyo": a formal protest
    between states, a criticism (111) of whom it is handed to, no demonstration."""
    if tok.lemma_.lower() not in _HAND_OVER:
        return False
    for o in tok.children:
        if o.dep_ != "dobj":
            continue
        if o.lemma_.lower() in ("note", "letter") and any(
            c.lower_ in ("protest", "protests") and c.dep_ in ("compound", "amod", "nmod") or c.dep_ == "prep" and c.lower_ == "of"
            and any(g.lower_ == "protest" for g in c.children) for c in o.children
        ):
            return True
    return False


#: who or what is pushed back at a border: people on the move and their boats
_PUSHED_BACK = frozenset("boat boats dinghy dinghies vessel vessels raft rafts migrant migrants refugee refugees seeker seekers "
                         "asylum-seeker asylum-seekers people family families arrival arrivals".split())


def pushback(tok: Token) -> bool:
    """"border guards pushed back boats carrying migrants", "turned back the refugees": people
    forced back across a border (174, expel), no armed attack repelled."""
    if tok.lemma_.lower() not in ("push", "turn", "send", "force", "drive") or not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children):
        return False
    objs = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _PUSHED_BACK or o.lower_ in _PUSHED_BACK for o in objs)  # ("hundreds of refugees")


#: arms a force answers with: "responded with artillery", "with mortar fire"
_RETURN_FIRE = frozenset("artillery mortar mortars rocket rockets missile missiles gunfire shelling drones drone".split())


def responds_with(tok: Token) -> str | None:
    """"the army responded with air strikes on the villages", "answered with artillery fire": the
    act named after "with" (its noun's code), a reply in force, not a statement."""
    if tok.lemma_.lower() not in ("respond", "answer", "reply", "react", "retort"):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            for g in c.children:
                code = noun_code(g) if g.dep_ == "pobj" else None
                if code and code[:2] in ("15", "16", "17", "18", "19", "20"):
                    return code
                if g.dep_ == "pobj" and (g.lower_ in _RETURN_FIRE or any(x.lower_ in _RETURN_FIRE for x in g.children if x.dep_ == "compound")):
                    return "190"  # "responded with artillery", "answered with mortar fire"
    return None


#: what one denies: "rejected the accusations", "dismissed the allegations as lies"
_DENIED = frozenset("accusation accusations allegation allegations charge charges claim claims criticism "
                    "criticisms report reports".split())


def denies_accusation(tok: Token) -> bool:
    """"rejected the accusations as groundless", "denied the allegations": a rejection (120) of what
    was said against the speaker (PETRARCH's 016, deny responsibility, is no PLOVER event)."""
    lemma = tok.lemma_.lower()
    return lemma in ("reject", "deny", "dismiss", "refute") and any(
        c.dep_ == "dobj" and c.lower_ in _DENIED and not (lemma == "dismiss" and c.lemma_.lower() == "charge") for c in tok.children
    )  # (a court that dismisses the charges drops them: no denial)


#: what a state closes to restrict movement: "closed the border crossing", "sealed its airspace"
_FRONTIERS = frozenset("border borders crossing crossings frontier frontiers airspace port ports checkpoint checkpoints".split())


def closes_passage(tok: Token) -> bool:
    """"closed the crossing after the clash", "sealed the border": a restriction of movement (191,
    as CAMEO's "restrict movement, close borders"), no cancellation (PETRARCH's "close" has no code)."""
    if tok.lemma_.lower() not in ("close", "seal"):
        return False  # ("shut the border" has PETRARCH's pattern: 160)
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _FRONTIERS for c in tok.children)


#: dangers no speaker brings about: "warned that the city faces famine"
_CALAMITIES = frozenset("famine starvation hunger catastrophe disaster collapse outbreak epidemic drought shortage "
                        "shortages malnutrition flooding floods".split())


def warns_of_calamity(tok: Token) -> bool:
    """"the UN warned that Gaza faces famine": a warning of a danger, no threat by the speaker."""
    if tok.lemma_.lower() not in ("warn", "caution"):
        return False
    for c in tok.children:
        if c.dep_ == "ccomp" and c.lemma_.lower() in ("face", "risk", "confront") and any(
            o.dep_ == "dobj" and o.lemma_.lower() in _CALAMITIES for o in c.children
        ):
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in _CALAMITIES for g in c.children if g.dep_ == "pobj"):
            return True  # "warned of famine in the north"
    return False


def anaphoric_decision(tok: Token) -> bool:
    """"announced the decision": a reporting verb whose object points back at an act."""
    if tok.lemma_.lower() not in _REPORTING:
        return False
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in _DECISION_NOUNS:
            if any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children):
                return True
    return False


#: ASSAULT modes by the weapon words of the clause, after NGEC's PLOVER structured codebook
#: (ahalterman/NGEC-2025, MIT): drone, aerial, suicide-attack, explosives, heavy-weapons, firearms
_WEAPON_MODES: tuple[tuple[str, frozenset[str]], ...] = (
    ("drone", frozenset({"drone", "drones", "uav", "uavs"})),
    ("suicide-attack", frozenset({"suicide"})),
    ("aerial", frozenset({"airstrike", "airstrikes", "air", "aircraft", "warplane", "warplanes", "jet", "jets",
                          "helicopter", "helicopters", "bomber", "bombers", "gunship", "gunships"})),
    ("explosives", frozenset({"bomb", "bombs", "bombing", "ied", "ieds", "mine", "mines", "minefield", "explosive",
                              "explosives", "explosion", "blast"})),
    ("heavy-weapons", frozenset({"artillery", "shelling", "shelled", "shell", "shells", "tank", "tanks", "rocket",
                                 "rockets", "mortar", "mortars", "missile", "missiles"})),
    ("firearms", frozenset({"gun", "guns", "gunfire", "gunmen", "gunman", "shot", "shooting", "rifle", "rifles",
                            "sniper", "snipers", "gunbattle"})),
    ("primitive", frozenset({"machete", "machetes", "knife", "knives", "axe", "axes", "stones", "rocks", "sticks",
                             "clubs", "spears", "arrows"})),
)
#: CAMEO-derived ASSAULT modes that say more than the weapon does
SPECIFIC_MODES = frozenset({"abduct", "beat", "torture", "sexual", "assassinate", "massacre", "cleansing", "unconventional"})


def weapon_mode(tok: Token) -> str | None:
    """The ASSAULT mode the weapon words of a trigger's clause name ("helicopters shelled" -> aerial)."""
    words = {t.lower_ for t in tok.subtree} | {tok.lower_}
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            words |= {t.lower_ for t in c.subtree}
    for mode, cues in _WEAPON_MODES:
        if words & cues:
            return mode
    return None


_DEMAND_NOUNS = frozenset({"demand", "demands", "request", "requests", "call", "calls", "ultimatum"})
_ACCEDE_VERBS = frozenset({"accept", "meet", "grant", "satisfy", "fulfil", "fulfill", "heed", "concede", "bow", "yield", "give"})
_RESTRICTIONS = {"curfew": "0813", "emergency": "0814", "law": "0814", "restriction": "081", "ban": "081",
                 "measure": "081", "control": "081", "censorship": "0811"}
_EASE_VERBS = frozenset({"ease", "lift", "relax", "loosen", "shorten", "end", "scrap", "revoke", "rescind", "remove", "reduce"})
_PROTEST_NOUNS = frozenset({"demonstration", "protest", "rally", "march", "strike", "sit-in", "gathering", "vigil"})
_PREVENT_VERBS = frozenset({"prevent", "ban", "bar", "block", "forbid", "prohibit", "stop", "disperse", "break"})
_STOP_VERBS = frozenset({"suspend", "close", "shut", "stop", "halt", "cease", "end", "leave", "vacate"})


def _objects(tok: Token) -> list[Token]:
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "with", "on"):
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def concession(tok: Token) -> str | None:
    """083 for acceding to demands, 081x for easing restrictions, else None."""
    lemma = tok.lemma_.lower()
    objs = _objects(tok)
    if lemma in _ACCEDE_VERBS and any(o.lemma_.lower() in _DEMAND_NOUNS or o.lower_ in _DEMAND_NOUNS for o in objs):
        return "083"
    if lemma in _EASE_VERBS:
        for o in objs:
            for w in [o, *[c for c in o.children if c.dep_ in ("compound", "prep")]]:
                key = w.lemma_.lower()
                if w.dep_ == "prep":
                    key = next((g.lemma_.lower() for g in w.children if g.dep_ == "pobj"), "")
                if key in _RESTRICTIONS:
                    return _RESTRICTIONS[key]
    return None


_PASSAGES = frozenset("road roads highway highways bridge bridges street streets traffic transport entrance "
                      "entrances access port ports railway railways route routes junction crossing crossings motorway "
                      "motorways harbour harbor exit exits".split())
_AUTHORITY_AGENTS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})
_SHUT_VERBS = frozenset({"shut", "close", "ban", "suspend", "dissolve", "outlaw", "block"})
_MEDIA = frozenset(
    "newspaper newspapers paper papers station stations radio television channel channels website websites media "
    "internet outlet outlets broadcaster broadcasters platform platforms data mobile telephone telecommunications".split()
)
_POLITICAL_BODIES = frozenset(
    "party parties parliament assembly opposition union unions activity activities commission constitution legislature senate".split()
)
_UTILITIES = frozenset("electricity power water supply supplies internet fuel gas".split())


def _forces(tok: Token) -> bool:
    """The subject is an authority or an armed side ("soldiers", "border guards", "the militia")."""
    from newsgraph.events import participants as pt

    subj = _subject(tok)
    return _agent_of_subject(tok) in _AUTHORITY_AGENTS or subj is not None and pt.kind(subj, subj.text) in (pt.POLITICAL, pt.ARMED)


def _agent_of_subject(tok: Token) -> str | None:
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return None if subj is None else _agent_of(subj)


def _agent_of(subj: Token) -> str | None:
    """The Phoenix agent code of a noun phrase's head or its modifiers ("riot police": COP)."""
    from newsgraph.events.tables import agents

    ag = agents()
    # the head noun says who they are ("supporters of President X" are not the government)
    for w in [subj, *[c for c in subj.children if c.dep_ in ("compound", "amod")]]:
        code = ag.get(w.lemma_.lower()) or ag.get(w.lower_)
        if code:
            return code
    return None


def _in_strike(tok: Token) -> bool:
    """"closed their shops in a strike / during the bandh": a shop closure that is a strike."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "during", "for") and any(g.lower_ in ("strike", "bandh", "hartal", "shutdown") for g in c.children)
        for c in tok.children
    )


def in_protest(tok: Token) -> bool:
    """The act is done "to protest" or "in protest" (a purpose clause or phrase of protest)."""
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("protest", "demonstrate") and any(a.lower_ == "to" for a in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() == "protest" for g in c.children):
            return True
    return False


#: what someone is barred from: running for office, travelling, working, leaving
_BARRED_FROM = frozenset("run contest stand travel leave enter work participate hold teach study attend".split())
_LICENCES = frozenset({"licence", "license", "licences", "licenses", "accreditation", "permit", "registration", "credentials"})
_DETAIN_VERBS = frozenset({"detain", "arrest", "jail", "imprison", "incarcerate"})
_CUSTODY = frozenset({"detention", "custody", "prison", "jail", "gaol"})
#: where a prisoner is moved: "transferred to a penal colony", "moved to a maximum-security prison"
_JAILS = _CUSTODY | frozenset({"colony", "penitentiary", "facility", "cell", "camp"})
_SEARCH_VERBS = frozenset({"search", "raid"})
_PREMISES = frozenset("home homes house houses office offices premises headquarters flat apartment residence".split())


def _authority_subject(tok: Token) -> bool:
    """Police, soldiers, agents of a security agency ("FBI agents")."""
    from newsgraph.events import participants as pt

    if _agent_of_subject(tok) in _AUTHORITY_AGENTS:
        return True
    subj = _subject(tok)
    return subj is not None and subj.lemma_.lower() in ("agent", "officer", "investigator", "detective") and pt.kind(
        subj, " ".join(t.text for t in subj.subtree)
    ) == pt.POLITICAL


def _detained(c: Token) -> bool:
    """"(ordered him) detained", "held in custody", "kept in detention": someone put in custody."""
    if c.dep_ not in ("acl", "xcomp", "ccomp", "oprd") or c.pos_ not in ("VERB", "ADJ"):
        return False
    if c.lemma_.lower() in _DETAIN_VERBS:
        return True
    return c.lemma_.lower() in ("hold", "keep", "place", "remand") and any(
        p.dep_ == "prep" and p.lower_ in ("in", "into", "under") and any(g.lemma_.lower() in _CUSTODY for g in p.children) for p in c.children
    )


def coercion(tok: Token) -> str | None:
    """1721 for stopping a protest, 174 for forcing people out, 172 for ordering a stop, cordoning
    off an area, shutting media or cutting off utilities, 1722 for suspending parties or dissolving
    parliament, 144 for protesters blocking roads (authorities blocking them impose a blockade,
    191); else None."""
    lemma = tok.lemma_.lower()
    objs = _objects(tok)
    if lemma in ("block", "barricade", "blockade") and any(o.lemma_.lower() in _PASSAGES for o in objs):
        return "191" if _agent_of_subject(tok) in _AUTHORITY_AGENTS else "144"
    if lemma in ("transfer", "move") and any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") and any(g.lemma_.lower() in _JAILS for g in c.children if g.dep_ == "pobj") for c in tok.children
    ) and any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return "173"  # "the jailed opposition leader was transferred to a penal colony": kept in custody
    if lemma == "turn" and any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in tok.children) and any(
        o.lemma_.lower() in _CONVOYS for o in objs
    ) and _forces(tok):
        return "191"  # "soldiers at a checkpoint turned back an aid convoy": passage refused
    if lemma == "clear" and _agent_of_subject(tok) in _AUTHORITY_AGENTS and any(
        o.lemma_.lower() in ("encampment", "sit-in") or o.lemma_.lower() == "camp" and any(g.lemma_.lower() == "protest" for g in o.children)
        or o.lemma_.lower() in _PROTESTERS for o in objs
    ):
        return "1721"  # "police cleared the encampment", "will clear the protest camp": a protest broken up
    if lemma in ("block", "barricade", "blockade", "occupy") and in_protest(tok) and _agent_of_subject(tok) not in _AUTHORITY_AGENTS:
        return "144"  # "fishermen blocked the harbour to protest against quotas"
    if lemma in _PREVENT_VERBS and any(o.lemma_.lower() in _PROTEST_NOUNS for o in objs):
        return "1721"
    if lemma in _PREVENT_VERBS | {"foil", "thwart", "frustrate", "scuttle"} and any(
        o.lemma_.lower() in ("attempt", "bid", "plan", "effort") and any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("march", "protest", "demonstrate", "rally", "gather", "picket") for c in o.children
        )
        for o in objs
    ):
        return "1721"  # "police foiled an attempt by protesters to march to the palace": a protest stopped
    if lemma in ("force", "drive", "push", "chase") and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return "174"
    if (lemma == "seal" or tok.lower_.startswith("cordon")) and any(c.dep_ in ("prt", "prep") and c.lower_ == "off" for c in tok.children):
        return "172"  # "security forces cordoned off the campus": an area closed (COERCE, restrict)
    held = objs + [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    held += [c for o in held for c in o.children if c.dep_ in ("conj", "compound")]  # "internet services"
    if lemma in _SHUT_VERBS and any(o.lemma_.lower() in _MEDIA for o in held):
        return "172"  # "shut down three newspapers", "blocked social media platforms": censorship
    if lemma in _SHUT_VERBS - {"block"} and any(o.lemma_.lower() in _POLITICAL_BODIES for o in held):
        return "1722"  # "suspended the activities of all parties", "dissolved parliament"
    subj = _subject(tok)
    if lemma == "cut" and any(o.lemma_.lower() in _UTILITIES for o in held) and (
        _agent_of_subject(tok) in _AUTHORITY_AGENTS or subj is not None and subj.lemma_.lower() in _STATE_WORDS
    ):
        return "172"  # "the regime cut off electricity and water to the district": withholding
    if lemma in ("order", "remand") and any(_detained(c) for c in [*tok.children, *[g for o in objs for g in o.children]]):
        return "173"  # "a judge ordered the mayor held in pre-trial detention": a detention, not a request
    if lemma in ("bar", "ban", "disqualify", "prohibit", "forbid") and objs and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_.lower() in _BARRED_FROM for g in c.children) for c in tok.children
    ):
        return "172"  # "barred the opposition candidate from running", "banned women from working": a restriction
    if lemma == "issue" and any(o.lemma_.lower() == "warrant" for o in objs):
        return "173"  # "a judge issued an arrest warrant for ...": an arrest ordered, not a request
    if lemma == "revoke" and any(o.lemma_.lower() in _LICENCES for o in objs):
        return "172"  # "revoked the licence of the television channel": an administrative sanction
    if lemma in _SEARCH_VERBS and _authority_subject(tok) and any(o.lemma_.lower() in _PREMISES for o in objs):
        return "172"  # "FBI agents searched the home of ...": a search of premises (COERCE), not an inquiry
    if lemma in ("order", "force", "compel"):
        for c in tok.children:
            if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _STOP_VERBS:
                return "172"
    if lemma in _SEIZE_VERBS and objs and _agent_of_subject(tok) in ("COP", "MIL", "GOV", "JUD") and not any(
        o.lemma_.lower() in _POSITIONS or o.lower_ in _NOT_GOODS or _position(o) for o in objs
    ) and (lemma != "recover" or any(_contraband(o) for o in objs)):
        return "1711"  # "police seized 5 tonnes of heroin", "troops recovered a cache of arms": confiscation
    if lemma in ("disperse", "scatter") and any(_crowd(o) for o in _conjoined(objs)):
        return "1721"  # "police dispersed the protesters / vendors": a gathering broken up (COERCE)
    if lemma in _CASE_VERBS and any(
        o.lemma_.lower() in _CASES and any(c.dep_ == "prep" and c.lower_ == "against" for c in [*o.children, *tok.children]) for o in objs
    ):
        # "police registered a case against 200 people" (a charge, COERCE); "the family filed a
        # complaint against the officer" (an accusation)
        return "173" if _agent_of_subject(tok) in _AUTHORITY_AGENTS else "115"
    return None


_SEIZE_VERBS = frozenset({"seize", "confiscate", "impound", "recover"})
#: what an authority seizes that is no goods: power, control, the initiative
_NOT_GOODS = frozenset({"power", "control", "initiative", "opportunity", "chance", "moment", "body", "bodies"})
_CONTRABAND = frozenset(
    "arms weapons weapon ammunition explosives explosive cache caches rifle rifles gun guns pistol pistols grenade grenades "
    "drug drugs heroin cocaine cannabis narcotics contraband bomb bombs detonator detonators".split()
)


def _contraband(tok: Token) -> bool:
    """Weapons or drugs, also counted: "a cache of arms", "5 kg of heroin"."""
    return any(t.lemma_.lower() in _CONTRABAND or t.lower_ in _CONTRABAND for t in tok.subtree)


#: "registered / filed / lodged a case against": legal action (an FIR is South Asia's police report)
_CASE_VERBS = frozenset({"register", "file", "lodge", "book", "slap", "institute", "open"})
_CASES = frozenset({"case", "cases", "fir", "firs", "complaint", "complaints", "charge", "charges", "lawsuit", "suit"})


def _crowd(tok: Token) -> bool:
    """People gathered: protesters, a crowd, vendors, students, "hundreds of people"."""
    from newsgraph.events import participants as pt

    w = tok.lemma_.lower()
    if w in _RIOTERS or tok.lower_ in _RIOTERS or w in _OCCUPIERS or w in _STRIKERS or w in ("gathering", "rally", "demonstration", "protest", "march"):
        return True
    return pt.kind(tok, " ".join(t.text for t in tok.subtree)) == pt.PEOPLE


# ---------------------------------------------------------------- short reports of violence, protest and deployment

#: who fights in the physical sense: "police battled gang members", "a mob attacked the offices"
_VIOLENT_SUBJECTS = frozenset(
    "gunman gunmen attacker attackers assailant assailants militant militants insurgent insurgents rebel rebels "
    "fighter fighters soldier soldiers troop troops army police policeman policemen mob mobs militia militias "
    "militiaman militiamen jihadist jihadists bandit bandits raider raiders force forces guard guards rioter "
    "rioters gang gangs extremist extremists terrorist terrorists miscreant miscreants thug thugs goon goons dacoit "
    "dacoits hoodlum hoodlums".split()
)
_FIGHT_VERBS = frozenset({"attack", "battle", "fight", "clash", "assault", "bombard", "pound", "storm", "raid", "ambush"})
#: what one attacks in words: "attacked the ruling", "fought the decision"
_SAID_THINGS = frozenset(
    "ruling decision decisions policy policies plan plans proposal proposals law bill criticism report statement "
    "remarks comments speech idea ideas record reform reforms budget deal".split()
)
#: what a weapon does when it goes off: "a bomb exploded", "shells landed on the market"
_WEAPON_VERBS = frozenset({"go", "explode", "detonate", "land", "rain", "slam", "blow"})
#: crowd-control weapons (PLOVER ASSAULT, crowd-control): "used tear gas", "fired rubber bullets"
_CROWD_CONTROL = frozenset("gas teargas tear-gas cannon cannons bullet bullets baton batons ammunition truncheon truncheons".split())


#: what one throws as a weapon: "hurled a crude bomb", "lobbed a grenade", "threw petrol bombs"
_THROW_VERBS = frozenset({"hurl", "throw", "lob", "toss", "fling", "plant"})
_THROWN = frozenset({"grenade", "grenades", "bomb", "bombs", "petrol-bomb", "molotov", "cocktail", "cocktails", "acid"})
#: territory taken by force: "overran a post", "recaptured the town", "seized the base"
_TAKE_POSITION = frozenset({"overrun", "overran", "recapture", "retake", "retook", "capture", "seize", "storm"})
_POSITIONS = frozenset(
    "town towns village villages city cities post posts outpost outposts base bases camp camps position positions "
    "checkpoint checkpoints barracks garrison garrisons stronghold strongholds district districts area areas "
    "territory hill hills airport airfield airbase port headquarters station stations border crossing centre center "
    "land farmland farms estate estates plantation plantations building buildings compound".split()
)
#: "set up / established a base": an armed force based somewhere
_SET_UP = frozenset({"establish", "set", "open", "build"})
_CONTROL_VERBS = frozenset({"seize", "take", "gain", "wrest", "assume", "regain", "retake", "recapture"})
_BASES = frozenset("headquarters base bases camp camps outpost outposts garrison stronghold".split())
#: what is hijacked in an abduction (not "hijacked the debate")
_VEHICLES = frozenset("bus plane aircraft airliner jet flight ship vessel tanker boat truck lorry car vehicle train convoy ferry".split())
_LOOT_VERBS = frozenset({"loot", "ransack", "plunder", "pillage", "raze", "rustle", "snatch"})
#: what one lays down or surrenders to disarm
_ARMS = frozenset("arms weapons weapon firearms firearm guns gun rifles rifle ammunition explosives".split())
#: who loots or storms as a crowd: a riot
_LOOTERS = frozenset({"looter", "looters"})


def _violent(tok: Token) -> bool:
    """A violent actor: gunmen, troops, militants, an armed group ("armed men", "the Arakan Army")."""
    from newsgraph.events import participants as pt

    w = tok.lemma_.lower()
    if w in _VIOLENT_SUBJECTS or tok.lower_ in _VIOLENT_SUBJECTS:
        return True
    if any(c.lower_ in ("armed", "masked", "hooded") for c in tok.children if c.dep_ in ("amod", "compound")):
        return True
    text = " ".join(t.text for t in tok.subtree)
    return pt.kind(tok, text) == pt.ARMED or bool(pt.agent_codes(text) & {"MIL", "REB", "UAF", "COP"})


def _position(tok: Token) -> bool:
    """A place held by force: a town, a post, a base; or a named place ("the town of X", "Tessit")."""
    w = tok.lemma_.lower()
    if w in _POSITIONS or tok.lower_ in _POSITIONS:
        return True
    return tok.ent_type_ in ("GPE", "LOC", "FAC") and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) or any(
        c.lower_ in _POSITIONS for c in tok.children if c.dep_ in ("compound", "amod")
    )


#: what is fired or swung at someone: an act done to them with it is an attack ("peppered the bus with bullets")
_FIRE_AND_BLADES = frozenset(
    "bullet bullets gunfire round rounds shot shots shell shells grenade grenades rocket rockets mortar mortars "
    "machete machetes knife knives axe axes".split()
)
#: verbs of filling, supplying, holding or finding, whose "with" is what is put or held, not used
_WITH_WHAT_IS_HELD = frozenset(
    "load pack fill stock supply arm equip provide fit charge catch find replace reward present furnish hide store".split()
)


def done_with_weapons(tok: Token) -> bool:
    """A verb with a subject and an object whose "with" names fire or blades: "gunmen peppered the
    bus with bullets", "raked the rank with gunfire" (not "loaded the truck with rockets")."""
    if tok.lemma_.lower() in _WITH_WHAT_IS_HELD or not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    if not any(c.dep_ == "dobj" for c in tok.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and (g.lemma_.lower() in _FIRE_AND_BLADES or g.lower_ in _FIRE_AND_BLADES) for g in c.children)
        for c in tok.children
    )


#: the toll a result clause leaves: "leaving nine dead", "leaving 14 people dead and dozens wounded"
_TOLL_WORDS = frozenset({"dead", "wounded", "injured", "hurt", "maimed"})


def leaves_toll(tok: Token) -> bool:
    """A result clause that tells the toll of the act it follows: "..., leaving nine dead" (the
    act's own verb may be one the dictionary lacks: "sprayed the market with bullets")."""
    if tok.lemma_.lower() != "leave" or tok.dep_ != "advcl" or tok.tag_ != "VBG":
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "ccomp", "oprd", "xcomp")]
    return any(t.lower_ in _TOLL_WORDS for o in objs for t in o.subtree)


def _baton_charge(tok: Token) -> bool:
    """"lathi-charged", "baton-charged", "lathi charged" (the tokenizer splits off the hyphen)."""
    from newsgraph.events.repair import glued_prefix

    doc = tok.doc
    before = [doc[i].lower_ for i in range(max(tok.i - 2, 0), tok.i)] + [glued_prefix(tok) or ""]
    return any(w in ("lathi", "baton", "lathis", "batons", "cane") for w in before) or any(
        c.lower_ in ("lathi", "baton") for c in tok.children
    )


def _conjoined(toks: list[Token]) -> list[Token]:
    return toks + [c for t in toks for c in t.children if c.dep_ == "conj"]


def weapon(tok: Token) -> bool:
    """A weapon: "a bomb", "a roadside bomb", "mortar rounds", "an improvised explosive device"."""
    from newsgraph.events import participants as pt

    words = {tok.lemma_.lower(), tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    return bool(words & pt.WEAPONS) or " ".join(t.lower_ for t in tok.subtree).endswith("explosive device")


#: "hacked to death", "beaten to death", "stoned to death"; not "sentenced to death"
_NOT_KILLING = frozenset({"sentence", "condemn", "convict", "doom", "bore", "scare", "frighten", "worry", "love", "starve"})
#: forces sent ("sent reinforcements to the border") and relief sent ("sent food and medicine")
_SENT_FORCES = frozenset(
    "troop troops soldier soldiers reinforcement reinforcements force forces police policeman policemen unit units "
    "battalion battalions brigade brigades warship warships jet jets tank tanks commando commandos marine marines "
    "paratrooper paratroopers officer officers peacekeeper peacekeepers".split()
)
_SENT_RELIEF = frozenset(
    "food medicine medicines supplies aid relief tent tents blanket blankets water doctor doctors medic medics "
    "vaccine vaccines grain rice flour mattress mattresses clothing clothes kit kits shelter shelters".split()
)
_SEND_VERBS = frozenset({"send", "deploy", "dispatch", "rush", "airlift", "fly", "ship"})
#: what troops sent into a disaster do: relief, not a build-up of forces
_RELIEF_ACTS = frozenset({"evacuate", "evacuation", "rescue", "distribute", "deliver", "feed", "rebuild", "treat", "shelter"})
#: paying out money, and what it is paid for when it is relief
_DISBURSE = frozenset({"release", "disburse", "allocate", "earmark", "approve"})
_MONEY = frozenset("dollar euro pound yen yuan rupee naira shilling franc fund funds funding money grant".split())
_RELIEF_FOR = frozenset("shelter victim survivor refugee reconstruction relief recovery displaced evacuee".split())
#: loads of relief: "trucks of rice", "tonnes of food"
_LOADS = frozenset("truck lorry convoy plane planeload truckload shipment consignment ton tonne bag box carton load".split())
#: who strikes by walking off the job
_STRIKERS = frozenset(
    "worker workers employee employees staff teacher teachers doctor doctors nurse nurses miner miners driver "
    "drivers docker dockers union unions lawyer lawyers pilot pilots dockworker dockworkers longshoreman longshoremen "
    "controller controllers".split()
)
#: what one walks out of, or off, when one strikes
_WORKPLACES = frozenset(
    "job work shift hospital hospitals school schools factory factories plant plants mine mines office offices "
    "workplace workplaces classroom classrooms port ports depot depots warehouse warehouses".split()
)
_OCCUPIERS = frozenset(
    "protester protesters protestor protestors demonstrator demonstrators student students activist activists worker workers farmer "
    "farmers resident residents".split()
)
_STATE_WORDS = frozenset(
    "government governments state states country countries administration ministry cabinet regime junta authority "
    "authorities".split()
)


def _subject(tok: Token) -> Token | None:
    """Who does it: the subject, or a passive's agent ("the village was attacked by jihadists")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        subj = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if subj is None and _verb_on_first_noun(tok):
        return tok.head  # "The rebels handed over the airport ..." parsed as a noun phrase: the noun acts
    return subj


def _verb_on_first_noun(tok: Token) -> bool:
    """A finite or past verb the parser hung as a clause on the sentence's first noun, with no
    subject or relative word of its own: the sentence's main verb, the noun its subject (as
    ``coder.misparsed_main_verb`` and ``coder.fronted_verb`` read it)."""
    if tok.dep_ not in ("acl", "relcl") or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    noun = tok.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i != tok.i - 1 or noun.dep_ not in ("ROOT", "nsubj"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") or c.lower_ in ("who", "which", "that") for c in tok.children):
        return False
    return noun.left_edge.i == noun.sent.start and any(c.dep_ == "dobj" for c in tok.children)


def _said_subject(subj: Token | None, tok: Token) -> Token | None:
    """"The Arakan Army said it had captured ...": the pronoun is who said it."""
    if subj is None or subj.pos_ != "PRON" or subj.lower_ not in ("it", "they") or tok.dep_ != "ccomp":
        return subj
    return next((c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), subj)


def _shot_down(obj: Token) -> bool:
    """What is shot down: drones, missiles, aircraft ("37 of 52 drones")."""
    from newsgraph.events import participants as pt

    heads = [obj, *[g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]]
    return any(h.lemma_.lower() in pt.WEAPONS | pt.AIRCRAFT | {"plane", "uav", "airliner"} or h.lower_ in pt.AIRCRAFT | {"uavs"} for h in heads)


#: verbs of taking someone off by force or stealth: "whisked away", "carted off", "spirited away"
_SPIRIT_VERBS = frozenset({"whisk", "cart", "spirit", "bundle"})
_CARRY_VERBS = _SPIRIT_VERBS | frozenset({"carry", "take", "drag", "march", "lead", "drive", "make"})


#: what a body found bears when someone killed the person: wounds, torture, binding, dumping
_VIOLENCE_SIGNS = frozenset(
    "gunshot gunshots bullet bullets bullet-riddled torture tortured mutilated beheaded decapitated dumped abducted "
    "kidnapped blindfolded handcuffed stab stabbed execution-style machete".split()
)
_REMAINS = frozenset({"body", "bodies", "corpse", "corpses", "remains"})


def weapon_or_aircraft(tok: Token) -> bool:
    """A weapon or an aircraft ("a drone", "missiles", "jets"), or an attack named by a noun ("a barrage")."""
    from newsgraph.events import participants as pt

    low = {tok.lemma_.lower(), tok.lower_}
    return weapon(tok) or bool(low & (pt.AIRCRAFT | _ROUND_NOUNS))


_ROUND_NOUNS = frozenset("barrage barrages salvo salvos salvoes volley volleys airstrike airstrikes".split())


def found_killed(tok: Token) -> bool:
    """A body or a person found or dumped with signs that someone killed them: "the bodies of five
    men were found dumped", "was found with gunshot wounds" (not "bodies were found after the flood")."""
    from newsgraph.events import participants as pt

    if tok.lemma_.lower() not in ("find", "dump", "discover") or tok.tag_ != "VBN":
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or not (subj.lemma_.lower() in _REMAINS or subj.lower_ in _REMAINS or pt.kind(subj, " ".join(t.text for t in subj.subtree)) in (pt.PEOPLE, pt.POLITICAL)):
        return False
    return any(t.lower_ in _VIOLENCE_SIGNS for t in tok.sent)


def takes_away(tok: Token) -> bool:
    """Loot or carry off: "rustled 200 cattle", "made off with the herd" (what is taken may be animals)."""
    return tok.lemma_.lower() in _LOOT_VERBS or _carried_off(tok)


def _carried_off(tok: Token) -> bool:
    """"carted away", "whisked off", "made off with": taking someone or something away."""
    lemma = tok.lemma_.lower()
    if lemma not in _CARRY_VERBS or not any(c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "off") for c in tok.children):
        return False
    return lemma != "make" or any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


#: attacks named as the subject of what they do to a unit ("two strikes suppressed a mortar team")
_FIRE_NOUNS = frozenset({"strike", "airstrike", "fire", "gunfire", "shelling", "barrage"})


def _into_vehicle(tok: Token) -> bool:
    """Someone put into a vehicle: "bundled the reporter into a car", "was dragged into a van" (the
    verb may be any: what it does is take them off)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "into" and any(g.dep_ == "pobj" and g.lemma_.lower() in _VEHICLES | _VANS for g in c.children)
        for c in tok.children
    )


_VANS = frozenset({"van", "pickup", "minivan", "suv", "jeep"})


def _thrown(tok: Token) -> list[Token]:
    """What a verb of throwing throws: its object or the subject of its passive; the noun its
    participle hangs on ("a petrol bomb thrown at the office"); a subject with no object, which a
    headline's passive makes of the thing thrown ("Grenade lobbed at police post": no grenade throws)."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        out.append(tok.head)
    if not out:
        out = [c for c in tok.children if c.dep_ == "nsubj"]
    return out


def violence(tok: Token) -> str | None:
    """Violence the dictionary's phrase patterns read as words or miss:

    - "attack", "battle", "fight" with a violent subject (gunmen, police, a mob, troops) and no
      said thing as object: a physical fight (190), not criticism;
    - "hacked / beaten / stoned to death": a killing (1823);
    - "executed six men": an execution (1823), not carrying out a plan;
    - "gunmen seized 19 passengers": an abduction (181), not a seizure of goods.
    - "two strikes suppressed a mortar team": suppressive fire (190), not repression (170).
    """
    from newsgraph.events import participants as pt

    lemma = tok.lemma_.lower()
    objs = _objects(tok)
    hijacker = _subject(tok)
    if lemma == "hijack" and (
        any(o.lemma_.lower() in _VEHICLES or pt.kind(o, o.text) in (pt.PEOPLE, pt.POLITICAL) for o in objs)
        or objs and hijacker is not None and (_violent(hijacker) or pt.kind(hijacker, hijacker.text) == pt.ARMED)
    ):
        # "militants hijacked a passenger bus", "raiders hijacked a dredger": PLOVER ASSAULT (abduct), not a seizure of goods
        return "181"
    if (lemma == "lay" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children) or lemma in ("surrender", "hand")) and any(
        o.lemma_.lower() in _ARMS or o.lower_ in _ARMS for o in objs if o.dep_ == "dobj"
    ):
        return "0873"  # "fighters laid down their arms", "villagers surrendered 40 firearms": disarming (RETREAT)
    if lemma == "charge" and _baton_charge(tok):
        return "180"  # "police lathi-charged the protesters", "baton-charged the crowd": crowd control (ASSAULT)
    if lemma in _THROW_VERBS and any(weapon(o) or o.lemma_.lower() in _THROWN for o in _conjoined(_thrown(tok))):
        return "183"  # "miscreants hurled a crude bomb at the house", "a grenade was lobbed into a bar"
    taker = _said_subject(_subject(tok), tok)
    if _carried_off(tok) or _into_vehicle(tok) and any(pt.kind(o, " ".join(t.text for t in o.subtree)) in (pt.PEOPLE, pt.POLITICAL) for o in objs):
        people = any(pt.kind(o, " ".join(t.text for t in o.subtree)) in (pt.PEOPLE, pt.POLITICAL) for o in _conjoined(objs))
        authority = taker is not None and _agent_of(taker) in _AUTHORITY_AGENTS
        if taker is not None and _violent(taker) and not authority:
            return "181" if people else "180"  # "gunmen carted away 23 residents", "raiders made off with 300 cattle"
        if people and lemma in _SPIRIT_VERBS and any(c.dep_ == "nsubjpass" for c in tok.children) and not authority:
            return "181"  # "a councillor was whisked away on the road", "... by men in a van": taken by force
    if lemma in ("hold", "keep") and any(
        c.dep_ == "prep" and c.lower_ == "at" and any(g.lower_ in ("gunpoint", "knifepoint") for g in c.children)
        for c in [*tok.children, *[x for o in objs for x in o.children]]
    ):
        return "181"  # "held the staff at gunpoint": hostage-taking
    if lemma == "open" and any(c.dep_ == "dobj" and c.lower_ in ("fire", "gunfire") for c in tok.children):
        return "190"  # "forces opened fire on demonstrators blocking a bridge": shooting, whatever else the clause names
    if lemma in ("strike", "hit", "pound", "target") and taker is not None and (
        taker.lemma_.lower() in pt.AIRCRAFT | pt.WEAPONS or taker.lower_ in pt.AIRCRAFT | pt.WEAPONS
    ) and not any(o.lemma_.lower() in pt.ABSTRACT for o in objs):
        return "190"  # "Turkish jets struck suspected rebel hideouts", "drones hit a convoy": an air strike
    if lemma == "suppress" and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in pt.AIRCRAFT | pt.WEAPONS | _FIRE_NOUNS or c.lower_ in pt.AIRCRAFT | pt.WEAPONS)
        for c in tok.children
    ):  # (any subject: the parser may make the place before it a second one)
        return "190"  # "one strike suppressed a mortar team": suppressive fire (ASSAULT), not repression
    if lemma in ("hit", "strike", "rock", "pound") and any(
        weapon_or_aircraft(g) for c in tok.children if c.dep_ == "agent" for g in _conjoined([x for x in c.children if x.dep_ == "pobj"])
    ):
        return "190"  # "Kyiv hit by massive drone and missile barrage", "a convoy was struck by rockets": an attack
    if lemma == "lay" and taker is not None and not _violent(taker) and pt.kind(taker, taker.text) == pt.PEOPLE and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "siege" for c in tok.children
    ):
        return "144"  # "sugarcane farmers laid siege to the collectorate": a protest that surrounds an office (gherao)
    if found_killed(tok):
        return "180"  # "bodies bearing signs of torture were dumped", "was found with gunshot wounds": killed, by whom unsaid
    if lemma == "intercept" and any(_shot_down(o) for o in _conjoined(objs)):
        return "190"  # "air defences intercepted 41 drones": an air attack met (ASSAULT), not a search
    if lemma in ("down", "shoot") and (lemma == "down" or any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children)) and any(
        _shot_down(o) for o in _conjoined(objs)
    ):
        return "190"  # "air defences downed 37 drones", "shot down a helicopter": fighting in the air
    if lemma in _TAKE_POSITION and taker is not None and _violent(taker) and any(_position(o) for o in _conjoined(objs)):
        return "190"  # "fighters overran a border post", "troops recaptured the town": territory taken by force
    if lemma in _CONTROL_VERBS and taker is not None and (_violent(taker) or pt.kind(taker, taker.text) == pt.POLITICAL) and any(
        o.lower_ == "control" and any(_position(g) for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")
        for o in objs
    ):
        return "190"  # "the front seized control of a district centre": territory taken by force
    if lemma == "take" and taker is not None and _violent(taker) and any(c.dep_ in ("prt", "advmod") and c.lower_ == "over" for c in tok.children) and any(
        _position(o) for o in objs
    ):
        return "190"  # "armed herders took over farmland in two villages"
    if lemma in ("neutralise", "neutralize") and any(pt.kind(o, o.text) in (pt.ARMED, pt.POLITICAL, pt.PEOPLE) for o in objs):
        return "1823"  # "the army neutralised 17 terrorists": killed them (not "neutralised the threat")
    if lemma in _SET_UP and taker is not None and _violent(taker) and any(o.lemma_.lower() in _BASES for o in objs):
        return "154"  # "the armed group established a new headquarters in the town": forces based (MOBILIZE)
    if lemma in ("hand", "surrender", "cede", "abandon", "vacate") and taker is not None and _violent(taker) and (
        lemma != "hand" or any(c.dep_ in ("prt", "advmod") and c.lower_ == "over" for c in tok.children)
    ) and any(_position(o) for o in objs if o.dep_ == "dobj"):
        return "0872"  # "rebels handed over the town to the army", "troops abandoned the base": a military retreat
    if lemma in _LOOT_VERBS and taker is not None and _violent(taker) and taker.lemma_.lower() not in _RIOTERS | _LOOTERS:
        return "180"  # "armed men looted livestock", "soldiers ransacked the homes": violence to property
    if lemma in ("clash", "fight", "battle") and any(
        c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in ("kill", "injure", "wound", "leave") for c in tok.children
    ):
        return "190"  # "two factions clashed at a meeting, injuring five", "herders and farmers fought ..., leaving 11 dead"
    if lemma in _FIGHT_VERBS:
        subj = _subject(tok)
        if subj is not None and (subj.lemma_.lower() in _VIOLENT_SUBJECTS or subj.lower_ in _VIOLENT_SUBJECTS) and not any(
            o.lemma_.lower() in _SAID_THINGS or o.lemma_.lower() in pt.ABSTRACT for o in objs
        ):
            return "190"
    if lemma not in _NOT_KILLING and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lower_ == "death" for g in c.children) for c in tok.children
    ):
        return "1823"
    if lemma == "execute" and any(pt.kind(o, " ".join(t.text for t in o.subtree)) in (pt.PEOPLE, pt.POLITICAL, pt.ARMED) for o in objs):
        return "1823"
    subj = _subject(tok)
    if subj is not None and lemma in _WEAPON_VERBS and weapon(subj) and (lemma != "go" or any(c.lower_ == "off" for c in tok.children)):
        return "183"  # "a bomb went off near the bus stop", "mortar rounds landed on the market"
    if lemma in ("use", "fire") and any(o.lemma_.lower() in _CROWD_CONTROL or o.lower_ in _CROWD_CONTROL for o in _conjoined(objs)):
        return "180"  # "police used tear gas and batons": crowd-control weapons (ASSAULT)
    if lemma in ("mass", "amass", "gather", "concentrate", "muster") and not any(c.dep_ == "dobj" for c in tok.children) and subj is not None and (
        subj.lemma_.lower() in _SENT_FORCES or subj.lower_ in _SENT_FORCES
    ):
        return "154"  # "troops massed on the border": a mobilisation
    if lemma in ("mass", "amass", "concentrate", "muster") and any(
        o.dep_ == "dobj" and (o.lemma_.lower() in _SENT_FORCES or o.lower_ in _SENT_FORCES) for o in _conjoined(objs)
    ):
        return "154"  # "Turkey massed troops along the border"
    if lemma in ("recruit", "conscript", "enlist", "draft") and subj is not None and _violent(subj) and any(o.dep_ == "dobj" for o in objs):
        return "154"  # "armed groups recruited hundreds of children": forces raised (MOBILIZE)
    if lemma in ("pull", "move") and any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("out", "back") for c in tok.children) and subj is not None and (
        subj.lemma_.lower() in _VIOLENT_SUBJECTS or subj.lower_ in _VIOLENT_SUBJECTS
    ):
        return "0872"  # "the army pulled out of the town": a military withdrawal
    if lemma == "pick" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "up" for c in tok.children) and subj is not None and (
        subj.lemma_.lower() in ("police", "policeman", "policemen", "agent", "agents", "soldier", "soldiers", "troops", "officer", "officers")
    ) and any(pt.kind(o, o.text) in (pt.PEOPLE, pt.POLITICAL) for o in objs):
        return "173"  # "a student leader was picked up by plainclothes police": an arrest
    if lemma == "round" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "up" for c in tok.children) and any(
        pt.kind(o, o.text) in (pt.PEOPLE, pt.POLITICAL, pt.ARMED) for o in objs
    ):
        return "173"  # "soldiers rounded up dozens of young men": arrests
    if lemma in ("seize", "snatch", "grab") and subj is not None and pt.kind(subj, subj.text) in (pt.ARMED, pt.PEOPLE) and any(
        pt.kind(o, o.text) == pt.PEOPLE for o in objs
    ):
        return "181"  # "gunmen seized 19 passengers": an abduction (an authority seizing people arrests them)
    if lemma in ("capture", "seize", "nab") and _agent_of_subject(tok) in ("COP", "MIL") and objs and all(
        pt.kind(o, " ".join(t.text for t in o.subtree)) in (pt.ARMED, pt.PEOPLE) for o in objs
    ):
        return "173"  # "marines captured a cartel boss", "police nabbed two robbers": an arrest, no battle
    return None


def _relief_purpose(tok: Token) -> bool:
    """"deployed soldiers to help evacuate residents": the "to" clause of the sending is relief."""
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children):
            # "to help evacuate residents", "to help rescue villagers" (the parser may take "rescue" for a noun)
            acts = list(c.subtree) if c.lemma_.lower() in ("help", "assist") else [c]
            if any(a.lemma_.lower() in _RELIEF_ACTS for a in acts):
                return True
    return False


def _contents(o: Token) -> list[Token]:
    """"30 trucks of rice and blankets": what a load holds, else the object itself."""
    held = [g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    held += [c for g in held for c in g.children if c.dep_ == "conj"]
    return held if held and o.lemma_.lower() in _LOADS else [o]


def _pays_out(tok: Token) -> bool:
    """"released 5 million euros", "disbursed the funds": the object is money."""
    return any(o.dep_ in ("dobj", "nsubjpass") and (o.lemma_.lower() in _MONEY or o.ent_type_ == "MONEY") for o in tok.children)


def _to_a_state(tok: Token) -> bool:
    """"released the funds to Kyiv": paid to a state or a body."""
    return any(g.ent_type_ in ("GPE", "NORP", "ORG") for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
               for g in c.children if g.dep_ == "pobj")


def _relief_funds(tok: Token) -> bool:
    """"released 5 million euros for food and shelter": money paid out for relief."""
    for o in tok.children:
        if o.dep_ in ("dobj", "nsubjpass") and (o.lemma_.lower() in _MONEY or o.ent_type_ == "MONEY"):
            for h in (tok, o):
                for c in h.children:
                    if c.dep_ == "prep" and c.lower_ == "for":
                        held = [g for g in c.children if g.dep_ == "pobj"]
                        held += [x for g in held for x in g.children if x.dep_ == "conj"]
                        if any(g.lemma_.lower() in _SENT_RELIEF or g.lemma_.lower() in _RELIEF_FOR for g in held):
                            return True
    return False


def sending(tok: Token) -> str | None:
    """"sent reinforcements / troops to the border": forces moved (154; sent to a state, military
    aid, 072); "sent food and medicine", "dispatched trucks of rice", "deployed soldiers to help
    evacuate residents": relief (073)."""
    if tok.lemma_.lower() in _DISBURSE and _pays_out(tok):
        return "071" if _relief_funds(tok) or _to_a_state(tok) else ("---" if tok.lemma_.lower() == "release" else None)
    if tok.lemma_.lower() not in _SEND_VERBS:
        return None
    objs = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass")]
    objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
    objs = [h for o in objs for h in _contents(o)]
    if any(o.lemma_.lower() in _SENT_FORCES or o.lower_ in _SENT_FORCES for o in objs):
        if _relief_purpose(tok):
            return "073"
        dest = [g for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") for g in c.children if g.dep_ == "pobj"]
        return "072" if any(g.ent_type_ in ("GPE", "NORP", "ORG") for g in dest) else "154"  # to a state: military aid
    if objs and all(o.lemma_.lower() in _SENT_RELIEF or o.lower_ in _SENT_RELIEF for o in objs):
        return "073"
    return None


def strike_or_boycott(tok: Token) -> str | None:
    """Labour and civic protest: "workers walked off the job" / "walked out" is a strike (143);
    a boycott by anyone but a state or government is a protest boycott (143), not an embargo."""
    lemma = tok.lemma_.lower()
    subj = _subject(tok)
    if subj is not None and subj.lemma_.lower() in _COUNTED:  # "thousands of junior doctors": who they are
        subj = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), subj)
    if lemma == "walk" and any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in ("out", "off") for c in tok.children):
        # off the job, or out of the places where they work ("walked out of hospitals across the country")
        job = any(g.lemma_.lower() in _WORKPLACES for c in tok.subtree if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")
        if job or in_protest(tok) or subj is not None and (subj.lemma_.lower() in _STRIKERS or subj.lower_ in _STRIKERS):
            return "143"  # (also "lawmakers walked out of parliament in protest")
    if lemma in ("chant", "raise", "shout") and any(c.dep_ == "dobj" and c.lemma_.lower() == "slogan" for c in tok.children):
        return "140"  # "chanting slogans against the governor", "raised slogans": a protest
    if lemma in ("disrupt", "interrupt", "heckle") and subj is not None and (subj.lemma_.lower() in _PROTESTERS or subj.lower_ in _PROTESTERS):
        return "144"  # "protesters disrupted a council meeting": a protest that obstructs, no sanction
    if lemma == "picket" and tok.pos_ == "VERB" and subj is not None and _agent_of_subject(tok) not in _AUTHORITY_AGENTS:
        return "141"  # "nurses picketed outside the hospital": a picket line is a demonstration
    if lemma in _GATHER and (in_protest(tok) or any(
        c.dep_ in ("advcl", "xcomp") and (c.lemma_.lower() in ("protest", "demonstrate", "demand") or strike_or_boycott(c) == "140") for c in tok.children
    )):
        return "141"  # "teachers gathered outside the directorate, chanting slogans", "assembled to protest": a demonstration
    if lemma in ("shut", "close", "suspend", "halt", "stop") and (in_protest(tok) or _in_strike(tok)) and _agent_of_subject(tok) not in _AUTHORITY_AGENTS:
        return "143"  # "traders shut their shops in protest": a strike of shopkeepers
    if any(c.dep_ == "dobj" and labour_strike(tok, c) for c in tok.children):
        return "143"  # "unions called a general strike"
    if (lemma in _LABOUR_VERBS or lemma in ("observe", "enforce", "stage")) and any(c.dep_ in ("dobj", "nsubjpass") and _shutdown(c) for c in tok.children) and (
        _agent_of_subject(tok) not in _AUTHORITY_AGENTS
    ):
        return "143"  # "the opposition called a nationwide shutdown", "a bandh was observed": a general strike
    if lemma == "strike" and subj is not None and not any(c.dep_ in ("dobj", "nsubjpass", "agent") for c in tok.children) and (
        subj.lemma_.lower() in _STRIKERS or subj.lower_ in _STRIKERS or subj.lemma_.lower() == "union"
    ):
        return "143"  # "transport workers strike over pay": a labour strike, no blow struck
    if lemma in ("down", "lay", "stop", "halt", "abandon") and any(c.dep_ == "dobj" and c.lower_ in ("tools", "work") for c in tok.children):
        return "143"  # "miners downed tools", "collectors stopped work": a strike
    if lemma == "occupy" and subj is not None and (subj.lemma_.lower() in _OCCUPIERS or subj.lower_ in _OCCUPIERS):
        return "144"  # "protesters occupied the square": a protest that obstructs, not a military occupation
    if lemma == "boycott" and subj is not None and subj.ent_type_ not in ("GPE", "NORP") and not any(
        t.lemma_.lower() in _STATE_WORDS for t in subj.subtree
    ):
        return "143"
    return None


#: crowds coming together: a demonstration when they protest, chant or demand
_GATHER = frozenset({"gather", "assemble", "converge", "congregate", "throng", "mass"})
_ARREST_VERBS = frozenset({"arrest", "detain", "apprehend", "jail", "imprison", "round"})
_CAPTIVES = frozenset(
    "prisoner prisoners hostage hostages detainee detainees captive captives inmate inmates abductee abductees".split()
)
#: what is let through or turned back at a crossing
_CONVOYS = frozenset("convoy truck lorry aid boat ship vessel migrant refugee".split())
#: who protests by name
_PROTESTERS = frozenset("protester protesters protestor protestors demonstrator demonstrators activist activists".split())
#: captives held by whoever took them (a prisoner handed over may be a custody transferred)
_HELD = frozenset("hostage hostages captive captives abductee abductees".split())
#: a strike by workers, not an air strike: who stages it
_LABOUR_VERBS = frozenset({"stage", "hold", "call", "go", "begin", "start", "launch", "declare", "announce"})


def _armed_group(subj: Token) -> bool:
    """A non-state armed group: rebels, militants, kidnappers, "the armed group" (not the police or the army)."""
    from newsgraph.events import participants as pt

    if pt.kind(subj, subj.text) == pt.ARMED:
        return True
    words = {subj.lemma_.lower(), subj.lower_} | {c.lower_ for c in subj.children if c.dep_ in ("amod", "compound")}
    return bool(words & pt.ARMED_GROUP_WORDS)


def arrest_or_release(tok: Token, code: str | None) -> str | None:
    """An arrest is COERCE (173) whoever is arrested: the dictionary's "arrested protesters /
    journalists" (175, violent repression) is an arrest; freeing or releasing prisoners, hostages
    or detainees, or people freed by their captors, releases persons (0841, RETREAT)."""
    from newsgraph.events import participants as pt

    lemma = tok.lemma_.lower()
    if lemma in _ARREST_VERBS and code == "175":
        return "173"
    if lemma in ("free", "release") and any(o.lemma_.lower() in _CAPTIVES or o.lower_ in _CAPTIVES for o in _objects(tok)):
        return "0841"
    subj = _subject(tok)
    if lemma == "hand" and subj is not None and _armed_group(subj) and any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children) and any(
        pt.kind(o, o.text) in (pt.PEOPLE, pt.POLITICAL) or o.lemma_.lower() in _CAPTIVES for o in _objects(tok) if o.dep_ == "dobj"
    ):
        return "0841"  # "the armed group handed over 12 child soldiers to UNICEF": captives released
    if lemma == "hand" and any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children) and any(
        o.lemma_.lower() in _HELD or o.lower_ in _HELD for o in _objects(tok) if o.dep_ == "dobj"
    ):
        return "0841"  # "Hamas handed over three hostages to the Red Cross": whoever holds hostages frees them
    if lemma == "surrender" and subj is not None and (_armed_group(subj) or _violent(subj)) and not any(c.dep_ == "dobj" for c in tok.children):
        return "0874"  # "two Maoists surrendered before the police", "the garrison surrendered": a military surrender
    if lemma in ("free", "release") and subj is not None and _armed_group(subj) and any(
        pt.kind(o, o.text) in (pt.PEOPLE, pt.POLITICAL) for o in _objects(tok)
    ):
        return "0841"  # "the kidnappers freed the two nuns", "the insurgent group freed 11 soldiers"
    return None


#: a general strike that shuts a town: South Asia's bandh and hartal, a "shutdown" called by a party
_SHUTDOWNS = frozenset({"bandh", "hartal", "shutdown", "shut-down", "hartals", "bandhs"})


def _shutdown(noun: Token) -> bool:
    """"a three-day nationwide shutdown", "a bandh"; not "an internet shutdown" or "a government shutdown"."""
    if noun.lemma_.lower() not in _SHUTDOWNS and noun.lower_ not in _SHUTDOWNS:
        return False
    return noun.lower_.startswith(("bandh", "hartal")) or not any(
        c.dep_ in ("compound", "nmod", "poss") and c.lemma_.lower() not in _DURATIONS or c.dep_ == "amod" and c.lower_ not in _STRIKE_KINDS
        for c in noun.children
    )


_DURATIONS = frozenset({"day", "hour", "week", "month"})


def labour_strike(verb: Token, noun: Token) -> bool:
    """"traders staged a strike", "the union called a strike": a labour strike, not an attack. One
    strike (not "launched 8,000 strikes"), staged, held or called, against no one, with no weapon
    word on it, by people, workers or a union (not a state or an armed force)."""
    from newsgraph.events import participants as pt

    if noun.lower_ != "strike":
        return False
    if any(c.lower_ in LABOUR_ONLY for c in noun.children if c.dep_ in ("compound", "amod", "nmod")):
        return True  # "a sit-down strike", "a wildcat strike": no weapon strikes so, whoever holds it
    if verb.lemma_.lower() not in _LABOUR_VERBS and not verb.lower_.startswith("stag"):
        return False
    if any(c.dep_ in ("compound", "amod", "nmod", "poss", "nummod") and c.lower_ not in _STRIKE_KINDS for c in noun.children):
        return False  # "an air strike", "a US strike", "a drone strike"
    if any(
        c.dep_ == "prep" and (c.lower_ == "against" or c.lower_ == "on" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children))
        for c in (*noun.children, *verb.children)
    ):
        return False  # "a strike against the militants", "a strike on the base" (not "on Monday")
    subj = _subject(verb)
    if subj is None:
        return False
    if subj.lemma_.lower() in _STRIKERS or subj.lower_ in _STRIKERS or subj.lemma_.lower() == "union":
        return True
    return pt.kind(subj, " ".join(t.text for t in subj.subtree)) in (pt.PEOPLE, pt.COMPANY)


#: what a labour strike is called ("a general strike", "a three-day strike")
_STRIKE_KINDS = LABOUR_ONLY | frozenset(
    "general national nationwide indefinite one-day two-day three-day 24-hour 48-hour 12-hour new complete total statewide".split()
)


_JOIN_VERBS = frozenset({"take", "join", "participate"})
_UNDER_VERBS = frozenset({"place", "put", "keep", "hold"})


def joined_act(tok: Token) -> str | None:
    """The act a verb joins or imposes by a noun: "took part in a march", "joined the protest",
    "participated in the strike" (the noun's code, for those who join it); "was placed / put under
    house arrest" (the noun's code: an arrest)."""
    from newsgraph.events.lexicon import noun_code

    lemma = tok.lemma_.lower()
    nouns: list[Token] = []
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in tok.children):
        nouns = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    elif lemma == "participate":
        nouns = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    elif lemma == "join":
        nouns = [c for c in tok.children if c.dep_ == "dobj"]
    elif lemma in _UNDER_VERBS:
        under = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children if g.dep_ == "pobj"]
        return next((k for g in under if (k := noun_code(g) or "")[:3] in ("173", "172")), None)
    for n in nouns:
        k = noun_code(n) or ""
        if k[:2] == "14":  # a protest, a march, a strike: those who take part protest
            return k
    return None


#: who riots: protesters, crowds and the young men of a street
_RIOTERS = frozenset(
    "protester protesters protestor protestors demonstrator demonstrators rioter rioters mob mobs crowd crowds youth youths student "
    "students resident residents supporter supporters".split()
)
_ANGRY = frozenset({"angry", "irate", "enraged", "furious", "protesting", "agitated", "agitating"})
_COUNTED = frozenset("hundred hundreds thousand thousands dozen dozens scores group groups band gang".split())
_BARRICADES = frozenset({"barricade", "barricades", "roadblock", "roadblocks", "blockade", "checkpoint", "checkpoints"})


def riot(tok: Token) -> str | None:
    """Street violence and barricades: "protesters burned a police car" (145, riot), "militiamen
    burned the school" (180, ASSAULT), "protesters set up barricades" (144, obstruct), "soldiers
    set up checkpoints" (172, restrict)."""
    lemma = tok.lemma_.lower()
    subj = _subject(tok) or (_subject(tok.head) if tok.dep_ == "conj" else None)
    if subj is None:
        return None
    if subj.lemma_.lower() in _COUNTED:  # "hundreds of supporters": who they are
        subj = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), subj)
    who = subj.lemma_.lower() if subj.lemma_.lower() != "crowd" else "crowd"
    crowd = who in _RIOTERS or subj.lower_ in _RIOTERS or who in _LOOTERS or any(
        c.lower_ in _ANGRY for c in subj.children if c.dep_ in ("amod", "acomp")
    ) or _protesting(tok)  # "angry taxi drivers", "drivers angry over a levy", "inmates set mattresses on fire to protest": a crowd in protest
    if lemma in ("storm", "ransack", "loot", "vandalise", "vandalize", "invade", "raid", "smash", "demolish") and crowd and any(
        c.dep_ in ("dobj", "nsubjpass") for c in tok.children
    ):
        return "145"  # "supporters stormed the parliament building", "looters ransacked warehouses": a riot
    fired = lemma == "set" and any(
        c.dep_ in ("dobj", "oprd", "advmod", "acomp") and c.lower_ in ("fire", "ablaze", "alight")
        or c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "fire" for g in c.children)
        for c in tok.children
    )
    if (lemma in ("burn", "torch") or fired) and any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        if burns_lives(tok) and (who in _RIOTERS or subj.lower_ in _RIOTERS or who in _VIOLENT_SUBJECTS or subj.lower_ in _VIOLENT_SUBJECTS):
            return "180"  # "a crowd set his body alight", "youths set homes ablaze": violence against people, not a riot's damage
        if who in _RIOTERS or subj.lower_ in _RIOTERS or _protesting(tok):
            return "145"
        if who in _VIOLENT_SUBJECTS or subj.lower_ in _VIOLENT_SUBJECTS:
            return "180"
    if lemma in ("set", "pitch", "erect", "build", "establish") and _agent_of_subject(tok) not in _AUTHORITY_AGENTS and who not in _VIOLENT_SUBJECTS and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in ("encampment", "encampments") or c.lemma_.lower() in ("camp", "tent", "tents") and any(
            g.dep_ in ("compound", "amod") and g.lemma_.lower() in ("protest", "solidarity") for g in c.children
        ))
        for c in tok.children
    ):
        return "141"  # "students set up an encampment on the lawn", "pitched a protest camp": a demonstration that stays
    if lemma in ("set", "erect", "build", "put", "mount") and any(c.dep_ == "dobj" and c.lower_ in _BARRICADES for c in tok.children):
        if who in _RIOTERS or subj.lower_ in _RIOTERS:
            return "144"
        if _agent_of_subject(tok) in _AUTHORITY_AGENTS or who in _VIOLENT_SUBJECTS:
            return "172"
    return None


#: what is burnt when people, not property, are the target: a person, a body, a family's home
_LIVES = frozenset("body bodies corpse corpses home homes house houses hut huts dwelling dwellings".split())


def burns_lives(tok: Token) -> bool:
    """What the verb burns is a person or where people live: its object, or the pobj of "set fire to"
    ("burnt a suspected robber alive": whoever the participant kinds call people or an armed man)."""
    from newsgraph.events import participants as pt

    burnt = [c for c in tok.children if c.dep_ == "dobj"]
    burnt += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return any(
        b.lemma_.lower() in _LIVES or b.lower_ in _LIVES or b.pos_ == "PRON" and b.lower_ in ("him", "her", "them")
        or b.pos_ == "NOUN" and pt.kind(b, " ".join(t.text for t in b.subtree)) in (pt.PEOPLE, pt.ARMED)
        for b in burnt
    )


#: what protesters dump before a building: "farmers dumped manure outside the parliament"
_DUMPED = frozenset(
    "manure dung vegetable vegetables milk produce tomato tomatoes potato potatoes rubbish garbage trash straw hay "
    "fruit fish slurry".split()
)
_DUMP_VERBS = frozenset({"dump", "pour", "spill", "tip", "unload", "throw", "spray"})
#: what protesters throw at a thing or a person to make a point, not to hurt
_PROTEST_THROWS = frozenset({"throw", "hurl", "fling", "toss", "splash", "spray", "smear", "daub"})
_PROTEST_MISSILES = frozenset("soup paint egg flour cake custard milkshake ketchup tomato pie".split())
_SEATS = frozenset(
    "parliament ministry office offices embassy palace hall headquarters assembly council secretariat legislature "
    "congress senate residence prefecture townhall courthouse".split()
)
_TIE_VERBS = frozenset({"glue", "superglue", "chain", "handcuff", "tie", "lock", "strap"})


def protest_act(tok: Token) -> str | None:
    """Acts of protest no protest word names: goods dumped before a seat of power ("farmers dumped
    manure outside the parliament", 141) and protesters fixing themselves to a place ("activists
    glued themselves to the road", "chained themselves to the railings", 144)."""
    lemma = tok.lemma_.lower()
    objs = _objects(tok)
    if lemma == "drive" and any(o.lemma_.lower() == "tractor" or any(
        g.lemma_.lower() == "tractor" for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    ) for o in objs) and any(c.dep_ == "prep" and c.lower_ in ("into", "to", "through") for c in tok.children) and _agent_of_subject(tok) not in _AUTHORITY_AGENTS:
        return "141"  # "farmers drove hundreds of tractors into central Brussels": a tractor protest
    if lemma in _TIE_VERBS and any(o.lower_ in ("themselves", "himself", "herself") for o in objs) and any(
        c.dep_ == "prep" and c.lower_ in ("to", "onto") for c in tok.children
    ):
        return "144"  # a blockade by their own bodies
    if lemma in _PROTEST_THROWS and any(o.lemma_.lower() in _PROTEST_MISSILES for o in objs) and any(
        c.dep_ == "prep" and c.lower_ in ("at", "on", "over", "onto") for c in tok.children
    ) and _agent_of_subject(tok) not in _AUTHORITY_AGENTS:
        return "141"  # "activists threw soup at a painting", "splashed paint on the ministry": a protest stunt
    if lemma in _GATHER_VERBS and _before_seat(tok) and _grievance(tok) and _agent_of_subject(tok) not in _AUTHORITY_AGENTS:
        subj = _subject(tok)
        if subj is not None and not _violent(subj):
            return "141"  # "retired teachers camped outside the governor's office over unpaid gratuities"
    if lemma in _DUMP_VERBS and any(o.lemma_.lower() in _DUMPED or o.lower_ in _DUMPED for o in objs):
        before = [
            g for c in [*tok.children, *[x for o in objs for x in o.children]] if c.dep_ == "prep" and c.lower_ in ("outside", "before", "at", "on", "onto")
            for g in c.children if g.dep_ == "pobj"
        ]
        seats = before + [x for g in before for x in g.children if x.dep_ == "compound"] + [
            x for g in before for c in g.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children if x.dep_ == "pobj"
        ]  # "outside the parliament", "on the prefecture building", "on the steps of the town hall"
        if any(g.lemma_.lower() in _SEATS for g in seats):
            return "141"
        subj = _subject(tok) or (_subject(tok.head) if tok.dep_ == "conj" else None)
        if subj is not None and any(c.lower_ in _ANGRY for c in subj.children if c.dep_ in ("amod", "acomp")):
            return "141"  # "protesting farmers dumped vegetables on the road"
    return None


#: being somewhere in numbers: "camped", "assembled", "massed" outside a seat of power
_GATHER_VERBS = frozenset({"camp", "assemble", "gather", "mass", "converge", "congregate", "sit", "squat", "stand", "queue"})
#: what a grievance is said with: "over unpaid wages", "against the new law", "demanding ..."
_GRIEVANCE_PREPS = frozenset({"over", "against"})
_GRIEVANCE_VERBS = frozenset({"demand", "protest", "denounce", "oppose", "press", "seek", "call"})


def _before_seat(tok: Token) -> bool:
    """The verb's place is a seat of power: "outside the governor's office", "in front of parliament"."""
    at = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("outside", "before", "at", "near") for g in c.children if g.dep_ == "pobj"]
    at += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for f in c.children if f.lower_ == "front"
           for p in f.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in _SEATS or any(x.dep_ == "compound" and x.lemma_.lower() in _SEATS for x in g.children) for g in at)


def _grievance(tok: Token) -> bool:
    """The clause says what is wanted or opposed: "over unpaid gratuities", "demanding their pay"."""
    return any(
        c.dep_ == "prep" and c.lower_ in _GRIEVANCE_PREPS
        or c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _GRIEVANCE_VERBS
        for c in tok.children
    )


#: what one walks out of in protest: "walked out of the chamber", "walked out of the talks"
_SESSIONS = frozenset(
    "chamber session sitting parliament assembly house hall meeting talks negotiations summit conference class classes "
    "lesson lessons lecture lectures".split()
)


def _protesting(tok: Token) -> bool:
    """The act, or one joined to it, is done in protest ("set mattresses on fire and climbed onto
    the roof to protest overcrowding")."""
    joined = [tok, *[c for c in tok.children if c.dep_ == "conj"]] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(in_protest(v) for v in joined)


#: what a signed text that ends fighting names: a truce ends it for now, a peace settles the dispute
_TRUCE_WORDS = frozenset({"truce", "ceasefire", "cease-fire", "armistice", "hostilities"})
_PEACE_WORDS = frozenset({"peace", "non-aggression", "disarmament", "reconciliation"})


def signs_peace(tok: Token) -> str | None:
    """"the warring clans signed a truce", "signed a peace pact", "inked a cessation of hostilities":
    sides agree to stop fighting (AGREE: 0356 to de-escalate, 037 to settle), not a declared truce
    or a formal treaty of friendship (SUPPORT)."""
    if tok.lemma_.lower() not in ("sign", "ink"):
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
    for o in objs:
        words = {t.lower_ for t in o.subtree}
        if words & _TRUCE_WORDS:
            return "0356"
        if words & _PEACE_WORDS:
            return "037"
    return None


def walkout(tok: Token) -> str | None:
    """"opposition lawmakers walked out of the chamber": a walkout (143, PROTEST)."""
    if tok.lemma_.lower() not in ("walk", "storm", "stage") or not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" for c in tok.children):
        return None
    left = [g for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return "143" if any(g.lemma_.lower() in _SESSIONS or g.lower_ in _SESSIONS for g in left) else None


def blockade_by_people(tok: Token, obj: Token) -> bool:
    """"villagers held a road blockade": a protest blockade (144), not a siege (191)."""
    from newsgraph.events import participants as pt

    subj = _subject(tok)
    return obj.lemma_.lower() in ("blockade", "blockades", "roadblock", "roadblocks") and subj is not None and (
        _agent_of_subject(tok) not in _AUTHORITY_AGENTS and not _violent(subj) and pt.kind(subj, subj.text) == pt.PEOPLE
    )


def told_to_leave(tok: Token) -> bool:
    """"gave the French ambassador 48 hours to leave the country": a time given to someone to leave."""
    times = [c for c in tok.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in ("hour", "day", "week")]
    people = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c not in times]
    said = [g for t in times for g in t.subtree] + [c for c in tok.children if c.dep_ in ("advcl", "xcomp")]
    return bool(times and people) and any(g.lemma_.lower() in ("leave", "depart", "quit") for g in said)


def hands_sentence(tok: Token) -> bool:
    """"handed the former army chief a life sentence", "imposed a ten-year sentence": a verdict."""
    return tok.lemma_.lower() in ("hand", "give", "impose", "pass", "deliver", "mete") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "sentence" for c in tok.children
    )


_BENCH = frozenset("court courts judge judges tribunal tribunals magistrate magistrates justice justices jury".split())
_PENALTIES = frozenset("pay compensate repay refund forfeit return serve".split())


def court_order(tok: Token) -> bool:
    """"the court ordered him to pay reparations": a sanction by court order (PLOVER SANCTION,
    convict), not an intent to cooperate (PETRARCH's pattern 030)."""
    if tok.lemma_.lower() != "order":
        return False
    bench = any(c.dep_ == "nsubj" and c.lemma_.lower() in _BENCH for c in tok.children)
    return bench and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _PENALTIES for c in tok.children)


def charges_brought(tok: Token) -> str | None:
    """"brought / filed / authorised charges against X": an accusation (112, ACCUSE, as the gold
    codes "charges"), not an arrest."""
    if tok.lemma_.lower() not in ("bring", "file", "press", "lay", "authorise", "authorize", "level", "approve"):
        return None
    return "112" if any(c.dep_ == "dobj" and c.lemma_.lower() == "charge" and c.lower_ == "charges" for c in tok.children) else None


def in_touch_with(prep: Token) -> list[Token]:
    """Who someone is "in touch with", "in contact with" or "in talks with" (the phrase under the "in")."""
    return [
        x for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in ("touch", "contact", "talk", "talks", "negotiation", "negotiations", "discussion", "discussions")
        for p in g.children if p.dep_ == "prep" and p.lower_ == "with" for x in p.children if x.dep_ == "pobj"
    ]


def touch_of(tok: Token) -> list[Token]:
    """Who the verb's subject is in touch or in contact with, if the verb says so."""
    return [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for x in in_touch_with(c)]


#: who searches rather than fights: police and the authorities (Phoenix codes)
_SEARCHERS = frozenset({"COP", "JUD", "GOV"})
#: words of harm in a raid's sentence that make it an attack
_HARM = frozenset("kill die dead death wound injure shoot shot fire clash gunfight battle".split())


def police_search(tok: Any, actor_codes: set[str], target_codes: set[str]) -> bool:
    """"Police raided the homes of activists", "detectives swooped on two addresses": a search by the
    authorities (COERCE), not an attack, unless someone is hurt, shot at or fought in the sentence
    ("police raided a hideout, killing two gunmen") or the raid hits an armed group."""
    from newsgraph.events import participants as pt

    if tok.lemma_.lower() not in ("raid", "swoop") or tok.pos_ != "VERB":
        return False
    fighters = pt.FIGHTER_CODES | {"CRM"}
    if not actor_codes & _SEARCHERS or actor_codes & fighters or target_codes & fighters:
        return False
    return not any(t.lemma_.lower() in _HARM for t in tok.sent)
