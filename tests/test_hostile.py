"""Hostile and broken input through the real `ledger` command, end to end.

What a newsroom user (or an attacker) can hand the tool: binary, empty and
mis-encoded files, fake Word documents, megabytes of script, huge lines,
broken rule files, broken sidecars, bad options, a database path that is not
a ledger, a read-only ledger, spreadsheet formulas hidden in article text.
Each must give a clear message naming the bad path (and line), exit 0/1/2 as
the README says (an uncaught exception never exits 1), and lose nothing: the
good documents still go in and an existing ledger is never half-written.

Most tests call ``ledger.cli.main`` in-process (fast); inputs that could hang
run ``python -m ledger.cli`` in a subprocess with a generous hang guard (a
guard, not a timing assertion).  Tests marked ``slow`` run only with
LEDGER_SLOW=1.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ledger.cli import main
from ledger.paths import rules_root

REPO = Path(__file__).resolve().parent.parent
HANG_GUARD = 300  # seconds; only to stop a hung run, never a performance claim

slow = [pytest.mark.slow,
        pytest.mark.skipif(not os.environ.get("LEDGER_SLOW"), reason="slow: set LEDGER_SLOW=1")]


def slow_test(f):
    for m in reversed(slow):
        f = m(f)
    return f


# ---------------------------------------------------------------------------
# helpers


@pytest.fixture(autouse=True)
def _shipped_rules_parsed_once(monkeypatch):
    """Parse the shipped rule set once for the whole file (speed only).

    Every command still calls rules.load_rules at the same point; a --rules
    DIR (the broken-rule tests) is loaded afresh each time."""
    from ledger import rules

    real = rules.load_rules

    def load_rules(*args, **kwargs):
        if args or kwargs:
            return real(*args, **kwargs)
        if "shipped" not in _RULES:
            _RULES["shipped"] = real()
        return _RULES["shipped"]

    monkeypatch.setattr(rules, "load_rules", load_rules)


_RULES: dict = {}


def run(capsys, *args):
    """Run `ledger ARGS` in-process; return (exit code, stdout, stderr).  (capsys or capfd)"""
    capsys.readouterr()
    rc = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return rc, out, err


def run_sub(*args, cwd=None, stdin: bytes | None = None, timeout=HANG_GUARD):
    """Run `python -m ledger.cli ARGS` in a subprocess (for inputs that might hang)."""
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    try:
        p = subprocess.run([sys.executable, "-m", "ledger.cli", *map(str, args)], cwd=cwd, input=stdin,
                           capture_output=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        pytest.fail(f"`ledger {' '.join(map(str, args))[:80]}` still running after {timeout}s (hang guard)")
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def no_traceback(err: str) -> None:
    assert "Traceback" not in err, err
    assert "internal error" not in err, err


def stored_claims(capsys, db) -> list[dict]:
    rc, out, err = run(capsys, "claims", "--db", db, "--format", "jsonl")
    assert rc == 0, err
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def stored_docs(capsys, db) -> set[str]:
    """File names of the documents that have claims in the ledger."""
    return {Path(c["doc"]).name for c in stored_claims(capsys, db)}


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


GOOD = "The ministry said more than 300 people died in the floods.\nOfficials said the repair bill was $2.2bn.\n"
GOOD2 = "# Budget\n\nThe council said about 1,200 homes were damaged, up from 900 last year.\n"


def script_block(n_lines: int) -> str:
    return "<script>" + "var x = 12345; // 99% of 1,000 troops\n" * n_lines + "</script>"


_MIXED: dict[str, Path] = {}


def make_mixed_folder(root: Path) -> dict[str, Path]:
    """Good and bad documents side by side; returns name -> path.

    Built once per session (tests only read it); ``root`` is used the first time."""
    if _MIXED and all(p.exists() for p in _MIXED.values()):
        return dict(_MIXED)
    _MIXED.clear()
    root.mkdir(parents=True, exist_ok=True)
    files = {
        "good.txt": GOOD.encode(),
        "good2.md": GOOD2.encode(),
        "latin1.txt": "Le maire a déclaré que 450 élèves étaient absents.\n".encode("latin-1"),
        "utf16.txt": "The agency said 75 people were rescued.\n".encode("utf-16"),
        "utf8bom.txt": "\ufeffThe navy said 14 ships were damaged.\n".encode("utf-8"),
        "badbyte.txt": b"The mayor said 500 homes lost power.\nA stray \xff\xfe\x80 byte.\n"
                       b"The utility said 20% of customers were affected.\n",
        "binary.txt": bytes(range(256)) * 40,
        "empty.txt": b"",
        "blank.md": b"\n   \n\t\n",
        "garbage.docx": hashlib.sha512(b"x").digest() * 50,
        "fakezip.docx": b"PK\x03\x04" + b"not really a zip" * 100,
        "big.html": ("<html><head><title>T</title>" + script_block(30_000) + "</head><body>"
                     "<p>The army said 5,000 troops were deployed.</p>" + script_block(30_000)
                     + "<style>p{width:77%}</style></body></html>").encode(),
    }
    # a zip that is not a Word document
    buf = root / "notword.docx"
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "The minister said 10 people were hurt.")
    paths = {"notword.docx": buf}
    for name, data in files.items():
        p = root / name
        p.write_bytes(data)
        paths[name] = p
    _MIXED.update(paths)
    return dict(paths)


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A small ledger holding good.txt and a workbook made from it (built once)."""
    d = tmp_path_factory.mktemp("base")
    (d / "good.txt").write_text(GOOD)
    db, wb = d / "base.db", d / "base.xlsx"
    assert main(["report", str(d / "good.txt"), "-o", str(wb), "--db", str(db)]) == 0
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return db, wb


