"""Draw a random sample of the figures no rule claimed in the EVEN-numbered BBC
files (the dev half; the odd ones are held out and never read here), to be
classified by hand when deciding which rules to add.

    python bench/unclaimed_sample.py [--seed S] [--n N] [--bbc DIR]

Same counting as ``bench/coverage.py`` (``figures.find_figures`` typed by
``claims.type_figures``; a figure is unclaimed when no claim has its offsets).
The unclaimed figures are listed in file order, then ``random.Random(seed)
.sample`` draws N of them, so a rerun at the same checkout draws the same
figures.  Prints one numbered line per figure: file, line, figure, unit and
about 70 characters of context either side.

Session 30: seed 30, n 200 at 654c250, classified in
bench/results/unclaimed_bbc_even_s30.txt.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from ledger import documents, figures  # noqa: E402
from ledger.claims import type_figures, unclaimed  # noqa: E402
from ledger.rules import load_rules  # noqa: E402


def unclaimed_even(root: Path, ruleset):
    """(path, figure, context) for every unclaimed figure of the even files, in file order."""
    paths = sorted(p for p in root.rglob("*.txt") if p.name[:3].isdigit() and int(p.name[:3]) % 2 == 0)
    out = []
    total = 0
    for item in documents.load_paths([str(p) for p in paths]):
        if not hasattr(item, "text"):
            continue
        figs = figures.find_figures(item.text)
        dates = figures.find_dates(item.text)
        claims = type_figures(item, figs, dates, ruleset)
        total += len(figs)
        for f in unclaimed(figs, claims):
            ctx = (item.text[max(0, f.start - 70):f.start] + "[[" + item.text[f.start:f.end] + "]]"
                   + item.text[f.end:f.end + 70]).replace("\n", " ")
            out.append((f"{Path(item.path).parent.name}/{Path(item.path).name}", f, ctx))
    return out, total, len(paths)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bbc", default="/work/shared/corpora/bbc")
    ap.add_argument("--seed", type=int, default=30)
    ap.add_argument("--n", type=int, default=200)
    args = ap.parse_args(argv)
    misses, total, docs = unclaimed_even(Path(args.bbc), load_rules())
    print(f"even BBC files: {docs}; figures: {total}; unclaimed: {len(misses)} "
          f"({len(misses) / max(total, 1):.1%}); sample of {min(args.n, len(misses))}, seed {args.seed}")
    drawn = random.Random(args.seed).sample(misses, min(args.n, len(misses)))
    for i, (name, f, ctx) in enumerate(drawn, 1):
        print(f"{i:3}. {name}:{f.line}: {f.text!r} ({f.unit}) :: {ctx}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
