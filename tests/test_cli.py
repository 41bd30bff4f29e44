"""The `ledger` command: exit codes, output contract, ingest behaviour."""

import json
import subprocess
import sys

import pytest

from ledger.cli import main
from ledger.records import CLAIM_FIELDS, CONFLICT_FIELDS, FIGURE_FIELDS

from .conftest import REPO, SEEDS


def run(args, capsys):
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A ledger holding the five seeds (ingested once per module)."""
    db = str(tmp_path_factory.mktemp("seeded") / "ledger.db")
    assert main(["ingest", str(SEEDS), "--db", db]) == 0
    return db


def test_help_on_every_subcommand(capsys):
    rc, out, _ = run(["--help"], capsys)
    assert rc == 0
    names = [line.split()[0] for line in out.split("Commands:")[1].strip().splitlines()]
    assert {"ingest", "claims", "conflicts", "quantities", "extract", "report", "check"} <= set(names)
    for name in names:
        rc, out, _ = run([name, "--help"], capsys)
        assert rc == 0 and "Usage:" in out, name


def test_usage_errors_exit_2(capsys):
    assert run(["no-such-command"], capsys)[0] == 2
    assert run(["claims", "--format", "xml"], capsys)[0] == 2
    assert run(["ingest"], capsys)[0] == 2


def test_missing_ledger_exits_2_with_message(tmp_path, capsys):
    rc, out, err = run(["claims", "--db", str(tmp_path / "none.db")], capsys)
    assert rc == 2 and "no ledger database" in err


def test_internal_error_never_exits_1(monkeypatch, capsys, tmp_path):
    from ledger import figures

    def boom(text):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(figures, "find_figures", boom)
    f = tmp_path / "a.txt"
    f.write_text("Some 300 troops.")
    rc, out, err = run(["quantities", str(f)], capsys)
    assert rc == 2 and "internal error" in err


def test_ingest_seeds_twice_same_count(seeded, capsys):
    rc, out, _ = run(["claims", "--format", "jsonl", "--db", seeded], capsys)
    first = [json.loads(line) for line in out.splitlines()]
    rc, out, _ = run(["ingest", str(SEEDS), "--db", seeded], capsys)
    assert rc == 0 and "0 new document" in out and "5 already in the ledger" in out
    rc, out, _ = run(["claims", "--format", "jsonl", "--db", seeded], capsys)
    assert len(out.splitlines()) == len(first)


def test_claims_jsonl_contract(seeded, capsys):
    rc, out, _ = run(["claims", "--format", "jsonl", "--db", seeded], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert rc == 0
    assert len(rows) >= 40
    texts = {}
    for r in rows:
        assert list(r)[: len(CLAIM_FIELDS)] == list(CLAIM_FIELDS)
        assert r["low"] is None or r["high"] is None or r["low"] <= r["high"]
        texts.setdefault(r["doc"], (SEEDS / r["doc"].split("/")[-1]).read_text())
        # offsets point at the figure as written
        assert texts[r["doc"]][r["start"]:r["end"]] == r["text"]
        assert r["line"] == texts[r["doc"]].count("\n", 0, r["start"]) + 1
    assert len({r["id"] for r in rows}) == len(rows)
    docs = {r["doc"].split("/")[-1] for r in rows}
    assert len(docs) == 5


def test_claim_ids_stable_across_ledgers(seeded, tmp_path, capsys):
    other = str(tmp_path / "other.db")
    assert main(["ingest", str(SEEDS), "--db", other]) == 0
    capsys.readouterr()
    ids = []
    for db in (seeded, other):
        run([], capsys) if False else None
        rc, out, _ = run(["claims", "--format", "jsonl", "--db", db], capsys)
        ids.append(sorted(json.loads(line)["id"] for line in out.splitlines()))
    assert ids[0] == ids[1]


def test_claims_csv_and_table(seeded, capsys):
    rc, out, _ = run(["claims", "--format", "csv", "--db", seeded], capsys)
    assert rc == 0 and out.splitlines()[0].split(",")[: len(CLAIM_FIELDS)] == list(CLAIM_FIELDS)
    rc, out, err = run(["claims", "--db", seeded], capsys)
    assert rc == 0 and "claims" in err


def test_conflicts_contract_and_exit(seeded, capsys):
    rc, out, _ = run(["conflicts", "--format", "jsonl", "--db", seeded], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert rc == (1 if rows else 0)
    for r in rows:
        assert list(r)[: len(CONFLICT_FIELDS)] == list(CONFLICT_FIELDS)
        assert isinstance(r["claims"], list) and len(r["claims"]) >= 2 or r["kind"] == "arithmetic"


def test_quantities_from_stdin_contract():
    proc = subprocess.run(
        [sys.executable, "-m", "ledger.cli", "quantities", "-"],
        input="Nearly 2,000 casualties and more than 6,000 shells.\n",
        capture_output=True, text=True, cwd=str(REPO))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["text"] for r in rows] == ["Nearly 2,000", "more than 6,000"] or \
        [r["value"] for r in rows] == [2000, 6000]
    for r in rows:
        assert list(r) == list(FIGURE_FIELDS)


def test_extract_prints_claims_without_storing(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("Ukraine's military said Russia lost more than 1,500 troops killed in a single day.\n")
    rc, out, _ = run(["extract", str(f), "--published", "2025-01-20"], capsys)
    assert rc == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all(list(r)[: len(CLAIM_FIELDS)] == list(CLAIM_FIELDS) for r in rows)
    assert not (tmp_path / "ledger.db").exists()


def test_extract_reads_every_document_of_a_folder(tmp_path, capsys):
    """A folder is every document in it, not its first file alone; a bad one is
    named on stderr, the others are printed, and the exit code is 2."""
    (tmp_path / "a.txt").write_text("Russia lost more than 1,500 troops killed in a single day.\n")
    (tmp_path / "b.txt").write_text("Ukraine said 1,200 Russian troops were killed.\n")
    rc, out, _ = run(["extract", str(tmp_path), "--published", "2025-01-20"], capsys)
    assert rc == 0
    docs = {json.loads(line)["doc"].rsplit("/", 1)[-1] for line in out.splitlines()}
    assert docs == {"a.txt", "b.txt"}
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    rc, out, err = run(["extract", str(tmp_path), "--published", "2025-01-20"], capsys)
    assert rc == 2 and "binary.txt" in err
    assert {json.loads(line)["doc"].rsplit("/", 1)[-1] for line in out.splitlines()} == {"a.txt", "b.txt"}


def test_quantities_of_a_folder_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Russia lost 1,500 troops.\n")
    (tmp_path / "b.txt").write_text("Ukraine lost 1,200 troops.\n")
    rc, out, err = run(["quantities", str(tmp_path)], capsys)
    assert rc == 2 and out == "" and "a folder of 2 documents" in err


def test_ingest_bad_files_reported_others_go_in(tmp_path, capsys):
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("The fine was £640,000, officials said.".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Ukraine's military said 1,200 Russian troops were killed.\n")
    db = str(tmp_path / "l.db")
    rc, out, err = run(["ingest", str(tmp_path), "--db", db], capsys)
    assert rc == 0
    assert "binary.txt" in err and "binary" in err
    assert "empty.txt" in err and "empty" in err
    assert "latin1.txt" in err and "latin-1" in err
    assert "2 new document" in out
    rc, out, _ = run(["claims", "--format", "jsonl", "--db", db], capsys)
    docs = {json.loads(line)["doc"].split("/")[-1] for line in out.splitlines()}
    assert "good.txt" in docs


def test_ingest_only_bad_files_exits_2(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    rc, out, err = run(["ingest", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "l.db")], capsys)
    assert rc == 2


def test_broken_rule_file_stops_before_reading(tmp_path, capsys):
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    bad = next(rules.rglob("*.yml"))
    bad.write_text("code: [unclosed\n")
    f = tmp_path / "a.txt"
    f.write_text("Some 300 troops.")
    rc, out, err = run(["ingest", str(f), "--rules", str(rules), "--db", str(tmp_path / "l.db")], capsys)
    assert rc == 2
    assert bad.name in err
    assert not (tmp_path / "l.db").exists() or "0 new" not in out


def test_quantities_reports_a_decoding_fallback(tmp_path, capsys):
    f = tmp_path / "l1.txt"
    f.write_bytes("The fine was £640,000.".encode("latin-1"))
    rc, out, err = run(["quantities", str(f)], capsys)
    assert rc == 0 and "latin-1" in err


def test_report_to_a_folder_is_a_usage_error(tmp_path, capsys):
    rc, out, err = run(["report", "-o", str(tmp_path), "--db", str(tmp_path / "l.db")], capsys)
    assert rc == 2 and "folder" in err and "internal error" not in err