@pytest.fixture
def base_ledger(base):
    return base[0]


BAD = ("binary.txt", "empty.txt", "blank.md", "garbage.docx", "fakezip.docx", "notword.docx")
GOOD_NAMES = ("good.txt", "good2.md", "latin1.txt", "utf16.txt", "utf8bom.txt", "badbyte.txt", "big.html")


# ---------------------------------------------------------------------------
# documents: a folder mixing good and bad files


def test_mixed_folder_good_documents_go_in_bad_ones_are_named(tmp_path, capsys):
    folder = make_mixed_folder(tmp_path / "in")["good.txt"].parent
    db = tmp_path / "l.db"
    rc, out, err = run(capsys, "ingest", folder, "--db", db)
    no_traceback(err)
    assert rc == 0, err
    for name in BAD:
        assert any(name in line and "skipped" in line for line in err.splitlines()), (name, err)
    for name in GOOD_NAMES:
        assert not any(name in line and "skipped" in line for line in err.splitlines()), (name, err)
    # fallbacks are reported with the path
    assert any("latin1.txt" in line and "latin-1" in line for line in err.splitlines()), err
    assert any("utf16.txt" in line and "utf-16" in line for line in err.splitlines()), err
    assert f"ingested {len(GOOD_NAMES)} new document(s)" in out
    assert f"{len(BAD)} skipped" in out

    claims = stored_claims(capsys, db)
    docs = {Path(c["doc"]).name for c in claims}
    assert docs == set(GOOD_NAMES)
    by_doc = {}
    for c in claims:
        by_doc.setdefault(Path(c["doc"]).name, []).append(c)
    # the Latin-1 file is decoded, not mangled
    assert any("élèves" in c["sentence"] for c in by_doc["latin1.txt"])
    assert {c["value"] for c in by_doc["utf16.txt"]} == {75}
    assert {c["value"] for c in by_doc["utf8bom.txt"]} == {14}
    # the lines either side of the bad bytes still give their figures
    assert {500, 20} <= {c["value"] for c in by_doc["badbyte.txt"]}
    # scripts and styles are dropped: only the paragraph's figure
    assert {c["value"] for c in by_doc["big.html"]} == {5000}

    # idempotent: a second run adds nothing and still names the bad files
    rc, out, err = run(capsys, "ingest", folder, "--db", db)
    assert rc == 0
    assert "ingested 0 new document(s)" in out
    assert len(stored_claims(capsys, db)) == len(claims)


def test_only_bad_files_exit_2_and_store_nothing(tmp_path, capsys):
    paths = make_mixed_folder(tmp_path / "in")
    db = tmp_path / "l.db"
    rc, out, err = run(capsys, "ingest", *(paths[n] for n in BAD), tmp_path / "missing.txt", "--db", db)
    no_traceback(err)
    assert rc == 2
    for name in (*BAD, "missing.txt"):
        assert name in err
    assert "no such file" in err
    assert stored_claims(capsys, db) == []


def test_missing_path_is_named_and_the_rest_goes_in(tmp_path, capsys):
    paths = make_mixed_folder(tmp_path / "in")
    db = tmp_path / "l.db"
    rc, out, err = run(capsys, "ingest", tmp_path / "nope.md", paths["good.txt"], "--db", db)
    assert rc == 0
    assert "nope.md" in err
    assert stored_docs(capsys, db) == {"good.txt"}


def test_one_bad_byte_does_not_mangle_the_rest_of_a_utf8_file(tmp_path, capsys):
    p = tmp_path / "story.txt"
    p.write_bytes("The minister said the plan costs €2bn and 450 élèves were absent.\n".encode()
                  + b"A stray \xff byte here.\n")
    rc, out, err = run(capsys, "quantities", p)
    assert rc == 0
    figs = [json.loads(line) for line in out.splitlines()]
    assert any(f["value"] == 2e9 and f["unit"] == "EUR" for f in figs), figs
    rc, out, err = run(capsys, "extract", p)
    assert rc == 0
    assert all("Ã" not in json.loads(line)["sentence"] for line in out.splitlines())


OFFSET_CASES = {
    "utf16.txt": ("The agency said about 75 people — 40% of them — were rescued.\n", "utf-16"),
    "utf16be.txt": ("The agency said 75 people were rescued.\n", "utf-16-be"),
    "utf8bom.txt": ("The agency said 75 people — 40% — were rescued.\n", "utf-8-sig"),
    "latin1.txt": ("Le maire a déclaré que 450 élèves étaient absents, soit 12 %.\n", "latin-1"),
    "crlf.txt": ("The army said\r\n5,000 troops\r\nwere sent, about 40%.\r\n", "utf-8"),
}


