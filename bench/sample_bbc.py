"""Draw claims typed by NAMED (non-fallback) rules from BBC files, one claim per
file, for a person to judge metric, subject and value by hand.  By default the
files are the ODD-numbered ones (held out: the even ones were read while
writing rules); ``--even`` draws from the even ones, for tuning.

    python bench/sample_bbc.py SEED N [--even] [--keys FILE]
    python bench/sample_bbc.py --replay FILE

With --keys FILE the drawn figures are written to FILE (path, start, end, text),
and with --replay FILE the same figures are shown again from a later checkout
(the claim now typed for that figure, or 'no claim'), so one sample can be
judged before and after a change.

Judged samples: session 4 (seed 41, 30, odd) in
bench/results/precision_bbc_odd_s4.txt; session 19 (seed 19, 60, odd) in
bench/results/precision_bbc_odd_s19.txt; session 19 (seed 1919, 100, --even,
judged before and after the session's fixes) in
bench/results/precision_bbc_even_s19.txt; session 29 (seed 2930, 80, --even, before and
after) in bench/results/precision_bbc_even_s29.txt.
"""

import glob
import json
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


def _show(i, p, c):
    print(f"{i}. {Path(p).parent.name}/{Path(p).name} :: {c.sentence.strip()[:300]}")
    print(f"   -> {c.text!r} {c.metric} | {c.subject} | {c.subject2} | v={c.value} [{c.low},{c.high}] "
          f"{c.unit} ({c.rule}) status={c.status} speaker={c.speaker}")


def _claims(p, rs):
    with open(p, encoding="utf-8", errors="replace") as fh:
        doc = documents.load_text(fh.read(), path=p)
    return list(pipeline.extract(doc, rs))


def sample(seed: int, n: int, parity: int = 1, keys=None) -> None:
    rs = rules.load_rules()
    fallback = fallback_codes(rs)
    paths = sorted(glob.glob(str(BBC / "*" / "*.txt")))
    chosen = [p for p in paths if int(os.path.basename(p)[:3]) % 2 == parity]
    rng = random.Random(seed)
    rng.shuffle(chosen)
    shown, drawn = 0, []
    for p in chosen:
        claims = [c for c in _claims(p, rs) if c.rule not in fallback]
        if not claims:
            continue
        c = rng.choice(claims)
        shown += 1
        _show(shown, p, c)
        drawn.append((p, c.start, c.end, c.text))
        if shown >= n:
            break
    if keys:
        with open(keys, "w") as fh:
            json.dump(drawn, fh, indent=0)


def replay(keys) -> None:
    rs = rules.load_rules()
    with open(keys) as fh:
        drawn = json.load(fh)
    for i, (p, start, end, text) in enumerate(drawn, 1):
        claims = _claims(p, rs)
        same = [c for c in claims if c.start == start and c.end == end] \
            or [c for c in claims if c.start <= start < c.end or start <= c.start < end]
        if same:
            _show(i, p, same[0])
        else:
            print(f"{i}. {Path(p).parent.name}/{Path(p).name} :: (no claim for {text!r} at {start})")


if __name__ == "__main__":
    if sys.argv[1] == "--replay":
        replay(sys.argv[2])
    else:
        k = sys.argv[sys.argv.index("--keys") + 1] if "--keys" in sys.argv else None
        sample(int(sys.argv[1]), int(sys.argv[2]), 0 if "--even" in sys.argv else 1, k)
