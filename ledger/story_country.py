"""The last-resort subject of a national statistic: the one country its story is about.

A named claim of an ``economy.*``, ``change.*`` or ``rate.*`` metric that every other
subject strategy left with no subject, whose clause speaks of a national statistic
(``rules/lists/subj25_national_stats.txt``: "Gross domestic product fell by 0.1% in the last
three months of 2004", "Industrial output grew 15.7%", "Consumer spending grew 4.2% in the
final quarter", "The unemployment rate stayed at 5.4% in December") takes the country its
story is about ("Japan narrowly escapes recession", "Consumers drive French economy"), when

* the sentence names no one (no name of the gazetteer, no other capitalised name) and points
  back to no firm, person or body ("it", "its", "the company", "the plant", "he", "we":
  "Its inflation index ... climbed to 110.0", "Output at the plant fell"), nor speaks of the
  world or a region ("global growth", "growth in the eurozone");
* the story names that country (its name, its demonym, its places) at least twice, at least
  twice as often as any other country, more often by its own name than through its places
  (a story about Texas is Texas's, not the United States'), and names it in its headline or
  opening sentence.

News copy states a country's statistics once by name and then, sentence after sentence,
without it: "Growth slowed to 0.3%", "Production dropped 1.6% in October".  Used by
:func:`ledger.claims.type_figures` after every other strategy; it reads only such claims
still without a subject, and each story's names once.
"""

from __future__ import annotations

from typing import Optional

import regex

from .matching import ONE_PERSON, _clause, _finditer, _Lexicon, _search, figure_span, fill_subjects
from .rules import RuleSet, compile_cached
from .subjects import _lex_names

#: rules/lists/<name>.txt: the nouns of national statistics
STATS_LIST = "subj25_national_stats"
#: the metric families a national statistic is typed as
FAMILIES = ("economy.", "change.", "rate.")
#: the opening of a story in which its country must be named (headline and first sentence)
LEAD = 300

#: a word that points back to a firm, a person or a body, or names a site or the world
_ANAPHOR = compile_cached(
    r"(?i)(?<![\p{L}])(?:it|its|they|their|them|he|she|his|her|we|our|us|i|my|you|your|"
    r"company|companies|firm|firms|group|carrier|airline|retailer|bank|lender|insurer|brand|"
    r"plant|factory|site|mill|unit|division|store|stores|chain|club|industry|sector|"
    r"global|world|worldwide|international|region|regional|eurozone|euro\s+zone|bloc|continent)(?![\p{L}])",
    regex.VERSION1)


#: a name standing as the source of the figure: "..., the IBGE said", "the statistical office INSEE
#: said", "Figures released by the government's Cabinet Office showed", "according to the ONS"
_SOURCE_BEFORE = compile_cached(r"(?:(?<![\p{L}])(?:according\s+to|released\s+by|published\s+by|compiled\s+by|"
                                r"figures\s+from|data\s+from|said|says)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,4})$",
                                regex.IGNORECASE | regex.VERSION1)
_SOURCE_AFTER = compile_cached(r"(?:\s*\([^()]{1,20}\))?\s+(?:has\s+|had\s+)?(?:said|says|reported|reports|estimated|"
                               r"estimates|showed|shows)(?![\p{L}])", regex.VERSION1)


#: a name that is a body's (an acronym, or a body's word in it), not a person's: a person who says
#: a figure is no mere source ("Growth slowed to 0.3%, Mr Tanaka said" is left alone)
_BODY_NAME = compile_cached(r"^(?:\p{Lu}[\p{Lu}\d&]+|.*(?<![\p{L}])(?:Office|Institute|Bureau|Statistics|Agency|Ministry|"
                            r"Department|Bank|Commission|Council|Board|Survey|Association|Federation|Confederation|"
                            r"Society|Centre|Center|Service)(?![\p{L}]).*)$", regex.VERSION1)


def _source_at(sent: str, a: int, b: int) -> bool:
    """The name at sent[a:b], a body's, stands as the source of what the sentence reports."""
    if _BODY_NAME.match(sent[a:b].strip()) is None:
        return False
    return _SOURCE_BEFORE.search(sent, max(0, a - 60), a) is not None or _SOURCE_AFTER.match(sent, b) is not None


def _tables(ruleset: RuleSet) -> tuple:
    """(compiled alternation of the statistics' nouns, names of the US states)."""
    wl = ruleset.lists.get(STATS_LIST)
    words = sorted({e.lower() for e in wl.entries}, key=lambda s: (-len(s), s)) if wl else []
    alt = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    rx = compile_cached(r"(?i)(?<![\p{L}])(?:" + alt + r")(?![\p{L}])", regex.VERSION1)
    sl = ruleset.lists.get("us_states")
    return rx, frozenset(sl.canonical.values()) if sl else frozenset()


def _country_of(name: str, lex: _Lexicon, states: frozenset) -> tuple[Optional[str], bool]:
    """(the country a gazetteer name stands for, whether it is named through a place)."""
    if name in lex.countries:
        return name, False
    if name in states:
        return "United States", True
    if lex.places and name in lex.places:
        return lex.places[name], True
    return None, False


def _story_country(text: str, a: int, b: int, lex: _Lexicon, states: frozenset) -> Optional[str]:
    """The one country text[a:b] is about (see the module), or None."""
    own: dict = {}
    via: dict = {}
    first: dict = {}
    for m in _finditer(lex.entity_rx, text[a:b]):
        if m.group() in (lex.persons or {}):
            continue  # (a leader the gazetteer reads as his country)
        country, placed = _country_of(lex.canonical[m.group()], lex, states)
        if country is None:
            continue
        (via if placed else own)[country] = (via if placed else own).get(country, 0) + 1
        first.setdefault(country, m.start())
    counts = {k: own.get(k, 0) + via.get(k, 0) for k in first}
    if not counts:
        return None
    top = max(counts, key=lambda k: counts[k])
    rest = max((v for k, v in counts.items() if k != top), default=0)
    if counts[top] < 2 or counts[top] < 2 * rest or own.get(top, 0) < via.get(top, 0) or first[top] > LEAD:
        return None
    return top


def story_countries(doc, claims: list, fallback: set, lex: _Lexicon, ruleset: RuleSet) -> list:
    """``claims`` with their story's country as the subject of the claims described above."""
    stories: dict = {}

    def owner(c) -> Optional[str]:
        if not c.metric.startswith(FAMILIES):
            return None
        stats, states = ruleset.memo("story_country", lambda: _tables(ruleset))
        span = figure_span(doc.text, c)
        if span is None:
            return None
        lo, hi = _clause(c.sentence, *span)
        if _search(stats, c.sentence, lo, hi) is None:
            return None
        if _search(_ANAPHOR, c.sentence) is not None or _search(ONE_PERSON, c.sentence) is not None:
            return None
        if any(not _source_at(c.sentence, m.start(), m.end()) for m in _finditer(lex.entity_rx, c.sentence)) \
                or any(not _source_at(c.sentence, n[0], n[1]) for n in _lex_names(c.sentence, lex)):
            return None
        a, b = doc.story_bounds(c.start)
        if (a, b) not in stories:
            stories[(a, b)] = _story_country(doc.text, a, b, lex, states)
        country = stories[(a, b)]
        return None if country == c.subject2 else country

    return fill_subjects(claims, fallback, owner)