@pytest.mark.parametrize("name", sorted(OFFSET_CASES))
def test_quantities_offsets_point_into_the_decoded_text(tmp_path, capsys, name):
    text, encoding = OFFSET_CASES[name]
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    p = tmp_path / name
    p.write_bytes(data)
    rc, out, err = run(capsys, "quantities", p)
    assert rc == 0, err
    figs = [json.loads(line) for line in out.splitlines()]
    assert figs
    text = text.replace("\r\n", "\n")  # offsets are into the text as decoded, newlines normalised
    for f in figs:
        assert text[f["start"]:f["end"]] == f["text"]
        assert text.count("\n", 0, f["start"]) + 1 == f["line"]


def test_quantities_refuses_binary_and_empty_input_clearly(tmp_path, capsys):
    paths = make_mixed_folder(tmp_path / "in")
    for name in ("binary.txt", "empty.txt", "garbage.docx", "notword.docx"):
        rc, out, err = run(capsys, "quantities", paths[name])
        no_traceback(err)
        assert rc == 2
        assert name in err
        assert out == ""
    rc, out, err = run(capsys, "quantities", tmp_path / "nope.txt")
    assert rc == 2 and "nope.txt" in err


def test_quantities_refuses_binary_stdin(tmp_path):
    rc, out, err = run_sub("quantities", "-", stdin=bytes(range(256)) * 10)
    no_traceback(err)
    assert rc == 2
    assert "binary" in err
    rc, out, err = run_sub("quantities", "-", stdin=b"")
    no_traceback(err)
    assert rc == 2
    assert "empty" in err


