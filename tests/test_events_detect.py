"""Events: detection before typing, arguments from the parse and names as a reader writes them.

Sentences of our own (none from a gold set); each test fails on the coder before issue #10.
"""

from __future__ import annotations

import pytest

from tests.conftest import make_doc

pytestmark = pytest.mark.model

CONFLICT = {"ASSAULT", "COERCE", "PROTEST", "THREATEN", "MOBILIZE", "SANCTION"}


def _candidates(pipeline, text: str):
    """Every candidate the events step finds (detection, not the confidence threshold)."""
    from newsgraph.config import Settings
    from newsgraph.events.component import EventFinder

    doc = pipeline(make_doc(text))
    return EventFinder(Settings()).find(doc)


def _events(pipeline, text: str):
    return [e for e in _candidates(pipeline, text) if not (e.negated or e.hypothetical or e.question)]


@pytest.mark.parametrize(
    "text",
    [
        "Multiple workers at a gas plant were hurt when a tank at the plant exploded on Tuesday.",
        "A strong earthquake struck the region on Monday and damaged more than 1,300 buildings.",
        "A forklift damaged a storage drum at the warehouse. No one was hurt.",
        "The military forces mobilized efforts to help people trapped in the flood.",
        "Cholera has killed 40 people in the region since January, health officials said.",
        "The bus plunged into a ravine after the driver lost control, killing 17 people.",
        "Two trains collided near the station, killing four passengers.",
        "The plane crashed shortly after takeoff, killing all 132 people on board.",
        "Lightning struck a house in the village, killing a man and his son.",
    ],
)
def test_disasters_and_accidents_give_no_conflict_event(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.type in CONFLICT]


@pytest.mark.parametrize(
    "text",
    [
        "Belgium defeated Panama 3-0 in their World Cup opener.",
        "Brazil thrashed South Korea 4-1 to reach the World Cup quarterfinals.",
        "Manchester United beat Liverpool 2-1 on Sunday to move into fourth place in the league.",
        "The challenger was defeated by 10,694 votes in the constituency election.",
        "Apple sued Samsung over patent infringement in a California court.",
        "AirTran Airways would like to thank the many Boeing employees who built the plane.",
        "The deal had been killed by the Pentagon in 2004.",
        "Ocalan calls it \"a non-state political administration\".",
        "The festival took place at the convention centre in Toronto.",
    ],
)
def test_games_votes_business_and_other_senses_are_no_events(pipeline, text):
    assert _events(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Police fired tear gas at protesters in the capital on Saturday.", {"ASSAULT", "COERCE"}),
        ("Gunmen attacked a police checkpoint in Kano state, killing three officers.", {"ASSAULT"}),
        ("Soldiers arrested 15 suspected militants on Sunday.", {"COERCE"}),
        ("The United States imposed sanctions on Iranian oil exports.", {"SANCTION"}),
        ("Russia threatened to cut gas supplies to Ukraine.", {"THREATEN"}),
        ("Workers went on strike at the port demanding higher wages.", {"PROTEST"}),
        ("Police detained the opposition leader at his home.", {"COERCE"}),
        ("A cargo ship capsized, and the coast guard rescued 12 crew members.", {"AID"}),
        ("Three soldiers were killed by an improvised explosive device outside the city.", {"ASSAULT"}),
        ("A minefield explosion near the town killed two youths on Sunday.", {"ASSAULT"}),
    ],
)
def test_political_acts_are_found(pipeline, text, etype):
    assert {e.type for e in _events(pipeline, text)} & etype


def test_passive_voice_victim_is_the_target(pipeline):
    evs = _events(pipeline, "Rebels were shot by soldiers near the border.")
    assert evs and evs[0].actor == "soldiers" and evs[0].target == "Rebels"
    evs = _events(pipeline, "The protester was arrested.")
    assert evs and evs[0].actor is None and "protester" in (evs[0].target or "")


def test_shot_is_not_dead(pipeline):
    evs = _events(pipeline, "A man was shot four times in the leg on Saturday night by a gunman.")
    assert evs and evs[0].dead is None
    evs = _events(pipeline, "Unidentified gunmen shot dead a village chief in Ituri province.")
    assert evs and evs[0].dead == 1.0


def test_headline_passive(pipeline):
    evs = _events(pipeline, "Opposition activist arrested in capital")
    assert any(e.type == "COERCE" and e.actor is None and "activist" in (e.target or "") for e in evs)


def test_urge_is_a_request_and_the_act_urged_is_not_done(pipeline):
    evs = _candidates(pipeline, "The foreign minister urged the European Union to support the peace plan.")
    req = [e for e in evs if e.type == "REQUEST"]
    assert req and not req[0].hypothetical
    assert all(e.hypothetical for e in evs if e.type == "SUPPORT")


def test_person_named_in_full_and_title_holder(pipeline):
    text = (
        "Defence Minister Ana Mendes arrived in Lisbon on Monday. On Tuesday Mendes met the Spanish prime minister, "
        "Pedro Alvarez. The Defence Minister also visited troops at the airfield."
    )
    evs = _events(pipeline, text)
    met = [e for e in evs if e.trigger == "met"]
    assert met and met[0].actor == "Ana Mendes" and met[0].actor_start is not None
    assert text[met[0].actor_start : met[0].actor_end] == "Mendes"  # the span stays the evidence
    visited = [e for e in evs if e.trigger == "visited"]
    assert visited and visited[0].actor == "Ana Mendes"


def test_strikes_carried_out_by_the_force_named_before(pipeline):
    text = (
        "Government forces conducted nine strikes against rebel positions in the north on Monday.\n\n"
        "Near the bridge, two strikes destroyed three rebel trucks."
    )
    evs = [e for e in _events(pipeline, text) if e.trigger == "destroyed"]
    assert evs and evs[0].actor == "Government forces"


def test_attack_named_by_a_noun_is_reported(pipeline):
    evs = _events(pipeline, "The United Nations condemned the bombing of the market in Kabul on Friday.")
    assert {e.type for e in evs} >= {"ACCUSE", "ASSAULT"}
    evs = _events(pipeline, "The ministry said it was working to prevent attacks on pipelines.")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_participant_kinds(nlp):
    from newsgraph.events import participants as pt

    def kind(text: str, i: int) -> str:
        d = nlp(text)
        return pt.kind(d[i], d[i].text)

    assert kind("The earthquake damaged buildings.", 1) == pt.THING
    assert kind("The ministers met on Monday.", 1) == pt.POLITICAL
    assert kind("Hackers attacked the website.", 0) == pt.PEOPLE
    assert kind("Gunmen attacked the bus.", 0) == pt.ARMED
    assert kind("The US team won.", 2) == pt.ORG
    assert kind("Cholera killed dozens.", 0) == pt.THING


def test_dismay_is_a_criticism(pipeline):
    evs = _events(pipeline, "The foreign minister said he was appalled by the attack on the convoy by government forces.")
    assert any(e.type == "ACCUSE" for e in evs)


def test_we_in_a_statement_is_its_issuer(pipeline):
    text = (
        "Canada condemns the shelling of the border town by the army.\n\n"
        "We urge the Government of Chad to protect the town's residents."
    )
    evs = [e for e in _events(pipeline, text) if e.trigger == "urge"]
    assert evs and evs[0].actor == "Canada" and "Government of Chad" in (evs[0].target or "")


def test_ministers_are_the_two_who_met(pipeline):
    text = (
        "Foreign Minister Ana Mendes met Brazilian Foreign Minister Paulo Costa in Lisbon on Monday.\n\n"
        "The ministers discussed the war in Sudan."
    )
    evs = [e for e in _events(pipeline, text) if e.trigger == "discussed"]
    assert evs and "Ana Mendes" in (evs[0].actor or "") and "Costa" in (evs[0].actor or "")


# ---------------------------------------------------------------- session 2026-12-07 (invented sentences)


def _one(pipeline, text: str, trigger: str):
    got = [e for e in _events(pipeline, text) if e.trigger == trigger]
    assert got, [(e.type, e.trigger) for e in _events(pipeline, text)]
    return got[0]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The interior minister strongly condemns the cowardly bomb attacks in Tamale this morning.", "condemns"),
        ("Later on Tuesday, the governor remarked on last week's suicide bombings in Mopti.", "commented"),
        ("A local radio station reported an attack on a supply convoy outside the town.", "reported"),
    ],
)
def test_who_comments_on_an_attack_does_not_make_it(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger and e.type == "ASSAULT"]


def test_condemning_an_attack_is_an_accusation(pipeline):
    ev = _one(pipeline, "The interior minister strongly condemns the cowardly bomb attacks in Tamale this morning.", "condemns")
    assert ev.type == "ACCUSE" and ev.actor == "interior minister"


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("A rebel paymaster was hit and killed overnight by a coalition airstrike near the ferry.", "hit", "coalition"),
        ("A series of French airstrikes on Sunday killed at least 14 fighters.", "killed", "French"),
    ],
)
def test_the_owner_of_the_weapon_acts(pipeline, text, trigger, actor):
    assert _one(pipeline, text, trigger).actor == actor


def test_a_weapon_without_an_owner_is_no_actor(pipeline):
    ev = _one(pipeline, "Two mortar shells hit the market square near the barracks, residents said.", "hit")
    assert ev.type == "ASSAULT" and ev.actor is None


def test_a_headline_passive_noun_is_the_patient(pipeline):
    evs = [e for e in _events(pipeline, "The coast guard said 40 fishermen rescued from the lake were safe.") if e.trigger == "rescued"]
    assert all(e.actor != "migrants" for e in evs)


def test_the_target_of_a_shot_is_where_it_is_aimed(pipeline):
    ev = _one(pipeline, "Witnesses said the militia fired 12 rockets at army barracks outside the city.", "fired")
    assert ev.type == "ASSAULT" and ev.target and "barracks" in ev.target


def test_fighting_off_is_no_talk(pipeline):
    ev = _one(pipeline, "The garrison fought off two raids before dawn.", "fought")
    assert ev.type == "ASSAULT"


def test_an_armed_force_that_withdraws_retreats(pipeline):
    ev = _one(pipeline, "The rebels withdrew from the ridge after two days of bombardment.", "withdrew")
    assert ev.type == "RETREAT" and ev.actor == "rebels"


def test_they_after_an_opening_clause_is_its_subject(pipeline):
    text = "After the soldiers came under heavy fire from gunmen in a warehouse, they requested helicopter support from the navy."
    assert _one(pipeline, text, "requested").actor == "soldiers"


@pytest.mark.parametrize(
    ("text", "etype", "actor", "target"),
    [
        ("The convoy came under attack by militants near the town.", "ASSAULT", "militants", "convoy"),
        ("The mayor came under fire from union leaders for the budget cuts.", "ACCUSE", "union leaders", "mayor"),
    ],
)
def test_who_comes_under_fire_is_the_target(pipeline, text, etype, actor, target):
    ev = _one(pipeline, text, "came")
    assert ev.type == etype and ev.actor and ev.actor.startswith(actor) and ev.target == target


def test_a_trip_made_to_meet_is_a_visit(pipeline):
    assert _one(pipeline, "The foreign minister flew to Dakar to meet the Senegalese president.", "flew").type == "CONSULT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The mayors want the prime minister to release drought relief.", "want"),
        ("The regulator told banks not to lend to the blacklisted trader.", "told"),
    ],
)
def test_wanting_or_telling_someone_to_act_is_a_demand(pipeline, text, trigger):
    assert _one(pipeline, text, trigger).type == "REQUEST"


def test_attacks_claimed_by_a_group_are_its_attacks_and_the_condemnation_accuses_it(pipeline):
    text = "The president condemned the attacks on three border villages, for which the insurgents have claimed responsibility."
    evs = _events(pipeline, text)
    attack = next(e for e in evs if e.trigger == "attacks")
    accuse = next(e for e in evs if e.trigger == "condemned")
    assert attack.type == "ASSAULT" and attack.actor == "insurgents"
    assert accuse.type == "ACCUSE" and accuse.target == "insurgents"


WAR_REPORT = (
    "Government troops launched nine air raids on insurgent camps in the hills on Friday. "
    "Soldiers and allied militias pressed the offensive with artillery support. "
    "The attacks took place before sunrise."
)


