"""Who can take part in a political event, and in which context a verb is no political act.

An event is emitted only when a political actor does something to someone (events/ARTICLES.md):
states, governments and their officials and bodies, militaries, police, courts, armed groups,
parties and politicians, international and non-governmental organisations, protesters, unions and
movements; civilians and communities as targets; a company only toward a government. Natural
forces, accidents, objects, diseases, markets and sports teams are never actors.

:func:`kind` sorts an argument into one of these kinds from its entity label, the Phoenix agent
code of its nouns (``tables.agents``), a short list of international bodies and organisation words,
and the political titles the article gives a person anywhere (``names.people``).
:func:`context` reads the sentence for sport, elections and disasters or accidents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsgraph.events import tables

Token = Any

POLITICAL = "political"  # states, governments, officials, militaries, police, courts, parties, IGOs, NGOs, armed groups
ARMED = "armed"  # gunmen, attackers, criminals: actors of violence without a political label
PEOPLE = "people"  # civilians, residents, workers, a named person with no political role
ORG = "org"  # an organisation with no sign of what it is (may be a company)
COMPANY = "company"
THING = "thing"  # a natural force, an object, an accident, a disease, a market, an abstraction
NONE = "none"

#: Phoenix agent codes of political actors (Phoenix.agents.txt: GOV government, MIL military, REB
#: rebels, OPP opposition, COP police, JUD judiciary, LEG legislature, SPY intelligence, PTY party,
#: NGO, IGO, HRI human-rights groups, ENV environmentalists, LAB unions and labour, RAD radicals)
_POLITICAL_CODES = frozenset("GOV MIL REB OPP COP JUD LEG SPY PTY NGO IGO HRI ENV RAD ELI INS".split())
_ARMED_CODES = frozenset({"UAF", "CRM"})
#: Phoenix codes of those who fight: militaries, rebels, insurgents, armed men
FIGHTER_CODES = frozenset({"MIL", "REB", "INS", "UAF"})
_COMPANY_CODES = frozenset({"BUS"})

#: international and other bodies (lower case; the named-actor table holds the longer names)
_BODY_PHRASES = tuple(
    sorted(
        {
            "united nations", "european union", "african union", "arab league", "security council", "red cross",
            "amnesty international", "human rights watch", "world bank", "european commission", "european parliament",
            "general assembly", "world health organization", "international atomic energy agency",
            "international criminal court", "islamic state",
        },
        key=len,
        reverse=True,
    )
)
_BODY_WORDS = frozenset(
    "un u.n. nato eu e.u. imf unicef unhcr unesco opec asean interpol icc iaea osce g7 g20 isis isil daesh "
    "fbi cia nsa dea atf mi5 mi6 fsb sbu".split()  # security agencies: "FBI agents searched ..."
)
#: head words that make an organisation's name a political body
_ORG_WORDS = frozenset(
    "ministry department council commission parliament senate congress assembly court tribunal police army navy "
    "forces force military party front brigade brigades battalion movement union unions agency committee government "
    "administration authority authorities office bureau federation league coalition alliance bloc blocs organisation "
    "organization organisations organizations mission embassy consulate regime cabinet guard guards militia militias command "
    "secretariat presidency kremlin pentagon junta taliban hamas hezbollah state".split()
)
#: words that make an organisation a company
COMPANY_WORDS = frozenset(
    "inc inc. corp corp. corporation co co. ltd ltd. llc plc ag sa gmbh company companies firm firms airline airlines air "
    "airways bank carrier maker makers manufacturer retailer studio studios records motors holdings "
    "enterprises industries technologies labs".split()
)
#: common nouns for people (Phoenix codes them PPL/CVL, or not at all)
_PEOPLE_WORDS = frozenset(
    "man men woman women person people boy boys girl girls child children resident residents civilian civilians "
    "villager villagers worker workers student students family families victim victims passenger passengers "
    "citizen citizens refugee refugees migrant migrants member members supporter supporters crowd crowds "
    "community communities employee employees driver drivers teenager teenagers youth youths mother father "
    "son daughter wife husband friend friends neighbour neighbor neighbours neighbors customer customers "
    "fan fans herdsman herdsmen tribesman tribesmen chief chiefs elder elders pilgrim pilgrims worshipper worshippers "
    "sons daughters relative relatives mob mobs inmate inmates prisoner prisoners detainee detainees hostage hostages captive "
    "captives local locals colleague colleagues parishioner parishioners imam imams priest priests pastor pastors "
    "monk monks nun nuns doctor doctors collector collectors inspector "
    "inspectors sailor sailors survivor survivors visitor visitors conductor conductors schoolgirl schoolgirls "
    "schoolboy schoolboys schoolchildren pupil pupils squatter squatters labourer labourers laborer laborers mourner "
    "mourners devotee devotees commuter commuters tourist tourists farmer farmers campesino campesinos peasant "
    "peasants shepherd shepherds dockworker dockworkers longshoreman longshoremen docker dockers picketer picketers "
    "protector protectors".split()
)
#: people named by their work, who strike and protest as people whatever trade names them
_WORKERS = frozenset(
    "worker workers employee employees controller controllers driver drivers pilot pilots nurse nurses staff "
    "dockworker dockworkers longshoreman longshoremen".split()
)
#: what a private person is called in apposition to a name ("X, an Australian woman")
PRIVATE_PERSONS = frozenset("woman man girl boy mother father son daughter wife husband widow teenager student resident pensioner".split())
#: heads that count or gather people: "thousands of people", "a group of women" are the people
#: people in trade: "market traders", "shopkeepers" protest and strike as people, not as firms
_TRADE_PEOPLE = frozenset(
    "trader traders merchant merchants shopkeeper shopkeepers vendor vendors businessman businessmen hawker hawkers".split()
)
_QUANTITY = frozenset(
    "thousands hundreds dozens scores tens millions group groups crowd crowds band bands handful number busload busloads "
    "truckload truckloads boatload boatloads carload carloads".split()
)
#: words of an armed group: "an armed group", "armed factions" are armed groups (political), not criminals
ARMED_GROUP_WORDS = frozenset(
    "armed jihadist jihadists jihadi militant militants rebel rebels insurgent insurgents terrorist extremist islamist "
    "separatist paramilitary militia guerrilla guerrillas maoist maoists naxal naxals naxalite naxalites".split()
)
_COUNTS = frozenset("thousands hundreds dozens tens scores millions".split())
#: sides of a fight when rivals: "rival factions", "opposing militias", "rival clans"
_SIDES = frozenset("faction factions group groups militia militias clan clans camp camps party parties".split())
_GROUPS = frozenset("group groups faction factions movement movements organisation organization".split())
#: who belongs to a party: "supporters of rival parties" are partisans (political), not bystanders
_PARTISANS = frozenset("supporter member activist loyalist worker cadre agent".split())
#: what fires: "artillery fire", "mortar fire" is an attack whose attacker is unsaid, not a blaze
#: ammunition named by its weapon: "mortar rounds", "artillery barrages"
_ROUNDS = frozenset("round rounds barrage barrages salvo salvoes salvos volley volleys projectile projectiles".split())
_FIRE_WEAPONS = frozenset(
    "artillery mortar rocket rockets tank gun guns machine-gun sniper small-arms automatic heavy naval enemy hostile".split()
)
_ARMED_WORDS = frozenset(
    "vigilante vigilantes gunman gunmen attacker attackers assailant assailants shooter shooters bomber bombers suspect suspects "
    "kidnapper kidnappers robber robbers hijacker hijackers sniper snipers bandit bandits pirate pirates "
    "militiaman militiamen raider raiders miscreant miscreants abductor abductors captor captors goon goons thug thugs "
    "dacoit dacoits hoodlum hoodlums looter looters arsonist arsonists assassin assassins".split()
)
#: animals: what they do to people is no one's act ("elephants trampled three villagers")
_ANIMALS = frozenset(
    "tiger tigers leopard leopards lion lions elephant elephants bear bears wolf wolves dog dogs crocodile crocodiles "
    "snake snakes boar boars cow cows cattle buffalo monkey monkeys shark sharks animal animals hippo hippos "
    "hippopotamus jaguar jaguars hyena hyenas".split()
)
#: acts only people do: whoever does them is a person or a group, whatever word names them
_HUMAN_ACTS = frozenset(
    "kidnap abduct lynch rape loot pillage plunder ransack behead thrash flog torture extort rob assassinate stab "
    "vandalise vandalize maim molest".split()
)
#: "unidentified men", "unknown persons" who act: perpetrators the report cannot name
_UNNAMED = frozenset({"unidentified", "unknown", "masked", "hooded", "unnamed"})
_ANONYMOUS_PERSONS = frozenset({"man", "men", "person", "persons", "people", "individual", "individuals", "youth", "youths"})
#: political titles that make a named person a political actor
TITLES = frozenset(
    "president vice prime minister secretary senator sen sen. rep rep. representative governor gov gov. mayor "
    "ambassador envoy diplomat chancellor king queen prince emir sheikh premier general gen gen. lt lt. col col. "
    "colonel major maj maj. admiral adm adm. commander captain capt capt. sgt sgt. sergeant officer lieutenant "
    "spokesman spokeswoman spokesperson official lawmaker legislator congressman congresswoman councillor "
    "councilman councilwoman judge justice attorney prosecutor leader "
    "minister-designate president-elect commissioner ayatollah cleric mp mep deputy sheriff sarpanch pradhan mukhiya".split()
)
#: common nouns of political bodies and roles that the agent table spells otherwise
#: the units a force is made of, and the branches that make them a state's force ("security units")
_FORCE_UNITS = frozenset("unit units patrol patrols detachment detachments squad squads column columns contingent contingents team teams".split())
_FORCE_BRANCHES = frozenset("security police army military navy naval border paramilitary commando gendarmerie counter-terrorism".split())
_POLITICAL_NOUNS = frozenset(
    "government governments authority authorities official officials ministry regime administration parliament "
    "lawmakers legislators senators delegation delegations diplomat diplomats troops soldier soldiers forces army "
    "police policeman policemen rebel rebels militant militants insurgent insurgents fighter fighters militia "
    "protester protesters protestor protestors demonstrator demonstrators activist activists coalition state states "
    "country countries "
    "leader leaders negotiator negotiators council court prosecutors military guerrilla guerrillas maoist maoists "
    "naxal naxals naxalite naxalites cadre cadres jury juries juror jurors houthi houthis opposition trooper troopers "
    "putschist putschists plotter plotters mediator mediators".split()
)

_BUSINESS_TITLES = frozenset("executive ceo cfo coo chief vice manager director chairman chairwoman founder analyst".split())
#: advocates of a client (the agent table codes them as courts); the public ones stay political
_COUNSEL = frozenset("lawyer lawyers attorney attorneys solicitor solicitors barrister barristers counsel advocate advocates".split())
_PUBLIC_COUNSEL = frozenset("general district state prosecuting government public crown u.s. federal".split())
_TEAM = frozenset("team teams squad squads club clubs side eleven".split())
#: things an assault cannot hit except in a figure of speech
ABSTRACT = frozenset(
    "deal deals plan plans bill bills proposal proposals idea ideas project projects talk talks agreement agreements "
    "contract contracts legislation measure measures hope hopes chance chances momentum rumour rumor rumours rumors "
    "story stories program programme programs programmes economy market markets price prices sale sales profit "
    "profits growth record records competition rival rivals reform reforms policy policies effort efforts case "
    "argument arguments claim claims report reports image reputation campaign career bid bids offer offers inflation "
    "unemployment poverty corruption confidence morale trust credibility ability capacity sentiment mood".split()
)
#: sport: a sentence with one of these words (or a score) is about a game, not a war
_SPORT = frozenset(
    "match matches game games goal goals scored score scoring striker midfielder goalkeeper defender coach "
    "league cup tournament championship championships season playoff playoffs final semifinal quarterfinal "
    "half-time halftime innings wicket inning quarterback touchdown penalty penalties referee stadium squad "
    "olympic olympics medal fixture fixtures derby opener equaliser equalizer minute kickoff kick-off "
    "marathon batting bowler bowlers bowling sprint relay podium lap laps".split()
)
#: verbs and nouns of a result that make a score ("crushed Ghana 4-0") a game's
_SCORE_WORDS = frozenset(
    "win won beat defeat defeated lead led draw drew victory crush crushed thrash thrashed rout routed hammer "
    "hammered edge edged trounce trounced".split()
)
_SCORE = re.compile(r"\b\d{1,3}\s?[-–—:]\s?\d{1,3}\b(?!\s?(?:percent|%|years?|months?|days?))")
_VENUES = frozenset({"stadium"})
#: sport words with a common sense outside games ("the death penalty", "penalty payments"): a
#: sentence is about a game by them only beside another sport word
_WEAK_SPORT = frozenset({"penalty", "penalties"})
#: elections: "defeated", "beat" and "fought" are votes here
_ELECTION = frozenset(
    "election elections elected re-elected reelected vote votes voters ballot ballots seat seats constituency "
    "constituencies poll polls polling candidate candidates primary primaries runoff re-election reelection "
    "landslide electorate".split()
)
#: diseases are never actors
DISEASES = frozenset(
    "cholera ebola malaria measles covid covid-19 coronavirus flu influenza virus dengue plague polio tuberculosis "
    "typhoid meningitis mpox monkeypox zika hepatitis anthrax diphtheria".split()
)
#: weapons: an attack whose attacker the sentence leaves unsaid, not a thing that acts
WEAPONS = frozenset(
    "bomb bombs ied ieds mine mines landmine landmines grenade grenades rocket rockets missile missiles shell shells "
    "mortar mortars explosive explosives device devices drone drones bullet bullets".split()
)
#: aircraft: "its jets struck ..." is an attack whose attacker the sentence leaves to the context,
#: unless a modifier says whose they are ("Israeli jets")
AIRCRAFT = frozenset("jet jets warplane warplanes aircraft helicopter helicopters gunship gunships".split())
#: disasters and accidents: no one did anything to anyone
_DISASTER = frozenset(
    "earthquake earthquakes quake quakes aftershock aftershocks tremor flood floods flooding floodwaters storm "
    "storms hurricane hurricanes typhoon typhoons cyclone cyclones tornado tornadoes tornados wildfire wildfires "
    "blaze fire fires landslide landslides mudslide avalanche tsunami eruption volcano drought heatwave lightning "
    "accident accidents crash crashes collision collided derailment derailed leak leaks spill spills collapse "
    "collapsed outbreak epidemic pandemic virus disease explosion exploded blast rain rains snow snowstorm "
    "blizzard winds weather forklift malfunction rubble wreckage ravine stampede stampedes burning firefighter "
    "firefighters fireman firemen sinkhole sinkholes snowdrift snowdrifts mudslides avalanches landslip landslips".split()
) | DISEASES
#: the words a named storm is called by ("Hurricane X", "Tropical Storm X", "Cyclone X")
_NAMED_FORCES = frozenset("hurricane typhoon cyclone storm tornado".split())
_DISASTER_VERBS = frozenset(
    "exploded collapsed collided derailed erupted flooded capsized sank crashed plunged overturned skidded leaked caved "
    # a headline tells it in the present: "boat capsizes off island", "tanker explodes"
    "explodes collapses collides derails capsizes overturns".split()
)
#: what bursts or overflows in a flood or a leak (a river, a dam, a pipe), not who bursts into a house
_BREACH_VERBS = frozenset({"burst", "breach", "overflow", "overtop", "swell"})
_WATERS = frozenset("river rivers dam dams lake lakes canal canals embankment embankments levee levees pipe pipes pipeline reservoir reservoirs stream streams dyke dykes dike dikes".split())
#: words of attack: a blast or a fire with these is an attack, not an accident
_ATTACK = frozenset(
    "bomb bombs bomber bombers bombing bombings attack attacks attacker attackers militant militants insurgent "
    "insurgents terrorist terrorists terror gunman gunmen gunfire shelling airstrike airstrikes rocket rockets "
    "missile missiles grenade grenades ied ieds suicide arson arsonist explosive explosives mortar mortars "
    "drone drones sniper raid raids assault artillery shell shells shelled munitions rounds gunshot gunshots "
    "gun guns rifle rifles airstrike strike strikes weapons".split()
) | frozenset(
    "minefield landmine landmines device devices improvised detonated detonation bullet bullets".split()
)
#: words that make harm with a weapon an accident
_MISHAP = frozenset({"accidentally", "accidental", "inadvertently", "misfire", "misfired", "unexploded", "faulty", "defective", "malfunctioning"})
# (all but "accidental" also make the sentence an accident report: "whether deliberate or accidental, an attack")
#: "mine" is a weapon unless the sentence is about mining ("a blast in a coal mine")
_MINES = frozenset({"mine", "mines"})
_MINING = frozenset(
    "coal gold copper diamond tin iron cobalt jade mining miner miners shaft shafts pit colliery quarry underground".split()
)
#: a fire someone sets ("set fire to the station", "set himself on fire") is no disaster
_SET_FIRE = frozenset({"set", "setting", "sets"})
_ATTACK_VERBS = frozenset("shelled bombed stabbed shot ambushed assassinated gunned".split()
)
#: verbs that are no political act when a game or a vote is meant
SPORT_VERBS = frozenset("defeat beat attack strike crush hammer rout thrash face fight battle start play win lose edge topple oust".split())
#: verbs that report harm without a perpetrator: a figure, not an event
HARM_VERBS = frozenset("hurt injure wound damage destroy die kill strike hit affect flood burn collapse".split())


@dataclass(frozen=True)
class Context:
    """What the sentence is about, beyond its verbs."""

    sport: bool = False
    election: bool = False
    disaster: bool = False
    attack: bool = False


#: words of an armed conflict report: four or more distinct ones make a war article, where "the
#: attacks" with no side named still report fighting
_WAR = frozenset(
    "troops forces military army militia militias militants insurgents rebels soldiers airstrike airstrikes "
    "strikes shelling offensive artillery battle combat fighters coalition clashes ceasefire".split()
)


def doc_context(sd: Any, body: Any = None) -> Context:
    """The whole article's context: a game report or an election report names three or more
    distinct words of it (a war report may mention "the World Cup" once); a disaster report names
    a disaster in its headline or lede (the first three sentences) with no attack there and no war
    in the article ("Winter storm to slam the coast ..."; later "the governor ordered offices
    closed" is relief, not coercion)."""
    words = {t.lower_ for t in sd if t.is_alpha}
    war = len(words & _WAR) >= 4
    # the lede's sentences: body text (``body(sentence)``, when given: no byline) that says
    # something (a verb) or names a disaster; a dateline ("PINE RIDGE, Calif. —") is neither
    told = [
        s for s in sd.sents
        if any(t.is_alpha for t in s) and (body is None or body(s))
        and (any(t.pos_ in ("VERB", "AUX") for t in s) or context(s).disaster)
    ]
    lede = [context(s) for s in told[:3]]
    # the headline names it and so does another sentence of the lede; none names an attack
    disaster = not war and len(lede) == 3 and lede[0].disaster and sum(c.disaster for c in lede) >= 2 and not any(c.attack for c in lede)
    return Context(sport=len(words & _SPORT) >= 3, election=len(words & _ELECTION) >= 3, attack=war, disaster=disaster)


def water_bomber(t: Any) -> bool:
    """"water bombers", "a water bomber": an aircraft that fights fires, no attacker."""
    return t.lower_ in ("bomber", "bombers") and any(c.dep_ in ("compound", "amod") and c.lower_ in ("water", "fire", "firefighting") for c in t.children)


def attack_words(toks: Any) -> bool:
    """The tokens name a weapon or an attack (a noun of ``_ATTACK`` or an attack verb)."""
    toks = list(toks)
    named = {t.lower_ for t in toks if t.pos_ in ("NOUN", "PROPN", "ADJ")}
    return bool(named & _ATTACK) or any(t.lower_ in _ATTACK_VERBS for t in toks)


def context(sent: Any, article: Context | None = None) -> Context:
    # "scores of fighters" counts people, no game's score
    counted = [t for t in sent if not (t.lower_ == "scores" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children))]
    # nor is a "last-minute" deal a game's minute
    counted = [t for t in counted if not (t.lower_ == "minute" and t.i > 0 and t.doc[t.i - 1].text == "-")]
    words = {t.lower_ for t in counted} | {t.lemma_.lower() for t in counted}
    nouns = {t.lower_ for t in sent if t.pos_ in ("NOUN", "PROPN")}
    text = sent.text
    # a stadium alone is a venue ("flogged three men in a stadium"), not a game
    sport = bool(words & _SPORT - _VENUES - _WEAK_SPORT) or bool(_SCORE.search(text)) and bool(words & _SCORE_WORDS)
    denied = {t.i for d in sent if d.dep_ == "dobj" and _denial(d.head) for t in d.subtree}
    denied |= {t.i for t in sent if water_bomber(t)}  # "water bombers attacked the blaze": fire-fighting aircraft
    denied |= {t.i for t in sent if t.lower_ == "fire" and t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ == "live"}  # live-fire drills
    nouns = {t.lower_ for t in sent if t.pos_ in ("NOUN", "PROPN") and t.i not in denied}  # ("ruled out a missile strike")
    named = nouns | {t.lower_ for t in sent if t.pos_ == "ADJ"}  # "a minefield explosion" (tagged ADJ)
    if named & _MINES and not words & _MINING:
        named = named | {"landmine"}
    if any(water_bomber(t) for t in sent) and not named & _ATTACK:
        words = words - _ATTACK_VERBS  # the aircraft "attack" a fire
    attack = bool(named & _ATTACK) or bool(words & _ATTACK_VERBS) or "fire" in nouns and bool(words & {"opened", "open", "artillery", "gun", "machine", "exchanged", "exchange", "heavy", "traded", "trade", "returned", "return"})
    if words & _MISHAP:
        attack = False  # "a shell exploded accidentally during a drill": an accident with a weapon
    return Context(
        sport=sport or bool(article and article.sport),
        election=bool(words & _ELECTION) or bool(article and article.election),
        disaster=bool((nouns - _set_fires(sent)) & _DISASTER or _disaster_verbs(sent) or words & _MISHAP - {"accidental"}) or bool(article and article.disaster) and not attack,
        attack=attack,
    )


