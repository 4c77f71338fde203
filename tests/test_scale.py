"""The parallel runner: same articles in every mode, and per-document isolation."""

from __future__ import annotations

import json

import pytest

from eventwire.models import RawDocument
from eventwire.pipeline import process
from eventwire.scale import run
from scale_hooks import CRASH_MARKER, SLOW_MARKER, install_pathological_stage

TEXTS = [
    "Russia and Ukraine held talks in Minsk on Monday.",
    "France condemned the attack on the embassy in Kabul.",
    "Germany sent aid to Turkey after the earthquake.",
    "Iran accused Israel of the attack, a spokesman said.",
    "China and India agreed to hold border talks in February.",
    "The United Nations called for a ceasefire in Yemen.",
    "Japan and South Korea agreed to hold talks.",
]


def raws(texts: list[str], ids: list[str] | None = None) -> list[RawDocument]:
    ids = ids or [f"doc{i}" for i in range(len(texts))]
    return [RawDocument(id=id, content=text, kind_hint="text") for id, text in zip(ids, texts)]


def dumps(articles) -> list[dict]:
    return [article.model_dump() for article in articles]


@pytest.fixture(scope="module")
def reference() -> list[dict]:
    """The single-machine pipeline's output for TEXTS."""
    return dumps(process(raws(TEXTS), published="2022-02-01"))


def test_in_process_run_equals_pipeline(reference):
    assert dumps(run(raws(TEXTS), workers=1, published="2022-02-01", chunk_size=3)) == reference
    unordered = dumps(
        run(raws(TEXTS), workers=1, published="2022-02-01", chunk_size=3, ordered=False)
    )
    assert sorted(unordered, key=lambda a: a["id"]) == reference


def test_worker_processes_give_the_same_articles_in_input_order(reference):
    articles = dumps(run(raws(TEXTS), workers=2, published="2022-02-01", chunk_size=2))
    assert articles == reference


def test_stuck_and_crashing_documents_lose_only_themselves(reference):
    texts = [
        TEXTS[0],
        f"{SLOW_MARKER} met the press in Paris.",
        TEXTS[1],
        TEXTS[2],
        f"Officials in {CRASH_MARKER} denied the report.",
        TEXTS[3],
    ]
    ids = ["doc0", "slow", "doc1", "doc2", "crash", "doc3"]
    articles = list(
        run(
            raws(texts, ids),
            workers=2,
            chunk_size=2,
            doc_timeout=5,
            published="2022-02-01",
            initializer=install_pathological_stage,
        )
    )
    assert [a.id for a in articles] == ids
    slow, crashed = articles[1], articles[4]
    assert [e.stage for e in slow.errors] == ["timeout"]
    assert "5 s" in slow.errors[0].message and "analyse" in slow.errors[0].message
    assert [e.stage for e in crashed.errors] == ["crash"]
    assert "exit code 139" in crashed.errors[0].message
    assert dumps(articles[i] for i in (0, 2, 3, 5)) == reference[:4]


def test_in_process_time_limit_interrupts_a_slow_stage(monkeypatch, reference):
    import time

    from eventwire import actors

    resolve = actors.resolve

    def slow_on_marker(document):
        if SLOW_MARKER in document.article.body:
            time.sleep(30)
        return resolve(document)

    monkeypatch.setattr(actors, "resolve", slow_on_marker)
    texts = [f"{SLOW_MARKER} met the press in Paris.", TEXTS[0]]
    slow, healthy = run(
        raws(texts, ["slow", "doc0"]), workers=1, doc_timeout=1, published="2022-02-01"
    )
    assert [e.stage for e in slow.errors] == ["timeout"] and slow.body == ""
    assert healthy.model_dump() == reference[0]


def test_size_limit_rejects_only_the_long_document(reference):
    long_text = " ".join(TEXTS * 20)
    short, long_, after = run(
        raws([TEXTS[0], long_text, TEXTS[1]], ["doc0", "long", "doc1"]),
        workers=1,
        max_chars=500,
        published="2022-02-01",
    )
    assert [e.stage for e in long_.errors] == ["size"] and "500" in long_.errors[0].message
    assert short.model_dump() == reference[0]
    assert after.model_dump() == reference[1]


def test_a_parse_failure_in_a_batch_is_isolated(monkeypatch, reference):
    from eventwire import nlp

    monkeypatch.setattr(nlp.load(), "max_length", 100)  # spaCy refuses longer texts
    long_text = TEXTS[0] + " " + TEXTS[1] + " " + TEXTS[2]
    first, long_, last = run(
        raws([TEXTS[0], long_text, TEXTS[1]], ["doc0", "long", "doc1"]),
        workers=1,
        published="2022-02-01",
    )
    assert [e.stage for e in long_.errors] == ["nlp"]
    assert first.model_dump() == reference[0]
    assert last.model_dump() == reference[1]