def test_an_internal_error_exits_2_never_1(tmp_path, capsys, monkeypatch):
    from ledger import check, figures

    paths = make_mixed_folder(tmp_path / "in")

    def boom(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(figures, "find_figures", boom)
    rc, out, err = run(capsys, "quantities", paths["good.txt"])
    assert rc == 2 and "boom" in err
    rc, out, err = run(capsys, "ingest", paths["good.txt"], "--db", tmp_path / "l.db")
    assert rc == 2 and "boom" in err
    monkeypatch.undo()
    rc, _, err = run(capsys, "ingest", paths["good.txt"], "--db", tmp_path / "l.db")
    assert rc == 0, err
    monkeypatch.setattr(check, "check_files", boom)
    rc, out, err = run(capsys, "check", paths["good2.md"], "--db", tmp_path / "l.db")
    assert rc == 2 and "boom" in err


def test_a_document_that_fails_to_store_is_skipped_whole(tmp_path, capsys, monkeypatch):
    """A failure while storing one document leaves no part of it and the others go in."""
    from ledger import store

    paths = make_mixed_folder(tmp_path / "in")
    db = tmp_path / "l.db"
    real = store._claim_row

    def flaky(claim):
        # fails after the document row went in: the transaction must roll it back
        if claim.doc.endswith("good2.md"):
            raise sqlite3.OperationalError("disk full")
        return real(claim)

    monkeypatch.setattr(store, "_claim_row", flaky)
    rc, out, err = run(capsys, "ingest", paths["good.txt"], paths["good2.md"], paths["latin1.txt"], "--db", db)
    monkeypatch.undo()
    assert rc == 0
    assert "good2.md" in err and "disk full" in err
    docs = stored_docs(capsys, db)
    assert docs == {"good.txt", "latin1.txt"}
    con = sqlite3.connect(db)
    try:
        stored = [Path(r[0]).name for r in con.execute("SELECT path FROM documents")]
    finally:
        con.close()
    assert sorted(stored) == ["good.txt", "latin1.txt"]


# ---------------------------------------------------------------------------
# huge input: no hang, no traceback


def _write(p: Path, text: str) -> Path:
    p.write_text(text, encoding="utf-8")
    return p


HUGE = {
    "digits": lambda: "The figure was " + "1" * 100_000 + " in all.\n",
    "nested": lambda: "The minister said " + "([{\"'" * 10_000 + "about 5,000 troops" + "'\"}])" * 10_000 + ".\n",
    "nospace": lambda: ("ab1,2.3%$" * 120_000)[:1_000_000] + "\n",
    "hedges": lambda: "The army said " + "more than " * 50_000 + "3,000 troops were sent.\n",
}


def _check_quantities(out: str, text: str, kind: str) -> None:
    figs = [json.loads(line) for line in out.splitlines()]
    for f in figs:
        assert text[f["start"]:f["end"]] == f["text"]
    if kind == "digits":
        assert figs == []  # 100,000 digits are not a figure
    if kind in ("nested", "hedges"):
        assert [(f["value"], f["hedge"]) for f in figs] == [(5000 if kind == "nested" else 3000,
                                                           "about" if kind == "nested" else "more than")]
    if kind == "nospace":
        assert len(figs) == text.count("%")


@pytest.mark.parametrize("kind", sorted(HUGE))
def test_quantities_survives_huge_lines(tmp_path, capsys, kind):
    # the 1 MB line without spaces is cut to 200 KB here (111,111 figures in 1 MB take seconds);
    # the full size runs in test_quantities_survives_huge_lines_in_a_process (LEDGER_SLOW=1)
    text = HUGE[kind]()
    p = _write(tmp_path / f"{kind}.txt", text[:200_000] + "\n" if kind == "nospace" else text)
    rc, out, err = run(capsys, "quantities", p)
    no_traceback(err)
    assert rc == 0, err
    _check_quantities(out, p.read_text(encoding="utf-8"), kind)


@slow_test
@pytest.mark.parametrize("kind", sorted(HUGE))
def test_quantities_survives_huge_lines_in_a_process(tmp_path, kind):
    """The same through `python -m ledger.cli`, with a hang guard."""
    p = _write(tmp_path / f"{kind}.txt", HUGE[kind]())
    rc, out, err = run_sub("quantities", p)
    no_traceback(err)
    assert rc == 0, err
    _check_quantities(out, p.read_text(encoding="utf-8"), kind)


# ingest runs the claim stage, which is much slower on long sentences (see the xfails below): the full
# sizes run in test_ingest_survives_huge_lines_in_a_process (LEDGER_SLOW=1)
SMALLER = {"digits": HUGE["digits"],
           "nested": lambda: "The minister said " + "([{\"'" * 2_000 + "about 5,000 troops" + "'\"}])" * 2_000 + ".\n",
           "hedges": lambda: "The army said " + "more than " * 1_000 + "3,000 troops were sent.\n"}


@pytest.mark.parametrize("kind", sorted(SMALLER))
def test_ingest_survives_huge_lines(tmp_path, capsys, kind):
    p = _write(tmp_path / f"{kind}.txt", SMALLER[kind]())
    db = tmp_path / "l.db"
    rc, out, err = run(capsys, "ingest", p, "--db", db)
    no_traceback(err)
    assert rc == 0, err
    assert "ingested 1 new document(s)" in out
    values = {c["value"] for c in stored_claims(capsys, db)}
    assert values == (set() if kind == "digits" else {5000} if kind == "nested" else {3000})


@slow_test
@pytest.mark.parametrize("kind", ["digits", "nested", "hedges"])
def test_ingest_survives_huge_lines_in_a_process(tmp_path, kind):
    p = _write(tmp_path / f"{kind}.txt", HUGE[kind]())
    rc, out, err = run_sub("ingest", p, "--db", tmp_path / "l.db")
    no_traceback(err)
    assert rc == 0, err
    assert "ingested 1 new document(s)" in out


@slow_test
@pytest.mark.xfail(strict=True, reason="claims (pipeline.extract after find_figures): `ledger extract` on one 1 MB "
                                       "line of 'ab1,2.3%$' (111,111 figure candidates, no spaces) is still running "
                                       "after the 300 s hang guard (19:00 UTC, after the claims-window commits). "
                                       "find_figures takes 0.6 s on 200 KB, but extract takes 10 s cpu on 100 KB "
                                       "and 28 s on 200 KB: still superlinear. Should finish in bounded time or "
                                       "refuse clearly")
def test_extract_a_megabyte_line_without_spaces(tmp_path):
    p = _write(tmp_path / "nospace.txt", HUGE["nospace"]())
    rc, out, err = run_sub("extract", p)
    no_traceback(err)
    assert rc in (0, 2)


@slow_test
@pytest.mark.xfail(strict=True, reason="claims (pipeline.extract): one line of 20,000 short hedged sentences "
                                       "('more than more than more than 10 people.', 800 KB) is still running after "
                                       "the 300 s hang guard (19:00 UTC). bench/hostile.py: 320 sentences 3.6 s "
                                       "cpu (was over 120 s before the claims-window commits), about 11 ms a "
                                       "figure. Should finish in bounded time or refuse clearly")
def test_extract_many_stacked_hedges(tmp_path):
    p = _write(tmp_path / "hedges2.txt", "more than more than more than 10 people. " * 20_000 + "\n")
    rc, out, err = run_sub("extract", p)
    no_traceback(err)
    assert rc == 0
    assert len(out.splitlines()) == 20_000


@slow_test
def test_quantities_on_fifty_megabytes(tmp_path):
    filler = "The committee heard evidence from witnesses across the region during the long inquiry. " * 9
    para = filler + "Officials said more than 300 people died and \u00a32.2bn was spent, up from 1.2m in 2022.\n"
    copies = 50_000_000 // len(para)
    p = _write(tmp_path / "big.txt", para * copies)
    rc, out, err = run_sub("quantities", p, timeout=180)
    no_traceback(err)
    assert rc == 0, err
    assert out.count("\n") == 3 * copies


def test_a_file_over_the_size_limit_is_refused_by_name(tmp_path, capsys, monkeypatch):
    from ledger import documents

    monkeypatch.setattr(documents, "MAX_BYTES", 1000)
    big = _write(tmp_path / "big.txt", GOOD * 100)
    small = _write(tmp_path / "small.txt", GOOD2)
    db = tmp_path / "l.db"
    rc, out, err = run(capsys, "ingest", big, small, "--db", db)
    assert rc == 0
    assert "big.txt" in err and "limit" in err
    assert stored_docs(capsys, db) == {"small.txt"}


# ---------------------------------------------------------------------------
# broken rule files: exit 2 at load, file and line named, nothing read or written

ATK = ("attacks", "ATK001.yml")


def _broken_rules(tmp_path: Path, how: str) -> tuple[Path, Path, int]:
    """Copy rules/ and break attacks/ATK001.yml; return (root, broken file, line of the break)."""
    root = tmp_path / "rules"
    shutil.copytree(rules_root(), root)
    f = root.joinpath(*ATK)
    text = f.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)

    def line_of(prefix):
        return next(i for i, ln in enumerate(lines, 1) if ln.startswith(prefix))

    if how == "yaml":
        n = line_of("metric:")
        lines[n - 1] = "metric: attacks.strikes: oops\n"
    elif how == "tab":
        n = line_of("window:")
        lines[n - 1] = "\t" + lines[n - 1]
    elif how == "kind":
        n = line_of("kind:")
        lines[n - 1] = "kind: telepathy\n"
    elif how == "missing-key":
        n = line_of("metric:")
        lines[n - 1] = ""
        n = 1
    elif how == "regex":
        n = line_of("cues_before:") + 1
        lines.insert(n - 1, "  - '(?:strikes|raids'\n")
    elif how in ("redos", "redos-words"):
        n = line_of("cues_before:") + 1
        lines.insert(n - 1, "  - '(a+)+$'\n" if how == "redos" else "  - '(\\w+\\s?)+$'\n")
    elif how == "example-value":
        n = next(i for i, ln in enumerate(lines, 1) if ln.strip() == "value: 430")
        lines[n - 1] = lines[n - 1].replace("430", "431")
    elif how == "example-text":
        n = next(i for i, ln in enumerate(lines, 1) if "430 strikes" in ln)
        lines[n - 1] = lines[n - 1].replace("430 strikes on", "430 tractors to")
    elif how == "dup":
        other = root / "generic" / ATK[1]
        shutil.copy(f, other)
        return root, other, 1
    else:  # pragma: no cover
        raise ValueError(how)
    f.write_text("".join(lines), encoding="utf-8")
    return root, f, n