def _denial(verb: Any) -> bool:
    """"ruled out", "denied", "excluded": what follows is said not to have happened."""
    lemma = verb.lemma_.lower()
    return lemma in ("deny", "exclude") or lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _disaster_verbs(sent: Any) -> bool:
    """A verb of a disaster or accident ("the tanker exploded", "the roof collapsed"), unless what
    happens is violence ("clashes erupted in the capital")."""
    from newsgraph.events.lexicon import noun_code

    for t in sent:
        if t.lemma_.lower() in _BREACH_VERBS and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _WATERS for c in t.children
        ):
            return True  # "the river burst its banks", "the dam was breached", "a pipe burst"
        if t.lower_ in _DISASTER_VERBS or t.lemma_.lower() in _DISASTER_VERBS:
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and (subj.lemma_.lower() in ABSTRACT or subj.lower_ in ABSTRACT):
                continue  # "after contract talks collapsed": a negotiation fails, nothing falls down
            if subj is None or (noun_code(subj) or "")[:2] not in ("14", "18", "19", "20") or subj.lemma_.lower() in ("explosion", "blast"):
                return True
    return False


def _set_fires(sent: Any) -> set[str]:
    """"fire" or "blaze" that someone sets: "set fire to the station", "set the car on fire"."""
    out: set[str] = set()
    for t in sent:
        if t.lower_ not in ("fire", "fires", "ablaze", "alight", "blaze"):
            continue
        h = t.head.head if t.dep_ == "pobj" else t.head
        if h.lower_ in _SET_FIRE or h.lemma_.lower() in ("torch", "set"):
            out.add(t.lower_)
    return out


