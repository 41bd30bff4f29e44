"""Last-resort dated happenings (session 13, date24): a date no named or broad
rule took, typed by the CLASS of the happening its clause names.

Two kinds of ``after_broad`` broad date_event rules (rules/broad/WNE780,
WNE781) are read here, only for a date that no named and no broad rule
typed (a fallback's reading of it gives way):

* a list of verb forms (``date24_statement_verbs``: "argued => statement"):
  the verb is found as for every broad date rule (claims._broad_verb: the
  nearest listed verb before the date's preposition in its clause, or the
  first after a date that opens the clause);
* a list of nouns (its name ends in ``_nouns``; ``date24_event_nouns``:
  "collapse => disaster"): the noun that heads the date's phrase, before its
  preposition over an "of" phrase or a place ("the collapse of the Twin
  Towers on 11 September 2001", "the standoff near Ladakh on 30 August
  2020"), or right after a date that a determiner or an owner opens ("the
  June 2023 fall", "Russia's 2022 invasion").  No verb, clause word, number
  or new clause may stand between.  The subject is the owner before the noun
  or the first name of its "of" phrase, else none: an actor read from the
  clause around a noun is a guess.

The cost: one pass over the words of the date's clause per rule, for dates
no other rule took.
"""

from __future__ import annotations

from typing import Optional

import regex

from .matching import _AFTER_BROAD, _DATE_PREP, _DETERMINER, _Hit, _VERB_WORD, _canon, _clause, _search
from .rules import compile_cached

#: words before a noun that make it a verb ("they attack", "to visit", "will strike")
_NOT_NOUN_BEFORE = frozenset("""to i we you they he she it who which that will would could can may might
shall should must cannot did does do not never also""".split())
#: prepositions that may open a phrase between a noun and its date ("the standoff near Ladakh on",
#: "the attack on the embassy in", "the collapse of the towers on")
_BETWEEN_PREP = frozenset("""of on in at near off outside inside across along against between into over
involving including featuring""".split())
#: words that may stand before the noun of a happening: an owner, a determiner, a preposition
_LEAD_PREP = frozenset("""of in on at after before during since for by with from about over against
amid amidst following despite""".split())
#: a noun right after the date that is the figure's period, not the happening ("the 2008 crash toll")
_PERIOD_NOUN = frozenset("""rate rates toll tolls figures figure numbers number statistics data count counts
cases victims budget budgets spending bill bills fee fees cost costs money funds fund deadline
result results score scores season seasons edition editions platform platforms cycle cycles
model models version versions report reports list lists survey surveys""".split())
_POSSESSIVE = compile_cached(r"['’]s?$", regex.VERSION1)
_CONJ = frozenset("and or but nor".split())
_NOUN_OF = compile_cached(r"(?<![\p{L}’'-])(\p{L}+) of (?:the )?(?:early |late |mid-?)?$", regex.VERSION1)
#: an hour after a figure read as a year ("from 1700 local time")
_CLOCK = compile_cached(r"\s*(?:local time|GMT|BST|UTC|CET|EST|PST|hours|hrs|h)\b", regex.VERSION1)
#: a determiner right before a date, and a lower-case word right after it: the date modifies a noun
_MODIFIER = compile_cached(r"(?i)\b(?:the|a|an|this|that|its|his|her|their|our)\s$", regex.VERSION1)
_NOUN_NEXT = compile_cached(r"\s+(?!(?:and|or|to|in|on|at|of|for|by|with|from|as|was|were|is|are|has|had|have|when|which|that)\b)\p{Ll}",
                            regex.VERSION1)
#: a predicate after the date (a verb of saying's reported clause: "said his time there in the
#: 1950s had not done him any damage")
_PREDICATE_NEXT = compile_cached(r"(?:\s+[\p{L}’'-]+){0,3}?\s+(?:had|has|have|was|were|is|are|would|will|could|"
                                 r"did|does|do|can|may|might|should)\b", regex.VERSION1)


