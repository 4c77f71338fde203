"""Actor resolution on real sentences: seed article, dated roles, metonymy, demonyms, IGOs."""

from __future__ import annotations

import pytest

from eventwire import actors, nlp
from eventwire.models import Article


def resolve_text(text: str, published: str | None = None) -> list[actors.Mention]:
    document = nlp.Document(
        article=Article(id="t", body=text, published=published), doc=nlp.load()(text)
    )
    return actors.resolve(document)


def by_text(mentions: list[actors.Mention]) -> dict[str, actors.Mention]:
    found: dict[str, actors.Mention] = {}
    for mention in mentions:
        found.setdefault(mention.text, mention)
    return found


def code_of(mention: actors.Mention) -> tuple[str | None, str | None]:
    """A mention's (country, sector), as the actor phrase annotations give them."""
    return mention.actor.country, mention.actor.sector


@pytest.fixture(scope="session")
def seed_mentions(seed_text):
    body = seed_text[
        seed_text.index("President Vladimir Putin told") : seed_text.index("This is a Premium")
    ].strip()
    return body, resolve_text(body, "2022-01-28T22:43:00+05:30")


def test_seed_actors_resolve(seed_mentions):
    body, mentions = seed_mentions
    found = by_text(mentions)
    expected = {
        "President Vladimir Putin": "RUSGOV",
        "Mr. Putin": "RUSGOV",
        "Mr. Macron": "FRAGOV",
        "Kremlin": "RUSGOV",
        "Moscow": "RUSGOV",
        "West": "WST",
        "U.S.": "USA",
        "NATO": "IGONATO",
        "Elysee": "FRAGOV",
        "Russia": "RUS",
        "Ukraine": "UKR",
        "Kiev": "UKRGOV",
        "France": "FRA",
        "Germany": "DEU",
        "Russian troop": "RUSMIL",
    }
    for text, code in expected.items():
        assert found[text].actor.code == code, (text, found[text].reason)
    macron = next(m for m in mentions if m.actor.name == "Emmanuel Macron")
    assert macron.text == "French counterpart Emmanuel Macron"
    separatists = found["pro-Moscow separatists"].actor
    assert (separatists.country, separatists.sector, separatists.affiliation) == (
        "UKR",
        "REB",
        "RUS",
    )
    for mention in mentions:
        assert body[mention.start : mention.end] == mention.text


def test_seed_groups_and_pronouns(seed_mentions):
    _, mentions = seed_mentions
    leaders = next(m for m in mentions if m.text == "both the leaders")
    assert {a.name for a in leaders.members} == {"Vladimir Putin", "Emmanuel Macron"}
    they = next(m for m in mentions if m.text == "They")
    assert {a.country for a in they.members} == {"RUS", "UKR"}


def test_paris_in_talks_is_a_place_not_an_actor(seed_mentions):
    _, mentions = seed_mentions
    paris = next(m for m in mentions if m.text == "Paris")
    assert paris.locative and paris.actor.sector is None


@pytest.mark.parametrize(
    "published, role, sector",
    [
        ("2010-06-01", "prime minister", "GOV"),
        ("2022-01-28", "president", "GOV"),
    ],
)
def test_putin_role_depends_on_article_date(published, role, sector):
    putin = by_text(resolve_text("Vladimir Putin met the French ambassador in Moscow.", published))[
        "Vladimir Putin"
    ]
    assert (putin.actor.country, putin.actor.sector, putin.actor.role) == ("RUS", sector, role)
    assert published in putin.reason


def test_out_of_office_is_elite_and_undated_uses_today():
    text = "Donald Trump criticised the agreement."
    assert by_text(resolve_text(text, "2019-03-01"))["Donald Trump"].actor.code == "USAGOV"
    former = by_text(resolve_text(text, "2022-03-01"))["Donald Trump"].actor
    assert (former.code, former.role) == ("USAELI", "former president")
    medvedev = by_text(resolve_text("Dmitry Medvedev spoke.", "2009-01-01"))[
        "Dmitry Medvedev"
    ].actor
    assert medvedev.role == "president"


def test_title_without_name_finds_the_office_holder():
    mentions = resolve_text("The French president called for calm.", "2015-05-05")
    assert mentions[0].actor.name == "Francois Hollande" and mentions[0].actor.code == "FRAGOV"


@pytest.mark.parametrize(
    "text, name, code",
    [
        ("The Kremlin denied the report.", "Kremlin", "RUSGOV"),
        ("The Pentagon said it would send more jets.", "Pentagon", "USAMIL"),
        ("Downing Street rejected the claim.", "Downing Street", "GBRGOV"),
        ("Kyiv accused Moscow of shelling the town.", "Kyiv", "UKRGOV"),
        ("Beijing warned Washington over Taiwan.", "Washington", "USAGOV"),
        ("The Elysee hailed the talks.", "Elysee", "FRAGOV"),
    ],
)
def test_metonymy(text, name, code):
    assert by_text(resolve_text(text, "2022-01-01"))[name].actor.code == code


