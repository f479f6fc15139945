"""Verb senses that are no act of one actor toward another, whatever the dictionary codes them.

PETRARCH's verb dictionary codes a verb by its most political sense; in news most uses of some
verbs are something else. Each rule names the sense it removes, with an invented example:

- a death is a figure, not an act: "the envoy died in hospital" (unless the sentence names the
  violence that caused it: "died of torture in custody");
- thinking, expecting and explaining: "the minister explained the plan", "expects the firm to
  grow", "we have heard about the abuse";
- wanting or meaning to do something oneself: "the airline intends to end its routes" (the act
  wanted is coded by its own verb, flagged as not having happened), "wants a new car";
  "wants the council to act" asks someone else and stays;
- telling or going on the media: "told the broadcaster", "went on state radio";
- asking questions, raising money or awareness;
- hearsay in the passive ("is said to be leaving", "is claimed"), a cut that is no sanction
  ("the price was reduced", "cut three models"), "blown out of proportion", a product "targeted
  at" buyers, and receiving (the giver acts; "received loans from X" is X's aid);
- sitting down with someone is a meeting, not a sit-in; meeting one's family or greeting an
  aircraft is no political meeting; commenting is speech;
  buying and selling is business (a state's purchase is trade, not cooperation).
"""

from __future__ import annotations

from typing import Any

from newsgraph.events import rules
from newsgraph.events.lexicon import verb_lemma

Token = Any

_DEATH = frozenset({"die", "perish", "drown", "starve", "succumb"})
#: violence a death may be the result of ("died of torture in custody")
_VIOLENCE = frozenset({"torture", "beating", "beat", "execution", "execute", "shoot", "shooting", "stab", "stabbing"})
_THOUGHT = frozenset(
    "explain describe expect hear determine strive gauge think believe understand know learn realize realise "
    "anticipate predict estimate wonder foresee imagine".split()
)
_DESIRE = frozenset({"want", "wish", "hope", "intend", "aim"})
_MEDIA = frozenset(
    "reporter reporters journalist journalists press television tv radio newspaper newspapers paper media news "
    "broadcaster broadcasters interviewer audience audiences viewers listeners readers".split()
)
_MEDIA_NAMES = ("news", "times", "post", "tv", "radio", "television", "journal", "herald", "tribune", "telegraph", "guardian")
#: reporting verbs whose passive reports hearsay ("is said to", "is claimed", "is believed")
_REPORTED = frozenset({"say", "claim", "believe", "rumour", "rumor", "report", "allege", "think"})
#: what a sanction reduces: relations, aid, forces, trade
_TIES = frozenset(
    "relation relations tie ties aid assistance funding fund funds staff troop troops presence cooperation contact "
    "contacts embassy diplomat diplomats import imports export exports trade supply supplies finance finances financing "
    "money".split()
)
#: what one takes that is no seizure
_TAKEN = frozenset("order orders note notes advice question questions lead stock account care precaution precautions".split())
#: types a statement itself may make (a demand, an accusation, a threat, a refusal, a promise, praise)
_SAID = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "AGREE", "SUPPORT", "CONCEDE", "CONSULT"})
_SPEAK = frozenset({"add", "say", "note", "stress", "insist", "point", "explain", "clarify", "emphasise", "emphasize"})
_TRADE = frozenset({"buy", "purchase", "sell", "resell", "acquire"})
_MEETING = frozenset({"meet", "greet", "visit", "host", "receive", "welcome", "marry", "date"})
#: the people of someone's private life
_PRIVATE = frozenset(
    "husband wife boyfriend girlfriend partner fiance fiancee spouse parent parents mother father son daughter "
    "family friend friends relative relatives aircraft plane car ship".split()
)
#: speaking for an office ("not authorised to speak publicly")
_BRIEF = frozenset("speak brief comment talk discuss disclose release name identify".split())
#: study of a subject, not an inquiry into anyone
_SCHOLARSHIP = frozenset("research study studies degree doctorate thesis dissertation fieldwork".split())
#: a share of a vote or a count that is won, not seized: "took 27 percent", "captured 40 seats"
_TALLIES = frozenset("percent per cent % percentage share seat seats vote votes ballot ballots point points majority plurality".split())
#: who clashes in words: "lawmakers clash over budget", "ministers clashed over the plan"
_TALKERS = frozenset(
    "lawmaker lawmakers legislator legislators politician politicians minister ministers senator senators mp mps "
    "party parties leader leaders delegate delegates negotiator negotiators candidate candidates official officials "
    "councillor councillors councilor councilors judge judges commissioner commissioners president presidents "
    "chancellor premier premiers governor governors mayor mayors".split()
)
_RAISED = frozenset("money fund funds cash capital awareness question questions query queries inquiry inquiries price prices rate rates".split())



#: words that open an indirect question ("asked how ...", "asked whether ...")
_WH = frozenset("how why what when where who whom whose which whether if".split())