def test_a_war_report_keeps_the_attacks_it_names_with_their_force(pipeline):
    evs = [e for e in _events(pipeline, WAR_REPORT) if e.trigger == "attacks"]
    assert evs and evs[0].type == "ASSAULT" and evs[0].actor and "Government troops" in evs[0].actor


def test_a_market_report_has_no_attack_without_sides(pipeline):
    text = "Bond prices have not swung this much since the attacks, dealers said on Monday."
    assert not [e for e in _events(pipeline, text) if e.type == "ASSAULT"]


def test_the_i_of_a_statement_is_who_said_it(pipeline):
    text = (
        "Trade Minister Ana Ruiz praises the commission's findings on the raid on a clinic, "
        "which happened in Kela, in the east of the country, last spring.\n\n"
        "The Trade Minister said:\n\n"
        "I welcome the commission's findings, which show that the clinic was shelled by the militia.\n"
    )
    ev = _one(pipeline, text, "welcome")
    assert ev.type == "SUPPORT" and ev.actor and "Ana Ruiz" in ev.actor


def test_a_wish_is_no_appeal(pipeline):
    assert not [e for e in _events(pipeline, "The mayor said she hoped the wounded get well soon.") if e.trigger == "hoped"]


def test_a_headline_in_the_past_is_passive(pipeline):
    ev = _one(pipeline, "Dozens of hikers rescued from flooded canyon", "rescued")
    assert ev.actor is None and ev.target and "hikers" in ev.target


def test_both_countries_are_the_two_sides_just_named(pipeline):
    text = (
        "Chilean gunboats shelled Bolivia's lake outposts on Sunday. "
        "Both countries have placed their armies on high alert."
    )
    ev = _one(pipeline, text, "placed")
    assert ev.type == "MOBILIZE" and ev.actor and "Chilean" in ev.actor and "Bolivia" in ev.actor


def test_an_attack_claimed_by_a_group_is_its_act(pipeline):
    text = "The council condemned the bombings in the north, including one in the capital claimed by the separatists."
    evs = [e for e in _events(pipeline, text) if e.trigger == "bombings"]
    assert evs and evs[0].actor == "separatists"


def test_a_headline_meeting_of_ministers_is_the_two_the_story_names(pipeline):
    text = (
        "Ministers discussed the water dispute\n\n"
        "Energy Minister Ana Ruiz met Finance Minister Tomas Berg of Norway in Oslo on Monday to discuss the dispute.\n"
    )
    ev = _one(pipeline, text, "discussed")
    assert ev.actor and "Ana Ruiz" in ev.actor and "Tomas Berg" in ev.actor


@pytest.mark.parametrize(
    "text",
    [
        "The tech index was hit hard again, shedding 2 percent.",
        "Steelmakers were hit badly by the fall in orders.",
        "The new tablet faces tough competition from cheaper models.",
        "The watchdog's study details abuses and attacks against detainees in two prisons.",
    ],
)
def test_figures_of_speech_and_reports_are_no_attacks_or_meetings(pipeline, text):
    verbs = {"hit", "faces", "details"}
    assert not [e for e in _events(pipeline, text) if e.type in ("ASSAULT", "CONSULT") and e.trigger in verbs]


def test_the_act_of_a_mission_is_its_owners_not_the_commenters(pipeline):
    ev = _one(pipeline, "The senator remarks on the launch of the Malian mission to retake the port.", "retake")
    assert ev.actor != "senator"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The pact is intended to honour the governor's pledge to farmers.", "intended"),
        ("The opening of the border marks a new phase in the thaw.", "marks"),
    ],
)
def test_what_a_thing_is_for_or_means_is_no_event(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


def test_seeking_aid_is_asking_for_it(pipeline):
    assert _one(pipeline, "The province's farmers seek more government aid after the drought.", "seek").type == "REQUEST"


def test_a_war_named_is_no_attack_reported(pipeline):
    text = "Turkey has taken in two million refugees fleeing the Syrian civil war."
    assert not [e for e in _events(pipeline, text) if e.trigger == "war"]


@pytest.mark.parametrize(
    "text",
    [
        "Hackers hit tax office website",
        "The union's website was attacked by hackers on Sunday, its officials said.",
    ],
)
def test_hackers_attacking_a_website_coerce(pipeline, text):
    evs = [e for e in _events(pipeline, text) if e.trigger in ("attacked", "hit")]
    assert evs and evs[0].type == "COERCE" and evs[0].actor and "ackers" in evs[0].actor


def test_a_main_verb_tagged_as_a_noun_is_still_read(pipeline):
    text = "The Members of the Assembly urge the Prime Minister-designate, David Mensah, to work swiftly to form a cabinet."
    ev = _one(pipeline, text, "urge")
    assert ev.type == "REQUEST" and ev.target == "David Mensah"


@pytest.mark.parametrize(
    "text",
    [
        "Oracle has promised an updated version of the database.",
        "The toolkit lets third party game developers write add-ons.",
        "Embraer has signed a deal with Turkish carrier Pegasus to supply 10 jets.",
        "\"We want to thank our engineers for their hard work,\" said the Volvo President and Chief Executive Officer.",
        "\"We plan to use the new jets to grow our routes,\" says Qantas senior vice president Ana Ruiz.",
    ],
)
def test_business_between_firms_is_no_event(pipeline, text):
    assert not _events(pipeline, text)


def test_a_defeat_in_a_vote_is_no_attack_and_who_lost_resigns(pipeline):
    evs = _events(pipeline, "The party chairman was beaten in his home seat, and resigned his post as chairman.")
    assert not [e for e in evs if e.type == "ASSAULT"]
    ev = next(e for e in evs if e.trigger == "resigned")
    assert ev.type == "RETREAT" and ev.actor == "party chairman"


def test_troops_moved_within_the_country_mobilize(pipeline):
    assert _one(pipeline, "The government deployed troops to the border region after the clashes.", "deployed").type == "MOBILIZE"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Iraqis unite against the militants.", "unite"),
        ("Canada stands with the Haitian people as they confront the gangs.", "confront"),
        ("Farmers stand to benefit from the new credit line.", "benefit"),
        ("The foundation is closely associated with the ruling family.", "associated"),
        ("The governor said the flood victims can count on help from the state.", "count"),
    ],
)
def test_verbs_in_a_sense_that_is_no_act(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "etype"),
    [
        ("Norway will host in Oslo a round of direct talks on the ceasefire.", "host", "CONSULT"),
        ("The envoy has been engaging with the leaders of every faction in the province.", "engaging", "CONSULT"),
        ("Government troops are pushing the militants out of the delta.", "pushing", "ASSAULT"),
        ("Riot police prevented the rally planned by farmers outside parliament.", "prevented", "COERCE"),
    ],
)
def test_verb_senses_by_their_complements(pipeline, text, trigger, etype):
    assert _one(pipeline, text, trigger).type == etype


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The charities work on housing refugees and preventing domestic violence.", "preventing"),
        ("The delegates were called on to state their positions.", "called"),
    ],
)
def test_causes_and_turns_to_speak_are_no_acts(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


def test_who_is_encouraged_by_a_decision_supports_its_maker(pipeline):
    text = "The members of the assembly feel encouraged by the order of the governor to free the detainees."
    ev = _one(pipeline, text, "encouraged")
    assert ev.type == "SUPPORT" and ev.actor == "members of the assembly" and ev.target == "governor"


def test_airstrikes_read_as_a_verb_still_name_their_owner(pipeline):
    text = "A series of Turkish airstrikes on rebel hideouts on Friday killed at least 11 fighters."
    assert _one(pipeline, text, "killed").actor == "Turkish"


def test_welcoming_a_deal_is_praise(pipeline):
    assert _one(pipeline, "The premier welcomes the new water-sharing pact between the two provinces.", "welcomes").type == "SUPPORT"


def test_standing_by_a_state_supports_it_and_uk_is_a_state(pipeline):
    ev = _one(pipeline, "The UK stands by Kenya to beat the gangs and end the raids.", "stands")
    assert ev.type == "SUPPORT" and ev.target == "Kenya" and ev.actor_kind == "political"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The general hails from a fishing village on the coast.", "hails"),
        ("She commanded a brigade in the north during the war.", "commanded"),
        ("The launch of the satellite has been delayed by bad weather.", "delayed"),
    ],
)
def test_origins_posts_and_schedules_are_no_events(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


def test_research_at_a_university_accuses_no_city(pipeline):
    evs = _events(pipeline, "In 2015 the chemist began doctoral studies at Uppsala.")
    assert not [e for e in evs if e.target == "Uppsala"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Brewers in Germany are struggling with falling sales and rising costs.", "struggling"),
        ("Word of the police raid on the student's flat has inspired an online campaign.", "inspired"),
        ("Her mother said she was taking the whole family to Geneva.", "taking"),
    ],
)
def test_struggles_news_and_trips_are_no_acts(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


def test_a_strike_that_hit_is_an_assault_and_a_declared_war_a_threat(pipeline):
    assert _one(pipeline, "A French strike hit the rebels' command post itself, she added.", "hit").type == "ASSAULT"
    ev = _one(pipeline, "The militant group declares war on the army in a new video.", "declares")
    assert ev.type == "THREATEN"


def test_condemning_today_s_attack_accuses_no_date(pipeline):
    ev = _one(pipeline, "Japan strongly condemns yesterday's deadly mortar attack on the shelter.", "condemns")
    assert ev.type == "ACCUSE" and ev.target is None


@pytest.mark.parametrize(
    "text",
    [
        "Trading on Brazil's main stock exchanges has been suspended.",
        "The squadron's task is to conduct air patrols over the strait.",
    ],
)
def test_markets_and_missions_are_no_political_acts(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.type in ("SANCTION", "ASSAULT")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The last typhoon in 2006 left 3,000 people dead.", "left"),
        ("The city has taken the danger of the coming typhoon seriously.", "taken"),
        ("\"The startup has demonstrated that it can make chips,\" she said.", "demonstrated"),
        ("It will serve as a meeting hall for the town's fishermen.", "serve"),
    ],
)
def test_storms_threats_of_storms_shows_of_skill_and_buildings_are_no_events(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


def test_both_countries_are_two_states_not_a_state_and_its_loudspeakers(pipeline):
    text = (
        "Chile said it would attack any loudspeakers on the lake. "
        "Bolivia's army shelled Chilean lake outposts on Sunday. "
        "Both countries have placed their armies on high alert."
    )
    ev = _one(pipeline, text, "placed")
    assert ev.actor and "loudspeakers" not in ev.actor


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Membership of the trade bloc also gives both nations a say in tariffs.", "gives"),
        ("Last month's bomb attacks in the port discussed the fight against smuggling.", "discussed"),
    ],
)
def test_states_of_affairs_and_acts_do_not_act(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


def test_a_statements_title_is_who_speaks_not_the_leader_it_is_about(pipeline):
    text = (
        "Trade Minister welcomes new export bans that tighten the squeeze on Kovac's junta.\n\n"
        "David Mensah said: The country has worked hard with its partners to agree new bans on the "
        "junta. Kovac's troops have shelled the capital for weeks. Kovac must stop the shelling.\n\n"
        "These bans show that the partners are united against Kovac's crackdown.\n"
    )
    ev = _one(pipeline, text, "welcomes")
    assert ev.actor == "David Mensah"


def test_arriving_to_fight_against_someone_is_no_meeting_with_them(pipeline):
    text = "Six helicopters of the national guard flew in on Monday to join the battle against the smugglers."
    assert not [e for e in _events(pipeline, text) if e.type == "CONSULT"]


def test_a_person_named_again_is_named_alone_in_every_event(pipeline):
    text = (
        "Interior Minister Dana Okafor met the Lindorian ambassador on Monday to discuss the border.\n\n"
        "Okafor later told reporters the talks had gone well."
    )
    ev = _one(pipeline, text, "met")
    assert ev.actor == "Dana Okafor"
    assert text[ev.actor_start : ev.actor_end] == "Dana Okafor"


def test_a_person_named_once_keeps_the_office_the_article_gives(pipeline):
    text = "Deputy Foreign Minister Dana Okafor met the Lindorian ambassador on Monday to discuss the border."
    ev = _one(pipeline, text, "met")
    assert ev.actor == "Deputy Foreign Minister Dana Okafor"


def test_a_one_word_title_is_how_the_person_is_addressed(pipeline):
    text = (
        "President Dana Okafor met the Lindorian ambassador on Monday to discuss the border.\n\n"
        "Okafor later told reporters the talks had gone well."
    )
    ev = _one(pipeline, text, "met")
    assert ev.actor == "President Dana Okafor"


def test_members_of_a_body_are_named_as_the_article_names_them(pipeline):
    text = "The members of the regional council urged the government to reopen the schools."
    ev = _one(pipeline, text, "urged")
    assert ev.actor == "members of the regional council"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The deputy minister died in hospital on Sunday after a long illness.", "died"),
        ("The finance minister explained the new budget to the parliament.", "explained"),
        ("The central bank expects the government to cut spending next year.", "expects"),
        ("The state agency determined that the bridge was safe.", "determined"),
        ("The ferry operator intends to end its northern routes.", "intends"),
        ("The senator wants a new office in the capital.", "wants"),
        ("The governor told reporters that the roads would reopen.", "told"),
        ("The governor went on state radio to talk about the drought.", "went"),
        ("The party's candidates raised money across the state.", "raised"),
        ("The professor sat down with the mayor to talk about the library.", "sat"),
    ],
)
def test_senses_that_are_no_act(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


def test_wanting_someone_else_to_act_is_a_request(pipeline):
    text = "Opposition lawmakers want the president to release the detained journalists."
    assert [e for e in _events(pipeline, text) if e.trigger == "want" and e.type == "REQUEST"]


def test_a_death_from_torture_in_custody_stays_an_attack(pipeline):
    text = "A jailed blogger died after being tortured by prison guards, his lawyer said on Friday."
    assert [e for e in _candidates(pipeline, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Ruritanian markets stayed shut for a fifth day on the regulator's orders.", "stayed"),
        ("Ruritania's stock losses pushed the index lower, forcing the government to act.", "forcing"),
        ("Karin Paris has claimed that her former employer mistreated her.", "claimed"),
    ],
)
def test_markets_losses_and_names_that_share_a_place_name_are_not_states(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The carmaker's chief is said to be leaving the firm next month.", "said"),
        ("The price of the new tablet has also been reduced.", "reduced"),
        ("The carmaker will cut two older models from production.", "cut"),
        ("The row over the screen has been blown out of proportion, the firm said.", "blown"),
        ("The new jet is targeted at airlines that fly long routes.", "targeted"),
        ("The two carmakers will receive loans from the provincial government.", "receive"),
        ("The streaming service passed the largest record chain in sales in March.", "passed"),
    ],
)
def test_business_senses_that_are_no_act(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The border brigade is headed by Colonel Mira Osei, a veteran of the northern campaign.", "headed"),
        ("The smuggler took orders from his cousin in the port city.", "took"),
        ("Reporters should refer questions about the licences to the finance ministry.", "refer"),
        ("The border guards sent their condolences to the families, the army commander said.", "said"),
    ],
)
def test_posts_orders_and_statements_are_no_act(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The new transport planes were purchased by the government last year.", "purchased"),
        ("The new ship was greeted by a small crowd at the harbour.", "greeted"),
        ("On a trip to the coast, the senator met his old schoolfriends.", "met"),
        ("Dozens of pilgrims were killed in a stampede near the shrine.", "killed"),
        ("The interior minister has commented on the delayed delivery of food to refugees.", "commented"),
    ],
)
def test_trade_private_life_accidents_and_comments_are_no_political_event(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("ARDENVALE, Lindoria (AP) — Rebel fighters attacked a police post overnight, officials said.", "Rebel fighters"),
        ("PORT SALIM - Government troops shelled rebel positions on Monday.", "Government troops"),
    ],
)
def test_a_dateline_is_where_the_story_was_filed_not_who_acts(pipeline, text, actor):
    evs = [e for e in _candidates(pipeline, text) if e.type in ("ASSAULT", "AID")]
    assert evs and evs[0].actor == actor