@pytest.mark.parametrize(
    "text, phrase, code",
    [
        ("Israeli troops remained on alert in the occupied West Bank.", "Israeli troops", "ISRMIL"),
        ("Turkish police prevented the demonstration.", "Turkish police", "TURCOP"),
        (
            "The Azerbaijani parliament threatened to break relations.",
            "Azerbaijani parliament",
            "AZELEG",
        ),
        ("Israel's high court opened a hearing.", "Israel's high court", "ISRJUD"),
        (
            "Rebels in the Ivory Coast blocked transport into Abidjan.",
            "Rebels in the Ivory Coast",
            "CIVREB",
        ),
        ("Sudanese rebels shelled the town.", "Sudanese rebels", "SDNREB"),
        ("The Burmese junta arrested dozens.", "Burmese junta", "MMRGOV"),
    ],
)
def test_demonyms_and_roles(text, phrase, code):
    assert by_text(resolve_text(text))[phrase].actor.code == code


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("NATO confirmed it would tighten the blockade.", "NATO", "NATO"),
        ("The United Nations will provide food aid.", "United Nations", "UN"),
        ("The IAEA inspected the site.", "IAEA", "IAEA"),
        ("The European Union imposed sanctions on Minsk.", "European Union", "EU"),
    ],
)
def test_igos(text, name, country):
    actor = by_text(resolve_text(text))[name].actor
    assert (actor.country, actor.sector) == (country, "IGO")


def test_unknown_names_stay_unresolved():
    mentions = by_text(
        resolve_text("Zorblax Quintavius praised the Glorbian Liberation Front on Tuesday.")
    )
    person = mentions["Zorblax Quintavius"]
    assert person.actor.country is None and person.actor.code is None and not person.resolved
    assert "not in the knowledge base" in person.reason


def test_unknown_person_with_title_and_later_surname():
    mentions = resolve_text(
        "German Foreign Minister Oskar Fischer will visit Albania. Fischer said he was pleased."
    )
    found = by_text(mentions)
    assert found["German Foreign Minister Oskar Fischer"].actor.code == "DEUGOV"
    assert (
        found["Fischer"].actor.name == "Oskar Fischer" and found["Fischer"].actor.code == "DEUGOV"
    )
    assert found["he"].actor.name == "Oskar Fischer"


@pytest.mark.parametrize(
    "text, country, cue",
    [
        ("Georgia accused Russia of moving troops into South Ossetia.", "GEO", "context"),
        ("Georgia certified its results after the count in Atlanta.", "USA", "context"),
        ("Officials in Moscow, Idaho closed the schools.", "USA", "Idaho"),
    ],
)
def test_ambiguous_places_use_context_and_say_so(text, country, cue):
    mention = next(m for m in resolve_text(text) if "Georgia" in m.text or "Moscow" in m.text)
    assert mention.actor.country == country and cue in mention.reason


def test_helpers_select_by_sentence(seed_mentions):
    body, mentions = seed_mentions
    start = body.index("The Elysee")
    end = body.index("They agreed")
    inside = actors.mentions_in(mentions, start, end)
    assert inside and all(start <= m.start and m.end <= end for m in inside)
    first = inside[0]
    assert actors.mention_at(mentions, first.token_start) is first
    assert actors.iso_from_cameo("JAP") == "JPN" and actors.iso_from_cameo("FRA") == "FRA"


@pytest.mark.parametrize(
    "text, phrase, expected",
    [
        (
            "A prominent anti-Syria journalist was killed.",
            "prominent anti-Syria journalist",
            {"country": None, "sector": "MED", "opposes": "SYR"},
        ),
        (
            "Bosnian Serbs demanded a truce.",
            "Bosnian Serbs",
            {"country": "BIH", "ethnicity": "SRB"},
        ),
        (
            "NATO-member Norway is willing to send material.",
            "NATO-member Norway",
            {"country": "NOR", "member_of": "NATO"},
        ),
        (
            "U.S.-led forces entered the town.",
            "U.S.-led forces",
            {"country": "USA", "sector": "MIL"},
        ),
        (
            "Iranian-backed militias attacked the base.",
            "Iranian-backed militias",
            {"country": None, "sector": "REB", "affiliation": "IRN"},
        ),
    ],
)
def test_compound_phrases(text, phrase, expected):
    actor = by_text(resolve_text(text))[phrase].actor.model_dump()
    assert {key: actor.get(key) for key in expected} == expected


def test_coordinated_modifiers_share_the_role():
    found = by_text(resolve_text("U.S. and Russian negotiators return to Geneva this week."))
    assert (
        found["U.S."].actor.code == "USAGOV" and found["Russian negotiators"].actor.code == "RUSGOV"
    )
    assert found["Geneva"].locative


def test_surnames_use_the_article_and_the_date():
    assert (
        by_text(resolve_text("Kim warned Seoul.", "2015-01-01"))["Kim"].actor.name == "Kim Jong Un"
    )
    bush = by_text(resolve_text("President Bush threatened further action."))[
        "President Bush"
    ].actor
    assert (bush.country, bush.name) == (
        "USA",
        None,
    )  # two Presidents Bush: the country, not a guess
    text = "George H. W. Bush met Mikhail Gorbachev. Later Bush said the talks went well."
    assert by_text(resolve_text(text, "2020-01-01"))["Bush"].actor.name == "George H. W. Bush"