def agent_codes(text: str) -> set[str]:
    """The Phoenix agent codes of the nouns of a phrase ("armed men" -> UAF, "troops" -> MIL)."""
    return _codes(text)


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z.'\-]*", text)]


def _codes(text: str) -> set[str]:
    ws = [w.rstrip(".") for w in _words(text)]
    ws = [w if len(w) > 2 or w in ("un", "eu") else "" for w in ws]
    return {code for _n, code in tables.agent_matches(ws)}


def _named_actor(ws: list[str], ent: str) -> bool:
    """The phrase holds a name of the named-actor table (one-word names only on a named entity)."""
    table = tables.actors()
    for n in (4, 3, 2, 1):
        for i in range(len(ws) - n + 1):
            key = " ".join(ws[i : i + n]).removesuffix("'s").removesuffix("’s")
            if key in table and (n > 1 or ent in ("PERSON", "ORG", "NORP", "GPE")):
                return True
    return False


def _is_country(ws: list[str]) -> bool:
    cs = tables.countries()
    return any(w.removesuffix("'s").removesuffix("’s") in cs for w in ws if len(w) > 1)


_STATES_OF_AFFAIRS = frozenset(
    "membership relationship relations situation status presence absence lack future history agreement deal plan "
    "policy decision law bill resolution program programme scheme arrangement".split()
)
MARKETS = frozenset("exchange exchanges trading shares stocks index indices indexes bourse bourses".split())
_FINANCIAL = frozenset("stock stocks financial equity equities bond bonds currency credit money oil housing share".split())


