"""Draw claims typed by NAMED (non-fallback) rules from the held-out half of
QuanTemp (odd ids), one per claim text, for a person to judge metric, subject
and value by hand.

    python bench/sample_named.py SEED N [even]

With `even`, the claims come from the dev half (even ids), for tuning: the
held-out half stays unread.

The judged sample is in bench/results/precision_quantemp_heldout.txt.  The
even ids were read while writing rules; the odd ids were not.
"""

import json
import os
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from coverage import CATCH_ALL, fallback_codes  # noqa: E402
from ledger import documents, figures  # noqa: E402
from ledger.claims import type_figures  # noqa: E402
from ledger.rules import load_rules  # noqa: E402

QUANTEMP = Path(os.environ.get("QUANTEMP", "/work/shared/peer-suites/quantemp/test_claims_text_only.jsonl"))


def main(seed: int, n: int, parity: int = 1) -> None:
    rs = load_rules()
    fb = fallback_codes(rs)
    rows = [json.loads(line) for line in QUANTEMP.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if int(r["id"].rsplit("-", 1)[1]) % 2 == parity]
    random.Random(seed).shuffle(rows)
    k = 0
    for r in rows:
        t = r["claim"]
        d = documents.load_text(t, path=r["id"])
        cs = [c for c in type_figures(d, figures.find_figures(t), figures.find_dates(t), rs)
              if c.rule not in fb and c.subject and c.metric not in CATCH_ALL]
        if not cs:
            continue
        c = random.Random(k).choice(cs)
        k += 1
        print(f"{k}. {r['id']}: {t[:300]}\n   -> {c.text!r} {c.metric} | {c.subject} | {c.subject2} | "
              f"v={c.value} [{c.low},{c.high}] {c.unit} ({c.rule})")
        if k >= n:
            break


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 11, int(sys.argv[2]) if len(sys.argv) > 2 else 40,
         0 if len(sys.argv) > 3 and sys.argv[3] == "even" else 1)
