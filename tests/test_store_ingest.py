"""Ingest runs through the real pipeline: syndication, idempotent reruns, resume after a crash."""

from __future__ import annotations

import json

import pytest

from eventwire.store import Store
from eventwire.store.ingest_run import ingest

STORY = (
    "Russian President Vladimir Putin told French President Emmanuel Macron on Friday that the West "
    "had ignored Russia's security concerns, the Kremlin said in a statement after a long telephone "
    "conversation between the two leaders.\n\nThe two presidents agreed to continue talks on Ukraine, "
    "and Macron's office said the call had helped to lower tensions in the region, while officials in "
    "Kyiv welcomed the contacts and said they hoped for progress at the next round in Berlin."
)


@pytest.fixture
def corpus(tmp_path):
    records = [
        {"id": "wire", "publisher": "Reuters", "published": "2022-01-28", "text": STORY},
        {
            "id": "copy",
            "publisher": "Yahoo News",
            "published": "2022-01-28",
            "text": STORY + "\n\nAdditional reporting by our Moscow bureau.",
        },
        {
            "id": "other",
            "publisher": "AP",
            "published": "2022-01-29",
            "text": "Farmers in the south of the country began the wheat harvest early this year after a dry "
            "spring, and growers said prices at local markets had risen sharply since March.",
        },
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_ingest_clusters_syndicated_copies_and_reruns_add_nothing(corpus, tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        run_id, summary = ingest([corpus], store)
        assert (summary.articles, summary.syndicated, summary.failures) == (3, 1, 0)
        articles = {a["doc_id"]: a for a in store.articles()}
        assert (
            articles["wire"]["cluster_id"]
            == articles["copy"]["cluster_id"]
            != articles["other"]["cluster_id"]
        )
        assert articles["copy"]["source"] == "Yahoo News"
        counts = store.counts()

        _, again = ingest([corpus], store)
        assert (again.articles, again.skipped, again.events) == (0, 3, 0)
        assert store.counts() == counts
        runs = store.runs()
        assert runs["status"].tolist() == ["done", "done"] and runs["duplicates"].tolist() == [3, 0]


def test_a_crashed_run_leaves_whole_articles_and_a_rerun_resumes(corpus, tmp_path, monkeypatch):
    path = tmp_path / "crash.duckdb"
    original = Store.add_article
    written = []

    def crash_after_first(self, article, **kwargs):
        if written:
            raise KeyboardInterrupt  # the run dies between two articles
        written.append(article.id)
        return original(self, article, **kwargs)

    with Store(path) as store:
        monkeypatch.setattr(Store, "add_article", crash_after_first)
        with pytest.raises(KeyboardInterrupt):
            ingest([corpus], store)
        monkeypatch.setattr(Store, "add_article", original)
        assert [a["doc_id"] for a in store.articles()] == ["wire"]
        assert store.runs()["status"].tolist() == ["interrupted"]

    with Store(path) as store:
        _, resumed = ingest([corpus], store)
        assert (resumed.skipped, resumed.articles) == (1, 2)
        assert sorted(a["doc_id"] for a in store.articles()) == ["copy", "other", "wire"]
