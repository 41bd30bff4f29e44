"""Attribution over a whole corpus: speed, and how often each rule fires.

    python bench/speakers_corpus.py [--corpus /work/shared/corpora/bbc] [--limit N]

Every number written with digits becomes a claim (no claim rules needed),
so this exercises attribute() on every figure of every file.  Prints files,
figures, seconds, figures per second, the share of each attribution rule
and of each resolution; writes the same to bench/results/speakers_corpus.txt.
No corpus text is printed or stored.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ledger.attribute import attribute, load_speaker_rules  # noqa: E402
from ledger.documents import load_text  # noqa: E402
from ledger.records import Claim  # noqa: E402
from ledger.stories import split_stories  # noqa: E402

NUMBER = re.compile(r"[$£€]?\d[\d,.]*%?")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="/work/shared/corpora/bbc")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    files = sorted(Path(args.corpus).rglob("*.txt"))
    files = [f for f in files if f.name != "README.md"][: args.limit or None]
    load_speaker_rules()
    rules, resolutions = Counter(), Counter()
    figures = 0
    t0 = time.perf_counter()
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        doc = split_stories(load_text(text, path=str(f), outlet="BBC"))
        claims = tuple(
            Claim(id=str(m.start()), doc=doc.path, doc_sha=doc.sha256, outlet="BBC", published=None, line=0,
                  start=m.start(), end=m.end(), text=m.group(0), sentence="", value=0.0, low=None, high=None,
                  unit="count", hedge=None, metric="m", subject=None)
            for m in NUMBER.finditer(text))
        for c in attribute(doc, claims):
            figures += 1
            parts = (c.speaker_rule or "").split("/")
            rules[parts[0]] += 1
            resolutions[parts[-1] if len(parts) > 1 else "-"] += 1
    secs = time.perf_counter() - t0
    lines = [f"files {len(files)}, figures {figures}, {secs:.1f} s, {figures / secs:.0f} figures/s, "
             f"{len(files) / secs:.0f} files/s (stories + attribution)"]
    lines += [f"rule {k:22} {v:6} {v / figures:6.1%}" for k, v in rules.most_common()]
    lines += [f"resolution {k:16} {v:6} {v / figures:6.1%}" for k, v in resolutions.most_common()]
    out = "\n".join(lines) + "\n"
    print(out, end="")
    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    (ROOT / "bench" / "results" / "speakers_corpus.txt").write_text(out, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
