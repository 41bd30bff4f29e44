"""(rates33) The base a rate is told per, read where its claim is made.

"12 deaths for every 100,000 residents" and "0.12 deaths per 1,000 residents" are one rate told on
two bases; RAT932 and HLT082 keep the figure before the per-word as the claim's value, so the base
is read here, once, and carried on the claim (``Claim.per_base``) for ``units.normalise`` to scale
the rate to one of its base (per one person).  A base that is no number ("per household", "per
woman") is not read: such a rate is compared as it is written, as before.

Read: a number with or without commas ("100", "1,000", "100,000", "1.000" is not a base), a number
word or two ("a thousand", "one hundred", "ten thousand", "thousand", "a million"), a number with a
scale word ("100 thousand", "1 million"); and "per capita", "per person", "per head" (one).  The
per-word is "per", "for every", "in every", "out of every", "for each", after the figure and up to
three of its words ("62 mobile phones per 100 people").

This module imports only the project's regex helpers: the claims stage calls it for every count.
"""

from __future__ import annotations

from typing import Optional

import regex

from .cache import compile_cached

_SMALL = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "fifty": 50}
_SCALE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_ONE = frozenset({"capita", "person", "head"})

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_WORD = "(?:" + "|".join(_SMALL) + ")"
#: a number word that is a base by itself ("two cars for every three households"; not "a")
_SMALL_WORD = "(?:" + "|".join(w for w in _SMALL if w not in ("a", "an")) + ")"
_SCALES = "(?:" + "|".join(_SCALE) + ")"
#: the base: a number, a number word, a scale word or two, or one of capita, person, head.  Not a
#: share ("per cent"), not a number glued to a word ("per 1,000-strong brigade"), not the start of a
#: longer number ("1,00")
_BASE_WORDS = (rf"(?:(?P<num>{_NUM})(?![.,]?\d)(?:\s+(?P<nscale>{_SCALES}))?|(?:(?P<word>{_WORD})\s+)?"
               rf"(?P<scale>{_SCALES})(?:\s+(?P<scale2>{_SCALES}))?|(?P<small>{_SMALL_WORD})|(?P<one>capita|person|head)\b)"
               r"(?![\w%])(?!\s*(?:per\s*cent|percent)\b)(?!-)")
#: the words a rate's base follows (case is the pattern's: subjects reads them too)
PER_WORD = r"(?:per|(?:for|in|out\s+of)\s+every|for\s+each)"
#: a base written before its rate's figure: after the rate's name, in the clause that gives the
#: figure ("the suicide rate per 100,000 people in Korea was 24"), or opening the sentence, the
#: figure in the clause after it ("For every 25 men brought to trial, 24 walk free", "Per 1,000
#: residents, Cuba has 8 doctors")
_BASE_BEFORE = compile_cached(
    rf"(?:\brates?\s+{PER_WORD}\s+{_BASE_WORDS}(?:\s+[\p{{Ll}}’'-]+){{0,2}}?"
    r"(?:\s+(?:in|for|among|of|at|across)\s+[\p{L}.’'-]+(?:\s+[\p{L}.’'-]+){0,2}?)?"
    r"(?:\s+(?:has|have|had))?\s+(?:is|was|are|were|stood\s+at|stands\s+at|of|at|hit|reached|rose\s+to|"
    r"fell\s+to|dropped\s+to|climbed\s+to|jumped\s+to|increased\s+to|decreased\s+to|declined\s+to|"
    r"averaged|remains\s+at|remained\s+at|is\s+now|was\s+now)"
    r"(?:\s+(?:just|only|about|around|nearly|almost|roughly|over|under|more\s+than|less\s+than))?\s+"
    rf"|^\W{{0,2}}{PER_WORD}\s+{_BASE_WORDS}[^\d;:,.!?]{{0,60}},\s+(?:[\p{{L}}’'-]+\s+){{0,3}})$",
    regex.VERSION1 | regex.IGNORECASE)

#: after the figure: the rate's own words (up to three), the per-word, the base, and not a number of
#: a thing that follows ("in every one of its shops")
_BASE = compile_cached(rf"(?:\s+[\p{{Ll}}’'-]+){{0,3}}?\s+{PER_WORD}\s+{_BASE_WORDS}(?!\s+of\b)",
                       regex.VERSION1 | regex.IGNORECASE)


def read_base_before(sentence: str, start: int) -> Optional[float]:
    """The base of the rate whose figure starts at ``start``, written before it ("the suicide rate
    per 100,000 people was 24", "For every 25 men brought to trial, 24 walk free"), or None."""
    m = _BASE_BEFORE.search(sentence, max(0, start - 160), start)
    return _value(m) if m is not None else None


def read_base(sentence: str, end: int) -> Optional[float]:
    """The base of the rate whose figure ends at ``end`` in ``sentence`` ("12 deaths for every
    100,000 residents": 100000.0; "$3 per capita": 1.0), or None when no number base follows."""
    m = _BASE.match(sentence, end, min(len(sentence), end + 90))
    return _value(m) if m is not None else None


def _value(m) -> Optional[float]:
    if m.group("one"):
        return 1.0
    if m.group("small"):
        return float(_SMALL[m.group("small").lower()])
    if m.group("num"):
        v = float(m.group("num").replace(",", ""))
        if m.group("nscale"):
            v *= _SCALE[m.group("nscale").lower()]
    else:
        v = float(_SMALL[m.group("word").lower()]) if m.group("word") else 1.0
        v *= _SCALE[m.group("scale").lower()]
        if m.group("scale2"):
            v *= _SCALE[m.group("scale2").lower()]
    return v if v > 0 else None
