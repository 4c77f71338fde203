"""Rules of the thirty-fifth round (issues #20 and #14): a meeting of one body is no
consultation; a host needs a guest, not a debate; yielding and cutting ties told as a noun ("the
lifting of sanctions", "the suspension of relations") are coded as their verbs; a verb announcing
an act announces its subject's own; one who faces or draws an act is its target; a weapon tested
shows military power; computers attacked are coercion; "stood down" is a resignation; a group
that threatens makes a threat; a verb used as a compound modifier is no act; "as opposed to" is
no opposing; a state after "at" is aimed at, not where the doer is; an association named for
businesses is a business body; snipers and shooters are unidentified armed forces."""

from __future__ import annotations

from event_coding import coded, codes, event_of, resolved


def test_a_meeting_of_one_body_is_no_consultation():
    assert not any(
        e.cameo.startswith("04")
        for text in (
            "Changes at the spring meeting in Florida would only be recommendations.",
            "The Rules Committee meeting was cancelled.",
            "Attendees at Thursday's summit of the Republican Jewish Coalition were amused.",
        )
        for e in coded(text)
    )
    # a meeting with another side is one
    assert "040" in codes("Kenyatta's meeting with Museveni in Nairobi lasted an hour.")


def test_a_host_needs_a_guest_not_a_debate():
    text = "Adelson spoke a few days after hosting the latest debate among Republican candidates."
    assert not any(e.cameo.startswith("04") for e in coded(text))
    event = next(
        e
        for e in coded("Kenyan President Uhuru Kenyatta hosted Chinese Premier Li Keqiang.")
        if e.cameo == "043"
    )
    assert (event.source.country, event.target.country) == ("KEN", "CHN"), event


def test_sanctions_lifted_as_a_noun_are_eased_not_imposed():
    found = codes("The lifting of sanctions on Iran angered Israel.")
    assert "085" in found and "163" not in found, found
    assert "0813" in codes("The easing of the curfew in Nairobi was welcomed.")
    # imposed sanctions stay sanctions
    assert "163" in codes("The United States imposed sanctions on Iran.")


def test_an_announced_act_is_the_announcers_own():
    event = event_of("Hamas announced a ceasefire on Sunday.", cameo="0871")
    assert event.source.text == "Hamas", event
    # a speech verb that reacts to another's act does not make the speaker its doer
    assert not any(
        e.cameo == "0871" and e.source.text == "Egypt"
        for e in coded("Egypt welcomed the ceasefire between Israel and Hamas.")
    )


def test_one_who_faces_or_draws_an_act_is_its_target():
    event = next(
        e
        for e in coded("The ministry drew sharp criticism from rights groups.")
        if e.cameo.startswith("11")
    )
    assert (event.source.sector, event.target.sector) == ("HRI", "GOV"), event
    event = next(
        e for e in coded("The Nigerian army came under attack in Borno.") if e.cameo == "180"
    )
    assert event.target.sector == "MIL" and event.target.country == "NGA", event


def test_a_weapon_tested_shows_military_power():
    assert "150" in codes("North Korea tested a ballistic missile on Sunday.")
    assert "150" in codes("Iran test-fired a ballistic missile.")
    assert "150" in codes("North Korea conducted a missile test.")
    # fired at someone it is fighting
    assert "150" not in codes("Hamas fired rockets at Israel.")


def test_an_association_named_for_businesses_is_a_business_body():
    found = resolved("The Kenya Association of Manufacturers said taxes were too high.")
    assert found["Kenya Association of Manufacturers"] == ("KEN", "BUS"), found
    found = resolved("The Vintners Federation of Ireland criticised the plan.")
    assert found["Vintners Federation of Ireland"] == ("IRL", "BUS"), found
    # one named for a cause stays an NGO
    found = resolved("The Kenya Human Rights Association condemned the arrests.")
    assert found["Kenya Human Rights Association"][1] == "NGO", found


def test_ties_cut_told_as_a_noun_are_coded_as_the_verb():
    event = next(
        e
        for e in coded(
            "Yemen's government announced the suspension of relations with Saudi Arabia."
        )
        if e.cameo == "161"
    )
    assert (event.source.country, event.target.country) == ("YEM", "SAU"), event
    assert "161" in codes("The severing of ties with Qatar hurt trade.")
    # a suspension of a person is no cut in ties
    assert not any(
        e.cameo.startswith("16") for e in coded("The suspension of the minister was announced.")
    )


def test_computers_attacked_are_coercion_not_fighting():
    found = codes("North Korea launched a cyber attack on Sony.")
    assert "170" in found and "190" not in found, found
    assert "170" in codes("Russian hackers hacked the Democratic National Committee.")
    # an attack launched with arms stays fighting; "hacked to death" a killing
    assert "190" in codes("Russia launched an attack on Ukraine.")
    assert "1823" in codes("The villagers were hacked to death by militiamen.")


def test_a_leader_who_stood_down_resigned():
    assert "0831" in codes("Kenyan President Uhuru Kenyatta stood down late Tuesday.")
    assert codes("Trump stood by his remarks.") == set()


def test_a_group_that_threatens_makes_a_threat_and_a_compound_verb_is_no_act():
    assert any(
        e.cameo.startswith("13") for e in coded("The group threatened to attack Western targets.")
    )
    found = codes("The union negotiating team has threatened to go on strike.")
    assert any(c.startswith("13") for c in found) and "046" not in found, found
    # a thing that threatens poses a risk
    assert codes("As technology threatens to change the industry, firms adapt.") == set()


def test_as_opposed_to_is_no_opposing():
    text = "She wants to talk about jobs, as opposed to defending her connections to Wall Street."
    assert not any(e.cameo.startswith("12") for e in coded(text))
    assert "120" in codes("Kenya opposed the resolution.")


def test_a_state_fired_at_is_no_country_for_the_doers():
    event = next(
        e for e in coded("Militants fired rockets at Israel on Tuesday.") if e.cameo == "180"
    )
    assert event.source.country is None and event.target.country == "ISR", event
    # where things happen still gives the country
    event = next(
        e for e in coded("Police fired tear gas at protesters in Nairobi.") if e.cameo == "175"
    )
    assert event.source.country == "KEN", event


def test_snipers_and_shooters_are_unidentified_armed_forces():
    found = resolved("A sniper killed five officers. The shooter fled.")
    assert found["sniper"] == (None, "UAF") and found["shooter"] == (None, "UAF"), found


def test_speech_acts_told_as_nouns_are_coded():
    event = next(
        e for e in coded("The ministry received praise from rights groups.") if e.cameo == "051"
    )
    assert (event.source.sector, event.target.sector) == ("HRI", "GOV"), event
    assert "055" in codes("The minister's apology to the victims was accepted.")