def test_title_country_filters_people():
    found = by_text(resolve_text("Jordan's King Abdullah met Saudi King Salman.", "2016-01-01"))
    assert found["Saudi King Salman"].actor.name == "Salman bin Abdulaziz"
    assert found["Jordan's King Abdullah"].actor.country == "JOR"
    assert found["Jordan's King Abdullah"].actor.name != "Abdullah bin Abdulaziz"


def test_unknown_titled_person_takes_the_place_named():
    text = "President Omar El Bashir on Thursday shortened the curfew imposed in Sudan."
    mention = by_text(resolve_text(text))["President Omar El Bashir"]
    assert mention.actor.code == "SDNGOV" and "place named" in mention.reason


def test_group_acting_in_a_place():
    found = by_text(resolve_text("Hundreds of thousands of people blocked streets in Hong Kong."))
    assert found["people"].actor.code == "HKGCVL"


def test_us_news_names():
    text = (
        "Texas sued the administration, Fox News reported. Sen. Lindsey Graham said Graham's bill would "
        "pass, and Republicans agreed."
    )
    found = by_text(resolve_text(text, "2016-01-10"))
    assert found["Texas"].actor.country == "USA"
    assert found["Fox News"].actor.code == "USAMED"
    assert all(m.actor.name != "Vicente Fox" for m in found.values())
    graham = found["Sen. Lindsey Graham"].actor
    # the title gives the sector; the country comes from the article (Texas, Fox News,
    # Republicans: a US story), as issue 14 asks of "Sen. Jane Doe"
    assert (graham.name, graham.sector, graham.country) == ("Lindsey Graham", "LEG", "USA")
    assert found["Republicans"].actor.code == "USAPTY"


