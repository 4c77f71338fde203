"""Precision guards of the coder on real parses with the real actors stage: words of force that
mean politics (force idioms), labels, topics, characterisations, and who did a reported act."""

from __future__ import annotations

import pytest

from event_coding import coded


def roots(text: str) -> set[str]:
    return {e.root for e in coded(text)}


FORCE = {"15", "16", "17", "18", "19", "20"}


@pytest.mark.parametrize(
    "text",
    [
        "Republican senators seized on the report to attack the administration's budget plan.",
        "The Clinton campaign is targeting young voters in Ohio.",
        "Sanders beat Clinton by 20 points in the Michigan primary.",
        "The former minister died of a heart attack in 2003.",
        "The governor has vowed to keep fighting discrimination in the state.",
    ],
)
def test_idioms_of_politics_are_no_material_conflict(text):
    assert not roots(text) & FORCE


def test_firing_back_at_a_politician_is_criticism():
    text = "Senator Elizabeth Warren fired back at Treasury Secretary Steven Mnuchin over the plan."
    assert [e.cameo for e in coded(text)] == ["111"]


def test_a_politician_attacking_a_person_criticises_but_militants_attack():
    assert roots("Trump attacked Senator John McCain on Twitter.") == {"11"}
    assert roots("Hamas militants attacked an army post near Gaza on Monday.") == {"19"}


def test_a_noun_attack_is_unconventional_violence_unless_a_state_or_its_army_did_it():
    assert {e.cameo for e in coded("The Orlando attack shocked the country.")} == {"180"}
    assert "190" in {e.cameo for e in coded("The Israeli army attack on the camp killed five.")}


def test_a_participle_that_labels_a_person_is_no_accusation():
    text = "Two Americans accused of helping the escape were indicted by Japanese prosecutors."
    assert roots(text) == {"17"}


def test_an_organisation_in_apposition_is_the_office_a_person_acts_for():
    text = "Jan Egeland, the United Nations relief coordinator, condemned the blockade of Gaza."
    criticism = [e for e in coded(text) if e.root == "11"]
    assert criticism and criticism[0].source.sector == "IGO"


def test_who_condemns_an_act_did_not_do_it():
    text = "Jan Egeland, the United Nations relief coordinator, condemned the blockade of Gaza."
    blockade = [e for e in coded(text) if e.root == "19"]
    assert blockade and blockade[0].source.sector != "IGO"


def test_a_passive_killing_in_a_bombing_is_the_bomb_s():
    text = "Three soldiers were killed in a car bomb explosion in Kabul on Sunday."
    killing = [e for e in coded(text) if e.root == "18"]
    assert killing and (killing[0].source.country, killing[0].source.sector) == ("AFG", "UAF")


def test_a_topic_is_no_event():
    text = "As for requests to lift the sanctions, the minister said he was skeptical."
    assert "10" not in roots(text)


def test_a_relative_clause_in_the_present_characterises_a_named_actor():
    text = "Israel threatened to ban voting if Hamas, which advocates Israel's destruction, ran."
    assert roots(text) == {"13"}


def test_a_dateline_place_gives_way_to_the_doer_in_apposition():
    text = "NAIROBI, Kenya's leading opposition party on Wednesday accused the government of lying."
    accusation = [e for e in coded(text) if e.root == "11"]
    assert accusation and accusation[0].source.sector == "OPP"


def test_an_investigation_presupposes_the_act_it_investigates():
    text = "The commission ordered a probe into the murder of a prisoner in Cuttack."
    assert "18" in roots(text)


def test_a_thing_s_purpose_is_no_event():
    text = "The Senate debated a bill aimed at forcing China to let its currency rise."
    assert "17" not in roots(text)


def test_denying_visas_reduces_relations():
    text = "Its members were denied visas by the U.S. State Department."
    assert "16" in roots(text)


def test_investigators_are_not_the_killers():
    text = "Police opened an investigation into the killing of a journalist."
    killing = [e for e in coded(text) if e.root == "18"]
    assert killing and killing[0].source.sector != "COP"


def test_force_as_a_purpose_or_in_a_time_to_come_has_not_happened():
    assert not roots("They travelled to Syria to fight the Islamic State.") & FORCE
    assert not roots("Police are watching the gunmen until they attack the town.") & FORCE
    assert roots("The gunmen attacked the town on Monday.") & FORCE


