"""A known organisation spaCy reads as a facility, a body's counsel and staff owned by its
name, a title beside a person the field dictionary only calls an elite, and a surname spaCy
did not read as a name (issue #14, twenty-eighth round, tuned on the judged dev split's even
half and the judged train split)."""

from __future__ import annotations

from test_actors import by_text, resolve_text


def code(mention) -> tuple[str | None, str | None]:
    return mention.actor.country, mention.actor.sector


def test_a_known_organisation_read_as_a_facility_is_that_organisation():
    text = "News of the PGA\u2019s move was first reported by the Miami Herald."
    found = by_text(resolve_text(text, published="2016-06-01"))
    assert code(found["Miami Herald"]) == ("USA", "MED"), found


def test_counsel_owned_by_a_body_in_an_appositive_speaks_for_it():
    text = (
        "John Ryder, the RNC\u2019s chief counsel and an RNC member from Tennessee, replied later "
        "Saturday to suggest the dispute is a simple misunderstanding."
    )
    found = by_text(resolve_text(text, published="2016-04-17"))
    assert code(found["John Ryder"]) == ("USA", "PTY"), found["John Ryder"].reason
    # a person's own lawyer is still of the courts' sector, not the client's
    found = by_text(resolve_text("Hillary Clinton's counsel said no.", published="2016-04-17"))
    assert code(found["counsel"]) == ("USA", "JUD")


def test_a_title_in_the_text_wins_over_an_open_ended_elite_entry():
    text = (
        "In a letter filed in federal court Monday as part of a Freedom of Information lawsuit, "
        "FBI general counsel James Baker said the probe is \u201congoing.\u201d"
    )
    found = resolve_text(text, published="2016-02-08")
    baker = next(m for m in found if m.text.endswith("James Baker"))
    assert code(baker) == ("USA", "COP"), baker.reason
    # with no title, the stale dictionary entry gives his country only
    found = by_text(resolve_text("James Baker said the probe is ongoing.", published="2016-02-08"))
    assert code(found["James Baker"]) == ("USA", None)


def test_a_surname_spacy_did_not_read_as_a_name_is_the_person_named_before():
    text = (
        "She recently praised Republican presidential candidate Donald Trump for speaking out "
        "against illegal aliens. In August Trump met with Espinoza and families of victims "
        "killed by illegal aliens."
    )
    found = resolve_text(text, published="2015-12-11")
    trumps = [m for m in found if m.text == "Trump"]
    assert len(trumps) == 1 and trumps[0].actor.country == "USA", [m.text for m in found]
    assert (
        trumps[0].person_id == next(m for m in found if m.text.endswith("Donald Trump")).person_id
    )
    # a surname inside another name is not the person
    found = resolve_text(
        "Donald Trump spoke. Ivanka Trump visited Trump Tower.", published="2015-12-11"
    )
    assert not [m for m in found if m.text == "Trump"], [m.text for m in found]
