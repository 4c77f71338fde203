"""``eventwire events`` and friends: evidence readable at any width, the same refusals as the
API (exit 2, one line, no traceback), newest first, and the first-minutes messages."""

from __future__ import annotations

import csv
import io
import re

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import Store, queries
from eventwire.store.filter_values import FilterError
from eventwire.store.filters import check_filters


@pytest.fixture(scope="module")
def store_path():
    from api_store import filled_store

    return filled_store()


def run(*args: str, columns: int = 100):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": str(columns)})


@pytest.mark.parametrize("columns", [80, 100])
def test_event_table_keeps_whole_codes_and_every_sentence(store_path, columns):
    result = run("events", "--db", str(store_path), "--limit", "30", columns=columns)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert all(len(line) <= columns for line in lines), max(lines, key=len)
    with Store(store_path, read_only=True) as store:
        shown = queries.events(store, check_filters(), limit=30)
    text = " ".join(line.strip() for line in lines)
    words = re.sub(r"\s+", " ", text)
    for row in shown.itertuples():
        assert f" CAMEO {row.cameo} " in f" {words} "  # whole codes: 057 never shows as 05
        head = f"#{row.event_id} "
        assert head in text
        assert re.sub(r"\s+", " ", row.sentence) in words  # the sentence, wrapped but whole
    assert lines[0].startswith(f"1–{len(shown)} of ")


def test_events_are_newest_first_like_the_dashboard(store_path):
    result = run("events", "--db", str(store_path), "-f", "csv", "--limit", "1000")
    days = [row["day"] for row in csv.DictReader(io.StringIO(result.stdout)) if row["day"]]
    assert days == sorted(days, reverse=True)


def test_new_filters_narrow_the_list(store_path):
    def count(*options):
        result = run("events", "--db", str(store_path), "-f", "csv", *options)
        assert result.exit_code == 0, result.output
        return len(list(csv.DictReader(io.StringIO(result.stdout))))

    everything = count()
    assert count("--resolved-only") <= everything
    assert count("--min-confidence", "0.8") < everything
    conflict = count("--quad-class", "3,4")
    assert 0 < conflict < everything
    assert count("--quad-class", "3") + count("--quad-class", "4") == conflict
    assert count("--max-goldstein", "-0.1") + count("--min-goldstein", "0") == everything


@pytest.mark.parametrize(
    "options, raw",
    [
        (["--actor", "RUSS"], {"actor": "RUSS"}),
        (
            ["--since", "2022-03-01", "--until", "2022-01-01"],
            {"since": "2022-03-01", "until": "2022-01-01"},
        ),
        (["--dyad", "RUS-UKR"], {"dyad": "RUS-UKR"}),
        (["--min-confidence", "2"], {"min_confidence": 2.0}),
        (["--quad-class", "9"], {"quad_class": "9"}),
    ],
)
def test_cli_refuses_what_python_and_the_api_refuse_with_the_same_message(store_path, options, raw):
    with pytest.raises(FilterError) as python:
        check_filters(**raw)
    result = run("events", "--db", str(store_path), *options)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: {python.value}"


def test_no_traceback_for_bad_arguments(store_path, tmp_path):
    not_duckdb = tmp_path / "notes.duckdb"
    not_duckdb.write_text("just notes")
    cases = [
        (["events", "--db", str(store_path), "--limit", "-5"], "limit: must be a whole number"),
        (["events", "--db", str(not_duckdb)], "is not a DuckDB file"),
        (
            [
                "events",
                "--db",
                str(store_path),
                "-f",
                "csv",
                "-o",
                str(tmp_path / "nope" / "x.csv"),
            ],
            "does not exist",
        ),
        (["top", "actors", "--db", str(store_path), "--limit", "0"], "limit: must be"),
        (["events", "--db", str(store_path), "--sort", "colour"], "sort: must be one of"),
    ]
    for args, phrase in cases:
        result = run(*args)
        assert result.exit_code == 2, (args, result.output)
        assert phrase in result.stderr and "Traceback" not in result.output, args
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_output_file_holds_the_listed_rows(store_path, tmp_path):
    out = tmp_path / "conflict.csv"
    result = run(
        "events", "--db", str(store_path), "--quad-class", "3,4", "-f", "csv", "-o", str(out)
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert f"{len(rows)} rows -> {out}" in result.stderr
    with Store(store_path, read_only=True) as store:
        assert len(rows) == queries.count_events(store, check_filters(quad_class="3,4"))


def test_quotes_table_shows_each_quote_whole(store_path):
    result = run("quotes", "--db", str(store_path), "--limit", "5", columns=80)
    assert result.exit_code == 0, result.output
    assert all(len(line) <= 80 for line in result.output.splitlines())
    assert re.match(r"^5 of \d+ quotes", result.output)


def test_quotes_filter_by_kind_speaker_country_and_publisher(store_path):
    with Store(store_path, read_only=True) as store:
        stored = store.query("SELECT kind, speaker_country FROM quotes")
    direct = run("quotes", "--db", str(store_path), "--kind", "direct", "--format", "csv")
    assert direct.exit_code == 0, direct.output
    kinds = {row["kind"] for row in csv.DictReader(io.StringIO(direct.stdout))}
    assert kinds == {"direct"} and (stored.kind == "direct").any()
    country = stored.speaker_country.dropna().iloc[0]
    by_country = run("quotes", "--db", str(store_path), "--speaker-country", country, "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(by_country.stdout)))
    assert rows and {row["speaker_country"] for row in rows} == {country}
    refused = run("quotes", "--db", str(store_path), "--kind", "sideways")
    assert refused.exit_code == 2 and "kind" in refused.output and "Traceback" not in refused.output


def test_version():
    import eventwire

    result = run("--version")
    assert result.exit_code == 0 and result.output.strip() == f"eventwire {eventwire.__version__}"


def test_ingest_says_it_loads_the_model_and_what_to_run_next(tmp_path):
    from conftest import shared_path

    seed = shared_path("seed", "article.txt")
    db = tmp_path / "first.duckdb"
    result = run("ingest", str(seed), "--db", str(db), "--workers", "1")
    assert result.exit_code == 0, result.output
    err = result.stderr
    assert err.index("loading language model") < err.index("run 1 ->")
    assert f"next: eventwire serve --db {db}" in err and "http://127.0.0.1:8000/" in err
