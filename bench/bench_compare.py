"""Scale benchmark for compare.find_conflicts on synthetic claims.

    python bench/bench_compare.py                  # 10k, 100k, 1M claims
    python bench/bench_compare.py 100000 300000    # chosen sizes

For each size: generate the claims (bench/synth.py, not timed), then time
``find_conflicts`` (best of --repeat runs; one core: it is single-threaded
Python), and report claims per second, the number of blocks and the largest,
and the findings by kind.  Figures go to stdout and bench/results/compare.txt.
Target: 1M claims in under 30 s on one core.
"""

from __future__ import annotations

import argparse
import collections
import gc
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

from ledger import compare  # noqa: E402


def run(n: int, repeat: int, seed: int, days=None) -> dict:
    t0 = time.perf_counter()
    claims = synth.generate(n, seed, days=days)
    gen = time.perf_counter() - t0
    settings = compare.load_settings()
    blocks = collections.Counter((compare.key(c), c.cumulative) for c in claims)
    times, cpu = [], []
    out = ()
    for _ in range(repeat):
        out = ()
        gc.collect()
        t, c = time.perf_counter(), time.process_time()
        out = compare.find_conflicts(claims, settings)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    kinds = collections.Counter(k.kind for k in out)
    sev = collections.Counter(k.severity for k in out)
    return {"n": n, "gen": gen, "best": min(cpu), "wall": min(times), "blocks": len(blocks),
            "largest": max(blocks.values()), "conflicts": len(out), "kinds": dict(sorted(kinds.items())),
            "severity": dict(sorted(sev.items()))}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=str(HERE / "results" / "compare.txt"))
    ap.add_argument("--dense", action="store_true",
                    help="also run the largest size packed into two years (10x the density at 1M)")
    args = ap.parse_args(argv)
    cores = "single-threaded (one core at a time)"
    lines = [f"compare.find_conflicts on synthetic claims (bench/synth.py, seed {args.seed}, 3% wrong figures;"
             f" a ledger grows at a steady ~137 claims a day, so n claims span synth.days_for(n) days:"
             f" {', '.join(f'{n:,} -> {synth.days_for(n):,}' for n in args.sizes)})",
             f"python {platform.python_version()} on {platform.machine()}, {cores}, best of {args.repeat}; "
             f"load average at start {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
             "cpu s = CPU time of the (single-threaded) process: its time on one core; wall s includes"
             " waiting for a core on a shared machine",
             f"{'claims':>10} {'cpu s':>7} {'wall s':>7} {'claims/s':>10} {'blocks':>8} {'largest':>8} "
             f"{'findings':>9}  by kind"]
    print("\n".join(lines), flush=True)
    results = []
    for n in args.sizes:
        r = run(n, args.repeat, args.seed)
        results.append(r)
        line = (f"{r['n']:>10,} {r['best']:>7.2f} {r['wall']:>7.2f} {r['n'] / r['best']:>10,.0f} {r['blocks']:>8,} "
                f"{r['largest']:>8,} {r['conflicts']:>9,}  {r['kinds']}")
        print(line, flush=True)
        lines.append(line)
    if len(results) > 1:
        a, b = results[-2], results[-1]
        growth_pair = (a, b)
    if args.dense:
        n = max(args.sizes)
        r = run(n, args.repeat, args.seed, days=730)
        line = (f"{r['n']:>10,} {r['best']:>7.2f} {r['wall']:>7.2f} {r['n'] / r['best']:>10,.0f} {r['blocks']:>8,} "
                f"{r['largest']:>8,} {r['conflicts']:>9,}  {r['kinds']}  <- dense: packed into 730 days")
        print(line, flush=True)
        lines.append(line)
    if len(results) > 1:
        a, b = growth_pair
        growth = (b["best"] / a["best"]) / (b["n"] / a["n"])
        note = (f"cpu time grows {b['best'] / a['best']:.1f}x for {b['n'] / a['n']:.0f}x the claims "
                f"({growth:.2f} of linear) from {a['n']:,} to {b['n']:,}")
        print(note)
        lines.append(note)
    lines.append("(generation not timed: " + ", ".join(f"{r['n']:,} in {r['gen']:.1f}s" for r in results) + ")")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