def test_cli_prints_resolution_and_reason():
    from test_contract import run_cli

    result = run_cli(
        "actors", "Vladimir Putin met Zorblax Quintavius in Moscow.", "--published", "2010-06-01"
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "'Vladimir Putin' -> RUSGOV" in out and "prime minister of RUS on 2010-06-01" in out
    assert "'Zorblax Quintavius' -> ?" in out
    assert run_cli("actors", "x", "--published", "yesterday").returncode == 2


def test_dateline_gives_country_to_roles_without_one():
    mentions = by_text(
        resolve_text(
            "BAGHDAD, April 9 -- Two policemen were killed. Police said Iranian officials left."
        )
    )
    assert mentions["BAGHDAD"].locative and mentions["BAGHDAD"].actor.country == "IRQ"
    assert (
        mentions["Two policemen"].actor.code == "IRQCOP"
        and "dateline" in mentions["Two policemen"].reason
    )
    # a state named only as another actor's ("Iranian officials") leaves the dateline's
    assert mentions["Police"].actor.country == "IRQ"
    text = "BAGHDAD, April 9 -- Two policemen were killed. Police said Iran had closed the border."
    named = by_text(resolve_text(text))
    assert named["Police"].actor.country != "IRQ"  # a state its sentence names by name
    document = nlp.Document(
        article=Article(id="d", body="Police arrested two men.", dateline="Lagos"),
        doc=nlp.load()("Police arrested two men."),
    )
    assert actors.resolve(document)[0].actor.code == "NGACOP"


def test_titles_in_the_text_and_people_as_modifiers():
    found = by_text(
        resolve_text("British Prime Minister Boris Johnson met Indian officials.", "2026-01-01")
    )
    boris = found["British Prime Minister Boris Johnson"].actor
    assert (boris.code, boris.role) == (
        "GBRGOV",
        "prime minister",
    )  # the text's title, not the date
    found = by_text(
        resolve_text(
            "Pakistan will not hand over the former prime minister Nawaz Sharif.", "2020-01-01"
        )
    )
    assert found["the former prime minister Nawaz Sharif"].actor.code == "PAKELI"
    found = by_text(
        resolve_text("The Obama administration has begun talks with the Senate.", "2010-01-01")
    )
    assert found["Obama administration"].actor.code == "USAGOV"


def test_bare_common_surnames_need_evidence():
    found = by_text(
        resolve_text("In May, Taylor said the plan would work. Mr. Brown spoke.", "2022-06-01")
    )
    assert "May" not in found  # a month, not Theresa May
    assert found["Taylor"].actor.country is None and "not enough evidence" in found["Taylor"].reason
    assert found["Mr. Brown"].actor.country is None
    found = by_text(
        resolve_text(
            "Britain's Gordon Brown said Brown would stay. Liberia's Taylor fled.", "2022-06-01"
        )
    )
    assert found["Britain's Gordon Brown"].actor.code == "GBRELI"
    assert found["Liberia's Taylor"].actor.name == "Charles Taylor"


def test_spokesmen_and_leaders_speak_for_their_group():
    found = by_text(resolve_text("A spokesman for the Sudanese rebels said the town had fallen."))
    assert found["spokesman for the Sudanese rebels"].actor.code == "SDNREB"
    found = by_text(
        resolve_text("Leaders of the opposition coalition agreed to postpone the rally.")
    )
    assert found["Leaders of the opposition coalition"].actor.sector == "OPP"


def test_the_west_and_from_are_actors_not_places():
    found = by_text(
        resolve_text("Russia has demanded security guarantees from the West and aid from Germany.")
    )
    assert not found["West"].locative and found["West"].actor.country == "WST"
    assert not found["Germany"].locative
    assert by_text(resolve_text("Leaders met in Europe."))["Europe"].locative
    moscow = by_text(resolve_text("He was unhappy with a U.S. response to Moscow's demands."))[
        "Moscow"
    ]
    assert not moscow.locative and moscow.actor.code == "RUSGOV"  # a possessor acts


def test_context_country_goes_to_roles_without_one():
    text = (
        "Kenya braces for more protests. NAIROBI residents marched as Kenyan police fired tear "
        "gas in Nairobi and Mombasa. Police said 12 people were arrested. The court will rule "
        "on Friday, the state government said."
    )
    found = by_text(resolve_text(text, "2024-06-25"))
    for phrase in ("Police", "court", "state government"):
        assert found[phrase].actor.country == "KEN", found[phrase].reason
        assert "country from context" in found[phrase].reason


def test_context_country_yields_to_another_state_in_the_sentence():
    text = (
        "Kenya police fired tear gas in Nairobi. Kenyan lawmakers met in Nairobi. Kenya's "
        "president spoke. Officials in Uganda said the court would meet."
    )
    found = by_text(resolve_text(text, "2024-06-25"))
    assert found["court"].actor.country != "KEN"


@pytest.mark.parametrize(
    "text, phrase, code",
    [
        ("The Lahore High Court ruled on Monday.", "Lahore High Court", "PAKJUD"),
        (
            "The Kenya Union of Journalists condemned the raid.",
            "Kenya Union of Journalists",
            "KENLAB",
        ),
        ("The Times of India reported the deal.", "Times of India", "INDMED"),
        ("The Lagos State government imposed a curfew.", "Lagos State government", "NGAGOV"),
        ("A Greek frigate rescued 40 migrants.", "Greek frigate", "GRCMIL"),
    ],
)
def test_institutions_named_with_a_place_take_its_country(text, phrase, code):
    mention = by_text(resolve_text(text, "2024-01-10"))[phrase]
    assert mention.actor.code == code, mention.reason


@pytest.mark.parametrize(
    "text, phrase, sector",
    [
        ("Looters ransacked shops overnight.", "Looters", "CRM"),
        ("Minibus drivers went on strike.", "Minibus drivers", "LAB"),
        ("Pilgrims gathered at the shrine.", "Pilgrims", "REL"),
        ("Smugglers were caught at the border.", "Smugglers", "CRM"),
    ],
)
def test_common_nouns_for_people_get_a_sector(text, phrase, sector):
    mention = by_text(resolve_text(text))[phrase]
    assert mention.actor.sector == sector and mention.actor.country is None
    assert not mention.actor.resolved


def test_a_surname_that_is_a_place_is_the_person():
    found = by_text(resolve_text("Mark Cuban backed the plan. Cuban said it would work."))
    assert found["Cuban"].kind == "person" and found["Cuban"].actor.country != "CUB"


def test_converted_people_are_resolved_by_date():
    before = by_text(resolve_text("Hamid Karzai met the envoy.", "2005-03-01"))["Hamid Karzai"]
    assert before.actor.code == "AFGGOV", before.reason
    after = by_text(resolve_text("Hamid Karzai met the envoy.", "2023-03-01"))["Hamid Karzai"]
    assert after.actor.country == "AFG" and after.actor.sector != "GOV", after.reason


def _actor(text: str, phrase: str, published: str | None = "2016-05-01") -> tuple:
    found = by_text(resolve_text(text, published))
    assert phrase in found, sorted(found)
    return found[phrase].actor.country, found[phrase].actor.sector


def test_titles_and_appositives_describe_people_we_do_not_know():
    text = "Eight years later, billionaire Dallas Mavericks owner Mark Cuban sized up the field."
    assert _actor(text, "billionaire Dallas Mavericks owner Mark Cuban") == ("USA", "BUS")
    text = (
        "Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded parties to "
        "the conflict in Iraq to allow humanitarian workers the freedom of movement."
    )
    assert _actor(text, "Kenzo Oshima", None) == ("UN", "IGO")  # not Japan's former official


def test_a_title_in_the_text_wins_for_people_out_of_office():
    text = "Libyan leader Muammar Qadhafi was toppled in 2011, and the country is still split."
    assert _actor(text, "Libyan leader Muammar Qadhafi") == ("LBY", "GOV")
    text = "Former Libyan leader Muammar Qadhafi was toppled in 2011."
    assert _actor(text, "Former Libyan leader Muammar Qadhafi") == ("LBY", "ELI")


def test_national_institutions_and_organisation_head_words():
    text = "WASHINGTON - The Department of Homeland Security and the Justice Department met."
    assert _actor(text, "Department of Homeland Security") == ("USA", "GOV")
    assert _actor(text, "Justice Department") == ("USA", "GOV")  # head word, dateline country
    text = "In Texas, Border Patrol officials have worked with the Mexican authorities."
    assert _actor(text, "Border Patrol officials")[1] == "COP"  # officials of the Border Patrol


def test_proper_institutions_take_the_article_country_despite_other_states():
    text = (
        "Justin Hong grew up in Oregon, in the United States. His American parents raised him "
        "in Portland. In the 1990s, he enlisted in the Army and served in Kuwait. The U.S. "
        "government later tried to deport him."
    )
    assert _actor(text, "Army") == ("USA", "MIL")


def test_dependencies_count_for_their_state():
    text = (
        "Sanders pushes Democrats to reject Puerto Rico debt deal. The deal reached by House "
        "Republicans and the Obama administration would let a federal board run Puerto Rico's "
        "finances. The U.S. territory owes $70 billion. Workers also cannot benefit from the "
        "administration's new overtime rule."
    )
    mentions = resolve_text(text, "2016-05-23")
    scores = actors.article_scores(mentions)
    assert scores["USA"] >= scores["PRI"]
    assert by_text(mentions)["Workers"].actor.country == "USA"


def test_provinces_groups_with_demonyms_and_possessors_give_countries():
    text = "The government of Sindh province has ordered patrols after violent protests."
    assert _actor(text, "government of Sindh province", None) == ("PAK", "GOV")
    text = "Pakistani Taliban attacked a school, and Iranian Revolutionary Guards helped Assad's forces."
    assert _actor(text, "Pakistani Taliban") == ("PAK", "REB")
    assert _actor(text, "Iranian Revolutionary Guards") == ("IRN", "MIL")
    assert _actor(text, "forces") == ("SYR", "MIL")


def test_parties_and_the_people_who_speak_for_groups():
    text = "Marine Le Pen, president of the Front National, met Hamas leaders and UN officials."
    assert _actor(text, "Marine Le Pen") == ("FRA", "PTY")  # not France's president
    assert _actor(text, "president of the Front National") == ("FRA", "PTY")
    assert _actor(text, "Hamas leaders") == ("PSE", "REB")
    assert _actor(text, "UN officials") == ("UN", "IGO")
    text = "Zorblax Quintavius, the leader in Republican polls, spoke first."
    assert _actor(text, "Zorblax Quintavius") == ("USA", None)  # polls are no office
    text = "Chad Sweet, a former CIA official, said the Christian Democratic Union would lose."
    assert _actor(text, "Chad Sweet") == ("USA", "ELI")
    assert _actor(text, "Christian Democratic Union") == ("DEU", "PTY")


def test_an_office_stated_once_holds_for_the_person_later():
    text = "Sen. Marco Rubio of Florida spoke first. Later, Rubio said he would win."
    mentions = resolve_text(text, "2016-02-24")
    later = next(m for m in mentions if m.text == "Rubio")
    assert (later.actor.country, later.actor.sector) == ("USA", "LEG")


def test_a_wire_dateline_after_the_headline_gives_the_context_country():
    text = (
        "Regulator accused of hiding hacks.\n\nWASHINGTON (Reuters) ― The Chinese government "
        "likely hacked computers at the regulator, a report said. It said current FDIC "
        "officials concealed the breaches from China's hackers, and the PGA Tour objected."
    )
    assert _actor(text, "current FDIC officials") == ("USA", "GOV")
    assert _actor(text, "PGA Tour")[0] == "USA"  # an organisation we do not know: the dateline's


def test_hyphenated_descent_is_the_second_state():
    text = (
        "Cuban-American voters and Mexican-Americans backed him; Israeli-Palestinian talks failed."
    )
    assert _actor(text, "Cuban-American voters") == ("USA", "CVL")
    assert _actor(text, "Mexican-Americans")[0] == "USA"
    assert _actor(text, "Israeli")[0] == "ISR"  # two states, not a descent


def test_a_chamber_committee_is_the_legislature_whatever_its_subject():
    text = "WASHINGTON — The House Intelligence Committee and the House Judiciary Committee met."
    assert _actor(text, "House Intelligence Committee") == ("USA", "LEG")  # not the spies
    assert _actor(text, "House Judiciary Committee") == ("USA", "LEG")


def test_a_legislature_named_by_its_own_word_is_its_state_in_any_article():
    text = "WASHINGTON — The Duma and the Bundestag debated the bill that Congress passed."
    assert _actor(text, "Duma") == ("RUS", "LEG")
    assert _actor(text, "Bundestag") == ("DEU", "LEG")
    assert _actor(text, "Congress") == ("USA", "LEG")


def test_an_armed_force_named_before_its_members():
    text = "WASHINGTON — Kurdish Peshmerga fighters and Basij militiamen clashed near the border."
    assert _actor(text, "Kurdish Peshmerga fighters") == ("IRQ", "MIL")
    assert _actor(text, "Basij militiamen") == ("IRN", "MIL")


def test_a_party_and_state_tag_after_a_name_says_american():
    text = "Libyan militias attacked the compound. Sen. Ron Johnson, R-Wis., said security in Libya had been reduced."
    assert _actor(text, "Sen. Ron Johnson") == ("USA", "LEG")  # not Libya, the sentence's place


def test_an_honorific_office_wins_over_a_party_adjective():
    text = "In Pennsylvania, Republican Sen. Pat Toomey has 45%, a new poll shows."
    assert _actor(text, "Republican Sen. Pat Toomey") == ("USA", "LEG")


def test_the_federal_reserve_is_the_us_government_not_a_business():
    text = "The Federal Reserve raised rates, and the Fed said more could follow."
    assert _actor(text, "Federal Reserve") == ("USA", "GOV")
    assert _actor(text, "Fed") == ("USA", "GOV")


def test_a_self_governing_dependency_named_most_leads_over_its_sovereign():
    text = (
        "Hong Kong police fired teargas at protesters near a university in Hong Kong. "
        "China’s ambassador to Britain said the People’s Liberation Army could act. "
        "Police said officers were attacked, and protesters blocked roads across Hong Kong. "
        "Many in Hong Kong fear Beijing. Officers arrested dozens of students."
    )
    mentions = resolve_text(text, "2019-11-18")
    assert by_text(mentions)["People’s Liberation Army"].actor.country == "CHN"
    assert by_text(mentions)["Officers"].actor.country == "HKG"


def test_city_and_country_dateline_and_party_after_a_possessive():
    text = (
        "HANOI, Vietnam (AP) — The U.S. defense secretary accused China of intimidation.\n\n"
        "Later, in remarks at Vietnam’s Communist Party headquarters, he met several top "
        "government officials."
    )
    found = by_text(resolve_text(text, "2019-11-20"))
    assert (
        found["Vietnam’s Communist Party"].actor.country,
        found["Vietnam’s Communist Party"].actor.sector,
    ) == ("VNM", "PTY")
    assert found["several top government officials"].actor.country == "VNM"


def test_a_journalist_of_an_agency_does_not_name_a_state_for_its_sentence():
    text = (
        "Three people died during protests in Bolivia against the interim government. "
        "Bolivia’s public defender’s office said 30 people were injured in Bolivia's capital. "
        "An Associated Press journalist reported gunfire near the plant, which protesters "
        "have tried to block."
    )
    assert _actor(text, "protesters") == ("BOL", "CVL")


def test_an_unknown_person_takes_the_outlet_they_work_for():
    text = (
        "Three cases of plague have been diagnosed in China. As Emily Feng reports for NPR, "
        "the first cases came to light in Beijing. The man had, according to Alex Horton of "
        "the Washington Post, eaten a wild rabbit in Inner Mongolia. Chinese officials said "
        "the risk in China was low."
    )
    assert _actor(text, "Emily Feng") == ("USA", "MED")
    assert _actor(text, "Alex Horton") == ("USA", "MED")


def test_a_title_names_its_employer_before_its_portfolio():
    text = (
        "Sondland told visiting Ukraine officials they would need to deliver, said former "
        "White House Russia adviser Fiona Hill. Former National Security Council official "
        "Timothy Morrison told investigators about a conversation in Warsaw."
    )
    assert _actor(text, "former White House Russia adviser Fiona Hill", "2019-11-20") == (
        "USA",
        "ELI",
    )
    morrison = "Former National Security Council official Timothy Morrison"
    assert _actor(text, morrison, "2019-11-20")[0] != "UNSC"


def test_a_party_name_inside_another_party_name_is_not_that_party():
    text = (
        "The lawmakers were among the three leaders of the Peoples Democratic Party who led "
        "a protest march in Abuja, Nigeria. House Democrats in Washington said nothing."
    )
    found = by_text(resolve_text(text, "2018-10-09"))
    party = next(m for m in found.values() if "Peoples Democratic Party" in m.text)
    assert party.actor.country != "USA"
    house = found["House Democrats in Washington"].actor  # the lawmakers (roles.yaml)
    assert (house.country, house.sector) == ("USA", "LEG")


def test_the_nation_as_a_whole_and_lone_gunmen():
    text = "Obama said the American people are good people. Gunmen attacked a checkpoint in Kabul."
    assert _actor(text, "American people") == ("USA", None)
    assert _actor(text, "Gunmen")[1] == "UAF"


def test_a_state_modifying_a_vehicle_is_not_where_things_happen():
    text = (
        "The men were flown out of the region on US choppers, according to a local police source."
    )
    assert _actor(text, "local police source")[0] != "USA"


def test_hyphenated_names_and_names_set_off_after_a_title():
    text = (
        "The crisis has boosted the prospects of Taiwan’s incumbent president, Tsai Ing-wen "
        "of the Democratic Progressive party. Cheuk Hau-yip, the commander of Kowloon West "
        "district, said the rioters must surrender."
    )
    found = by_text(resolve_text(text, "2019-11-18"))
    tsai = found["Tsai Ing-wen"].actor
    assert (tsai.country, tsai.sector) == ("TWN", "GOV")
    assert found["Cheuk Hau-yip"].actor.sector == "MIL"


def test_bare_officers_are_police_and_army_officers_soldiers():
    text = (
        "Police besieged the campus in Hong Kong, and officers threatened to use live fire. "
        "In Hong Kong, army officers watched."
    )
    found = by_text(resolve_text(text, "2019-11-18"))
    assert found["officers"].actor.sector == "COP"
    assert found["army officers"].actor.sector == "MIL"


def test_a_role_takes_the_one_state_its_sentence_names_in_a_story_about_another():
    text = (
        "Donald Trump said Monday that Hillary Clinton lied, and Trump told U.S. voters in "
        "Ohio that the Clinton campaign was over. Trump spoke in Iowa and in Texas.\n\n"
        "Spain braced for weeks of political uncertainty after voters ended decades of "
        "two-party dominance.\n\nThe homeless woman told police in Las Vegas she was stressed."
    )
    found = by_text(resolve_text(text, "2015-12-22"))
    assert (found["voters"].actor.country, found["voters"].actor.sector) == ("ESP", "CVL")
    assert found["police"].actor.country == "USA"


def test_organisations_we_do_not_know_take_their_head_word_in_lower_case_too():
    text = "Following paper work with the immigration department, the deportees left Delhi."
    assert _actor(text, "immigration department")[1] == "GOV"


def test_an_ambassador_serves_the_state_before_the_title_not_the_one_after_to():
    text = (
        "China’s ambassador to Britain Liu Xiaming has said that China has the power to end "
        "the unrest in Hong Kong."
    )
    found = by_text(resolve_text(text, "2019-11-18"))
    liu = next(m for m in found.values() if m.text.endswith("Liu Xiaming"))
    assert liu.actor.country == "CHN"


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # an office of an international organisation is the organisation's (IGO), not GOV
        (
            "The UN's high commissioner for human rights will visit Niger on Tuesday.",
            "UN's high commissioner",
            ("UN", "IGO"),
        ),
        (
            "U.N. Secretary General Kofi Annan asked Syria to allow safe zones.",
            "U.N. Secretary General Kofi Annan",
            ("UN", "IGO"),
        ),
        # a health minister or ministry is the government's (CAMEO GOV), not health workers
        (
            "The wounded could not be moved, a Yemeni health minister said.",
            "Yemeni health minister",
            ("YEM", "GOV"),
        ),
        # state and official news agencies are media
        (
            "Police arrested dozens in Cairo, the Egyptian state news agency reported.",
            "Egyptian state news agency",
            ("EGY", "MED"),
        ),
        # demonym variants the Factbook does not list
        (
            "The Nepalese military held exercises near the coast.",
            "Nepalese military",
            ("NPL", "MIL"),
        ),
        ("The deal was signed by a Slovakian envoy in Colombo.", "Slovakian envoy", ("SVK", "GOV")),
    ],
)
def test_foreign_offices_media_and_demonyms(text, phrase, expected):
    mention = by_text(resolve_text(text, "2012-05-01"))[phrase]
    assert (mention.actor.country, mention.actor.sector) == expected, mention.reason


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a transliterated armed-group name spaCy reads as a person is a rebel group
        (
            "A spokesman for Jamaat Ansar Dine called on soldiers in Sudan to arrest them.",
            "Jamaat Ansar Dine",
        ),
        # 'rebel faction', 'armed group' are rebels, with the story's country
        (
            "A rebel faction in Sudan announced Friday it would lay down arms.",
            "rebel faction in Sudan",
        ),
    ],
)
def test_armed_groups_named_or_described(text, phrase):
    mention = by_text(resolve_text(text, "2012-05-01"))[phrase]
    assert mention.actor.sector == "REB", mention.reason