def is_market(tok: Token) -> bool:
    """A financial market ("Brazil's stock exchanges", "the exchange"), not a marketplace."""
    head = tok.lemma_.lower()
    if head in MARKETS or tok.lower_ in MARKETS:
        return True
    if head in ("market", "markets") and tok.tag_ in ("NNS", "NNPS") and tok.dep_ in ("nsubj", "nsubjpass"):
        return True  # "Asian markets fell", "Ruritanian markets remained closed": the markets of a place
    return head in ("market", "markets") and any(c.lower_ in _FINANCIAL for c in tok.children if c.dep_ in ("compound", "amod"))


#: what an economy does, never an actor, whoever's it is ("Ruritania's stock losses pushed ...")
ECONOMY = frozenset(
    "loss losses gain gains decline declines fall falls rise rises drop drops slump slowdown recession downturn "
    "output export exports import imports deficit debt inflation unemployment currency earnings revenue revenues "
    "sales share shares stock stocks index".split()
)


def _entity_is_state(tok: Token) -> bool:
    """A place entity that is a state or a city standing for it: the whole name is in the country
    table ("South Korea", "Paris"), not one word of it ("Lena Paris" tagged as a place)."""
    span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if span is not None and any(c.dep_ == "compound" and c.pos_ == "PROPN" and not span.start <= c.i < span.end for c in tok.children):
        return False  # a name glued before the place's: a person or a firm named after it
    words = _words(span.text if span is not None else tok.text)
    if words and words[0] == "the":
        words = words[1:]
    key = " ".join(words).removesuffix("'s").removesuffix("’s")
    return key in tables.countries()