def test_rushing_to_stress_is_speech(pipeline):
    text = '"The mayor should go," the senator said, and he rushed to stress that the council agreed.'
    assert not [e for e in _events(pipeline, text) if e.trigger == "rushed"]


def test_an_obligation_is_no_event_that_happened(pipeline):
    text = "The junta and its allies must comply with the ceasefire and allow aid convoys into the city."
    evs = [e for e in _candidates(pipeline, text) if e.trigger == "comply"]
    assert all(e.hypothetical for e in evs)


def test_a_town_before_an_event_noun_is_where_not_who(pipeline):
    text = "The Kandahar offensive killed 40 soldiers on Tuesday."
    evs = [e for e in _candidates(pipeline, text) if e.trigger == "killed"]
    assert evs and all(e.actor != "Kandahar" for e in evs)


def test_we_in_a_quotation_is_its_speakers_side(pipeline):
    text = (
        "Defence Minister Ana Mendes spoke in Lindor on Monday after talks about the port of Vell.\n\n"
        '"We remain determined to work hand in hand with Ruritania on the port," Mendes said.'
    )
    evs = [e for e in _candidates(pipeline, text) if e.trigger == "remain"]
    assert all(e.actor != "Ruritania" for e in evs)


def test_a_country_glued_before_a_title_is_where_not_who(pipeline):
    text = (
        "Minister Pavel Novak began a tour of West Africa this week.\n\n"
        "In Ghana Minister Novak visited the leaders of two farmers' unions."
    )
    ev = _one(pipeline, text, "visited")
    assert ev.actor == "Pavel Novak"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ('"The slump in car sales in Europe has dented the orders of local parts makers," the trade minister said.', "hit"),
        ("Ruritania's stock losses were smaller on Friday, still pushing the main index down.", "pushing"),
        ('"Consumer confidence is shot," the finance minister said.', "shot"),
        ('"We need to stay patient while conditions are fragile," the prime minister said.', "need"),
        ("The coalition is advising and assisting Iraqi forces near the city.", "advising"),
        ("Foreign minister Jane Doe calls rebel presence in the old city a tragedy.", "calls"),
        ("Nick Bosa began postdoctoral research at Oslo in 2004.", "began"),
        ("The airline will be compensated by the manufacturer for the delays.", "compensated"),
    ],
)
def test_economies_needs_advice_names_and_research_are_no_acts(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


def test_a_modal_governs_the_verbs_joined_to_it(pipeline):
    text = "The rebels said the army could storm the town and arrest its mayor."
    evs = [e for e in _candidates(pipeline, text) if e.trigger == "arrest"]
    assert evs and all(e.hypothetical for e in evs)


def test_advising_someone_to_act_is_still_a_request(pipeline):
    text = "The United Nations advised the government to open the border crossings."
    assert any(e.type == "REQUEST" for e in _events(pipeline, text))


def test_a_sit_down_strike_is_labour_not_an_attack(pipeline):
    text = "Last spring the dock workers had a sit-down strike at the port of Vell."
    types = {e.type for e in _events(pipeline, text)}
    assert "ASSAULT" not in types


def test_a_subject_pronoun_takes_up_the_subject_before(pipeline):
    text = (
        "The rebel commander Ivo Marek met the envoy Lara Kent in Vell on Monday. "
        "He later accused the army of shelling the villages."
    )
    evs = [e for e in _events(pipeline, text) if e.trigger == "accused"]
    assert evs and all(e.actor == "Ivo Marek" for e in evs)


def test_in_touch_with_officials_is_a_consultation(pipeline):
    text = "The ministry has been in touch with senior Ruritanian officials since the weekend."
    evs = [e for e in _events(pipeline, text) if e.type == "CONSULT"]
    assert evs and "officials" in (evs[0].target or "")
    assert not [e for e in _events(pipeline, "Police are in contact with the family.") if e.type == "CONSULT"]


STORM_REPORT = (
    "Winter storm to slam the coast with heavy snow and strong winds\n\n"
    "A powerful winter storm is expected to hit the coast on Tuesday, bringing up to a foot of snow.\n\n"
    "Forecasters said wind gusts could knock out power across the region.\n\n"
    "Governor Ana Ruiz declared a state of emergency on Monday and ordered state offices closed. "
    "She asked residents to prepare for outages lasting several days."
)


def test_a_disaster_reports_relief_orders_are_no_conflict(pipeline):
    evs = _events(pipeline, STORM_REPORT)
    assert not [e for e in evs if e.type in CONFLICT or e.type == "REQUEST"], [(e.type, e.trigger) for e in evs]


def test_a_disaster_in_the_third_sentence_makes_no_disaster_report(pipeline):
    text = (
        "Rebels seize the dam north of the capital\n\n"
        "The dam on the river was built in 1956. Its purpose is to divert floodwater into the lake.\n\n"
        "In June the dam was captured by rebels, who took over a nearby army barracks."
    )
    assert any(e.type in ("ASSAULT", "COERCE") for e in _events(pipeline, text))


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Firefighters battled the blaze for more than five hours before it was under control.", "battled"),
        ("Health officials have warned that the number of infections could rise sharply.", "warned"),
        ("The energy regulator said it was monitoring the situation closely.", "monitoring"),
    ],
)
def test_fighting_fires_forecasts_and_watching_are_no_acts(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


def test_setting_oneself_on_fire_is_still_a_protest(pipeline):
    text = "A young street vendor set himself on fire outside the governor's office in protest."
    assert any(e.type == "PROTEST" for e in _events(pipeline, text))


def test_weapons_launched_at_a_place_are_an_attack_by_the_launcher(pipeline):
    text = (
        "Ruritanian forces launched more than 40 drones and several missiles at cities in the north overnight, "
        "the air force said, damaging power stations in two regions."
    )
    evs = [e for e in _events(pipeline, text) if e.type == "ASSAULT"]
    assert evs and all(e.actor == "Ruritanian forces" for e in evs)
    assert len(evs) == 1  # the damage is the same attack's


def test_fleeing_into_exile_is_no_aid(pipeline):
    text = "The singer fled into exile in 1962 after the police raided a club where he was playing."
    assert not [e for e in _events(pipeline, text) if e.trigger == "fled"]


def test_a_role_before_a_name_is_that_persons_and_a_clause_after_it_is_not(pipeline):
    text = "An opposition lawmaker, Peter Kanu, accused the health minister of ignoring warnings from local doctors."
    ev = _one(pipeline, text, "accused")
    assert ev.actor == "Peter Kanu"
    assert ev.target == "health minister"


def test_a_state_suing_a_firm_is_an_accusation(pipeline):
    text = "The state of Ohio sued drugmaker Corvin Pharma on Monday over its marketing of painkillers."
    assert any(e.type == "ACCUSE" and e.trigger == "sued" for e in _events(pipeline, text))


def test_its_aircraft_are_the_speakers(pipeline):
    text = "The army said its aircraft struck rebel positions near the border on Monday, killing dozens of fighters."
    ev = _one(pipeline, text, "struck")
    assert ev.actor == "army"


def test_what_force_can_do_is_no_event(pipeline):
    text = "Military force can push armed groups out of towns, but it cannot build schools."
    assert not [e for e in _events(pipeline, text) if e.trigger == "push"]


def test_an_unnamed_sources_authority_is_no_refusal(pipeline):
    text = "The official spoke on condition of anonymity because he was not authorised to brief reporters."
    assert not [e for e in _events(pipeline, text) if e.type == "REJECT"]


def test_who_is_responsible_for_attacks_made_them(pipeline):
    text = "The army said it had killed a rebel commander responsible for rocket attacks on the northern towns."
    evs = [e for e in _events(pipeline, text) if e.trigger == "attacks"]
    assert evs and all(e.actor == "rebel commander" for e in evs)
# ---------------------------------------------------------------- short reports, batches 8 and 9 (2026-12-07, fourth session)


@pytest.mark.parametrize(
    ("text", "trigger", "etype"),
    [
        ("Police lathi-charged the protesting teachers near the gate.", "charged", "ASSAULT"),
        ("Two masked men hurled a petrol bomb at the councillor's car.", "hurled", "ASSAULT"),
        ("Miscreants hurled a bomb at the shop; nobody was hurt.", "hurled", "ASSAULT"),
        ("Insurgents overran an army outpost near the river crossing.", "overran", "ASSAULT"),
        ("The militia established a new base in the hills above the valley.", "established", "MOBILIZE"),
        ("Armed bandits looted grain stores in two villages.", "looted", "ASSAULT"),
        ("Hundreds of supporters stormed the electoral commission office.", "stormed", "PROTEST"),
        ("Riot police dispersed the striking nurses outside the hospital.", "dispersed", "COERCE"),
        ("Police filed a case against 40 youths for arson.", "filed", "COERCE"),
        ("The farmers' union called a statewide bandh on Friday.", "called", "PROTEST"),
        ("Opposition councillors sat on a dharna outside the town hall.", "sat", "PROTEST"),
        ("The district party expelled two councillors for indiscipline.", "expelled", "SANCTION"),
        ("Customs police seized two tonnes of cocaine at the port.", "seized", "COERCE"),
        ("The rebels handed over the airport to the peacekeepers.", "handed", "RETREAT"),
        ("Soldiers teargassed students marching to the palace.", "teargassed", "ASSAULT"),
        ("Troops neutralised four gunmen in a dawn raid.", "neutralised", "ASSAULT"),
        ("Armed settlers took over farmland near the village.", "took", "ASSAULT"),
        ("Kidnappers released six pupils seized from a boarding school.", "released", "RETREAT"),
        ("The regime publicly executed two men in a stadium.", "executed", "ASSAULT"),
        ("Clashes were reported in three districts overnight.", "Clashes", "ASSAULT"),
        ("Nurses gathered outside the ministry, shouting slogans against pay cuts.", "gathered", "PROTEST"),
        ("A crowd set fire to a police van after the arrest.", "set", "PROTEST"),
        ("Rival factions of the party clashed at the convention, injuring eight.", "clashed", "ASSAULT"),
        ("Shopkeepers halted business in protest against the new levy.", "halted", "PROTEST"),
        ("Pirates hijacked a fishing boat off the cape.", "hijacked", "ASSAULT"),
        ("Forty militiamen laid down their weapons at the district office.", "laid", "RETREAT"),
        ("Armed raiders rustled 150 goats from a hamlet near the river.", "rustled", "ASSAULT"),
        ("Riot police thwarted an attempt by students to march on parliament.", "thwarted", "COERCE"),
        ("The hamlet was attacked by armed bandits before dawn.", "attacked", "ASSAULT"),
        ("The airfield was retaken by rebel fighters on Monday.", "retaken", "ASSAULT"),
        ("A union organiser was beaten by ruling party youths near a polling booth after the election.", "beaten", "ASSAULT"),
        ("A church was vandalised in the northern town overnight.", "vandalised", "ASSAULT"),
        ("Tear gas was fired at the marchers near the square.", "fired", "ASSAULT"),
        ("Mobile data services were suspended across the province.", "suspended", "COERCE"),
        ("Curfew was clamped on the district after the riots.", "clamped", "COERCE"),
        ("An opposition spokesman was picked up by police from his home.", "picked", "COERCE"),
        # batch 11 of the snippets (2026-12-07, fifth session)
        ("Air defences downed 14 drones over the capital overnight.", "downed", "ASSAULT"),
        ("The rebel army said it had captured the headquarters of the regional command.", "captured", "ASSAULT"),
        ("Army units regained control of the customs building on Friday.", "regained", "ASSAULT"),
        ("Prosecutors charged two brothers with arson at the mosque.", "charged", "ACCUSE"),
        ("A grand jury indicted the mayor on fraud charges.", "indicted", "ACCUSE"),
        ("The former mayor was found guilty of fraud on Monday.", "found", "SANCTION"),
        ("A court convicted the former prime minister of taking bribes.", "convicted", "SANCTION"),
        ("The appeals court upheld the jail sentence of the opposition leader.", "upheld", "SANCTION"),
        ("Supporters of the two parties clashed with sticks in the market, injuring five.", "clashed", "ASSAULT"),
        ("A mob caught two suspected thieves and beat them to death.", "beat", "ASSAULT"),
        ("Angry traders smashed the windows of the tax office.", "smashed", "PROTEST"),
        ("Relatives of the detained held a vigil outside the prison.", "held", "PROTEST"),
        ("Lorry drivers staged a go-slow on the motorway against toll increases.", "staged", "PROTEST"),
        ("A magistrate ordered the union leader held in custody for two weeks.", "ordered", "COERCE"),
        ("FBI agents searched the offices of the city council.", "searched", "COERCE"),
        ("The armed group handed over 30 abducted villagers to the Red Cross.", "handed", "RETREAT"),
        ("Armed men snatched ballot papers at two polling units.", "snatched", "ASSAULT"),
        ("Two opposition party agents were beaten at a polling station in the suburbs.", "beaten", "ASSAULT"),
        ("Dairy farmers poured milk outside the agriculture ministry.", "poured", "PROTEST"),
        ("Climate activists glued themselves to the runway at the airport.", "glued", "PROTEST"),
        ("Prosecutors brought charges against the former police chief over the shootings.", "brought", "ACCUSE"),
        # batch 12 of the snippets (2026-12-07, fifth session)
        ("Cattle herders and fishermen fought over the lake shore, leaving six dead.", "fought", "ASSAULT"),
        ("The shrine of the minority community was demolished by a mob on Sunday.", "demolished", "PROTEST"),
        ("Fishermen held a harbour blockade for two days over fuel subsidies.", "held", "PROTEST"),
        ("Opposition deputies walked out of the session before the budget vote.", "walked", "PROTEST"),
        ("Detainees set their bedding on fire and refused food to protest the beatings.", "set", "PROTEST"),
        ("The junta suspended the constitution and dissolved the senate.", "suspended", "COERCE"),
        ("A military tribunal handed the rebel commander a 20-year sentence.", "handed", "SANCTION"),
        ("The state prosecutor opened a case against the editor over the cartoon.", "opened", "COERCE"),
        ("Beekeepers drove their vans around parliament square in protest at the pesticide ruling.", "drove", "PROTEST"),
        # batch 13 of the snippets (2026-12-07, fifth session)
        ("Russia massed tanks and troops near the frontier.", "massed", "MOBILIZE"),
        ("The rebel movement recruited 300 teenagers in the camps last year.", "recruited", "MOBILIZE"),
        ("A prosecutor issued an arrest warrant for the exiled opposition leader.", "issued", "COERCE"),
        ("The media regulator revoked the broadcasting licence of an opposition radio station.", "revoked", "COERCE"),
        ("Dairy farmers dumped manure on the steps of the town hall.", "dumped", "PROTEST"),
        ("Unknown attackers firebombed a refugee shelter overnight.", "firebombed", "ASSAULT"),
        ("The Houthis fired a drone at a cargo ship in the Gulf of Aden.", "fired", "ASSAULT"),
        ("The opposition rejected the new electoral law.", "rejected", "REJECT"),
        ("The court barred the former president from contesting the election.", "barred", "COERCE"),
        ("The electoral committee barred two independent candidates from running.", "barred", "COERCE"),
    ],
)
def test_short_report_constructions(pipeline, text, trigger, etype):
    got = [e.type for e in _events(pipeline, text) if e.trigger == trigger]
    assert etype in got, [(e.type, e.trigger) for e in _events(pipeline, text)]


def test_a_fronted_main_verb_keeps_its_subject_as_actor(pipeline):
    ev = _one(pipeline, "Gunmen kidnapped 12 farmers in Katsina, police said.", "kidnapped")
    assert ev.actor == "Gunmen" and ev.type == "ASSAULT"


def test_a_strike_called_by_a_body_names_it(pipeline):
    ev = _one(pipeline, "A general strike called by the dock workers' union paralysed the port.", "strike")
    assert ev.type == "PROTEST" and "union" in (ev.actor or "")


@pytest.mark.parametrize(
    "text",
    [
        "The government raised tariffs on imported steel to 50 percent on Tuesday.",
        "Beijing imposed retaliatory tariffs on American soybeans and pork.",
        "The European Union slapped duties on electric cars made in China.",
    ],
)
def test_tariffs_imposed_are_sanctions_not_attacks(pipeline, text):
    types = {e.type for e in _candidates(pipeline, text)}
    assert "SANCTION" in types or "THREATEN" in types
    assert "ASSAULT" not in types and "COERCE" not in types


def test_a_deal_hoped_for_is_not_made(pipeline):
    text = "The European Union said it hoped to reach a deal with Ruritania before the deadline."
    evs = [e for e in _candidates(pipeline, text) if e.trigger == "reach"]
    assert all(e.hypothetical for e in evs)


def test_in_talks_with_and_contacted_are_consultations(pipeline):
    text = "The State Department said the Secretary of State contacted Ruritania's foreign minister over the refugees."
    assert any(e.type == "CONSULT" and e.trigger == "contacted" for e in _events(pipeline, text))
    text = "The European Union said it was in talks with Washington over the duties."
    assert any(e.type == "CONSULT" for e in _events(pipeline, text))


def test_an_accusation_names_the_accused_without_the_charge(pipeline):
    text = "Councilman Rob Tate accused the mayor of protecting pet projects while cutting services."
    ev = _one(pipeline, text, "accused")
    assert ev.target in ("mayor", "the mayor")


def test_a_common_noun_is_not_the_person_quoted_most(pipeline):
    text = (
        "Protests after police shoot teenager\n\n"
        "An officer shot and wounded an unarmed teenager during a traffic stop on Saturday.\n\n"
        'Police Chief Martin Kowalski said the officer had been placed on leave. "I understand the anger," Kowalski said. '
        '"We will be transparent," Kowalski added.'
    )
    evs = [e for e in _events(pipeline, text) if e.trigger == "shot"]
    assert evs and all(e.actor != "Martin Kowalski" for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "Ammonia leaked from a fertiliser plant and police cordoned off the streets.",
        "A dam wall caved in after heavy rain, and police sealed the area.",
        "The finance minister fought inflation with higher taxes.",
        "The company set up a new headquarters in the capital.",
        "Police recovered the bodies of three climbers from the glacier.",
        "Police evacuated the lower town after the river burst its banks.",
        "The minister said rivals had hijacked the debate.",
        "Firefighters stormed the burning flats to reach a trapped child.",
        # batch 11 of the snippets (2026-12-07, fifth session)
        "An unexploded bomb from an old war went off at a farm, injuring a farmer.",
        "Police cordoned off the street after a sinkhole opened up under a bus.",
        "Whoever shot down the old weather balloon, the fair went on.",
        "A boiler blew up at the bakery, killing a baker; police ruled out a bomb attack.",
        "The striker was beaten to the ball by the goalkeeper in the final minute of the election-night charity match.",
        "Fishermen dumped their unsold catch back into the sea at the harbour.",
        # batch 12 of the snippets (2026-12-07, fifth session)
        "Soldiers were sent to clear highways buried under snowdrifts.",
        "The retired general handed his grandson a signed copy of his memoirs.",
        "The sprinter walked out of the stadium after the race.",
        # batch 13 of the snippets (2026-12-07, fifth session)
        "Police shot dead a leopard that had mauled three villagers.",
        "A mortar shell exploded at a firing range because of a faulty fuse, killing a soldier.",
        "The company recruited 300 engineers for its new plant.",
        "Navy bomb disposal divers detonated an old sea mine found by fishermen off the pier.",
    ],
)
def test_short_reports_with_no_conflict_event(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.type in CONFLICT]