@pytest.mark.parametrize(
    "text",
    [
        # words aimed at people: criticism, not force
        "Such attacks on the most recent Republican president are unheard-of among candidates.",
        "Cruz fielded the most attacks from his rivals for the nomination in the debate.",
        # statistics and habits
        "Only one person was killed by a gun last year in Japan, according to the police.",
        "In 2014, about 82 percent of murders involving white victims were committed by whites.",
        "Among murders involving black victims, 90 percent were committed by black people.",
        "Chicago had 762 murders in 2016, more than New York and Los Angeles combined.",
        "The county recorded 40 shootings last year, including three killings at a mall.",
        "Homicides occur among people of the same race because people are usually murdered by "
        "someone they already know.",
        # force that is a purpose, a plan, a call, a wish or advocacy, not an act
        "They are headed to Syria to help fight the Islamic State in its stronghold.",
        "The candidates said the United States should take measures to tighten border controls.",
        "He sent a memo explaining his plan, which includes confiscating money that migrants send.",
        '"Let them fight each other and pick up the remnants," he said.',
        "More bombing.",
        "If elected I will fight for you, your family and this great country.",
        "She said that when you attack him, he will punch back ten times harder.",
        # a passive of circumstance, a fight with no one fought
        "In some cases, Verizon was forced to postpone installations by a matter of weeks.",
        "Clinton and her Democratic allies launched a new offensive in Ohio on Tuesday.",
        # a counterfactual, a prediction, an item of a list
        "They would have been scared that we would have gotten a laser on them and killed them.",
        '"I think this is going to destroy Germany," he said.',
        "Imposing tough sanctions on Iran that forced its leaders to the bargaining table.",
        # contests for voters and nominations
        "Cruz is battling Trump for evangelical voters.",
        "Trump demolished his rivals in the primaries.",
        # a comeback, a struggle against what is no one
        "He battled back to finish a closer-than-expected second to former senator Paul Tsongas.",
        "Noting that both Reagan and Trump battled staunch criticism from the media, she smiled.",
        # skills, prices and words aimed at; a quarrel; a fight in Congress; an adjective
        "Some of her followers attacked her Spanish-language skills.",
        "The club charged a $100,000 initiation fee, 90 percent of it refundable.",
        "Mr. Manafort rose in power after repeated clashes with Mr. Lewandowski.",
        "The clash raised serious doubts about whether Congress will heed warnings.",
        "Family members are introduced - and often star-struck.",
    ],
)
def test_politics_statistics_and_plans_are_no_material_conflict(text):
    assert not roots(text) & FORCE


def test_a_tally_needs_a_count_and_a_year_and_its_own_verb():
    """Acts counted over a year are a record; the same acts carried out are events."""
    assert roots("Militants carried out two bombings in Kabul in 2014.") & FORCE
    assert roots("Police said the city had a bombing on Monday.") & FORCE


@pytest.mark.parametrize(
    "text",
    [
        "Trump hit Clinton over her emails on Monday.",
        "Rubio ripped into Trump on Sunday.",
        "The Democrats ambushed Trump with a new ad.",
        "Mr. Trump held a news conference in which he continued his assault on Mr. Bush.",
    ],
)
def test_hitting_a_politician_is_criticism(text):
    assert "11" in roots(text) and not roots(text) & FORCE


def test_a_contracted_would_threatens():
    assert roots("In response, Trump assured voters he'd force Mexico to pay for the wall.") & {
        "13"
    }


@pytest.mark.parametrize(
    ("text", "root"),
    [
        (
            "Mr. Putin admitted that Russian soldiers had fought in the war in eastern Ukraine.",
            "19",
        ),
        ("It has seized large parts of Iraqi and Syrian territory.", "19"),
        ("Taliban fighters ambushed a police convoy in Helmand.", "19"),
        ("Dozens of people were killed in a car bomb explosion in Kabul last year.", "18"),
    ],
)
def test_real_force_stays_force(text, root):
    assert root in roots(text)


def test_irregular_force_on_the_unarmed_is_assault_and_on_soldiers_a_fight():
    assert {e.cameo for e in coded("Rebels attacked a village in northern Mali on Monday.")} == {
        "180"
    }
    fight = coded("Rebels attacked government troops in northern Mali on Monday.")
    assert {e.cameo for e in fight} == {"190"}
    state = coded("Russian troops attacked the city of Kharkiv on Monday.")
    assert {e.cameo for e in state} == {"190"}


def test_unspecified_force_with_no_state_or_armed_side_is_an_assault():
    # CAMEO 18 (assault) vs 19 (conventional force between armed actors)
    assert {e.cameo for e in coded("A man opened fire on worshippers at a mosque on Friday.")} == {
        "180"
    }
    assert "19" in roots("Protesters clashed with police in the capital on Sunday.")


@pytest.mark.parametrize(
    "text",
    [
        "The sport remains dominated by men, most of them white.",
        "Trump continues to dominate the Republican field despite tough press coverage.",
    ],
)
def test_an_imported_verb_alone_is_no_material_conflict(text):
    # PETRARCH's bare reading of "dominate" as force (190)
    assert not roots(text) & FORCE