def test_surname_read_as_an_organisation_is_the_person_named_before():
    text = (
        "Pope Innocent XIV wrote to Hungarian Prime Minister Viktor Orban on Monday. "
        "Orban has sought to crack down on migrants, the Vatican said."
    )
    mentions = resolve_text(text, "2016-05-01")
    found = {m.text: m for m in mentions}
    assert (found["Orban"].actor.country, found["Orban"].actor.sector) == ("HUN", "GOV")
    # a title that names its state by itself
    pope = next(m for m in mentions if "Innocent" in m.text)
    assert pope.actor.country == "VAT", pope.reason


def test_country_name_read_as_a_person_is_the_state():
    text = (
        "The accord will be signed by Sri Lanka's trade minister and the Slovak envoy "
        "during a visit to Colombo."
    )
    mention = by_text(resolve_text(text, "2012-05-01"))["Sri Lanka's trade minister"]
    assert (mention.actor.country, mention.actor.sector) == ("LKA", "GOV"), mention.reason


def test_government_of_a_known_leader_is_their_country():
    text = (
        "Defense Secretary Leon Panetta said the rebels must not seize territory controlled "
        "by the government of President Abdrabbuh Mansour Hadi."
    )
    mentions = resolve_text(text, "2012-05-01")
    role = next(m for m in mentions if m.text.startswith("government of"))
    assert role.actor.country == "YEM", role.reason


