"""One person's age is no place's figure (prec21).

"Ossie Davis died in Miami at the age of 87", "The battling 35-year-old leaves
the sport", "a 10-year-old in Colorado died": the age is the person's, and the
place the sentence names is where he lived or died, not the owner of the
figure (two ages of different people in one country are no conflict).  A named
``people.age`` claim whose subject is a place (a country, a US state, a
capital or a place within a country) loses it when

* the figure is written as one person's age: "N-year-old", "N years old",
  "aged N", "at/from the age of N" -- not "by 18", "over 65" or "under age 30";
* it is a single age, not a range ("aged 10 to 13", "age 5-11", "between the
  ages of 10 and 17"): a range is a group's;
* its sentence speaks of no group of people nor of a rule about ages
  ("children", "people", "pupils", "everyone", "consent", "law", "ban",
  "eligible"...): "people aged 18 to 25 in Sri Lanka", "the age of consent in
  the U.S." are the place's; nor of a people by its plural name from the
  gazetteer ("Texans under the age of 65", "Afghans aged 18").

Used by :func:`ledger.claims.type_figures` after the other subject steps; it
looks only at ``people.age`` claims that have a place as subject (a few
regular-expression matches on their sentence).
"""

from __future__ import annotations


import regex

from .matching import figure_span, mend_subjects
from .rules import RuleSet, compile_cached

#: the figure is written as someone's age
_AGE_BEFORE = compile_cached(r"(?i)(?<![\p{L}])(?:aged|age\s+of|ages\s+of)\s+$", regex.VERSION1)
_AGE_AFTER = compile_cached(r"(?i)-year|\s*-?\s*years?[\s-]+old", regex.VERSION1)
#: a range of ages is a group's
_RANGE_IN = compile_cached(r"(?i)[\d\p{L}]\s*(?:-|–|to|and|or)\s*[\d\p{L}]", regex.VERSION1)
_RANGE_AFTER = compile_cached(r"(?i)\s*(?:-|–|to\s|and\s|or\s)\s*[\d\p{L}]", regex.VERSION1)
#: a group of people, or a rule about ages, in the sentence: the place's figure
_GROUP = compile_cached(
    r"(?i)(?<![\p{L}])(?:children|child's|kids|people|persons|pupils|students|adults|women|men|girls|boys|"
    r"teenagers|teens|youths|youngsters|those|anyone|everyone|everybody|voters|workers|citizens|residents|"
    r"immigrants|patients|population|minors|babies|infants|seniors|pensioners|retirees|olds|"
    r"consent|law|laws|legal|ban|banned|bans|eligible|allowed|limit|minimum|maximum|average|"
    r"vaccine|vaccines|vaccinated|school|schools|policy|rule|rules)(?![\p{L}])", regex.VERSION1)

#: a capitalised word ending in s: a candidate for a people's plural name
_PLURAL_NAME = compile_cached(r"(?<![\p{L}])\p{Lu}\p{L}+s(?![\p{L}])", regex.VERSION1)


def _people_plurals(ruleset: RuleSet) -> frozenset:
    """The gazetteer's names for a people in the plural: a demonym or US-state
    alias (not a place's own name, nor a town's) that is another alias plus "s" ("Afghans") or ends as a people's
    name does ("Texans", "Austinites", "Londoners")."""
    def make():
        out = set()
        towns = {n for name in ("capitals", "places") if name in ruleset.lists
                 for a, c in ruleset.lists[name].canonical.items() for n in (a, c)}
        for name in ("demonyms", "us_states"):
            wl = ruleset.lists.get(name)
            if wl is None:
                continue
            names = set(wl.canonical.values())
            for a in wl.canonical:
                if a in names or a in towns or not a.endswith("s") or " " in a:
                    continue
                if a[:-1] in wl.canonical or a.endswith(("ans", "ers", "ites", "ians")):
                    out.add(a)
        return frozenset(out)
    return ruleset.memo("people_plurals", make)


def _names_a_people(sent: str, plurals: frozenset) -> bool:
    return any(m.group() in plurals for m in _PLURAL_NAME.finditer(sent))


def _one_persons_age(c, doc_text: str, plurals: frozenset = frozenset()) -> bool:
    sent = c.sentence
    span = figure_span(doc_text, c)
    if span is None:
        return False
    fs, fe = span
    year = "-year" in c.text.lower()  # (s27: "10-Year-Old Boy Killed In Syria": a headline's capitals)
    if not year and (_RANGE_IN.search(c.text) is not None
                                  or _RANGE_AFTER.match(sent, fe) is not None and _AGE_AFTER.match(sent, fe) is None):
        return False  # "aged 10 to 13", "age 5-11", "5 or 6 years old": a group's ages
    if not year and _AGE_BEFORE.search(sent, max(0, fs - 12), fs) is None \
            and _AGE_AFTER.match(sent, fe) is None:
        return False  # "by 18", "over 65": not written as someone's age
    return _GROUP.search(sent) is None and not _names_a_people(sent, plurals)


def persons_ages(doc, claims: list, ruleset: RuleSet) -> list:
    """The claims, with a place taken off one person's age (see the module)."""
    places = None

    def fix(c):
        nonlocal places
        if c.metric != "people.age":
            return c.subject
        if places is None:
            places = ruleset.place_spellings()
        if c.subject in places and _one_persons_age(c, doc.text, _people_plurals(ruleset)):
            return None
        return c.subject

    return mend_subjects(claims, (), fix)
