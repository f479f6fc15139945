"""Trigger words in a parsed sentence and their CAMEO codes.

Each verb is coded by :mod:`lexicon` (PETRARCH's verb dictionary and patterns; ``---`` means
"no event", e.g. "killed in an accident") or by a construction rule (:mod:`rules`). Light verbs
("launched", "staged", "began") take the code of their event-noun object ("an attack", "a hunger
strike") from the curated noun table.

Complements are folded into one event, as in CAMEO: "offered to hand over" is an intent to
cooperate (AGREE), "threatened to cut off" is THREATEN, "refused to deploy" is REJECT, and a
coded action under "will", "plans to", "is ready to" is an intent (AGREE when the action
cooperates, THREATEN when it is a conflict).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgraph.events import rules
from newsgraph.events.lexicon import code_verb, lookup_verb, noun_code, verb_lemma
from newsgraph.events.mapping import quad_class
from newsgraph.events.participants import WEAPONS, cyber_object

Token = Any

#: verbs that take a complement and carry no event of their own: the complement is the event
#: ("decided to withdraw", "began to shell", "announced that it will withdraw")
LIGHT_VERBS = frozenset(
    "begin start continue resume try attempt seek decide manage fail launch stage conduct carry hold mount "
    "open issue make take wage step escalate undertake announce declare say confirm report claim tell "
    "state add indicate reveal insist extend tighten impose clamp enforce intensify expand maintain return travel arrive "
    "fly head come".split()
)
#: lemmas that make a complement an intent ("plans to impose", "is ready to contribute")
INTENT_WORDS = frozenset(
    "will would shall plan intend prepare ready willing prepared vow pledge promise offer agree expect "
    "aim set determined eager going".split()
)
#: light verbs that perform the act their event-noun object names ("launched an attack", "carried out
#: strikes", "claimed the bombing"); a verb that only reports or comments on an act ("reported an
#: attack", "remarked on the bombings", "survived the raid") lends its subject to nothing
PERFORM_VERBS = (LIGHT_VERBS - frozenset("say tell state add indicate reveal report confirm seek try attempt".split())) | frozenset(
    "perpetrate commit execute orchestrate organize organise initiate unleash complete conclude finish".split()
)
#: verbs that report an act without doing it: an attack they name is coded from the noun, actor and all
#: verbs that report another's act
SAYS = frozenset({"say", "report", "tell", "add", "state", "announce", "confirm", "claim"})
#: a state's duties on trade are sanctions when imposed or raised
_TARIFFS = frozenset({"tariff", "tariffs", "duty", "duties", "levy", "levies"})
_LEVY = frozenset({"impose", "raise", "slap", "levy", "hike", "increase", "introduce", "place", "put"})
#: what is launched or fired at a place is an attack on it
_PROJECTILES = WEAPONS | frozenset({"projectile", "projectiles", "munition", "munitions"})
_REPORTING = frozenset(
    "say tell state add indicate reveal report confirm describe recount cite mention note witness detail document "
    "list record catalogue catalog highlight show chronicle investigate examine review".split()
)
#: criticism of an act is an accusation whatever the act ("condemned the bombing"), never the act
_CRITICISE = frozenset("condemn denounce deplore decry criticise criticize".split())
_VERBAL = ("02", "10", "11", "12", "13")
#: verbs of asking: never the act asked for
_ASKING = frozenset({"ask", "demand", "request", "urge"})
#: what talks fail to do: "failed to agree", "failed to reach a deal"
_SETTLE = frozenset({"agree", "reach", "settle", "conclude", "strike", "resolve", "bridge"})
#: aspectual verbs: "keep staging attacks", "began shelling", "continued to fight"
_ASPECTUAL = frozenset({"keep", "continue", "begin", "start", "resume", "go", "carry"})
_TEMPORAL_PREPS = frozenset({"after", "following", "before", "amid", "since", "during"})
#: "after seizing the town", "before withdrawing": an act of its own, done before or after the main one
_SEQUENCE_PREPS = frozenset({"after", "before", "following"})
#: a truce broken, a threat answered by an attack ("violated the ceasefire by shelling ...")
_BROKEN_BY = frozenset({"violate", "breach", "break", "retaliate", "respond", "react"})


@dataclass
class Trigger:
    """A coded trigger: the head token, its CAMEO code and how it was found."""

    token: Token
    cameo: str
    how: str
    #: the token whose clause holds the arguments (the matrix verb for a folded complement)
    head: Token = None
    intent: bool = False
    nominal: bool = False
    #: the act another actor was asked or urged to do ("urged the EC to support the PLO"): not done
    requested: bool = False


#: a span of time or a count of rounds whose "of" phrase is the act: "began three days of exercises"
SPANS = frozenset("day days week weeks month months hour hours round rounds series wave waves".split())


def _object_noun(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "nsubjpass") and (c.pos_ in ("NOUN", "PROPN") or c.pos_ == "ADJ" and noun_code(c)):
            if c.lower_ in SPANS and not noun_code(c):
                act = next((g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj" and noun_code(g)), None)
                if act is not None:
                    return act  # "began three days of live-fire exercises", "launched a wave of strikes"
            return c  # (an event noun the tagger took for an adjective: "staged a go-slow")
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "into", "of", "on", "for"):
            for g in c.children:
                if g.dep_ == "pobj" and noun_code(g):
                    return g
    return None


def intent_code(cameo: str) -> str:
    """The CAMEO code of announcing an action: 03x (intent to cooperate) or 13x (threaten)."""
    root = cameo[:2]
    if quad_class(cameo) <= 2:
        return {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}.get(root, "030")
    return {"14": "133", "15": "138", "16": "131", "17": "132", "18": "138", "19": "138", "20": "138"}.get(root, cameo)


def _visiting(noun: Token) -> bool:
    """People described as visiting or arriving ("welcomed soldiers visiting from a brigade", "the
    visiting cadets"): guests received, whoever they are."""
    return any(
        c.dep_ in ("acl", "amod") and c.lemma_.lower() in ("visit", "arrive") and c.tag_ in ("VBG", "VBN", "JJ")
        for c in noun.children
    )


def _scheduled(tok: Token, code: str) -> bool:
    """A plain "will" on a meeting or visit ("will meet", "will travel to Iraq") or on an act that
    goes on ("will continue to strike"): the act itself, flagged future, not an intent to act."""
    auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    if not auxes & {"will", "shall", "'ll"} or any(c.dep_ == "xcomp" and c.head.i == tok.i and c.lemma_.lower() in INTENT_WORDS for c in tok.children):
        return False
    return code[:2] == "04" or code == "150" or tok.lemma_.lower() in _ASPECTUAL  # ("will hold joint exercises")


def _has_intent(tok: Token) -> bool:
    if any(c.dep_ == "aux" and c.lemma_.lower() in INTENT_WORDS for c in tok.children):
        return True
    h = tok.head
    if tok.dep_ == "xcomp" and h.lemma_.lower() in INTENT_WORDS:
        return True
    if tok.dep_ == "xcomp" and h.dep_ == "acomp" and h.lemma_.lower() in INTENT_WORDS:
        return True
    return tok.dep_ == "xcomp" and h.pos_ == "ADJ" and h.lemma_.lower() in INTENT_WORDS


#: what a unit receives or takes when it is shot at ("received heavy machine gun fire")
_RECEIVED_FIRE = frozenset("fire gunfire shelling gun guns rocket rockets mortar mortars artillery".split())
_UNDER_ATTACK = frozenset("fire attack attacks shelling bombardment assault gunfire siege".split())
_ARMED_FIRE = frozenset("heavy sustained intense machine-gun machine gun artillery rocket mortar enemy hostile sniper small-arms".split())


def under_attack(tok: Token) -> tuple[str, Token | None] | None:
    """"came under heavy fire from rebels", "was under attack by militants": the subject is the
    target and the "from"/"by" phrase the attacker; "came under fire from critics for ..." with no
    weapon word is criticism (ACCUSE). (CAMEO code, attacker token) or None."""
    lemma = tok.lemma_.lower()
    if lemma in _ASPECTUAL:  # "continued to receive heavy fire from ...": the fire the aspect goes on with
        inner = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in ("receive", "take", "draw", "come")), None)
        return under_attack(inner) if inner is not None else None
    if lemma in ("receive", "take", "draw"):  # "continued to receive heavy fire from fighters", "took fire from"
        noun = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if noun is None or noun.lemma_.lower() not in _RECEIVED_FIRE or not any(c.lower_ in _ARMED_FIRE or c.lower_ in ("heavy", "sustained", "direct", "enemy") for c in noun.subtree):
            return None  # ("drew fire from critics": criticism, left to the dictionary)
    elif lemma not in ("come", "be", "remain", "fall"):
        return None
    else:
        under = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "under"), None)
        noun = next((g for g in under.children if g.dep_ == "pobj"), None) if under is not None else None
        if noun is None or noun.lemma_.lower() not in _UNDER_ATTACK:
            return None
    src = None
    # the "from" phrase may hang on a verb the parser split the weapon's name into ("machine gun and
    # rocket propelled grenade fire from fighters": "propelled" joined to the aspect verb)
    split = [c for c in tok.children if c.dep_ == "conj"] + ([c for c in tok.head.children if c.dep_ == "conj" and c.i > tok.i] if tok.dep_ == "xcomp" else [])
    for h in (noun, tok, *split):
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                src = next((g for g in c.children if g.dep_ == "pobj"), src)
    armed = noun.lemma_.lower() != "fire" or any(c.lower_ in _ARMED_FIRE for c in noun.subtree)
    return ("190" if armed else "111"), src


