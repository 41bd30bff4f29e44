"""Named-claim coverage on PolitiFact statements from the LIAR dataset.

QuanTemp's test claims (bench/coverage.py) were read claim by claim for eight
sessions, even ids only, and the odd ids lag the even ones by 13 points: the
rules were fitted to the text they were written from.  LIAR (Wang 2017,
"Liar, Liar Pants on Fire") holds about 12,800 short statements fact-checked by
PolitiFact, the same kind of text.  This script measures the same share as
the #4 measure -- statements that yield at least one claim from a named
(non-fallback) rule with a specific metric and a subject -- on the LIAR
statements that carry a number, split like QuanTemp: even LIAR ids may be
read while writing rules, odd ids are held out (counts only).

    python bench/liar.py FILE [FILE ...] [--quantemp FILE] [--out PATH]

FILE is a LIAR split as published (train.tsv, valid.tsv, test.tsv: id, label,
statement, ... tab-separated) or a two-column file (id, statement).  The data
is not in this repository; fetch it from the LIAR release.

A statement is kept when it has a digit or a number word (the list below).
A statement that shares 5-word sequences with a QuanTemp claim (at least 30%
of its own, and at least two) is dropped, so the held-out QuanTemp halves
stay unread: about one LIAR statement in twelve is also a QuanTemp claim.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from coverage import CATCH_ALL, fallback_codes  # noqa: E402
from ledger import documents, figures  # noqa: E402
from ledger.claims import type_figures  # noqa: E402
from ledger.rules import load_rules  # noqa: E402

SHARED = Path("/work/shared")
NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve dozen dozens twenty thirty forty fifty sixty "
    "seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion half "
    "third quarter percent twice double doubled triple tripled first second").split()
_NUMERIC = regex.compile(r"\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", regex.I)
_ID = regex.compile(r"(\d+)\.json")
_WORDS = regex.compile(r"[a-z0-9]+")


def read_statements(paths: list[Path]) -> dict[int, str]:
    rows: dict[int, str] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            m = _ID.fullmatch(cols[0].strip())
            if not m or len(cols) < 2:
                continue
            text = (cols[2] if len(cols) >= 3 else cols[1]).strip()
            if text and _NUMERIC.search(text):
                rows.setdefault(int(m.group(1)), text)
    return rows


def _grams(text: str, n: int = 5) -> set:
    w = _WORDS.findall(text.lower())
    return {tuple(w[k:k + n]) for k in range(len(w) - n + 1)}


def overlapping(rows: dict[int, str], quantemp: list[Path]) -> set[int]:
    index = collections.defaultdict(set)
    k = 0
    for path in quantemp:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                for g in _grams(json.loads(line)["claim"]):
                    index[g].add(k)
                k += 1
    drop = set()
    for i, text in rows.items():
        grams = _grams(text)
        hits = collections.Counter(q for g in grams for q in index.get(g, ()))
        if hits and max(hits.values()) >= max(2, 0.3 * len(grams)):
            drop.add(i)
    return drop


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    qt = SHARED / "peer-suites" / "quantemp"
    ap.add_argument("--quantemp", nargs="*", type=Path,
                    default=[qt / "test_claims_text_only.jsonl", qt / "claims_categorized_subset.jsonl"])
    ap.add_argument("--out", type=Path, default=HERE / "results" / "coverage_liar.txt")
    ap.add_argument("--exclude", type=Path,
                    help="a file of LIAR ids (1234.json, one a line) to leave out: held-out statements that "
                         "were read by mistake (bench/results/liar_read_odd_ids.txt)")
    args = ap.parse_args(argv)
    rows = read_statements(args.files)
    drop = overlapping(rows, [p for p in args.quantemp if p.exists()])
    if args.exclude:
        seen = {int(m.group(1)) for m in map(_ID.fullmatch, args.exclude.read_text(encoding="utf-8").split()) if m}
        drop |= seen & set(rows)
    ruleset = load_rules()
    fallback = fallback_codes(ruleset)
    # per half: [statements, named with subject, any claim, a figure or date]
    halves = [[0, 0, 0, 0], [0, 0, 0, 0]]
    t0 = time.perf_counter()
    for i in sorted(rows):
        if i in drop:
            continue
        text = rows[i]
        doc = documents.load_text(text, path=f"liar-{i}")
        figs = figures.find_figures(text)
        dates = figures.find_dates(text)
        claims = type_figures(doc, figs, dates, ruleset)
        h = halves[i % 2]
        h[0] += 1
        h[1] += any(c.metric not in CATCH_ALL and c.subject and c.rule not in fallback for c in claims)
        h[2] += bool(claims)
        h[3] += bool(figs or dates)
    dt = time.perf_counter() - t0
    n = sum(h[0] for h in halves)
    lines = [f"LIAR statements with a number: {len(rows)}; also QuanTemp claims or excluded (dropped): {len(drop)}; "
             f"measured: {n}; {dt:.1f}s"]
    for name, h in (("even ids (may be read)", halves[0]), ("odd ids (held out)", halves[1])):
        lines.append(f"  {name}: {h[0]}; named rule with a subject {h[1]} ({h[1] / max(h[0], 1):.1%}); "
                     f"any claim {h[2]} ({h[2] / max(h[0], 1):.1%}); a figure or date {h[3]} "
                     f"({h[3] / max(h[0], 1):.1%})")
    print("\n".join(lines))
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