#: words of natural disasters and accidents (for modules that test a phrase's words)
DISASTER_WORDS = _DISASTER
#: what is said or shown, never an actor ("the report", "news of ...", "footage")
_MONEY = frozenset("grant grants loan loans funding money donation donations contribution contributions budget subsidy subsidies".split())
_INFORMATION = frozenset("news report reports story stories article footage video videos image images photo photos rumour rumours rumor rumors word".split())


def is_state_city(name: str) -> bool:
    """A capital or major city that stands for its state in the news (Phoenix's country table)."""
    return _is_country(_words(name))


def force_unit(tok: Token) -> bool:
    """Units of a state's force: "security units", "army patrols", "police detachments"."""
    return tok.lemma_.lower() in _FORCE_UNITS and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _FORCE_BRANCHES for c in tok.children)


def kind(
    tok: Token | None, text: str | None, entity_id: str | None = None, titled: frozenset[str] | set[str] = frozenset(),
    place: bool = False,
) -> str:
    """The kind of a participant, from its head token and its phrase."""
    if tok is None or not text:
        return NONE
    low = text.lower()
    ws = _words(text)
    wset = {w.rstrip(".") for w in ws} | set(ws)
    head = tok.lemma_.lower()
    ent = tok.ent_type_
    if ent == "ORG" and tok.pos_ == "PROPN" and tok.lower_ in tables.countries() and any(
        c.dep_ == "conj" and c.ent_type_ == "GPE" for c in tok.children
    ):
        return POLITICAL  # "Armenia and Azerbaijan agreed ...": a country the tagger read as an organisation beside another
    if tok.pos_ == "PRON":
        return PEOPLE if tok.lower_ != "it" else ORG
    if tok.lower_ in _QUANTITY or head in _QUANTITY:
        of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        if of is not None:  # "thousands of people", "a group of women": who they are
            return kind(of, " ".join(t.text for t in of.subtree), entity_id, titled, place)
    if head in _GROUPS and any(c.lower_ in ARMED_GROUP_WORDS and c.dep_ in ("amod", "compound") for c in tok.children):
        return POLITICAL  # "an armed group threatened ...", "the jihadist group": armed groups are political actors
    if tok.lower_ in _COUNTS or tok.pos_ == "NUM" and tok.dep_ == "nsubjpass" and not any(c.dep_ == "prep" for c in tok.children):
        return PEOPLE  # "tens of thousands rallied", "dozens were killed", "at least 30 were arrested": people counted
    if head in _PARTISANS and any(
        g.lemma_.lower() == "party" for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
    ):
        return POLITICAL  # "supporters of rival parties", "members of the two parties": partisans
    if any(c.lower_ == "warring" or c.lower_ in ("rival", "opposing") and head in _SIDES for c in tok.children):
        return POLITICAL  # "the warring parties", "warring factions": sides of a conflict
    if head in _TRADE_PEOPLE or tok.lower_ in _TRADE_PEOPLE:
        return PEOPLE
    if head == "fire" and any(c.lower_ in _FIRE_WEAPONS and c.dep_ in ("amod", "compound", "nmod") for c in tok.children):
        return NONE  # "artillery fire hit ...": a weapon, its user unsaid
    if is_market(tok):
        return THING  # "Brazilian stock exchanges were suspended": a market, not the state
    if head in _STATES_OF_AFFAIRS and tok.dep_ in ("nsubj", "nsubjpass"):
        return THING  # "membership of the EU gives both countries ...": a state of affairs acts on no one
    if head in ECONOMY and not ent and tok.dep_ in ("nsubj", "nsubjpass"):
        return THING  # "the decline in car sales hit suppliers": an economy's turn acts on no one
    if head in _INFORMATION and tok.dep_ in ("nsubj", "nsubjpass"):
        return THING  # "word of the police raid sparked ...": the news, not the police, acts
    if head in _MONEY and tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ != "PROPN" and not ent:
        return THING  # "an embassy grant will support conservation work": the money, not the embassy, acts
    if animal(tok):
        return THING  # "wild elephants trampled three villagers": an animal is no actor
    if head in DISEASES or tok.lower_ in DISEASES or (head in _DISASTER or tok.lower_ in _DISASTER) and head not in ("blast", "explosion", "crash"):
        return THING  # a disease or a natural force never acts ("the typhoon left 3,000 dead")
    if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in _NAMED_FORCES for c in tok.children):
        return THING  # "Hurricane Ilka slams the coast", "Typhoon Moli": a storm's name, a natural force
    if head in WEAPONS or " ".join(ws[-3:]) in ("improvised explosive device", "explosive device") or head in _ROUNDS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in WEAPONS | _FIRE_WEAPONS for c in tok.children
    ):  # ("mortar rounds landed on the market")
        return NONE  # "killed by an improvised explosive device": a weapon, its user unsaid
    if head in _TEAM:
        return ORG  # "the US team", "Belgium's squad": a side in a game, whatever its country
    if "third party" in low or "third-party" in low:
        wset = wset - {"party", "third-party"}  # "third party game makers": no political party
    if head in _COUNSEL and not wset & _PUBLIC_COUNSEL and ent != "PERSON":
        return PEOPLE  # "her lawyer accused the laboratory ...": a private client's advocate, no court
    codes = _codes(text)
    if "air defence" in low or "air defense" in low:
        return POLITICAL  # "air defences downed 14 drones": a military arm, no airline
    if any(p in low for p in _BODY_PHRASES) or wset & _BODY_WORDS or _named_actor(ws, ent):
        return POLITICAL
    if wset & _BUSINESS_TITLES and any(t.ent_type_ == "ORG" for t in tok.subtree) and not any(
        t.ent_type_ in ("GPE", "NORP") for t in tok.subtree
    ) and not wset & _ORG_WORDS:
        return COMPANY  # "the Volvo president and chief executive", "Qantas's senior vice president"
    if codes & _POLITICAL_CODES or wset & _ORG_WORDS and ent not in ("PERSON",):
        if not (wset & COMPANY_WORDS and ent == "ORG"):
            return POLITICAL
    if tok.pos_ == "PROPN" and " ".join(ws) in tables.countries():
        return POLITICAL  # a country's name, whatever label the tagger gave it ("Benin" as a person)
    if ent in ("NORP", "LOC") or ent == "GPE" and (place or _entity_is_state(tok)):
        return POLITICAL  # states, nations and the communities of a place (a GPE the gazetteer lacks may be a firm)
    if ent == "PERSON" or (tok.pos_ == "PROPN" and any(t.ent_type_ == "PERSON" for t in tok.subtree)):
        firm = [kind(t, t.text) for t in tok.subtree if t.i != tok.i and t.ent_type_ == "ORG"]
        if COMPANY in firm or ORG in firm and wset & _BUSINESS_TITLES:
            return PEOPLE  # "the airline's senior vice president Jo Lee": a firm's officer
        if entity_id and entity_id in titled or wset & TITLES:
            return POLITICAL
        return PEOPLE
    if tok.pos_ in ("NOUN", "PROPN") and (
        head in TITLES or tok.lower_ in TITLES or head in _POLITICAL_NOUNS or any(p in TITLES for p in head.split("-") if p)
    ):
        return POLITICAL  # "the ministers", "officials", "the foreign secretary", "the authorities"
    if water_bomber(tok):
        return THING  # "water bombers": aircraft that fight a fire
    if head in ("convoy", "column") and any(c.dep_ == "compound" and c.lemma_.lower() == "tractor" for c in tok.children) or head == "tractor" and tok.dep_ == "nsubj":
        return PEOPLE  # "tractor convoys blocked the motorway": the farmers who drive them
    if codes & _ARMED_CODES or head in _ARMED_WORDS:
        return ARMED
    if force_unit(tok):
        return POLITICAL  # "security units", "army patrols", "police detachments": a state's armed force
    if head in _ANONYMOUS_PERSONS and tok.dep_ in ("nsubj", "pobj") and any(c.lower_ in _UNNAMED for c in tok.children if c.dep_ in ("amod", "compound")):
        return ARMED  # "unidentified persons set ablaze ...", "unknown men abducted ...": a perpetrator of unknown identity
    if tok.pos_ == "NOUN" and not ent and (head in _WORKERS or tok.lower_ in _WORKERS) and not codes & _COMPANY_CODES:
        return PEOPLE  # "air traffic controllers", "airline workers": people who work, whatever the trade word before them
    if codes & _COMPANY_CODES or wset & COMPANY_WORDS:
        return COMPANY
    if ent in ("ORG", "FAC") or tok.pos_ == "PROPN":
        # a modifier may say whose it is: "Iraqi forces", "the US-led coalition"
        # ("UK's Vega Group" is a firm or body of that country, not its state)
        if any(_political_modifier(c, place) for c in tok.children if c.dep_ in ("amod", "compound", "nmod")):
            return POLITICAL
        return ORG
    people = head in _PEOPLE_WORDS or _agent_noun(tok)
    if people and tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "armed" for c in tok.children):
        return ARMED  # "armed youths", "armed herders": people who carry arms act as an armed group
    if head in _PEOPLE_WORDS or _codes(tok.text) & {"CVL", "PPL", "REF", "EDU", "MED", "HLH", "AGR", "REL", "CHR", "MUS", "JEW", "HIN", "BUD", "LAB"}:
        return PEOPLE
    if head not in ABSTRACT | ECONOMY and any(c.dep_ in ("amod", "compound", "poss", "nmod") and _political_modifier(c, place) for c in tok.children):
        # "U.S. airstrikes", "Israeli jets", "the army's helicopters": whose weapons they are (not
        # "Ruritania's stock losses": a country's economy does not act)
        return POLITICAL
    if _agent_noun(tok):
        return PEOPLE
    if head in ("group", "groups", "faction", "factions", "network", "cell", "cells", "gang", "gangs"):
        return ORG  # "the group claimed responsibility": a group of unknown kind
    if tok.pos_ in ("NOUN", "PROPN") and _does_human_act(tok):
        return PEOPLE  # "cow vigilantes thrashed a driver": whoever lynches, loots or abducts is people
    return THING