def test_fighting_between_rival_sides_is_an_attack(pipeline):
    evs = _events(pipeline, "Fighting between rival clans left four dead near the wells.")
    assert any(e.type == "ASSAULT" for e in evs), [(e.type, e.trigger) for e in evs]


def test_victims_of_a_headline_and_a_later_shooting_are_no_attackers(pipeline):
    text = (
        "Officers shot dead in patrol car\n\n"
        "Two police officers, Dan Ortiz, 35, and Ken Marsh, 41, had been shot while sitting in their patrol car, police said.\n\n"
        "In another case, a man was shot four times outside a bar on Friday night."
    )
    evs = [e for e in _candidates(pipeline, text) if e.type == "ASSAULT"]
    assert evs and all(e.actor is None for e in evs), [(e.trigger, e.actor) for e in evs]


def test_a_public_appeal_is_no_request_to_whom_to_call(pipeline):
    text = (
        "Prosecutor Yolanda Ruiz said the driver was speeding. "
        "Anyone with information was asked to call the prosecutor's office."
    )
    assert not [e for e in _events(pipeline, text) if e.type == "REQUEST"]


def test_a_declared_state_of_emergency_is_the_act_not_its_target(pipeline):
    text = "The president declared a state of emergency in the eastern provinces after the attacks."
    ev = _one(pipeline, text, "declared")
    assert ev.target != "state of emergency"