def _asks_a_question(tok: Token) -> bool:
    """An indirect question is asked ("asked officials how the files ended up ...", "asked whether
    the army knew"), and no act is asked for (no "to" clause). The parser may hang the question
    word on a noun after it: the word right after whom it was asked counts too."""
    kids = list(tok.children)
    if any(c.dep_ == "xcomp" for c in kids):
        return False
    if any(
        c.dep_ == "ccomp" and any(t.lower_ in _WH and t.dep_ in ("advmod", "mark", "nsubj", "dobj", "attr", "det") for t in c.children)
        for c in kids
    ):
        return True
    asked = [c for c in kids if c.dep_ in ("dobj", "dative") and c.i > tok.i]
    after = (asked[0].right_edge.i if asked else tok.i) + 1
    return after < tok.sent.end and tok.doc[after].lower_ in _WH - {"if", "which", "whose"}


def _media(tok: Token) -> bool:
    low = tok.lemma_.lower()
    if low in _MEDIA or tok.lower_ in _MEDIA:
        return True
    if tok.ent_type_ == "ORG":
        name = " ".join(t.lower_ for t in tok.subtree if t.ent_type_ == "ORG")
        return name.split()[-1:] != [] and name.split()[-1] in _MEDIA_NAMES
    return False


#: where the hurt and the dead are taken: care, not custody
_CARE = frozenset("hospital hospitals clinic clinics infirmary morgue mortuary safety shelter shelters ward".split())

#: verbs that list what something holds: an act in the list is a topic, not done
_LISTING = frozenset({"include", "involve", "cover", "comprise", "feature", "discuss", "address"})


def _listed_topic(tok: Token) -> bool:
    """A verbal noun in what an agenda, a meeting or a plan "includes" or "covers" ("will include
    a discussion of ..., combatting foreign fighters, ..."): no one does it here."""
    cur = tok
    for _ in range(3):
        head = cur.head
        if head.i == cur.i:
            return False
        if head.lemma_.lower() == "including" or head.lemma_.lower() in _LISTING and head.pos_ in ("VERB", "AUX"):
            return True
        if cur.dep_ not in ("conj", "pcomp", "pobj", "prep"):
            return False
        cur = head
    return False