@pytest.mark.parametrize(
    "text",
    [
        "We have to catch and capture the criminals responsible for it.",  # an obligation
        "It is not yet clear whether the police have charged anyone for the crime.",  # a question
        # a topic, on a condition
        "Santilli discusses burying illegal guns and shooting federal agents if they came through "
        "his door.",
        "The militia leader joked about bombing the federal building.",  # a topic
        "Two of the injured were women and a child.",  # people named by what happened to them
        "Critics of the government are subject to arrest by the security police.",  # an exposure
        "I think our country does plenty of killing also.",  # an amount of acts
        "The plane crashed into a mountain, killing all 224 people aboard.",  # an accident
        "The disease is ravaging West Africa, killing 2,500 people in Guinea.",  # a disease
    ],
)
def test_words_of_force_that_tell_of_no_act_done(text):
    assert not roots(text) & FORCE


def test_charged_with_a_deed_is_a_charge_but_charged_with_a_task_is_not():
    assert roots("Police charged two men with murdering the shopkeeper.") == {"17"}
    text = "Parts of the administration charged with overseeing the transition have not succeeded."
    assert not roots(text) & FORCE


# A campaign story of some 160 words with no word of violence (written for this test).
CAMPAIGN = (
    "The presidential race tightened on Tuesday as both campaigns turned to the economy. "
    "Clinton spoke to supporters in Ohio about wages, trade and the cost of college, and promised "
    "a plan to rebuild roads and bridges. Her aides said the campaign would spend more on "
    "television advertising in Pennsylvania and Florida over the coming weeks. Trump held a rally "
    "in North Carolina, where he repeated his promise to renegotiate trade deals and cut taxes for "
    "businesses. Polls published this week show the two candidates close in several states that "
    "decided the last election. Democrats in Congress urged the party to focus on health care, "
    "while Republican leaders said voters cared most about jobs. In an incendiary press "
    "conference, Trump launched a pre-emptive attack against Obama, calling him the worst "
    "president in history. The White House declined to respond. Analysts said the coming debates "
    "would matter more than the advertising, and that turnout among young voters remained the "
    "largest question for both parties in November."
)


def codes_of(text: str, sentence: str) -> set[str]:
    return {e.cameo for e in coded(text) if e.sentence == sentence}


ATTACK = (
    "In an incendiary press conference, Trump launched a pre-emptive attack against Obama, "
    "calling him the worst president in history."
)
ASSAULT = "The new assault comes as Democrats try to hone their message."
VIOLENCE = "Gunmen killed two soldiers and wounded five police officers in a bombing."


def test_an_attack_in_a_story_that_tells_of_no_violence_is_criticism():
    assert codes_of(CAMPAIGN, ATTACK) == {"111"}
    assert codes_of(CAMPAIGN.replace(ATTACK, ASSAULT), ASSAULT) == {"111"}
    # not when the story tells of violence, nor when a state attacks a state
    violent = CAMPAIGN.replace(ATTACK, ASSAULT).replace(
        "The White House declined to respond.", VIOLENCE
    )
    assert codes_of(violent, ASSAULT) == {"180"}
    states = ATTACK.replace("Trump", "Russia").replace("Obama", "Ukraine")
    # (its "calling him the worst president" is a criticism of its own: naming, 111)
    assert codes_of(CAMPAIGN.replace(ATTACK, states), states) == {"190", "111"}


@pytest.mark.parametrize(
    "text",
    [
        "We are hurting because we are not getting the opportunities we were promised.",
        "The ban will hurt the country's war-ravaged economy, aid officials said.",
        "We are still being held hostage by political games, the opposition leader said.",
        "Muslims around the world hear that there is a clash of civilizations, she said.",
    ],
)
def test_harm_felt_or_done_to_things_and_ideas_is_no_material_conflict(text):
    assert not roots(text) & FORCE


@pytest.mark.parametrize(
    "text",
    [
        "Obama's contentious 2008 primary battle with Clinton made him a stronger candidate.",
        "Republicans are so used to losing the public relations battle that they give up early.",
        "The company has fought a long legal battle with its former owners.",
    ],
)
def test_a_battle_in_an_arena_of_no_force_is_no_material_conflict(text):
    assert not roots(text) & FORCE


BATTLE = "Obama benefited from the long battle with Clinton."
GUN_BATTLE = "Government forces fought a fierce street battle with rebels outside parliament."


