"""(one34) When the figure "one" is a count.

Most "one"s in news prose are no count: a pronoun ("buy one himself"), a determiner meaning
"a certain" ("one former commander said", "One thing Russia needs"), an idiom ("on one hand",
"at one point"), so ``claims._referential`` drops the word.  It is a count in three narrow
shapes, read here:

* a focus word right before it: "only one insurer is left", "served just one term",
  "conceded only one goal" -- but not after a copula, where it means one of many ("is just one
  vessel in the fleet", "you're just one click away"), nor after "not"/"if"/"even", nor in a
  negated clause or before a modal ("only one person can win");
* a casualty or arrest verb right after its noun: "One soldier was killed", "one person died",
  "one man was arrested";
* a list with another count joined by "and": "killing two and injuring one", "two were killed
  and one injured", "three gold medals and one silver", "one goal and two assists".

Never when "one" is glued to a hyphen ("one-off"), joined by "or" ("one or two"), or names a
vague thing ("one way", "one thing", "one side", "one point").
"""
from __future__ import annotations

import regex

from .rules import compile_cached

#: words after "one" that make it no count: idioms and "one or two", "one another"
_VAGUE_NEXT = compile_cached(
    r"(?i)(?:-|[’']s\b|\s+(?:or|but|another|other|others|thing|things|way|ways|hand|side|sides|point|stage|moment|"
    r"day|night|time|times|kind|sort|eye|piece|part|parts|aspect|element|factor|reason|example|bit|too|and\s+the\s+same|and\s+only)\b)")
#: a focus word right before "one" ("only one", "just one", "merely one") ...
_FOCUS_BEFORE = compile_cached(r"(?i)\b(?:only|just|merely|solely)\s+$")
#: ... which does not count after a copula ("is just one of many"), a negation ("not just one":
#: more than one) or a condition ("even if only one")
_FOCUS_OFF = compile_cached(
    r"(?i)(?:\b(?:is|are|was|were|be|been|being|am|not|if|even|isn|aren|wasn|weren)|n[’']t|[’'](?:s|re|m))\s+"
    r"(?:only|just|merely|solely)\s+$")
#: ... nor in a clause that is no fact: a negation before it ("can't give an invitation to just one part
#: of a country") or a modal after its noun ("only one person can win": what is possible, not what is)
_FOCUS_UNREAL_BEFORE = compile_cached(r"(?i)(?:\b(?:not|never|cannot)\b|n[’']t\b)[^.;:!?,]*$")
_MODAL_AFTER = compile_cached(r"(?i)(?:\s+[\p{L}’'-]+){0,2}?\s+(?:can|could|would|might|may|should|must|will)\b",
                              regex.VERSION1)
#: a casualty or arrest verb after the noun "one" counts ("One soldier was killed", "one died")
_CASUALTY_AFTER = compile_cached(
    r"(?i)(?:\s+(?!(?:of|who|whom|whose|that|which|in|at|on|by|from|with|for|to|and|or|but|said|says|told)\b)"
    r"[\p{L}’'-]+){0,2}?\s+(?:also\s+|later\s+|reportedly\s+)?(?:(?:was|is|were|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:also\s+|later\s+|reportedly\s+)?)?(?:killed|died|dead|injured|wounded|hurt|arrested|detained|charged)\b",
    regex.VERSION1)
#: another count of a list: a number word or digits alone
_COUNT_TEXT = compile_cached(
    r"(?i)^(?:\d{1,3}(?:,\d{3})*|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundreds|dozens)$")
#: between an earlier count and "one": its noun or verb, "and", and one verb of the later part
#: ("two were killed and one", "killing two and injuring one", "three gold medals and one")
_LIST_BEFORE = compile_cached(r"^(?:\s+[\p{L}’'-]+){0,3}?,?\s+and\s+(?:[\p{L}’'-]+\s+)?$", regex.VERSION1)
#: between "one" and a later count: its noun, "and" ("one goal and two assists")
_LIST_AFTER = compile_cached(r"^(?:\s+[\p{L}’'-]+){0,3}?,?\s+and\s+$", regex.VERSION1)
#: "one official said": a determiner "a certain", whatever comes before it
_SPEAKS_AFTER = compile_cached(
    r"(?i)(?:\s+[\p{L}’'-]+){0,3}?\s+(?:said|says|told|added|argued|suggested|warned|wrote|explained|admitted|"
    r"claimed|believes|thinks|put\s+it)\b", regex.VERSION1)
#: a condition just before "one" ("if one player gets injured", "even if just one"): no fact
_CONDITION_BEFORE = compile_cached(r"(?i)\b(?:if|unless|whether)\s+(?:[\p{L}’'-]+\s+){0,2}$", regex.VERSION1)
#: "one ... and another", "one ... the other": one part of a whole split in two, not a count of its own
_SPLIT_AFTER = compile_cached(r"(?i)[^.;:!?]{0,80}?\b(?:and|while|but|,)\s+(?:another|the\s+other|the\s+second)\b")
#: a determiner before "one" makes it no count of its own ("the one man", "any one day")
_DETERMINER_BEFORE = compile_cached(r"(?i)\b(?:the|this|that|these|those|any|each|every|no|a|an|which|whichever)\s+$")


def one_never(ctx) -> bool:
    """Is the figure "one" no count whatever reads it: glued to a hyphen ("one-off", "one-hundredth"),
    an idiom ("one way", "one or two"), after a determiner or a condition, or "one official said"?"""
    s, fs, fe = ctx.sent, ctx.fs, ctx.fe
    return (_VAGUE_NEXT.match(s, fe) is not None or _DETERMINER_BEFORE.search(s, max(0, fs - 12), fs) is not None
            or _SPEAKS_AFTER.match(s, fe) is not None or _CONDITION_BEFORE.search(s, max(0, fs - 40), fs) is not None)


def one_not_listed(ctx) -> bool:
    """Is the figure "one", after a count, no next count of its list: no count at all (``one_never``)
    or one part of the count split in two ("won two awards, one for design and another for sound")?
    ("three flats in Kyiv, one in Odesa" is the list's next count.)"""
    return one_never(ctx) or _SPLIT_AFTER.match(ctx.sent, ctx.fe) is not None


def one_counts(ctx) -> bool:
    """Is the figure "one" (``ctx.fig``) a count in its sentence, not a pronoun or "a certain"?"""
    s, fs, fe = ctx.sent, ctx.fs, ctx.fe
    if one_never(ctx):
        return False
    before = s[max(0, fs - 40):fs]
    if _FOCUS_BEFORE.search(before) and not _FOCUS_OFF.search(before):
        lo = max(0, s.rfind(",", 0, fs), s.rfind(";", 0, fs))
        return _FOCUS_UNREAL_BEFORE.search(s, lo, fs) is None and _MODAL_AFTER.match(s, fe) is None
    if _CASUALTY_AFTER.match(s, fe):
        return True
    for a, b in ctx.others:
        if not _COUNT_TEXT.match(s[a:b]):
            continue
        if b <= fs and _LIST_BEFORE.match(s[b:fs]) or a >= fe and _LIST_AFTER.match(s[fe:a]):
            return True
    return False
