"""A known organisation spaCy reads as a facility, a body's counsel, aides and analysts, staff
owned by a body's name or by a role, a title beside a person the field dictionary only calls an
elite, a surname spaCy did not read as a name, a trade at a named employer, and a group that
modifies or owns an appositive's head (issue #14, twenty-eighth round, tuned on the judged dev
split's even half, the judged train split and `dev14`)."""

from __future__ import annotations

from test_actors import by_text, code_of, resolve_text


def test_a_known_organisation_read_as_a_facility_is_that_organisation():
    text = "News of the PGA\u2019s move was first reported by the Miami Herald."
    found = by_text(resolve_text(text, published="2016-06-01"))
    assert code_of(found["Miami Herald"]) == ("USA", "MED"), found


def test_counsel_owned_by_a_body_in_an_appositive_speaks_for_it():
    text = (
        "John Ryder, the RNC\u2019s chief counsel and an RNC member from Tennessee, replied later "
        "Saturday to suggest the dispute is a simple misunderstanding."
    )
    found = by_text(resolve_text(text, published="2016-04-17"))
    assert code_of(found["John Ryder"]) == ("USA", "PTY"), found["John Ryder"].reason
    # a person's own lawyer is still of the courts' sector, not the client's
    found = by_text(resolve_text("Hillary Clinton's counsel said no.", published="2016-04-17"))
    assert code_of(found["counsel"]) == ("USA", "JUD")


def test_a_title_in_the_text_wins_over_an_open_ended_elite_entry():
    text = (
        "In a letter filed in federal court Monday as part of a Freedom of Information lawsuit, "
        "FBI general counsel James Baker said the probe is \u201congoing.\u201d"
    )
    found = resolve_text(text, published="2016-02-08")
    baker = next(m for m in found if m.text.endswith("James Baker"))
    assert code_of(baker) == ("USA", "COP"), baker.reason
    # with no title, the stale dictionary entry gives his country only
    found = by_text(resolve_text("James Baker said the probe is ongoing.", published="2016-02-08"))
    assert code_of(found["James Baker"]) == ("USA", None)


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


def test_staff_owned_by_a_role_speak_for_that_office():
    text = (
        "Rep. Trey Gowdy's committee is under fire in Washington. The congressman\u2019s "
        "spokesman also pointed out that the committee employs several active members of the "
        "military."
    )
    found = resolve_text(text, published="2015-11-23")
    spokesman = next(m for m in found if m.text == "spokesman")
    assert code_of(spokesman) == ("USA", "LEG"), spokesman.reason


def test_a_trade_at_a_named_employer_takes_the_employers_sector():
    text = (
        '"These super PACs have been setting the table for New Hampshire voters," says Dante '
        "Scala, a political scientist at the University of New Hampshire."
    )
    found = by_text(resolve_text(text, published="2015-11-27"))
    assert code_of(found["Dante Scala"]) == ("USA", "EDU"), found["Dante Scala"].reason
    text = (
        '"Many would consider that an embarrassment for Hillary Clinton," said David Wasserman, '
        "an elections analyst at the non-partisan Cook Political Report."
    )
    found = by_text(resolve_text(text, published="2016-04-06"))
    assert code_of(found["Cook Political Report"])[1] == "MED"
    assert code_of(found["David Wasserman"])[1] == "MED", found["David Wasserman"].reason


def test_analysts_are_experts_unless_a_named_body_employs_them():
    found = by_text(
        resolve_text(
            "Some analysts say the power of the anti-EU parties may be overstated. Goldman "
            "Sachs analysts disagree.",
            published="2016-04-29",
        )
    )
    assert code_of(found["analysts"])[1] == "EDU"
    assert code_of(found["Goldman Sachs analysts"]) == ("USA", "BUS")


def test_aides_of_a_named_body_speak_for_it():
    text = (
        "Although Johnson's agency declined to comment and Senate aides later said Reid's remark "
        "was not based on his discussion with Johnson, it showed how contentious the issue has "
        "become."
    )
    found = by_text(resolve_text(text, published="2016-01-13"))
    assert code_of(found["Senate aides"])[1] == "LEG", found["Senate aides"].reason


def test_a_group_modifying_or_owning_an_unknown_head_employs_the_person():
    text = (
        "\u201cWhat Pelosi is doing is making the response now,\u201d said Brad Bannon, a "
        "longtime Democratic consultant."
    )
    found = by_text(resolve_text(text, published="2016-08-17"))
    assert code_of(found["Brad Bannon"]) == ("USA", "PTY"), found["Brad Bannon"].reason
    text = (
        '"We are open to trying new things," Jenna Golden, Twitter\'s director of political '
        "advertising, said of Trump\u2019s campaign."
    )
    found = by_text(resolve_text(text, published="2016-03-01"))
    assert code_of(found["Jenna Golden"]) == ("USA", "BUS"), found["Jenna Golden"].reason
    # a role the lists know keeps its own sector ("a Republican voter" is a citizen)
    found = by_text(resolve_text("Jane Doe, a Republican voter, said no.", published="2016-03-01"))
    assert code_of(found["Jane Doe"])[1] == "CVL"


def test_a_surname_after_a_generational_suffix_is_the_person():
    text = (
        "But it turns out, actually, that Rubio donor Luther Stan Pate IV, a Tuscaloosa real "
        "estate tycoon, was the one behind the effort. Pate made a contribution to the campaign "
        "of Sen. Marco Rubio."
    )
    found = resolve_text(text, published="2016-01-01")
    full = next(m for m in found if m.text.endswith("Pate IV"))
    later = [m for m in found if m.text == "Pate"]
    assert later and all(m.person_id == full.person_id for m in later), [
        (m.text, m.reason) for m in found
    ]
