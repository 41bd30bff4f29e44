"""Generate rules/lists/nofit7_money_verbs.txt: the verbs of possession and transfer WordNet knows.

A sum of money right after such a verb ("paid $850m", "inherited £140m", "took $11.2m",
"needs to have N1 billion") is money that changes hands or is held; rule WNM270
(broad.money_by_verb) types it as money.{verb} when no hand-written money rule names it.

    python tools/nofit7_money_verbs.py [--wordnet /usr/share/wordnet] [--stats]

Which verbs: the lemma's dominant sense (SemCor tag counts, or half its senses; the same test as
tools/wordnet_lists.py) is in WordNet's verb.possession class (buy, sell, pay, owe, earn, lend,
inherit, donate...).  Forms: the verb itself, -s, -ing, past tense and participle (verb.exc's
irregular forms, or the regular ones); a form of two listed verbs, or of a verb of another class
(a form that is mostly another word: "left", "found", "lay"), is left out.  MONEY_DROP: verbs of the
class read by hand as naming no sum ("take over", "keep", "hold on"); MONEY_EXTRA: verbs of other
classes that name a sum changing hands or held, kept by hand.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from wordnet_lists import WordNetVerbs, _closing, _opening, dominates, past_forms  # noqa: E402

MONEY_FILES = ("verb.possession",)
#: verbs of possession read by hand as naming no sum of money before a figure: they take a
#: person or a thing, not an amount ("keep 10 players", "return 12 MPs", "leave £1m to" is kept)
MONEY_DROP = set("""
keep retain stock accept abandon discard deliver present share provide supply furnish store
capture occupy conquer recover reclaim claim deprive free release surrender yield forfeit
offer sacrifice assign allot distribute dispense issue submit
""".split())
#: verbs of other classes that name a sum changing hands or held ("raised $2m" is kept out: a
#: hand-written rule types it; these are the ones the broad tier needs)
MONEY_EXTRA = {"have", "take", "receive", "get", "make", "save", "charge", "return", "lend", "steal", "need", "want", "cost", "fetch", "net", "gross", "total", "pocket", "bank",
               "earmark", "pump", "plough", "plow", "inject", "invest", "demand", "seek", "spend",
               "win", "lose", "collect", "allocate", "budget", "bid", "raise"}


def present_forms(lemma: str) -> set:
    """The verb itself, its -s and its -ing forms (regular spelling)."""
    out = {lemma}
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        out.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        out.add(lemma[:-1] + "ies")
    else:
        out.add(lemma + "s")
    if lemma.endswith("ie"):
        out.add(lemma[:-2] + "ying")
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        out.add(lemma[:-1] + "ing")
    else:
        out.add(lemma + "ing")
    return out


def build_money_verbs(wn: WordNetVerbs) -> dict[str, str]:
    """{form: lemma} of the verbs of possession (one word each)."""
    found: dict[str, set] = collections.defaultdict(set)
    for lemma, offs in sorted(wn.senses.items()):
        if not lemma.isalpha() or not lemma.islower() or len(lemma) < 3 or lemma in MONEY_DROP:
            continue
        if lemma not in MONEY_EXTRA:
            ins = [wn.lexfile[o] in MONEY_FILES for o in offs]
            if not ins[0] or not dominates(ins, wn.counts.get(lemma, {})):
                continue
        forms = present_forms(lemma) | past_forms(lemma, wn) | {f for f in wn.forms.get(lemma, ())}
        if lemma == "have":
            forms |= {"has", "had", "having"}
        for form in forms:
            found[form].add(lemma)
    # a form that is a verb of its own outside the list ("found", "lay", "left": other lemmas
    # give it in verb.exc) is ambiguous and left out
    other: dict[str, set] = collections.defaultdict(set)
    for lemma, forms in wn.forms.items():
        for f in forms:
            other[f].add(lemma)
    out = {}
    for form, lemmas in found.items():
        if len(lemmas) > 1 or len(other.get(form, set()) - lemmas) > 0:
            continue
        if form in wn.senses and form not in lemmas:
            continue  # "bid" is bid's own; "bank" the verb's; "spent" is not a lemma of its own
        out[form] = next(iter(lemmas))
    return out


def header(wn_folder: Path) -> str:
    lines = _opening(wn_folder, "nofit7_money_verbs.py") + [
             "# What: verbs of possession and transfer, every one-word form mapped to the verb (rule WNM270,",
             "# money.{verb}): \"paid $850m\" is money.pay, \"inherited £140m\" money.inherit.",
             f"# WordNet class: the verb's dominant sense in {', '.join(MONEY_FILES)}; dropped by hand: "
             + ", ".join(sorted(MONEY_DROP)) + ".",
             "# Added by hand (other classes): " + ", ".join(sorted(MONEY_EXTRA)) + "."]
    return _closing(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet", type=Path)
    ap.add_argument("--out", default=HERE.parent / "rules" / "lists" / "nofit7_money_verbs.txt", type=Path)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    if not (args.wordnet / "index.verb").is_file():
        sys.exit(f"no WordNet verbs in {args.wordnet}")
    verbs = build_money_verbs(WordNetVerbs(args.wordnet))
    args.out.write_text(header(args.wordnet) + "".join(f"{f} => {v}\n" for f, v in sorted(verbs.items())),
                        encoding="utf-8")
    if args.stats:
        print(f"nofit7_money_verbs: {len(verbs)} forms of {len(set(verbs.values()))} verbs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
