"""Detection before typing: is a coded trigger a political event at all?

A verb the dictionary codes is only a candidate. It becomes an event when a political actor does
something to someone in the sense of its PLOVER type (events/ARTICLES.md). :func:`reject` says
why a candidate is not one, or None when it stands:

- a thing acts ("a strong earthquake damaged ...", "a forklift damaged a drum"): no event;
- harm with no perpetrator ("workers were hurt", "the man died", "buildings were damaged"): a
  figure, not an event, unless the sentence names an attack;
- nobody was harmed ("No one was hurt"): nothing happened;
- a disaster or accident sentence with no attack in it gives no conflict event ("the military
  mobilized efforts to help people trapped in the flood");
- a game or a vote: "Belgium defeated Panama 3-0", "was defeated by 10,694 votes";
- business between companies or private people ("one carmaker sues another", "the singer
  contacted his former manager"): a company counts only toward a government, and people only as
  victims of violence or coercion or as protesters;
- verb senses: "mobilized efforts" (no forces), "calls it 'a ...'" (naming, not a call).
"""

from __future__ import annotations

from typing import Any

from newsgraph.events import arguments as args
from newsgraph.events import participants as pt
from newsgraph.events import rules, senses
from newsgraph.events.coder import headline_participle

Token = Any

#: types that need a political side; the others (ASSAULT, COERCE, PROTEST) may hold between people
_CONFLICT = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "PROTEST", "SANCTION"})
_HARM_ONLY = frozenset({"hurt", "injure", "wound", "damage", "die", "destroy", "affect"})
#: harm a person may cause by accident; an attack only with a weapon or an attack word nearby
_ACCIDENTAL = frozenset({"kill", "hit", "strike", "injure", "hurt", "wound", "damage", "destroy", "crush", "run", "leave"})
#: whom a public appeal asks ("urged anyone with information to call")
_PUBLIC = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "witnesses"})
#: Phoenix codes of those whose "targeting" is aiming: police, parties, legislators, courts, firms, media
_NOT_FIGHTERS = frozenset({"COP", "PTY", "LEG", "JUD", "BUS", "MED", "EDU"})
_NP_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "acl", "relcl"})
_CANVASSERS = frozenset("party parties campaign campaigns candidate candidates advertiser advertisers".split())
#: what is aimed at when it is an activity or an offence, not a party: "targeting the training",
#: "targeting tax evasion" (a verbal noun in -ing is one too, but for the things and gatherings here)
_ACTIVITIES = frozenset(
    "crime crimes corruption fraud evasion abuse abuses misconduct waste inefficiency spending funding "
    "subsidies expenses costs emissions inflation debt".split()
)
_ING_THINGS = frozenset(
    "building buildings housing crossing crossings wedding weddings gathering gatherings meeting meetings "
    "landing dwelling dwellings clothing ceiling offering ring king wing string evening morning shipping".split()
)
#: what aircraft do in an air strike ("warplanes bombed", "jets struck"), not in a flight ("circled")
_AIR_ATTACKS = frozenset("strike hit bomb attack target pound shell fire raid kill destroy".split())
#: places whose attack harms a community: "attacked a mosque", "burned a school"
_COMMUNITY_PLACES = frozenset(
    "mosque mosques church churches temple temples synagogue synagogues school schools clinic clinics hospital "
    "hospitals village villages camp camps market markets shrine shrines".split()
)
#: what makes a place one of an election: "a polling station", "the voting centre"
_POLLING = frozenset({"polling", "voting", "ballot", "election", "electoral"})
#: CAMEO codes of acts only done to people, so that the victim is a person whether or not the parse
#: finds it (abduction, sexual violence)
_DONE_TO_PEOPLE = frozenset({"181", "1821"})
_NOBODY = frozenset({"nobody", "none", "no-one", "noone"})


#: fighting between two sides: "clashed with", "fought", "battled", "skirmished with"
_CLASH_VERBS = frozenset({"clash", "fight", "battle", "skirmish", "scuffle", "brawl"})


