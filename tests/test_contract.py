"""The output contract: field names, CLI shape, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT

ARTICLE_FIELDS = {
    "id",
    "source",
    "title",
    "subtitle",
    "published",
    "updated",
    "dateline",
    "author",
    "language",
    "body",
    "removed",
    "events",
    "quotes",
    "errors",
}


def run_cli(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run(
        [sys.executable, "-m", "eventwire", *args],
        input=input,
        capture_output=True,
        env=env,
        timeout=300,
    )


def test_python_api_returns_article_with_contract_fields():
    import eventwire

    article = eventwire.extract(
        "Russia and Ukraine held talks in Minsk on Monday.", published="2022-02-01"
    )
    data = article.model_dump()
    assert set(data) >= ARTICLE_FIELDS
    assert data["body"] == "Russia and Ukraine held talks in Minsk on Monday."
    assert data["published"] == "2022-02-01"


def test_extract_json_and_jsonl_shapes(tmp_path):
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(
        json.dumps({"id": "a1", "text": "France condemned the attack."})
        + "\n"
        + json.dumps({"id": "a2", "text": "Germany sent aid to Turkey."})
        + "\n"
    )
    result = run_cli("extract", str(jsonl), "--format", "jsonl", "-q")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["id"] for line in lines] == ["a1", "a2"]
    assert all(set(line) >= ARTICLE_FIELDS for line in lines)

    result = run_cli("extract", str(jsonl), "-q")
    assert result.returncode == 0
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["a1", "a2"]


def test_exit_status_one_when_a_document_fails(tmp_path):
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text("Japan and South Korea agreed to hold talks.")
    empty.write_bytes(b"")
    result = run_cli("extract", str(good), str(empty), "-q")
    assert result.returncode == 1
    articles = json.loads(result.stdout)["articles"]
    assert articles[0]["errors"] == [] and articles[1]["errors"][0]["message"] == "empty document"
    assert "empty document" in result.stderr.decode()


def test_usage_error_exit_two():
    assert run_cli("extract", "x.txt", "--published", "not-a-date").returncode == 2
    assert run_cli("extract", "x.txt", "--format", "xml").returncode == 2


def test_stdin_input():
    result = run_cli(
        "extract",
        "-",
        "-q",
        "--format",
        "jsonl",
        input=b"Iran accused Israel of the attack.",
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["body"] == "Iran accused Israel of the attack."
