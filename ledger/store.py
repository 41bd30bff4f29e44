"""The ledger database: an embedded SQLite file, WAL mode, versioned schema.

Where the ledger lives: ``--db PATH``, else ``$LEDGER_DB``, else
``ledger.db`` in the working directory.

* A document is identified by the SHA-256 of its decoded text: ingesting
  the same text again adds nothing.
* Each document goes in with all its claims in one transaction: a failure
  or a kill midway leaves no half-stored document.
* Conflicts are recomputed from all claims after every ingest and stored,
  so readers (report, gate) need not recompute them.
* ``state`` is a counter bumped on every change (ingest, verdicts); a
  workbook records the state it was made from.

This module imports nothing heavy: the pre-publish gate reads the ledger
through its plain look-ups and must start fast.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Sequence
from typing import Optional

from .records import Claim, Conflict, Document

SCHEMA_VERSION = 5
DEFAULT_DB = "ledger.db"

CLAIM_COLUMNS = tuple(f.name for f in dataclasses.fields(Claim))
_BOOL_COLUMNS = {f.name for f in dataclasses.fields(Claim) if f.type in ("bool", bool)}
_SQL_TYPES = {"int": "INTEGER", "float": "REAL", "bool": "INTEGER"}


#: the claim columns of schema 1; later fields come with their own migration
_V1_CLAIM_COLUMNS = CLAIM_COLUMNS[:CLAIM_COLUMNS.index("linked") + 1]


def _claim_column_sql() -> str:
    cols = []
    for f in dataclasses.fields(Claim):
        if f.name not in _V1_CLAIM_COLUMNS:
            continue
        t = str(f.type).replace("Optional[", "").rstrip("]")
        sql = _SQL_TYPES.get(t, "TEXT")
        cols.append(f"{f.name} {sql}" + (" PRIMARY KEY" if f.name == "id" else ""))
    return ",\n    ".join(cols)


# Each migration takes the schema from version N-1 to N.  Never edit a
# released migration: add a new one.
MIGRATIONS: tuple[str, ...] = (
    # 1: first schema
    f"""
    CREATE TABLE documents (
        sha256 TEXT PRIMARY KEY,
        path TEXT NOT NULL,
        outlet TEXT,
        published TEXT,
        title TEXT,
        encoding TEXT,
        chars INTEGER,
        figures INTEGER,
        stories TEXT,          -- JSON list of stories
        notes TEXT,            -- JSON list
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE claims (
    {_claim_column_sql()}
    );
    CREATE INDEX claims_key ON claims(metric, subject);
    CREATE INDEX claims_doc ON claims(doc_sha);
    CREATE TABLE conflicts (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        severity TEXT NOT NULL,
        metric TEXT,
        subject TEXT,
        claims TEXT NOT NULL,  -- JSON list of claim ids
        explanation TEXT,
        period TEXT,
        tolerance TEXT,
        action TEXT
    );
    CREATE TABLE verdicts (
        conflict_id TEXT PRIMARY KEY,
        verdict TEXT NOT NULL,
        reference_value REAL,
        note TEXT,
        editor TEXT,
        recorded_at TEXT NOT NULL,
        from_state INTEGER
    );
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    INSERT INTO meta VALUES ('state', '0');
    """,
    # 2: the pre-publish gate looks up the newest claims of one fact
    """
    CREATE INDEX claims_gate ON claims(metric, subject, status, cumulative, published);
    """,
    # 3: the time of a live-blog entry, to order two figures of one day
    """
    ALTER TABLE claims ADD COLUMN published_at TEXT;
    """,
    # 4: (rates33) the base a rate is told per; NULL (no base read) for the claims of older ledgers
    """
    ALTER TABLE claims ADD COLUMN per_base REAL;
    """,
    # 5: (fold34) which way a change went; NULL (not read) for the claims of older ledgers
    """
    ALTER TABLE claims ADD COLUMN direction TEXT;
    """,
)


class StoreError(Exception):
    pass


def default_path(path: Optional[str] = None) -> str:
    return path or os.environ.get("LEDGER_DB") or DEFAULT_DB


class Ledger:
    """The ledger database.  Use as a context manager or call close()."""

    def __init__(self, path: Optional[str] = None, *, readonly: bool = False):
        self.path = default_path(path)
        #: the schema version this ledger had before this process migrated it, if it did
        self.migrated_from: Optional[int] = None
        try:
            if readonly:
                if not os.path.exists(self.path):
                    raise StoreError(f"{self.path}: no ledger database here (run `ledger ingest` first)")
                uri = f"file:{os.path.abspath(self.path)}?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, isolation_level=None)
                v = self._version()
                if _migrate_for_reading(self.path, v):
                    self.db.close()
                    self.db = sqlite3.connect(uri, uri=True, isolation_level=None)
                    self.migrated_from = v
            else:
                self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            if not readonly:
                self._migrate()
            else:
                self._check_version()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a ledger database ({exc})") from None

    # ---- lifecycle -------------------------------------------------------

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _check_version(self) -> None:
        v = self._version()
        if v > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: ledger schema {v} is newer than this ledger ({SCHEMA_VERSION}); upgrade ledger")
        if v < SCHEMA_VERSION:
            raise StoreError(f"{self.path}: ledger schema {v} needs migrating; run any writing command (e.g. `ledger ingest`)")

    def _migrate(self) -> None:
        _run_migrations(self.db, self.path)

    # ---- state -------------------------------------------------------------

    def state(self) -> int:
        return int(self.db.execute("SELECT value FROM meta WHERE key='state'").fetchone()[0])

    def _bump_state(self) -> None:
        self.db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key='state'")

    # ---- writing ------------------------------------------------------------

    def has_document(self, sha: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE sha256=?", (sha,)).fetchone() is not None

    def add_document(self, doc: Document, claims: Sequence[Claim], *, figures: int = 0) -> bool:
        """Store a document and its claims in one transaction.

        Returns False (and stores nothing) if the same text is already in
        the ledger."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            if self.has_document(doc.sha256):
                self.db.execute("ROLLBACK")
                return False
            self.db.execute(
                "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (doc.sha256, doc.path, doc.outlet, doc.published, doc.title, doc.encoding,
                 len(doc.text), figures,
                 json.dumps([dataclasses.asdict(s) for s in doc.stories]),
                 json.dumps(list(doc.notes)),
                 time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
            )
            placeholders = ",".join("?" * len(CLAIM_COLUMNS))
            self.db.executemany(
                f"INSERT OR REPLACE INTO claims ({','.join(CLAIM_COLUMNS)}) VALUES ({placeholders})",
                (_claim_row(c) for c in claims),
            )
            self._bump_state()
            self.db.execute("COMMIT")
            return True
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def replace_conflicts(self, conflicts: Iterable[Conflict]) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute("DELETE FROM conflicts")
            self.db.executemany(
                "INSERT OR REPLACE INTO conflicts VALUES (?,?,?,?,?,?,?,?,?,?)",
                ((c.id, c.kind, c.severity, c.metric, c.subject, json.dumps(list(c.claims)),
                  c.explanation, c.period, c.tolerance, c.action) for c in conflicts),
            )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def record_verdicts(self, rows: Iterable[tuple[str, str, Optional[float], Optional[str], Optional[str]]],
                        from_state: Optional[int] = None) -> int:
        """Record editor verdicts: (conflict_id, verdict, reference_value, note, editor)."""
        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        n = 0
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for cid, verdict, ref, note, editor in rows:
                self.db.execute(
                    "INSERT OR REPLACE INTO verdicts VALUES (?,?,?,?,?,?,?)",
                    (cid, verdict, ref, note, editor, now, from_state),
                )
                n += 1
            if n:
                self._bump_state()
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return n

    # ---- reading --------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        q = self.db.execute
        return {
            "documents": q("SELECT COUNT(*) FROM documents").fetchone()[0],
            "claims": q("SELECT COUNT(*) FROM claims").fetchone()[0],
            "conflicts": q("SELECT COUNT(*) FROM conflicts").fetchone()[0],
        }

    def claim_records(self, where: str = "", params: Sequence = ()) -> list[Claim]:
        return list(self.iter_claim_records(where, params))

    def iter_claim_records(self, where: str = "", params: Sequence = (), batch: int = 1000):
        """Claims in document order (doc, start, id), read in batches so memory
        stays bounded (the report streams 100k claims)."""
        cur = self.db.execute(
            f"SELECT {','.join(CLAIM_COLUMNS)} FROM claims {where} ORDER BY doc, start, id", params)
        while True:
            rows = cur.fetchmany(batch)
            if not rows:
                return
            for r in rows:
                yield _row_claim(r)

    def claims_for(self, metric: str, subject: Optional[str]) -> list[Claim]:
        """Indexed look-up of the claims with this metric and subject."""
        if subject is None:
            return self.claim_records("WHERE metric=? AND subject IS NULL", (metric,))
        return self.claim_records("WHERE metric=? AND subject=?", (metric, subject))

    def claims_by_id(self, ids: Iterable[str]) -> dict[str, Claim]:
        ids = list(ids)
        out: dict[str, Claim] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for c in self.claim_records(f"WHERE id IN ({marks})", chunk):
                out[c.id] = c
        return out

    def conflict_records(self) -> list[Conflict]:
        cur = self.db.execute(
            "SELECT id, kind, severity, metric, subject, claims, explanation, period, tolerance, action "
            "FROM conflicts ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, kind, metric, subject, id")
        return [Conflict(id=r[0], kind=r[1], severity=r[2], metric=r[3], subject=r[4],
                         claims=tuple(json.loads(r[5])), explanation=r[6], period=r[7],
                         tolerance=r[8], action=r[9]) for r in cur]

    def verdicts(self) -> dict[str, dict]:
        cur = self.db.execute(
            "SELECT conflict_id, verdict, reference_value, note, editor, recorded_at, from_state FROM verdicts")
        return {r[0]: {"verdict": r[1], "reference_value": r[2], "note": r[3], "editor": r[4],
                       "recorded_at": r[5], "from_state": r[6]} for r in cur}

    def document_rows(self) -> list[dict]:
        cur = self.db.execute(
            "SELECT d.sha256, d.path, d.outlet, d.published, d.title, d.encoding, d.chars, d.figures, "
            "d.stories, d.notes, d.ingested_at, "
            "(SELECT COUNT(*) FROM claims c WHERE c.doc_sha = d.sha256) FROM documents d ORDER BY d.path")
        keys = ("sha256", "path", "outlet", "published", "title", "encoding", "chars", "figures",
                "stories", "notes", "ingested_at", "claims")
        rows = []
        for r in cur:
            row = dict(zip(keys, r))
            row["stories"] = json.loads(row["stories"] or "[]")
            row["notes"] = json.loads(row["notes"] or "[]")
            rows.append(row)
        return rows


def _claim_row(c: Claim) -> tuple:
    return tuple(getattr(c, name) for name in CLAIM_COLUMNS)


def _row_claim(row: Sequence) -> Claim:
    values = dict(zip(CLAIM_COLUMNS, row))
    for name in _BOOL_COLUMNS:
        values[name] = bool(values[name])
    return Claim(**values)


def _run_migrations(db: sqlite3.Connection, path: str) -> None:
    v = db.execute("PRAGMA user_version").fetchone()[0]
    if v == 0:
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        if tables:
            # never add our tables to another application's database
            raise StoreError(f"{path}: not a ledger database (it holds other tables: "
                             f"{', '.join(sorted(tables)[:5])}); give --db a new file")
    if v > SCHEMA_VERSION:
        raise StoreError(f"{path}: ledger schema {v} is newer than this ledger ({SCHEMA_VERSION}); upgrade ledger")
    for n in range(v, SCHEMA_VERSION):
        db.execute("BEGIN IMMEDIATE")
        try:
            for stmt in _split_sql(MIGRATIONS[n]):
                db.execute(stmt)
            db.execute(f"PRAGMA user_version = {n + 1}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


def _migrate_for_reading(path: str, version: int) -> bool:
    """Bring an older ledger (at schema ``version``) up to this schema before
    it is read; True when it was.

    The readers (the pre-publish gate, ``claims``, ``conflicts``) never write a
    claim, but a ledger made by an older release would otherwise stop them
    until someone ran a writing command.  Migrations are additive and each
    runs in one transaction, as an ingest's would.  A ledger this process
    cannot write keeps the "needs migrating" error.
    """
    folder = os.path.dirname(os.path.abspath(path))
    if not 0 < version < SCHEMA_VERSION or not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
        return False
    db = sqlite3.connect(path, isolation_level=None, timeout=30)
    try:
        _run_migrations(db, path)
    finally:
        db.close()
    return True


def _split_sql(script: str) -> list[str]:
    """Statements of a migration script (``executescript`` would commit
    mid-migration, so statements run one by one inside our transaction)."""
    out = []
    for stmt in script.split(";"):
        stmt = "\n".join(line.split("--", 1)[0] for line in stmt.splitlines()).strip()
        if stmt:
            out.append(stmt)
    return out
