"""Actor resolution: the failure classes of the fifth round (annotations/actors/GUIDE.md)."""

from __future__ import annotations

from test_actors import _actor


def test_refugees_named_with_their_homeland_do_not_move_the_story_abroad():
    text = (
        "ALBANY, N.Y. (AP) -- Thousands marched through the capital on Sunday. The march was "
        "opened by Gov. Kathy Hochul, and speakers included Afghan refugee and teacher Mina "
        "Rahimi and several local pastors."
    )
    assert _actor(text, "Gov. Kathy Hochul", "2023-06-25") == ("USA", "GOV")