def phrase_kind(
    tok: Token | None, text: str | None, entity_id: str | None = None, titled: frozenset[str] | set[str] = frozenset(),
    places: frozenset[int] = frozenset(),
) -> str:
    """The kind of a participant phrase: its head's kind, or for a thing the political body or
    state it belongs to ("the al-Qaida headquarters compound", "Syria's chemical weapons").
    ``places``: character offsets of the tokens that place records cover."""
    k = kind(tok, text, entity_id, titled, place=tok is not None and tok.idx in places)
    if k != THING or tok is None:
        return k
    head = tok.lemma_.lower()
    if is_market(tok) or head in _DISASTER and head not in ("blast", "explosion", "crash") or tok.dep_ in ("nsubj", "nsubjpass") and (
        head in _INFORMATION or head in _STATES_OF_AFFAIRS or head in ECONOMY or head in _MONEY
    ):
        # markets, news, storms, states of affairs, an economy's turns and money are things whoever
        # they belong to ("the decline in car sales in the US hit suppliers", "an embassy grant will support")
        return THING
    for t in tok.subtree:
        if t.i == tok.i or not t.ent_type_:
            continue
        if t.ent_type_ in ("NORP", "LOC") or t.ent_type_ == "GPE" and (t.idx in places or _is_country([t.lower_])):
            return POLITICAL
        if t.ent_type_ == "ORG" and kind(t, t.text) == POLITICAL:
            return POLITICAL
    if any(t.lemma_.lower() in ("party", "government", "ministry", "parliament", "cabinet") for t in tok.subtree if t.i != tok.i):
        return POLITICAL  # "his leadership in his party", "a post in the government"
    return k


