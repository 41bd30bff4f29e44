"""Which way a change went (fold34).

A change claim (metric ``change.*``) keeps the figure as written: "fell 30%",
"rose 30%" and "a 30% drop" all have the value 30.  Its direction is read once,
where the claim is made, from the words around the figure:

* ``up``: "rose 30%", "a 30% rise in", "30% higher", "doubled";
* ``down``: "fell 30%", "cut by a third", "reduced four-fold", "30% lower";
* ``to``: a share of the former level, "cut to a quarter of their pre-war
  level", "fell to 40% of its peak": the new level over the old one.

``units.normalise`` turns a change with a direction into a signed percent of
the old level (``units.percent_change``), so "cut to a quarter of", "reduced
four-fold" and "fell by 75%" are one value (-75), and "rose 30%" (+30) is not
"fell 30%" (-30).
A change whose words say neither way keeps no direction and is compared as
written, as before.
"""

from __future__ import annotations

from typing import Optional

import regex

from .cache import compile_cached

__all__ = ["UP", "DOWN", "TO", "read_direction"]

UP, DOWN, TO = "up", "down", "to"

_UP_WORDS = """rose risen rise rises rising increase increased increases increasing grew grown grow grows growing
jumped jump jumps jumping surged surge surges surging soared soar soars soaring climbed climb climbs climbing
gained gain gains gaining raised raise raises raising boosted boost boosts boosting hiked hike hikes hiking
expanded expand expands expanding widened widen widens accelerated rebounded rebound spiked spike leapt leaped
leap leaps swelled swell ballooned multiplied growth upturn uplift up higher more""".split()
_DOWN_WORDS = """fell fallen fall falls falling dropped drop drops dropping declined decline declines declining
decreased decrease decreases decreasing reduced reduce reduces reducing reduction cut cuts cutting slashed slash
slashes slashing lowered lower lowers lowering shrank shrunk shrink shrinks shrinking contracted contract
contracts contraction plunged plunge plunges plunging slumped slump slumps slumping tumbled tumble tumbles sank
sunk sink sinks slipped slip slips slid slide slides dipped dip dips eased ease eases lost lose loses losing
plummeted plummet narrowed narrow downturn down less fewer cheaper""".split()
_SENSE = {**{w: UP for w in _UP_WORDS}, **{w: DOWN for w in _DOWN_WORDS}}
#: a figure that is its own verb: "tuition has doubled", "profits halved"
_OWN = {**{w: UP for w in """double doubled doubles doubling triple tripled triples tripling treble trebled
quadruple quadrupled quadruples""".split()}, **{w: DOWN for w in "halve halved halves halving".split()}}

_WORD = compile_cached(r"[\p{L}]+(?:-[\p{L}]+)*", regex.VERSION1)
#: words back from the figure a change verb may stand ("cut its gas exports to Europe by 75%")
_REACH_BEFORE = 10
#: the end of the figure's clause, looking back
_CLAUSE_STOP = compile_cached(r"[;:!?()]|[.](?:\s|$)|,\s+(?:and|but|while|whereas|although|though)\s", regex.VERSION1)
#: a change word right after the figure: "30% higher", "a 20% drop in", "a four-fold increase"
_AFTER = compile_cached(r"\s*(?:-\s*)?([\p{L}]+)", regex.VERSION1)
#: "to a quarter of their pre-war level", "to 40% of its peak": the share of the former level
_TO_BEFORE = compile_cached(r"(?i)(?<!\b(?:up|down)\s)\bto\s+(?:just\s+|only\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$")
_OF_LEVEL = compile_cached(
    r"(?i)\s+of\s+(?:(?:its|their|the|his|her|our|that|this)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:level|levels|peak|high|size|value|total|volume|amount|figure|number|capacity|output|strength)\b"
    r"|\s+of\s+what\s+(?:it|they)\s+(?:was|were|had\s+been)\b")


def _before(sent: str, fs: int) -> Optional[str]:
    lo = max(0, fs - 160)
    head = sent[lo:fs]
    stop = None
    for m in _CLAUSE_STOP.finditer(head):
        stop = m.end()
    if stop is not None:
        head = head[stop:]
    words = [m.group(0).lower() for m in _WORD.finditer(head)][-_REACH_BEFORE - 1:]
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (w in ("more", "less", "fewer") and nxt == "than") or (w in ("up", "down") and nxt == "to"):
            continue  # a bound of the figure ("fell more than 30%", "by up to 30%"), not a way
        sense = _SENSE.get(w)
        if sense is not None:
            # "grew 4.2%, down from the third quarter's 5.1%": the figure after "from" is the value
            # compared with, not a move of its own
            return None if nxt == "from" else sense
        if w == "from":
            return None  # "cut from 2.5% to 2%": an end of the move, not the move
    return None


#: "by a quarter of a point": a fraction of a percentage point, no share of the old level
_OF_POINT = compile_cached(r"(?i)\s+of\s+an?\s+(?:percentage\s+)?point\b")


def read_direction(sent: str, fs: int, fe: int) -> Optional[str]:
    """The direction of the change whose figure is ``sent[fs:fe]``: UP, DOWN,
    TO (a share of the former level) or None when the words do not say."""
    # the verb ends the figure, after its hedge ("more than doubled", "nearly halved")
    own = _OWN.get(sent[fs:fe].rsplit(None, 1)[-1].lower()) if fe > fs else None
    if own is not None:
        return own
    if _OF_POINT.match(sent, fe) is not None:
        return None
    before = _before(sent, fs)
    if before is not None and _TO_BEFORE.search(sent, max(0, fs - 20), fs) is not None:
        # "cut to a quarter of their pre-war level": the new level as a share of the old one;
        # "fell to 5%" (a level, not a share of one) says no way for a change
        return TO if _OF_LEVEL.match(sent, fe) is not None else None
    m = _AFTER.match(sent, fe)
    if m is not None and m.start(1) - fe <= 3:
        sense = _SENSE.get(m.group(1).lower())
        if sense is not None and m.group(1).lower() not in ("up", "down") or (
                sense is not None and before is None):
            return sense
    return before
