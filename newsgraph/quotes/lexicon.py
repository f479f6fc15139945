"""Word lists for quote attribution: reporting verbs (from ``newsgraph/quotes/speech_verbs.csv``),
pronouns, gendered words and speaker roles."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, str]:
    """Reporting verb lemma (or ``"point out"``-style phrasal lemma) -> class (speech, cognition)."""
    out: dict[str, str] = {}
    path = resources.files("newsgraph.quotes").joinpath("speech_verbs.csv")
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        for row in rows:
            out[row["lemma"].strip().lower()] = row["class"].strip()
    return out


#: personal pronouns a speaker may be named by, with gender/number
PRONOUNS: dict[str, str] = {
    "he": "m",
    "him": "m",
    "she": "f",
    "her": "f",
    "they": "p",
    "them": "p",
    "it": "n",
}
#: pronouns that name the writer or the audience: never resolved to an entity
FIRST_SECOND = frozenset({"i", "we", "you", "me", "us"})
#: relative pronouns: the speaker is the noun the relative clause hangs on
RELATIVES = frozenset({"who", "which", "that", "whom"})

MALE_WORDS = frozenset(
    "he him his himself mr mr. mister sir lord king prince father son brother husband uncle nephew boy man "
    "spokesman chairman businessman congressman councilman policeman statesman sheikh emir boyfriend grandfather "
    "grandson widower stepfather".split()
)
FEMALE_WORDS = frozenset(
    "she her hers herself mrs mrs. ms ms. miss madam dame lady queen princess mother daughter sister wife "
    "aunt niece girl woman spokeswoman chairwoman businesswoman congresswoman councilwoman policewoman actress "
    "girlfriend grandmother granddaughter widow stepmother".split()
)
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})

#: verbs that are speech cues only with a following particle/preposition ("pointed to", "pointed out",
#: "shot back that ...", "hit back, saying")
#: or object ("as she put it, "..."": only before punctuation or a mark)
PHRASAL = {"point": ("out", "to"), "put": ("it",), "shoot": ("back",), "hit": ("back",)}

#: nouns naming a person by role: "the senator said" is resolved like a pronoun when the article
#: never tied the word to a name
ROLE_NOUNS = frozenset(
    """president senator nominee candidate secretary minister mayor governor spokesman spokeswoman
    spokesperson official chief director leader chairman chairwoman congressman congresswoman
    lawmaker representative ambassador general commander judge lawyer attorney coach manager founder
    executive premier chancellor king queen prince princess actor actress singer player author writer
    researcher professor scientist doctor economist analyst activist billionaire businessman
    businesswoman mogul prosecutor sheriff detective officer commissioner envoy diplomat president-elect
    captain skipper defender midfielder goalkeeper winger councillor councilor coroner""".split()
)
#: a role word and the abbreviated titles it stands for ("the senator" / "Sen. Ted Cruz")
ROLE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "senator": ("sen.", "sen"),
    "representative": ("rep.", "rep"),
    "congressman": ("rep.", "rep"),
    "congresswoman": ("rep.", "rep"),
    "governor": ("gov.", "gov"),
    "general": ("gen.", "gen"),
    "president": ("pres.",),
    "professor": ("prof.", "prof"),
    "doctor": ("dr.", "dr"),
}

#: nouns that stand for an organisation named before ("the company said")
ORG_NOUNS = frozenset({"company", "firm", "group", "carrier", "airline", "bank", "agency", "ministry", "department",
                      "organisation", "organization", "party", "union", "network", "broadcaster", "newspaper",
                      "automaker", "manufacturer", "retailer", "club", "charity", "campaign", "government",
                      "council", "committee", "commission", "association", "authority", "institute", "foundation",
                      "federation", "coalition", "alliance", "museum", "gallery", "body", "trust", "board", "society",
                      "school", "hospital", "university"})

#: nouns of a thing that carries words (a medium, a document): never a speaker themselves; the
#: speaker is their owner or author when the phrase names one ("Bornstein's letter", "a review
#: by Public Citizen", "a speech Mrs. Clinton delivered")
MEDIUM_NOUNS = frozenset(
    """ad advert advertisement commercial spot video footage clip report statement release speech review study
    survey poll letter email e-mail memo missive tweet post document filing book article story show decision
    record data analysis transcript note message website page headline editorial column publication broadcast
    episode program programme documentary film interview remark comment testimony proposal plan bill law
    ruling verdict order policy guideline figure estimate forecast projection finding result account version
    resolution treaty contract clause agreement accord charter amendment constitution""".split()
)
#: nouns of a party or a faith that the tagger labels like nationalities: "the Republican" is not
#: linked as "the Swede" is (PolNeAR's gold keeps "The Republican" as the source's own name)
AFFILIATION_NOUNS = frozenset("""republican democrat conservative liberal socialist communist tory labourite
    catholic protestant muslim christian jew hindu buddhist sikh""".split())
#: kinds of news outlet: "the China Daily newspaper" is the outlet its name gives, "the tabloid" a role
OUTLET_NOUNS = frozenset({"newspaper", "broadcaster", "tabloid", "magazine", "channel", "station", "network",
                          "agency", "daily", "weekly", "newswire", "outlet", "website", "radio", "television"})
#: nouns that describe a person without naming them ("her boyfriend", "a local resident"): with the
#: role and organisation nouns and the event step's agent nouns, the heads a speaker may have
PERSON_NOUNS = frozenset(
    """man woman boy girl person people boyfriend girlfriend husband wife partner son daughter father mother
    brother sister parent child uncle aunt cousin grandmother grandfather friend neighbor neighbour resident
    witness victim survivor relative source insider aide adviser advisor assistant staffer employee worker
    owner customer patient student teacher voter supporter opponent critic expert observer organiser organizer
    protester protestor demonstrator fan spectator passenger driver pilot resident local villager farmer
    official spokesperson representative investigator police policeman officer guard soldier member
    participant attendee caller viewer reader listener questioner narrator host anchor reporter journalist
    correspondent editor columnist commentator pollster strategist consultant operative surrogate nominee
    lawmaker legislator backbencher trustee senator congressman congresswoman poster commenter blogger user negotiator mediator
    marcher striker picketer petitioner plaintiff defendant bystander onlooker eyewitness commuter shopper
    rider homeowner tenant landlord client lobbyist interpreter translator supplier dealer vendor merchant
    retailer shopkeeper stallholder hawker fisherman fisher miner nurse mechanic labourer laborer consumer
    individual cashier pharmacist midwife chef teenager pensioner retiree cyclist motorist pedestrian paramedic
    firefighter surgeon athlete campaigner defender midfielder goalkeeper winger referee colleague coworker
    co-worker family carer caregiver classmate teammate flatmate housemate roommate boss volunteer conductor composer
    musician""".split()
)
#: possessive pronouns and the pronoun whose gender/number they carry
POSSESSIVES: dict[str, str] = {"his": "m", "its": "n", "their": "p"}
#: private persons: a name inside their phrase ("an Eastfield resident", "a Boeing fan") places or
#: describes them, it does not speak for them (unlike "a Pentagon spokesperson")
PRIVATE_PERSON_NOUNS = frozenset(
    """man woman boy girl person people boyfriend girlfriend husband wife partner son daughter father mother
    brother sister parent child uncle aunt cousin grandmother grandfather friend neighbor neighbour resident
    witness victim survivor relative customer patient voter fan spectator passenger villager local farmer
    protester protestor demonstrator marcher striker picketer bystander onlooker eyewitness commuter shopper
    rider homeowner tenant shopkeeper stallholder hawker fisherman fisher vendor trader merchant dealer
    consumer individual""".split()
)
