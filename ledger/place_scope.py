"""The last-resort subject of a figure about the people or the state of one place.

A named claim that every other subject strategy left with no subject takes the one place
(a country, a US state, a city of the gazetteer) its sentence names, when

* its metric is one a place owns by nature: the size, share, rate or count of a population
  or of its people, crimes, casualties, schools, jobs, votes, its economy
  (``rules/lists/subj25_place_metrics.txt``), and not a personal fact; an age only as an age
  band (a range: "the 12 to 21 age group"), never one person's age ("a 6-year-old boy ...
  in Germany" is the boy's);
* the sentence names that place, and no other place, in one of three ways that make it the
  owner of what the sentence speaks of:

  - as the scope of the figure's clause: "in South Africa", "across Texas", "throughout the
    United States" ("the 12 to 21 age group has the largest number of offenders ... in South
    Africa");
  - as the subject of the sentence or of the quotation it holds, before the figure: "America
    is morally upside down because the wealthiest 1% ...";
  - as the office of the person who acts: "California Gov. Gavin Newsom is sending ballots to
    millions of people" (a governor's or mayor's acts are the state's or city's);

* the name is written as a name, not a demonym ("Israeli occupation", "the American dream"),
  not inside a longer name ("University of California", "Sri Lanka Banks Association") and
  not as a modifier of another noun ("the US firm", "London-based band");
* the sentence does not speak of a single person ("he", "my", "you": the speaker's own
  figure is not the place's).

Used by :func:`ledger.claims.type_figures` after every other strategy; it reads only named
claims still without a subject whose metric is in the list, so it costs nothing for the
others.
"""

from __future__ import annotations

import fnmatch
from typing import Optional

import regex

from .matching import ONE_PERSON, _clause, _finditer, _Lexicon, _search, figure_span, fill_subjects
from .rules import RuleSet, compile_cached
from .subjects import _WORLD_SCOPE, _lex_names, _personal_metric

#: rules/lists/<name>.txt: the metrics a place may own (fnmatch globs)
METRICS_LIST = "subj25_place_metrics"

#: a scope before the name: "in South Africa", "across the United States"
_SCOPE_BEFORE = compile_cached(r"(?i)(?<![\p{L}])(?:in|across|throughout|all\s+over|nationwide\s+in)\s+(?:the\s+)?$",
                               regex.VERSION1)
#: what may follow a name that stands alone: an end of clause or sentence, or a lower-case word
#: that is not a noun it modifies ("in South Africa.", "in Texas since 2010", "in Ohio and")
_SCOPE_AFTER = compile_cached(r"\s*(?:[.,;:!?)\"”’'—–]|$)|\s+(?:and|or|but|as|since|during|in|on|at|by|for|from|"
                              r"over|under|last|this|next|each|every|per|alone|today|now|than|compared|"
                              r"according|while|when|where|with|which|who|that|is|are|was|were|has|have|had|"
                              r"will|would|could|can|may|might|must|should)(?![\p{L}])",
                              regex.VERSION1)
#: the opening of a sentence or of a quotation: marks, a "Says", "Did ... Say,"
_OPENING = compile_cached(r"(?:^[\W_]*(?:[Ss]ays\s+)?|[‘“\"']\s*)$", regex.VERSION1)
#: a verb after the name that makes it the clause's subject ("America is", "Texas has")
_VERB_AFTER = compile_cached(r"\s+(?i:is|are|was|were|has|have|had|will|would|now|still|spends?|spent|loses?|lost|"
                             r"needs?|gets?|got|keeps?|leads?|ranks?|remains?)(?![\p{L}])", regex.VERSION1)
#: (s25) between the figure and a place after it, the next part of the sentence with a figure
#: of its own ("... and by 24% in China": China is the 24%'s), or a world scope (_WORLD_SCOPE)
_LATER_FIGURE_PART = compile_cached(r"(?<![\p{L}])(?:and|but|while|whereas)\s[^.;:!?]*?\d", regex.VERSION1)
#: the office of the person who acts for the place: "California Gov. Gavin Newsom"
_OFFICE_AFTER = compile_cached(r"\s+(?:Gov\.|Governor|Lt\.\s+Gov\.|Mayor|Premier)\s+\p{Lu}", regex.VERSION1)