_DIRECTIVE = frozenset({"want", "tell", "instruct", "direct"})
_GUESTS = frozenset("president minister delegation delegations leader leaders visitor visitors guest guests envoy king queen prince premier chancellor counterpart".split())
_MEETINGS = frozenset({"talks", "talk", "meeting", "meetings", "summit", "conference", "round", "negotiations", "visit"})
_PREVENT = frozenset({"prevent", "combat", "tackle", "counter"})
#: bans on a person's movement that one state puts on another's people: a sanction
_BANNED_PASSAGE = frozenset({"visa", "travel", "entry"})
#: "slammed the door shut", "slammed into a wall", "slammed on the brakes": a physical slam
_SLAM_PHYSICAL = frozenset({"into", "onto", "against", "on", "shut", "down", "through"})
#: what is slammed in words: a decision, a plan, a move
_SLAMMED = frozenset(
    "government decision decisions plan plans move moves policy policies ruling remarks comments statement handling response "
    "deal budget bill law proposal opposition president minister leader".split()
)
_SCOURGES = frozenset(
    "violence extremism terrorism radicalisation radicalization crime abuse trafficking proliferation corruption "
    "conflict poverty hunger disease impunity hatred discrimination".split()
)
_SANCTION_HEADS = frozenset({"sanction", "sanctions", "listing", "listings", "measure", "measures", "embargo", "designation", "designations"})
_CYBER_ATTACK = frozenset({"attack", "hack", "target", "bombard", "hit", "disrupt", "flood", "paralyze", "paralyse"})
_TRAVEL = frozenset({"fly", "travel", "head", "arrive", "go", "come"})


def _told_to(tok: Token) -> bool:
    """The verb has someone as object or complement subject and a "to" infinitive for them."""
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            who = next((x for x in c.children if x.dep_ == "nsubj"), None) or next((x for x in tok.children if x.dep_ == "dobj"), None)
            if who is not None and who.pos_ in ("NOUN", "PROPN"):
                return True
    return False


