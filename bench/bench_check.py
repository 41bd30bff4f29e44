"""Benchmark the pre-publish gate: a 5 KB draft against a ledger of N claims.

    python bench/bench_check.py                 # 1,000,000 claims, 7 timed runs
    python bench/bench_check.py --claims 100000 --runs 5
    python bench/bench_check.py --rebuild       # regenerate the synthetic ledger

What is timed: the whole command ``ledger check bench/draft_5k.md --db BIG``
in a fresh process (interpreter start-up, imports, rule loading, reading
and extracting the draft, the indexed look-ups and judging, output), wall
clock, after one untimed warm-up run; the figure reported is the median.

The command runs as an installed ledger does: with compiled bytecode
(``PYTHONDONTWRITEBYTECODE`` is dropped for the child, whose ``.pyc`` files go
to /tmp/ledger-bench/pycache rather than into the checkout) and with the
user's cache folder (``cache.cache_dir()``: validated rule sets, compiled
patterns), which the warm-up run fills.  ``--cold-bytecode`` keeps
``PYTHONDONTWRITEBYTECODE`` as the calling environment has it.

The synthetic ledger comes from ``bench/synth.py`` (the conflicts benchmark's
generator: heavy-tailed facts over the real rule metrics and ~120 subjects, so
the big stories' keys hold tens of thousands of claims); its conflicts are
computed and stored as ``ledger ingest`` does (``cli.recompute_conflicts``).
The ledger is kept in /tmp/ledger-bench and reused; ``--rebuild`` remakes it.

Results are printed and written to ``bench/results/check.txt``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ledger import documents, pipeline, rules  # noqa: E402
from ledger.records import Claim, Document  # noqa: E402
from ledger.store import Ledger  # noqa: E402

DRAFT = REPO / "bench" / "draft_5k.md"
RESULTS = REPO / "bench" / "results" / "check.txt"


def draft_claims(ruleset) -> list[Claim]:
    [doc] = list(documents.load_paths([str(DRAFT)]))
    return list(pipeline.extract(doc, ruleset))


def build(db: str, n: int, seed: int = 1) -> dict:
    """A ledger of ``n`` synthetic claims (bench/synth.py), conflicts stored
    the way ``ledger ingest`` stores them."""
    sys.path.insert(0, str(REPO / "bench"))
    import synth
    from ledger.cli import recompute_conflicts

    t0 = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    with Ledger(db) as led:
        batch: list[Claim] = []

        def flush():
            c0 = batch[0]
            led.add_document(Document(path=c0.doc, text="", sha256=c0.doc_sha, encoding="utf-8",
                                      outlet=c0.outlet, published=c0.published), batch)

        for c in synth.iter_claims(n, seed):
            if batch and c.doc_sha != batch[-1].doc_sha:
                flush()
                batch = []
            batch.append(c)
        if batch:
            flush()
        t_insert = time.perf_counter() - t0
        recompute_conflicts(led)
        led.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = led.counts()
    counts.update(insert_s=round(t_insert, 1), build_s=round(time.perf_counter() - t0, 1))
    return counts


def ledger_command() -> list[str]:
    script = Path(sys.executable).with_name("ledger")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ledger.cli"]


#: set by --cold-bytecode
COLD_BYTECODE = False


def child_env(**extra) -> dict:
    env = dict(os.environ, **extra)
    if not COLD_BYTECODE:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.setdefault("PYTHONPYCACHEPREFIX", "/tmp/ledger-bench/pycache")
    return env


def time_runs(db: str, runs: int) -> tuple[list[float], int, str]:
    cmd = ledger_command() + ["check", str(DRAFT), "--db", db]
    env = child_env(LEDGER_DB=db)
    times = []
    rc, out = None, ""
    for i in range(runs + 1):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=str(REPO))
        dt = time.perf_counter() - t0
        if p.returncode == 2:
            raise SystemExit(f"ledger check failed:\n{p.stderr}")
        rc, out = p.returncode, p.stdout
        if i:  # the first run warms the page cache
            times.append(dt)
    return times, rc, out.strip().splitlines()[-1] if out.strip() else ""


PHASES = r"""
import sys, time
t0 = time.perf_counter()
import ledger.check, ledger.cli
from ledger import rules, documents, pipeline, compare
from ledger.store import Ledger
t1 = time.perf_counter()
rs = rules.load_rules()
t2 = time.perf_counter()
[doc] = list(documents.load_paths([sys.argv[1]]))
claims = pipeline.extract(doc, rs)
t3 = time.perf_counter()
with Ledger(sys.argv[2], readonly=True) as led:
    found, counts = ledger.check.check_claims(doc, claims, led, ledger.check.CheckSettings())
