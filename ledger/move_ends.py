"""The two ends of a move are levels of the quantity that moved.

"The jobless rate rose 1 point to 6.2%" and "rose from 5.2% to 6.2%" state the
rate's level, 6.2%, as plainly as "the jobless rate rose to 6.2%" does; only the
1 point is a change.  A change rule's pattern reads the whole move, so it used to
type the ends as changes ("change.unemployment", 6.2%), which kept them from meeting the
same level told plainly ("rate.unemployment") and set a level against a real change
("rose 1%") as one fact.

Here the later end of a move whose size or earlier end stands between its verb and
"to" is read again with that stretch cut ("rose to 6.2%"), by the rules that do not
type changes.  When a named or broad rule reads it so, the later end takes that
reading, and the earlier end ("from 5.2%") the same one, as the earlier value, whose
time is only its own ("from 5.2% in February").  When none does, both keep the
reading they had.
"""

from __future__ import annotations

from typing import Callable, Optional

import regex

from .matching import _Ctx, _Hit, _best_rule, _tier
from .periods import from_before
from .rules import compile_cached

#: a move's verb right before its size: "rose 1 point", "fell by 0.2 points", "was up 3%"
_MOVE_VERB = compile_cached(
    r"(?i)(?<![\w’'-])(?P<verb>rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|grew|grown|grow|grows|growing"
    r"|increased|increases|increase|decreased|decreases|decrease|jumped|jumps|jump|climbed|climbs|climb|dropped"
    r"|drops|drop|declined|declines|decline|surged|soared|plunged|slumped|slipped|tumbled|shrank|shrunk|expanded"
    r"|contracted|edged\s+(?:up|down)|went\s+(?:up|down)|gone\s+(?:up|down)|go\s+(?:up|down)|came\s+down|come\s+down"
    r"|up|down)(?:\s+(?:by|some|about|around|nearly|almost|roughly|just))*\s+$")
#: between a move's size and its later end: the size's own time, then "to" ("rose 1 point in
#: March to 6.2%", "grew 3% last year to a record 80,000")
_SIZE_TO = compile_cached(
    r"(?:\s+(?:in|on|during)\s+(?:(?-i:\p{Lu}\p{Ll}+)(?:\s+\d{4})?|\d{4})"
    r"|\s+(?:last|this)\s+(?:year|month|week|quarter))?,?\s+to\s+"
    r"(?:(?:an?\s+)?(?:(?:new|all-time)\s+)?(?:record|high|low)(?:\s+(?:high|low))?(?:\s+of)?\s+)?", regex.VERSION1)
#: the metrics of a change, not a level: "change.unemployment", "trade.tariff_change",
#: "markets.index_move" ("shares rose 3%"), "rank.move"
_CHANGE = compile_cached(r"^change\.|_change$|\.(?:index_)?move$")


def _is_change(h: Optional[_Hit]) -> bool:
    return h is not None and _CHANGE.search(h.metric or h.rule.metric) is not None


def _cut_view(ctx: _Ctx, a: int, b: int) -> _Ctx:
    """``ctx`` with the sentence's ``a``..``b`` taken out.  The view is a sentence of its own
    (no ``back``: the views the matcher builds on it map to its offsets); a hit's cue is
    mapped to the sentence's by ``_cue_back``."""
    sent = ctx.sent

    def fwd(i: int) -> int:
        return i if i < a else i - (b - a) if i >= b else a

    t = _Ctx(ctx.fig, sent[:a] + sent[b:], ctx.s0, fwd(ctx.fs), fwd(ctx.fe),
             [(fwd(x), fwd(y)) for x, y in ctx.others if y <= a or x >= b], ctx.ucls, ctx.para, ctx.text)
    t.ns, t.conv = fwd(ctx.ns), ()
    return t


def _cue_back(cue: tuple[int, int], a: int, b: int) -> tuple[int, int]:
    """A span of the view that cuts ``a``..``b`` in the sentence's offsets."""
    return tuple(i + (b - a) if i > a or i == a and k == 0 and cue[1] > a else i for k, i in enumerate(cue))


def level_ends(ctxs: list[_Ctx], hits: list[Optional[_Hit]], rules_for: Callable[[_Ctx], list],
               from_to: Callable[[_Ctx, str], bool], lex) -> None:
    """Give the ends of each move a level's reading where a level rule has one (in place)."""
    for j in range(1, len(ctxs)):
        end = ctxs[j]
        h = hits[j]
        if not (h is None or _is_change(h) or _tier(h) > 0):
            continue  # a named rule reads the level already ("the prison population rose 3% to 80,000")
        prev = ctxs[j - 1]
        if prev.s0 != end.s0:
            continue
        gap = end.sent[prev.fe:end.fs]
        earlier = None  # index of the earlier end, "from A"
        if prev.ucls == end.ucls and from_to(prev, gap):
            earlier, start = j - 1, from_before(end.sent, prev.fs)
            size = _size_before(ctxs, j - 1, start.start())
            verb = _MOVE_VERB.search(end.sent, max(0, (size.fs if size else start.start()) - 60),
                                     size.fs if size else start.start())
            if verb is None:
                continue
            cut = (verb.end("verb"), end.sent.rfind(" to ", 0, end.fs))
        elif _SIZE_TO.fullmatch(gap) and from_before(end.sent, prev.fs) is None:
            verb = _MOVE_VERB.search(end.sent, max(0, prev.fs - 60), prev.fs)
            if verb is None:
                continue
            cut = (verb.end("verb"), prev.fe + gap.rfind(" to "))
        else:
            continue
        if cut[1] <= cut[0]:
            continue
        view = _cut_view(end, *cut)
        level = _best_rule([r for r in rules_for(end) if _CHANGE.search(r.metric) is None], view, lex)
        if level is None or _tier(level) == 2 or _is_change(level) or (h is not None and not _is_change(h)
                                                                        and _tier(level) >= _tier(h)):
            continue
        level.cue = _cue_back(level.cue, *cut)
        hits[j] = level
        if earlier is not None and (hits[earlier] is None or _is_change(hits[earlier]) or _tier(hits[earlier]) > 0):
            e = _Hit(level.rule, level.score, level.cue)
            e.metric, e.subject, e.subject2 = level.metric, level.subject, level.subject2
            e.earlier, e.upto, e.later = True, cut[1], j  # (its stretch ends at the move's "to")
            hits[earlier] = e


def _size_before(ctxs: list[_Ctx], i: int, at: int) -> Optional[_Ctx]:
    """The size of the move whose earlier end is ``ctxs[i]``, when it stands right before
    "from" ("rose 1 point from 5.2% to 6.2%")."""
    if i == 0:
        return None
    p = ctxs[i - 1]
    if p.s0 != ctxs[i].s0 or not p.sent[p.fe:at].isspace():
        return None
    return p


__all__ = ["level_ends"]