def test_a_battle_in_a_story_that_tells_of_no_violence_is_no_event():
    assert not codes_of(CAMPAIGN.replace(ATTACK, BATTLE), BATTLE) & FORCE
    # a battle of armed sides, or in a story that tells of violence, stays a fight
    assert "19" in roots(GUN_BATTLE)
    violent = CAMPAIGN.replace(ATTACK, BATTLE).replace(
        "The White House declined to respond.", VIOLENCE
    )
    assert {c[:2] for c in codes_of(violent, BATTLE)} & FORCE


@pytest.mark.parametrize(
    "text",
    [
        "They blame failures in the mental health system, not gun laws, for mass shootings.",
        "As mass shootings have gotten deadlier, Democrats have pressed for new gun laws.",
    ],
)
def test_a_bare_plural_act_of_force_is_a_kind_of_act_not_an_event(text):
    assert not roots(text) & FORCE


@pytest.mark.parametrize(
    "text",
    [
        "Mass shootings in Orlando and San Bernardino shocked the country last year.",
        "The mass shootings shocked the country.",
        "Gunmen carried out attacks on two police stations.",
    ],
)
def test_placed_counted_or_done_acts_of_force_stay_events(text):
    assert roots(text) & FORCE


@pytest.mark.parametrize(
    "text",
    [
        "The cleric wants foreign fighters to attack the embassy.",
        "Voters who wanted all the migrants deported stayed with him.",
        "The mayor took on the protesters again at the town hall meeting.",
        "Russia could use Syrian airspace to bomb the rebels, the analyst said.",
        "The governor would raise fees or impound remittances to pay for the wall.",
        "The chief noted that nobody has been arrested at the rally.",
        "She recalled how her father taught her how to shoot as a girl.",
        "Attacking immigrants in a nation of immigrants is a contradiction, he said.",
        "The crowd exploded in applause when the senator finished.",
        "He met the families of victims killed by drunk drivers.",
        "General Allen said the candidate endangered American troops with his caustic attacks on Islam.",
        "Jane Doe, another anchor, is taking over Mr. Smith's role at the network.",
        "Such shredders are typically used to destroy classified documents.",
    ],
)
def test_wishes_skills_kinds_and_figures_of_force_are_no_material_conflict(text):
    assert not roots(text) & FORCE


def test_real_force_beside_the_new_guards_stays_force():
    assert "18" in roots("A car bomb exploded near the market, killing four people.")
    assert "18" in roots("Two farmers were killed by militants near the border on Sunday.")
    assert "19" in roots("Armenian forces seized seven districts around the enclave.")


@pytest.mark.parametrize(
    "text",
    [
        "In a two-front war, Clinton targets Trump's gains in the housing crash.",
        "Marco Rubio's support fell after he ratcheted up his attacks and insults toward Trump.",
    ],
)
def test_a_person_s_attack_told_with_no_violence_is_criticism(text):
    assert roots(text) == {"11"}


def test_a_particle_verb_takes_only_its_own_particle_s_imported_frames():
    from eventwire.events.patterns import load

    # PETRARCH's "track down" (173, any object) is no reading of "look for"
    frames = load().verbs["look"]
    assert not any(f.particle == "for" and f.code == "173" and not f.object for f in frames)


def test_attacks_from_a_name_that_is_no_state_and_no_armed_group_are_words():
    assert roots("All year the governor shrugged off attacks from the Liberal Left.") == {"11"}


def test_a_two_sided_word_of_fighting_by_rebels_is_a_fight_not_an_assault():
    assert {e.cameo for e in coded("The rebels' spring offensive stalled near the river.")} == {
        "190"
    }


@pytest.mark.parametrize(
    "text",
    [
        '"We want the killers punished," the mayor said.',
        "The army did not specify how many soldiers were killed or wounded.",
        "The envoy, who was charged with gathering information on abuses, visited the island.",
    ],
)
def test_a_wish_an_unanswered_question_and_a_task_are_no_material_conflict(text):
    assert not roots(text) & FORCE


def test_force_told_with_an_adverb_of_scope_is_a_trend():
    text = (
        "The spread of attacks on soft targets globally, the shooting of officers nationally "
        "and the cost of security all worried the organisers."
    )
    assert not roots(text) & FORCE


def test_soldiers_seizing_goods_occupy_nothing():
    """PETRARCH's "&MILITARY * [192]" codes from the doer alone; what was seized decides."""
    assert roots("Colombia's military seized two tons of cocaine from the rebels on Monday.") == {
        "17"
    }
    assert roots("The army seized the town from the rebels.") == {"19"}


def test_a_weapon_named_by_a_phrase_needs_its_modifier():
    """PETRARCH's &WEAPON lists "AIRCRAFT_CARRIER", not "carrier": a mail carrier is no weapon."""
    assert not roots("Syrian rebels opened the mail carrier near Aleppo.") & FORCE
    assert roots("Syrian rebels opened the aircraft carrier near Aleppo.") == {"19"}


