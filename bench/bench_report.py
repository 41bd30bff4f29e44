"""Benchmark: the editor's workbook for a big ledger.

    python bench/bench_report.py                     # 100,000 claims, 10,000 findings
    python bench/bench_report.py --scales 25000 50000 100000

Builds a synthetic ledger (cached in the temp folder; the text is made up,
no corpus text), then writes the workbook in a fresh process per scale and
reports wall time and peak resident memory of that process (and its
resident memory just before the report, after imports and opening the
ledger), so the report's own cost is visible.  Memory that stays flat as the
claim count grows is what "bounded" means here.  Results go to stdout and to
bench/results/report.txt.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

WORDS = ("officials ministry said reported estimated killed wounded troops soldiers civilians "
         "according figures spending budget billion million percent rose fell since during week "
         "month year attack strike region government spokesman told reporters statement").split()
METRICS = ["casualties.killed", "casualties.wounded", "troops.deployed", "spending.defence",
           "economy.gdp_growth", "prices.inflation", "trade.tariff_rate", "aid.pledged",
           "people.displaced", "casualties.missing"]
SUBJECTS = ["Ukraine", "Russia", "Gaza", "Israel", "UK", "US", "NATO", "EU", "China", None]
SPEAKERS = ["Volodymyr Zelenskyy", "Vladimir Putin", "the ministry", "Hamas", "the IDF",
            "Donald Trump", "Keir Starmer", "the UN", None, None]
OUTLETS = ["BBC", "Reuters", "AP", "Guardian", "Al Jazeera"]
UNITS = ["count", "count", "count", "USD", "percent"]


def build(path: str, claims: int, findings: int, seed: int = 7) -> None:
    from ledger.records import (Claim, Conflict, Document, make_claim_id, make_conflict_id)
    from ledger.store import Ledger

    rng = random.Random(seed)
    per_doc = 100
    all_ids: list[tuple[str, str, str]] = []  # (id, metric, subject)
    with Ledger(path) as led:
        for d in range(0, claims, per_doc):
            n = min(per_doc, claims - d)
            sentences = []
            for i in range(n):
                words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 40)))
                sentences.append(f"{words.capitalize()} {rng.randint(1, 90000):,} {rng.choice(WORDS)}.")
            text = "\n".join(sentences) + "\n"
            sha = hashlib.sha256(text.encode()).hexdigest()
            outlet = OUTLETS[d // per_doc % len(OUTLETS)]
            published = f"2025-{1 + d // per_doc % 12:02d}-{1 + d // per_doc % 28:02d}"
            doc = Document(path=f"bench/doc{d // per_doc:05d}.txt", text=text, sha256=sha,
                           encoding="utf-8", outlet=outlet, published=published,
                           title=f"Synthetic story {d // per_doc}")
            out, pos = [], 0
            for i, s in enumerate(sentences):
                fig = s.rsplit(" ", 2)[1]
                start = pos + s.rindex(fig)
                metric = METRICS[rng.randrange(len(METRICS))]
                subject = SUBJECTS[rng.randrange(len(SUBJECTS))]
                value = float(fig.replace(",", ""))
                cid = make_claim_id(sha, start, start + len(fig))
                out.append(Claim(id=cid, doc=doc.path, doc_sha=sha, outlet=outlet, published=published,
                                 line=i + 1, start=start, end=start + len(fig), text=fig, sentence=s,
                                 value=value, low=value, high=value, unit=rng.choice(UNITS), hedge=None,
                                 metric=metric, subject=subject, speaker=rng.choice(SPEAKERS),
                                 period="2025", rule=f"R{METRICS.index(metric):03d}",
                                 column=s.rindex(fig) + 1, kind="number"))
                all_ids.append((cid, metric, subject))
                pos += len(s) + 1
            led.add_document(doc, out, figures=n + rng.randint(0, 20))
        conflicts = {}
        kinds = ["contradiction", "disputed", "superseded", "arithmetic"]
        sev = ["error", "warning", "info"]
        while len(conflicts) < findings:
            a, b = rng.sample(all_ids, 2)
            kind = rng.choice(kinds)
            kid = make_conflict_id(kind, [a[0], b[0]])
            conflicts[kid] = Conflict(id=kid, kind=kind, severity=rng.choice(sev), metric=a[1],
                                      subject=a[2], claims=(a[0], b[0]),
                                      explanation="the two figures differ by more than the tolerance",
                                      period="2025", tolerance="5%", action="attribute")
        led.replace_conflicts(conflicts.values())


def child(db: str, out: str) -> None:
    import resource

    from ledger import report
    from ledger.store import Ledger

    with Ledger(db, readonly=True) as led:
        r0 = resource.getrusage(resource.RUSAGE_SELF)
        t0 = time.perf_counter()
        report.write_report(led, out, progress=False)
        elapsed = time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_SELF)
        counts = led.counts()
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    print(json.dumps({"seconds": elapsed, "cpu": cpu, "rss_before_mb": r0.ru_maxrss / 1024,
                      "rss_peak_mb": r1.ru_maxrss / 1024, "claims": counts["claims"],
                      "findings": counts["conflicts"], "bytes": os.path.getsize(out),
                      "load": os.getloadavg()[0]}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scales", type=int, nargs="+", default=[100000], help="claim counts to measure")
    ap.add_argument("--findings-per-claim", type=float, default=0.1)
    ap.add_argument("--child", nargs=2, metavar=("DB", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return
    lines = [f"bench_report: editor's workbook, openpyxl write-only ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())})",
             f"{'claims':>8} {'findings':>8} {'seconds':>8} {'cpu s':>6} {'rss before':>11} {'rss peak':>9}"
             f" {'file':>8} {'load':>5}"]
    print(lines[0])
    print(lines[1])
    for n in args.scales:
        f = int(n * args.findings_per_claim)
        db = os.path.join(tempfile.gettempdir(), f"ledger-bench-report-{n}-{f}.db")
        if not os.path.exists(db):
            t = time.perf_counter()
            build(db + ".part", n, f)
            os.replace(db + ".part", db)
            for ext in ("-wal", "-shm"):
                if os.path.exists(db + ".part" + ext):
                    os.remove(db + ".part" + ext)
            print(f"  (built {db} in {time.perf_counter() - t:.1f} s)", file=sys.stderr)
        out = os.path.join(tempfile.gettempdir(), f"ledger-bench-report-{n}.xlsx")
        res = subprocess.run([sys.executable, __file__, "--child", db, out], check=True,
                             capture_output=True, text=True)
        r = json.loads(res.stdout.strip().splitlines()[-1])
        line = (f"{r['claims']:>8,} {r['findings']:>8,} {r['seconds']:>8.1f} {r['cpu']:>6.1f}"
                f" {r['rss_before_mb']:>8.0f} MB {r['rss_peak_mb']:>6.0f} MB {r['bytes'] / 1e6:>5.1f} MB"
                f" {r['load']:>5.1f}")
        print(line)
        lines.append(line)
    lines.append("seconds: write_report wall time; cpu s: its CPU time (user + system; the wall "
                 "time on an idle core); rss: resident memory of the report process (before = after "
                 "imports and opening the ledger); load: 1-minute load average when it finished "
                 f"({os.cpu_count()} cores).  Target: 100,000 claims and 10,000 findings in under 30 s.")
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "report.txt").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
