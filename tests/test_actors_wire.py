"""Actors of 1980s-2000s wire text (issue #14, eleventh round, tuned on `dev11`): the Soviet
Union and other former states, national news agencies."""

from __future__ import annotations

from test_actors import by_text, code_of, resolve_text


def _code(text: str, phrase: str) -> tuple[str | None, str | None]:
    found = by_text(resolve_text(text))
    hits = [m for key, m in found.items() if phrase in key]
    assert hits, (phrase, sorted(found))
    return code_of(max(hits, key=lambda m: m.end - m.start))


def test_soviet_actors_take_russias_code():
    text = "Soviet troops pulled back from the border, a spokesman in Kabul said."
    assert _code(text, "Soviet troops") == ("RUS", "MIL")
    text = "A Soviet diplomat met Afghan leaders in Islamabad on Monday."
    assert _code(text, "Soviet diplomat") == ("RUS", "GOV")


def test_former_states_have_their_successors_code():
    assert _code("Czechoslovakia expelled two Hungarian diplomats.", "Czechoslovakia") == (
        "CZE",
        None,
    )
    assert _code("East Germany opened its border on Thursday.", "East Germany") == ("DEU", None)


def test_national_news_agencies():
    text = "Clashes continued near the border, the state news agency Tanjug reported."
    assert _code(text, "Tanjug") == ("SRB", "MED")
    text = "Police detained a reporter of United Press International in Warsaw."
    assert _code(text, "United Press International") == ("USA", "MED")
    text = "The talks resumed in Prague on Monday, CTK said."
    assert _code(text, "CTK") == ("CZE", "MED")