@pytest.mark.parametrize(
    "text",
    [
        "Local farmers patrolled the village streets at night.",
        "The old warehouse was once patrolled by Mr. Jenkins.",
        "Students patrolled the campus after the robbery.",
    ],
)
def test_force_posture_needs_an_armed_doer(text):
    """A force posture (root 15) by people who are no state, no armed force and no police is
    no event."""
    assert "15" not in roots(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops patrolled the border with Ukraine.",
        "Police patrolled the streets of Paris.",
        "Iran mobilized its reservists.",
    ],
)
def test_force_posture_by_armed_doers_stands(text):
    assert "15" in roots(text)


@pytest.mark.parametrize(
    "text",
    [
        "The eastern flanks of the city are considered occupied territory under international law.",
        "The land that is occupied by the army belongs to farmers.",
        # parsed as a verb with its noun as object
        "Israel keeps its embassy in Tel Aviv and not Jerusalem, whose eastern half is "
        "considered occupied territory under international law.",
    ],
)
def test_occupied_as_a_standing_state_is_no_act(text):
    """The participle of "occupy" describing a noun tells how things stand, not an occupation
    that happened."""
    assert not roots(text) & FORCE


def test_occupation_told_as_an_act_stands():
    assert "19" in roots("Russian troops occupied the town of Kherson on Monday.")
    assert "19" in roots("Israeli troops occupied territory in southern Lebanon in 1982.")


def test_posture_graded_by_a_comparative_is_a_description():
    """ "more heavily patrolled" compares how places stand; the same patrol told as done stays."""
    assert "15" not in roots(
        "Few borders in Europe are more heavily patrolled by soldiers and police."
    )
    assert "15" in roots("The border was patrolled by soldiers and police on Monday.")


def test_people_in_general_acting_in_the_present_is_no_event():
    text = "People are pointing fingers at them and throwing them out of flights, he said."
    assert not roots(text) & FORCE
    assert roots("Soldiers threw the protesters out of the building on Monday.") & FORCE


def test_a_beating_in_an_election_is_losing_it():
    text = "The only way Democrats will lose the November matchup is by getting beaten in Ohio."
    assert not roots(text) & FORCE
    assert roots("The protesters were beaten by police in Cairo on Friday.") & FORCE


def test_an_attack_that_is_the_subject_of_a_sentence_about_politics_is_words():
    text = "The new assault comes as Democrats try to sharpen their message against the nominee."
    assert not roots(text) & FORCE
    assert "111" in {e.cameo for e in coded(text)}
    assert roots("The new assault came as rebels shelled the city, killing ten.") & FORCE


def test_a_thing_that_destroys_is_no_actor():
    text = "He told viewers that high-fructose corn syrup is destroying America."
    assert not roots(text) & FORCE
    assert roots("He said the militia is destroying the villages near Aleppo.") & FORCE


def test_a_noun_of_force_modifying_a_noun_is_no_event_even_read_as_an_adjective():
    # the parser reads "shooting" in "mass shooting victims" as an adjective
    text = "Parents of mass shooting victims sound off on Trump."
    assert not roots(text) & FORCE


def test_time_in_detention_is_a_state_not_an_arrest():
    text = "Because he had already spent two years in detention, he was quickly back on the street."
    assert not roots(text) & FORCE


def test_however_many_are_banned_grants_an_amount_and_tells_no_act():
    text = "But however many migrants are deported, the problem will remain."
    assert not roots(text) & FORCE
    assert roots("However, many migrants were deported last year.") & FORCE


def test_a_noun_of_force_in_a_capitals_header_names_a_topic():
    text = "HOW TERROR ATTACKS ARE CHANGING THE RACE.\n\nVoters say security matters most."
    assert "180" not in {e.cameo for e in coded(text)}


def test_occupy_in_the_simple_present_is_a_state_unless_a_state_occupies():
    assert not roots("Those occupy the Burbank studio.") & FORCE
    assert roots("Israeli forces occupy the West Bank.") & FORCE


def test_restricting_the_use_of_a_thing_is_no_sanction_on_anyone():
    text = "The city council voted to restrict the use of assault rifles."
    assert not roots(text) & FORCE


def test_sanctioning_an_activity_allows_it():
    assert (
        not roots("Even though fishing is sanctioned within the park, rangers still watch.") & FORCE
    )
    assert roots("The United States sanctioned Russia over Crimea.") & FORCE


