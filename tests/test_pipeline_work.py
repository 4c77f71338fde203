"""The unit of work's warm-up: everything a stage loads lazily is loaded before the first
real document, so no document's time limit (nor a throughput measurement) pays for it."""

from __future__ import annotations

from eventwire.ingest.lines import detect_language, language_identifier
from eventwire.pipeline.work import warm_up


def test_warm_up_loads_the_language_identifier() -> None:
    language_identifier.cache_clear()
    warm_up()
    assert language_identifier.cache_info().currsize == 1
    misses = language_identifier.cache_info().misses
    code, _ = detect_language(
        "Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs "
        "touchés par la sécheresse, selon un communiqué publié dans la soirée à Paris."
    )
    assert code == "fr"
    assert language_identifier.cache_info().misses == misses  # not loaded a second time


def test_warm_up_goes_on_when_the_identifier_cannot_be_unpacked(monkeypatch) -> None:
    """py3langid unpacks its model into a temporary file: a full disk must not stop the run at
    warm-up (the first document that needs the model fails alone instead)."""
    import eventwire.pipeline.work as work

    def no_room() -> None:
        raise OSError(27, "File too large")

    monkeypatch.setattr(work, "language_identifier", no_room)
    warm_up()  # no exception
