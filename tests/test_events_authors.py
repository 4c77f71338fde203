"""A statement, video, speech or lawsuit that acts is its author acting (``authors`` in
patterns.yaml, ``events/authors.py``): the author is the work's owner, its maker, or whoever made
it with a making verb."""

from __future__ import annotations

from event_coding import coded


def _sources(text: str, root: str) -> set[str | None]:
    """The source codes of the events of ``root``."""
    return {e.source.code if e.source else None for e in coded(text) if e.cameo[:2] == root}


def _countries(text: str, root: str) -> set[str | None]:
    return {e.source.country if e.source else None for e in coded(text) if e.cameo[:2] == root}


def test_whoever_issues_a_statement_condemning_condemns():
    assert _sources("Russia issued a statement condemning the air strikes.", "11") == {"RUS"}
    assert _sources("The Kremlin released statements deploring the attack.", "11") == {"RUSGOV"}


def test_a_video_someone_released_accuses_for_them():
    text = "Senator Rand Paul has released a web video that accuses Ted Cruz of lying."
    assert _sources(text, "11") == {"USALEG"}


def test_a_speech_speaks_for_its_owner_or_for_whoever_gave_it():
    assert _countries(
        "Mitt Romney helped launch the movement with a March speech denouncing Donald Trump.",
        "11",
    ) == {"USA"}
    assert _sources("Theresa May gave a speech criticising the European Commission.", "11") == {
        "GBRGOV"
    }


def test_a_work_written_by_someone_speaks_for_them():
    text = "An article written by Senator Bernie Sanders accuses Wall Street of fraud."
    assert _countries(text, "11") == {"USA"}


def test_a_work_whose_author_is_not_in_its_sentence_keeps_no_code():
    assert _sources("The statement accused the minister of lying.", "11") == {None}


def test_the_statement_speaks_for_whoever_issued_it_sentences_before():
    text = (
        "The Kremlin issued a statement on Friday night. It came after days of silence. "
        "The statement accused Ukraine of shelling the town."
    )
    assert _sources(text, "11") == {"RUSGOV"}
    alone = "It came after days of silence. The statement accused Ukraine of shelling the town."
    assert _sources(alone, "11") == {None}