def _verbal_clash(tok: Token) -> bool:
    """A clash of politicians over an issue: its sides are all people who talk (``_TALKERS``) and
    it is "over"/"about"/"on" something that is no place."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    sides = [subj, *[c for c in subj.children if c.dep_ == "conj"]]
    sides += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    if not all(x.lemma_.lower() in _TALKERS or x.lower_ in _TALKERS for x in sides):
        return False
    issues = [g for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in ("over", "about", "on") for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):  # a headline: "Lawmakers clash over budget"
        issues += [c for c in tok.children if c.dep_ == "dobj"]
    return any(g.ent_type_ not in ("GPE", "LOC", "FAC") for g in issues)


def no_act(etype: str, tok: Token, nominal: bool, attack: bool = False, passive: bool = False) -> str | None:
    """Why this verb, in this sense, is no event (a short reason), or None. ``attack``: the
    sentence names an attack (a death it caused is that attack's); ``passive``: the verb is
    passive (detect's reading, headline participles included)."""
    if nominal:
        return None
    lemma = verb_lemma(tok)
    kids = list(tok.children)
    if lemma in _DEATH and not any(t.lemma_.lower() in _VIOLENCE for t in tok.sent):
        return "death"
    if lemma in _THOUGHT:
        return "thought"
    if lemma in _DESIRE:
        asks = any(c.dep_ == "dobj" for c in kids) and any(c.dep_ in ("xcomp", "ccomp") for c in kids) or any(
            c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "nsubj" for g in c.children) for c in kids
        )
        if lemma in ("hope", "wish") or not asks:
            return "desire"  # "intends to end the routes", "wants a new car": no act toward anyone yet
    if lemma in ("tell", "speak", "talk", "say", "go", "appear") and etype in ("REQUEST", "CONSULT", "ACCUSE", "SUPPORT"):
        objs = [c for c in kids if c.dep_ in ("dobj", "dative")]
        objs += [g for c in kids if c.dep_ == "prep" and c.lower_ in ("to", "on", "with") for g in c.children if g.dep_ == "pobj"]
        if objs and all(_media(o) for o in objs):
            return "media"  # "told journalists", "went on state radio": a statement, no one is asked or met
    if lemma == "need" and etype == "REQUEST" and not any(c.dep_ in ("dobj", "dative") for c in kids if any(g.dep_ in ("xcomp", "ccomp") for g in tok.children)):
        if not any(c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "nsubj" for g in c.children) for c in kids):
            return "need"  # "we need to stay patient", "the region needs rain": a need, no one is asked
    if lemma == "advise" and etype == "REQUEST" and not any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "against" for c in kids):
        return "advice"  # "advising and assisting the army": advisers at work, not a demand
    if lemma == "call" and etype != "ACCUSE" and (sum(c.dep_ == "dobj" for c in kids) > 1 or any(c.dep_ == "oprd" for c in kids)):
        return "naming"  # "calls the vote a formality": what something is called (a verdict stays ACCUSE)
    if etype == "ACCUSE" and any(c.dep_ == "dobj" and c.lemma_.lower() in _SCHOLARSHIP for c in kids):
        return "sense"  # "began postdoctoral research": a study of a subject, no inquiry into anyone
    if lemma in ("ask", "inquire", "enquire") and etype == "REQUEST" and _asks_a_question(tok):
        return "sense"  # "asked officials how the files ended up in a bin": a question, not a demand
    if lemma in ("ask", "raise", "refer", "field", "answer") and any(c.dep_ == "dobj" and c.lemma_.lower() in _RAISED for c in kids):
        return "sense"  # "asked questions", "raise money", "refer questions to the ministry"
    if lemma in ("take", "capture", "seize", "grab", "snatch", "win", "gain") and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _TALLIES or c.lower_ in _TALLIES) for c in kids
    ):
        return "tally"  # "the Unity Party took 27 percent", "captured 40 seats": votes won, nothing seized
    if lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in _TAKEN for c in kids):
        return "sense"  # "took orders from his superior", "take notes"
    if lemma in ("take", "rush", "bring", "carry", "fly", "move", "transfer") and any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") and any(g.dep_ == "pobj" and g.lemma_.lower() in _CARE for g in c.children) for c in kids
    ):
        return "care"  # "12 protesters were taken to hospital": treated, not detained
    if lemma in ("fire", "shoot") and etype == "ASSAULT" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("shot", "round", "salvo") and any(g.lower_ == "warning" for g in c.children) for c in kids
    ):
        return "warning"  # "fired warning shots", "fired a warning shot at the markets": aimed at no one
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "pcomp", "dobj") and _listed_topic(tok):
        return "topic"  # "the meeting will include ... working groups on X, combatting foreign fighters": an item on an agenda
    if lemma == "clash" and etype == "ASSAULT" and not attack and _verbal_clash(tok):
        return "verbal"  # "lawmakers clash over budget": a dispute in words, no fighting
    if lemma in ("lead", "command", "head") and passive:
        return "post"  # "the task force is led by a commodore": who holds a post, no act
    if lemma == "say" and etype not in _SAID:
        return "speech"  # a statement is no material act ("..., the general said" coded as a retreat)
    if tok.tag_ in ("VBN", "VBD") and tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in kids) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in kids
    ):  # (the tagger may read the participle as a past tense)
        return "reference"  # "a transition, as agreed in the resolutions": what was agreed before, cited
    if passive and lemma in _REPORTED:
        return "reported"  # "is said to be leaving", "the phone is claimed to ...": hearsay, no accuser
    if lemma in ("reduce", "cut", "lower", "slash") and etype in ("SANCTION", "THREATEN"):
        objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
        cut_off = any(c.dep_ == "prt" and c.lower_ == "off" for c in kids)  # "cut off their supplies": a blockade
        if objs and not cut_off and not any(o.lemma_.lower() in _TIES for o in objs):
            return "sense"  # "the price was reduced", "cut three models from production": no sanction
    if lemma == "blow" and passive and not attack:
        return "idiom"  # "the issue has been blown out of proportion"
    if lemma == "target" and passive and not attack and any(c.dep_ == "prep" and c.lower_ in ("at", "toward", "towards") for c in kids):
        return "market"  # "the new model is targeted at long routes": aimed at buyers
    if lemma in ("receive", "get", "obtain") and etype != "AID":
        return "receiving"  # who gives is who acts; the receiver's verb is no act of its own
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in _SPEAK for c in kids):
        return "speech"  # "rushed to stress", "was quick to say": the act is a statement
    if lemma == "compensate" and etype in ("ACCUSE", "SANCTION", "COERCE"):
        return "sense"  # "the airline will be compensated for the delays": a payment, no complaint
    if lemma in ("authorize", "authorise", "permit", "allow", "empower") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _BRIEF for c in kids
    ):
        return "anonymity"  # "was not authorised to brief reporters": why a source is unnamed
    if lemma in ("flee", "escape") and etype in ("AID", "COOPERATE", "AGREE", "SUPPORT"):
        return "flight"  # "fled into exile", "escaped to the border": flight, no help to anyone
    if lemma == "comment":
        return "speech"  # "commented on the aid deliveries": a statement about something, no act
    if lemma in _TRADE and etype in ("COOPERATE", "AGREE", "AID"):
        return "trade"  # "the jets were purchased by the government": buying and selling is business
    if etype == "CONSULT" and lemma in _MEETING and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PRIVATE for c in kids
    ):
        return "private"  # "met his old schoolfriends": a private life, no political meeting
    if etype == "CONSULT" and lemma in ("be", "get", "stay", "keep", "remain") and any(
        g.lemma_.lower() in _PRIVATE for c in kids if c.dep_ == "prep" and c.lower_ == "in" for g in rules.in_touch_with(c)
    ):
        return "private"  # "police are in contact with the family": no political talks
    if lemma == "sit" and etype == "PROTEST" and any(c.dep_ == "prep" and c.lower_ == "with" for c in kids):
        return "meeting"  # "sat down with the author": a talk, not a sit-in
    return None