def test_plural_parties_are_parties():
    text = "Political parties in Nigeria rejected the result of the vote."
    mention = by_text(resolve_text(text, "2016-05-01"))["Political parties in Nigeria"]
    assert (mention.actor.country, mention.actor.sector) == ("NGA", "PTY"), mention.reason


def test_a_role_word_naming_another_is_no_actor():
    # "People's" names the party; the people do not act
    text = "The People's party in Lebanon said on Monday it would leave the cabinet."
    mentions = resolve_text(text, "2016-05-01")
    assert not any(m.actor.sector == "CVL" for m in mentions), [m.reason for m in mentions]
    assert any(m.actor.sector == "PTY" for m in mentions), [m.reason for m in mentions]


def test_a_dateline_with_a_colon_or_a_dash_opening_the_body_gives_its_country():
    # spaCy tags no place in "PESHAWAR:", and "Cape Town -" is not in capitals
    assert _actor("PESHAWAR: Police arrested two men on Friday.", "Police") == ("PAK", "COP")
    assert _actor("Cape Town - Police arrested two men on Friday.", "Police") == ("ZAF", "COP")
    text = "Raipur, India - Rights activists called for an inquiry on Friday."
    assert _actor(text, "Rights activists")[0] == "IND"
    text = "TOWER, Minn. (AP) -- Two former officials were charged on Friday."
    assert _actor(text, "Two former officials")[0] == "USA"
    # a surname opening a headline is no dateline (Obama is also a town in Japan)
    assert _actor("Obama: the mayor spoke to reporters.", "mayor")[0] != "JPN"


