"""The last-resort subject of a figure owned by "the federal" state: the United States.

A named claim that every other subject strategy left with no subject, whose own clause
speaks of a federal body or budget in lower case ("The federal government \"has $3 trillion
in cash flow\"", "federal employment has been subtracting 6,000-7,000 jobs per month", "The
federal budget deficit hit a record $412bn") takes the United States, when

* "federal" is written in lower case (or opens the sentence before a lower-case word):
  a capitalised "Federal Government" mid-sentence is the style of Nigerian and Australian
  copy, and "the Federal Reserve", "the Russian Federal Property Fund" are names;
* its sentence names no one (no name of the gazetteer but the United States', no other
  capitalised name) and speaks of no single person ("Says he vetoed $250,000 in federal
  funds", "Joe Biden paid $3.7m in federal income taxes": that person's);
* its story names no other country as often as the United States (its name, its states,
  its bodies) and holds no sum in another currency (a German, Canadian or Nigerian story's
  "federal" is its own country's; a US story may name "European and Asian exporters");
* its metric is not a personal fact (an age, lists/*_person_metrics).

In US copy, and in British copy about the US, a federal body with no country named is the
US's.  Used by :func:`ledger.claims.type_figures` after every other strategy
(:mod:`ledger.currency_owner` included); it reads only claims still without a subject whose
sentence holds the word, so it costs nothing for the others.
"""

from __future__ import annotations

from typing import Optional

import regex

from .matching import ONE_PERSON, _Lexicon, _clause, _finditer, _search, figure_span, fill_subjects
from .rules import RuleSet, compile_cached
from .subjects import _all_title, _lex_names, _personal_metric

#: the owner it gives, as the gazetteer names it
COUNTRY = "United States"

#: "federal" before a lower-case word; capitalised only where it opens the sentence (after
#: quotation marks or a "Says"): "Federal spending rose 8%", not "the Federal Government"
_FEDERAL = compile_cached(r"(?:(?<![\p{L}])federal|^[\W_]*(?:[Ss]ays\s+)?[\"“‘']*Federal)\s+(?!reserve\b)\p{Ll}",
                          regex.VERSION1)

#: (s27) in a headline in title case, where every word is capitalised: "Federal Spending Rose 8%",
#: "the Federal Government Has $3 Trillion" (not the Federal Reserve, a body the gazetteer names)
_FEDERAL_TITLE = compile_cached(r"(?<![\p{L}])Federal\s+(?!Reserve\b)\p{Lu}", regex.VERSION1)

#: a currency's code (figures.py names the unit of a sum so)
_CURRENCY = compile_cached(r"[A-Z]{3}")


def _states(ruleset: RuleSet) -> frozenset:
    """The canonical names of the US states (rules/lists/us_states.txt)."""
    wl = ruleset.lists.get("us_states")
    return frozenset(wl.canonical.values()) if wl else frozenset()


def _foreign_sum(c) -> bool:
    """A sum in a currency other than the dollar, and no stated conversion of another sum
    ("$412bn (£211.6bn)": the reader's currency)."""
    return bool(c.unit) and c.unit != "USD" and not c.linked and _CURRENCY.fullmatch(c.unit) is not None


def _foreign(text: str, a: int, b: int, lex: _Lexicon, states: frozenset) -> bool:
    """Is text[a:b] about another country more than the United States: does it name one
    (a country, a demonym, a capital or a place the gazetteer maps to one, or a country
    written in lower case) at least as often as the United States (its name, its states,
    its bodies)?  "Germany's federal government" is Germany's, "the federal budget deficit"
    in a US story that also names "European and Asian exporters" the US's."""
    counts: dict = {}
    for m in _finditer(lex.entity_rx, text[a:b]):
        name = lex.canonical[m.group()]
        if name == COUNTRY or name in lex.countries:
            counts[name] = counts.get(name, 0) + 1
        elif name in states:
            counts[COUNTRY] = counts.get(COUNTRY, 0) + 1
    if lex.blind_rx is not None:
        for m in _finditer(lex.blind_rx, text[a:b]):
            name = lex.blind.get(m.group().lower())
            # (the gazetteer's own spellings are counted above)
            if name and name in lex.countries and m.group() not in lex.canonical:
                counts[name] = counts.get(name, 0) + 1
    ours = counts.pop(COUNTRY, 0)
    return bool(counts) and max(counts.values()) >= ours


def _names_someone(sent: str, lex: _Lexicon) -> bool:
    """Does the sentence name anyone but the United States?"""
    if any(lex.canonical[m.group()] != COUNTRY for m in _finditer(lex.entity_rx, sent)):
        return True
    return any(lex.canonical.get(name, name) != COUNTRY for _, _, name in _lex_names(sent, lex))


def federal_owners(doc, claims: list, fallback: set, lex: _Lexicon, ruleset: RuleSet) -> list:
    """``claims`` with the United States as the subject of the claims described above."""
    stories: dict = {}

    def owner(c) -> Optional[str]:
        if "ederal" not in c.sentence:
            return None
        if c.metric == "people.age" or _personal_metric(c.metric, lex.person_metrics) \
                or _foreign_sum(c):
            return None
        span = figure_span(doc.text, c)
        if span is None:
            return None
        fs, fe = span
        lo, hi = _clause(c.sentence, fs, fe)
        if not any(lo <= m.start() < hi for m in _finditer(_FEDERAL, c.sentence)) and not (
                _all_title(c.sentence) and any(lo <= m.start() < hi for m in _finditer(_FEDERAL_TITLE, c.sentence))):
            return None
        if _search(ONE_PERSON, c.sentence) is not None or _names_someone(c.sentence, lex):
            return None
        a, b = doc.story_bounds(c.start)
        if (a, b) not in stories:
            states = ruleset.memo("federal_owner", lambda: _states(ruleset))
            stories[(a, b)] = _foreign(doc.text, a, b, lex, states) or any(
                _foreign_sum(o) for o in claims if a <= o.start < b)
        return None if stories[(a, b)] else COUNTRY

    return fill_subjects(claims, fallback, owner)
