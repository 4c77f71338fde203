"""Exports (CSV, Parquet, JSON, GDELT 2.0 event table) and the store's CLI commands."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from conftest import shared_path
from eventwire.store import Store
from eventwire.store.export import export, gdelt_columns
from store_factory import make_article
from test_contract import run_cli

# The GDELT 2.0 event table, in the codebook's order (GDELT-Event_Codebook-V2.0).
GDELT_2_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [
        f"Actor{n}{c}"
        for n in (1, 2)
        for c in (
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        )
    ]
    + [
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    ]
    + [
        f"{g}_{c}"
        for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
        for c in (
            "Type",
            "FullName",
            "CountryCode",
            "ADM1Code",
            "ADM2Code",
            "Lat",
            "Long",
            "FeatureID",
        )
    ]
    + ["DATEADDED", "SOURCEURL"]
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "events.duckdb"
    triples = [("FRAGOV", "040", "RUSGOV"), ("RUSMIL", "190", "UKR")]
    with Store(path) as store:
        store.add(
            [
                make_article(
                    "wire",
                    triples,
                    published="2022-01-28T10:00:00+00:00",
                    source="Reuters",
                    url="https://reuters.example/wire",
                    event_dates=["2022-01-26", None],
                    quotes=[("RUSGOV", "We were ignored")],
                ),
                make_article(
                    "copy",
                    triples,
                    published="2022-01-28T11:00:00+00:00",
                    source="AP",
                    url="https://ap.example/copy",
                    event_dates=["2022-01-26", None],
                ),
            ]
        )
    return path


def test_gdelt_mapping_has_the_61_columns_in_codebook_order():
    assert len(GDELT_2_COLUMNS) == 61
    assert [name for name, _, _ in gdelt_columns()] == GDELT_2_COLUMNS


def test_gdelt_export_rows(db):
    out = io.BytesIO()
    with Store(db, read_only=True) as store:
        assert export(store, "gdelt", out) == 2
    lines = out.getvalue().decode("utf-8").splitlines()
    rows = [dict(zip(GDELT_2_COLUMNS, line.split("\t"))) for line in lines]
    assert all(len(line.split("\t")) == 61 for line in lines)
    attack, talks = rows  # newest first
    assert (talks["SQLDATE"], talks["MonthYear"], talks["Year"]) == ("20220126", "202201", "2022")
    assert talks["FractionDate"] == "2022.0685"
    assert (
        talks["Actor1Code"],
        talks["Actor1Name"],
        talks["Actor1CountryCode"],
        talks["Actor1Type1Code"],
    ) == ("FRAGOV", "FRANCE", "FRA", "GOV")
    assert (talks["Actor2Code"], talks["Actor2CountryCode"]) == ("RUSGOV", "RUS")
    assert (
        talks["EventCode"],
        talks["EventBaseCode"],
        talks["EventRootCode"],
        talks["QuadClass"],
    ) == ("040", "040", "04", "1")
    assert float(talks["GoldsteinScale"]) == 1.0 and talks["IsRootEvent"] == "1"
    assert (talks["NumMentions"], talks["NumSources"], talks["NumArticles"]) == ("2", "2", "2")
    assert (
        talks["ActionGeo_Type"],
        talks["ActionGeo_FullName"],
        talks["ActionGeo_CountryCode"],
    ) == ("4", "Paris", "FRA")
    assert float(talks["ActionGeo_Lat"]) == pytest.approx(48.86)
    assert talks["SOURCEURL"] == "https://reuters.example/wire"
    assert len(talks["DATEADDED"]) == 14 and talks["DATEADDED"].isdigit()
    assert talks["AvgTone"] == "" and talks["Actor1Geo_Type"] == ""
    assert (
        attack["SQLDATE"] == "20220128"
        and attack["IsRootEvent"] == "0"
        and attack["ActionGeo_Type"] == ""
    )


def test_csv_json_parquet_exports_agree(db, tmp_path):
    with Store(db, read_only=True) as store:
        expected = store.events()
        buffer = io.BytesIO()
        export(store, "csv", buffer)
        from_csv = list(csv.DictReader(io.StringIO(buffer.getvalue().decode())))
        buffer = io.BytesIO()
        export(store, "json", buffer, dyad="RUS:UKR")
        from_json = json.loads(buffer.getvalue())
        assert export(store, "parquet", tmp_path / "events.parquet") == 2
        assert export(store, "csv", tmp_path / "quotes.csv", table="quotes") == 1
        with pytest.raises(ValueError, match="events table only"):
            export(store, "gdelt", io.BytesIO(), table="quotes")
    assert [int(r["event_id"]) for r in from_csv] == list(expected["event_id"])
    assert [r["cameo"] for r in from_json] == ["190"] and from_json[0]["num_articles"] == 2
    parquet = pd.read_parquet(tmp_path / "events.parquet")
    assert list(parquet["event_id"]) == list(expected["event_id"])
    assert list(parquet["sentence"]) == list(expected["sentence"])


def cli(*args: str):
    """The command in-process (the subprocess path is covered by the ingest test below)."""
    from typer.testing import CliRunner

    from eventwire.cli import app

    return CliRunner().invoke(app, list(args))


def test_cli_queries_on_a_store(db, tmp_path):
    result = cli("series", "--dyad", "RUS:UKR", "--db", str(db), "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows == [{**rows[0], "period": "2022-01-28", "events": "1", "material_conflict": "1"}]

    table = cli("series", "--dyad", "RUS:UKR", "--db", str(db), "--freq", "week")
    assert table.exit_code == 0 and "2022-01-24" in table.stdout
    assert "no dated events" in cli("series", "--dyad", "USA:CHN", "--db", str(db)).stderr

    events = cli("events", "--actor", "FRA", "--db", str(db), "--format", "json")
    assert [e["cameo"] for e in json.loads(events.stdout)] == ["040"]
    gdelt = cli("events", "--root", "19", "--db", str(db), "--format", "gdelt")
    assert [len(line.split("\t")) for line in gdelt.stdout.splitlines()] == [61]
    listing = cli("events", "--db", str(db))
    assert "Russia attacked Ukraine." in listing.stdout and "2 events" in listing.stdout

    quotes = cli("quotes", "--speaker", "RUS", "--db", str(db), "--format", "json")
    assert [q["text"] for q in json.loads(quotes.stdout)] == ["We were ignored"]

    out = tmp_path / "all.parquet"
    exported = cli("export", "--format", "parquet", "--db", str(db), "-o", str(out))
    assert exported.exit_code == 0 and len(pd.read_parquet(out)) == 2

    alerts = cli("alerts", "--db", str(db), "--format", "json")
    assert alerts.exit_code == 0 and json.loads(alerts.stdout) == []
    top = cli("top", "actors", "--db", str(db), "--format", "csv")
    assert top.stdout.splitlines()[0].startswith("code,name,country,events")

    assert cli("events", "--dyad", "RUS/UKR", "--db", str(db)).exit_code == 2
    missing = cli("events", "--db", str(tmp_path / "none.duckdb"))
    assert missing.exit_code == 2 and "no eventwire store" in missing.stderr


def test_cli_ingest_of_the_seed_article_is_idempotent(tmp_path):
    seed = shared_path("seed", "article.txt")
    db = tmp_path / "seed.duckdb"
    first = run_cli("ingest", str(seed), "--db", str(db), "-q")
    assert first.returncode == 0, first.stderr
    assert b"1 new articles" in first.stderr
    with Store(db, read_only=True) as store:
        counts = store.counts()
        (article,) = store.articles()
        assert article["doc_id"] == "article"
        assert "new talks in Berlin" in store.article(article["id"])["body"]
        assert store.runs()["status"].tolist() == ["done"]
    second = run_cli("ingest", str(seed), "--db", str(db), "-q")
    assert (
        second.returncode == 0
        and b"0 new articles" in second.stderr
        and b"1 already stored" in second.stderr
    )
    with Store(db, read_only=True) as store:
        assert store.counts() == counts
        runs = store.runs()
        assert runs["status"].tolist() == ["done", "done"] and runs["articles"].tolist() == [0, 1]
