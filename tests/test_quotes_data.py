"""Quotes: the quotation-mark scanner, the cue lexicon, the scorer and the commands."""

from __future__ import annotations

import json

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.evaluation.quotes import Counts, Gold, Record, Score, score_record
from eventwire.models import Article, Quote
from eventwire.quotes import cues, marks


def runs(text: str) -> list[str]:
    return [text[q.start : q.end] for q in marks.find(text)]


def test_marks_every_style():
    assert runs("\"Straight,\" he said. “Curly.” ‘Single’ and ''doubled''") == [
        "Straight",
        "Curly.",
        "Single",
        "doubled",
    ]


def test_marks_apostrophes_and_nested_single_quotes_are_not_quotes():
    text = "Clinton’s aides said “the ‘plan’ is dead” and voters’ anger grew."
    assert runs(text) == ["the ‘plan’ is dead"]


def test_marks_paragraph_continuation():
    text = "“One paragraph.\n\n“Two paragraphs.”\n\n“New quote.”"
    found = marks.find(text)
    assert [(text[q.start : q.end], q.closed, q.continues) for q in found] == [
        ("One paragraph.", False, False),
        ("Two paragraphs.", True, True),
        ("New quote.", True, False),
    ]


def test_marks_paragraph_opened_with_a_closing_mark():
    assert runs("”Fear. I am afraid.” ― Edwin\nAnd then ” stray.") == ["Fear. I am afraid."]
    # a space after the wrong mark, when the paragraph closes the quote later on
    assert runs("” … what I learned is that it matters,” he said.\n” stray.") == [
        "… what I learned is that it matters"
    ]


def test_marks_unclosed_quote_ends_with_its_paragraph():
    assert runs("He said “never closed\nNext line.") == ["never closed"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ,.\n\"'“”‘’«»")), max_size=80))
def test_marks_never_crash_and_stay_in_bounds(text):
    for q in marks.find(text):
        assert 0 <= q.outer_start <= q.start < q.end <= q.outer_end <= len(text)


def test_cue_lexicon_loads_and_is_consistent():
    lexicon = cues.load()
    assert {"say", "tell", "add", "warn", "argue", "insist"} <= lexicon.speech
    assert ("according", "to") in lexicon.according_to
    assert (
        lexicon.object_content
        <= lexicon.speech | lexicon.stance | lexicon.characterize | lexicon.intention
    )
    assert set(lexicon.prepositions) <= lexicon.object_content
    assert all(isinstance(p, str) for preps in lexicon.prepositions.values() for p in preps)


@pytest.fixture
def raw_lexicon() -> dict:
    from importlib import resources

    return yaml.safe_load(
        (resources.files("eventwire.quotes") / "cues.yaml").read_text(encoding="utf-8")
    )


@pytest.mark.parametrize(
    "breakage, message",
    [
        (lambda d: d["speech"].append("say"), "duplicate"),
        (lambda d: d["stance"].append("tell"), "both"),
        (lambda d: d.update(extra=[]), "sections"),
        (lambda d: d["object_content"].append("dance"), "no verb list"),
        (lambda d: d["prepositions"].update(say=["to"]), "object_content"),
        (lambda d: d["prepositions"].update(call=[True]), "lower-case"),
        (lambda d: d["speech"].append("point out"), "single lemmas"),
    ],
)
def test_cue_lexicon_rejects_mistakes(raw_lexicon, breakage, message):
    breakage(raw_lexicon)
    with pytest.raises(ValueError, match=message):
        cues.parse_cues(raw_lexicon)


TEXT = "Smith said the plan failed badly. “We lost,” Jones said. The weather was fine today."


def quote(text: str, kind: str = "indirect", speaker_text: str | None = None) -> Quote:
    start = TEXT.index(text)
    speaker_span = (
        (TEXT.index(speaker_text), TEXT.index(speaker_text) + len(speaker_text))
        if speaker_text
        else None
    )
    return Quote(
        id=text,
        text=text,
        kind=kind,
        span=(start, start + len(text)),
        segments=[(start, start + len(text))],
        sentence_index=0,
        speaker_text=speaker_text,
        speaker_span=speaker_span,
    )


def gold(text: str, source: str | None = None, direct: bool = False) -> Gold:
    start = TEXT.index(text)
    src = [(TEXT.index(source), TEXT.index(source) + len(source))] if source else []
    return Gold(content=[(start, start + len(text))], source=src, direct=direct)


