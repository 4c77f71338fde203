-- eventwire store schema (DuckDB). One writer at a time: an ingest run.
-- Every event and quote keeps its article, sentence and character span into articles.body.

CREATE TABLE IF NOT EXISTS ingest_runs (
    run_id       INTEGER PRIMARY KEY,
    started_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP,
    status       VARCHAR NOT NULL,          -- running | done | interrupted (never finished)
    inputs       VARCHAR[],
    articles     INTEGER DEFAULT 0,         -- new articles stored
    duplicates   INTEGER DEFAULT 0,         -- already stored (same content hash), skipped
    events       INTEGER DEFAULT 0,         -- new distinct events
    merged       INTEGER DEFAULT 0,         -- event reports collapsed into an existing event
    quotes       INTEGER DEFAULT 0,
    failures     INTEGER DEFAULT 0          -- documents with errors
);

CREATE TABLE IF NOT EXISTS articles (
    article_id    VARCHAR PRIMARY KEY,      -- content hash of (source, url, body)
    doc_id        VARCHAR,                  -- the input's id (JSONL id, file stem, ...)
    raw_hash      VARCHAR,                  -- hash of the raw input record: skip before parsing
    cluster_id    VARCHAR NOT NULL,         -- syndication cluster: article_id of its first member
    source        VARCHAR,
    publisher_key VARCHAR,                  -- source, else URL host, else article_id: for num_sources
    url           VARCHAR,
    title         VARCHAR,
    subtitle      VARCHAR,
    published     VARCHAR,
    published_day DATE,
    updated       VARCHAR,
    dateline      VARCHAR,
    author        VARCHAR,
    language      VARCHAR,
    body          VARCHAR,
    removed       VARCHAR[],
    errors        VARCHAR,                  -- JSON list of {"stage", "message"}
    minhash       BLOB,                     -- MinHash signature of the body's word shingles
    first_event_id BIGINT,                  -- event ids of this article's new events start here
    run_id        INTEGER,
    ingested_at   TIMESTAMP
);

-- One row per distinct event; syndicated copies of the same report are collapsed into it.
-- article_id/sentence/span: the first report; every report is in event_mentions.
-- event_id is assigned by the single writer in insertion order (no index: bulk inserts stay
-- fast, and range filters on event_id prune by DuckDB's zone maps).
CREATE TABLE IF NOT EXISTS events (
    event_id         BIGINT NOT NULL,
    cluster_id       VARCHAR NOT NULL,
    signature        VARCHAR NOT NULL,      -- what makes two reports in a cluster the same event
    article_id       VARCHAR NOT NULL,
    day              DATE,                  -- the event's own date, else the article's publication day
    date             VARCHAR,
    date_text        VARCHAR,
    source_code      VARCHAR,
    source_name      VARCHAR,
    source_country   VARCHAR,
    source_sector    VARCHAR,
    source_text      VARCHAR,
    target_code      VARCHAR,
    target_name      VARCHAR,
    target_country   VARCHAR,
    target_sector    VARCHAR,
    target_text      VARCHAR,
    source_key       VARCHAR,               -- coded country (NULL when none): the dyad key events are sorted by
    target_key       VARCHAR,
    cameo            VARCHAR NOT NULL,
    root             VARCHAR NOT NULL,
    plover           VARCHAR,
    quad_class       TINYINT NOT NULL,
    goldstein        DOUBLE NOT NULL,
    location_name    VARCHAR,
    location_country VARCHAR,
    lat              DOUBLE,
    lon              DOUBLE,
    sentence         VARCHAR,
    sentence_index   INTEGER,
    span_start       INTEGER,
    span_end         INTEGER,
    confidence       DOUBLE,
    extra            VARCHAR,               -- JSON: fields a stage added beyond the contract
    num_mentions     INTEGER NOT NULL DEFAULT 1,
    num_articles     INTEGER NOT NULL DEFAULT 1,
    num_sources      INTEGER NOT NULL DEFAULT 1,
    added_at         TIMESTAMP
);

CREATE TABLE IF NOT EXISTS event_mentions (
    event_id        BIGINT NOT NULL,
    article_id      VARCHAR NOT NULL,
    cluster_id      VARCHAR,
    signature       VARCHAR,                -- the event's signature (see events)
    event_ref       VARCHAR NOT NULL,       -- the pipeline's Event.id within its article
    sentence        VARCHAR,
    sentence_index  INTEGER,
    span_start      INTEGER,
    span_end        INTEGER,
    confidence      DOUBLE
);

CREATE TABLE IF NOT EXISTS quotes (
    quote_id        VARCHAR NOT NULL,       -- article_id:Quote.id (unique: articles are)
    article_id      VARCHAR NOT NULL,
    cluster_id      VARCHAR NOT NULL,
    day             DATE,
    text            VARCHAR,
    kind            VARCHAR,
    speaker_code    VARCHAR,
    speaker_name    VARCHAR,
    speaker_country VARCHAR,
    speaker_sector  VARCHAR,
    speaker_text    VARCHAR,
    cue             VARCHAR,
    sentence_index  INTEGER,
    span_start      INTEGER,
    span_end        INTEGER,
    event_ids       BIGINT[],
    extra           VARCHAR
);

CREATE TABLE IF NOT EXISTS actors (
    code     VARCHAR PRIMARY KEY,
    name     VARCHAR,
    country  VARCHAR,
    sector   VARCHAR
);

CREATE TABLE IF NOT EXISTS store_meta (
    key      VARCHAR PRIMARY KEY,
    value    BIGINT
);

CREATE TABLE IF NOT EXISTS failures (
    run_id   INTEGER,
    doc_id   VARCHAR,
    stage    VARCHAR,
    message  VARCHAR
);
