import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from ledger.documents import load_text
from ledger.records import Claim, Conflict, make_claim_id
from ledger.store import SCHEMA_VERSION, Ledger, StoreError

from .conftest import REPO


def _claims(doc, n, metric="troops_deployed"):
    out = []
    for i in range(n):
        out.append(Claim(
            id=make_claim_id(doc.sha256, i * 10, i * 10 + 5), doc=doc.path, doc_sha=doc.sha256,
            outlet=doc.outlet, published=doc.published, line=1, start=i * 10, end=i * 10 + 5,
            text=str(1000 + i), sentence=f"Some {1000 + i} troops.", value=1000.0 + i,
            low=1000.0 + i, high=1000.0 + i, unit="count", hedge=None, metric=metric,
            subject="North Korea", cumulative=bool(i % 2)))
    return out


def test_new_ledger_has_schema_version_and_wal(db_path):
    with Ledger(db_path) as led:
        assert led.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert led.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert led.counts() == {"documents": 0, "claims": 0, "conflicts": 0}


def test_add_is_idempotent_by_content(db_path):
    doc = load_text("Some 1000 troops.", "a.txt", outlet="X")
    same = load_text("Some 1000 troops.", "copy/a.txt", outlet="X")
    with Ledger(db_path) as led:
        assert led.add_document(doc, _claims(doc, 3)) is True
        assert led.add_document(same, _claims(same, 3)) is False
        assert led.counts()["claims"] == 3
        assert led.state() == 1


def test_round_trip_claim_fields(db_path):
    doc = load_text("Some 1000 troops.", "a.txt", outlet="X", published="2024-01-02")
    claims = _claims(doc, 2)
    with Ledger(db_path) as led:
        led.add_document(doc, claims)
        got = led.claim_records()
    assert got == sorted(claims, key=lambda c: c.start)
    assert got[1].cumulative is True