def _political_modifier(c: Token, place: bool = False) -> bool:
    if c.ent_type_ in ("NORP",) or c.ent_type_ == "GPE" and _is_country([c.lower_]):
        return True
    return c.ent_type_ in ("ORG", "GPE") and kind(c, c.text) == POLITICAL


def animal(tok: Token) -> bool:
    """An animal named by a common noun ("a leopard", "wild elephants"), not a team ("the Lions")."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in _ANIMALS or tok.lower_ in _ANIMALS)


def _does_human_act(tok: Token) -> bool:
    """The noun is who does an act only people do: "vigilantes thrashed a driver", "a man was
    lynched by villagers" (its subject, the agent of its passive, or a subject conjoined to one)."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ == "nsubj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        verb = tok.head.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _HUMAN_ACTS


def _agent_noun(tok: Token) -> bool:
    """A noun for a person or group by what they do: "hackers", "activists", "civilians"."""
    low = tok.lower_
    if low in _THING_ERS or any(low.endswith(t) for t in ("speakers", "containers", "computers", "launchers", "shelters")):
        return False
    if low.endswith(("smen", "ermen")):
        return True  # "fishermen", "tribesmen", "clansmen"
    return tok.tag_ in ("NNS", "NNPS") and low.endswith(("ers", "ists", "ians", "ees", "ants")) or low.endswith(("ist", "ian")) or low in _PERSON_ROLES


#: plural things that end like agent nouns ("loudspeakers", "headquarters")
_THING_ERS = frozenset(
    "headquarters quarters papers borders waters centers centres letters numbers towers tankers trailers chambers "
    "barriers markers stickers layers orders powers matters sanctuaries plants restaurants quadrants".split()
)


#: singular nouns for a person by what they do, which no suffix gives away
_PERSON_ROLES = frozenset(
    "user poster hacker blogger member resident worker driver passenger citizen voter volunteer student teacher "
    "farmer fisherman soldier officer guard prisoner detainee hostage victim survivor witness suspect gunman".split()
)
#: what a cyber attack hits ("hackers attacked the ministry's website")
CYBER = frozenset("website websites site sites server servers network networks homepage system systems account accounts database databases".split())


def cyber_object(tok: Token) -> bool:
    """The verb acts on a website, server or network (its object or passive subject)."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CYBER for c in tok.children) or (
        tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in CYBER
    )


def is_political(k: str) -> bool:
    return k == POLITICAL


def is_agent(k: str) -> bool:
    """Someone who can act: not a thing and not nobody."""
    return k in (POLITICAL, ARMED, PEOPLE, ORG, COMPANY)