def test_it_with_no_body_named_nearby_is_no_one(pipeline):
    text = (
        "The delegation crossed the Carpathians by train in 1990.\n\n"
        + "The speaker went on about memory and habit for a long while, and about the way people cling to "
        "old ideas long after they have stopped being useful, and about what the young make of them. " * 3
        + "It arrests us, he said."
    )
    evs = [e for e in _events(pipeline, text) if e.trigger == "arrests"]
    assert all(e.actor != "Carpathians" for e in evs)


def test_what_was_agreed_before_cited_with_as_is_no_new_agreement(pipeline):
    text = "The EU is determined to contribute towards a political settlement in Ruritania as agreed in the council resolutions 12 and 19."
    assert not [e for e in _events(pipeline, text) if e.trigger == "agreed"]


def test_aid_pledged_to_a_disaster_area_is_no_metaphor(pipeline):
    text = "Norway pledged 50 million dollars in emergency aid to the flood-hit provinces."
    assert [e for e in _candidates(pipeline, text) if e.trigger == "pledged"]


@pytest.mark.parametrize(
    "text",
    [
        "The party is targeting young voters in the suburbs with its new advertisements.",
        "The police are targeting drunk drivers this holiday season.",
        '"We are targeting the recruiting with our allies so that the threat shrinks," the colonel said.',
        "The government says the army will target tax evasion and smuggling along the border this year.",
    ],
)
def test_targeting_by_a_party_or_the_police_with_no_weapon_is_aiming(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.type in ("ASSAULT", "THREATEN")]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen targeted a police patrol near the border.",
        "The army targeted rebel positions near the river overnight.",
        "Police targeted the marchers with rubber bullets.",
        "The militia has targeted shipping in the strait for a month.",
    ],
)
def test_targeting_by_fighters_or_with_weapons_stays_an_attack(pipeline, text):
    assert [e for e in _events(pipeline, text) if e.type == "ASSAULT"]


def test_a_pattern_preposition_inside_a_nested_fight_is_not_the_verbs(pipeline):
    text = "The ministry said it will continue to support the efforts of the regional forces in the fight against the rebels."
    assert not [e for e in _events(pipeline, text) if e.type in ("ACCUSE", "PROTEST", "REJECT")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The army targeted rebel positions with artillery.", "rebel positions"),
        ("Police targeted the marchers with rubber bullets.", "marchers"),
    ],
)
def test_the_weapon_an_attack_is_made_with_is_not_its_target(pipeline, text, target):
    evs = [e for e in _events(pipeline, text) if e.type == "ASSAULT"]
    assert evs and all(e.target == target for e in evs)


def test_a_meeting_scheduled_with_a_plain_will_is_a_future_consultation(pipeline):
    evs = [e for e in _candidates(pipeline, "The envoy will lead a delegation to Ankara on Monday.") if e.trigger == "lead"]
    assert evs and all(e.type == "CONSULT" and e.future for e in evs)


def test_a_statement_someone_says_they_would_make_is_not_made(pipeline):
    text = "Okafor, 31, denied wrongdoing and said she would appeal to the Court of Arbitration for Sport."
    evs = [e for e in _candidates(pipeline, text) if e.trigger == "appeal"]
    assert evs and all(e.hypothetical or e.future for e in evs)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Police raided two flats in the old town on Friday.", "COERCE"),
        ("Police raided a nightclub and arrested 20 people.", "COERCE"),
        ("Soldiers raided a rebel hideout and killed three fighters.", "ASSAULT"),
        ("Armed bandits raided the village, killing 10 people.", "ASSAULT"),
    ],
)
def test_a_police_raid_with_no_one_hurt_is_a_search(pipeline, text, etype):
    evs = [e for e in _events(pipeline, text) if e.trigger == "raided"]
    assert evs and all(e.type == etype for e in evs)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The opposition accused the government of trying to rig the vote.", "opposition"),
        ("Several smaller states accused larger members of trying to control the fund.", "Several smaller states"),
    ],
)
def test_the_opposition_and_states_are_actors(pipeline, text, actor):
    evs = [e for e in _events(pipeline, text) if e.type == "ACCUSE"]
    assert evs and evs[0].actor == actor


def test_a_private_clients_lawyer_is_no_court(pipeline):
    text = "His lawyer accused the testing laboratory of mishandling the sample."
    assert not [e for e in _events(pipeline, text) if e.type == "ACCUSE"]


def test_lawyers_of_the_government_and_the_attorney_general_stay_political(pipeline):
    text = "The attorney general accused the company of fraud."
    evs = [e for e in _events(pipeline, text) if e.type == "ACCUSE"]
    assert evs and evs[0].target == "company"


def test_asking_for_a_punishment_is_a_request_not_the_punishment(pipeline):
    evs = [e for e in _events(pipeline, "Prosecutors had asked for a life sentence for the former governor.") if e.trigger == "asked"]
    assert evs and all(e.type == "REQUEST" for e in evs)


def test_defending_a_measure_is_support_in_words_not_the_measure_again(pipeline):
    text = "Rights groups urged the president to veto the new asylum law. The interior minister defended the measure on Friday."
    evs = [e for e in _events(pipeline, text) if e.trigger == "defended"]
    assert evs and all(e.type == "SUPPORT" for e in evs)


def test_a_court_ordering_a_payment_is_a_sanction(pipeline):
    evs = [e for e in _events(pipeline, "The judge ordered the company to pay compensation to the families.") if e.trigger == "ordered"]
    assert evs and all(e.type == "SANCTION" for e in evs)


def test_a_speakers_second_verb_joined_to_a_reported_passive_keeps_the_speaker(pipeline):
    text = "The health minister said the reform was needed to keep hospitals running and accused opposition politicians of misleading patients."
    evs = [e for e in _events(pipeline, text) if e.trigger == "accused"]
    assert evs and evs[0].actor == "health minister"


def test_taken_to_hospital_is_care_not_custody(pipeline):
    text = "A union official said 14 protesters were taken to hospital."
    assert not [e for e in _events(pipeline, text) if e.type == "COERCE"]


def test_what_was_fired_is_not_the_target(pipeline):
    text = "Police fired tear gas and water cannon on Monday to break up a march by striking teachers."
    evs = [e for e in _events(pipeline, text) if e.trigger == "fired"]
    assert evs and all("gas" not in (e.target or "") for e in evs)


def test_a_bare_number_arrested_counts_people(pipeline):
    evs = [e for e in _events(pipeline, "At least 40 were arrested after the march, a police spokeswoman said.") if e.trigger == "arrested"]
    assert evs and evs[0].type == "COERCE"


@pytest.mark.parametrize(
    ("text", "trigger", "etype"),
    [
        # port and transport workers, pickets, class walkouts (batch 14 of the snippets)
        ("Longshoremen struck at the port of Seattle over automation.", "struck", "PROTEST"),
        ("Dockworkers struck for two days over automation at the container terminal.", "struck", "PROTEST"),
        ("About 200 bus drivers picketed outside the depot before dawn.", "picketed", "PROTEST"),
        ("Pupils walked out of classes at schools across the county on Wednesday.", "walked", "PROTEST"),
        # protest acts: encampments, stunts, meetings disrupted
        ("Graduate students pitched an encampment outside the administration building.", "pitched", "PROTEST"),
        ("Two activists hurled paint at the entrance of the energy ministry.", "hurled", "PROTEST"),
        ("Demonstrators disrupted the mayor's budget hearing for almost an hour.", "disrupted", "PROTEST"),
        # authorities: convoys turned back, protest camps cleared, visa bans, expulsions by ultimatum
        ("Border guards turned back a convoy of relief trucks at the crossing.", "turned", "COERCE"),
        ("Riot police cleared the encampment outside the parliament on Sunday.", "cleared", "COERCE"),
        ("The State Department imposed visa bans on three Ugandan officials.", "imposed", "SANCTION"),
        ("The government gave two Dutch diplomats 72 hours to leave the country.", "gave", "COERCE"),
        # captives handed over by any side; criticism in a headline; talks wrapped up
        ("The Islamic Jihad handed over two hostages to the Red Cross on Friday.", "handed", "RETREAT"),
        ("Governor slams Congress over disaster funding", "slams", "ACCUSE"),
        ("Negotiators wrapped up their second session of talks in Cairo.", "wrapped", "CONSULT"),
        # who acts: state troopers, coup plotters; armed men who intimidate people
        ("State troopers arrested 14 people at the protest camp.", "arrested", "COERCE"),
        ("Coup plotters arrested the army chief at his home.", "arrested", "COERCE"),
        ("Armed men intimidated traders at the market ahead of the vote.", "intimidated", "THREATEN"),
    ],
)
def test_local_wire_reports_get_their_type(pipeline, text, trigger, etype):
    evs = [e for e in _events(pipeline, text) if e.trigger == trigger]
    assert evs and evs[0].type == etype, [(e.type, e.trigger) for e in _events(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Water bombers attacked the flames from the air as the fire threatened a village near Toulon.",
        "Contract talks collapsed on Friday, and the dockworkers walked off the job.",
    ],
)
def test_water_bombers_and_collapsed_talks_are_no_conflict_and_no_disaster(pipeline, text):
    evs = _events(pipeline, text)
    if "bombers" in text:
        assert not [e for e in evs if e.type in CONFLICT]
    else:
        assert [e for e in evs if e.type == "PROTEST"]


def test_a_shooting_at_a_polling_station_is_an_attack(pipeline):
    evs = [e for e in _events(pipeline, "A man fired shots at a polling station in the village on Sunday.") if e.trigger == "fired"]
    assert evs and evs[0].type == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "trigger", "etype"),
    [
        # workers named with a trade word ("air", "bank") strike as people, not as a firm
        ("Airport baggage workers and air traffic controllers held a 12-hour walkout on Thursday.", "held", "PROTEST"),
        # two countries, one of them read by the tagger as an organisation (a pact signed is SUPPORT, as the gold codes it)
        ("Armenia and Azerbaijan signed a border demarcation protocol, officials said.", "signed", "SUPPORT"),
        # the attack that breaks a truce is an event of its own
        ("The militia broke the ceasefire by shelling two villages overnight.", "shelling", "ASSAULT"),
        # a prisoner moved to a prison is kept in custody
        ("The dissident was transferred to a maximum-security prison in the north.", "transferred", "COERCE"),
    ],
)
def test_trade_workers_paired_countries_means_of_attack_and_prison_transfers(pipeline, text, trigger, etype):
    evs = [e for e in _events(pipeline, text) if e.trigger == trigger]
    assert evs and evs[0].type == etype, [(e.type, e.trigger) for e in _events(pipeline, text)]


def test_rounds_counted_by_the_dozen_are_what_was_fired_not_the_target(pipeline):
    text = "The garrison retaliated by firing scores of rounds of mortar fire into the hills."
    evs = [e for e in _events(pipeline, text) if e.trigger == "firing"]
    assert evs and evs[0].type == "ASSAULT" and "artillery" not in (evs[0].target or "")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Growers drove about 300 tractors into the centre of Madrid on Wednesday.", "drove"),
        ("A tractor convoy blocked the main road into Toulouse on Monday.", "blocked"),
        ("Land protectors locked themselves to the gates of the mine before dawn.", "locked"),
    ],
)
def test_tractor_protests_and_protectors_are_protests(pipeline, text, trigger):
    evs = [e for e in _events(pipeline, text) if e.trigger == trigger]
    assert evs and evs[0].type == "PROTEST", [(e.type, e.trigger) for e in _events(pipeline, text)]