def test_indexed_lookup_uses_index(db_path):
    doc = load_text("x 1", "a.txt")
    with Ledger(db_path) as led:
        led.add_document(doc, _claims(doc, 4) + _claims(load_text("y", "b"), 0))
        assert len(led.claims_for("troops_deployed", "North Korea")) == 4
        assert led.claims_for("troops_deployed", "Russia") == []
        plan = " ".join(r[-1] for r in led.db.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM claims WHERE metric=? AND subject=?", ("a", "b")))
        assert "USING INDEX claims_" in plan and "SCAN claims" not in plan


def test_failed_document_leaves_nothing(db_path):
    doc = load_text("Some 1000 troops.", "a.txt")
    bad = _claims(doc, 2)
    bad.append(bad[0].__class__(**{**{f: getattr(bad[0], f) for f in bad[0].__slots__}, "id": object()}))
    with Ledger(db_path) as led:
        with pytest.raises(Exception):
            led.add_document(doc, bad)
        assert led.counts() == {"documents": 0, "claims": 0, "conflicts": 0}
        assert not led.has_document(doc.sha256)


def test_conflicts_and_verdicts(db_path):
    with Ledger(db_path) as led:
        led.replace_conflicts([Conflict("k1", "contradiction", "error", "killed", "Russia", ("a", "b"), "why")])
        assert led.conflict_records()[0].claims == ("a", "b")
        led.record_verdicts([("k1", "confirmed", 2000.0, "checked", "ed")], from_state=led.state())
        assert led.verdicts()["k1"]["reference_value"] == 2000.0


def test_not_a_database_is_a_clear_error(tmp_path):
    p = tmp_path / "x.db"
    p.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a ledger database"):
        Ledger(str(p))


def test_newer_schema_is_refused(db_path):
    Ledger(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Ledger(db_path)


def test_readonly_missing_ledger_is_clear(tmp_path):
    with pytest.raises(StoreError, match="no ledger database"):
        Ledger(str(tmp_path / "none.db"), readonly=True)


def test_kill_midway_leaves_only_whole_documents(db_path):
    """A process killed (SIGKILL) in the middle of storing a document leaves
    a ledger that opens and holds only whole documents."""
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(REPO)!r})
        from ledger.documents import load_text
        from ledger.store import Ledger
        from tests.test_store import _claims
        led = Ledger({db_path!r})
        for n in range(3):
            doc = load_text(f"document {{n}}", f"d{{n}}.txt")
            led.add_document(doc, _claims(doc, 50))
        doc = load_text("document killed", "killed.txt")
        def dying():
            for i, c in enumerate(_claims(doc, 50)):
                if i == 25:
                    os.kill(os.getpid(), signal.SIGKILL)
                yield c
        led.add_document(doc, dying())
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=str(REPO), capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    with Ledger(db_path) as led:
        assert led.counts()["documents"] == 3
        assert led.counts()["claims"] == 150
        per_doc = dict(led.db.execute("SELECT doc, COUNT(*) FROM claims GROUP BY doc").fetchall())
        assert per_doc == {"d0.txt": 50, "d1.txt": 50, "d2.txt": 50}
        assert led.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_version_1_ledger_is_migrated(db_path):
    """A ledger written by schema 1 opens, is migrated in place, keeps its data."""
    from ledger import store

    con = sqlite3.connect(db_path)
    for stmt in store._split_sql(store.MIGRATIONS[0]):
        con.execute(stmt)
    con.execute("PRAGMA user_version = 1")
    con.execute("INSERT INTO documents (sha256, path, ingested_at) VALUES ('s', 'old.txt', 'now')")
    con.commit()
    con.close()
    with Ledger(db_path) as led:
        assert led.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert led.counts()["documents"] == 1
        names = {r[0] for r in led.db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert "claims_gate" in names


def test_version_2_ledger_gains_the_entry_time_column(db_path):
    """Schema 2 had no published_at: a v2 ledger holding claims is migrated in
    place, its claims read back (published_at None), and new claims keep it."""
    import dataclasses

    from ledger import store

    doc = load_text("Some 1000 troops.", path="old.txt", published="2025-01-01")
    (old,) = _claims(doc, 1)
    con = sqlite3.connect(db_path)
    for n in (0, 1):
        for stmt in store._split_sql(store.MIGRATIONS[n]):
            con.execute(stmt)
    con.execute("PRAGMA user_version = 2")
    cols = [r[1] for r in con.execute("PRAGMA table_info(claims)")]
    assert "published_at" not in cols  # schema 1 is frozen: new fields need a migration
    con.execute(f"INSERT INTO claims ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [getattr(old, c) for c in cols])
    con.commit()
    con.close()
    doc2 = load_text("Some 1001 troops.", path="new.txt", published="2025-01-01")
    new = [dataclasses.replace(c, published_at="2025-01-01T10:02") for c in _claims(doc2, 1)]
    with Ledger(db_path) as led:
        assert led.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [c.published_at for c in led.claim_records()] == [None]
        led.add_document(doc2, new)
        assert sorted(map(str, (c.published_at for c in led.claim_records()))) == \
            ["2025-01-01T10:02", "None"]


def _v2_ledger(db_path):
    from ledger import store

    con = sqlite3.connect(db_path)
    for n in (0, 1):
        for stmt in store._split_sql(store.MIGRATIONS[n]):
            con.execute(stmt)
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()


def test_reading_commands_migrate_an_older_ledger(db_path, tmp_path):
    """The gate opens the ledger read-only; a ledger of an older schema is
    brought up to date first (with a note on stderr) instead of stopping it."""
    _v2_ledger(db_path)
    draft = tmp_path / "draft.txt"
    draft.write_text("Officials said 1,200 troops were deployed.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "ledger.cli", "check", "--db", str(db_path), str(draft)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert f"migrated from schema 2 to {SCHEMA_VERSION}" in run.stderr
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.close()
    run = subprocess.run([sys.executable, "-m", "ledger.cli", "claims", "--db", str(db_path)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0 and "migrated" not in run.stderr


def test_unwritable_older_ledger_keeps_the_clear_error(db_path, monkeypatch):
    from ledger import store

    _v2_ledger(db_path)
    monkeypatch.setattr(store.os, "access", lambda path, mode: mode != os.W_OK)
    with pytest.raises(StoreError, match="needs migrating"):
        Ledger(db_path, readonly=True)
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 2
    con.close()