t4 = time.perf_counter()
heavy = [m for m in ("pandas", "openpyxl", "pint") if m in sys.modules]
print(f"{(t1-t0)*1000:.0f} {(t2-t1)*1000:.0f} {(t3-t2)*1000:.0f} {(t4-t3)*1000:.0f} {len(claims)} {','.join(heavy) or '-'}")
"""


def phases(db: str, runs: int = 3) -> dict:
    rows = []
    for _ in range(runs):
        p = subprocess.run([sys.executable, "-c", PHASES, str(DRAFT), db], capture_output=True,
                           text=True, cwd=str(REPO), check=True, env=child_env())
        rows.append(p.stdout.split())
    med = lambda i: statistics.median(float(r[i]) for r in rows)  # noqa: E731
    return {"imports_ms": med(0), "rules_ms": med(1), "extract_ms": med(2), "lookup_judge_ms": med(3),
            "draft_claims": int(rows[0][4]), "heavy_modules": rows[0][5]}


#: The index proposed for the store (not in its schema yet): the gate's
#: queries (a key's claims, newest first, with their comparison columns)
#: then read one index range instead of a table row per claim.
GATE_INDEX = ("CREATE INDEX IF NOT EXISTS claims_gate ON claims(metric, subject, published, status, "
              "cumulative, unit, norm_unit, value, norm_value, low, high, norm_low, norm_high, hedge, "
              "doc_sha, subject2, id)")


def measure(db: str, runs: int, label: str) -> list[str]:
    times, rc, summary = time_runs(db, runs)
    ph = phases(db)
    med = statistics.median(times)
    return [
        f"[{label}] wall time per run (fresh process, incl. start-up), {len(times)} runs after a warm-up: "
        f"median {med * 1000:.0f} ms, min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms "
        f"(target < 500 ms: {'met' if med < 0.5 else 'NOT met'})",
        f"[{label}] phases (median of 3, in-process): imports {ph['imports_ms']:.0f} ms, "
        f"rules {ph['rules_ms']:.0f} ms, read+extract {ph['extract_ms']:.0f} ms, "
        f"look-ups+judging {ph['lookup_judge_ms']:.0f} ms; pandas/openpyxl/pint imported: {ph['heavy_modules']}",
        f"[{label}] exit code {rc}; summary: {summary}",
    ]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--db", default=None, help="where to keep the synthetic ledger")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--cold-bytecode", action="store_true",
                    help="keep PYTHONDONTWRITEBYTECODE from the environment (every module compiled from source)")
    ap.add_argument("--gate-index", action="store_true",
                    help="also time a copy of the ledger with the proposed claims_gate index")
    args = ap.parse_args(argv)
    global COLD_BYTECODE
    COLD_BYTECODE = args.cold_bytecode
    db = args.db or f"/tmp/ledger-bench/check_{args.claims}.db"
    os.makedirs(os.path.dirname(db), exist_ok=True)
    templates = draft_claims(rules.load_rules())
    size = DRAFT.stat().st_size
    built = None
    if args.rebuild or not os.path.exists(db):
        built = build(db, args.claims)
    with Ledger(db):
        pass  # a ledger of an older schema is migrated (the gate opens it read-only)
    with Ledger(db, readonly=True) as led:
        counts = led.counts()
        largest = led.db.execute("SELECT COUNT(*) AS n FROM claims GROUP BY metric, subject "
                                 "ORDER BY n DESC LIMIT 1").fetchone()[0]
    lines = [
        f"ledger check: {DRAFT.relative_to(REPO)} ({size:,} bytes, {len(templates)} claims, "
        f"{len({(c.metric, c.subject) for c in templates})} keys) against a ledger of "
        f"{counts['claims']:,} claims (bench/synth.py; largest key {largest:,} claims), "
        f"{counts['conflicts']:,} conflicts",
        f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average before: "
        f"{os.getloadavg()[0]:.1f} (shared machine); bytecode: "
        f"{'as the environment has it' if COLD_BYTECODE else 'compiled (.pyc cached)'}",
    ]
    if built:
        lines.append(f"ledger built in {built['build_s']} s (insert {built['insert_s']} s)")
    lines += measure(db, args.runs, "store schema as is")
    if args.gate_index:
        copy = db.replace(".db", "_gate_index.db")
        if not os.path.exists(copy):
            shutil.copyfile(db, copy)
            with Ledger(copy) as led:
                led.db.execute(GATE_INDEX)
        lines += measure(copy, args.runs, "with claims_gate index")
    lines.append(f"load average after: {os.getloadavg()[0]:.1f}")
    # earlier figures kept for comparison: lines of the old file starting "[before"
    if RESULTS.exists():
        lines += [ln for ln in RESULTS.read_text(encoding="utf-8").splitlines() if ln.startswith("[before")]
    text = "\n".join(lines) + "\n"
    print(text, end="")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