def code_token(tok: Token) -> tuple[str, str] | None:
    """Code a verb, using its event-noun object when the verb itself has no event."""
    under = under_attack(tok)
    if under is not None:
        return under[0], "rule"
    if tok.lemma_.lower() in _CYBER_ATTACK and cyber_object(tok):
        return "190", "rule"  # "the website is being attacked by hackers": an attack (COERCE, cyber), not criticism
    if rules.support_verb(tok):
        return None  # "taking steps to ...": the complement is the event
    if _occurrence_verb(tok) and any(c.dep_ in ("nsubj", "nsubjpass") and occurs(c) for c in tok.children):
        return None  # "clashes erupted": the noun is the event, the verb says it happened
    if tok.lemma_.lower() in ("go", "be", "remain", "stay", "come") and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() == "strike" for g in c.children) for c in tok.children
    ):
        return "143", "rule"  # "went on strike": a strike of workers, not an attack
    if tok.lemma_.lower() in ("go", "be", "remain", "stay", "sit", "continue") and tok.pos_ in ("VERB", "AUX"):
        on = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
        sat = next((k for g in on if (k := noun_code(g) or "")[:2] == "14"), None)
        if sat:
            return sat, "noun-object"  # "sitting on a dharna", "went on a hunger strike": the protest
    if tok.lemma_.lower() in ("call", "appeal") and any(
        c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") and any(g.dep_ == "pobj" for g in c.children) for c in tok.children
    ) and not any(c.dep_ in ("dobj", "oprd", "nsubjpass", "auxpass") for c in tok.children):
        return "100", "rule"  # "called for an inquiry", "called on all parties to respect ...": a demand
    if tok.lemma_.lower() == "vote":
        # a vote is no act toward an actor unless it turns something down
        against = any(c.lower_ in ("down", "against") for c in tok.children)
        return ("120", "rule") if against else ("---", "pattern")
    if tok.lemma_.lower() in _ASPECTUAL:
        comp = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
        if comp is not None:  # "keep staging attacks", "resume shelling": the complement's act
            got = code_token(comp)
            return (got[0], "aspect") if got else None
    lemma = verb_lemma(tok)
    if lemma in ("hope", "wish", "pray") and not any(
        c.dep_ in ("ccomp", "xcomp") and (code_verb(c) or ("---",))[0] != "---" for c in tok.children
    ):
        return None  # "hope those injured recover quickly": a wish, not an appeal to anyone
    if lemma == "call" and any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
        return None  # "reporters were called on to speak": given the floor, no one appealed to
    if rules.leaves_toll(tok):
        return "190", "rule"  # "gunmen sprayed the market with bullets, leaving nine dead": the act that killed
    if lemma in ("hit", "strike", "destroy", "damage", "target", "leave") and any(
        c.dep_ == "nsubj" and (noun_code(c) or "")[:2] in ("18", "19", "20") for c in tok.children
    ):
        return "190", "rule"  # "a US strike hit the compound": the attack is the act, whatever the object
    if lemma in _LEVY and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _TARIFFS
        and (c.lemma_.lower().startswith("tariff") or any(g.lower_ in ("on", "import", "retaliatory", "punitive", "anti-dumping") for g in (*c.children, *tok.children)))
        for c in tok.children
    ):
        return "163", "rule"  # "raised tariffs on Chinese steel", "slapped duties on imports": a trade sanction
    if lemma in _LEVY and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "ban" and any(g.dep_ in ("compound", "amod") and g.lower_ in _BANNED_PASSAGE for g in c.children)
        for c in tok.children
    ):
        return "163", "rule"  # "imposes visa bans on officials": a sanction on them, not a ban on an activity
    if lemma == "slam" and not any(c.dep_ in ("prep", "prt") and c.lower_ in _SLAM_PHYSICAL for c in tok.children) and any(
        c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or c.lemma_.lower() in _SLAMMED) for c in tok.children
    ):
        return "111", "rule"  # "Senator slams White House over border deal": criticism, no blow
    if lemma == "give" and rules.told_to_leave(tok):
        return "174", "rule"  # "gave the ambassador 48 hours to leave the country": an expulsion
    if lemma in ("wrap", "conclude") and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _MEETINGS or c.lower_ in _MEETINGS) for c in tok.children
    ) and (lemma == "conclude" or any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)):
        return "040", "rule"  # "mediators wrapped up a third round of talks": talks held
    if lemma in ("launch", "fire") and any(c.dep_ == "dobj" and c.lemma_.lower() in _PROJECTILES for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "toward", "towards", "against") for c in tok.children
    ):
        return "195", "rule"  # "launched 90 drones at the cities", "fired rockets into the town": an attack
    joined = rules.joined_act(tok)
    if joined:
        return joined, "noun-object"  # "took part in a march", "was placed under house arrest"
    if lemma == "declare" and any(c.dep_ == "dobj" and c.lemma_.lower() == "war" for c in tok.children):
        return "138", "rule"  # "declares war on X": a threat of force, not yet an attack
    if lemma in ("be", "get", "stay", "keep", "remain") and rules.touch_of(tok):
        return "040", "rule"  # "has been in touch with the officials", "stayed in contact with": talks held
    if lemma == "engage" and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return "040", "rule"  # "engaging with civil society": talking with them, not fighting
    if lemma == "host" and any(c.dep_ == "dobj" and c.lemma_.lower() in _MEETINGS for c in tok.subtree):
        return "043", "rule"  # "will host a round of talks": a meeting (scheduled when "will")
    if lemma == "push" and not rules.pushback(tok) and any(c.dep_ == "dobj" for c in tok.children) and any(
        c.lower_ in ("out", "back", "from") and c.dep_ in ("prt", "prep", "advmod") for c in tok.children
    ):
        return "190", "rule"  # "pushing the militants out of the valley": fighting, not pressing
    if lemma in _PREVENT and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _SCOURGES or (noun_code(c) or "")[:2] in ("18", "19", "20")) and not any(g.dep_ == "prep" and g.lower_ == "from" for g in tok.children)
        for c in tok.children
    ):
        return None  # "preventing sexual violence", "combating extremism": a cause, no act toward anyone
    if lemma == "target" and tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in _SANCTION_HEADS:
        return "163", "rule"  # "new sanctions targeting arms dealers": the sanction's target
    if lemma in _DIRECTIVE and _told_to(tok):
        return "100", "rule"  # "want the president to release funds", "told airlines not to buy": a demand
    ended = rules.ends_presence(tok)
    if ended:
        return ended, "rule"
    personnel = (
        ("174" if rules.pushback(tok) else None)  # "pushed back boats carrying migrants": forced back, no attack repelled
        or rules.withdraws_personnel(tok) or rules.concession(tok) or rules.coercion(tok) or rules.violence(tok)
        or rules.sending(tok) or rules.strike_or_boycott(tok) or rules.riot(tok) or rules.protest_act(tok)
        or rules.charges_brought(tok) or rules.walkout(tok) or rules.signs_peace(tok) or ("172" if rules.hands_sentence(tok) or rules.court_order(tok) else None)
    )
    if personnel:
        return personnel, "rule"
    ev = rules.evaluation(tok)
    if ev:
        return ev, "evaluation"
    if rules.put_to_them(tok) or rules.no_comment(tok) or rules.warns_of_calamity(tok):
        return "---", "rule"  # "Asked about the dispute, ...", "declined to comment": an interview; "warned that X faces famine"
    adopted = rules.adopted_measure(tok) or rules.responds_with(tok)
    if adopted:
        return adopted, "noun-object"  # "approved a package of sanctions", "responded with air strikes": the act named
    if rules.closes_passage(tok):
        return "191", "rule"  # "closed the border crossing": movement restricted
    if rules.denies_accusation(tok):
        return "120", "rule"  # "rejected the accusations as groundless": a rejection (PETRARCH's 016 is no event)
    if rules.protest_note(tok):
        return "111", "rule"  # "handed the envoy a protest note": a diplomatic protest, no demonstration
    if rules.solidarity_with(tok) is not None:
        return "051", "rule"  # "stood in solidarity with Poland": support for it
    if rules.voiced_concern(tok):
        return "111", "rule"  # "expressed concern over the arrests": a criticism, not a pessimistic comment (012)
    if rules.defends_a_measure(tok):
        return "052", "rule"  # "the minister defended the measure": defended in words (SUPPORT), not the measure again
    if rules.anaphoric_decision(tok):
        return rules.ANAPHOR, "anaphor"
    got = code_verb(tok)
    code = got[0] if got else "---"
    freed = rules.arrest_or_release(tok, got[0] if got else None)
    if freed:
        return freed, "rule"
    if lemma == "welcome" and any(
        c.dep_ == "dobj" and _visiting(c) or c.dep_ == "ccomp" and c.tag_ == "VBG" and c.lemma_.lower() in ("visit", "arrive") for c in tok.children
    ):  # (the parser may read "welcomed soldiers visiting" as a clause)
        return "043", "rule"  # "welcomed soldiers visiting from a brigade": hosting a visit, not praise
    if code[:2] not in ("14", "17", "18", "19", "20") and any(rules.leaves_toll(c) for c in tok.children):
        return "190", "rule"  # "armed men raked the rank with gunfire, leaving six dead": the act that killed, whatever its verb
    if (got is None or code == "---") and rules.done_with_weapons(tok):
        return "190", "rule"  # "gunmen peppered the bus with bullets": an act the dictionary lacks, done with fire or blades
    if lemma == "welcome" and code[:2] == "04" and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and not c.ent_type_ and (c.lemma_.lower() not in _GUESTS) for c in tok.children
    ):
        return "051", "rule"  # "welcomes the new budget deal": praise, not hosting a visitor
    if lemma in _TRAVEL and code[:2] == "03" and tok.tag_ in ("VBD", "VBN") and not _has_intent(tok):
        return "042", "rule"  # "flew to Ankara to meet ...": a visit made, not an intent to meet
    if lemma in ("contact", "phone", "telephone", "meet") and code[:2] == "03" and tok.tag_ in ("VBD", "VBN") and not _has_intent(tok):
        return "040", "rule"  # "contacted the foreign minister": talks held, not an intent to hold them
    if (got is None or code == "---" or code.startswith("01")) and rules.in_protest(tok) and any(c.dep_ == "nsubj" for c in tok.children):
        return "141", "rule"  # "shepherds drove their flocks through the city in protest at land grabs"
    if lemma == "decide" and code[:2] == "03":
        xc = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        done = code_token(xc) if xc is not None else None
        if xc is not None and (done is None or done[0] == "---"):
            return "---", "rule"  # "decided to maintain its rate": a decision about its own affairs, no act toward anyone
    if lemma == "degrade" and any(
        c.dep_ == "conj" and (c.lemma_.lower() in ("defeat", "destroy", "eliminate", "crush", "dismantle") or (code_verb(c) or ("---",))[0][:2] in ("18", "19", "20"))
        for c in tok.children
    ):
        return "---", "rule"  # "to degrade and defeat the militants": one military aim, the attack verb's (no accusation)
    if lemma == "fail" and any(c.dep_ == "xcomp" and c.lemma_.lower() in _SETTLE for c in tok.children):
        return "---", "rule"  # "the two sides failed to agree": no agreement, and no one rejected anything
    if lemma in _ASKING and code[:2] in ("15", "16", "17", "18", "19", "20"):
        return "100", "rule"  # "prosecutors asked for a life sentence": a demand, not the punishment (PETRARCH's 173)
    if lemma in _CRITICISE and (got is None or code.startswith(("01", "05"))):  # (PETRARCH: "denounce sanctions" 053)
        return "111", "rule"
    if got and got[1] == "pattern" and code == "---":
        return got  # the dictionary says explicitly: no event here
    if lemma in ("rule", "deny", "exclude") and code[:2] in ("18", "19", "20") and (lemma != "rule" or any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)):
        return None  # "police ruled out a bomb attack": said not to have happened, no attack by the police
    if lemma in _REPORTING and code[:2] in ("18", "19", "20") and _object_noun(tok) is not None:
        return "010", "rule"  # "the agency reported an attack": the attack is the noun's event
    if lemma == "call" and not any(c.dep_ in ("oprd", "xcomp", "ccomp", "dative", "prt") for c in tok.children):  # ("called off")
        obj = _object_noun(tok)
        nc = noun_code(obj) if obj is not None and obj.dep_ == "dobj" else None
        labour = obj is not None and obj.lemma_.lower() == "strike" and rules.labour_strike(tok, obj)
        if obj is not None and nc and (nc[:2] == "14" or labour) and sum(c.dep_ == "dobj" for c in tok.children) == 1:
            # "the union called a general strike", "called a rally": who calls a protest holds it
            return ("143" if rules.labour_strike(tok, obj) else nc), "noun-object"
    if (lemma in PERFORM_VERBS and (got is None or lemma in LIGHT_VERBS or code.startswith("01"))) or (
        got is None and lemma not in _REPORTING  # an uncoded verb: often a lemma the tagger got wrong
    ):
        obj = _object_noun(tok)
        if obj is not None:
            nc = noun_code(obj)
            if nc and rules.labour_strike(tok, obj):
                return "143", "noun-object"  # "traders staged a strike": a labour strike
            if nc and nc[:3] == "191" and rules.blockade_by_people(tok, obj):
                return "144", "noun-object"  # "villagers held a road blockade": protesters obstruct
            if nc:
                return nc, "noun-object"
    return got


