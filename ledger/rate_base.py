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
_WORD = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty)"
#: a number word that is a base by itself ("two cars for every three households"; not "a")
_SMALL_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty)"
_SCALES = r"(?:hundred|thousand|million|billion)"
#: the rate's own words after its figure (up to three, no clause break), then the per-word, then the
#: base: a number, a number word, a scale word or two, or one of capita, person, head.  Not a share
#: ("per cent"), not a number of a thing that follows ("in every one of its shops"), not a decimal
#: written with a point for thousands ("per 1.000" is read as 1)
_BASE = compile_cached(
    r"(?:\s+[\p{Ll}’'-]+){0,3}?\s+(?:per|(?:for|in|out\s+of)\s+every|for\s+each)\s+"
    rf"(?:(?P<num>{_NUM})(?![.,]?\d)(?:\s+(?P<nscale>{_SCALES}))?|(?:(?P<word>{_WORD})\s+)?(?P<scale>{_SCALES})"
    rf"(?:\s+(?P<scale2>{_SCALES}))?|(?P<small>{_SMALL_WORD})|(?P<one>capita|person|head)\b)"
    r"(?![\w%])(?!\s*(?:per\s*cent|percent)\b)(?!\s+of\b)(?!-)", regex.VERSION1 | regex.IGNORECASE)


def read_base(sentence: str, end: int) -> Optional[float]:
    """The base of the rate whose figure ends at ``end`` in ``sentence`` ("12 deaths for every
    100,000 residents": 100000.0; "$3 per capita": 1.0), or None when no number base follows."""
    m = _BASE.match(sentence, end, min(len(sentence), end + 90))
    if m is None:
        return None
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