def test_people_in_general_harmed_in_the_present_is_no_event():
    for text in (
        "Across the region, people are being killed and wounded while the world watches.",
        "Dozens of children are beaten or abused while begging on the streets.",
    ):
        assert not roots(text) & FORCE, text
    for text in (
        "People are being killed in Aleppo, a doctor said on Monday.",
        "Children are being killed by government bombs, the rebels said.",
        "Dozens of people were killed in the attack on Monday.",
    ):
        assert roots(text) & FORCE, text


def test_a_habit_of_harming_a_class_of_people_is_no_event():
    text = "Their army kills civilians and our soldiers kill terrorists, the senator said."
    assert not roots(text) & FORCE
    for text in (
        "Army kills civilians in raid",  # a headline tells past news in the present
        "Gunmen kill 12 soldiers near the border.",
        "Police arrest protesters in Hong Kong on Sunday.",
        "The army killed civilians in the village last week.",
    ):
        assert roots(text) & FORCE, text


def test_people_in_general_who_have_been_harmed_are_no_event():
    text = "Speakers recalled the plight of minorities -- poor people -- who have been killed in "
    text += "confrontations with police."
    assert not roots(text) & FORCE
    for text in (
        "People have been killed in the fighting, the officials said.",
        "Relatives of the people who have been killed in the Paris attacks gathered on Sunday.",
    ):
        assert roots(text) & FORCE, text


def test_force_as_the_means_of_an_act_to_come_is_not_done():
    text = (
        "The coalition would then take back the city with air cover and with targeted attacks "
        "on ISIS depots."
    )
    assert not roots(text) & FORCE
    text = (
        "The coalition took back the city with air cover and with targeted attacks on ISIS depots."
    )
    assert roots(text) & FORCE


def test_a_verb_of_killing_with_no_one_killed_tells_of_no_killing():
    text = "Voters are tired of the personal insults that only Trump seems capable of executing."
    assert not roots(text) & FORCE
    for text in (
        "The regime began executing prisoners in March.",
        "The militants killed indiscriminately, witnesses said.",
    ):
        assert roots(text) & FORCE, text


# Round 6 (issue #20): feelings as what is "captured", force by circumstance in a participle
# clause, a verb the parser reads as part of a noun, pressing someone into an act, attacks on
# ideals, force in an article that tells of no violence.


def test_capturing_a_feeling_is_no_seizure_but_capturing_a_gunman_is():
    text = "He is capturing the frustration of many Americans after seven years of Obama's economy."
    assert not roots(text) & FORCE
    assert "17" in roots("Police captured the gunman after a chase in Dallas.")


def test_forced_by_circumstance_in_a_participle_clause_is_no_coercion():
    text = "When forced to choose between bad and worse, we supported the senator against the governor."
    assert not roots(text) & FORCE
    assert "17" in roots("Soldiers forced the villagers to leave at gunpoint.")


def test_a_verb_read_as_part_of_a_noun_tells_no_act():
    text = (
        "The device, which is intended to locate underground utility lines and flaws in road "
        "construction, shoots radar waves about 10 feet into the ground."
    )
    assert not roots(text) & FORCE
    assert "18" in roots("The gunman shoots two guards outside the bank.")


def test_a_politician_pressing_a_company_into_an_act_is_no_force_but_rebels_are():
    text = "Sanders has pushed his promise of free college and forcing Wall Street to bail out the middle class."
    assert not roots(text) & FORCE
    assert "17" in roots("Rebels forced the villagers to flee their homes near Aleppo.")


def test_an_attack_on_ideals_is_a_figure_but_an_attack_on_a_village_is_force():
    text = (
        "Many developed countries are wrestling with how to maintain their freedoms in the face "
        "of violent attacks on their values."
    )
    assert not roots(text) & FORCE
    assert roots("Gunmen carried out violent attacks on the village near Kabul.") & FORCE


REVIEW = (
    "The new comedy from the Coen brothers is a warm and silly valentine to the studio era. "
    "Josh Brolin stars as a studio fixer who spends his days solving problems for the stars and "
    "his nights worrying about his own soul. He hunts up a husband for a pregnant swimming star "
    "and slaps some sense into George Clooney, who plays a none-too-bright actor kidnapped by a "
    "ring of screenwriters. The film moves briskly from one set to the next, with a singing "
    "cowboy, a dancing sailor and a director who cannot get a line read right. Critics have "
    "praised the costumes and the music, and audiences at early screenings laughed loudly at "
    "the musical numbers. The studio hopes the film will do well over the holiday weekend, when "
    "families look for something light to watch together. The brothers said they wanted to make "
    "a movie about faith, work and the people who keep the dream factory running. "
)


def test_force_in_an_article_of_no_violence_is_a_role_but_an_arrest_there_is_news():
    assert not roots(REVIEW + "It opens nationwide on Friday.") & FORCE
    arrest = (
        "On Friday, a man who had sold fake tickets to the premiere was arrested in Los Angeles."
    )
    assert "173" in {e.cameo for e in coded(REVIEW + arrest)}