#: verbs that dispute a claim, and the nouns of a claim whose "that" clause they dispute
_DISPUTING = frozenset({"reject", "deny", "dismiss", "refute", "dispute", "contest"})
_CLAIMS = frozenset("claim allegation accusation report rumour rumor suggestion assertion charge".split())


def _complements(tok: Token) -> list[Token]:
    # a clause before a semicolon is its own sentence ("gunmen hurled a bomb at the house; no one
    # was injured"), not the content of the verb after it
    out = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and not _semicolon_before(c, tok)]
    for c in tok.children:  # "is ready to contribute": acomp -> xcomp
        if c.dep_ in ("acomp", "oprd"):
            out += [g for g in c.children if g.dep_ == "xcomp" and g.pos_ == "VERB"]
    if rules.support_verb(tok):  # "taking steps to put an end to ..."
        out += rules.purpose_clauses(tok)
    return out


def _semicolon_before(c: Token, tok: Token) -> bool:
    return c.i < tok.i and any(p.dep_ == "punct" and p.text == ";" and c.i < p.i < tok.i for p in tok.children)


def _violent_means(tok: Token) -> bool:
    """"violated the truce by shelling villages", "retaliated by firing rockets": the attack that is
    the means is an event of its own."""
    if tok.head.lower_ != "by" or tok.head.head.lemma_.lower() not in _BROKEN_BY:
        return False
    got = code_token(tok)
    return got is not None and got[0][:2] in ("18", "19", "20")