def test_a_name_with_a_middle_initial_is_the_known_person_without_it():
    text = "MOSCOW, Sept. 24 -- President Vladimir V. Putin tonight offered broad support."
    found = by_text(resolve_text(text, "2001-09-24"))
    putin = found["President Vladimir V. Putin"]
    assert putin.actor.code == "RUSGOV" and "people.tsv: Vladimir Putin" in putin.reason


def test_factbook_plural_nationality_nouns_and_outgoing_office_holders():
    assert _actor("Next week, South Africans will vote.", "South Africans") == ("ZAF", None)
    assert _actor("Zimbabweans queued for bread.", "Zimbabweans") == ("ZWE", None)
    # "outgoing" still holds the office; "former" no longer does
    text = "The outgoing Kenyan president met the former Kenyan president."
    found = by_text(resolve_text(text, "2016-05-01"))
    assert [m.actor.sector for m in found.values() if "president" in m.text] == ["GOV", "ELI"]


def test_an_acronym_defined_after_an_actor_stands_for_it_later():
    text = (
        "The Independent National Electoral Commission (INEC) postponed the vote in Nigeria. "
        "INEC said the delay was needed."
    )
    found = [m for m in resolve_text(text, "2019-02-16") if m.text == "INEC"]
    assert [m.actor.code for m in found] == ["NGAGOV"] and "acronym" in found[0].reason


