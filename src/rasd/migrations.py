"""The SQLite schema of a rasd database as an ordered list of migrations.

Migration N (1-based) brings a database from ``PRAGMA user_version`` N-1 to N. Never edit a
released migration: append a new one. ``PRAGMA application_id`` marks the file as a rasd
database so that rasd refuses to write into somebody else's SQLite file.
"""

from __future__ import annotations

APPLICATION_ID = 0x72617364  # "rasd" in ASCII

MIGRATIONS: tuple[str, ...] = (
    # 1: initial schema
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        command TEXT NOT NULL,
        rasd_version TEXT NOT NULL,
        ruleset TEXT NOT NULL,
        lexicon_versions TEXT NOT NULL,      -- JSON object: lexicon id -> version
        n_articles INTEGER,
        n_failed INTEGER,
        n_mentions INTEGER,
        n_events INTEGER
    );

    CREATE TABLE articles (
        doc_id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        path TEXT,
        url TEXT,
        title TEXT,
        outlet TEXT,
        published TEXT,                      -- YYYY-MM-DD
        published_from TEXT,
        encoding TEXT NOT NULL,
        text TEXT NOT NULL,
        debris TEXT NOT NULL,                -- JSON list of [start, end]
        ingested_at TEXT NOT NULL,
        run_id INTEGER REFERENCES runs(id)
    );

    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        event_date TEXT,
        time_precision INTEGER,
        event_type TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        actor1_side TEXT,
        actor2_side TEXT,
        admin1 TEXT,
        country_iso3 TEXT,
        lat REAL,
        lon REAL,
        fatalities INTEGER,
        injured INTEGER,
        confidence REAL NOT NULL,
        json TEXT NOT NULL,                  -- lossless event dict (rasd.serialize)
        created_run INTEGER REFERENCES runs(id),
        updated_run INTEGER REFERENCES runs(id)
    );
    CREATE INDEX events_date ON events(event_date);

    CREATE TABLE mentions (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,                -- order of the mention within its document
        event_id TEXT REFERENCES events(id) ON DELETE SET NULL,
        event_date TEXT,
        time_precision INTEGER,
        event_type TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        actor1_side TEXT,
        actor2_side TEXT,
        admin1 TEXT,
        country_iso3 TEXT,
        lat REAL,
        lon REAL,
        fatalities INTEGER,
        injured INTEGER,
        confidence REAL NOT NULL,
        rule TEXT NOT NULL,
        json TEXT NOT NULL                   -- lossless mention dict; event_id column wins
    );
    CREATE INDEX mentions_doc ON mentions(doc_id, seq);
    CREATE INDEX mentions_event ON mentions(event_id);

    CREATE TABLE claims (
        mention_id TEXT REFERENCES mentions(id) ON DELETE CASCADE,
        event_id TEXT REFERENCES events(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        value,                               -- int or text, as claimed
        "min" INTEGER,
        "max" INTEGER,
        source TEXT,
        doc_id TEXT,
        start INTEGER,
        "end" INTEGER,
        text TEXT NOT NULL,
        CHECK ((mention_id IS NULL) <> (event_id IS NULL))
    );
    CREATE INDEX claims_mention ON claims(mention_id);
    CREATE INDEX claims_event ON claims(event_id);

    CREATE TABLE evidence (
        mention_id TEXT NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
        doc_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX evidence_mention ON evidence(mention_id);

    CREATE TABLE ingest_errors (
        run_id INTEGER NOT NULL REFERENCES runs(id),
        doc TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
    );

    -- review decisions; no foreign keys so that they survive re-runs that rebuild events
    CREATE TABLE overrides (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id TEXT,
        mention_id TEXT,
        action TEXT NOT NULL,
        field TEXT,
        value TEXT,                          -- JSON
        who TEXT NOT NULL,
        at TEXT NOT NULL,
        why TEXT NOT NULL
    );
    CREATE INDEX overrides_event ON overrides(event_id);
    """,
)