def late_event(rules: list, ctx, lex, broad_verb, apart, verbish) -> Optional[_Hit]:
    """The best hit of the last-resort date rules for a date (``ctx``), or None.
    ``broad_verb``, ``apart`` and ``verbish`` are the claims stage's readers
    of a broad date rule's verb (claims._broad_verb, _apart, _verbish), passed
    in: this module comes before claims in the stage order."""
    best = None
    for rule in rules:
        if rule.excludes is not None and _search(rule.excludes, ctx.sent) is not None:
            continue
        if _CLOCK.match(ctx.sent, ctx.fe):
            return None  # "from 1700 local time": an hour, not a year
        if rule.broad_words:
            found = _class_noun(rule, ctx, lex, verbish)
        elif _MODIFIER.search(ctx.sent, max(0, ctx.fs - 5), ctx.fs) and _NOUN_NEXT.match(ctx.sent, ctx.fe):
            continue  # "spoofed in the 1980 comedy Airplane!": the date names the comedy, not the act
        else:
            found = broad_verb(rule, ctx)
            if found is not None and found[3] == 1 and rule.after_broad and _PREDICATE_NEXT.match(ctx.sent, ctx.fe):
                continue  # "said his time at the hall in the 1950s had not done him": the reported clause's
        if found is None or _counted(ctx) and not apart(ctx, found[1]):
            continue
        hit = _Hit(rule, (_AFTER_BROAD + found[0], -rule.priority, found[3]), (found[1], found[2]),
                   metric=rule.metric.replace("{cue}", found[4]))
        if rule.broad_words:
            hit.subject = found[5] if len(found) > 5 else None
        if best is None or hit.score < best.score:
            best = hit
    return best


#: a number that is part of a name ("World Trade Center Building 7", "Apollo 11")
_NAME_NUMBER = compile_cached(r"\p{Lu}[\p{L}.-]*\s$", regex.VERSION1)


def _counted(ctx) -> bool:
    """Has the date's sentence another figure, not a number in a name?"""
    if not ctx.others:
        return False
    keep = [(a, b) for a, b in ctx.others
            if not (_NAME_NUMBER.search(ctx.sent, max(0, a - 20), a) and ctx.sent[a:b].isdigit())]
    if len(keep) != len(ctx.others):
        ctx.others = keep
    return bool(keep)


def _words(sent: str, a: int, b: int) -> list:
    return [(m.start(), m.end(), m.group()) for m in _VERB_WORD.finditer(sent, a, b)]


