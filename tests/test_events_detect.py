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
        ("The foreign minister strongly condemns the barbaric terrorist attacks in Ankara today.", "condemns"),
        ("Also today, the senator commented on yesterday's suicide bombings in Kabul.", "commented"),
        ("The news agency reported an attack on a convoy near the border.", "reported"),
    ],
)
def test_who_comments_on_an_attack_does_not_make_it(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger and e.type == "ASSAULT"]


def test_condemning_an_attack_is_an_accusation(pipeline):
    ev = _one(pipeline, "The foreign minister strongly condemns the barbaric terrorist attacks in Ankara today.", "condemns")
    assert ev.type == "ACCUSE" and ev.actor == "foreign minister"


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("A local commander was struck and killed by a coalition airstrike near the dam.", "struck", "coalition"),
        ("A series of precision French airstrikes this week killed more than 20 militants.", "killed", "French"),
    ],
)
def test_the_owner_of_the_weapon_acts(pipeline, text, trigger, actor):
    assert _one(pipeline, text, trigger).actor == actor


def test_a_weapon_without_an_owner_is_no_actor(pipeline):
    ev = _one(pipeline, "Four shells hit the area near the army posts, the agency said.", "hit")
    assert ev.type == "ASSAULT" and ev.actor is None


def test_a_headline_passive_noun_is_the_patient(pipeline):
    evs = [e for e in _events(pipeline, "The Greek navy said 300 migrants rescued off the coast were safe.") if e.trigger == "rescued"]
    assert all(e.actor != "migrants" for e in evs)


def test_the_target_of_a_shot_is_where_it_is_aimed(pipeline):
    ev = _one(pipeline, "The agency said the army fired 36 shells at police posts on the border.", "fired")
    assert ev.type == "ASSAULT" and ev.target and "posts" in ev.target


def test_fighting_off_is_no_talk(pipeline):
    ev = _one(pipeline, "The army fought off several counterattacks the next day.", "fought")
    assert ev.type == "ASSAULT"


def test_an_armed_force_that_withdraws_retreats(pipeline):
    ev = _one(pipeline, "The rebels withdrew a short distance after the shelling.", "withdrew")
    assert ev.type == "RETREAT" and ev.actor == "rebels"


def test_they_after_an_opening_clause_is_its_subject(pipeline):
    text = "After the soldiers came under heavy fire from rebel fighters in a school, they requested air support from the coalition."
    assert _one(pipeline, text, "requested").actor == "soldiers"


@pytest.mark.parametrize(
    ("text", "etype", "actor", "target"),
    [
        ("The convoy came under attack by militants near the border.", "ASSAULT", "militants", "convoy"),
        ("The minister came under fire from opposition lawmakers for his remarks.", "ACCUSE", "opposition lawmakers", "minister"),
    ],
)
def test_who_comes_under_fire_is_the_target(pipeline, text, etype, actor, target):
    ev = _one(pipeline, text, "came")
    assert ev.type == etype and ev.actor and ev.actor.startswith(actor) and ev.target == target


def test_a_trip_made_to_meet_is_a_visit(pipeline):
    assert _one(pipeline, "The envoy flew to Ankara to meet the Turkish president.", "flew").type == "CONSULT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The governors want the president to release emergency funds.", "want"),
        ("The ministry told airlines not to buy planes from the sanctioned firm.", "told"),
    ],
)
def test_wanting_or_telling_someone_to_act_is_a_demand(pipeline, text, trigger):
    assert _one(pipeline, text, trigger).type == "REQUEST"


def test_attacks_claimed_by_a_group_are_its_attacks_and_the_condemnation_accuses_it(pipeline):
    text = "The minister condemned the attacks in two coastal towns, for which the militia has claimed responsibility."
    evs = _events(pipeline, text)
    attack = next(e for e in evs if e.trigger == "attacks")
    accuse = next(e for e in evs if e.trigger == "condemned")
    assert attack.type == "ASSAULT" and attack.actor == "militia"
    assert accuse.type == "ACCUSE" and accuse.target == "militia"


WAR_REPORT = (
    "Coalition forces conducted 14 airstrikes against militants near the river on Thursday. "
    "Army troops and allied fighters pushed the offensive forward under artillery cover. "
    "The attacks took place during daylight hours."
)


def test_a_war_report_keeps_the_attacks_it_names_with_their_force(pipeline):
    evs = [e for e in _events(pipeline, WAR_REPORT) if e.trigger == "attacks"]
    assert evs and evs[0].type == "ASSAULT" and evs[0].actor and "Coalition" in evs[0].actor


def test_a_market_report_has_no_attack_without_sides(pipeline):
    text = "Stocks have not been this volatile since the attacks, traders said on Friday."
    assert not [e for e in _events(pipeline, text) if e.type == "ASSAULT"]


def test_the_i_of_a_statement_is_who_said_it(pipeline):
    text = (
        "Foreign Minister Jane Doe welcomes the UN panel's summary of its inquiry into the attack on a hospital, "
        "which took place in Kadu, northern Ruritania, on 19 September.\n\n"
        "The Foreign Minister said:\n\n"
        "I welcome the panel's report, which found that the hospital was attacked from the air.\n"
    )
    ev = _one(pipeline, text, "welcome")
    assert ev.type == "SUPPORT" and ev.actor and "Jane Doe" in ev.actor