def sentence_triggers(sent: Any) -> list[Trigger]:
    """Coded triggers of one sentence, complements folded into their matrix verbs, root first."""
    coded: dict[int, tuple[str, str]] = {}
    backgrounded = _backgrounded_tokens(sent)
    for tok in sent:
        if tok.i in backgrounded or tok.lower_ == "according" or tok.dep_ == "pcomp" and tok.head.lower_ not in _SEQUENCE_PREPS and not _violent_means(tok):
            continue  # "ousted president", "the curfew imposed in ...", "who overran it", "unless X ..."
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and (tok.dep_ == "ROOT" or rules.touch_of(tok))) or _verb_tagged_noun(tok):
            got = _demand(tok) or code_token(tok)
            if got is not None:
                coded[tok.i] = got
        if tok.i not in coded and dismay(tok):
            coded[tok.i] = ("111", "rule")
    folded: set[int] = set()  # complements absorbed into a matrix event
    requested: set[int] = set()  # complements that are acts asked for
    triggers: dict[int, Trigger] = {}

    def event_code(i: int) -> str | None:
        got = coded.get(i)
        if got is None or got[0] == "---" or got[0].startswith("01"):
            return None
        return got[0]

    # walk from the root down so that a matrix verb decides about its complements first
    order = sorted((t for t in sent if t.i in coded or t.pos_ in ("VERB", "AUX", "ADJ")), key=lambda t: _depth(t))
    for tok in order:
        if tok.i in folded:
            continue
        own = triggers[tok.i].cameo if tok.i in triggers else event_code(tok.i)
        lemma = tok.lemma_.lower()
        for c in _complements(tok):
            if c.i in folded or c.i in triggers:
                continue
            cc = event_code(c.i)
            if cc is None:
                continue
            if not cc.isdigit():
                if own is not None:
                    folded.add(c.i)
                continue
            if own is None:
                # the complement is the event; the matrix verb lends its subject
                intent = (_has_intent(c) or lemma in INTENT_WORDS) and not _scheduled(c, cc)
                # ("said that the cartel will hold a meeting": the meeting scheduled, CONSULT flagged future)
                code = intent_code(cc) if intent and cc[:2] not in _VERBAL else cc
                # "said she would appeal": a statement still to be made is no intent event (its modal stands)
                triggers[c.i] = Trigger(c, code, coded[c.i][1], head=tok, intent=intent and (code != cc or cc[:2] == "03"))
            elif own[:2] == "03" or lemma in ("agree", "offer", "promise", "pledge", "vow"):
                # agreeing to do something is an intent to cooperate, whatever the act; planning,
                # preparing or vowing to attack is a threat
                if lemma in ("agree", "accept", "consent"):
                    code = intent_code(cc) if quad_class(cc) <= 2 else "030"
                else:
                    code = intent_code(cc) if cc[:2] not in _VERBAL else cc
                triggers[tok.i] = Trigger(tok, code, "intent", head=tok, intent=True)
                own = code
                folded.add(c.i)
            elif own[:2] == "10" and cc[:2] not in ("01", "02", "10") and c.i not in triggers:
                # "urged the EC to support the PLO": the request is the event; the act asked for is
                # coded too, as not done (hypothetical)
                triggers[c.i] = Trigger(c, cc, coded[c.i][1], head=tok, requested=True)
                folded.add(c.i)
                requested.add(c.i)
            else:
                folded.add(c.i)  # the complement is the content of the matrix event
        if own is not None and lemma in _DISPUTING:
            # "dismissed claims that troops had looted shops": the act claimed is what is denied
            for o in tok.children:
                if o.dep_ == "dobj" and o.lemma_.lower() in _CLAIMS:
                    folded |= {g.i for g in o.children if g.dep_ in ("ccomp", "acl") and g.i not in triggers and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in g.children)}
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SAYS and (tok.i in triggers or own is not None):
            # "X launched drones at the cities, the air force said, damaging ...": the damage is X's attack's
            for c in tok.head.children:
                if c.dep_ == "advcl" and c.i > tok.i and c.i in coded and c.tag_ == "VBG":
                    folded.add(c.i)
        if tok.i in triggers or own is None:
            continue
        code, how = own, coded[tok.i][1]
        if own.isdigit() and _has_intent(tok) and own[:2] not in _VERBAL + ("03",) and not _scheduled(tok, own):
            code = intent_code(own)
        elif own == "036" and _scheduled(tok, "040"):
            code = "040"  # "will host the ministers", "will lead a delegation": a meeting scheduled (CONSULT, future)
            own = code
        triggers[tok.i] = Trigger(tok, code, how, head=tok, intent=code != own)
        # result/purpose clauses ("..., killing 20", "to demand") belong to this event
        for c in tok.children:
            if c.dep_ in ("advcl", "xcomp", "conj") and c.i in coded and _is_result(c) and not _own_speech_act(c, coded[c.i][0], own):
                folded.add(c.i)
    out = [t for i, t in triggers.items() if i not in folded or i in requested]
    out = _merge_same_event(out)
    out += nominal_triggers(sent, {t.token.i for t in out})
    acts = {t.token.i for t in out if t.cameo[:2] in ("18", "19", "20") or t.how in ("noun-object", "aspect")}
    out += reported_attacks(sent, {t.token.i for t in out} | folded, acts)
    out.sort(key=lambda t: (_depth(t.token), t.token.i))
    return out


#: feelings a statement expresses about an act: "I am appalled by ...", "deeply concerned by reports of ..."
_PLEASED = frozenset("encouraged pleased heartened delighted gratified glad reassured".split())
_DISMAY = frozenset("appalled shocked outraged horrified dismayed alarmed disturbed concerned sickened disgusted".split())


def dismay(tok: Token) -> bool:
    """A speaker's dismay at something named ("appalled by this latest attack", "concerned by
    reports of ceasefire violations"): a criticism (CAMEO 111, ACCUSE) of who did it."""
    return feeling(tok, _DISMAY)