def test_scoring_half_of_the_shorter_and_speakers():
    record = Record(
        id="r",
        text=TEXT,
        gold=[gold("the plan failed badly", "Smith"), gold("“We lost,”", "Jones", direct=True)],
    )
    predicted = [
        quote("plan failed", speaker_text="Smith"),  # 2 of 2 tokens inside gold: a match
        quote("We lost", "direct", speaker_text="The weather"),  # matched, wrong speaker
        quote("The weather was fine today"),
    ]  # no gold: spurious
    score = Score()
    score_record(record, Article(id="r", body=TEXT, quotes=predicted), score, [None, None])
    assert (score.content.matched, score.content.predicted, score.content.gold) == (2, 3, 2)
    assert (score.direct.matched, score.direct.predicted, score.direct.gold) == (1, 1, 1)
    assert (score.speaker_correct, score.speaker_pairs) == (1, 2)
    assert score.spurious == [("r", "The weather was fine today")]


def test_scoring_needs_half_of_the_shorter_span():
    record = Record(id="r", text=TEXT, gold=[gold("the plan failed badly")])
    score = Score()
    one_of_four = quote("Smith said the")  # shares 1 token ("the") with a 4-token gold: 1 < 0.5 * 3
    score_record(record, Article(id="r", body=TEXT, quotes=[one_of_four]), score, [None])
    assert score.content.matched == 0 and score.misses == [("r", "the plan failed badly")]


def test_counts_f1():
    counts = Counts(predicted=10, gold=20, matched=8)
    assert (counts.precision, counts.recall) == (0.8, 0.4)
    assert counts.f1 == pytest.approx(2 * 0.8 * 0.4 / 1.2)


runner = CliRunner()


def test_quotes_command_prints_speaker_and_quote(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(
        "“We will not retreat,” the defence minister said on Monday.\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["quotes", str(path), "-q"])
    assert result.exit_code == 0, result.output
    speaker, said = result.output.strip().split(" — ")
    assert speaker.startswith("the defence minister") and speaker.endswith(" said")
    assert said == "“We will not retreat”  [direct]"
    result = runner.invoke(app, ["quotes", str(path), "-q", "--format", "json"])
    line = json.loads(result.output.splitlines()[0])
    assert line["text"] == "We will not retreat" and line["speaker_text"] == "the defence minister"
    result = runner.invoke(app, ["quotes", str(path), "-q", "--format", "csv"])
    assert result.output.splitlines()[1].endswith(
        ",the defence minister,direct,said,,We will not retreat,1,20"
    )
    assert runner.invoke(app, ["quotes", str(path), "-q", "--q", "surrender"]).output == ""
    assert runner.invoke(app, ["quotes", str(path), "--since", "2022-01-01"]).exit_code == 2


def test_quotes_command_without_file_queries_the_store(tmp_path):
    result = runner.invoke(app, ["quotes", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 2 and "missing.duckdb" in result.output


def test_eval_quotes_command(tmp_path):
    text = "“We lost,” Jones said. Smith said the plan failed badly."
    attributions = [
        {
            "source": [[11, 16, "Jones"]],
            "cue": [[17, 21, "said"]],
            "content": [[0, 10, "“We lost,”"]],
        },
        {
            "source": [[23, 28, "Smith"]],
            "cue": [[29, 33, "said"]],
            "content": [[34, 55, "the plan failed badly"]],
        },
    ]
    for a in attributions:
        for field in a.values():
            assert all(text[s:e] == t for s, e, t in field)
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps({"id": "g1", "text": text, "attributions": attributions}) + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval", "quotes", str(path), "-q"])
    assert result.exit_code == 0, result.output
    assert "content  P 1.000  R 1.000  F1 1.000" in result.output
    assert "direct   P 1.000  R 1.000  F1 1.000" in result.output
    assert "speaker  accuracy 1.000" in result.output
    assert "topic-only gold 0 of 2" in result.output
    even = runner.invoke(app, ["eval", "quotes", str(path), "-q", "--half", "even"])
    odd = runner.invoke(app, ["eval", "quotes", str(path), "-q", "--half", "odd"])
    assert "records 1 " in even.output and "records 0 " in odd.output
    assert runner.invoke(app, ["eval", "quotes", str(tmp_path / "missing.jsonl")]).exit_code == 2


def test_quotes_command_without_file_reads_what_ingest_stored(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        "Moscow talks\n\n“We are ready for talks,” Russian President Vladimir Putin said on Friday.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "store.duckdb")
    assert (
        runner.invoke(
            app, ["ingest", str(story), "--db", db, "-q", "--published", "2022-01-28"]
        ).exit_code
        == 0
    )
    result = runner.invoke(app, ["quotes", "--db", db, "--speaker", "RUS", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [row["text"] for row in rows] == ["We are ready for talks"]