def test_a_wish_is_no_appeal(pipeline):
    assert not [e for e in _events(pipeline, "The minister said he hoped those injured in the crash recover quickly.") if e.trigger == "hoped"]


def test_a_headline_in_the_past_is_passive(pipeline):
    ev = _one(pipeline, "Over 900 asylum seekers rescued off Indonesian coast", "rescued")
    assert ev.actor is None and ev.target and "asylum seekers" in ev.target


def test_both_countries_are_the_two_sides_just_named(pipeline):
    text = (
        "Peruvian troops shelled Ecuador's border posts on Thursday. "
        "Both countries have put their militaries on high alert."
    )
    ev = _one(pipeline, text, "put")
    assert ev.type == "MOBILIZE" and ev.actor and "Peruvian" in ev.actor and "Ecuador" in ev.actor


def test_an_attack_claimed_by_a_group_is_its_act(pipeline):
    text = "The council condemned the bombings in the north, including one in the capital claimed by the militia."
    evs = [e for e in _events(pipeline, text) if e.trigger == "bombings"]
    assert evs and evs[0].actor == "militia"


def test_a_headline_meeting_of_ministers_is_the_two_the_story_names(pipeline):
    text = (
        "Ministers discussed the border crisis\n\n"
        "Foreign Minister Jane Doe met Defence Minister Li Wei of Borduria in Geneva on Monday to discuss the crisis.\n"
    )
    ev = _one(pipeline, text, "discussed")
    assert ev.actor and "Jane Doe" in ev.actor and "Li Wei" in ev.actor


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 was also hit hard, losing 39 points.",
        "Carmakers were hit badly by the slump in demand.",
        "The new sedan will face stiff competition from its rivals.",
        "The commission's report details attacks against civilians in the north.",
    ],
)
def test_figures_of_speech_and_reports_are_no_attacks_or_meetings(pipeline, text):
    verbs = {"hit", "face", "details"}
    assert not [e for e in _events(pipeline, text) if e.type in ("ASSAULT", "CONSULT") and e.trigger in verbs]


def test_the_act_of_a_mission_is_its_owners_not_the_commenters(pipeline):
    ev = _one(pipeline, "The minister comments on the start of the Iraqi mission to recapture the city.", "recapture")
    assert ev.actor != "minister"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The agreement is intended to deliver on the president's commitment to the region.", "intended"),
        ("The start of the operation marks another step forward towards peace.", "marks"),
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
        "Hackers attack the ministry of finance website",
        "The party's website is being attacked by hackers, according to an online posting.",
    ],
)
def test_hackers_attacking_a_website_coerce(pipeline, text):
    evs = [e for e in _events(pipeline, text) if e.trigger.startswith("attack")]
    assert evs and evs[0].type == "COERCE" and evs[0].actor and "ackers" in evs[0].actor


def test_a_main_verb_tagged_as_a_noun_is_still_read(pipeline):
    text = "The Members of the Security Council urge the Prime Minister-designate, Ali Hassan, to work swiftly to form a government."
    ev = _one(pipeline, text, "urge")
    assert ev.type == "REQUEST" and ev.target == "Ali Hassan"


@pytest.mark.parametrize(
    "text",
    [
        "Cisco has promised a compatible release of the software.",
        "The SDK will allow third party software developers to build applications.",
        "Boeing has entered into an agreement with Russian airline Aeroflot to sell 22 aircraft.",
        "\"We want to thank our teams for their dedication,\" said the Airbus President and Chief Executive Officer.",
        "\"We plan to use the 787 to expand our business,\" says ANA senior vice president Mitsuo Morimoto.",
    ],
)
def test_business_between_firms_is_no_event(pipeline, text):
    assert not _events(pipeline, text)


def test_a_defeat_in_a_vote_is_no_attack_and_who_lost_resigns(pipeline):
    evs = _events(pipeline, "The opposition leader was defeated in this district, and resigned his leadership of the party.")
    assert not [e for e in evs if e.type == "ASSAULT"]
    ev = next(e for e in evs if e.trigger == "resigned")
    assert ev.type == "RETREAT" and ev.actor == "opposition leader"