def test_they_for_people_in_general_are_no_victims_but_two_men_held_are():
    text = (
        "We are losing too many people to guns, either because they are imprisoned and turn into "
        "having mental health issues, or people are being killed or maimed, she said."
    )
    assert not roots(text) & FORCE
    held = "The two men were stopped at the border on Monday, and they are imprisoned in El Paso, officials said."
    assert "17" in roots(held)


def test_taking_leaders_is_a_choice_but_officers_taking_a_man_into_custody_arrest():
    text = (
        "They will take leaders willing to work hard, to learn, to make adjustments and to keep "
        "trying after initial setbacks."
    )
    assert not roots(text) & FORCE
    assert "17" in roots("Officers took the man into custody on Monday.")


def test_a_violence_word_naming_an_issue_leaves_a_political_attack_words():
    # "the death penalty" is a policy; "the death of soldiers" is violence near the attack.
    politics = (
        "O'Malley has sharpened his contrasts with Clinton on taxes and the death penalty since "
        "the debate, but his attacks have not been effective."
    )
    violence = (
        "O'Malley has sharpened his contrasts with Clinton on taxes and the death of soldiers "
        "since the debate, but his attacks have not been effective."
    )
    assert not roots(politics) & FORCE
    assert "18" in roots(violence)


def test_force_as_the_topic_of_a_stance_is_no_act():
    assert (
        not roots("He said last week that his position on bombing Syria has not changed.") & FORCE
    )
    bombing = "He said last week that Russian jets have been bombing Syria since Monday."
    assert "183" in {e.cameo for e in coded(bombing)}


def test_a_record_of_fighting_is_a_habit_but_fighting_is_told():
    assert not roots("The governor has a long record of fighting the unions.") & FORCE
    assert "19" in roots("The rebels have been fighting the army near the border for months.")


def test_what_someone_thinks_an_act_was_is_no_report_of_it():
    opinion = '"I don\'t think this was a terrorist attack; I think it was a hate crime," the neighbor said.'
    assert not roots(opinion) & FORCE
    told = '"It was a terrorist attack," the police chief said of the bombing in Nice.'
    assert "18" in roots(told)


def test_a_battle_waged_by_the_press_is_a_campaign_but_an_army_s_is_fighting():
    press = "The editor of the newspaper has waged a lonely battle to force the city to release the files."
    assert not roots(press) & FORCE
    army = "The army has waged a long battle to retake the city from the rebels."
    assert "19" in roots(army)


def test_a_state_captured_in_a_primary_is_a_vote_won_but_a_town_captured_by_fighters_is_not():
    vote = "The Republican candidate captured Kansas and Maine in the Saturday caucuses."
    assert not roots(vote) & FORCE
    fighters = "Islamic State fighters captured Ramadi in May, before the elections and the vote."
    # a city captured is territory occupied (192); it was 173, an arrest, before a named place
    # counted as territory for the frames of "capture" and "seize"
    assert "19" in roots(fighters)


def test_a_battle_between_candidates_is_politics_but_between_troops_and_rebels_is_fighting():
    candidates = "The battle between Marco Rubio and Chris Christie has dominated the last week."
    assert not roots(candidates) & FORCE
    fighting = "The battle between Syrian troops and rebels near Aleppo killed dozens."
    assert "19" in roots(fighting)


def test_force_told_as_a_falsehood_is_no_act_but_the_same_force_told_is():
    false = (
        "Hackers tweeted falsified reports of two explosions at the White House that had "
        "injured the president."
    )
    assert not roots(false) & FORCE
    lie = "She lies about everything, whether it's trips where she was being gunned down."
    assert not roots(lie) & FORCE
    quoted = "The Kremlin produced “proof” that Ukraine had shot down the airliner."
    assert not roots(quoted) & FORCE
    told = "The Kremlin said that Ukraine had shot down the airliner over the border."
    assert roots(told) & FORCE


def test_alleged_crimes_are_still_told():
    text = "Straw faces a damages claim over his alleged role in the abduction and torture of a dissident."
    assert "18" in roots(text)


def test_a_charge_answered_by_a_verdict_is_no_charge_brought():
    assert "17" not in roots("He was acquitted of second-degree murder charges the following year.")
    assert "17" in roots("Prosecutors charged him with second-degree murder on Monday.")


def test_a_charge_in_a_report_is_an_accusation():
    text = (
        "The museum issued a report this month charging the Islamic State with crimes against "
        "humanity."
    )
    assert {e.cameo for e in coded(text)} == {"112"}


