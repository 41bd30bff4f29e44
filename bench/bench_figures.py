#!/usr/bin/env python3
"""Throughput of ledger.figures.find_figures on the BBC corpus, side by side with quantulum3.

Process start and imports are excluded; each document is passed as one text,
as `ledger quantities` does.  Times are CPU seconds of this process
(time.process_time), which keeps the figure honest on a shared machine; wall
seconds are printed too.

quantulum3 is NOT a project dependency: run this script from a separate
benchmark environment that has it, e.g.

    python3 -m venv /tmp/benchvenv
    /tmp/benchvenv/bin/pip install quantulum3 && /tmp/benchvenv/bin/pip install -e .
    /tmp/benchvenv/bin/python bench/bench_figures.py

Without quantulum3 the script measures ours only.  quantulum3 reads about
60 KB/s, so by default it runs on a fixed sample (every 10th document, sorted by
path) and ours is measured on the same sample in the same run for the ratio;
--q3-every 1 runs it on the whole corpus.

Usage: bench_figures.py [--corpus DIR] [--repeat N] [--q3-every K] [--out FILE]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings
from pathlib import Path

# quantulum3 pulls in numpy/scikit-learn; keep their thread pools to one thread so that
# idle worker threads do not add CPU time to this process
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from ledger.figures import find_figures  # noqa: E402

DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpora" / "bbc"


def load(corpus: Path) -> list[str]:
    paths = sorted(p for p in corpus.rglob("*.txt") if p.is_file())
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def timed(fn, docs, repeat=1):
    """Best (cpu, wall) seconds over ``repeat`` runs, and the count of what fn found."""
    best = None
    found = 0
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        found = 0
        for d in docs:
            found += len(fn(d))
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        if best is None or cpu < best[0]:
            best = (cpu, wall)
    return best[0], best[1], found


def mb(docs) -> float:
    return sum(len(d.encode("utf-8")) for d in docs) / 1e6


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--q3-every", type=int, default=10)
    ap.add_argument("--out", default=str(HERE / "results" / "figures_speed.txt"))
    args = ap.parse_args(argv)
    docs = load(Path(args.corpus))
    if not docs:
        print(f"no .txt files under {args.corpus}", file=sys.stderr)
        return 2
    lines = []
    size = mb(docs)
    find_figures("warm up: 5 people, $2bn, about 10%")  # load word lists, compile patterns
    cpu, wall, n = timed(find_figures, docs, args.repeat)
    lines.append(f"corpus: {args.corpus}: {len(docs)} documents, {size:.2f} MB (UTF-8)")
    lines.append(f"ledger.figures, whole corpus: {n} figures; {cpu:.2f} s CPU ({wall:.2f} s wall), "
                 f"{size / cpu:.2f} MB/s CPU ({size / wall:.2f} MB/s wall), best of {args.repeat}")
    # ours on the comparison sample, measured before quantulum3 is imported
    sample = docs[:: max(1, args.q3_every)]
    ocpu, owall, on = timed(find_figures, sample, args.repeat)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as q3  # noqa: PLC0415
    except Exception as e:  # pragma: no cover - depends on the environment
        lines.append(f"quantulum3 not available here ({e.__class__.__name__}): ratio not measured")
    else:
        ssize = mb(sample)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            q3.parse("warm up 5 metres")
            qcpu, qwall, qn = timed(q3.parse, sample, 1)
        ours, theirs = ssize / ocpu, ssize / qcpu
        lines.append(f"sample for the comparison: every {args.q3_every}th document: {len(sample)} documents, "
                     f"{ssize:.2f} MB")
        lines.append(f"  quantulum3:     {qn} quantities; {qcpu:.2f} s CPU ({qwall:.2f} s wall), "
                     f"{theirs * 1000:.1f} KB/s CPU")
        lines.append(f"  ledger.figures: {on} figures; {ocpu:.3f} s CPU ({owall:.3f} s wall), {ours:.2f} MB/s CPU")
        lines.append(f"  ratio (ledger / quantulum3, CPU): {ours / theirs:.0f}x")
    text = "\n".join(lines)
    print(text)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