def test_the_central_government_in_a_dependencys_story_is_its_sovereigns():
    text = (
        "HONG KONG (Reuters) - Hong Kong police arrested 20 protesters on Sunday. "
        "The city's leader said the central government backed the Hong Kong police."
    )
    found = by_text(resolve_text(text, "2019-10-01"))
    assert found["central government"].actor.code == "CHNGOV"
    assert found["Hong Kong police"].actor.code == "HKGCOP"


def test_a_chief_executive_of_a_place_governs_and_of_a_company_runs_it():
    assert _actor("The Hong Kong chief executive spoke.", "Hong Kong chief executive") == (
        "HKG",
        "GOV",
    )
    text = "Carrie Lam, the chief executive of Hong Kong, spoke on Monday."
    assert _actor(text, "Carrie Lam", "2019-10-01") == ("HKG", "GOV")
    text = "Dennis Muilenburg, the Boeing chief executive, spoke on Monday."
    assert _actor(text, "Dennis Muilenburg", "2019-10-01") == ("USA", "BUS")


def test_a_courtesy_title_before_the_name_does_not_say_the_office():
    text = "MOGADISHU, Somalia (AP) -- Al-Shabab spokesman Sheikh Ali Dhere said the group did it."
    assert _actor(text, "Al-Shabab spokesman Sheikh Ali Dhere")[1] == "REB"
    text = "KABUL, Afghanistan (AP) -- Taliban commander Mullah Abdul Rauf said they would fight."
    assert _actor(text, "Taliban commander Mullah Abdul Rauf")[1] == "REB"


def test_a_former_leader_of_a_party_is_elite_not_the_party():
    """A former office holder stays ELI even when the body he led is named ("of the ANC" makes a
    sitting president a party man, PTY; a former leader is neither)."""
    text = "The former leader of the Labour Party, Ed Miliband, spoke in London."
    found = by_text(resolve_text(text, "2016-05-01"))
    assert found["former leader of the Labour Party"].actor.code == "GBRELI"
    sitting = by_text(resolve_text("The president of the ANC spoke in Johannesburg.", "2016-05-01"))
    assert sitting["president of the ANC"].actor.code == "ZAFPTY"


@pytest.mark.parametrize(
    "text, phrase, sector",
    [
        ("A witness said the car sped away from the scene.", "witness", "CVL"),
        (
            "Two Australian clubbers were arrested in Bali on Saturday.",
            "Two Australian clubbers",
            "CVL",
        ),
        ("Pathologists said the man had been shot twice.", "Pathologists", "HLH"),
        ("A parish clerk said the church was closed.", "parish clerk", "REL"),
        ("Germany's Jewish community condemned the attack.", "Germany's Jewish community", "REL"),
    ],
)
def test_common_nouns_of_people_by_what_they_do(text, phrase, sector):
    """Agent nouns of health workers, bystanders and faith communities carry their sector."""
    found = by_text(resolve_text(text, "2019-05-01"))
    matches = [m for t, m in found.items() if phrase.lower() in t.lower()]
    assert matches, found.keys()
    assert matches[0].actor.sector == sector


def test_a_state_institution_takes_the_one_country_a_short_text_names():
    text = (
        "It is a long time since a government came up with a budget on the scale of that "
        "presented to parliament by Rishi Sunak."
    )
    assert _actor(text, "parliament", "2020-07-09") == ("GBR", "LEG")
    text = "Two pedestrians were killed after a car struck them, and Rishi Sunak sent condolences."
    assert _actor(text, "Two pedestrians", "2020-07-09")[0] is None  # people, not an institution