def feeling(tok: Token, words: frozenset[str] | None = None) -> bool:
    """A feeling about something named, dismay or gladness ("encouraged by the decision of the
    president"): the one who feels it is the actor, what (or whose act) it is about the target."""
    words = words if words is not None else _DISMAY | _PLEASED
    if tok.lower_ not in words or tok.dep_ not in ("acomp", "ROOT", "conj", "amod", "ccomp", "xcomp") or tok.dep_ == "amod" and tok.head.pos_ != "AUX":
        return False
    if tok.dep_ == "conj" and tok.head.lower_ not in words:
        return False
    return any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "at", "over", "about") for c in tok.children) or (
        tok.dep_ == "conj" or any(c.dep_ == "conj" and c.lower_ in _DISMAY for c in tok.children)
    ) and any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "at", "over", "about") for c in tok.subtree)


_SPEECH_NOUNS = frozenset("declaration statement resolution letter communique message appeal call note".split())
_DEMAND_MODALS = frozenset({"must", "should"})


def speech_acl(tok: Token) -> bool:
    """A participle on a speech noun speaks for its issuer: "issued a declaration demanding ..."."""
    return tok.head.lemma_.lower() in _SPEECH_NOUNS


def _demand(tok: Token) -> tuple[str, str] | None:
    """A communication verb with a "must"/"should" complement is a demand (CAMEO 100):
    "declared that China must drop barriers", "said US forces must ensure security"."""
    v = lookup_verb(tok)
    if v is None or not v.code.startswith("01") and v.block not in ("EXPLAIN_VERBAL",):
        if tok.lemma_.lower() not in ("say", "declare", "conclude", "reiterate", "announce", "state", "insist", "stress"):
            return None
    for c in tok.children:
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in _DEMAND_MODALS for a in c.children):
            return "100", "demand"
    return None


_MODIFIER_DEPS = frozenset({"amod", "compound", "csubj"})
_CONDITION_MARKS = frozenset({"if", "unless", "until", "lest"})


def _backgrounding(tok: Token) -> bool:
    """The token itself opens a modifier or a condition (see :func:`_backgrounded`)."""
    dep = tok.dep_
    if dep in _MODIFIER_DEPS or (
        dep in ("acl", "relcl") and not speech_acl(tok) and not misparsed_main_verb(tok) and not fronted_verb(tok) and not listed_verb(tok)
    ):
        return True
    return dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in tok.children)


def _backgrounded(tok: Token) -> bool:
    """True when the token lies in a modifier or condition, not in a clause that reports news:
    participles and relative clauses on nouns ("the curfew imposed in ...", "rebels who overran
    it") and conditions ("unless X arranged a ceasefire", "until demands are met"). The token
    and up to 11 of its heads are looked at."""
    cur = tok
    for _ in range(12):
        if _backgrounding(cur):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _backgrounded_tokens(sent: Any) -> set[int]:
    """The indexes of the sentence's tokens for which :func:`_backgrounded` is true, each token
    looked at once instead of once per dependent below it."""
    head = {t.i: t.head.i for t in sent}
    opens = {i: _backgrounding(t) for i, t in zip(head, sent)}
    doc = sent.doc

    def step(i: int) -> tuple[bool, int]:
        if i not in opens:  # a head outside the sentence (spaCy's parses keep them inside)
            t = doc[i]
            head[i], opens[i] = t.head.i, _backgrounding(t)
        return opens[i], head[i]

    out: set[int] = set()
    for i in list(head):
        cur = i
        for _ in range(12):
            opened, up = step(cur)
            if opened:
                out.add(i)
                break
            if up == cur:
                break
            cur = up
    return out


def fronted_verb(tok: Token) -> bool:
    """A main verb the parser hung as a participle on the sentence's first noun, which it made the
    subject of a later reporting verb: "Bandits abducted 50 villagers, residents said". A participle
    on a noun takes no direct object; this one has one, right after its noun."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBD", "VBN") or tok.head.i != tok.i - 1:
        return False
    noun = tok.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "nsubj" or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in tok.children):
        return False
    if any(t.i < noun.i and t.dep_ not in ("det", "amod", "compound", "nummod") for t in noun.subtree):
        return False
    return noun.left_edge.i == noun.sent.start and any(c.dep_ == "dobj" for c in tok.children)


def listed_verb(tok: Token) -> bool:
    """A verb of a list of verb phrases that the parser hung as a participle on the object before
    it: "Norway has flown 300 sorties, conducted 90 raids and ...". A participle on a noun takes
    no direct object; this one has one, and a comma stands between the noun and it."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBD", "VBN") or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return False
    noun = tok.head
    return noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") and noun.i < tok.i and any(c.dep_ == "dobj" for c in tok.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children
    )


def misparsed_main_verb(tok: Token) -> bool:
    """A finite verb the parser hung on a noun of a verbless sentence ("Doctors from two aid groups
    donated ...", "An official newspaper called on ..."): it is the main verb."""
    if headline_participle(tok):
        return True
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.dep_ not in ("acl", "relcl"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") or c.lower_ in ("who", "which", "that") for c in tok.children):
        return False
    root = tok.sent.root
    return root.pos_ in ("NOUN", "PROPN") and (tok.head.i == root.i or root.i in [a.i for a in tok.head.ancestors])


#: participles that do not end in "-ed" ("Two officers shot dead", "Envoy held at border")
_IRREGULAR_PARTICIPLES = frozenset("shot hit struck beaten taken held caught thrown slain stolen hurt bound found".split())


def headline_participle(tok: Token) -> bool:
    """A headline's passive main verb, which the parser hangs on the subject noun: "Opposition
    leader arrested after ...", "Dozens of migrants rescued off the coast"; or reads as a past
    tense with no object (headlines speak of the past in the present: a bare "-ed" verb in a
    line with no final stop is a participle)."""
    if tok.dep_ == "ROOT" and tok.tag_ in ("VBD", "VBN") and (tok.lower_.endswith("ed") or tok.lower_ in _IRREGULAR_PARTICIPLES) and _headline_line(tok):
        return not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "agent", "dative", "attr", "acomp", "prt", "aux", "auxpass") and c.lower_ not in ("dead", "alive")
            for c in tok.children
        ) and any(c.dep_ == "nsubj" for c in tok.children)  # ("Two officers shot dead in patrol car")
    if tok.tag_ != "VBN" or tok.dep_ != "acl":
        return False
    root = tok.sent.root
    if tok.head.i != root.i or root.pos_ not in ("NOUN", "PROPN"):
        return False
    finite = [t for t in tok.sent if t.tag_ in ("VBD", "VBZ", "VBP", "MD")]
    return not finite and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _verb_tagged_noun(tok: Token) -> bool:
    """A main verb the tagger read as a noun: the root with a subject and an object ("The members
    urge the premier to ...")."""
    return tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in tok.children) and any(
        c.dep_ in ("dobj", "xcomp", "ccomp") for c in tok.children
    )


