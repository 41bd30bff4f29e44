"""Speaker accuracy on held-out BBC articles (labels in bench/speakers_bbc.yaml).

    python bench/speakers_bbc.py [--corpus /work/shared/corpora/bbc]

The labels were written by hand before attribute.py was run on these files,
so this measures rules that were not tuned on them (the seed fixture in
tests/ is the tuned set).  Prints accuracy and each miss with the rule that
fired; writes the same to bench/results/speakers_bbc.txt.  No corpus text is
printed or stored.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ledger.attribute import attribute  # noqa: E402
from ledger.documents import load_text  # noqa: E402
from ledger.records import Claim  # noqa: E402
from ledger.stories import split_stories  # noqa: E402


def offset(text, figure, n):
    pat = re.compile(r"(?<![\d.,$€£\w])" + re.escape(figure) + r"(?![\d\w]|[.,]\d)")
    return [m.start() for m in pat.finditer(text)][n - 1]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="/work/shared/corpora/bbc")
    args = ap.parse_args(argv)
    labels = yaml.safe_load((ROOT / "bench" / "speakers_bbc.yaml").read_text(encoding="utf-8"))
    by_file: dict[str, list] = {}
    for it in labels:
        by_file.setdefault(it["file"], []).append(it)
    right: dict[int, int] = {}
    total: dict[int, int] = {}
    lines = []
    for name, items in sorted(by_file.items()):
        text = (Path(args.corpus) / name).read_text(encoding="utf-8", errors="replace")
        doc = split_stories(load_text(text, path=name, outlet="BBC"))
        claims = []
        for it in items:
            at = offset(text, it["figure"], it["occurrence"])
            claims.append(Claim(id=str(at), doc=name, doc_sha=doc.sha256, outlet="BBC", published=None,
                                line=0, start=at, end=at + len(it["figure"]), text=it["figure"], sentence="",
                                value=0.0, low=None, high=None, unit="count", hedge=None, metric="m",
                                subject=None))
        for it, c in zip(items, attribute(doc, tuple(claims))):
            if "contains" in it:
                want = [f"...{it['contains']}..."]
                ok = it["contains"] in (c.speaker or "")
            else:
                want = it["speaker"] if isinstance(it["speaker"], list) else [it["speaker"]]
                ok = c.speaker in want
            ok = ok and it.get("cited", None) in ("*", c.cited_source)
            n = it.get("set", 1)
            right[n] = right.get(n, 0) + ok
            total[n] = total.get(n, 0) + 1
            if not ok:
                lines.append(f"MISS set {n} {name} {it['figure']}#{it['occurrence']}: want {want[0]}"
                             f"/{it.get('cited')}, got {c.speaker}/{c.cited_source} ({c.speaker_rule})")
    heads = [f"set {n}: speaker accuracy {right[n]}/{total[n]} = {right[n] / total[n]:.1%}"
             for n in sorted(total)]
    out = "\n".join([*heads, *sorted(lines)]) + "\n"
    print(out, end="")
    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    (ROOT / "bench" / "results" / "speakers_bbc.txt").write_text(out, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
