"""Draw claims typed by NAMED (non-fallback) rules from ODD-numbered BBC files
(the even ones were read while writing rules), one claim per file, for a
person to judge metric, subject and value by hand.

    python bench/sample_bbc.py SEED N

The judged sample of session 4 (seed 41, 30) is in
bench/results/precision_bbc_odd_s4.txt.
"""

import glob
import os
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from coverage import fallback_codes  # noqa: E402
from ledger import documents, pipeline, rules  # noqa: E402

BBC = Path(os.environ.get("BBC", "/work/shared/corpora/bbc"))


def main(seed: int, n: int) -> None:
    rs = rules.load_rules()
    fallback = fallback_codes(rs)
    paths = sorted(glob.glob(str(BBC / "*" / "*.txt")))
    odd = [p for p in paths if int(os.path.basename(p)[:3]) % 2 == 1]
    rng = random.Random(seed)
    rng.shuffle(odd)
    shown = 0
    for p in odd:
        with open(p, encoding="utf-8", errors="replace") as fh:
            doc = documents.load_text(fh.read(), path=p)
        claims = [c for c in pipeline.extract(doc, rs) if c.rule not in fallback]
        if not claims:
            continue
        c = rng.choice(claims)
        shown += 1
        print(f"{shown}. {Path(p).parent.name}/{Path(p).name} :: {c.sentence.strip()[:300]}")
        print(f"   -> {c.text!r} {c.metric} | {c.subject} | {c.subject2} | v={c.value} [{c.low},{c.high}] "
              f"{c.unit} ({c.rule}) status={c.status} speaker={c.speaker}")
        if shown >= n:
            break


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
