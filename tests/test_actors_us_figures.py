"""People of US politics, courts and broadcasting in ``people.tsv``, resolved by the article's
date; surnames written with a typographic apostrophe, as news sets them, are the same names."""

from test_actors import by_text, resolve_text

STORY = (
    "Former Gov. Martin O’Malley said on Tuesday that FBI Director James Comey had been fair. "
    "O’Malley added that Justice Ruth Bader Ginsburg was right. Sean Hannity disagreed, "
    "and Ben Carson said the court should wait."
)


def test_figures_of_2016_take_the_office_they_held_that_day():
    found = by_text(resolve_text(STORY, "2016-07-12"))
    assert found["Former Gov. Martin O’Malley"].actor.code == "USAELI"  # out of office since 2015
    assert found["O’Malley"].actor.code == "USAELI"  # the curly apostrophe: the same surname
    assert found["FBI Director James Comey"].actor.code == "USACOP"
    assert found["Sean Hannity"].actor.code == "USAMED"
    assert found["Ben Carson"].actor.code == "USAELI"  # a candidate, before his cabinet post
    ginsburg = [m for m in found.values() if "Ginsburg" in m.text]
    assert ginsburg and ginsburg[0].actor.code == "USAJUD"


def test_the_same_people_years_later_are_former_office_holders():
    found = by_text(resolve_text("James Comey said the memo was accurate.", "2018-04-15"))
    assert found["James Comey"].actor.code == "USAELI"


def test_obama_cabinet_members_by_their_dated_offices():
    text = (
        "BEIJING (AP) - Treasury Secretary Jacob J. Lew opened the talks on Monday. "
        '"Excess capacity has a damaging effect on global markets," Mr. Lew said.'
    )
    found = [m for m in resolve_text(text, "2016-06-07") if m.text == "Mr. Lew"]
    assert [(m.actor.country, m.actor.sector) for m in found] == [("USA", "GOV")]
    text = "Former President Jimmy Carter said Israel was in danger. Carter spoke in Atlanta."
    found = [m for m in resolve_text(text, "2015-12-10") if m.text == "Carter"]
    assert [(m.actor.country, m.actor.sector) for m in found] == [("USA", "ELI")]