def test_talks_that_fail_to_agree_are_no_rejection(pipeline):
    text = "Regional leaders sign water pact, fail to agree on border fund"
    assert not [e for e in _events(pipeline, text) if e.type == "REJECT"]


def test_not_invited_with_no_one_named_is_no_rejection(pipeline):
    text = "Taiwan, which had asked to attend as an observer, was not invited."
    assert not [e for e in _events(pipeline, text) if e.type == "REJECT"]


def test_money_that_supports_work_is_no_actor(pipeline):
    text = "A new U.S. Embassy grant of $250,000 to the Heritage Trust will support repairs carried out by a team of craftsmen from Basra."
    assert not [e for e in _events(pipeline, text) if e.trigger == "support"]


def test_we_speaks_for_a_body_named_before_even_unlabelled(pipeline):
    text = (
        "The Coalition respects the rules of war and takes every possible precaution to spare civilians. "
        "We will continue to strike rebel positions to help our allies push the rebels out of the valley."
    )
    evs = [e for e in _candidates(pipeline, text) if e.trigger == "continue"]
    assert evs and all(e.actor == "Coalition" for e in evs)
    assert not [e for e in _candidates(pipeline, text) if e.trigger == "takes"]  # precautions taken coerce no one


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("The patrol took heavy fire from gunmen on the ridge.", "gunmen on the ridge", "patrol"),
        (
            "After the soldiers continued to receive heavy machine gun fire from rebels in a school, they called for air support.",
            "rebels in a school",
            "soldiers",
        ),
    ],
)
def test_fire_received_is_an_attack_on_the_receiver(pipeline, text, actor, target):
    evs = [e for e in _events(pipeline, text) if e.type == "ASSAULT"]
    assert evs and evs[0].actor == actor and evs[0].target == target


def test_the_victim_is_never_the_attacker_taken_from_before(pipeline):
    text = (
        "Government troops shelled rebel positions near the river on Monday. "
        "On Tuesday, government troops continued to receive heavy sustained fire in the valley."
    )
    evs = [e for e in _events(pipeline, text) if e.trigger == "continued"]
    assert evs and all(e.actor != "Government troops" for e in evs)


def test_acts_listed_after_an_until_clause_are_its_conditions(pipeline):
    text = "We will keep up the pressure on the junta until it frees its prisoners, ends the killings and opens talks with the opposition."
    evs = [e for e in _candidates(pipeline, text) if e.trigger in ("ends", "opens")]
    assert all(e.hypothetical for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "The coalition supports the rebel forces through training, advisers and airstrikes.",
        "The alliance continues to support the army with air strikes and intelligence.",
    ],
)
def test_support_given_to_forces_or_with_military_means_is_aid(pipeline, text):
    evs = [e for e in _events(pipeline, text) if e.type in ("AID", "SUPPORT")]
    assert evs and all(e.type == "AID" for e in evs)


def test_a_decision_about_ones_own_affairs_is_no_agreement(pipeline):
    text = "The central bank met on Tuesday but decided to keep its interest rate unchanged at 4 percent."
    assert not [e for e in _events(pipeline, text) if e.trigger == "decided"]


def test_degrade_and_defeat_is_one_military_aim_no_accusation(pipeline):
    text = (
        "That is why Norway works with the alliance to degrade and defeat the rebels in Chad and Niger "
        "and, when needed, striking against those who threaten its people."
    )
    assert not [e for e in _events(pipeline, text) if e.type == "ACCUSE"]


def test_a_person_described_in_apposition_is_no_state_whatever_the_tagger_says(pipeline):
    # (the tagger takes the name for the French capital; the apposition says she is a private person)
    text = "Ines Paris, a Danish woman and one-time follower, alleges that the Order of the Rose kept her for six years on its yacht."
    assert not [e for e in _events(pipeline, text) if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Border guards fired warning shots as a crowd of migrants approached the fence.",
        "The coast guard fired a warning shot across the bow of the fishing boat.",
    ],
)
def test_warning_shots_are_aimed_at_no_one(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.type == "ASSAULT"]


def test_the_target_of_an_event_noun_under_a_light_verb_is_what_it_is_on(pipeline):
    text = "The navy has conducted 30 missile strikes on insurgent depots since June."
    evs = [e for e in _events(pipeline, text) if e.type == "ASSAULT"]
    assert evs and evs[0].target == "insurgent depots"


def test_a_listed_verb_the_parser_hung_on_the_object_before_it_keeps_the_lists_subject(pipeline):
    text = (
        "As the largest partner in the coalition, Denmark has flown over 200 sorties, "
        "conducted over 60 bombing raids on militia depots, and is now sending 30 more trainers to the army."
    )
    evs = [e for e in _events(pipeline, text) if e.type == "ASSAULT"]
    assert evs and all(e.actor == "Denmark" for e in evs)


def test_a_plural_possessor_of_an_attack_made_it(pipeline):
    evs = _events(pipeline, "The governor condemned the insurgents' ambush on the supply column.")
    assert [e for e in evs if e.type == "ASSAULT" and e.actor == "insurgents"]
    assert [e for e in evs if e.type == "ACCUSE" and e.target == "insurgents"]


def test_the_possessor_of_a_welcomed_act_is_the_one_supported(pipeline):
    evs = _events(pipeline, "The foreign minister welcomed the navy's rescue of the stranded sailors on Sunday.")
    assert [e for e in evs if e.type == "SUPPORT" and e.target == "navy"]


def test_a_disaster_report_under_a_byline_and_a_dateline_is_still_read_as_one(pipeline):
    text = (
        "Grass fire forces hundreds from homes as gusts spread flames\n\nBy Jon Sample\n\n"
        "CEDAR FALLS, Mont. — A wind-driven grass fire raced across ranch land north of Cedar Falls on Friday, "
        "forcing hundreds of residents to leave, fire officials said.\n\n"
        "The fire, which began near a rail line, had burned about 3,000 acres by night, according to the state forestry office.\n\n"
        "The county sheriff ordered the evacuation of four neighborhoods and closed the bridge into town."
    )
    conflict = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE", "PROTEST"}
    assert not [e for e in _candidates(pipeline, text) if e.type in conflict]


@pytest.mark.parametrize(
    "text",
    [
        "The Green League took 22 percent of the vote and the Farmers' Party captured 31 seats, the commission said.",
        "In the runoff the mayor's party seized a majority of the council seats.",
    ],
)
def test_a_share_of_a_vote_is_won_not_seized(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.type in ("COERCE", "ASSAULT")]


def test_a_boat_that_capsizes_in_a_headline_makes_a_disaster_report(pipeline):
    text = (
        "Fishing boat capsizes off the cape; coast guard pulls 30 from the sea\n\n"
        "A fishing boat carrying 34 people capsized in heavy swell off the cape on Monday, the coast guard said.\n\n"
        "Crews pulled 30 people from the water and four were still missing.\n\n"
        "The survivors were taken to a reception centre in the port."
    )
    assert not [e for e in _candidates(pipeline, text) if e.type in ("COERCE", "ASSAULT")]


@pytest.mark.parametrize(
    "text",
    [
        "Bus drivers in the capital began a 24-hour strike on Friday.",
        "Port workers launched an indefinite strike over wages and staffing on Monday.",
        "The nurses' union has called a national strike against the pension reform.",
        "Hundreds of teachers walked out of schools across the province on Wednesday, after last-minute talks on pay failed.",
    ],
)
def test_labour_strikes_are_protests(pipeline, text):
    assert [e for e in _events(pipeline, text) if e.type == "PROTEST"]


def test_a_strike_begun_is_not_its_own_target(pipeline):
    evs = [e for e in _events(pipeline, "Bus drivers in the capital began a 24-hour strike on Friday.") if e.type == "PROTEST"]
    assert evs and evs[0].target is None


def test_a_strike_called_off_is_no_protest(pipeline):
    text = "The dockers' union said on Friday it had called off a five-day strike after talks with the port authority."
    assert not [e for e in _events(pipeline, text) if e.type == "PROTEST"]


def test_lawmakers_who_clash_over_an_issue_fight_in_words(pipeline):
    text = "Senators clash over border bill as vote nears\n\nThe vote on the bill is set for Thursday."
    assert not [e for e in _events(pipeline, text) if e.type == "ASSAULT"]


def test_a_public_appeal_to_anyone_with_information_asks_no_one(pipeline):
    text = "Detectives urged anyone with information about the break-in to call them."
    assert not [e for e in _events(pipeline, text) if e.type == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        'The envoy called the border closure "a provocation aimed at our farmers."',
        "Its defence minister called the report a sham.",
    ],
)
def test_calling_an_act_a_provocation_or_a_sham_is_criticism(pipeline, text):
    evs = _events(pipeline, text)
    assert [e for e in evs if e.type == "ACCUSE"] and not [e for e in evs if e.type == "THREATEN"]


def test_a_country_that_expels_diplomats_acts(pipeline):
    text = "Last week the neighbouring country expelled three of the embassy's staff after accusing them of spying."
    assert [e for e in _events(pipeline, text) if e.trigger == "expelled"]


@pytest.mark.parametrize(
    "text",
    [
        "The air force began two weeks of live-fire exercises over the northern sea on Tuesday.",
        "Coast guard holds live-fire drills off disputed reef\n\nThe drills come a month after a standoff at the reef.",
        "The two navies staged joint military exercises in the gulf last week.",
    ],
)
def test_military_exercises_are_a_show_of_force(pipeline, text):
    evs = [e for e in _events(pipeline, text) if e.type == "MOBILIZE"]
    assert evs and evs[0].target is None


def test_exercises_scheduled_under_will_are_no_threat(pipeline):
    evs = _candidates(pipeline, "The two armies will hold joint exercises near the border next month.")
    assert not [e for e in evs if e.type == "THREATEN"]


def test_people_hurt_after_a_passive_are_victims_not_actors(pipeline):
    text = "The ministry said 60 demonstrators had been detained and 12 soldiers wounded."
    assert not [e for e in _events(pipeline, text) if e.actor and "soldiers" in e.actor]


# --- whole articles (art17): read on invented whole articles (bench/events_fresh), tested on other wording


def test_welcoming_a_move_praises_it_and_does_not_repeat_it(pipeline):
    text = "The transport ministry banned imports of used tyres on Monday. Opposition parties welcomed the move."
    evs = [e for e in _events(pipeline, text) if e.trigger == "welcomed"]
    assert [e.type for e in evs] == ["SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "Lake clashes\n\nKINSHASA, Jan 14 (Newswire) — Congolese soldiers shelled rebel positions near the lake on Tuesday.",
        "Border row\n\nQUITO, Ecuador, Feb. 2 — Ecuadorean soldiers shelled a rebel camp near the border on Friday.",
    ],
)
def test_a_dateline_with_its_day_is_no_part_of_the_actor(pipeline, text):
    evs = [e for e in _events(pipeline, text) if e.trigger == "shelled"]
    assert evs and evs[0].actor and evs[0].actor.endswith("soldiers") and evs[0].actor.split()[0] not in ("KINSHASA", "QUITO")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The interior ministry sent soldiers in lorries to help rescue villagers stranded by the landslide.", "sent"),
        ("The government dispatched 12 lorries of flour and tents to the quake zone.", "dispatched"),
        ("The Dutch government released 3 million euros for shelter and medicine in the flooded province.", "released"),
        ("The provincial government sent mattresses and clothing to families left homeless by the storm.", "sent"),
    ],
)
def test_relief_sent_or_paid_out_by_a_government_is_aid(pipeline, text, trigger):
    evs = [e for e in _events(pipeline, text) if e.trigger == trigger]
    assert [e.type for e in evs] == ["AID"]


def test_money_released_into_a_market_is_no_release_of_people(pipeline):
    text = "The central bank released 40 billion rupees into the banking system on Thursday."
    assert not [e for e in _events(pipeline, text) if e.trigger == "released"]


def test_concern_about_a_thing_is_no_criticism(pipeline):
    assert not _events(pipeline, "The chamber of commerce expressed concern about rising fuel costs.")