def _tables(ruleset: RuleSet) -> tuple:
    """(the metric globs as one pattern, names of the US states, demonyms as written)."""
    ml = ruleset.lists.get(METRICS_LIST)
    globs = compile_cached("|".join(fnmatch.translate(g) for g in ml.entries) if ml and ml.entries else "(?!)")
    sl = ruleset.lists.get("us_states")
    dl = ruleset.lists.get("demonyms")
    return (globs, frozenset(sl.canonical.values()) if sl else frozenset(),
            frozenset(dl.entries) if dl else frozenset())


def _place_metric(metric: str, globs) -> bool:
    return globs.match(metric) is not None


def _is_place(name: str, lex: _Lexicon, states: frozenset) -> bool:
    return name in lex.countries or name in states or bool(lex.places) and name in lex.places


def _owning_place(sent: str, fs: int, fe: int, lex: _Lexicon, states: frozenset,
                  demonyms: frozenset) -> Optional[str]:
    """The one place ``sent`` names in one of the owning ways (see the module), or None."""
    mentions = []
    for m in _finditer(lex.entity_rx, sent):
        name = lex.canonical[m.group()]
        if m.group() in (lex.persons or {}):
            continue  # ("Trump": a person the gazetteer reads as his country)
        if _is_place(name, lex, states):
            mentions.append((m.start(), m.end(), m.group(), name))
    if not mentions or len({n for *_, n in mentions}) != 1:
        return None
    names = _lex_names(sent, lex)
    hi = _clause(sent, fs, fe)[1]
    for a, b, raw, name in mentions:
        if raw in demonyms:
            continue
        # (inside a longer name: "University of California", "Sri Lanka Banks Association"; not
        # a title before a person's name, "California Gov. Gavin Newsom", read as one name)
        if any(x <= a and b <= y and longer != raw and raw in longer for x, y, longer in names):
            continue
        # (after the figure in its clause, or opening the sentence: "Officials in Texas said"
        # names where the source is)
        if _SCOPE_BEFORE.search(sent, max(0, a - 24), a) and _SCOPE_AFTER.match(sent, b) \
                and (fe <= a < hi and _search(_LATER_FIGURE_PART, sent, fe, a) is None
                     and _search(_WORLD_SCOPE, sent, fe, a) is None
                     or sent[:a].strip(" \"“‘'") in ("In", "Across", "Throughout")):
            return name
        if b <= fs and _OPENING.search(sent, max(0, a - 40), a) and _VERB_AFTER.match(sent, b):
            return name
        if _OFFICE_AFTER.match(sent, b):
            return name
    return None


def _age_band(c) -> bool:
    """Is an age figure a band ("the 12 to 21 age group"), not one person's age?"""
    return c.low is not None and c.high is not None and c.low != c.high


def place_scopes(doc, claims: list, fallback: set, lex: _Lexicon, ruleset: RuleSet) -> list:
    """``claims`` with the one place their sentence is about as the subject of the claims
    described above."""
    def owner(c) -> Optional[str]:
        if not c.metric:
            return None
        globs, states, demonyms = ruleset.memo("place_scope", lambda: _tables(ruleset))
        if not _place_metric(c.metric, globs):
            return None
        if c.metric == "people.age":
            if not _age_band(c):
                return None  # (one person's age is the person's)
        elif _personal_metric(c.metric, lex.person_metrics):
            return None
        if _search(ONE_PERSON, c.sentence) is not None:
            return None
        span = figure_span(doc.text, c)
        if span is None:
            return None
        place = _owning_place(c.sentence, span[0], span[1], lex, states, demonyms)
        return None if place == c.subject2 else place

    return fill_subjects(claims, fallback, owner)
