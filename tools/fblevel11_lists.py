"""Generate ``rules/lists/fblevel11_priced_things.txt``: the SINGULAR forms of the
nouns of the generated WordNet count lists of made things, works and doings.

    python tools/fblevel11_lists.py [--wordnet DIR] [--rules DIR]

The broad count rules read a plural after a figure ("4,000 defibrillators"), so
their lists (``wordnet_things``, ``wordnet_artifacts``, ``wordnet_documents``,
``wordnet_communications``, ``wordnet_events``, ``wordnet_acts``; made by
tools/wordnet_lists.py) hold plural forms.  A sum of money or a span of time
before a noun in the singular prices or times one such thing ("a $100m movie",
"a £7m musical", "a six-day tour", "their five-year alliance"): rules WNM388 and
WNR389 read the noun in this list.  A lemma is kept when its plural (the same
``plural()`` the count lists use) is in one of those lists and it is not one of
the words read by hand as naming no priced or timed thing of its own (DROP).
Rerunning the tool on the same lists writes the same bytes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet_lists import WordNet, plural, _closing, _opening  # noqa: E402

SOURCES = ("things", "artifacts", "documents", "communications", "events", "acts")
#: singulars that, right after a sum or a span, name a measure, a rank or a moment rather than
#: the thing priced or timed ("a $55 record", "the $100m mark", "a 20-year low", "a 10-minute
#: spell" is a spell of play), read by hand
DROP = set("""record mark high low level peak total figure sum amount limit cap ceiling floor
threshold target range gap margin rise fall increase decrease drop cut jump gain loss change
return average rate share point note bill check cheque stake lead deficit surplus balance
window period span stretch term time run spell stint wait delay hiatus break absence interval
lifetime career history streak journey trip walk drive ride flight route distance way lap
move step stage phase round turn shift hand side end start finish top bottom line thanks aside""".split())


def build(wn: WordNet, lists: Path) -> list[str]:
    plurals: set = set()
    for name in SOURCES:
        for line in (lists / f"wordnet_{name}.txt").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                plurals.add(line.strip())
    out = set()
    for lemma in wn.senses:
        if not lemma.isalpha() or not lemma.islower() or len(lemma) < 3 or lemma in DROP:
            continue
        form = plural(lemma, wn)
        if form != lemma and form in plurals:
            out.add(lemma)
    return sorted(out)


def header(wn_folder: Path) -> str:
    lines = _opening(wn_folder, "fblevel11_lists.py") + [
        "# What: the singular of every noun in the generated count lists of made things, works and",
        "# doings (" + ", ".join(f"wordnet_{n}" for n in SOURCES) + "): the thing a sum prices",
        "# or a span times when it stands right before the noun (rules WNM388 money.{noun}, WNR389",
        "# duration.{noun}): \"a $100m movie\", \"a six-day tour\".",
        "# Left out by hand (DROP in the tool): measures, ranks and moments (record, mark, total,",
        "# period, spell, career, trip...)."]
    return _closing(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet", type=Path)
    ap.add_argument("--rules", default=Path(__file__).resolve().parent.parent / "rules", type=Path)
    args = ap.parse_args(argv)
    if not (args.wordnet / "index.noun").is_file():
        print(f"no WordNet dictionary in {args.wordnet} (index.noun missing)", file=sys.stderr)
        return 2
    lists = args.rules / "lists"
    forms = build(WordNet(args.wordnet), lists)
    (lists / "fblevel11_priced_things.txt").write_text(header(args.wordnet) + "\n".join(forms) + "\n",
                                                       encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