def test_a_past_verb_joined_to_a_modal_one_is_reported_as_done(pipeline):
    text = "The senator said he would block the nomination, and urged the cabinet to withdraw it."
    evs = [e for e in _events(pipeline, text) if e.trigger == "urged"]
    assert [e.type for e in evs] == ["REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Finance ministers adopted a fresh round of sanctions against Syria on Monday.",
        "The parliament approved a package of sanctions on Eritrea.",
    ],
)
def test_adopting_sanctions_is_one_sanction_by_who_adopts_them(pipeline, text):
    evs = [e for e in _events(pipeline, text)]
    assert [e.type for e in evs] == ["SANCTION"] and evs[0].actor


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the border dispute, the premier said the matter was closed.",
        "The spokesman, asked by reporters about the raid, declined to comment.",
    ],
)
def test_an_interview_question_and_no_comment_are_no_events(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.type in ("REQUEST", "REJECT")]


def test_an_accusation_made_while_walking_out_is_its_own_event(pipeline):
    text = "Opposition lawmakers walked out of parliament on Tuesday, accusing the speaker of rigging the vote."
    assert {"ACCUSE", "PROTEST"} <= {e.type for e in _events(pipeline, text)}


def test_what_protesters_demand_while_marching_stays_one_protest(pipeline):
    text = "Farmers marched on the provincial office, demanding the governor's resignation."
    assert [e.type for e in _events(pipeline, text)] == ["PROTEST"]


def test_defending_a_police_operation_in_words_is_no_aid(pipeline):
    text = "The police chief defended the operation at a news conference on Monday."
    assert "AID" not in {e.type for e in _events(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Chile stands in solidarity with the people of Haiti.", "people of Haiti"),
        ("The prime minister declared his solidarity with the striking dockers.", "striking dockers"),
    ],
)
def test_solidarity_with_someone_is_support_for_them(pipeline, text, target):
    evs = [e for e in _events(pipeline, text) if e.type == "SUPPORT"]
    assert evs and evs[0].target == target


def test_a_protest_note_handed_to_an_envoy_is_an_accusation(pipeline):
    text = "Hanoi's foreign ministry delivered a note of protest to the Chinese embassy on Friday."
    evs = _events(pipeline, text)
    assert [e.type for e in evs] == ["ACCUSE"]


def test_denouncing_sanctions_accuses_and_rallies_no_support(pipeline):
    text = "Caracas denounced the new sanctions as economic warfare."
    assert {e.type for e in _events(pipeline, text) if e.trigger == "denounced"} == {"ACCUSE"}


def test_who_is_received_before_holding_talks_holds_them(pipeline):
    text = "The Malian premier was greeted at the airport before holding talks with the Algerian president."
    evs = [e for e in _events(pipeline, text) if e.type == "CONSULT" and e.trigger == "holding"]
    assert evs and evs[0].actor and evs[0].actor.endswith("premier")


def test_interfering_in_a_countrys_affairs_is_no_aid(pipeline):
    text = "The ruling party said Western envoys were interfering in Serbia's elections."
    assert "AID" not in {e.type for e in _events(pipeline, text)}


def test_a_countrys_goods_going_somewhere_is_no_visit(pipeline):
    assert not _events(pipeline, "Most Chilean copper now goes to China by sea.")


def test_a_warning_of_famine_is_no_threat(pipeline):
    text = "The World Health Organization warned that Tigray faces starvation within weeks."
    assert "THREATEN" not in {e.type for e in _events(pipeline, text)}


def test_relief_sent_by_an_agency_named_by_its_initials_is_aid(pipeline):
    text = "NDMA dispatched tents and blankets to the relief camps on Sunday."
    assert [e.type for e in _events(pipeline, text)] == ["AID"]


def test_who_is_saddened_by_a_loss_and_then_acts_is_the_actor(pipeline):
    text = "The governor said she was saddened by the deaths and ordered the police to arrest the looters."
    evs = [e for e in _events(pipeline, text) if e.trigger == "ordered"]
    assert evs and evs[0].actor and "governor" in evs[0].actor


def test_an_attack_repelled_has_its_attacker_as_target(pipeline):
    evs = [e for e in _events(pipeline, "The general said his forces had repelled a militia attack near the airport.") if e.type == "ASSAULT"]
    assert evs and evs[0].target == "militia"


@pytest.mark.parametrize(
    ("text", "i", "want"),
    [
        ("Zealots lynched a shepherd accused of blasphemy.", 0, "people"),  # only people lynch, whatever names them
        ("A shepherd was lynched by zealots.", 5, "people"),
        ("Armed youths blocked the road to the mine.", 1, "armed"),
        ("Vigilantes chased the raiders out of the village.", 0, "armed"),
        ("Elephants trampled a watchman at the tea estate.", 0, "thing"),  # (an "-ants" word, no agent)
        ("The Lions attacked down the left wing.", 1, "org"),  # a team, no animal
    ],
)
def test_who_does_what_only_people_do_is_people_and_animals_are_no_actors(nlp, text, i, want):
    from newsgraph.events import participants as pt

    d = nlp(text)
    assert pt.kind(d[i], d[i].text) == want


@pytest.mark.parametrize(
    "text",
    [
        "A leopard mauled two herders near the forest reserve on Tuesday.",
        "Elephants raided a farm at night and trampled a watchman to death.",
    ],
)
def test_an_animal_that_attacks_people_makes_no_conflict_event(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.type in CONFLICT]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Market women beat a suspected pickpocket to death near the bus park.", "beat"),
        ("Zealots lynched a shepherd accused of blasphemy in the hill district.", "lynched"),
        ("Settlers from the lowlands ransacked a grain store run by the diocese.", "ransacked"),
        ("Angry youths set fire to the houses of two suspected informers.", "set"),
        ("A fierce gunfight broke out between traffickers and border guards at dawn.", "gunfight"),
    ],
)
def test_mob_violence_arson_of_homes_and_gunfights_are_assaults(pipeline, text, trigger):
    assert "ASSAULT" in {e.type for e in _events(pipeline, text) if e.trigger == trigger}


@pytest.mark.parametrize(
    ("text", "trigger", "etype"),
    [
        ("Navy commandos captured a drug lord at his ranch outside the port city.", "captured", "COERCE"),  # an arrest
        ("Bandits seized a truckload of farm workers on the road to the market.", "seized", "ASSAULT"),  # an abduction
    ],
)
def test_forces_that_capture_a_criminal_arrest_him_and_gunmen_who_seize_people_abduct_them(pipeline, text, trigger, etype):
    assert etype in {e.type for e in _events(pipeline, text) if e.trigger == trigger}


def test_a_treaty_of_friendship_signed_stays_support(pipeline):
    assert "SUPPORT" in {e.type for e in _events(pipeline, "The two countries on Monday signed a treaty of friendship, trade and navigation.")}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Armed men carted away nine farmers from their fields near the river.", "carted"),
        ("The ward councillor was whisked away by men in a black van on Monday night.", "whisked"),
        ("Masked men held the presenters of a radio station at gunpoint for an hour.", "held"),
        ("Cattle raiders made off with 150 cows after a night attack on the camp.", "made"),
        ("Bandits swooped on a farming settlement before dawn, killing four.", "swooped"),
    ],
)
def test_carrying_people_or_herds_off_holding_at_gunpoint_and_swooping_are_assaults(pipeline, text, trigger):
    assert "ASSAULT" in {e.type for e in _events(pipeline, text) if e.trigger == trigger}


@pytest.mark.parametrize(
    "text",
    ["Paramedics carried away the wounded after the crash.", "The opposition leader was whisked away by plainclothes police after the rally."],
)
def test_carrying_off_by_medics_or_the_police_is_no_abduction(pipeline, text):
    assert "ASSAULT" not in {e.type for e in _events(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "trigger", "etype"),
    [
        ("Fighter jets bombed militia sites outside the port on Sunday.", "bombed", "ASSAULT"),  # sites bombed, no website
        ("Air defence units intercepted two cruise missiles over the capital overnight.", "intercepted", "ASSAULT"),
        ("Armed gangs imposed a levy on every family in the valley.", "imposed", "COERCE"),  # extortion, no sanction
        ("A crowd hacked two surveyors to death, believing they were spreading disease.", "hacked", "ASSAULT"),
    ],
)
def test_bombed_sites_intercepted_missiles_gang_levies_and_killings_near_a_disease_word(pipeline, text, trigger, etype):
    assert etype in {e.type for e in _events(pipeline, text) if e.trigger == trigger}


def test_hackers_on_a_website_still_coerce_and_customs_intercepting_a_truck_is_no_attack(pipeline):
    assert "COERCE" in {e.type for e in _events(pipeline, "Hackers attacked the ministry's website on Monday.")}
    assert "ASSAULT" not in {e.type for e in _events(pipeline, "Customs officers intercepted a truck carrying cigarettes.")}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The bodies of two farmers were found dumped in a ditch outside the town.", True),
        ("A missing union organiser was found with bullet wounds in a cane field.", True),
        ("Four corpses bearing signs of torture were dumped beside the ring road.", True),
        ("The bodies of nine migrants were found in the desert near the border.", False),
    ],
)
def test_bodies_found_with_signs_of_killing_report_an_assault(pipeline, text, want):
    assert ("ASSAULT" in {e.type for e in _events(pipeline, text)}) is want


@pytest.mark.parametrize(
    ("text", "trigger", "etype"),
    [
        ("Security forces opened fire on demonstrators blocking a bridge over the river, killing four.", "opened", "ASSAULT"),
        ("Fighter jets struck suspected rebel hideouts in the hills, the air force said.", "struck", "ASSAULT"),
        ("The insurgent group freed nine policemen it had seized at a checkpoint.", "freed", "RETREAT"),
    ],
)
def test_opening_fire_air_strikes_on_suspects_and_captives_freed_by_insurgents(pipeline, text, trigger, etype):
    assert etype in {e.type for e in _events(pipeline, text) if e.trigger == trigger}


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker seized a 25% share of the German electric van market within three years.",
        "The Korean chipmaker seized a bigger share of the Chinese smartphone market.",
    ],
)
def test_a_firm_that_seizes_a_share_of_a_market_makes_no_event(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.type in CONFLICT]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Odesa hit by drone barrage for third night", "ASSAULT"),
        ("Cotton growers laid siege to the district office demanding unpaid dues.", "PROTEST"),
        ("Municipal authorities bulldozed the shacks of 80 families on the riverbank.", {"ASSAULT", "COERCE"}),
    ],
)
def test_hit_by_a_barrage_a_siege_laid_by_growers_and_homes_bulldozed(pipeline, text, etype):
    want = {etype} if isinstance(etype, str) else etype
    assert want & {e.type for e in _events(pipeline, text)}


def test_a_pedestrian_hit_by_a_car_is_no_attack(pipeline):
    assert not [e for e in _events(pipeline, "A pedestrian was hit by a car near the market.") if e.type in CONFLICT]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Pensioners camped outside the health ministry over unpaid allowances.", True),
        ("Laid-off miners gathered outside the governor's office against the closure of the pit.", True),
        ("Tourists gathered outside the parliament to watch the changing of the guard.", False),
        ("Reporters camped outside the court awaiting the verdict.", False),
    ],
)
def test_people_gathered_at_a_seat_of_power_over_a_grievance_protest(pipeline, text, want):
    assert ("PROTEST" in {e.type for e in _events(pipeline, text)}) is want


@pytest.mark.parametrize(
    "text",
    [
        "Six Naxalites with rewards on their heads surrendered before the district police chief on Friday.",
        "Four Maoist cadres carrying rifles surrendered before the police in the forest district.",
    ],
)
def test_fighters_who_surrender_retreat(pipeline, text):
    assert "RETREAT" in {e.type for e in _events(pipeline, text) if e.trigger == "surrendered"}


def test_a_firm_that_surrenders_a_licence_makes_no_retreat(pipeline):
    assert not _events(pipeline, "The company surrendered its licence.")