def _class_noun(rule, ctx, lex, verbish):
    """(words between, start, end, 1 before | 0 after, class, subject or None)
    of the listed noun that heads the date's phrase, or None."""
    s = ctx.sent
    lo, hi = _clause(s, ctx.fs, ctx.fe)
    canon = rule.broad_canon
    p = _DATE_PREP.search(s, max(lo, ctx.fs - 30), ctx.fs)
    if p is not None:
        before = _words(s, lo, p.start())
        steps = 0
        for k in range(len(before) - 1, -1, -1):
            a, b, w = before[k]
            low = w.lower()
            if w.islower() and low in canon:
                if not _noun_use(before, k, s) or k + 1 < len(before) and before[k + 1][2].islower() \
                        and before[k + 1][2].lower() not in _BETWEEN_PREP:
                    return None  # a verb's use, or a modifier ("the final film ... in 2004")
                if _from_phrase(before, k):
                    return None  # (dates33) "emerged from Chapter 11 bankruptcy in March 2003": the verb's date
                return (len(before) - 1 - k, a, b, 1, canon[low],
                        _noun_subject(ctx, lex, before, k, s, p.start()))
            if not (k + 1 < len(before) and before[k][2][:1].isupper() and before[k + 1][2][:1].isupper()):
                steps += 1
            if steps > 10 or low in _CONJ and k + 1 < len(before) and before[k + 1][2].islower() \
                    and before[k + 1][2].lower() not in _DETERMINER:
                return None  # "attended the summit and flew home on May 5": another predicate
            if w.islower() and low not in _BETWEEN_PREP and low not in _DETERMINER and verbish(before[k], before, k) \
                    and not (k > 1 and before[k - 1][2].endswith("ly") and before[k - 2][2].lower() in _DETERMINER):
                return None  # (not "a genetically modified farm": an adjective)
            if low == "to":
                return None  # "Russia's decision to bar foreign firms ... in 2005": the act after "to"
            if w[:1].isdigit() and not (k > 0 and before[k - 1][2][:1].isupper()):
                return None  # a count between (not a number in a name: "Building 7")
        return None
    # "the mutiny of 1857": the noun right before "of"
    m = _NOUN_OF.search(s, max(lo, ctx.fs - 40), ctx.fs)
    if m is not None and m.group(1).islower() and m.group(1).lower() in canon:
        before = _words(s, lo, m.end(1))
        if _noun_use(before, len(before) - 1, s):
            return (0, m.start(1), m.end(1), 1, canon[m.group(1).lower()],
                    _noun_subject(ctx, lex, before, len(before) - 1, s, m.end(1)))
    # "the June 2023 fall", "Russia's 2022 invasion": a date a determiner or an owner opens
    lead = _words(s, max(lo, ctx.fs - 40), ctx.fs)
    if not lead:
        return None
    last = lead[-1][2]
    if last.lower() not in _DETERMINER and not _POSSESSIVE.search(s, 0, lead[-1][1]) \
            or s[lead[-1][1]:ctx.fs].strip():
        return None
    after = _words(s, ctx.fe, hi)[:3]
    for k, (a, b, w) in enumerate(after):
        low = w.lower()
        if not w.islower() or s[ctx.fe if k == 0 else after[k - 1][1]:a].strip(" -"):
            return None  # a name or a title ("the 2020 Tokyo Olympics" is a named rule's), a mark between
        if low in canon:
            nxt = after[k + 1][2].lower() if k + 1 < len(after) else ""
            if nxt in _PERIOD_NOUN:
                return None
            owner = None
            if _POSSESSIVE.search(s, 0, lead[-1][1]):
                owner = _owner_before(ctx, lex, lead[-1][0], lead[-1][1])
            return k, a, b, 0, canon[low], owner
        if low in _DETERMINER or verbish(after[k], after, k) or low.endswith("ly") \
                or low in _LEAD_PREP or low in _BETWEEN_PREP or low in _AFTER_STOP:
            return None  # (dates33) a preposition ends the date's noun phrase: "Spain's 2000 victory
            # through injury" is the victory's date
    return None


#: (dates33) words after a date's noun that open a phrase of their own (with _LEAD_PREP, _BETWEEN_PREP)
_AFTER_STOP = frozenset("through via under without within among toward towards per than".split())


def _from_phrase(words: list, k: int) -> bool:
    """(dates33) Is the noun words[k] in a "from" phrase (over at most three modifiers, a
    determiner or a name: "from Chapter 11 bankruptcy", "from the injury")?  What one comes
    from is not what the date times: the verb's act is."""
    for j in range(k - 1, max(-1, k - 5), -1):
        low = words[j][2].lower()
        if low == "from":
            return True
        if low in _LEAD_PREP or low in _BETWEEN_PREP or low in _CONJ:
            return False
    return False


def _noun_use(words: list, k: int, s: str) -> bool:
    """Is words[k] a noun here: not after a pronoun, "to" or a modal ("they
    attack", "to visit"), and a plural not right after a name with an object
    after it ("Russia attacks Ukraine on ...": a verb)?"""
    if k == 0:
        return True
    prev = words[k - 1][2]
    if prev.lower() in _NOT_NOUN_BEFORE:
        return False
    w = words[k][2]
    if w.endswith("s") and prev[:1].isupper() and not _POSSESSIVE.search(prev) and k + 1 < len(words) \
            and (words[k + 1][2][:1].isupper() or words[k + 1][2].lower() in _DETERMINER):
        return False
    return True