def test_a_country_killing_us_is_a_complaint_but_gunmen_killing_villagers_are_not():
    assert not roots('He asserts that Mexico is "killing us."') & FORCE
    assert "18" in roots("Gunmen are killing villagers near the border, police said.")


def test_pressure_out_of_a_race_is_no_coercion_but_soldiers_driving_people_out_is():
    race = "Trump won the Indiana primary, forcing Ted Cruz and John Kasich out of the race."
    assert not roots(race) & FORCE
    emails = "The leaked emails forced the resignation of the party chairwoman."
    assert not roots(emails) & FORCE
    assert "17" in roots("Russian soldiers forced the villagers out of their homes.")


def test_an_occupation_by_activists_is_a_protest_by_troops_force_and_of_a_body_nothing():
    assert "14" in roots("Dozens of activists occupied the lobby of the state capitol on Monday.")
    assert "19" in roots("Israeli troops occupied the town of Jenin on Monday.")
    body = "When the two men emerged, whoever was occupying Trump's body sounded like a diplomat."
    assert not roots(body) & FORCE


def test_fireworks_shooting_are_no_shooting_but_gunmen_shooting_are():
    show = "The speech ended with balloons falling and fireworks shooting over Lake Erie."
    assert not roots(show) & FORCE
    assert roots("The attack ended with gunmen shooting at police over the wall.") & FORCE


def test_force_in_a_clause_of_purpose_is_wanted_not_done():
    purpose = '"I joined politics so that the powerful can no longer beat up on people," he said.'
    assert not roots(purpose) & FORCE
    assert "18" in roots("Police said the men beat up two people outside the bar on Friday.")


def test_fighting_for_a_cause_is_advocacy_but_fighting_for_a_city_is_war():
    cause = "She applauded him for defying the establishment and fighting for Americans' liberties."
    assert not roots(cause) & FORCE
    assert "19" in roots("The battle for Mosul entered its third week.")


def test_fighting_with_journalists_is_words_but_fighting_with_soldiers_is_war():
    quarrel = (
        "This was the Trump who questions the judge, who fights with Mexican American journalists."
    )
    assert {e.cameo for e in coded(quarrel)} == {"111"}
    assert "19" in roots("Rebels fought with government soldiers near Aleppo on Monday.")


def test_a_lone_gunman_s_massacre_is_an_assault_but_an_army_s_is_mass_violence():
    nightclub = "When Trump later referred to the recent massacre at a gay nightclub in Orlando, the crowd cheered."
    assert {e.cameo for e in coded(nightclub)} == {"180"}
    army = "Syrian troops carried out a massacre in the village of Houla."
    assert "20" in roots(army)


def test_a_capacity_or_a_counterfactual_is_no_act_but_an_ability_used_is():
    """ "can", "would have been able to", "bent on", "capable of": what could be done, not done."""
    for text in (
        "Terrorists armed with revolvers would have been able to kill a high number of people.",
        "The region is rife with terrorists bent on attacking the United States.",
        "Rebels are capable of attacking the capital.",
        '"So they can be planted among us and hurt us," he said.',
    ):
        assert not roots(text) & FORCE, text
    done = [
        e for e in coded("Rebels were able to kill 20 soldiers near the border.") if e.root == "18"
    ]
    assert done and done[0].source.text == "Rebels"


def test_what_is_under_assault_decides_whether_it_is_force():
    assert (
        not roots("Our freedom is under assault from an out-of-control federal government.") & FORCE
    )
    assert roots("The town came under attack from rebels on Sunday.") & FORCE


def test_media_that_record_are_no_doers_of_force():
    footage = "Footage captured Warren getting out of a blue SUV with her legislative director."
    assert not roots(footage) & FORCE
    assert roots("Police captured Warren getting out of a blue SUV near the border.") & FORCE


def test_clashes_with_police_or_troops_stay_force():
    assert "19" in roots("Protesters clashed with police in Cairo on Friday.")
    assert "19" in roots("Rebels clashed with government troops near the border.")


def test_a_document_released_or_a_lead_in_the_polls_is_no_event():
    """The guide: a poll's or a document's release is no event; polls are no cooperation."""
    assert coded("Mook released a memo titled The Facts on Where the Race Stands on Monday.") == ()
    assert coded("Clinton leads Bernie Sanders 50 percent to 44 percent among likely voters.") == ()
    freed = coded("Rebels released three hostages on Monday.")
    assert [e.cameo for e in freed] == ["0841"]


def test_a_deal_named_is_a_topic_a_deal_reached_is_an_agreement():
    assert not roots("The deal between Iran and the United States drew criticism in Congress.") & {
        "05"
    }
    reached = coded("Iran and the United States reached a deal on Monday.")
    assert [e.cameo for e in reached] == ["057"]
