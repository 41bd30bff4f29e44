"""Claims kept when a fact-check claim is written as a Title Case headline.

Fact-check claims often come as headlines in Title Case ("Photo Shows PM Modi
Changed His Clothes Four Times"), where every word is capitalised and capitals
no longer tell a name from a word.  This script takes the QuanTemp test claims
that give a named claim with a subject as written (the #4 measure), retypes
each in Title Case (every word capitalised but the short little words), and
counts how many still give one.  The sentence-case reading is the label, so
the measure needs no hand-checked answers.  Split like bench/coverage.py: even
ids may be read while writing rules, odd ids are held out (counts only; this
script prints no text).

    python bench/titlecase.py [--quantemp FILE] [--out PATH]
"""

from __future__ import annotations

import argparse
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

QUANTEMP = Path("/work/shared/peer-suites/quantemp/test_claims_text_only.jsonl")
#: the words a headline leaves in lower case (when they are in lower case as written)
SMALL = frozenset("a an the and but or nor for of in on at to by up as is vs via from with into over per".split())
_WORD = regex.compile(r"\S+")


def title_case(text: str) -> str:
    """``text`` as a Title Case headline: each word's first letter capitalised, but the
    little words after the first (when they are in lower case as written)."""
    out = []
    for i, m in enumerate(_WORD.finditer(text)):
        w = m.group()
        core = w.strip("\"'“”‘’()[],.:;!?")
        if i and core.lower() in SMALL and len(core) <= 4 and core.islower():
            out.append(w)
            continue
        j = next((k for k, ch in enumerate(w) if ch.isalpha()), None)
        out.append(w if j is None else w[:j] + w[j].upper() + w[j + 1:])
    return " ".join(out)


def named_with_subject(text: str, ruleset, fallback: set) -> bool:
    doc = documents.load_text(text, path="claim.txt")
    claims = type_figures(doc, figures.find_figures(text), figures.find_dates(text), ruleset)
    return any(c.metric not in CATCH_ALL and c.subject and c.rule not in fallback for c in claims)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quantemp", type=Path, default=QUANTEMP)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "titlecase.txt")
    args = ap.parse_args(argv)
    ruleset = load_rules()
    fallback = fallback_codes(ruleset)
    t0 = time.perf_counter()
    counts = {0: [0, 0], 1: [0, 0]}  # split: [named as written, still named in Title Case]
    for line in args.quantemp.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        split = int(row["id"].rsplit("-", 1)[1]) % 2
        if not named_with_subject(row["claim"], ruleset, fallback):
            continue
        counts[split][0] += 1
        counts[split][1] += named_with_subject(title_case(row["claim"]), ruleset, fallback)
    lines = [f"QuanTemp claims named with a subject as written, retyped in Title Case ({time.perf_counter() - t0:.1f}s)"]
    for split, label in ((0, "even ids (may be read)"), (1, "odd ids (held out)")):
        n, kept = counts[split]
        lines.append(f"  {label}: {n} named as written; {kept} still named in Title Case ({kept / max(n, 1):.1%})")
    text = "\n".join(lines) + "\n"
    print(text, end="")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