def _noun_subject(ctx, lex, words: list, k: int, s: str, end: int) -> Optional[str]:
    """The owner before the noun ("Russia's invasion") or the first name of
    its "of" phrase ("the collapse of the Twin Towers"), else None."""
    j = k - 1
    while j >= 0 and words[j][2].islower() and words[j][2].lower() not in _DETERMINER \
            and words[j][2].lower() not in _LEAD_PREP and j >= k - 3:
        j -= 1  # adjectives before the noun ("the recent military standoff")
    if j >= 0 and _POSSESSIVE.search(s, 0, words[j][1]):
        got = _owner_before(ctx, lex, words[j][0], words[j][1])
        if got is not None:
            return got
    if k + 1 >= len(words):
        return None
    from .subjects import _MONTHS_DAYS, _entities, _lex_names
    if words[k + 1][2].lower() == "of":
        for a, b, name in _entities(ctx, lex):
            if words[k + 1][1] < a < end and s[words[k + 1][1]:a].strip().lower() in ("", "the"):
                return name
        # (s31) a name the gazetteer does not hold ("the collapse of the Twin Towers on 11 September
        # 2001", "the sinking of the Titanic in 1912"): the first capitalised name of the phrase
        for a, b, raw in _lex_names(s, lex):
            if words[k + 1][1] < a and b <= end and s[words[k + 1][1]:a].strip().lower() in ("", "the") \
                    and raw not in _MONTHS_DAYS:
                return _canon(raw, lex)
    # (s31) else the place inside the noun's own phrase, before the date ("the collapse of major
    # investment banks on Wall Street in 2007", "the pileup on the M25 in 2013"): where it happened,
    # as the named event rules read it; not a name further off ("... of the banks Smith ran")
    at = words[k][1]
    found = sorted([(a, b, name) for a, b, name in _entities(ctx, lex) if at < a and b <= end]
                   + [(a, b, _canon(raw, lex)) for a, b, raw in _lex_names(s, lex)
                      if at < a and b <= end and raw not in _MONTHS_DAYS])
    if found and _PLACE_LEAD_IN.search(s, at, found[0][0]) is not None \
            and not any(ch in s[at:found[0][0]] for ch in ",;:()\"“”"):
        return found[0][2]
    return None


#: (s31) a place preposition right before a name in a happening noun's phrase
_PLACE_LEAD_IN = compile_cached(r"(?<![\p{L}])(?:in|on|at|near|off|outside|inside|across)\s+(?:the\s+)?$",
                                regex.VERSION1)


def _owner_before(ctx, lex, a: int, b: int) -> Optional[str]:
    """The gazetteer's name that ends where an owner's "'s" starts (words a..b)."""
    from .subjects import _entities
    cut = b - (2 if ctx.sent[b - 1:b] in "sS" else 1)
    for x, y, name in _entities(ctx, lex):
        if y == cut or y == b:
            return name
    return None


def late_subject(ctx, lex, hit: _Hit, subject: Optional[str]) -> Optional[str]:
    """The subject of a last-resort date: a noun's owner (or none); a verb's
    actor only when the sentence names it before the date (not a name the
    story carried in: "On 10 March, military chiefs reportedly asked" is not
    the Attorney General's)."""
    if hit.rule.broad_words:
        return hit.subject
    if subject is None:
        return None
    head = ctx.sent[:ctx.fs]
    if any(len(t) > 2 and t in head for t in subject.split()):
        return subject  # its name (or a part of it: "Zelenskyy" for Volodymyr Zelensky) stands before
    from .subjects import _entities
    return subject if any(name == subject and a < ctx.fs for a, b, name in _entities(ctx, lex)) else None