#: reports that hold one event, of this type only (each group was a test of its own, written with
#: its rule; the id names it)
ONE_EVENT_OF_TYPE = [
    pytest.param("Croatian police pushed back a group of 30 migrants into Bosnia on Sunday.", "COERCE", id="people_pushed_back_at_a_border_are_coerced_not_attacked-0"),
    pytest.param("The navy turned back two boats carrying asylum seekers.", "COERCE", id="people_pushed_back_at_a_border_are_coerced_not_attacked-1"),
    pytest.param("The interior ministry rejected the allegations as fabricated.", "REJECT", id="rejecting_accusations_is_a_rejection-0"),
    pytest.param("The junta's spokesman dismissed the accusations on state television.", "REJECT", id="rejecting_accusations_is_a_rejection-1"),
    pytest.param("Uzbekistan closed two border crossings with Tajikistan on Thursday.", "COERCE", id="closing_a_border_restricts_movement-0"),
    pytest.param("The frontier was sealed by Algerian troops after the shooting.", "COERCE", id="closing_a_border_restricts_movement-1"),
    pytest.param("The regulator ordered the lender to end the practice within 60 days.", "COERCE", id="an_order_to_end_an_act_coerces-0"),
    pytest.param("The ministry ordered the airline to halt flights or face daily penalty payments.", "COERCE", id="a_penalty_payment_is_no_game-0"),
    pytest.param("The ministry ordered the ferry operator to publish its safety records.", "REQUEST", id="an_infinitive_to_is_no_lent_preposition-0"),
    pytest.param("The ministry dismissed claims that troops had looted shops in the market.", "REJECT", id="a_disputed_claim_is_no_act-0"),
]


@pytest.mark.parametrize(("text", "etype"), ONE_EVENT_OF_TYPE)
def test_one_event_of_its_type(pipeline, text, etype):
    assert [e.type for e in _events(pipeline, text)] == [etype]


#: reports among whose events one has this type (as above)
HAS_EVENT_OF_TYPE = [
    pytest.param("Canada expressed concern over the detention of the two activists.", "ACCUSE", id="concern_voiced_about_an_act_is_a_criticism-0"),
    pytest.param("Norway voiced alarm at the verdict against the editor.", "ACCUSE", id="concern_voiced_about_an_act_is_a_criticism-1"),
    pytest.param("Ethiopian forces responded with drone strikes on rebel positions in the hills.", "ASSAULT", id="a_reply_in_force_is_the_attack_it_names-0"),
    pytest.param("The militia answered with rocket fire on the garrison.", "ASSAULT", id="a_reply_in_force_is_the_attack_it_names-1"),
    pytest.param("The government and the rebels signed a cessation of hostilities in Nairobi.", "AGREE", id="sides_that_sign_a_truce_or_a_peace_agree_to_stop_fighting-0"),
    pytest.param("The two militias inked a peace pact brokered by the bishop.", "AGREE", id="sides_that_sign_a_truce_or_a_peace_agree_to_stop_fighting-1"),
    pytest.param("The army and the rebels signed a truce on Friday.", "AGREE", id="sides_that_sign_a_truce_or_a_peace_agree_to_stop_fighting-2"),
]


@pytest.mark.parametrize(("text", "etype"), HAS_EVENT_OF_TYPE)
def test_an_event_of_its_type(pipeline, text, etype):
    assert etype in {e.type for e in _events(pipeline, text)}


def test_an_act_listed_in_what_a_meeting_includes_is_a_topic(pipeline):
    text = (
        "The summit will include a detailed discussion of the alliance's plans, its working groups on maritime "
        "security, combatting foreign fighters, terrorist financing and reconstruction."
    )
    assert not [e for e in _events(pipeline, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Typhoon Moli slams Luzon, cutting power to 80,000 homes",
        "Cyclone Amara batters Mozambique as thousands flee",
    ],
)
def test_a_named_storm_is_no_actor(pipeline, text):
    assert _events(pipeline, text) == []


def test_a_firm_singled_out_with_no_weapon_is_no_attack(pipeline):
    text = "The minister said Beijing was deliberately targeting Japanese carmakers with the new rules."
    assert not [e for e in _events(pipeline, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Fishermen said coastguard officers beat them with sticks at the jetty.", "Fishermen"),
        ("The teacher told reporters that soldiers had detained her for two days.", "teacher"),
    ],
)
def test_the_one_who_recounts_an_act_done_to_them_is_its_target(pipeline, text, target):
    assert any(e.type in ("ASSAULT", "COERCE") and e.target == target for e in _events(pipeline, text))


# 2026-12-08 seventh session (oc18): read on the open-corpus articles outside the gold sets


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("It is vital to punish the gunmen for the massacre.", "punish"),
        ("It is essential that the junta give the agency access at once.", "give"),
        ("The bloc must do everything it can to press the junta to release the detainees.", "press"),
        ("The council should work to end the blockade of the port.", "end"),
    ],
)
def test_an_act_said_to_be_needed_or_in_the_aim_of_a_modal_verb_is_hypothetical(nlp, text, trigger):
    from newsgraph.events.factuality import flags

    tok = next(t for t in nlp(text) if t.text == trigger)
    assert flags(tok).hypothetical


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police used tear gas to disperse the protesters in the square.", "disperse"),
        ("It is worth recalling that police arrested the two men.", "arrested"),
        ("The army moved to retake the town on Sunday.", "retake"),
    ],
)
def test_an_aim_or_a_remark_with_no_modal_stays_factual(nlp, text, trigger):
    from newsgraph.events.factuality import flags

    tok = next(t for t in nlp(text) if t.text == trigger)
    assert not flags(tok).hypothetical


def test_a_need_voiced_in_a_statement_is_no_event(pipeline):
    text = "The bloc must do everything it can to press the junta to release the detainees."
    assert not [e for e in _events(pipeline, text) if e.type == "REQUEST"]


def test_a_meeting_reported_as_scheduled_is_a_meeting_not_an_intent(pipeline):
    text = (
        "Fuel prices rose for a third week. Diplomats said the African Union will hold crisis talks in Addis "
        "Ababa on Monday to discuss the fighting. Markets were calm."
    )
    evs = [e for e in _candidates(pipeline, text) if e.trigger == "hold"]
    assert evs and all(e.type == "CONSULT" and e.future for e in evs)



@pytest.mark.parametrize(
    "text",
    [
        "The coalition is supporting the Northern Front by providing air support.",
        "Ruritanian jets provided close air support for the Northern Front near the border.",
    ],
)
def test_support_given_by_military_means_is_aid(pipeline, text):
    types = {e.type for e in _events(pipeline, text)}
    assert "AID" in types and "SUPPORT" not in types


def test_support_voiced_for_a_bill_stays_support(pipeline):
    assert "SUPPORT" in {e.type for e in _events(pipeline, "The party leader gave strong support to the reform bill.")}


def test_welcoming_soldiers_who_visit_is_hosting_them(pipeline):
    text = "The Borduvian army welcomed soldiers visiting from a Ruritanian brigade for a joint drill."
    assert [e.type for e in _events(pipeline, text) if e.trigger == "welcomed"] == ["CONSULT"]


def test_strikes_that_suppress_a_unit_attack_it(pipeline):
    assert [e.type for e in _events(pipeline, "Near the pass, one strike suppressed a rebel mortar team.")] == ["ASSAULT"]


def test_strikes_made_with_aircraft_against_targets_are_on_the_targets_not_the_place(pipeline):
    text = (
        "On Monday, coalition forces conducted 12 strikes against rebel fighters in Tarsk. In Borduvia, coalition "
        "air units conducted 9 strikes using jets and armed drones against RLF targets. The strikes were part "
        "of the campaign."
    )
    evs = [e for e in _events(pipeline, text) if e.type == "ASSAULT" and e.trigger == "conducted"]
    assert [e.target for e in evs][1:] and "RLF" in (evs[1].target or "")


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian defence minister has asked army officials how the secret files ended up in a rubbish bin.",
        "The senator asked the interior ministry whether the border guards had been warned.",
        'Defence Minister Ivo Marek has asked army officials how papers meant to be kept in "sealed cabinets" turned '
        'up at a bus stop.',
    ],
)
def test_a_question_asked_is_no_request(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.type == "REQUEST"]


def test_asking_someone_to_act_stays_a_request(pipeline):
    assert "REQUEST" in {e.type for e in _events(pipeline, "The rebels asked the government to release the prisoners.")}


# Added in the 2026-12-08 seventh session (issue #10, snippets batch 17): general mechanisms, not words


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Riot police baton-charged jobless graduates marching on the assembly.", {"ASSAULT"}),
        ("Witnesses said the militiamen had gang-raped two girls in the camp.", {"ASSAULT"}),
        ("Police cane-charge jobless graduates outside ministry", {"ASSAULT"}),
    ],
)
def test_a_verb_glued_to_a_noun_is_read_as_a_verb(pipeline, text, etype):
    """A noun-hyphen-verb compound the tagger reads as an adjective is parsed again unglued."""
    assert {e.type for e in _events(pipeline, text)} & etype


def test_a_glued_participle_that_modifies_a_noun_stays_an_adjective(pipeline):
    assert [(e.type, e.actor) for e in _events(pipeline, "Kremlin-backed militias attacked the border post on Monday.")] == [
        ("ASSAULT", "Kremlin-backed militias")
    ]
    assert _events(pipeline, "The state-owned refinery raised fuel prices by a tenth.") == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # a result clause that tells the toll makes its act an attack, whatever the act's verb
        ("Armed men raked the taxi rank with gunfire, leaving six dead.", {"ASSAULT"}),
        ("Raiders peppered the ferry terminal with bullets, leaving four people injured.", {"ASSAULT"}),
        # abduction and sexual violence are done to people, whoever the parse takes as the target
        ("On 4 June, three boys kidnapped a health worker in Wum.", {"ASSAULT"}),
        # a market attacked or burnt by fighters is a marketplace, not a metaphor
        ("Gunmen attacked a fish market in the delta town at dusk.", {"ASSAULT"}),
        ("Militiamen torched the cattle market at dawn.", {"ASSAULT"}),
        # a hijacking by an armed band is an abduction of the craft, whatever craft it is
        ("Sea raiders hijacked a cargo dredger in the gulf.", {"ASSAULT"}),
        # an act the dictionary lacks, done to someone with fire or blades, is an attack
        ("Gunmen peppered the bus with bullets on the highway.", {"ASSAULT"}),
        # forces flown, shipped or rushed somewhere are mobilised, whatever else the verb codes
        ("Hundreds of extra soldiers were airlifted to the northern region.", {"MOBILIZE"}),
        # a weapon that is the subject of a verb of throwing, or that its participle hangs on, was thrown
        ("Crude bombs lobbed at councillor's house", {"ASSAULT"}),
        ("Petrol bomb thrown at party office in Kochi", {"ASSAULT"}),
        # people forced into a vehicle by an armed or masked band are abducted, whatever the verb
        ("Hooded men shoved the union organiser into an unmarked van outside the depot.", {"ASSAULT"}),
        # who clashes with a force is people, whatever word names them; units of a state's force act
        ("Ronderos clashed with police near the lagoon.", {"ASSAULT"}),
        ("Security units detained a local journalist at the airport.", {"COERCE"}),
        # a bloc of states is a political body
        ("The trade bloc suspended the junta's membership.", {"SANCTION"}),
    ],
)
def test_general_violence_mechanisms(pipeline, text, etype):
    assert {e.type for e in _events(pipeline, text)} & etype


def test_a_person_set_on_fire_is_an_assault_not_a_riot(pipeline):
    assert {e.type for e in _events(pipeline, "Youths set a suspected cattle thief ablaze in the village square.")} == {"ASSAULT"}


@pytest.mark.parametrize(
    "text",
    [
        "The lorry skidded off the wet road, leaving three dead.",
        "The driver lost control of the minibus, leaving seven passengers dead.",
        "Flash floods swept through the valley, leaving 30 dead.",
        "The central bank's surprise move hit the bond market hard.",
        "Activist shareholders launched a raid on the insurer's shares.",
        "Smugglers loaded the truck with rockets.",
        "The porters loaded the crates into a lorry at the depot.",
        "Housing units were flattened when the hillside gave way.",
        "The chef sliced the loaf with a bread knife.",
    ],
)
def test_a_toll_without_an_attacker_or_a_raid_on_shares_is_no_attack(pipeline, text):
    assert not {e.type for e in _candidates(pipeline, text)} & CONFLICT
