"""Event rules of the thirtieth round (issue #20): who an act is done to, in the ways
international news names it. A state after "to" is the one the act goes to; a city taken or
shelled is the place acted on; an appeal or demand "that X do" is made of X; tear gas is
repression, not an assault."""

from __future__ import annotations

from event_coding import coded


def targets(text: str, root: str) -> list[tuple[str | None, str | None]]:
    """(country, sector) of the targets of the events with that CAMEO root."""
    return [
        (e.target.country, e.target.sector)
        for e in coded(text)
        if e.cameo.startswith(root) and e.target is not None
    ]


def test_a_state_after_to_is_the_one_the_act_goes_to():
    assert ("RUS", None) in targets("Turkey appealed to Russia to stop the bombing.", "02")
    assert ("DZA", None) in targets("France apologized to Algeria on Tuesday.", "05")
    aided = targets("Japan sent aid to the Philippines and Vietnam.", "07")
    assert ("PHL", None) in aided and ("VNM", None) in aided, aided


def test_tear_gas_fired_at_a_crowd_is_repression_of_that_crowd():
    text = "Riot police fired tear gas at thousands of demonstrators in Nairobi on Tuesday."
    repression = [e for e in coded(text) if e.cameo == "175"]
    assert repression, coded(text)
    assert repression[0].source.sector == "COP"
    assert repression[0].target is not None and repression[0].target.sector == "CVL"


def test_a_city_seized_is_territory_occupied_in_its_country():
    seized = [e for e in coded("M23 rebels seized Bunia on Sunday.") if e.cameo.startswith("19")]
    assert seized and seized[0].cameo == "192", coded("M23 rebels seized Bunia on Sunday.")
    assert seized[0].target is not None and seized[0].target.country == "COD"


def test_a_demand_that_someone_act_is_made_of_them():
    assert ("ISR", None) in targets("The UN urged that Israel halt the strikes.", "02")
    demanded = targets("Protesters demanded that Prime Minister Hun Sen step down.", "10")
    assert demanded and demanded[0][1] == "GOV", demanded
    # "that he be released" asks it of his jailers, not of him
    assert not targets("The senator demanded that he be released.", "10")
