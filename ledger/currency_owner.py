"""The last-resort subject of a money figure: the country whose currency it is.

A named money claim that every other subject strategy left with no subject
("New Rs 1,000 currency notes are going to be issued", "more than R1.3
trillion has been invested to build ... homes") takes the one country whose
currency its unit is (``rules/lists/cur21_currency_countries.txt``), when

* its metric is a country's own money: public spending, budgets, taxes, debt,
  programmes, banknotes, wages as national statistics
  (``rules/lists/cur21_public_money.txt``, each with the least sum it is
  guessed for: a $3 coffee is no country's spending);
* it restates no other figure (a stated conversion, "154m naira ($1.1m)", is
  in the currency of the reader, not of the owner);
* its sentence speaks of no single person ("If you spent $3 on your coffee",
  "Says he vetoed $250,000"): that person's money;
* its story names no country, place, organisation or person but that country
  (a firm's, a state's or a leader's figure is theirs, and the other steps
  had their chance at it).

Used by :func:`ledger.claims.type_figures` once every other strategy has run;
it only looks at claims still without a subject.
"""

from __future__ import annotations

import fnmatch
from typing import Optional

import regex

from .matching import ONE_PERSON, _Lexicon, _finditer, fill_subjects
from .rules import RuleSet, compile_cached
from .subjects import _lex_names
from .text import _SENTENCE_END

#: rules/lists/<name>.txt
OWNERS_LIST = "cur21_currency_countries"
METRICS_LIST = "cur21_public_money"
WORDS_LIST = "cur21_owner_words"

#: a sum in brackets right after another ("14bn euros ($18.34bn; £9.6bn)", "154m naira ($1.1m)"):
#: a stated conversion into the reader's currency, whatever the figure layer linked
_SUM_BEFORE = compile_cached(r"\d[\d.,]*\s*(?:\p{L}+\s*){0,3}$", regex.VERSION1)
_CONVERSION_REACH = 40


def _tables(ruleset: RuleSet):
    """({code: country}, [(compiled metric glob, least sum)], {metric: least or None}, owner words
    pattern or None) of a rule set; made once per rule set (RuleSet.memo)."""
    ol = ruleset.lists.get(OWNERS_LIST)
    ml = ruleset.lists.get(METRICS_LIST)
    owners = dict(ol.canonical) if ol else {}
    # (through the compiled-pattern cache: compiling the globs anew took ~4 ms a run)
    globs = [(compile_cached(fnmatch.translate(m)), float(ml.canonical[m])) for m in ml.entries] if ml else []
    wl = ruleset.lists.get(WORDS_LIST)
    words = None
    if wl and wl.entries:
        nouns = [w[4:] for w in wl.entries if w.startswith("the ")]
        nouns += [n[:-1] + "ies" for n in nouns if n.endswith("y")]  # ("the companies")
        alone = [w for w in wl.entries if not w.startswith("the ")]
        words = compile_cached(r"(?i)(?<![\p{L}])(?:" + "|".join(regex.escape(w) for w in alone)
                               + r"|(?:the|this|that|its|their)\s+(?:" + "|".join(regex.escape(n) for n in nouns)
                               + r")(?:s|es)?)(?![\p{L}])", regex.VERSION1)
    return owners, globs, {}, words


def _least(metric: str, globs, seen: dict) -> Optional[float]:
    """The least sum a metric's figure is guessed for, or None: not a country's money."""
    if metric not in seen:
        seen[metric] = next((least for rx, least in globs if rx.match(metric)), None)
    return seen[metric]


def _sentences(text: str, a: int, b: int):
    """The sentences of text[a:b] (news copy: one paragraph a line)."""
    s = a
    for m in _SENTENCE_END.finditer(text, a, b):
        if text[s:m.start()].strip():
            yield text[s:m.start()]
        s = m.end()
    if text[s:b].strip():
        yield text[s:b]


def _names_other(text: str, a: int, b: int, country: str, lex: _Lexicon) -> bool:
    """Does text[a:b] name a country, place, organisation or person other than ``country``
    (by the gazetteer, the case-blind place names, or a capitalised name)?"""
    for sent in _sentences(text, a, b):
        for m in _finditer(lex.entity_rx, sent):
            if lex.canonical[m.group()] != country:
                return True
        if lex.blind_rx is not None:
            for m in _finditer(lex.blind_rx, sent):
                if lex.blind.get(m.group().lower(), country) != country:
                    return True
        for _, _, name in _lex_names(sent, lex):
            if lex.canonical.get(name, name) != country:
                return True
    return False


def _in_conversion(text: str, start: int) -> bool:
    """Is the figure at ``start`` a stated conversion: inside brackets opened right after another sum?"""
    p = text.rfind("(", max(0, start - _CONVERSION_REACH), start)
    if p < 0 or ")" in text[p:start] or (text[p + 1:start].strip() and not text[p + 1:start].rstrip().endswith((";", ","))):
        return False
    return _SUM_BEFORE.search(text, max(0, p - _CONVERSION_REACH), p) is not None


def currency_owners(doc, claims: list, fallback: set, lex: _Lexicon, ruleset: RuleSet) -> list:
    """``claims`` with a last-resort subject for the money claims described above."""
    owners, globs, seen, words = ruleset.memo("currency_owner", lambda: _tables(ruleset))
    if not owners:
        return claims
    story_names: dict = {}

    def owner(c) -> Optional[str]:
        if c.linked:
            return None
        country = owners.get(c.unit or "")
        if country is None:
            return None
        country = lex.canonical.get(country, country)
        least = _least(c.metric or "", globs, seen)
        value = c.value if c.value is not None else (c.high if c.high is not None else c.low)
        if least is None or value is None or abs(value) < least or country == c.subject2:
            return None
        if ONE_PERSON.search(c.sentence) is not None or _in_conversion(doc.text, c.start) \
                or (words is not None and words.search(c.sentence) is not None):
            return None
        a, b = doc.story_bounds(c.start)
        key = (a, b, country)
        if key not in story_names:
            story_names[key] = _names_other(doc.text, a, b, country, lex)
        return None if story_names[key] else country

    return fill_subjects(claims, fallback, owner)
