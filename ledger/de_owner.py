"""German documents: the owner a claim's sentence names, for a claim no strategy gave one (de25).

German puts the subject after the verb as often as before it ("Laut RKI starben 2021 in
Deutschland 70.000 Menschen", "Im Jahr 2020 gab es in Bayern 300 Fälle"), and names its owners
in words the gazetteer lacks ("die Bundesregierung", "der Bund", "die Länder", "die bayerische
Staatsregierung", "das RKI", "die EU-Kommission", "auf Teneriffa": ``rules/lists/de25_owners.txt``).
So a named claim of a German document that every other strategy left without a subject (or whose
subject :func:`ledger.claims._known_subjects` set aside) takes the owner its sentence names, when

* the sentence names exactly one (the gazetteer's names and de25_owners' German ones, by their
  canonical name; the claim's second party, "Flüchtlinge aus der Ukraine", is not counted);
* it names no person (a known person, "Scholz", or a known given name before a capitalised word:
  "Olaf Scholz verdient ...": his);
* its metric is not a personal fact (an age, lists/*_person_metrics);
* a name of de25_owners that maps to Germany ("Bund", "Länder", "Bundesrat") is not counted in a
  document that names Austria or Switzerland, which have a Bund and Länder of their own.

Used by :func:`ledger.claims.type_figures` for German documents only (``german.is_german``), after
every other step; an English document never reaches it.
"""

from __future__ import annotations

from typing import Optional

import regex

from .matching import _finditer, _Lexicon, fill_subjects
from .rules import RuleSet, compile_cached
from .subjects import _personal_metric

_LIST = "de25_owners"
#: the canonical names whose German federal words other German-speaking states share
_GERMANY = "Germany"
_NEIGHBOURS = frozenset(("Austria", "Switzerland"))
#: a capitalised word after a known given name: a person ("Olaf Scholz")
_NAME_AFTER = compile_cached(r"[ \u00a0]+\p{Lu}\p{Ll}", regex.VERSION1)
_WORDS = compile_cached(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?![\p{L}\p{N}])", regex.VERSION1)


def _owners(ruleset: RuleSet):
    """(pattern, {German name: canonical name}) of rules/lists/de25_owners.txt, or None."""
    wl = ruleset.lists.get(_LIST)
    if wl is None or not wl.entries:
        return None
    names = dict(wl.canonical)
    alt = "|".join(regex.escape(a).replace(r"\ ", r"[ \u00a0]+")
                   for a in sorted(names, key=len, reverse=True))
    # (a following hyphen keeps the name: "RKI-Daten", "Bundeswehr-Soldaten")
    rx = compile_cached(r"(?<![\p{L}\p{N}-])(?:" + alt + r")(?![\p{L}\p{N}])", regex.VERSION1)
    return rx, {" ".join(a.split()): c for a, c in names.items()}


def _named(sentence: str, lex: _Lexicon, owners, skip_germany: bool) -> tuple[set, list]:
    """The canonical names of the owners ``sentence`` names, and the spans that name them."""
    found: set = set()
    spans: list = []
    for m in _finditer(lex.entity_rx, sentence):
        found.add(lex.canonical[m.group()])
        spans.append(m.span())
    rx, names = owners
    for m in _finditer(rx, sentence):
        spans.append(m.span())
        name = names.get(" ".join(m.group().split()))
        if name is None or (skip_germany and name == _GERMANY):
            continue
        found.add(name)
    return found, spans


def _person(sentence: str, spans: list, lex: _Lexicon) -> bool:
    """Does ``sentence`` name a person, one the gazetteer of people knows ("Scholz") or by a known
    given name and a family name (outside the owners' names: "Robert Koch-Institut" is no person)?"""
    persons = lex.persons or {}
    for m in _finditer(_WORDS, sentence):
        w = m.group()
        if (w in persons or w in lex.given and _NAME_AFTER.match(sentence, m.end())) \
                and not any(a <= m.start() < b for a, b in spans):
            return True
    return False


def german_owners(doc, claims: list, fallback: set, lex: _Lexicon, ruleset: RuleSet) -> list:
    """``claims`` with the one owner its sentence names as the subject of a claim described above."""
    owners = ruleset.memo(_LIST, lambda: _owners(ruleset))
    if owners is None:
        return claims
    # (a document that names Austria or Switzerland: their federal words are not Germany's)
    skip = any(lex.canonical[m.group()] in _NEIGHBOURS for m in _finditer(lex.entity_rx, doc.text)) \
        or any(owners[1].get(" ".join(m.group().split())) in _NEIGHBOURS for m in _finditer(owners[0], doc.text))

    def owner(c) -> Optional[str]:
        if c.metric == "people.age" or _personal_metric(c.metric, lex.person_metrics):
            return None
        found, spans = _named(c.sentence, lex, owners, skip)
        found.discard(c.subject2)
        if len(found) != 1 or _person(c.sentence, spans, lex):
            return None
        return found.pop()

    return fill_subjects(claims, fallback, owner)
