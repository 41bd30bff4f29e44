"""A figure after a list of places is the list's, not its last place's (prec26).

"The worst-hit areas are Sri Lanka, India, Indonesia and Thailand, with at least 23,000
people killed": the toll is the four countries' together, and the nearest name before the
figure (Thailand) is no more its owner than the first.  A named claim whose subject is a place
loses it when

* its sentence lists three or more places ("A, B, C and D", "A, B or C") and the subject is
  one of them;
* the figure follows the list closely (at most 25 characters between), with no other
  capitalised name, dash, colon or bracket between them (the list is the last thing named
  before the figure, in the same clause).

A figure before the list, or with a name of its own between ("France, Germany and Italy
agreed; Italy's share was 20%"), keeps its subject.  Used by
:func:`ledger.claims.type_figures` after the other subject steps; it looks only at claims
whose sentence holds ", " and " and " or " or " (a few string tests per claim, one
regular-expression search for the few that pass).
"""

from __future__ import annotations


import regex

from .matching import figure_span, mend_subjects
from .rules import RuleSet, compile_cached

#: a capitalised name of up to three words
_NAME = r"\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+|and\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}))?\p{Lu}[\p{L}.’'-]*){0,2}"
#: three or more names joined by commas and a last "and" / "or"
_LIST = compile_cached(r"(?<![\p{L}])(" + _NAME + r")((?:,\s+" + _NAME + r"){1,}),?\s+(?:and|or)\s+(" + _NAME
                       + r")(?![\p{L}])", regex.VERSION1)
_SPLIT = compile_cached(r",\s+", regex.VERSION1)
#: a capitalised word between the list and the figure: another name
_CAPITAL = compile_cached(r"(?<![\p{L}])\p{Lu}", regex.VERSION1)
#: an aside or a new clause between them: the list is not the figure's ("formed after the
#: Brussels, Paris and Amsterdam exchanges merged - is working with three banks")
_ASIDE = compile_cached(r"[-–—;:()]", regex.VERSION1)


def _place_canon(ruleset: RuleSet) -> dict:
    """alias -> canonical name of every place in the gazetteer lists."""
    def make():
        out = {}
        for name in ("countries", "us_states", "capitals", "places"):
            wl = ruleset.lists.get(name)
            if wl is None:
                continue
            for a, c in wl.canonical.items():
                out.setdefault(a, c)
                out.setdefault(c, c)
        return out
    return ruleset.memo("prec26_place_canon", make)


def _listed_owner(c, doc_text: str, canon: dict) -> bool:
    """Is the claim's subject one of three or more places listed right before its figure?"""
    sent = c.sentence
    span = figure_span(doc_text, c)
    if span is None:
        return False
    fs = span[0]
    for m in _LIST.finditer(sent, 0, fs):
        names = [m.group(1)] + [n for n in _SPLIT.split(m.group(2)) if n] + [m.group(3)]
        if len(names) < 3:
            continue
        places = [canon.get(n.strip()) for n in names]
        if sum(p is not None for p in places) < 3 or c.subject not in places:
            continue
        between = sent[m.end():fs]
        if len(between) <= 25 and _CAPITAL.search(between) is None and _ASIDE.search(between) is None:
            return True
    return False


def listed_places(doc, claims: list, fallback: set, ruleset: RuleSet) -> list:
    """The claims, with a place taken off a figure that follows a list of places (see the module)."""
    canon = None

    def fix(c):
        nonlocal canon
        sent = c.sentence
        if ", " not in sent or (" and " not in sent and " or " not in sent):
            return c.subject
        if canon is None:
            canon = _place_canon(ruleset)
        if c.subject not in canon or not _listed_owner(c, doc.text, canon):
            return c.subject
        return None

    return mend_subjects(claims, fallback, fix)
