"""A year set after a caption's dash or comma (date27): "Video explaining the proof of EVM
tampering by the BJP in the Bihar Assembly Elections – 2020", "Floods in Kerala, 2018".  A
headline or a photo caption dates its happening by a year set off at its end; the date rules read
a year after a preposition.  ``caption_view`` gives the date's context with "in" for the mark,
so every rule reads the phrase as "Floods in Kerala in 2018" (an election's title with a space,
"... Elections 2020", as EVT900 reads a title's year); the claim keeps the sentence as written.

Only a year (no day: "Sunday, 5 May" is one date), at the very end of its sentence (a closing
quotation mark, bracket or stop may follow), after a word, never in brackets ("Parasite (2019)"
is a title's year, not the date of what the sentence tells).  The cost: two anchored matches
for a date whose sentence ends with it."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

import regex

from .rules import compile_cached

#: the mark before the year: a dash (spaced, or typed as "--") or a comma, after a word
_MARK = compile_cached(r"(?<=\p{L}[\"”’']?)(?:\s+(?:[–—]|--?)\s*|,\s*)$", regex.VERSION1)
#: the heads of an election's title that rules/events/EVT900 reads before a year
_TITLE = compile_cached(r"(?<![\p{L}-])(?:Elections?|ELECTIONS?|Polls|POLLS|Bypolls?|By-elections?)$", regex.VERSION1)
#: nothing after the year but closing marks
_END = compile_cached(r"[\"”’'.!?]*\s*$", regex.VERSION1)


def caption_view(ctx) -> Optional[object]:
    """The date's context with "in" in place of a caption's mark before it, or None."""
    if _END.match(ctx.sent, ctx.fe) is None:
        return None
    m = _MARK.search(ctx.sent, max(0, ctx.fs - 6), ctx.fs)
    if m is None:
        return None
    # an election's title keeps its year as a title's ("the Bihar Assembly Elections 2020"), the
    # form EVT900 reads for the place the title names; any other phrase takes "in"
    glue = " " if _TITLE.search(ctx.sent, max(0, m.start() - 12), m.start()) else " in "
    sent = ctx.sent[:m.start()] + glue + ctx.sent[ctx.fs:]
    shift = m.start() + len(glue) - ctx.fs
    return replace(ctx, sent=sent, fs=ctx.fs + shift, fe=ctx.fe + shift)