def _headline_line(tok: Token) -> bool:
    """The sentence is a line of its own with no final punctuation (a headline or a heading)."""
    words = [t for t in tok.sent if not t.is_space]
    return bool(words) and words[-1].pos_ != "PUNCT" and len(words) <= 16


def _merge_same_event(trigs: list[Trigger]) -> list[Trigger]:
    """A participle clause after an event ("..., killing 20 and wounding 5"), a dependent clause
    of the same violent kind as its governor ("killed two and wounded five", "when they blew
    themselves up") and a purpose clause ("offered troops to help him oust X", "signed an
    agreement to increase trade") tell more about that event; they are not events of their own."""
    by_i = {t.token.i: t for t in trigs}
    drop: set[int] = set()
    violent = ("18", "19", "20")
    for t in sorted(trigs, key=lambda t: t.token.i):
        tok = t.token
        if t.requested:
            continue  # the act asked for is its own (not done) event
        gov = by_i.get(tok.head.i)
        if gov is not None and tok.dep_ in ("advcl", "conj", "xcomp"):
            same = gov.cameo[:2] in violent and t.cameo[:2] in violent
            if same or (tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.i > gov.token.i and not _own_speech_act(tok, t.cameo, gov.cameo)):
                drop.add(tok.i)
                continue
        if tok.dep_ == "conj" and tok.head.i in drop:  # "..., killing one and arresting 12"
            drop.add(tok.i)
            continue
        if _in_purpose_of(tok, by_i):
            drop.add(tok.i)
    return [t for t in trigs if t.token.i not in drop]