def test_chunks_shrink_at_the_end_so_workers_finish_together():
    from eventwire.scale.chunks import Chunker

    documents = raws([f"Story {i}." for i in range(200)])
    chunker = Chunker(iter(documents), workers=2, chunk_size=32)
    sizes, seqs = [], []
    while not chunker.done:
        chunk = chunker.next_chunk()
        sizes.append(len(chunk))
        seqs += [seq for seq, _ in chunk]
    assert seqs == list(range(200))  # every document once, in order, numbered by position
    assert sizes[:3] == [32, 32, 32]  # full chunks while the input lasts
    tail = sizes[sizes.index(max(s for s in sizes if s < 32)) :]
    assert tail == sorted(tail, reverse=True) and tail[-1] == 1  # then shrinking, down to one
    assert chunker.next_chunk() == []


def test_workers_must_be_positive():
    with pytest.raises(ValueError):
        list(run(raws(TEXTS), workers=0))


def records(frame) -> list[dict]:
    """Rows as plain Python values: arrays as lists, NULLs as None (NaN never equals itself)."""
    import pandas as pd

    def plain(value):
        if hasattr(value, "tolist"):  # numpy arrays and scalars
            value = value.tolist()
        if isinstance(value, list):
            return [plain(item) for item in value]
        return None if not isinstance(value, (dict, tuple)) and pd.isna(value) else value

    return [{key: plain(value) for key, value in row.items()} for row in frame.to_dict("records")]


@pytest.mark.slow
def test_dask_local_cluster_stores_exactly_the_same_events(tmp_path):
    from eventwire.store import Store
    from eventwire.store.ingest_run import ingest

    jsonl = tmp_path / "news.jsonl"  # 40 documents: two chunks, so both Dask workers get work
    jsonl.write_text(
        "".join(
            json.dumps(
                {
                    "id": f"n{i}",
                    "published": f"2022-02-{1 + i % 28:02d}",
                    "text": f"{TEXTS[i % 7]} {TEXTS[i // 7]}",
                }
            )
            + "\n"
            for i in range(40)
        )
    )
    tables = {}
    for mode, options in {
        "one process": dict(workers=1),
        "dask": dict(cluster="local", workers=2),
    }.items():
        with Store(tmp_path / f"{mode}.duckdb") as store:
            _, summary = ingest([jsonl], store, **options)
            assert summary.failures == 0
            tables[mode] = {
                name: records(store.query(sql))
                for name, sql in {
                    "events": "SELECT * EXCLUDE (added_at) FROM events ORDER BY event_id",
                    "quotes": "SELECT * FROM quotes ORDER BY quote_id",
                    "articles": "SELECT doc_id, body, errors FROM articles ORDER BY doc_id",
                }.items()
            }
    assert len(tables["one process"]["articles"]) > 30 and tables["one process"]["events"]
    assert tables["dask"] == tables["one process"]


def test_cli_extract_with_workers(tmp_path):
    from test_contract import run_cli

    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(
        "".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS))
    )
    result = run_cli(
        "extract", str(jsonl), "--format", "jsonl", "-q", "--workers", "2", "--doc-timeout", "30"
    )
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.decode().splitlines()] == [
        f"a{i}" for i in range(len(TEXTS))
    ]
    assert run_cli("extract", str(jsonl), "--workers", "0").returncode == 2


def test_count_documents_for_the_progress_bar(tmp_path):
    from eventwire.cli.scale import count_documents

    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "a.txt").write_text(TEXTS[0])
    (tmp_path / "folder" / "b.html").write_text("<p>" + TEXTS[1] + "</p>")
    jsonl = tmp_path / "news.jsonl"
    jsonl.write_text(
        "".join(json.dumps({"id": i, "text": t}) for i, t in enumerate(TEXTS[:3])).replace(
            "}{", "}\n{"
        )
    )
    assert count_documents([str(jsonl), str(tmp_path / "folder")]) == 5
    assert count_documents(["-"]) is None
    assert count_documents([str(tmp_path / "crawl.warc.gz")]) is None


def test_parse_batches_are_capped_by_text_size_without_changing_results(monkeypatch, reference):
    from eventwire import nlp
    from eventwire.pipeline import work

    sizes = []
    parse = nlp.parse

    def recording_parse(articles, batch_size):
        sizes.append(batch_size)
        return parse(articles, batch_size=batch_size)

    monkeypatch.setattr(work, "BATCH_CHARS", 110)  # two of these short texts per batch
    monkeypatch.setattr(nlp, "parse", recording_parse)
    assert dumps(run(raws(TEXTS), workers=1, published="2022-02-01")) == reference
    assert sizes[1:] == [2, 2, 2, 1]  # after the warm-up document