def _assert_rule_failure(tmp_path, capsys, monkeypatch, how, command, base_ledger):
    from ledger import documents

    root, broken, line = _broken_rules(tmp_path, how)
    paths = make_mixed_folder(tmp_path / "in")
    db = tmp_path / "existing.db"
    shutil.copy(base_ledger, db)
    before = sha(db)

    read = []
    real = documents.load_paths
    monkeypatch.setattr(documents, "load_paths", lambda *a, **k: (read.append(a), real(*a, **k))[1])
    args = {"ingest": ["ingest", paths["good2.md"], "--db", db],
            "ingest-new": ["ingest", paths["good2.md"], "--db", tmp_path / "new.db"],
            "report": ["report", paths["good2.md"], "-o", tmp_path / "r.xlsx", "--db", db],
            "extract": ["extract", paths["good2.md"]],
            "check": ["check", paths["good2.md"], "--db", db],
            "rules": ["rules"]}[command]
    rc, out, err = run(capsys, *args[:1], "--rules", root, *args[1:])
    monkeypatch.undo()
    no_traceback(err)
    assert rc == 2, (rc, out, err)
    rel = broken.relative_to(root).as_posix()
    # a pattern in a list may be named by its own line or by its list's key line
    lines = (line - 1, line) if how in ("regex", "redos", "redos-words") else (line,)
    assert any(f"{rel}:{n}:" in err.replace(os.sep, "/") for n in lines), (lines, err)
    assert not read, "a document was read before the rules were loaded"
    assert sha(db) == before
    assert not (tmp_path / "new.db").exists()
    assert not (tmp_path / "r.xlsx").exists()
    assert "skipped" not in err


RULE_CASES = ([("yaml", c) for c in ("ingest", "ingest-new", "report", "check", "extract", "rules")]
              + [("kind", "check")]
              + [(h, "ingest") for h in ("tab", "kind", "missing-key", "regex", "dup")])


@pytest.mark.parametrize("how,command", RULE_CASES)
def test_a_broken_rule_file_fails_at_load(tmp_path, capsys, monkeypatch, how, command, base_ledger):
    _assert_rule_failure(tmp_path, capsys, monkeypatch, how, command, base_ledger)


@pytest.mark.parametrize("how", ["redos", "redos-words"])
def test_a_catastrophic_pattern_fails_at_load(tmp_path, capsys, monkeypatch, how, base_ledger):
    _assert_rule_failure(tmp_path, capsys, monkeypatch, how, "ingest-new", base_ledger)


@pytest.mark.parametrize("how", ["example-value", "example-text"])
def test_a_rule_whose_example_does_not_match_fails_at_load(tmp_path, capsys, monkeypatch, how, base_ledger):
    _assert_rule_failure(tmp_path, capsys, monkeypatch, how, "ingest-new", base_ledger)


def test_rules_dir_that_does_not_exist(tmp_path, capsys):
    rc, out, err = run(capsys, "ingest", tmp_path / "x.txt", "--rules", tmp_path / "norules",
                       "--db", tmp_path / "l.db")
    no_traceback(err)
    assert rc == 2
    assert "norules" in err
    assert not (tmp_path / "l.db").exists()


# ---------------------------------------------------------------------------
# metadata: sidecars and --published


def _two_folders(tmp_path, sidecar: bytes) -> tuple[Path, Path]:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "story.txt").write_text(GOOD)
    (b / "other.md").write_text(GOOD2)
    (a / "sources.yaml").write_bytes(sidecar)
    return a, b