def test_troops_moved_within_the_country_mobilize(pipeline):
    assert _one(pipeline, "The government deployed troops to the border region after the clashes.", "deployed").type == "MOBILIZE"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Iraqis unite against the militants.", "unite"),
        ("The United States stands with the Iraqi people as they confront the militants.", "confront"),
        ("The country will be able to benefit from this loan guarantee.", "benefit"),
        ("The society is closely associated with the Syrian state.", "associated"),
        ("The minister said the people of the region can count on support from the government.", "count"),
    ],
)
def test_verbs_in_a_sense_that_is_no_act(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "etype"),
    [
        ("The EU will host in Brussels a round of bilateral talks on the conflict.", "host", "CONSULT"),
        ("The envoy has been engaging with the full spectrum of Syrian society.", "engaging", "CONSULT"),
        ("Our partners are pushing the militants out of the valley.", "pushing", "ASSAULT"),
        ("Police prevented the demonstration staged by students at the university.", "prevented", "COERCE"),
    ],
)
def test_verb_senses_by_their_complements(pipeline, text, trigger, etype):
    assert _one(pipeline, text, trigger).type == etype


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The groups focused on supporting refugees and preventing sexual violence in conflict.", "preventing"),
        ("The police officers were called on to ask their questions.", "called"),
    ],
)
def test_causes_and_turns_to_speak_are_no_acts(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


def test_who_is_encouraged_by_a_decision_supports_its_maker(pipeline):
    text = "The members of the council are encouraged by the decision of the president to appoint a new premier."
    ev = _one(pipeline, text, "encouraged")
    assert ev.type == "SUPPORT" and ev.actor == "council" and ev.target == "president"


def test_airstrikes_read_as_a_verb_still_name_their_owner(pipeline):
    text = "A series of precision U.S. airstrikes against militant operatives this week killed more than 20 militants."
    assert _one(pipeline, text, "killed").actor == "U.S."


def test_welcoming_a_deal_is_praise(pipeline):
    assert _one(pipeline, "The minister welcomes the new budget deal between the two governments.", "welcomes").type == "SUPPORT"


def test_standing_by_a_state_supports_it_and_uk_is_a_state(pipeline):
    ev = _one(pipeline, "The UK stands by Iraq to defeat the militants and end this violence.", "stands")
    assert ev.type == "SUPPORT" and ev.target == "Iraq" and ev.actor_kind == "political"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The colonel hails from the southern town of Amarah.", "hails"),
        ("He commanded a garrison in the south under the old regime.", "commanded"),
        ("The tour of the new airliner has been delayed by engine trouble.", "delayed"),
    ],
)
def test_origins_posts_and_schedules_are_no_events(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


def test_research_at_a_university_accuses_no_city(pipeline):
    evs = _events(pipeline, "In 2010 the biologist began postdoctoral research at Helsinki.")
    assert not [e for e in evs if e.target == "Helsinki"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Carmakers in the U.S. are struggling with poor profitability and shrinking market shares.", "struggling"),
        ("News of the police response to the boy's clock has inspired a global social movement.", "inspired"),
        ("His father said he was taking his entire family to the U.N.", "taking"),
    ],
)
def test_struggles_news_and_trips_are_no_acts(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


def test_a_strike_that_hit_is_an_assault_and_a_declared_war_a_threat(pipeline):
    assert _one(pipeline, "A US strike hit the headquarters compound itself, he added.", "hit").type == "ASSAULT"
    ev = _one(pipeline, "The rebel group declares war on the government in an online video.", "declares")
    assert ev.type == "THREATEN"


def test_condemning_today_s_attack_accuses_no_date(pipeline):
    ev = _one(pipeline, "The United States strongly condemns today's brutal rocket attack on the camp.", "condemns")
    assert ev.type == "ACCUSE" and ev.target is None


@pytest.mark.parametrize(
    "text",
    [
        "Russia's major stock markets have been suspended.",
        "The fleet's mission is to conduct maritime security operations in the gulf.",
    ],
)
def test_markets_and_missions_are_no_political_acts(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.type in ("SANCTION", "ASSAULT")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The previous cyclone in 1999 left 10,000 people dead.", "left"),
        ("The government appears to have taken the threat of the cyclone seriously.", "taken"),
        ("\"The company has demonstrated that it can build cars,\" he said.", "demonstrated"),
        ("It will serve as a meeting place for the area's Muslims.", "serve"),
    ],
)
def test_storms_threats_of_storms_shows_of_skill_and_buildings_are_no_events(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


def test_both_countries_are_two_states_not_a_state_and_its_loudspeakers(pipeline):
    text = (
        "Peru said it would attack any loudspeakers on the border. "
        "Ecuador's army shelled Peruvian border posts on Thursday. "
        "Both countries have put their militaries on high alert."
    )
    ev = _one(pipeline, text, "put")
    assert ev.actor and "loudspeakers" not in ev.actor


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Membership of the European Union also gives both countries a voice in the world.", "gives"),
        ("Last year's terror attacks in the capital discussed the fight against extremism.", "discussed"),
    ],
)
def test_states_of_affairs_and_acts_do_not_act(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e.trigger == trigger]


def test_a_statements_title_is_who_speaks_not_the_leader_it_is_about(pipeline):
    text = (
        "Foreign Minister welcomes new sanctions listings that apply further pressure on Kovac's brutal regime.\n\n"
        "Jane Doe said: The country has worked tirelessly with other member states to secure new sanctions on the "
        "regime. Kovac's forces have shelled the city for months. Kovac must end the violence.\n\n"
        "These sanctions show that the union is united in its condemnation of Kovac's brutal policies.\n"
    )
    ev = _one(pipeline, text, "welcomes")
    assert ev.actor == "Jane Doe"