def _in_purpose_of(tok: Token, triggers: dict[int, Trigger]) -> bool:
    """True when the token lies in a "to ..." purpose clause of another trigger."""
    cur, purpose = tok, False
    for _ in range(10):
        if cur.dep_ in ("advcl", "acl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            purpose = True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if purpose and cur.i in triggers and cur.i != tok.i:
            return triggers[cur.i].head is None or triggers[cur.i].head.i != tok.i
    return False


#: what one says against another: a demand, a criticism or accusation, a rejection, a threat
_SPEECH_ACTS = ("10", "11", "12", "13")


def _own_speech_act(c: Token, code: str, governor: str) -> bool:
    """"walked out of the talks, accusing the rebels of ...": a participle that accuses, demands,
    rejects or threatens after an act that is no statement is an event of its own, no result of it
    (what protesters demand while they march stays the content of the protest)."""
    if governor[:2] in ("01", "02") + _SPEECH_ACTS:
        return False  # "accused X of violating ..., ignoring ...", "refused, citing ...": the statement's content
    return c.tag_ == "VBG" and code[:2] in _SPEECH_ACTS and not (code[:2] == "10" and governor[:2] == "14")


def _is_result(c: Token) -> bool:
    """A participle or infinitive clause that adds to the event ("killing 20", "to demand")."""
    if c.dep_ == "conj":
        return False
    if c.tag_ == "VBG":
        return True
    return any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


#: verbs by which an event noun happens: "clashes erupted", "rioting broke out", "a protest was held"
_OCCUR = frozenset("erupt break flare rage spread escalate intensify hold take pass report".split())
_OCCURRING = ("14", "18", "19", "20")
#: who marches or protests in a headline: "Thousands march ...", "Workers strike ..."
_CROWDS = frozenset(
    "thousand thousands hundred hundreds dozen dozens student students worker workers teacher teachers doctor doctors "
    "nurse nurses farmer farmers resident residents protester protesters woman women people".split()
)


def _occurrence_verb(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if verb.lower_ in ("raged", "raging", "rages"):
        lemma = "rage"  # (the tagger's lemma is "rag")
    if lemma not in _OCCUR:
        return False
    if lemma == "break":
        return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" for c in verb.children)
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    if lemma == "pass":  # "the bandh passed off peacefully": it was held
        return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "off" for c in verb.children)
    if lemma == "hold":  # "a rally was held", headline "protest held in ..."
        return verb.tag_ == "VBN"
    if lemma == "report":  # "clashes were reported in two villages": they happened (not "reported an attack")
        return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
    return True


def occurs(tok: Token) -> bool:
    """An event noun that the sentence says happened: the subject of "erupt", "break out", "take
    place", "was held" ("heavy clashes erupted in the capital"), or a headline's noun with such a
    participle ("Anti-government protest held in ..."). It reports the act, whoever the sides are."""
    if tok.pos_ not in ("NOUN", "PROPN") or (noun_code(tok) or "")[:2] not in _OCCURRING:
        return False  # (a sentence's first word may be tagged a name: "Gunfire erupted ...")
    if tok.dep_ in ("nsubj", "nsubjpass"):
        # not in an adverbial clause: "ordered a curfew as clashes spread" tells when, the order is the news
        return _occurrence_verb(tok.head) and tok.head.dep_ != "advcl"
    if tok.dep_ == "ROOT" and (noun_code(tok) or "")[:2] == "14" and _headline_line(tok) and any(
        c.i < tok.i and c.dep_ in ("nummod", "compound", "nsubj", "amod") and c.lemma_.lower() in _CROWDS for c in tok.children
    ):
        return True  # a headline's present tense read as a noun: "Thousands march in ...", "Students protest ..."
    return tok.dep_ == "ROOT" and any(c.dep_ == "acl" and _occurrence_verb(c) for c in tok.children)


def nominal_triggers(sent: Any, taken: set[int]) -> list[Trigger]:
    """Event nouns that stand as their own event: "after a US strike in Baghdad killed ...",
    "in the wake of the US assassination of ...". A noun that is the object or content of another
    event ("launched an attack", "complained over Israeli raids") is not a separate event."""
    out: list[Trigger] = []
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in taken:
            continue
        code = noun_code(tok)
        if not code or code[:2] in ("01", "02", "10", "03"):
            continue
        if occurs(tok):
            out.append(Trigger(tok, code, "occurs", head=tok, nominal=True))
            continue
        if tok.pos_ != "NOUN" or not nominal_actor(tok):
            continue
        h = tok.head
        temporal = (h.dep_ == "prep" and h.lower_ in _TEMPORAL_PREPS) or (
            h.dep_ == "pobj" and h.head.lower_ in ("wake", "aftermath", "heels")
        )
        if tok.dep_ == "pobj" and h.lower_ == "of" and h.head.dep_ == "pobj":
            g = h.head.head
            temporal = temporal or (g.lower_ in ("in", "on") and h.head.lower_ in ("wake", "aftermath", "heels"))
        subject_of_coded = tok.dep_ in ("nsubj", "nsubjpass") and h.i in taken
        if tok.dep_ in ("nsubj",) and h.pos_ == "VERB" and h.i not in taken:
            temporal = True
        if temporal or subject_of_coded or tok.dep_ == "ROOT":
            if subject_of_coded and code[:2] != "14":
                continue  # "a US strike killed ...": the verb is the event, the noun lends the actor
            # ("a road blockade by farmers disrupted traffic": the protest is the event, the verb its effect)
            out.append(Trigger(tok, code, "noun", head=tok, nominal=True))
    return out


_UNREAL = frozenset(
    "prevent avoid stop deter thwart foil threat threaten risk fear plan warn vow possible potential future "
    "would could might may should capable capability ability any no".split()
)
_SANCTION_NOUNS = frozenset({"sanction", "sanctions", "embargo"})
_SITUATIONS = frozenset({"war", "conflict", "insurgency", "uprising", "crisis"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "today", "yesterday", "latest", "recent", "last"})


def reported_attacks(sent: Any, taken: set[int], acts: set[int] | None = None) -> list[Trigger]:
    """Attacks the sentence reports by name, as the object of a statement about them or as its
    subject ("condemns today's attack on the refugee camp", "responds to the attack in the
    market", "The attacks occurred on Thursday"): each is a mention of a real act. Only specific
    ones count (a definite or possessive determiner, a place, a target or a victim toll) and none
    under a word of prevention, threat or possibility ("to prevent attacks"). ``acts``: triggers
    that already are the attack ("launched an attack", "conducted strikes"); default: all taken."""
    out: list[Trigger] = []
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.i in taken:
            continue
        code = noun_code(tok)
        if not code or code[:2] not in ("18", "19", "20") and tok.lemma_.lower() not in _SANCTION_NOUNS:
            continue
        if tok.lemma_.lower() in _SITUATIONS:
            continue  # "the Yemeni civil war": a state of things the article names, not an act it reports
        head = tok.head
        if head.i in (taken if acts is None else acts) and head.pos_ == "VERB":
            continue  # "launched an attack", "conducted strikes": the verb's event already
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in ("dobj", "nsubjpass") and head.head.head.i in (taken if acts is None else acts):
            continue  # "approved a package of sanctions", "carried out a wave of strikes": the verb's event already
        if tok.dep_ == "pobj" and head.lower_ in ("in", "during", "with", "by") and (
            head.head.i in taken or head.head.dep_ == "conj" and head.head.head.i in taken
        ):
            continue  # "arrested 15 militants in a raid", "struck and killed by an airstrike": how it was done
        kids = list(tok.children)
        specific = any(c.lower_ in _DEFINITE or c.dep_ == "poss" or c.lower_ == "new" for c in kids) or any(
            c.dep_ == "prep" and c.lower_ in ("on", "against", "in", "at", "near") for c in kids
        ) or any(c.dep_ == "relcl" and c.lemma_.lower() in ("kill", "injure", "wound", "claim") for c in kids)
        if not specific:
            continue
        chain = [tok, *list(tok.ancestors)[:6]]
        if any(a.lemma_.lower() in _UNREAL or a.lower_ in _UNREAL for a in chain) or any(c.lower_ in _UNREAL for c in kids):
            continue
        out.append(Trigger(tok, code, "noun", head=tok, nominal=True))
    return out


_POSSESSOR_NOUNS = frozenset(
    "regime government army military police militia rebels militants insurgents forces troops coalition "
    "junta administration authorities group rebel militant insurgent force fighters guerrillas separatists".split()
)


#: who calls or holds a protest or a strike: "a strike called by the union", "a rally organised by X"
_ORGANISE = frozenset("call organise organize stage hold observe lead sponsor enforce announce launch mount".split())


def nominal_actor(tok: Token) -> Token | None:
    """The actor modifier of an event noun: "US strike", "Israel's raid", "the American invasion"."""
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i and (c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or c.pos_ == "PROPN") and c.ent_type_ not in ("DATE", "TIME"):
            return c
    for c in tok.children:  # "the regime's attacks", "the army's shelling", "a coalition drone strike"
        if c.dep_ in ("poss", "compound") and c.i < tok.i and c.pos_ == "NOUN" and (c.lemma_.lower() in _POSSESSOR_NOUNS or c.lower_ in _POSSESSOR_NOUNS):
            return c
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    h = tok.head
    if tok.dep_ == "pobj" and h.lower_ == "for" and h.head.lemma_.lower() in ("responsible", "blamed", "blame", "behind"):
        # "a commander responsible for rocket attacks", "the man was responsible for the attacks"
        r = h.head
        if r.dep_ == "amod" and r.head.pos_ in ("NOUN", "PROPN"):
            return r.head
        if r.dep_ == "acomp":
            return next((c for c in r.head.children if c.dep_ == "nsubj"), None)
    for c in tok.children:  # "a bandh called by the farmers' front", "the march organised by the union"
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _ORGANISE:
            by = next((g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            if by is not None and by.pos_ in ("PROPN", "NOUN"):
                return by
    for c in tok.subtree:
        if c.lemma_.lower() != "claim":
            continue
        # "the attacks (in two towns), for which X has claimed responsibility": X made them
        if c.dep_ == "relcl" and any(p.dep_ == "prep" and p.lower_ == "for" and any(w.lower_ == "which" for w in p.children) for p in c.children):
            s = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN")), None)
            if s is not None:
                return s
        # "the attacks, including one in the capital claimed by X"
        if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN":
            by = next((g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            if by is not None and by.pos_ in ("PROPN", "NOUN"):
                return by
    return None


def event_anchor(trig: Trigger) -> str | None:
    """The noun that names the act, to recognise it when mentioned again: the event noun itself,
    a light verb's object ("launched the strike") or an instrument subject ("a strike killed")."""
    tok = trig.token
    if trig.nominal:
        return str(tok.lemma_.lower())
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.pos_ == "NOUN" and noun_code(c):
            return str(c.lemma_.lower())
    return None