@pytest.mark.parametrize("sidecar,line", [
    (b"story.txt:\n  outlet: [unclosed\n  published: 2025-01-01\n", 3),
    (b"- just\n- a list\n", 1),
])
def test_a_broken_sidecar_is_named_and_other_folders_go_in(tmp_path, capsys, sidecar, line):
    a, b = _two_folders(tmp_path, sidecar)
    db = tmp_path / "l.db"
    rc, out, err = run(capsys, "ingest", a, b, "--db", db)
    no_traceback(err)
    assert rc == 0
    assert f"sources.yaml:{line}" in err
    assert "story.txt" in err
    assert stored_docs(capsys, db) == {"other.md"}


def test_a_sidecar_that_is_not_utf8_is_named(tmp_path, capsys):
    a, b = _two_folders(tmp_path, b"\xff\xfe story.txt: {outlet: \xe9}\n")
    db = tmp_path / "l.db"
    rc, out, err = run(capsys, "ingest", a, b, "--db", db)
    assert "internal error" not in err
    assert "sources.yaml" in err
    assert stored_docs(capsys, db) == {"other.md"}


def test_a_sidecar_date_that_is_not_a_date(tmp_path, capsys):
    a, b = _two_folders(tmp_path, b"story.txt:\n  outlet: X\n  published: not-a-date\n")
    db = tmp_path / "l.db"
    rc, out, err = run(capsys, "ingest", a, b, "--db", db)
    claims = stored_claims(capsys, db)
    assert all(c["published"] in (None, "") or c["published"][:4].isdigit() for c in claims), claims
    assert "sources.yaml:3" in err


@pytest.mark.parametrize("value", ["yesterday", "2025-13-45"])
def test_published_that_is_not_a_date_is_a_usage_error(tmp_path, capsys, value):
    paths = make_mixed_folder(tmp_path / "in")
    db = tmp_path / "l.db"
    rc, out, err = run(capsys, "ingest", paths["good.txt"], "--published", value, "--db", db)
    assert rc == 2
    assert "--published" in err
    assert not db.exists() or stored_claims(capsys, db) == []


def test_published_iso_date_is_stored(tmp_path, capsys):
    paths = make_mixed_folder(tmp_path / "in")
    db = tmp_path / "l.db"
    rc, out, err = run(capsys, "ingest", paths["good.txt"], "--published", "2025-01-22", "--db", db)
    assert rc == 0
    assert {c["published"] for c in stored_claims(capsys, db)} == {"2025-01-22"}


# ---------------------------------------------------------------------------
# the database path


DB_CASES = ([(w, c) for w in ("random-bytes", "text", "directory") for c in ("ingest", "check")]
            + [("text", c) for c in ("claims", "conflicts", "report", "review")])


@pytest.mark.parametrize("what,command", DB_CASES)
def test_db_that_is_not_a_ledger(tmp_path, capsys, command, what, base):
    paths = make_mixed_folder(tmp_path / "in")
    db = tmp_path / "target"
    if what == "directory":
        db.mkdir()
    else:
        db.write_bytes(hashlib.sha512(b"y").digest() * 80 if what == "random-bytes" else b"hello, not a database\n")
    before = None if what == "directory" else sha(db)
    wb = base[1]
    args = {"ingest": ["ingest", paths["good.txt"]], "claims": ["claims"], "conflicts": ["conflicts"],
            "report": ["report", paths["good.txt"], "-o", tmp_path / "r.xlsx"],
            "check": ["check", paths["good.txt"]], "review": ["review", wb]}[command]
    rc, out, err = run(capsys, *args, "--db", db)
    no_traceback(err)
    assert rc == 2, (out, err)
    assert "target" in err
    if before:
        assert sha(db) == before
    assert not (tmp_path / "r.xlsx").exists()


def test_db_that_is_another_sqlite_database_is_left_alone(tmp_path, capsys):
    paths = make_mixed_folder(tmp_path / "in")
    db = tmp_path / "accounts.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE invoices (id INTEGER, amount REAL)")
    con.execute("INSERT INTO invoices VALUES (1, 9.5)")
    con.commit()
    con.close()
    rc, out, err = run(capsys, "ingest", paths["good.txt"], "--db", db)
    con = sqlite3.connect(db)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()
    assert tables == {"invoices"}
    assert rc == 2 and "accounts.db" in err


@pytest.fixture
def readonly_ledger(tmp_path, capsys):
    """A ledger holding good.txt that the process cannot write to."""
    paths = make_mixed_folder(tmp_path / "in")
    db = tmp_path / "ro.db"
    rc, _, err = run(capsys, "ingest", paths["good.txt"], "--db", db)
    assert rc == 0, err
    # checkpoint the WAL so the file alone holds everything
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    undo = None
    if os.geteuid() == 0:  # root ignores permission bits: make the file immutable
        if subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode == 0:
            undo = ["chattr", "-i", str(db)]
    else:
        db.chmod(0o444)
    if undo is None and os.geteuid() == 0:
        pytest.skip("cannot make a file read-only here (root without chattr)")
    try:
        yield db, paths
    finally:
        if undo:
            subprocess.run(undo, capture_output=True)
        for p in tmp_path.glob("ro.db*"):
            p.chmod(0o644)