def _clash_side(tok: Token, t_kind: str) -> bool:
    """A fight verb whose other side ("with the police", its object) is a political or armed force."""
    return tok.lemma_.lower() in _CLASH_VERBS and t_kind in (pt.POLITICAL, pt.ARMED)


def _on_holdings(n: Token) -> bool:
    """An act aimed at shares or a stake: "a raid on the retailer's shares", "an assault on its stake"."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("on", "against") and any(g.dep_ == "pobj" and g.lemma_.lower() in _HOLDINGS for g in c.children)
        for c in n.children
    )


def _community_place(n: Token) -> bool:
    """A place whose attack harms a community: a mosque, a school, a camp, or a polling station."""
    return n.lemma_.lower() in _COMMUNITY_PLACES or any(c.dep_ in ("compound", "amod") and c.lower_ in _POLLING for c in n.children)
#: what a mobilisation moves: forces, people, supporters (not "efforts", "resources", "funds")
_MOBILIZED = frozenset(
    "troop troops force forces soldier soldiers reserve reserves reservist reservists army armies unit units "
    "militia militias fighter fighters supporter supporters member members people citizen citizens crowd crowds "
    "protester protesters police officer officers guard guards navy warship warships jet jets battalion "
    "battalions brigade brigades division divisions tank tanks reinforcement reinforcements commando commandos "
    "marine marines paratrooper paratroopers policeman policemen".split()
)
#: where forces are based ("the militia established a new base"): a deployment, not "mobilized efforts"
_BASES = frozenset("base bases headquarters camp camps outpost outposts garrison stronghold".split())
#: acts of an authority that the passive leaves unnamed
#: what one faces that is no one ("faces tough competition", "faced criticism", "face charges")
_FACED = frozenset(
    "competition pressure criticism charge charges challenge challenges question questions opposition problem problems "
    "difficulty difficulties scrutiny trial threat threats risk risks shortage shortages deadline backlash prospect".split()
)
#: verbs whose sense in news is no act of one actor toward another
_NO_ACT_SENSES = frozenset({"confront", "benefit", "associate", "rely", "depend", "struggle", "grapple", "wrestle"})
_PURPOSES = frozenset("mission aim goal task role job purpose objective mandate priority plan".split())
_UNITS = frozenset(
    "garrison unit units brigade brigades division divisions battalion battalions regiment regiments corps army "
    "forces troops force operation operations team fleet squadron company".split()
)
_DEFEAT = frozenset({"defeat", "beat", "topple", "oust", "rout", "crush"})
_AUTHORITY = frozenset({"COERCE", "SANCTION", "ACCUSE", "REJECT", "ASSAULT", "AID"})
_NAMING = frozenset({"call", "name", "dub", "label", "term", "describe", "brand"})
#: setting a fire is an act ("set himself on fire", "set fire to the station"); fighting one is not
_KINDLE = frozenset({"set", "start", "light", "ignite", "spark", "torch"})
#: watching something (an inquiry into someone is ACCUSE; watching a situation is not)
_WATCHING = frozenset({"monitor", "watch", "observe", "follow", "track", "review", "assess", "study"})


def nobody(tok: Token | None) -> bool:
    """"No one", "nobody", "none of the passengers", "no injuries"."""
    if tok is None:
        return False
    if tok.lower_ in _NOBODY:
        return True
    if tok.lower_ == "one" and any(c.lower_ == "no" for c in tok.children):
        return True
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no" and tok.lower_ == "one":
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _object(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _aimed(etype: str, trig: Any, a_tok: Token | None, t_tok: Token | None, a_kind: str, t_kind: str = "") -> bool:
    """"Target" in the sense of aiming at: a named actor that is no fighter (a party, a campaign,
    the police, a ministry) and no weapon or attack named in the sentence outside what is aimed
    at ("users of chemical weapons"); or, whoever aims, an activity or an offence aimed at with no
    weapon named ("we are targeting the training", "targets tax evasion"). "Gunmen targeted a
    patrol", "the army targeted rebel positions", "drones targeted a depot" and "a school was
    targeted" stay attacks. A company aimed at with no weapon named is singled out, not attacked
    ("the bloc is targeting foreign carmakers"), whoever aims."""
    tok = trig.token
    if etype not in ("ASSAULT", "THREATEN") or trig.nominal or tok.lemma_.lower() != "target":
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"] or [n for n in (t_tok,) if n is not None]
    if objs and all(_activity(n) for n in objs):
        pass  # "we are targeting the training", "the tax office targets evasion": whoever aims
    elif t_kind == pt.COMPANY:
        pass  # "the ministry is targeting foreign banks": a firm singled out, whoever aims
    elif a_tok is None:
        return False
    else:
        codes = pt.agent_codes(" ".join(t.text for t in a_tok.subtree))
        civil = a_kind in (pt.PEOPLE, pt.COMPANY, pt.ORG) or a_tok.lemma_.lower() in _CANVASSERS
        if codes & pt.FIGHTER_CODES or not (civil or codes and codes <= _NOT_FIGHTERS):
            return False  # (a state or a regime may target civilians with no weapon named)
    aimed: set[int] = set()
    for n in [t_tok] + [c for c in tok.children if c.dep_ == "dobj"]:
        if n is None:
            continue
        aimed.add(n.i)  # the noun phrase aimed at, with its "of" phrase ("users of chemical weapons")
        aimed |= {t.i for c in n.children if c.dep_ in _NP_DEPS or c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
    rest = [t for t in tok.sent if t.i not in aimed]
    return not pt.attack_words(rest)


def _activity(n: Token) -> bool:
    """An activity or an offence, not a party or a place: a verbal noun ("the training") or a
    noun of the kind in ``_ACTIVITIES`` ("tax evasion")."""
    low = n.lower_
    if n.pos_ != "NOUN" or low in _ING_THINGS:
        return False
    return low in _ACTIVITIES or low.endswith("ing") and n.tag_ == "NN"


def reject(
    etype: str, trig: Any, a_tok: Token | None, t_tok: Token | None, a_kind: str, t_kind: str, ctx: pt.Context,
) -> str | None:
    """Why this candidate is no event (a short reason), or None when it is one."""
    tok = trig.token
    lemma = tok.lemma_.lower()
    if nobody(t_tok) or nobody(a_tok):
        return "nobody"
    if etype == "REQUEST" and any(t is not None and t.lower_ in _PUBLIC for t in (t_tok, *[c for c in tok.children if c.dep_ == "dobj"])):
        return "appeal"  # "anyone who saw the car is asked to call the police": a public appeal, no one asked
    sense = senses.no_act(etype, tok, trig.nominal, ctx.attack, _passive(tok))
    if sense is not None:
        return sense
    if _aimed(etype, trig, a_tok, t_tok, a_kind, t_kind):
        return "aim"  # "the party is targeting young voters", "police are targeting drunk drivers": aimed at, no attack
    if etype == "ASSAULT" and a_kind == pt.THING and a_tok is not None and a_tok.lemma_.lower() in pt.AIRCRAFT and lemma in _AIR_ATTACKS:
        a_kind = pt.NONE  # "its jets struck the camp": an air strike, its attacker left to the context
    if etype == "ASSAULT" and a_kind == pt.THING and a_tok is not None and a_tok.tag_ in ("NNS", "NNPS") and _clash_side(tok, t_kind):
        a_kind = pt.PEOPLE  # "cocaleros clashed with the police": who clashes with a force is people, whatever word names them
    if a_kind == pt.THING or a_kind == pt.NONE and a_tok is not None and etype != "ASSAULT" and not args.is_pronoun(a_tok):
        return "thing-actor"  # only an attack names its act as its actor ("four strikes destroyed ...")
    instrument = a_tok is not None and a_kind == pt.NONE  # "four strikes destroyed ...": an attack, its actor unsaid
    if etype == "MOBILIZE" and not trig.nominal:
        obj = _object(tok)
        if obj is not None and obj.lemma_.lower() not in _MOBILIZED | _BASES and obj.lower_ not in _MOBILIZED and not pt.is_agent(t_kind) and not (
            trig.how == "noun-object" and trig.cameo == "150"
        ):  # ("held live-fire drills": the exercises are the show of force)
            return "mobilize-sense"
    if etype == "PROTEST" and lemma in ("demonstrate", "show", "march") and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
        return "sense"  # "engineers demonstrated the new engine": showing, not protesting
    if lemma in _NO_ACT_SENSES or lemma == "count" and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in tok.children):
        return "sense"  # "confront the militants", "benefit from", "is associated with", "can count on"
    if lemma in ("take", "bring") and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in ("family", "child", "children", "son", "daughter", "case", "matter") or c.pos_ == "PRON") for c in tok.children
    ):
        return "sense"  # "taking his family to the UN": bringing, not seizing
    if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _PURPOSES for c in tok.head.children
    ):
        return "definition"  # "the fleet's mission is to conduct patrols": what it is for, not what it did
    if etype != "AID" and not trig.cameo.startswith("033") and t_tok is not None and not trig.nominal and not ctx.attack and lemma not in _KINDLE and (
        t_kind in (pt.THING, pt.NONE) and any(t.lemma_.lower() in pt.DISASTER_WORDS for t in t_tok.subtree)
    ):
        # "has taken the danger of the storm seriously", "firefighters battled the blaze": no one
        # threatens, fights or accuses a storm or a fire
        return "metaphor"
    if etype == "THREATEN" and lemma in ("warn", "caution", "predict", "forecast") and any(
        c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") and pt.kind(g, g.text) == pt.THING for g in c.children) for c in tok.children
    ):
        return "forecast"  # "officials warned that the number could rise": a forecast, no threat to anyone
    if etype == "ACCUSE" and lemma in _WATCHING and t_kind in (pt.THING, pt.NONE):
        return "sense"  # "the regulator is monitoring the situation": watching, no one accused
    if etype in ("COOPERATE", "SUPPORT", "AGREE", "CONSULT", "REJECT", "REQUEST", "ACCUSE") and a_tok is None and not _passive(tok) and not trig.nominal:
        return "no-actor"  # "will serve as a hall for the village's farmers": cooperation needs who cooperates
    if etype == "CONSULT" and t_tok is not None and t_tok.dep_ == "pobj" and t_tok.head.lower_ == "against":
        return "sense"  # "helicopters flew in to join the battle against the smugglers": no meeting with them
    if lemma == "hail" and any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        return "sense"  # "hails from the town": comes from it
    if lemma in ("command", "lead", "head") and any(c.dep_ == "dobj" and c.lemma_.lower() in _UNITS for c in tok.children):
        return "sense"  # "commanded a garrison": holding a post, no act toward anyone
    if lemma in ("delay", "postpone") and a_tok is None:
        return "sense"  # "the tour has been delayed": a schedule, no one named acts
    if lemma in ("unite", "rally", "stand") and etype == "CONSULT" and any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
        return "sense"  # "Iraqis unite against the militants": no meeting with them
    if lemma == "face" and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not c.ent_type_ and c.lemma_.lower() in pt.ABSTRACT | _FACED for c in tok.children):
        return "sense"  # "faces tough competition", "faced criticism": no meeting
    if etype == "CONSULT" and a_tok is None and not trig.nominal:
        return "no-one-meets"  # "the U.S. is headed for a recession": a meeting or visit needs who makes it
    if lemma in ("mark", "represent", "constitute", "signal", "signify", "herald") and a_tok is not None and a_tok.pos_ == "NOUN" and not args.actor_like(a_tok):
        return "evaluation"  # "the start of the operation marks a step forward": what a thing means
    if lemma in ("intend", "design", "mean", "aim", "expect") and _passive(tok):
        return "purpose"  # "the agreement is intended to deliver ...": what a thing is for, not an act
    if lemma == "be" and trig.cameo[:2] != "14" and trig.cameo != "040":
        return "copula"  # (but "nurses are on strike" is a strike)  # "the group is a threat to the region": an evaluation, not an act
    if lemma == "take" and trig.how != "noun-object" and any(c.dep_ == "dobj" and c.lower_ in ("place", "part") for c in tok.children):
        return "idiom"  # "took place", "take part"
    if etype == "CONSULT" and lemma in _NAMING and any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in tok.children):
        return "naming"
    if etype == "CONSULT" and lemma == "call" and any(c.dep_ == "dobj" and c.pos_ == "PRON" and c.lower_ in ("it", "this", "that") for c in tok.children):
        return "naming"
    if etype in ("ASSAULT", "COERCE") and t_tok is not None and t_kind == pt.THING and t_tok.lemma_.lower() in pt.ABSTRACT and not rules.leaves_toll(tok) and (
        t_tok.lemma_.lower() not in ("market", "markets") or pt.is_market(t_tok) or a_kind not in (pt.NONE, pt.ARMED) and lemma not in _DELIBERATE
    ):  # (a shell that hits "a crowded market" hits a marketplace; so do gunmen who attack one, and whoever torches one)
        return "metaphor"  # "the ministry killed the plan", "hit the economy"
    if etype in ("ASSAULT", "COERCE") and not trig.nominal and any(c.dep_ == "dobj" and (c.lemma_.lower() in _HOLDINGS or _on_holdings(c)) for c in tok.children):
        # "the carmaker seized a 30% share of the market", "captured a stake in the bank", "a fund
        # launched a raid on the bank's shares": business
        return "market"
    if etype == "ASSAULT" and not trig.nominal and any(c.dep_ == "advmod" and c.lower_ in ("hard", "hardest", "harder", "badly", "worst") for c in tok.children):
        return "metaphor"  # "sales were hit hard", "was hardest hit"
    if ctx.sport and (lemma in pt.SPORT_VERBS or etype in _CONFLICT or etype in ("AGREE", "CONSULT", "REJECT", "CONCEDE", "RETREAT")):
        if not (a_kind == pt.POLITICAL and _strong(a_tok)) and not (t_kind == pt.POLITICAL and _strong(t_tok)):
            return "sport"
    if ctx.election and lemma in pt.SPORT_VERBS and not _brawlers(a_tok) and not _at_polling_place(tok):
        return "election"  # (but "an official was beaten by party supporters at a polling station" is a beating)
    if a_tok is None and etype == "ASSAULT" and (lemma in _HARM_ONLY or lemma in _DEFEAT and not _at_polling_place(tok)) and not ctx.attack:
        return "no-perpetrator"  # "was defeated in this district": a result (a vote, a game), no one named fought
    if ctx.disaster and not ctx.attack and etype in _CONFLICT and not (trig.cameo == "1823" and pt.is_agent(a_kind)):
        # (but "villagers hacked them to death, believing they spread disease" is a killing, whatever the sentence names)
        if etype == "ASSAULT" or a_kind != pt.POLITICAL:
            return "disaster"
        if etype != "PROTEST" and trig.cameo[:3] not in ("173", "174"):
            return "disaster"  # "troops were deployed to the flooded valley", "ordered the evacuation": relief, not conflict
    if ctx.disaster and not ctx.attack and etype == "REQUEST" and t_kind == pt.PEOPLE:
        return "advisory"  # "the governor asked residents to prepare for outages": safety advice in a disaster
    if trig.how == "occurs" and a_tok is None and etype in ("ASSAULT", "PROTEST"):
        return None  # "heavy clashes erupted", "a protest was held": the act happened, its sides unsaid
    if etype == "ASSAULT" and (instrument or a_tok is None and ctx.attack):
        return None  # an attack whose attacker the sentence leaves to the context
    if a_tok is None and etype in _AUTHORITY and _passive(tok) and t_kind != pt.THING:
        return None  # "was arrested", "was charged", "the bill was rejected": an authority acted, unnamed
    if a_tok is None and etype == "ASSAULT" and rules.found_killed(tok):
        return None  # "three bodies bearing signs of torture were dumped near the highway": a killing, its killers unsaid
    if a_tok is None and _passive(tok) and not ctx.disaster and (
        etype == "ASSAULT" and (lemma in _DELIBERATE or t_tok is not None and (t_tok.lemma_.lower() in _FIRED or t_tok.lower_ in _FIRED))
        or etype == "COERCE" and trig.cameo[:3] == "172"
    ):
        # "a mosque was vandalised", "tear gas was fired", "internet services were suspended": a
        # deliberate act whose doer the report leaves unsaid (harm alone, "buildings were damaged", is a figure)
        return None
    if a_tok is None and t_kind == pt.COMPANY:
        return "business"  # "the carmaker was hit", "the airline is to be compensated": no one named acts
    # a state named only as where someone went ("fly to Sydney") makes no political interaction
    political = a_kind == pt.POLITICAL or t_kind == pt.POLITICAL and not _destination(t_tok)
    if a_kind == pt.COMPANY and t_kind != pt.POLITICAL:
        return "business"
    if t_kind == pt.COMPANY and a_kind != pt.POLITICAL and etype not in ("ASSAULT", "PROTEST"):
        return "business"
    if etype == "ASSAULT" and a_kind == pt.PEOPLE and (trig.cameo in ("183", "194", "195") or lemma in _LAUNCH and any(
        c.dep_ == "dobj" and rules.weapon(c) for c in tok.children
    )):
        a_kind = pt.ARMED  # "the Houthis launched a ballistic missile at a tanker": who fires missiles is armed
    if etype == "ASSAULT" and lemma in ("detonate", "explode", "blow", "destroy") and a_tok is not None and any(
        t.lower_ in ("disposal", "sappers", "deminers", "demining") for t in a_tok.subtree
    ):
        return "disposal"  # "army bomb disposal experts detonated a wartime bomb": a controlled explosion
    if etype == "ASSAULT" and t_tok is not None and pt.animal(t_tok) and not rules.takes_away(tok):
        return "animal"  # "police shot dead a tiger that had killed two villagers"
    if not political:
        community = any(c.dep_ in ("dobj", "nsubjpass") and _community_place(c) for c in tok.children) or (
            t_tok is not None and _community_place(t_tok)
        )
        if etype == "ASSAULT" and a_kind == pt.PEOPLE and lemma in ("fight", "clash", "battle") and a_tok is not None and any(c.dep_ == "conj" for c in a_tok.children):
            return None  # "herders and farmers fought over a water point": communal violence between two sides
        if etype == "ASSAULT" and (a_kind == pt.ARMED or a_kind == pt.PEOPLE and community):
            return None  # "gunmen ambushed a convoy", "men armed with clubs attacked a mosque"
        if etype == "ASSAULT" and a_kind == pt.PEOPLE and (lemma in _PLUNDER or lemma in ("burn", "set") and rules.burns_lives(tok)):
            # "villagers torched a health post", "youths pillaged shops", "set ablaze 40 homes": deliberate destruction
            return None
        if etype == "ASSAULT" and trig.cameo in _DONE_TO_PEOPLE and a_kind in (pt.PEOPLE, pt.ARMED):
            return None  # "two men abducted a trader in the town", "a girl gang-raped by three men": whoever suffers it is a person
        if etype == "ASSAULT" and a_kind == pt.PEOPLE and t_kind == pt.ARMED and lemma not in _ACCIDENTAL:
            return None  # "residents lynched a suspected thief": mob violence against a suspect
        if etype in ("ASSAULT", "COERCE") and (t_kind == pt.PEOPLE or t_kind == pt.ORG and a_kind == pt.ARMED) and a_kind in (
            pt.ARMED, pt.PEOPLE, pt.NONE, pt.ORG,
        ):
            if etype == "ASSAULT" and a_kind in (pt.PEOPLE, pt.ORG) and (lemma in _ACCIDENTAL or any(rules.leaves_toll(c) for c in tok.children)) and not ctx.attack:
                return "accident"  # "the driver lost control, killing 17": a death, not an attack
            return None  # violence or coercion against people: crime, or an unnamed perpetrator
        if etype == "THREATEN" and a_kind == pt.ARMED and t_kind == pt.PEOPLE and not trig.nominal:
            return None  # "armed men intimidated voters": a threat of violence by an armed group
        if etype == "COERCE" and pt.cyber_object(tok) and a_kind in (pt.PEOPLE, pt.ORG, pt.NONE):
            return None  # a cyber attack on an organisation: coercion, whoever the hackers are
        if etype == "PROTEST" and a_kind in (pt.PEOPLE, pt.ORG, pt.NONE):
            return None  # protesters are political actors by what they do
        if etype == "RETREAT" and trig.cameo in ("0841", "0873") and a_kind == pt.ARMED:
            return None  # "the kidnappers freed the two nuns", "militiamen laid down their weapons"
        if etype == "AID" and t_kind == pt.PEOPLE and a_kind in (pt.PEOPLE, pt.ORG, pt.NONE):
            return None  # rescue and relief of people: "fishermen rescued 40 passengers"
        if etype == "AID" and trig.cameo in ("071", "073") and a_kind == pt.ORG:
            return None  # relief sent by an agency or a charity ("NEMA dispatched food to the camps")
        return "no-political-actor"
    return None


_LAUNCH = frozenset({"fire", "launch", "drop", "hurl", "throw", "lob"})
#: what a firm seizes or captures in a market: a share, a stake
_HOLDINGS = frozenset({"share", "stake", "slice"})
#: destruction no one does by accident: people who do it to anything commit violence
_PLUNDER = frozenset("torch loot pillage plunder ransack raze vandalise vandalize".split())
#: acts done on purpose whatever their object ("was vandalised", "were torched"), unlike harm ("was damaged")
_DELIBERATE = frozenset("vandalise vandalize torch loot ransack attack storm bomb shell plunder raze burn set".split())
#: what is fired at people: "tear gas was fired", "shots were fired", "live rounds were used"
_FIRED = frozenset("gas teargas tear-gas shot shots bullet bullets round rounds cannon cannons rocket rockets shell shells grenade grenades".split())
#: who brawls rather than wins a vote: "beaten by party supporters", "attacked by youths"
_BRAWLERS = frozenset(
    "supporter supporters youth youths thug thugs goon goons mob mobs police policeman policemen soldier soldiers troops "
    "activist activists cadre cadres worker workers crowd crowds gang gangs gunman gunmen men assailant assailants".split()
)


def _at_polling_place(tok: Token) -> bool:
    """"were beaten and chased away from a polling station": where people vote is a place of
    violence, not the vote itself ("beaten at the polls" is a vote)."""
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in ("station", "booth", "unit", "centre", "center") and any(x.lower_ == "polling" for x in g.children)
        for g in tok.subtree
    )


def _brawlers(tok: Token | None) -> bool:
    return tok is not None and (tok.lemma_.lower() in _BRAWLERS or tok.lower_ in _BRAWLERS)


def _destination(tok: Token | None) -> bool:
    return tok is not None and tok.ent_type_ in ("GPE", "LOC", "FAC") and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "from", "in", "at", "into", "across", "near", "toward", "towards")


def _passive(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or headline_participle(tok)


def _strong(tok: Token | None) -> bool:
    """Political by more than a country's name (teams carry their country's name)."""
    if tok is None:
        return False
    words = " ".join(t.text for t in tok.subtree).lower()
    return any(w in words for w in ("government", "minister", "president", "army", "military", "police", "troops", "forces", "parliament"))
