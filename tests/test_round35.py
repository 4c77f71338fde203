"""Rules of the thirty-fifth round (issues #20 and #14): a meeting of one body is no
consultation; a host needs a guest, not a debate; yielding told as a noun ("the lifting of
sanctions") is coded as its verb and is no imposing of them; a verb announcing an act announces
its subject's own; one who faces or draws an act is its target; a weapon tested shows military
power; an association named for businesses is a business body."""

from __future__ import annotations

from event_coding import coded
from eventwire import actors, nlp
from eventwire.models import Article


def codes(text: str) -> set[str]:
    return {e.cameo for e in coded(text)}


def resolved(text: str) -> dict[str, tuple[str | None, str | None]]:
    document = next(nlp.parse([Article(id="t", body=text)]))
    return {m.text: (m.actor.country, m.actor.sector) for m in actors.resolve(document)}


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
    assert codes("Michigan Gov. Rick Snyder hosted a reception at the library.") == set()
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
    event = next(e for e in coded("Hamas announced a ceasefire on Sunday.") if e.cameo == "0871")
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