def test_readonly_ledger(readonly_ledger, tmp_path, capsys):
    db, paths = readonly_ledger
    before = sha(db)
    rc, out, err = run(capsys, "ingest", paths["good2.md"], paths["latin1.txt"], "--db", db)
    no_traceback(err)
    assert rc == 2
    assert "good2.md" in err and "readonly" in err.replace("read-only", "readonly")
    assert sha(db) == before
    # still readable: claims, report and the gate work
    assert stored_docs(capsys, db) == {"good.txt"}
    rc, out, err = run(capsys, "report", "-o", tmp_path / "r.xlsx", "--db", db)
    assert rc == 0, err
    rc, out, err = run(capsys, "check", paths["good2.md"], "--db", db)
    assert rc == 0, err
    assert sha(db) == before


# ---------------------------------------------------------------------------
# workbook safety: formulas and control characters in article text


INJECTIONS = ['=HYPERLINK("http://example.com","x")', "+1+1", "-2+3", "@SUM(A1)", "=1+1", "\t=2+2"]


def test_article_text_is_never_a_formula_in_the_report(tmp_path, capsys):
    import openpyxl

    folder = tmp_path / "in"
    folder.mkdir()
    body = "\n".join(f"{inj} The ministry said {300 + i} people died in the floods."
                     for i, inj in enumerate(INJECTIONS))
    body += "\nBell \x07 here: the agency said 75 people were rescued.\n"
    (folder / "art.txt").write_text(body, encoding="utf-8")
    (folder / "sources.yaml").write_text('art.txt:\n  outlet: "=HYPERLINK(\\"http://evil\\",\\"y\\")"\n'
                                         '  published: 2025-01-02\n', encoding="utf-8")
    out_xlsx = tmp_path / "r.xlsx"
    rc, out, err = run(capsys, "report", folder, "-o", out_xlsx, "--db", tmp_path / "l.db")
    no_traceback(err)
    assert rc == 0, err

    wb = openpyxl.load_workbook(out_xlsx)
    seen = set()
    bell_line = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                if isinstance(c.value, str):
                    assert "\x07" not in c.value
                    if "agency said 75 people" in c.value:
                        bell_line.append(c.data_type)
                    for inj in INJECTIONS + ['=HYPERLINK("http://evil","y")']:
                        if inj.strip() in c.value:
                            seen.add(inj)
                            assert c.data_type == "s", (ws.title, c.coordinate, c.value)
    assert seen >= {INJECTIONS[0], "+1+1", "-2+3", "@SUM(A1)", '=HYPERLINK("http://evil","y")'}, seen
    assert bell_line and set(bell_line) == {"s"}  # the line with the control character is a text cell
    # no formula elements in the sheet XML at all
    with zipfile.ZipFile(out_xlsx) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name
    # the bell line's figure was kept, not dropped with the control character
    values = {c["value"] for c in stored_claims(capsys, tmp_path / "l.db")}
    assert 75 in values
    assert {300 + i for i in range(len(INJECTIONS))} <= values


# ---------------------------------------------------------------------------
# the gate


def test_check_on_a_missing_ledger(tmp_path, capsys):
    paths = make_mixed_folder(tmp_path / "in")
    db = tmp_path / "nowhere.db"
    rc, out, err = run(capsys, "check", paths["good.txt"], "--db", db)
    assert rc == 2
    assert "nowhere.db" in err and "no ledger" in err
    assert not db.exists()


@pytest.fixture
def small_ledger(tmp_path, base_ledger):
    paths = make_mixed_folder(tmp_path / "in")
    db = tmp_path / "l.db"
    shutil.copy(base_ledger, db)
    return db, paths


@pytest.mark.parametrize("name,fmt", [("empty.txt", "text"), ("empty.txt", "json"), ("blank.md", "text"),
                                      ("binary.txt", "text"), ("binary.txt", "json"), ("garbage.docx", "text"),
                                      ("notword.docx", "text")])
def test_check_on_an_unreadable_draft(small_ledger, capsys, name, fmt):
    db, paths = small_ledger
    before = sha(db)
    rc, out, err = run(capsys, "check", paths[name], "--db", db, "--format", fmt)
    no_traceback(err)
    assert rc == 2  # the gate cannot vouch for a draft it could not read
    assert name in err
    if fmt == "json":
        data = json.loads(out)
        assert data["findings"] == [] and data["claims_checked"] == 0
    assert sha(db) == before


def test_check_reads_the_good_drafts_beside_a_bad_one(small_ledger, capsys):
    db, paths = small_ledger
    rc, out, err = run(capsys, "check", paths["binary.txt"], paths["good2.md"], "--db", db, "--format", "json")
    assert rc == 2
    assert "binary.txt" in err
    assert json.loads(out)["claims_checked"] >= 1


# ---------------------------------------------------------------------------
# odd files: names, FIFOs, symlink loops, Word bombs, broken workbooks


@pytest.mark.skipif(sys.platform == "win32" or sys.getfilesystemencoding() != "utf-8",
                    reason="needs a POSIX file system with UTF-8 names")
