"""Why named claims get no subject: counts of closed categories, per QuanTemp half (subj27).

    python bench/nosubj_categories.py [--quantemp FILE] [--show-dev]

QuanTemp's odd ids are held out: this prints only counts of categories for them, never a
text, a word or a claim.  ``--show-dev`` also prints each even-id ("dev") text of the
named-but-no-subject bucket with its categories, for reading.

Table 1, over every text with a claim of a named rule (not a fallback) with a specific
metric: does one of them have a subject ("named") or not ("nosubj"), and does the figure's
sentence hold a name (a gazetteer name or a capitalised name, as the subject steps read them,
``event_owner._names``) that is not the figure itself; for "named" texts, the class of the
first subject (a country, US state, place, other gazetteer name, a population group, a
described person of ``anon25_person_nouns``, a topic, another capitalised name, a lower-case
noun).

Table 2, over the named-but-no-subject texts, a closed set of categories defined before any
held count was looked at (session 17):

* voice: ``fp`` first person in the text (I, me, my, we, our, us), ``you``, ``third`` (he, she,
  they...), ``quote0`` opens with a quotation mark, ``says0`` opens with "Says", ``nsent=N``;
* with a name in the figure's sentence (``HN:``): how many distinct gazetteer names
  (``known=N``) and their class (``kcls:``), how many other capitalised names (``unk=N``);
  where a name stands against the figure: its possessive before it (``P1``), after it behind a
  preposition within five words (``P2``), opening the sentence (``P3``), elsewhere before or
  after, with a clause break between or not (``P4``/``P5``); a name that opens the sentence and
  acts (a verb follows it) with the figure after that verb and no clause break (``opens_acts``);
  the one gazetteer name of a one-sentence text (``sole_known``);
* with no name (``NN:``): a population group in the figure's own phrase, before it or elsewhere;
  a described-person noun opening the sentence or later; a money claim with a currency sign or
  word; a word of government ("government", "federal", "state", "nation"...); no capital after
  the sentence's first letter; an opening "Video/Photo/Image ..."; the metric family;
* title-case headlines (``T:``): whether names were read, and a capitalised word no word list
  knows (``lex.common``, ``lex.words``, ``lex.openers``, given names, the gazetteer) by its
  position.

What session 17 found with it (bench/results/nosubj_categories_s17.txt): the held-out half's
excess of named claims without a subject is in texts whose figure's sentence names no one.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from coverage import CATCH_ALL, fallback_codes  # noqa: E402
from ledger import documents, figures  # noqa: E402
from ledger.claims import type_figures  # noqa: E402
from ledger.event_owner import _acts, _lead, _names  # noqa: E402
from ledger.matching import figure_span, lexicon  # noqa: E402
from ledger.rules import load_rules  # noqa: E402
from ledger.subjects import _REPORTED, _title_case  # noqa: E402

QUANTEMP = Path("/work/shared/peer-suites/quantemp/test_claims_text_only.jsonl")

_FP = regex.compile(r"(?<![\p{L}])(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)(?![\p{L}])")
_YOU = regex.compile(r"(?i)(?<![\p{L}])(?:you|your)(?![\p{L}])")
_THIRD = regex.compile(r"(?i)(?<![\p{L}])(?:he|she|his|her|him|they|their|them)(?![\p{L}])")
_QUOTE0 = regex.compile(r"^\s*[\"“‘']")
_SAYS0 = regex.compile(r"^\s*Says\b")
_BREAK = regex.compile(r"[,;:()\[\]\"“”]|\s[-–—]\s")
_PREP_END = regex.compile(r"(?i)\b(?:of|for|from|to|by|in|at|on|with)\s+(?:the\s+)?$")
_CURRENCY = regex.compile(r"[$£€₹]|\b(?:Rs\.?|USD|EUR|GBP|naira|rupees?|rand|pounds?|dollars?|euros?)\b")
_GOV = regex.compile(r"(?i)\b(?:government|federal|state|military|nation|national|country|administration|"
                     r"congress|parliament)\b")
_MEDIA_OPEN = regex.compile(r"(?i)\W*(?:a\s+|this\s+|the\s+)?(?:video|photo|image|picture|post|clip|footage)s?\s")
_SENT_SPLIT = regex.compile(r"(?<=[.!?])\s+(?=[\"“]?\p{Lu})")


class _Tables:
    """The lexicon and the lists the categories read, once per rule set."""

    def __init__(self, ruleset):
        self.lex = lexicon(ruleset)
        lists = ruleset.lists
        self.states = frozenset(lists["us_states"].entries) if "us_states" in lists else frozenset()
        self.orgs = frozenset(lists["organisations"].entries) if "organisations" in lists else frozenset()
        self.anon = frozenset(lists["anon25_person_nouns"].entries) if "anon25_person_nouns" in lists else frozenset()
        self.gazetteer = frozenset(self.lex.canonical.values())

    def plain(self, word: str) -> bool:
        low = word.lower()
        return low in self.lex.common or low in self.lex.words or low in self.lex.openers

    def name_class(self, raw: str):
        """The class of a name as written: person, demonym, country, us_state, place, org, alias; or
        None when the gazetteer does not know it."""
        lex = self.lex
        can = lex.canonical.get(raw)
        if (lex.persons or {}).get(raw):
            return "person"
        if raw in lex.nations and (can not in lex.countries or raw not in lex.countries and raw != can):
            return "demonym"
        if can is None:
            return None
        if can in lex.countries:
            return "country"
        if can in self.states:
            return "us_state"
        if lex.places and can in lex.places:
            return "place"
        if raw in self.orgs or can in self.orgs:
            return "org"
        return "alias"

    def subject_class(self, s: str) -> str:
        lex = self.lex
        if s in lex.countries:
            return "country"
        if s in self.states:
            return "us_state"
        if lex.places and s in lex.places:
            return "place"
        if s in self.gazetteer:
            return "gazetteer"
        if s.lower() in lex.groups or s in set(lex.groups.values()):
            return "group"
        if s in self.anon:
            return "described_person"
        if lex.topics and (s.lower() in lex.topics or s in set(lex.topics.values())):
            return "topic"
        return "capitalised" if s[:1].isupper() else "lower_case"


def sentence_names(doc, c, lex):
    """The names of claim ``c``'s sentence that are not its figure, and the figure's span."""
    span = figure_span(doc.text, c) if c.sentence else None
    if span is None:
        return None, []
    return span, [n for n in _names(c.sentence, lex) if not (n[0] < span[1] and n[1] > span[0])]


def _with_names(out: set, t: _Tables, sent: str, fs: int, fe: int, names: list, text: str, metric: str) -> None:
    lead = _lead(sent)
    known = {t.lex.canonical[r] for _, _, r in names if t.name_class(r)}
    out.add("HN:known=%d" % min(len(known), 2))
    out.add("HN:unk=%d" % min(sum(1 for _, _, r in names if not t.name_class(r)), 2))
    for a, b, raw in names:
        k = t.name_class(raw)
        if k:
            out.add("HN:kcls:" + k)
        if b <= fs:
            gap = sent[b:fs]
            if regex.match(r"[’']s?\b", gap) and len(gap.split()) <= 5 and not _BREAK.search(gap):
                out.add("HN:P1:possessive_before_figure")
            elif a <= lead:
                out.add("HN:P3:opens" + ("/break" if _BREAK.search(gap) else "/no_break"))
            else:
                out.add("HN:P4:before" + ("/break" if _BREAK.search(gap) else "/no_break"))
            if _acts(sent, b, fs) and not _REPORTED.search(sent, b, fs) and not _BREAK.search(gap) and a <= lead:
                out.add("HN:opens_acts/" + ("known" if k else "unknown"))
        else:
            gap = sent[fe:a]
            if len(gap.split()) <= 5 and not _BREAK.search(gap) and _PREP_END.search(gap):
                out.add("HN:P2:prep_after_figure")
            else:
                out.add("HN:P5:after" + ("/break" if _BREAK.search(gap) else "/no_break"))
    if len(known) == 1 and sent.strip() == text.strip():
        can = next(iter(known))
        cls = "country" if can in t.lex.countries else "us_state" if can in t.states else "other"
        out.add("HN:sole_known:%s/fam:%s" % (cls, metric.split(".")[0]))


def _nameless(out: set, t: _Tables, sent: str, fs: int, fe: int, metric: str) -> None:
    lex = t.lex
    lead = _lead(sent)
    fam = metric.split(".")[0]
    m = lex.groups_rx.search(sent)
    if m is not None:
        if m.start() >= fe and not _BREAK.search(sent, fe, m.start()) and len(sent[fe:m.start()].split()) <= 3:
            out.add("NN:group:figure_phrase")
        else:
            out.add("NN:group:" + ("before" if m.end() <= fs else "elsewhere"))
    for w in regex.finditer(r"\p{L}+", sent):
        if w.group().lower() in t.anon:
            out.add("NN:described_person:" + ("open" if w.start() <= lead + 12 else "later"))
            break
    if fam == "money" and _CURRENCY.search(sent):
        out.add("NN:money_currency")
    if _GOV.search(sent):
        out.add("NN:government_word")
    if not regex.search(r"\p{Lu}", sent[lead + 1:]):
        out.add("NN:no_capital_after_first")
    if _MEDIA_OPEN.match(sent):
        out.add("NN:media_open")
    out.add("NN:fam:" + fam)


def _title(out: set, t: _Tables, sent: str, names: list) -> None:
    out.add("T:title")
    if names:
        out.add("T:has_names")
    lead = _lead(sent)
    for w in regex.finditer(r"\p{Lu}[\p{L}’'-]*", sent):
        word = regex.sub(r"[’']s$", "", w.group())
        if word in t.lex.given:
            out.add("T:given_name")
            continue
        if t.plain(word) or word in t.lex.canonical or word.isupper():
            continue
        before = sent[max(0, w.start() - 5):w.start()].lower()
        pos = "open" if w.start() <= lead else "of" if before.endswith("of ") else \
            "by" if before.endswith("by ") else "possessive" if word != w.group() else "other"
        out.add("T:unknown_word:" + pos)


def categories(doc, named: list, t: _Tables) -> set:
    """The categories of a text whose named claims ``named`` all lack a subject (see the module)."""
    text = doc.text
    out = set()
    if _FP.search(text):
        out.add("fp")
    if _YOU.search(text):
        out.add("you")
    if _THIRD.search(text):
        out.add("third")
    if _QUOTE0.match(text):
        out.add("quote0")
    if _SAYS0.match(text):
        out.add("says0")
    out.add("nsent=%d" % min(len([s for s in _SENT_SPLIT.split(text.strip()) if s]), 3))
    hasname = False
    for c in named:
        span, names = sentence_names(doc, c, t.lex)
        if span is None:
            continue
        sent = c.sentence
        if names:
            hasname = True
            _with_names(out, t, sent, span[0], span[1], names, text, c.metric)
        else:
            _nameless(out, t, sent, span[0], span[1], c.metric)
        if _title_case(sent):
            _title(out, t, sent, names)
    out.add("has_name" if hasname else "nameless")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quantemp", type=Path, default=QUANTEMP)
    ap.add_argument("--show-dev", action="store_true", help="print the dev texts of the bucket with their categories")
    args = ap.parse_args(argv)
    ruleset = load_rules(HERE.parent / "rules")
    fallback = fallback_codes(ruleset)
    t = _Tables(ruleset)
    table1, table2, texts = collections.Counter(), collections.Counter(), collections.Counter()
    for line in args.quantemp.open(encoding="utf-8"):
        row = json.loads(line)
        cid, text = row["id"], row["claim"]
        half = "held" if int(cid.rsplit("-", 1)[1]) % 2 else "dev"
        doc = documents.load_text(text, path=cid)
        claims = type_figures(doc, figures.find_figures(text), figures.find_dates(text), ruleset)
        named = [c for c in claims if c.rule not in fallback and c.metric not in CATCH_ALL]
        if not named:
            continue
        with_subject = [c for c in named if c.subject]
        hasname = any(sentence_names(doc, c, t.lex)[1] for c in named)
        table1[(half, "%s/%s" % ("named" if with_subject else "nosubj", "has_name" if hasname else "nameless"))] += 1
        if with_subject:
            table1[(half, "named/subject:%s/%s" % (t.subject_class(with_subject[0].subject),
                                                   "has_name" if hasname else "nameless"))] += 1
            continue
        texts[half] += 1
        cats = categories(doc, named, t)
        for k in cats:
            table2[(half, k)] += 1
        if args.show_dev and half == "dev":
            print(cid, sorted(cats), "|", text[:200].replace("\n", " "))
    for title, table in (("texts with a named claim", table1),
                         ("named_nosubj texts (dev %d, held %d)" % (texts["dev"], texts["held"]), table2)):
        print("==", title)
        for k in sorted({k for _, k in table}):
            d, h = table[("dev", k)], table[("held", k)]
            print("  %-44s dev %4d  held %4d  held-dev %+4d" % (k, d, h, h - d))
    return 0


if __name__ == "__main__":
    sys.exit(main())