def test_a_file_name_that_is_not_utf8(tmp_path, capfd):
    folder = tmp_path / "names"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"r\xe9sum\xe9.txt"), "wb") as fh:
        fh.write(GOOD.encode())
    db = tmp_path / "l.db"
    # capfd, not capsys: like a terminal, it replaces what it cannot encode in the name
    rc, out, err = run(capfd, "ingest", folder, "--db", db)
    no_traceback(err)
    assert rc == 0, err
    assert "ingested 1 new document(s)" in out
    rc, out, err = run(capfd, "claims", "--db", db, "--format", "jsonl")
    no_traceback(err)
    assert rc == 0 and len(out.splitlines()) >= 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifos_and_symlink_loops_do_not_hang(tmp_path):
    folder = tmp_path / "odd"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")  # opening it would block forever
    os.symlink(".", folder / "loop")
    (folder / "story.md").write_text(GOOD2)
    rc, out, err = run_sub("ingest", folder, folder / "pipe.txt", "--db", tmp_path / "l.db", timeout=120)
    no_traceback(err)
    assert rc == 0, err
    assert "ingested 1 new document(s)" in out
    assert "pipe.txt" in err


def _docx_with_text_of(path: Path, chars: int) -> Path:
    """A small .docx whose document.xml expands to about `chars` characters."""
    import docx

    d = docx.Document()
    d.add_paragraph("The army said 5,000 troops were deployed.")
    d.save(str(path))
    with zipfile.ZipFile(path) as zin:
        parts = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    para = "<w:p><w:r><w:t>" + "x" * 1000 + "</w:t></w:r></w:p>"
    xml = parts["word/document.xml"].decode()
    parts["word/document.xml"] = xml.replace("<w:sectPr", para * (chars // 1000) + "<w:sectPr", 1).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_a_word_zip_bomb_is_refused(tmp_path, capsys, monkeypatch):
    from ledger import documents

    monkeypatch.setattr(documents, "MAX_BYTES", 200_000)
    bomb = _docx_with_text_of(tmp_path / "bomb.docx", 1_000_000)
    assert bomb.stat().st_size < 200_000
    rc, out, err = run(capsys, "quantities", bomb)
    assert rc == 2
    assert "bomb.docx" in err and "limit" in err


def test_review_of_a_file_that_is_not_a_ledger_workbook(tmp_path, capsys, base):
    db = tmp_path / "l.db"
    shutil.copy(base[0], db)
    before = sha(db)
    paths = make_mixed_folder(tmp_path / "in")
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(paths["garbage.docx"].read_bytes())
    word = _docx_with_text_of(tmp_path / "word.xlsx", 1000)
    for wb in (fake, word):
        rc, out, err = run(capsys, "review", wb, "--db", db)
        no_traceback(err)
        assert rc == 2
        assert wb.name in err
    assert sha(db) == before


@pytest.mark.parametrize("name,content,says", [
    ("ledger.toml", b'database = "x.db\n', "ledger.toml"),
    ("ledger.toml", b'fail-on = "sometimes"\n', "fail-on"),
    ("ledger.toml", b"select = 5\n", "select"),
    (".ledger-baseline.json", b"{not json", ".ledger-baseline.json"),
    (".ledger-baseline.json", b"bad\xff", ".ledger-baseline.json"),
])
def test_check_with_a_broken_config_or_baseline(tmp_path, capsys, monkeypatch, base, name, content, says):
    shutil.copy(base[0], tmp_path / "l.db")
    (tmp_path / "d.md").write_text(GOOD2)
    (tmp_path / name).write_bytes(content)
    monkeypatch.chdir(tmp_path)
    rc, out, err = run(capsys, "check", "d.md", "--db", "l.db")
    no_traceback(err)
    assert rc == 2
    assert says in err


def test_a_rule_timeout_is_reported(tmp_path, capsys, monkeypatch):
    from ledger import matching

    p = _write(tmp_path / "story.txt", GOOD * 20)
    run(capsys, "extract", p)  # the rule set's examples verified (and cached) at the normal limit
    monkeypatch.setattr(matching, "MATCH_TIMEOUT", 1e-9)
    rc, out, err = run(capsys, "extract", p)
    assert rc == 2 and "time limit" in err and "story.txt" in err, (rc, err)
    db = tmp_path / "l.db"
    rc, out, err = run(capsys, "ingest", p, "--db", db)
    assert "skipped" in err and "time limit" in err, (rc, err)


def test_a_rule_timeout_on_the_rules_own_examples_names_the_rule_file(tmp_path, capsys, monkeypatch):
    from ledger import matching

    from ledger import rules

    monkeypatch.setattr(rules, "_was_validated", lambda *a, **k: False)  # verify them now, not by an old mark
    monkeypatch.setattr(rules, "_mark_validated", lambda *a, **k: None)
    monkeypatch.setattr(matching, "MATCH_TIMEOUT", 1e-9)
    p = _write(tmp_path / "story.txt", GOOD)
    rc, out, err = run(capsys, "extract", p)
    assert rc == 2 and "time limit" in err and ".yml" in err and "internal error" not in err, (rc, err)


def test_report_to_a_directory_fails_cleanly(tmp_path, capsys, base):
    db = tmp_path / "l.db"
    shutil.copy(base[0], db)
    target = tmp_path / "out.xlsx"
    target.mkdir()
    (target / "keep.txt").write_text("x")
    rc, out, err = run(capsys, "report", "-o", target, "--db", db)
    assert rc == 2
    assert "out.xlsx" in err
    assert [p.name for p in target.iterdir()] == ["keep.txt"]
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # no temporary file left
