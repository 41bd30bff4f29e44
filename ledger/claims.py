"""Turn figures into typed claims: metric, subject (+ second party), period, status.

The rule kinds declared in ``rules/`` (see :mod:`ledger.rules`) are
implemented here, once:

* ``cue``: cue words within ``window`` words after or before the figure, in
  the same clause, with no other figure in between;
* ``pattern``: a regex whose ``{figure}`` slot sits exactly on the figure;
* ``date_event``: a date preceded by event words.

Each figure gets at most one claim, from the rule whose cue is nearest
(pattern rules first, then ``priority``).  A figure in an enumeration
("2,400 US troops, 457 British troops and more than 60,000 Afghans") takes
the rule of the figure before it.  Speaker fields are left None (the
attribution stage fills them).
"""

from __future__ import annotations

import bisect
import unicodedata
import functools
import datetime as _dt
import dataclasses
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Optional, Sequence

import regex

from .records import (COUNT, FRACTION, MULTIPLE, PERCENT, PERCENTAGE_POINT, RATIO, YEARLESS_DATE, Claim,
                      DateMention, Document, Figure, make_claim_id)
from .cache import cached_value
from .rules import FIGURE_SENTINEL, GAZETTEER, MATCH_TIMEOUT, Rule, RuleSet, compile_cached
from .text import LineIndex, sentence_bounds

# --------------------------------------------------------------------------
# unit classes

_LENGTH = {"km", "kilometer", "kilometre", "m", "meter", "metre", "mile", "cm", "mm", "ft",
           "foot", "feet", "yard", "inch", "nautical_mile", "nmi", "mi"}
_DURATION = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century",
             "yr", "h", "min", "s"}
_MASS = {"kg", "kilogram", "g", "gram", "tonne", "metric_ton", "ton", "pound", "lb", "ounce"}
_AREA = {"km2", "square_kilometer", "square_kilometre", "square_mile", "hectare", "acre",
         "m2", "square_meter", "kilometer ** 2", "mile ** 2"}
_SPEED = {"km/h", "kph", "mph", "kilometer / hour", "mile / hour", "knot", "mach"}
_TEMP = {"degC", "degF", "celsius", "fahrenheit", "kelvin"}
_ENERGY = {"kWh", "MWh", "GWh", "TWh", "MW", "GW", "kW", "watt", "joule", "megawatt",
           "gigawatt", "barrel", "bcm"}


def unit_class(fig: Figure) -> str:
    u = fig.unit or ""
    if u in (COUNT, "", "number"):
        return "count"
    if u in (PERCENT, PERCENTAGE_POINT, MULTIPLE, FRACTION, RATIO):
        return u
    if len(u) == 3 and u.isalpha() and u.isupper():
        return "money"
    base = u.lower().rstrip("s") if u not in _ENERGY else u
    for cls, names in (("length", _LENGTH), ("duration", _DURATION), ("mass", _MASS),
                       ("area", _AREA), ("speed", _SPEED), ("temperature", _TEMP),
                       ("energy", _ENERGY)):
        if u in names or base in names:
            return cls
    return "other"


# --------------------------------------------------------------------------
# per-ruleset lexicon (gazetteer, status cues), built once


@dataclass(frozen=True, slots=True)
class _Lexicon:
    entity_rx: object  # case-sensitive alternation of every gazetteer alias
    canonical: dict  # alias -> canonical subject
    groups_rx: object  # population groups ("immigrants", "children"...)
    groups: dict
    status_rx: object
    status: dict  # lower-cased cue -> status
    common: frozenset = frozenset()  # words common in lower case (not names)
    places: dict = None  # place within a country (lists/places.txt) -> country
    countries: frozenset = frozenset()  # canonical country names (lists/countries.txt)
    #: (alternation as compiled, {alias lower-cased: canonical}) of every other
    #: list that maps an alias to a canonical name ("kids => children")
    noun_lists: tuple = ()
    #: id(rule) -> (rule, {alias: canonical}) of the lists its cues use
    rule_nouns: dict = None
    #: words that keep a country the subject after it ("US President", "British Army")
    state_words: frozenset = frozenset()
    #: names and demonyms of countries as written, which a word after may turn
    #: into a name of its own ("British Airways")
    nations: frozenset = frozenset()
    #: places, states and countries written in lower case or capitals
    #: ("entire mumbai", "MUMBAI"): a case-blind alternation of the names that
    #: are no common word, and {name lower-cased: canonical}
    blind_rx: object = None
    blind: dict = None
    #: given names (lists/subjects4_given_names.txt): in a title-case headline a
    #: given name and the capitalised word after it are a person ("Bill Gates")
    given: frozenset = frozenset()
    #: diseases, vaccines and programmes (lists/subjects4_topics.txt): a case-blind
    #: alternation (acronyms case-sensitive), and {alias lower-cased: canonical}
    topics_rx: object = None
    topics: dict = None
    #: people the gazetteer reads as the country or body they lead
    #: (lists/subjects5_persons.txt): {alias: the person's name}
    persons: dict = None
    #: metrics of personal facts (lists/subjects5_person_metrics.txt: a name or
    #: a ``family.*`` pattern): for these a leader is the subject, not the country
    person_metrics: frozenset = frozenset()
    #: kinds of thing a clause may be about on their own (lists/thing11_kinds.txt:
    #: "chewing gum", "coconut oil") and heads that name one law, plan, facility or
    #: vehicle with a qualifier (lists/thing11_named_things.txt: {alias: head})
    kinds: frozenset = frozenset()
    things: dict = None
    #: lower-case nouns and past verb forms of the generated WordNet lists
    #: (rules/lists/wordnet_*.txt): one such word that opens a sentence is no
    #: name ("Airliner flips over", "Railways have cancelled", "Swallowed gum")
    words: frozenset = frozenset()


#: gazetteer lists whose names may be read whatever their case (no
#: organisation: "who", "ice", "nasa" are words or acronyms)
_BLIND_LISTS = ("countries", "us_states", "places", "capitals")
#: such names that are also words or given names in lower case
_BLIND_STOP = frozenset("""turkey china jordan georgia virginia washington austin sydney sofia
flint providence phoenix niger wellington lima maine santiago holland portland cleveland
victoria chad guinea""".split())


_LEXICONS: dict[int, tuple[RuleSet, _Lexicon]] = {}


def _alt(items) -> str:
    items = sorted(set(items), key=lambda s: (-len(s), s))
    return "|".join(regex.escape(i) for i in items) if items else "(?!)"


_LEX_PATTERNS = ("entity_rx", "groups_rx", "status_rx", "blind_rx", "topics_rx")


def lexicon(ruleset: RuleSet) -> _Lexicon:
    hit = _LEXICONS.get(id(ruleset))
    if hit is not None and hit[0] is ruleset:
        return hit[1]
    lex = _cached_lexicon(ruleset)
    _LEXICONS[id(ruleset)] = (ruleset, lex)
    return lex


def _cached_lexicon(ruleset: RuleSet) -> _Lexicon:
    """The lexicon, kept pickled in the cache under a hash of the word lists,
    the rule set and this module (building it, ~10 ms, escapes some 3,000
    names a run);
    its patterns are kept as their source and compiled through the pattern
    cache."""
    from .cache import cached_pickle  # noqa: PLC0415

    def build():
        lex = _build_lexicon(ruleset)
        return {f.name: (getattr(lex, f.name).pattern if f.name in _LEX_PATTERNS else getattr(lex, f.name))
                for f in dataclasses.fields(lex) if f.name != "rule_nouns"}

    if ruleset.fingerprint is None:  # the rule files could not all be read: nothing to key the cache on
        state = build()
    else:
        # the lists and this module, and the rule set's fingerprint: which mapped lists the
        # lexicon keeps depends on the patterns of the rules too
        sources = [Path(wl.path) for _, wl in sorted(ruleset.lists.items())] + [Path(__file__)]
        state = cached_pickle("lexicon", sources, build, key=ruleset.fingerprint)
    return _Lexicon(**{k: compile_cached(v, regex.VERSION1) if k in _LEX_PATTERNS else v
                       for k, v in state.items()}, rule_nouns={})


def _build_lexicon(ruleset: RuleSet) -> _Lexicon:
    canonical: dict[str, str] = {}
    for name in GAZETTEER:
        wl = ruleset.lists.get(name)
        if wl is None:
            continue
        for alias in wl.entries:
            canonical.setdefault(alias, wl.canonical[alias])
    # (a name glued to a number is still a name: "156Republicans voted", text that lost its space)
    entity_rx = compile_cached(r"(?<![\p{L}\p{M}_.-])(?:" + _alt(canonical) + r")(?![\w]|\.\w)",
                              regex.VERSION1)
    gl = ruleset.lists.get("groups")
    groups = dict(gl.canonical) if gl else {}
    groups_rx = compile_cached(r"(?i)(?<!\w)(?:" + _alt(groups) + r")(?!\w)", regex.VERSION1)
    sl = ruleset.lists.get("status")
    status = {k.lower(): v for k, v in (sl.canonical.items() if sl else ())}
    status_rx = compile_cached(r"(?i)(?<!\w)(?:" + _alt(status) + r")(?!\w)", regex.VERSION1)
    cw = ruleset.lists.get("common_words")
    common = frozenset(cw.entries) if cw else frozenset()
    pl = ruleset.lists.get("places")
    places = dict(pl.canonical) if pl else {}
    cl = ruleset.lists.get("countries")
    countries = frozenset(cl.canonical.values()) if cl else frozenset()
    # the mapped lists some rule's compiled cue or pattern holds (a broad rule's list is
    # looked up in a set, and compiled into none: its thousands of words are left out)
    srcs = [getattr(rx, "src", None) or rx.pattern for r in ruleset.rules
            for rx in (r.cues_after, r.cues_before, *r.patterns) if rx is not None]
    noun_lists = tuple((wl.pattern(), {a.lower(): c for a, c in wl.canonical.items()})
                       for name, wl in sorted(ruleset.lists.items())
                       if name not in GAZETTEER and any(a != c for a, c in wl.canonical.items())
                       and any(wl.pattern() in src for src in srcs))
    sw = ruleset.lists.get("state_words")
    nations = frozenset(e for n in ("countries", "demonyms") if n in ruleset.lists
                        for e in ruleset.lists[n].entries)
    blind = {}
    for name in _BLIND_LISTS:
        wl = ruleset.lists.get(name)
        for alias in (wl.entries if wl else ()):
            low = alias.lower()
            if len(alias) >= 4 and not alias.isupper() and low not in common and alias[0].isupper() \
                    and low not in _BLIND_STOP:
                blind.setdefault(low, wl.canonical[alias])
    blind_rx = compile_cached(r"(?i)(?<![\w.-])(?:" + _alt(blind) + r")(?![\w])", regex.VERSION1)
    gn = ruleset.lists.get(_GIVEN_LIST)
    tl = ruleset.lists.get(_TOPIC_LIST)
    topic_map = dict(tl.canonical) if tl else {}
    topics = {a.lower(): c for a, c in topic_map.items()}
    upper = [a for a in topic_map if a.isupper()]
    topics_rx = compile_cached(r"(?<![\w.-])(?:(?i:" + _alt(a for a in topic_map if not a.isupper()) + r")|"
                               + _alt(upper) + r")(?![\w]|-\w)", regex.VERSION1)
    pe = ruleset.lists.get(_PERSON_LIST)
    pm = ruleset.lists.get(_PERSON_METRIC_LIST)
    lex = _Lexicon(entity_rx, canonical, groups_rx, groups, status_rx, status, common, places,
                   countries, noun_lists, {}, frozenset(sw.entries) if sw else frozenset(), nations,
                   blind_rx, blind, frozenset(gn.entries) if gn else frozenset(), topics_rx, topics,
                   dict(pe.canonical) if pe else {}, frozenset(pm.entries) if pm else frozenset(),
                   frozenset(e.lower() for e in ruleset.lists[_KIND_LIST].entries) if _KIND_LIST in ruleset.lists
                   else frozenset(),
                   {a.lower(): c for a, c in ruleset.lists[_THING_LIST].canonical.items()}
                   if _THING_LIST in ruleset.lists else {},
                   # (a name of the gazetteer stays a name: "Travelers", "Shell"; the animals and
                   # plants are left out: their rare words are names, "Brent crude", "Robin", "Holly")
                   frozenset(a.lower() for name, wl in ruleset.lists.items() if name.startswith("wordnet_")
                             and name not in ("wordnet_animals", "wordnet_plants")
                             for a in wl.entries if " " not in a) - {a.lower() for a in canonical})
    return lex


_GIVEN_LIST = "subjects4_given_names"
_TOPIC_LIST = "subjects4_topics"
_PERSON_LIST = "subjects5_persons"
_PERSON_METRIC_LIST = "subjects5_person_metrics"
_KIND_LIST = "thing11_kinds"
_THING_LIST = "thing11_named_things"


# --------------------------------------------------------------------------
# small text helpers

_WORD = compile_cached(r"[\w][\w'’.,%-]*", regex.VERSION1)
_CLAUSE_STOP = compile_cached(r"[;:?!–—]|\s-\s|,\s(?:but|while|whereas|although|with|which|who)\b")


def _nwords(s: str) -> int:
    return len(_WORD.findall(s))


class RuleTimeout(Exception):
    """A rule pattern ran past its time limit on a document.  Reported (the
    document is skipped with this message), never swallowed: a silent
    timeout would give the figure another rule's metric, or none."""


def _timed_out(rx) -> RuleTimeout:
    pattern = getattr(rx, "pattern", str(rx))
    shown = pattern if len(pattern) <= 80 else pattern[:77] + "..."
    return RuleTimeout(f"a rule pattern ran past its {MATCH_TIMEOUT:g} s time limit: {shown!r}")


def _search(rx, s, pos=0, endpos=None):
    if endpos is None:
        endpos = len(s)
    if not _may_match(rx, s, pos, endpos):
        return None
    try:
        return rx.search(s, pos, endpos, timeout=MATCH_TIMEOUT)
    except TimeoutError:
        raise _timed_out(rx) from None


def _finditer(rx, s):
    if not _may_match(rx, s, 0, len(s)):
        return []
    try:
        return list(rx.finditer(s, timeout=MATCH_TIMEOUT))
    except TimeoutError:
        raise _timed_out(rx) from None


def _clause(sentence: str, a: int, b: int) -> tuple[int, int]:
    """The clause of sentence[a:b]: bounded by ; : ( ) dashes."""
    lo = 0
    for m in _CLAUSE_STOP.finditer(sentence, 0, a):
        lo = m.end()
    m = _CLAUSE_STOP.search(sentence, b)
    hi = m.start() if m else len(sentence)
    return lo, hi


def _iso(d: _dt.date) -> str:
    return d.isoformat()


def _parse_date(s: Optional[str]) -> Optional[_dt.date]:
    if not s:
        return None
    try:
        return _dt.date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


# --------------------------------------------------------------------------
# matching a rule on one figure


@dataclass(slots=True)
class _Ctx:
    """One figure in its sentence: offsets are relative to the sentence."""

    fig: Figure
    sent: str
    s0: int  # sentence start in the document
    fs: int  # figure start in sentence
    fe: int  # figure end in sentence
    others: list  # (start, end) of other figures in the sentence
    ucls: str
    para: str = ""  # the figure's paragraph (line), for rules' `requires`
    text: str = ""  # the whole document, to resolve "the region" to a place named earlier
    ns: int = 0  # where the number itself starts (after the hedge), in sentence
    tv: object = False  # the see-through view (_see_through): False until computed
    cop: object = False  # (subject start, copula start) of "the cost ... is $1bn" (_copula)
    back: tuple = ()  # in a see-through view: its offsets -> the sentence's
    src: int = 0  # where a source that reports the figure ends (_source_cut): names before it are not its subject
    #: (start, end) in the sentence of the figure's own stated conversion right
    #: after it, " ($2bn; £1.1bn)": cues after the figure read past it
    conv: tuple = ()
    lv: object = False  # the level-word view (_level_view): False until computed

    def __post_init__(self):
        n = self.fig.number_start
        self.ns = n - self.s0 if n is not None and self.fig.start <= n <= self.fig.end else self.fs


#: an editorial insertion in brackets, in a quotation or not: "an unemployment
#: (rate of) 1.5", "40 percent (of) the jobs", "half of these [murdered]
#: women": a few words, no figure, no quotation mark
_EDITORIAL = compile_cached(
    r"\((?=\p{L})([^()\[\]\d\"“”;:!?]{1,40})(?<=[\p{L}.])\)"
    r"|\[(?=\p{L})([^()\[\]\d\"“”;:!?]{1,40})(?<=[\p{L}.])\]", regex.VERSION1)


def _see_through(ctx: _Ctx) -> Optional[_Ctx]:
    """The figure in its sentence with the brackets of editorial insertions
    taken out ("an unemployment rate of 1.5"), for cues, patterns and head
    nouns to read; ``back`` maps its offsets to the sentence's.  None when
    the sentence has no such brackets.  Computed once per figure."""
    if ctx.tv is not False:
        return ctx.tv
    ctx.tv = None
    sent = ctx.sent
    if "(" not in sent and "[" not in sent:
        return None
    spans = [(ctx.fs, ctx.fe)] + list(ctx.others)
    cuts = list(range(*ctx.conv)) if ctx.conv else []  # "$6.75bn (£3.6bn) buyout": "$6.75bn buyout"
    for m in _finditer(_EDITORIAL, sent):
        a, b = m.start(), m.end()
        if _nwords(m.group()) > 4 or any(x < b and y > a for x, y in spans):
            continue  # a long aside, or a figure's own brackets ("(half)")
        cuts += [a, b - 1]
    if not cuts:
        return None
    if ctx.conv:
        cuts.sort()
    drop = set(cuts)
    back = tuple(i for i in range(len(sent)) if i not in drop) + (len(sent),)

    def fwd(i: int) -> int:
        return i - bisect.bisect_left(cuts, i)

    t = _Ctx(ctx.fig, "".join(sent[i] for i in back[:-1]), ctx.s0, fwd(ctx.fs), fwd(ctx.fe),
             [(fwd(a), fwd(b)) for a, b in ctx.others if a not in drop], ctx.ucls, ctx.para, ctx.text)
    t.ns, t.tv, t.back = fwd(ctx.ns), None, back
    ctx.tv = t
    return t


#: a word that names a level but not its quantity, right before the figure:
#: "contracted by an average of 3.6%", "rose 7% to a record $180.7bn",
#: "reached a peak of 13.1%", "hit an all-time high of $671.7bn", "secured a
#: grand total of $116m", "costing taxpayers to the tune of $15bn" (not after a
#: possessive: "2004's average of $41.48" is that year's level, not a verb's)
_LEVEL_WORDS = compile_cached(
    r"(?<![’'`]s )(?<![\w-])(?:(?:an?|the) )?(?:(?:average|record)(?: of)?"
    r"|(?:new |all-time |record |(?:[a-z]+|\d+)-(?:year|month|week|day|decade) )?(?:high|low)s? of"
    r"|(?:(?:all-time|record|new|grand) )?(?:peak|total|sum|tally|maximum|minimum) of|to the tune of"
    r"|(?<=\b(?:by|to|at|of|from|was|were|is|are|be|been|rose|fell|grew|gained|lost|added|shed|dropped|jumped|climbed"
    r"|expanded|contracted|shrank|increased|decreased|declined|surged|slumped|slipped|up|down|saw|posted|reported"
    r"|recorded|made|earned|raised|cut|end up|ended up) )an? (?:whopping|staggering|massive|huge|healthy|modest|mere"
    r"|meagre|meager|paltry|lacklustre|lackluster|breakneck|remarkable|further|extra|additional|estimated|predicted"
    r"|projected|expected|forecast|respectable|solid|robust|strong|sharp|hefty|impressive|disappointing|dismal"
    r"|tiny|slim|slender|bumper|handsome|sizeable|sizable|substantial|significant|surprising|stunning|sluggish"
    r"|weak|weaker-than-expected|better-than-expected|worse-than-expected|stronger-than-expected|provisional))"
    r" $")
#: the forecast before a change verb: "the economy is (now) expected to grow
#: by 3%" reads "the economy to grow by 3%" (the status still comes from the
#: sentence's own words)
_FORECAST_AUX = compile_cached(
    r"(?<![\w-])(?:(?:has|have|had) been|is|are|was|were|be|been)(?: (?:now|also|still|widely|currently|generally|broadly))? "
    r"(?:expected|set|forecast|predicted|projected|tipped|likely|due|poised|estimated|thought|believed|anticipated) "
    r"(?=to [a-z]+(?: (?:up|down|back))?(?: by)? $)")
#: a relative pronoun or a short adverbial aside between a quantity and its
#: change verb: "the German economy, which shrank 0.2%", "GDP, on an
#: annualised basis, fell 0.5%" read "the German economy shrank 0.2%"
_CLAUSE_GAP = compile_cached(
    r",(?: (?:which|that)|(?: (?:on an? (?:annualised|annualized|annual|monthly|yearly|quarterly|seasonally adjusted"
    r"|like-for-like|year-on-year|year-to-year) basis|in real terms|adjusted for inflation|year on year|year-on-year"
    r"|month on month|month-on-month|on average|meanwhile|however|in total|overall|in turn|by contrast|in contrast),))"
    r"(?= (?:has |have |had )?(?:been )?[a-z]+(?: (?:up|down|back))?(?: by)? $)")
#: a qualifier between a quantity and its change verb: "net profit in the six
#: months ending 31 December rose 28%", "earnings at Barclays Capital rose
#: 25%", "sales across both its divisions were up 12.4%" read "net profit rose
#: 28%" (the rules' lists still name the quantity)
_QUALIFIER_GAP = compile_cached(
    r"(?r)(?<=[a-z] )(?:in|at|from|across|for|among|within|there)"
    r"(?: (?!(?:that|which|who|whom|where|when|while|because|but|as|if|said|says|say|after|before|since|until|than"
    r"|so|to|is|are|was|were|has|have|had)\b)[\w.’'&-]+){0,8}? "
    r"(?=(?:(?:has|have|had) )?(?:been )?(?:(?:is|are|was|were) )?(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen"
    r"|falling|grew|grow|grows|grown|growing|jumped|climbed|dropped|declined|increased|decreased|surged|slumped|slipped"
    r"|soared|plunged|tumbled|edged up|edged down|up|down)(?: by)? $)")
_LEVEL_REACH = 70
#: the words _LEVEL_WORDS may end with (looked up before it is searched)
_LEVEL_HINTS = frozenset(
    "average record high highs low lows peak total sum tally maximum minimum of whopping staggering massive huge "
    "healthy modest mere meagre meager paltry lacklustre lackluster breakneck remarkable further extra additional "
    "estimated predicted projected expected forecast respectable solid robust strong sharp hefty impressive "
    "disappointing dismal tiny slim slender bumper handsome sizeable sizable substantial significant surprising "
    "stunning sluggish weak weaker-than-expected better-than-expected worse-than-expected stronger-than-expected "
    "provisional".split())
#: the verbs a forecast's auxiliary, an aside or a qualifier may stand before
_CHANGE_VERBS = frozenset(
    "rose rise rises risen rising fell fall falls fallen falling grew grow grows grown growing jumped climbed dropped "
    "declined increased decreased surged slumped slipped soared plunged tumbled edged up down shrank shrink expanded "
    "contracted be reach hit top exceed slip drop climb jump increase decrease decline".split())


def _level_view(ctx: _Ctx) -> Optional[_Ctx]:
    """The figure's sentence (or its see-through view) with the words that
    name a level but not its quantity taken out ("by an average of 3.6%" reads
    "by 3.6%"), and a forecast's auxiliary before a change verb ("is expected
    to grow by 3%" reads "to grow by 3%"), for pattern rules that found nothing
    in the sentence as written to read the quantity through them, and a
    relative pronoun, a short aside or a qualifier between the quantity and
    its verb ("the economy, which shrank 0.2%", "net profit in the six months
    to December rose 28%"); ``back``
    maps its offsets to the sentence's.  None when there is nothing to take
    out.  Computed once per figure."""
    if ctx.lv is not False:
        return ctx.lv
    ctx.lv = None
    sent, fs = ctx.sent, ctx.fs
    a = max(0, fs - _LEVEL_REACH)
    tail = sent[a:fs]
    words = tail[-48:].lower().split()[-5:]
    cuts = []
    end = len(tail)
    if _LEVEL_HINTS.intersection(words):  # (a set look-up first: most figures have none of the words)
        m = _search(_LEVEL_WORDS, tail)
        if m is not None:
            cuts.append((a + m.start(), fs))
            end = m.start()
            words = tail[:end][-48:].lower().split()[-5:]
    adverb = False
    while words and words[-1] in ("by", "up", "down", "back"):
        adverb = adverb or words.pop() != "by"
    verb = bool(words) and (words[-1] in _CHANGE_VERBS or adverb and words[-1] in ("is", "are", "was", "were"))
    if verb or len(words) > 1 and words[-2] == "to":
        m2 = _search(_FORECAST_AUX, tail[:end]) or (_search(_CLAUSE_GAP, tail[:end]) if "," in tail else None)
        if m2 is None and verb:
            # a qualifier is read over a longer reach
            a = max(0, fs - 2 * _LEVEL_REACH)
            m2 = _search(_QUALIFIER_GAP, sent[a:fs - len(tail) + end])
        if m2 is not None:
            cuts.insert(0, (a + m2.start(), a + m2.end()))
    if not cuts:
        return None
    drop = set()
    for x, y in cuts:
        drop.update(range(x, y))
    keep = [i for i in range(len(sent)) if i not in drop]
    base = ctx.back or None
    back = tuple(base[i] if base else i for i in keep) + ((base[len(sent)] if base else len(sent)),)
    starts = sorted(drop)

    def fwd(i: int) -> int:
        return i - bisect.bisect_left(starts, i)

    t = _Ctx(ctx.fig, "".join(sent[i] for i in keep), ctx.s0, fwd(ctx.fs), fwd(ctx.fe),
             [(fwd(x), fwd(y)) for x, y in ctx.others if x not in drop], ctx.ucls, ctx.para, ctx.text)
    t.ns, t.tv, t.lv, t.back, t.conv = fwd(ctx.ns), None, None, back, ()
    ctx.lv = t
    return t


def _span_back(view: _Ctx, a: int, b: int) -> tuple[int, int]:
    """A span of a see-through view in the sentence's offsets."""
    if not view.back:
        return a, b
    return view.back[a], (view.back[b - 1] + 1 if b > a else view.back[a])


def _blocked(ctx: _Ctx, a: int, b: int) -> bool:
    """Another figure lies between a and b (sentence offsets)."""
    return any(a <= s < b or a < e <= b for s, e in ctx.others)


_CUE_REACH = 80  # characters a cue (and its optional filler words) may span


def _cue_distance(rule: Rule, ctx: _Ctx) -> Optional[tuple[int, int, int, int]]:
    """Words between the figure and its nearest cue, with the cue's span."""
    found = _cue_candidates(rule, ctx)
    return min(found, key=lambda f: (f[0], f[3])) if found else None


def _cue_candidates(rule: Rule, ctx: _Ctx) -> list:
    """(words between, cue start, cue end, 0 after | 1 before) for the
    nearest cue after and the nearest cue before the figure."""
    lo, hi = _clause(ctx.sent, ctx.fs, ctx.fe)
    out = []
    if rule.cues_after is not None:
        # a cue within `window` words: no need to scan the rest of the clause
        m = _search(rule.cues_after, ctx.sent, ctx.fe, min(hi, ctx.fe + _CUE_REACH + 16 * rule.window))
        if m is not None and not _blocked(ctx, ctx.fe, m.start()):
            d = _nwords(ctx.sent[ctx.fe:m.start()])
            if d <= rule.window:
                out.append((d, m.start(), m.end(), 0))
    if rule.cues_before is not None:
        # a hedge is part of the figure ("losses now exceed 800,000"), so a
        # cue may run up to the number itself
        lo2 = max(lo, ctx.ns - _CUE_REACH - 16 * rule.window_before)
        if lo2 > lo:  # start the scan at a word
            sp = ctx.sent.find(" ", lo2, ctx.ns)
            lo2 = sp + 1 if sp != -1 else lo2
        ms = _finditer(rule.cues_before, ctx.sent[lo2:max(ctx.ns, lo2)])
        if ms:
            m = ms[-1]
            a, b = lo2 + m.start(), lo2 + m.end()
            if not _blocked(ctx, b, ctx.fs) and not _CONJ.search(ctx.sent[b:ctx.fs]):
                d = _nwords(ctx.sent[b:ctx.fs]) if b < ctx.fs else 0
                if d <= rule.window_before:
                    out.append((d, a, b, 1))
        if not out or out[-1][3] != 1:
            far = _subject_cue(rule, ctx)
            if far is not None:
                out.append(far)
    return out


#: a copula right before the figure: "the annual cost ... is $1 billion"
_COPULA = compile_cached(r"(?i)(?<![\w’'-])(?:is|was|are|were|will be|would be|could be|has been|have been|"
                         r"had been|totals?|totaled|totalled|amounts? to|amounted to|stands? at|stood at|"
                         r"comes? to|came to)\s+$")
#: where the copula's subject may start: after "estimates that", "says"
_SUBJECT_OPENS = compile_cached(r"(?i)\b(?:that|says|said|whether|because|while|when|if|where)\s+")
#: a word that ends a noun phrase: a relative, a verb, a new clause
_NOT_IN_SUBJECT = compile_cached(r"(?i)\b(?:that|which|who|whom|is|was|are|were|be|been|has|have|had|will|"
                                 r"would|could|can|may|might|must|should|says|said|say|but)\b")
_SUBJECT_REACH = 240  # characters a copula's subject may span


def _copula(ctx: _Ctx) -> Optional[tuple[int, int]]:
    """(subject start, copula start) when a copula ends right at the figure
    ("the annual cost to Oregon taxpayers ..., is $1 billion"); cached."""
    if ctx.cop is not False:
        return ctx.cop
    ctx.cop = None
    lo, _ = _clause(ctx.sent, ctx.fs, ctx.fe)
    m = _search(_COPULA, ctx.sent, max(lo, ctx.fs - 24), ctx.fs)
    if m is None:
        return None
    a = max(lo, m.start() - _SUBJECT_REACH)
    opens = [o.end() for o in _finditer(_SUBJECT_OPENS, ctx.sent[a:m.start()])]
    if opens:
        a += opens[-1]
    elif a > lo:
        return None  # the subject's start is out of reach
    ctx.cop = (a, m.start())
    return ctx.cop


def _subject_cue(rule: Rule, ctx: _Ctx) -> Optional[tuple[int, int, int, int]]:
    """A cue that heads the subject of a copula before the figure ("the
    annual cost to Oregon taxpayers for government services to illegal
    aliens, after any income tax revenue from them, is $1 billion"): far from
    the figure, so it loses to any cue within the rule's window."""
    cop = _copula(ctx)
    if cop is None:
        return None
    a, b = cop
    m = _search(rule.cues_before, ctx.sent, a, b)
    if m is None or _nwords(ctx.sent[a:m.start()]) > 3 or _blocked(ctx, m.end(), ctx.fs) \
            or _search(_NOT_IN_SUBJECT, ctx.sent, m.end(), b) is not None:
        return None
    return _FAR + _nwords(ctx.sent[m.end():ctx.fs]), m.start(), m.end(), 1


_FAR = 20  # the distance of a cue that heads a copula's subject: past every window


_QUOTES = compile_cached(r'["“”«»„]')
_PATTERN_REACH = 160


def _masked(sent: str, fs: int, fe: int) -> tuple:
    """(where the searched part starts, the part before the figure, the part
    with the figure masked), unquoted.  The last one is kept: each pattern
    rule in turn reads the same figure, and one string object lets
    _may_match reuse its case-folded window."""
    last = _MASKED
    if last[0] is sent and last[1] == fs and last[2] == fe:
        return last[3]
    a = max(0, fs - _PATTERN_REACH)
    a = sent.find(" ", a, fs) + 1 if a else 0
    head = _QUOTES.sub("", sent[a:fs])
    got = a, head, head + FIGURE_SENTINEL + _QUOTES.sub("", sent[fe:fe + _PATTERN_REACH])
    _MASKED[:] = (sent, fs, fe, got)
    return got


_MASKED: list = [None, -1, -1, None]


def _pattern_match(rule: Rule, ctx: _Ctx):
    # quotation marks split no phrase: 'raising taxes "by $858 billion."'
    # (the match span is used only as an approximate cue position)
    # (and only the figure's neighbourhood is searched: a pattern spans a phrase)
    a, head, masked = _masked(ctx.sent, ctx.fs, ctx.fe)

    def unmask(i: int) -> int:  # masked offset -> sentence offset (near enough)
        return a + i if i <= len(head) else ctx.fe + i - len(head) - len(FIGURE_SENTINEL)

    single = masked.count(FIGURE_SENTINEL) == 1
    for rx in rule.patterns:
        end = len(masked)
        past = _ends_at_figure(getattr(rx, "src", None) or rx.pattern) if single else None
        if past is not None:
            # every match ends at the figure: nothing after it is read but
            # the one character a closing word boundary looks at
            end = min(end, len(head) + len(FIGURE_SENTINEL) + past)
            # a reverse search starts from the figure and gives up at once
            # when the words before it cannot end a match; most figures fail
            # every pattern, so this decides most calls ~25x faster.  Only a
            # match found this way is searched again forwards, for the same
            # groups as before (a reverse match may split them differently).
            if _search(_reversed(rx), masked, 0, end) is None:
                continue
        start = 0
        if past is None and single:
            # a pattern read past its figure ("a 20% increase in ..."): the
            # part up to the figure (when the figure is in no alternative,
            # repeat or lookaround) must match right before it
            pre, width = _up_to_figure(getattr(rx, "src", None) or rx.pattern)
            if width >= 0:
                # at most `width` characters of pattern before the figure (a
                # character may match three, "ﬃ" "ffi"): no match starts
                # earlier, and a search that starts later finds the same one
                start = max(0, len(head) - 3 * width)
            if not _may_match(rx, masked, start, end):
                continue  # (before the reverse search: its part may lack the literal that fails)
            if width != 0 and pre and _search(_reversed_src(pre, rx.flags & ~regex.REVERSE), masked) is None:
                # searched in reverse over the whole text (its lookarounds
                # read the same), it rules out most figures as cheaply as
                # the reverse search above
                continue
        m = _search(rx, masked, start, end)
        if m is not None:
            return m, unmask
    return None, unmask


@functools.lru_cache(maxsize=1024)
def _reversed_src(src: str, flags: int):
    return compile_cached(src, flags | regex.REVERSE)


def _reversed(rx):
    return _reversed_src(getattr(rx, "src", None) or rx.pattern, rx.flags & ~regex.REVERSE)


_WRAP_HEAD = r"(?<![\w])(?:"
_WRAP_TAIL = "(?P<figure>" + FIGURE_SENTINEL + r"))(?![\w])"


@functools.lru_cache(maxsize=1024)
def _ends_at_figure(src: str) -> Optional[int]:
    """Does every match of this rule pattern end with its {figure}, and
    nothing in it look ahead?  Then a search may stop past the figure (plus
    the one character a word-wrapped pattern's closing boundary reads: the
    number returned) with the same result.  None when it may not.  Kept in
    the disk cache: parsing every pattern costs ~40 ms a run."""
    got = _cached_analysis(_end_analysis_version(), "", src, lambda s: _nothing(_analyse_end(s)),
                           lambda got: isinstance(got, int))
    return None if got < 0 else got


def _cached_analysis(version: str, prefix: str, src: str, analyse, valid):
    """``analyse(src)``, kept in the disk cache under ``version`` and a hash
    of ``src``; an entry that ``valid`` refuses (a foreign one) is computed
    afresh."""
    import hashlib
    key = prefix + hashlib.sha256(src.encode("utf-8", "surrogatepass")).hexdigest()
    got = cached_value(version, key, lambda: analyse(src))
    return got if valid(got) else analyse(src)


@functools.lru_cache(maxsize=1024)
def _up_to_figure(src: str) -> tuple[str, int]:
    """(the pattern cut right after its {figure}, its open groups closed;
    the most characters of pattern before the figure, -1 when unbounded).
    Every match of src holds a match of the cut pattern that ends at the
    figure.  ("", -1) when the figure sits in an alternative, a repeat or a
    lookaround (or the pattern cannot be read).  Kept in the disk cache, as
    _ends_at_figure."""
    return _cached_analysis(_end_analysis_version(), "up:", src, _analyse_up_to_figure,
                            lambda got: isinstance(got, tuple) and len(got) == 2)


_FIGURE_GROUP = "(?P<figure>" + FIGURE_SENTINEL + ")"
#: an escape, a character class, or one character (parentheses counted)
_PAREN = regex.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|.", regex.DOTALL)


def _analyse_up_to_figure(src: str) -> tuple[str, int]:
    if src.count(_FIGURE_GROUP) != 1:
        return "", -1
    readable = _re_readable(src)
    if _NOT_RE_SYNTAX.search(readable):
        return "", -1
    import re._parser as sre
    try:
        tree = sre.parse(_OTHER_GROUP.sub("(?:", readable))
    except Exception:  # re does not read it
        return "", -1
    fig = tree.state.groupdict.get("figure")

    def holds(seq) -> bool:  # the figure group is somewhere in seq
        for op, av in seq:
            if op is sre.SUBPATTERN and av[0] == fig:
                return True
            for sub in (av if isinstance(av, (tuple, list)) else ()):
                if isinstance(sub, sre.SubPattern) and holds(sub):
                    return True
                if isinstance(sub, list) and any(isinstance(b, sre.SubPattern) and holds(b) for b in sub):
                    return True
        return False

    def plain(seq) -> bool:  # the figure is nested in plain groups only
        for op, av in seq:
            if op is sre.SUBPATTERN and av[0] == fig:
                return True
            if op is sre.SUBPATTERN and holds(av[-1]):
                return plain(av[-1])
            if holds([(op, av)]):
                return False  # in an alternative, a repeat, a lookaround
        return False

    def last(seq) -> bool:  # seq ends with the figure group
        op, av = seq[-1] if len(seq) else (None, None)
        return op is sre.SUBPATTERN and (av[0] == fig or last(av[-1]))

    if not plain(list(tree)):
        return "", -1
    upto = src[:src.index(_FIGURE_GROUP) + len(_FIGURE_GROUP)]
    opened = sum(1 if t == "(" else -1 for t in _PAREN.findall(upto) if t in "()")
    pre = upto + ")" * opened
    try:
        cut = sre.parse(_OTHER_GROUP.sub("(?:", _re_readable(pre)))
        regex.compile(pre, regex.VERSION1)
    except Exception:  # miscounted: no narrowing
        return "", -1
    if not last(cut):
        return "", -1
    most = cut.getwidth()[1]

    def reads_nothing_after(seq) -> bool:  # only lookarounds and anchors follow the figure
        for i, (op, av) in enumerate(seq):
            if holds([(op, av)]):
                rest = sre.SubPattern(tree.state, list(seq[i + 1:]))
                return rest.getwidth() == (0, 0) and (av[0] == fig or reads_nothing_after(av[-1]))
        return False

    if reads_nothing_after(list(tree)):
        pre = src  # the whole pattern, as searched in reverse over the whole text
    return pre, (most - 1 if most < sre.MAXREPEAT else -1)


def _nothing(x: Optional[int]) -> int:
    return -1 if x is None else x  # the cache keeps no None


@functools.lru_cache(maxsize=1)
def _end_analysis_version() -> str:
    import hashlib
    code = b"".join(_code_key(f.__code__) for f in (_analyse_end, _nothing, _re_readable, _analyse_up_to_figure))
    extra = (_NOT_RE_SYNTAX.pattern + _OTHER_GROUP.pattern + _WRAP_HEAD + _WRAP_TAIL + _PAREN.pattern).encode()
    return "claims.ends_at_figure:" + hashlib.sha256(code + extra).hexdigest()[:16]


def _analyse_end(src: str) -> Optional[int]:
    src = _re_readable(src)
    if _NOT_RE_SYNTAX.search(src):
        return None
    if src.startswith(_WRAP_HEAD) and src.endswith(_WRAP_TAIL):
        inner, past = src[len(_WRAP_HEAD):-len(")(?![\\w])")], 1
    elif src.endswith("(?P<figure>" + FIGURE_SENTINEL + ")"):
        inner, past = src, 0
    else:
        return None
    import re._parser as sre
    # re refuses a group name used twice, which regex allows ("(?P<noun>@a)|
    # (?P<noun>@b) rates"); names other than the figure's do not matter here
    inner = _OTHER_GROUP.sub("(?:", inner)
    try:
        items = list(sre.parse(inner))
    except Exception:  # re does not read it
        return None
    if not items or items[-1][0] is not sre.SUBPATTERN:
        return None
    last = list(items[-1][1][-1])
    if last != [(sre.LITERAL, ord(FIGURE_SENTINEL))]:
        return None

    def looks_ahead(seq) -> bool:
        for op, av in seq:
            if op is sre.ASSERT or op is sre.ASSERT_NOT:
                if av[0] >= 0:  # (?=...) (?!...)
                    return True
                if looks_ahead(av[1]):
                    return True
            elif op is sre.SUBPATTERN:
                if looks_ahead(av[-1]):
                    return True
            elif op is sre.BRANCH:
                if any(looks_ahead(b) for b in av[1]):
                    return True
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
                if looks_ahead(av[2]):
                    return True
            elif op is sre.IN or op is sre.LITERAL or op is sre.NOT_LITERAL or op is sre.ANY \
                    or op is sre.AT or op is sre.CATEGORY:
                continue
            else:
                return True  # anything else: do not narrow
        return False

    return None if looks_ahead(items) else past


def _may_match(rx, s: str, pos: int, endpos: int) -> bool:
    """False when s[pos:endpos] lacks a literal that every match of rx
    contains (see _required_literals): its search is skipped, the answer
    being None all the same."""
    need = _smallest_first(getattr(rx, "src", None) or rx.pattern)
    if not need:
        return True
    last = _WINDOW
    if last[0] is s and last[1] == pos and last[2] == endpos:
        window = last[3]  # the rules are tried in turn on one sentence's window
    else:
        window = s[pos:endpos].casefold()
        _WINDOW[:] = (s, pos, endpos, window)
    # plain loops: a generator per literal set cost more than the tests (~200,000 a gate run)
    for alts in need:
        for w in alts:
            if w in window:
                break
        else:
            return False
    return True


#: the last window _may_match casefolded: (text, pos, endpos, casefolded text[pos:endpos])
_WINDOW: list = [None, -1, -1, ""]


@functools.lru_cache(maxsize=2048)
def _smallest_first(src: str) -> tuple:
    """The required literal sets, the smallest first: a set of a few words
    usually decides before a list of a hundred is scanned.  A set is kept
    once, and not at all when it is as long as the gazetteer: scanning a
    sentence for each of ~900 names costs more than the search it would
    spare (the entity finder's own search is quicker than its filter)."""
    sets = set(_required_literals(src))
    return tuple(sorted((a for a in sets if len(a) <= _MOST_LITERALS), key=lambda a: (len(a), a)))


def _no_longer(alts) -> tuple:
    """The alternatives less each that holds another one ("raised" holds
    "raise"): a window that holds it holds the shorter one too, so the test
    answers the same with fewer scans (~25% fewer on the bench draft)."""
    alts = tuple(alts)
    if len(alts) < 2:
        return alts
    kept: list = []
    for w in sorted(set(alts), key=lambda w: (len(w), w)):
        if not any(k in w for k in kept):
            kept.append(w)
    keep = set(kept)
    return tuple(w for w in alts if w in keep)


_MOST_LITERALS = 500  # a required set longer than this is not checked


# regex-module syntax that Python's re parser reads differently (or not at
# all): such a pattern gets no pre-filter
_OTHER_GROUP = regex.compile(r"\(\?P<(?!figure>)\w+>")
#: an escape, with \\p{..} / \\P{..} (a character property) told apart
_ESCAPE = regex.compile(r"\\(?:[pP](?:\{[^{}]*\}|[A-Za-z])|.)", regex.DOTALL)


def _re_readable(src: str) -> str:
    """src with each character property (\\p{Ll}, \\P{L}), which Python's re
    parser does not read, as \\w: one character and no literal, in a class
    or out of one.  The analyses need only which parts are literals and
    where a match ends, so the swap changes neither answer; without it a
    pattern with a property got no pre-filter at all."""
    if "\\p" not in src and "\\P" not in src:
        return src
    return _ESCAPE.sub(lambda m: r"\w" if m.group()[1] in "pP" else m.group(), src)


_NOT_RE_SYNTAX = regex.compile(r"\\[LmMpPNXGK]|\{[^}]*[a-z<]|\[\[|--|&&|~~|\|\||\(\?[^:=!<P#(]*V")


@functools.lru_cache(maxsize=1024)
def _required_literals(src: str) -> tuple[tuple[str, ...], ...]:
    """Sets of literal strings, casefolded, such that every match of the
    pattern contains at least one string of each set: a window lacking one
    cannot match, so its (slow) search is skipped.  Empty when the pattern
    cannot be analysed (then it is always searched).  Kept in the disk cache:
    parsing the long list patterns costs ~40 ms a run."""
    return _cached_analysis(_analysis_version(), "", src, lambda s: tuple(_no_longer(a) for a in _analyse_literals(s)),
                            lambda got: isinstance(got, tuple) and all(isinstance(a, tuple) for a in got))


def _code_key(c) -> bytes:
    """A function's code as bytes that do not change between runs (nested
    functions included, without their addresses)."""
    return c.co_code + repr(c.co_names).encode() + b"".join(
        _code_key(k) if hasattr(k, "co_code") else repr(k).encode() for k in c.co_consts)


@functools.lru_cache(maxsize=1)
def _analysis_version() -> str:
    """Names the analysis in the disk cache: a hash of its code, so an edit to
    it never reads results of the old one."""
    import hashlib

    code = b"".join(_code_key(f.__code__) for f in (_analyse_literals, _req, _re_readable, _no_longer))
    return "claims.required_literals:" + hashlib.sha256(code + _NOT_RE_SYNTAX.pattern.encode()).hexdigest()[:16]


def _analyse_literals(src: str) -> tuple[tuple[str, ...], ...]:
    import re._parser as sre
    src = _re_readable(src)
    if _NOT_RE_SYNTAX.search(src):
        return ()
    # re refuses a group name used twice, which regex allows; names do not
    # matter to which literals a match needs
    src = _OTHER_GROUP.sub("(?:", src)
    try:
        tree = sre.parse(src)
    except Exception:  # re does not read it: no pre-filter
        return ()
    try:
        sets = _req(list(tree), sre)
    except Exception:
        return ()
    return tuple(tuple(sorted(a)) for a in sets if a and all(a))


def _req(items, sre) -> list:
    out: list = []
    buf: list[str] = []

    def flush():
        if buf:
            out.append({"".join(buf).casefold()})
            buf.clear()

    for op, av in items:
        if op is sre.LITERAL:
            buf.append(chr(av))
            continue
        flush()
        if op is sre.IN:
            if all(o is sre.LITERAL for o, _ in av):
                out.append({chr(v).casefold() for _, v in av})
        elif op is sre.SUBPATTERN:
            out.extend(_req(list(av[-1]), sre))
        elif op is sre.BRANCH:
            alts = set()
            for b in av[1]:
                r = [a for a in _req(list(b), sre) if a and all(a)]
                if not r:
                    alts = None
                    break
                alts |= max(r, key=lambda a: min(map(len, a)))
            if alts:
                out.append(alts)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            if av[0] >= 1:
                out.extend(_req(list(av[2]), sre))
    flush()
    return out


def _applies(rule: Rule, ctx: _Ctx) -> bool:
    if "any" not in rule.units and ctx.ucls not in rule.units:
        return False
    if rule.figure_kinds and ctx.fig.kind not in rule.figure_kinds:
        return False
    if rule.requires is not None and not _found(rule.requires, ctx.para):
        return False
    if rule.excludes is not None and _found(rule.excludes, ctx.sent):
        return False
    if rule.requires_sentence is not None and not _found(rule.requires_sentence, ctx.sent):
        return False
    return True


@functools.lru_cache(maxsize=8192)
def _found(rx, text: str) -> bool:
    """Does rx occur in text?  (Cached: every figure of a paragraph asks the
    same question of the same text.)"""
    return _search(rx, text) is not None


@dataclass(slots=True)
class _Hit:
    rule: Rule
    score: tuple
    cue: tuple[int, int]  # cue span in sentence (or the pattern match span)
    subject: Optional[str] = None
    subject2: Optional[str] = None
    metric: Optional[str] = None  # a metric template filled in ({noun}, {cue})
    earlier: bool = False  # the earlier value a later one is set against ("up from 4.1%")


_FALLBACK = 1000  # score of a head_noun match: after every other kind
_BROAD = 900  # score of a broad rule's match: after every named rule, before every fallback


def _base(rule: Rule, distance: int) -> int:
    """A rule with a negative priority is a fallback: it types a figure only
    when no other rule does."""
    return distance + _FALLBACK if rule.priority < 0 else distance

_NP_STOP = frozenset("""a an the this that these those of in on at to for from by with without
and or but nor as than then so if when where while who whom whose which what why how
is are was were be been being am has have had having do does did will would shall should
can could may might must not no yes it its it's he she they we you i me him her them us our
their his my your more most less fewer many much some any all each every other another such
same own only just about over under up down out off into onto per via since until before
after during because against between among through across around near also already still
even ever never always often again very too here there now today yesterday tonight
alone either neither both ago later earlier see sees get gets got make makes
next past previous coming following last first
take takes give gives say says said is
behind beyond within above below beside besides toward towards upon inside outside ahead
despite throughout along amid amidst amongst versus higher lower clear adrift away apart""".split())
#: past forms that cannot be nouns: after a plural, or first after "of the", they start a clause
#: ("five of the eight men held", "250,000 of the 500,000 came to Texas", "35 of the companies sued")
_PAST_FORMS = frozenset("""ran held came went sold found made took told gave got left lost won paid
saw thought brought bought kept met sent spent stood fell rose grew knew began became chose drove
flew fought led meant stole struck taught threw wore wrote built caught dealt felt heard hid laid
rang sang sat slept spoke swam swore tore understood woke sued used owed aged died tied lied eyed
axed""".split())
#: present forms, after a plural, that cannot be nouns either: "five producers collect awards" (no
#: "producers_collect_award"), "three firms seek damages" (not "give", "get", "say": stop words already)
_PRESENT_FORMS = frozenset("""collect receive earn win lose seek expect believe think agree know
become bring buy keep send spend grow choose steal teach throw write feel hear hide speak understand
sue owe tell come remain attend join die live""".split())
#: verbs whose -s form, after a singular noun, starts a clause: "the web station's traffic comes from there"
_VERBS_S = _PRESENT_FORMS | frozenset("""go want seem include continue appear""".split())
_NP_SKIP = frozenset("""percent per cent percentage times million billion
trillion thousand hundred dozen""".split())
#: unit words skipped only after "percentage" or a percent figure ("5 percentage points"): "four
#: points behind Arsenal" counts points
_NP_SKIP_PCT = frozenset(("points", "point"))
#: words a figure may be hyphened to and still count the noun after them ("200-odd people")
_AFTER_HYPHEN = frozenset(("odd", "plus", "some"))
_NP_WORD = compile_cached(r"[\p{L}](?:[\p{L}'’-]|\.(?=\p{L}))*\.?", regex.VERSION1)


#: plurals the suffix rules below get wrong ("wives" is not "wive")
_IRREGULAR = {"wives": "wife", "knives": "knife", "lives": "life", "wolves": "wolf",
              "halves": "half", "shelves": "shelf", "thieves": "thief", "loaves": "loaf",
              "calves": "calf", "selves": "self", "leaves": "leaf", "housewives": "housewife",
              "midwives": "midwife", "quizzes": "quiz", "crises": "crisis", "analyses": "analysis",
              "theses": "thesis", "hypotheses": "hypothesis", "diagnoses": "diagnosis",
              "prognoses": "prognosis", "syntheses": "synthesis", "oases": "oasis", "emphases": "emphasis",
              "neuroses": "neurosis", "psychoses": "psychosis", "metastases": "metastasis"}
#: words that end in -s but are no plural ("species" is not "specy", "news" not "new")
_INVARIANT = frozenset("""species subspecies series news means headquarters crossroads barracks
diabetes measles mumps rabies herpes scabies rickets shingles physics economics
politics athletics mathematics ethics statistics logistics gallows
genetics electronics graphics dynamics aerobics ceramics linguistics robotics gymnastics acoustics
aeronautics semantics phonics forensics analytics optics tactics olympics paralympics hysterics
theatrics metrics diagnostics informatics genomics aesthetics obstetrics paediatrics pediatrics
geriatrics orthopaedics orthopedics pyrotechnics basics specifics thermodynamics economics
avionics ergonomics biometrics bionics""".split())
#: -uses plurals of words in -use ("excuses"), where a consonant before -uses does not make -us
_USE_WORDS = ("excuses", "abuses", "fuses", "muses", "ruses", "refuses", "recluses", "misuses", "reuses",
              "overuses", "disuses", "amuses", "accuses", "peruses", "infuses", "confuses", "diffuses")


#: -ches plurals of words in -che ("niches", "headaches"), which keep the e
_E_CHES = ("headaches", "toothaches", "backaches", "stomachaches", "earaches", "heartaches",
           "bellyaches", "moustaches", "mustaches", "niches", "cliches", "clichés", "caches", "brioches", "psyches", "quiches",
           "crèches", "creches", "douches", "cartouches", "barouches", "attaches")
#: singular nouns in -men (not plurals of -man)
_MEN_SINGULAR = ("abdomen", "specimen", "regimen", "stamen", "acumen", "bitumen", "albumen", "hymen",
                 "semen", "omen", "lumen", "rumen", "numen", "cerumen", "foramen", "gravamen", "yemen",
                 "amen", "catechumen", "cyclamen", "turkmen", "bremen", "examen", "putamen", "duramen")


def _lemma(word: str) -> str:
    w = regex.sub(r"['’]s$", "", word.lower()).strip("'’-")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w in _INVARIANT:
        return w
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("xes", "ches", "shes", "sses", "zzes", "tzes")) and not w.endswith(_E_CHES):
        return w[:-2]  # taxes, churches, buzzes, waltzes (not prizes, sizes: below; not niches)
    if len(w) > 5 and w.endswith("men") and w not in _MEN_SINGULAR and not w.endswith(("mmen", "hmen", "namen")):
        return w[:-3] + "man"  # chairmen, aldermen, businesswomen
    if len(w) > 4 and w.endswith("uses") and w[-5] not in "aeou" and w not in _USE_WORDS:
        return w[:-2]  # viruses, bonuses, campuses, buses, geniuses
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


#: a part of a group before its noun: " of the eight" ("five of the eight jurors"), " of her"
#: ("two of her friends"), or after a lead that read "of the" a whole number (" 2,000" in "40% of
#: the 2,000 staff"); not a name's possessive ("two of Britain's banks" names an owner)
_OF_GROUP = compile_cached(
    r"(?P<of>\s+of(?:\s+(?:the|his|her|its|their|our|your|my|these|those|all(?:\s+of)?(?:\s+the)?))?)?"
    r"(?P<n>\s+(?:\d[\d,.]*+(?![\d%])|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|hundred|dozen))?(?=\s+\p{Ll})", regex.VERSION1)


def _head_noun(rule: Rule, ctx: _Ctx, lex: _Lexicon):
    """(metric noun, start, end) of the noun phrase after the figure."""
    lo, hi = _clause(ctx.sent, ctx.fs, ctx.fe)
    pos = ctx.fe
    if rule.lead is not None:
        try:
            m = rule.lead.match(ctx.sent, pos, hi, timeout=MATCH_TIMEOUT)
        except TimeoutError:
            raise _timed_out(rule.lead) from None
        if m is None:
            return None  # "12% higher" is not a share of anything
        pos = m.end()
    # a count read through "of the" is a part of the group, not its size: only the weak tiers (broad
    # rules, fallbacks; compare makes at most a warning of them) read it, a named rule's key would
    # set "five of the eight jurors" against "eight jurors"; a share's "of the 2,000 staff" is what a share is
    weak = rule.broad or rule.priority < 0 or rule.cues_after is None
    og = (_OF_GROUP.match(ctx.sent, pos, hi) if ctx.ucls == "count" and weak
          and "." not in ctx.sent[ctx.fs:ctx.fe] or pos > ctx.fe else None)  # (not "version 1.0 of the browser")
    if og is not None and (og.group("of") or og.group("n")) and (og.group("of") or ctx.sent[ctx.fe:pos].lstrip()[:2].lower() == "of"):
        pos = og.end()  # "five of the eight jurors", "two of her friends", "40% of the 2,000 staff": the noun
    if ctx.sent[ctx.fs:ctx.fe].lower().startswith("multi"):
        return None  # "multi-million sellers", "a multimillion deal": an adjective, no count of sellers
    words = []
    start = end = None
    owned = 0  # words up to and with the last owner's possessive ("Austin's")
    for m in _NP_WORD.finditer(ctx.sent, pos, hi):
        gap = ctx.sent[(end if end is not None else pos):m.start()]
        bare = gap.strip(" \"“”'‘’")
        if bare not in ("", "-"):
            break  # punctuation or another figure ends the phrase
        if bare == "-":
            if words and gap != "-":
                break  # a dash, not a hyphen: "two airlines - US Airways and Comair"
            if not words and end is None and gap == "-" and m.group().lower() not in _AFTER_HYPHEN:
                return None  # the figure is part of a compound that qualifies the noun: "two-bit
                # Conservatives", "five-star hotels" count no bits, no stars, no hotels ("200-odd people" do)
        w = m.group()
        # "two airlines- US Airways": a dash glued to a word ends the phrase after it
        dash = w.endswith("-") and ctx.sent[m.end():m.end() + 1].isspace()
        if w.endswith(".") and not regex.fullmatch(r"(?:\p{L}\.)+", w):
            w = w[:-1]  # a full stop, not an abbreviation
        low = w.lower()
        if not words and low in ("more", "fewer", "less", "other", "additional", "extra", "new"):
            end = m.end()
            continue  # "10,000 more prisoners" counts prisoners
        if low in _NP_STOP and not (w.isupper() and len(w) > 1):
            break  # ("US" is a country, not "us")
        if (low in _PAST_FORMS or low in _PRESENT_FORMS) and (not words or words[-1][:1].islower() and (
                _lemma(words[-1]) != words[-1].lower() or words[-1] in ("men", "women", "people", "children")
                or low in _PAST_FORMS) or low in _PAST_FORMS and words[-1][-1:] == "s" and words[-1][:-1].isupper()):
            break  # a verb of its own clause: "five of the eight men held", "35 of the companies sued", "100,000
            # MDAs sold"; a past form after a singular starts a reduced clause: "a floral flag made of larkspur"
        if words and (low.endswith("ed") and len(low) > 4 or low.endswith("ing") and len(low) > 5):
            # a participle ends the phrase ("jobs created"), unless a noun
            # follows it ("incarcerated population"); after a plural it is a
            # verb of its own clause ("two games defending champions France")
            nxt = _NP_WORD.match(ctx.sent, m.end() + 1) if m.end() < hi else None
            if nxt is None or nxt.group().lower() in _NP_STOP or ctx.sent[m.end():m.end() + 1] != " ":
                break
            if nxt.group()[:1].isupper() and low[:1].islower():
                break  # a verb and its object, a name: "8 critics tipped Scorsese"
            if words[-1][:1].islower() and _lemma(words[-1]) != words[-1].lower():
                break  # ("nine of our 11 businesses delivered growth")
        if not words and (low in _NP_SKIP or low in _NP_SKIP_PCT and (
                ctx.ucls == "percent" or ctx.sent[max(0, (end if end is not None else pos) - 11):m.start()].lower().strip().endswith("percentage"))):
            end = m.end()
            continue
        if (low[-1:] == "s" and words and words[-1][:1].islower() and _lemma(words[-1]) == words[-1].lower()
                and _lemma(low) in _VERBS_S):
            break  # a verb after a singular noun: "25% of the web station's traffic comes from there"
        past = len(words) - owned >= max(1, rule.window)
        if past and (rule.window < 3 or dash or not w[:1].islower() or _lemma(low) == low or _lemma(low) in _VERBS_S
                     or any(x.lower() in _NP_SKIP for x in words[owned:])):  # ("sells five million copies")
            break  # past a full window of three, one plural head more: "75 percent of the air traffic
            # control towers", "25 percent of Austin's public school buildings" (an owner is not counted)
        words.append(w.rstrip("-") if dash else w)
        start = m.start() if start is None else start
        end = m.end() - 1 if dash else m.end()
        if w[-2:] in _POSSESSIVE_ENDS and w.lower() not in _CLASSIFYING_OWNERS and not dash:
            owned = len(words)  # an owner is the subject, not part of the noun: the window counts the
            # words after it
        if dash or past:
            break
    key = _noun_key(" ".join(words), lex)
    if key is None and words and (words[0] in lex.canonical or words[0].lower() in lex.groups):
        key = "people"  # "4.7 million Americans": people, of the United States
    return (key, start, end) if key else None


_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
#: possessives that name a kind, not an owner ("women's refuges", "children's centres")
_CLASSIFYING_OWNERS = frozenset(("women's", "men's", "children's", "girls'", "boys'",
                                 "women’s", "men’s", "children’s", "girls’", "boys’"))


def _noun_key(phrase: Optional[str], lex: _Lexicon) -> Optional[str]:
    """'family farms' -> 'family_farm'; None for stop words or names only."""
    if not phrase:
        return None
    words = []
    for w in _NP_WORD.findall(phrase):
        w = w.rstrip("-")  # "COVID-19 mortality": the letters of "COVID-"
        if not w:
            continue
        if w.lower() in _NP_STOP and not (w.isupper() and len(w) > 1):
            if words:
                break  # "funding for veterans" -> funding
            continue  # "by firearm" -> firearm
        words.append(w)
    # an owner is the subject, not the metric: "the world's population", "Yukos' oil output"
    # (a possessive that classifies keeps its place: "women's football teams")
    for i in range(len(words) - 2, -1, -1):
        if words[i][-2:] in _POSSESSIVE_ENDS and words[i].lower() not in _CLASSIFYING_OWNERS:
            words = words[i + 1:]
            break
    # entity words (US, Ohio) are the subject, not the metric; a name of two or three words too
    # ("United Kingdom population")
    if len(words) > 1 and words[0][:1].isupper():
        for n in (3, 2):
            if len(words) > n and " ".join(words[:n]) in lex.canonical:
                words = words[n:]
                break
    kept = [w for w in words if w not in lex.canonical and regex.sub(r"['’]s?$", "", w) not in lex.canonical]
    if not kept or (len(kept[-1]) < 3 and not kept[-1].isupper()):
        return None
    return "_".join([w.lower() for w in kept[:-1]] + [_lemma(kept[-1])])


def _rule_nouns(rule: Rule, lex: _Lexicon) -> dict:
    """{alias lower-cased: canonical} of the mapped word lists this rule's cues
    or patterns use (``@name`` is compiled as the list's alternation)."""
    got = lex.rule_nouns.get(id(rule)) if lex.rule_nouns is not None else None
    if got is not None and got[0] is rule:
        return got[1]
    out = _mapped_aliases(lex, (rule.cues_after,) + tuple(rule.patterns))
    if lex.rule_nouns is not None:
        lex.rule_nouns[id(rule)] = (rule, out)
    return out


def _mapped_aliases(lex: _Lexicon, patterns) -> dict:
    """{alias lower-cased: canonical} of the mapped word lists that the given
    compiled patterns (None skipped) use: ``@name`` is compiled as the list's
    alternation, found in the pattern's source."""
    out: dict = {}
    srcs = [getattr(rx, "src", None) or rx.pattern for rx in patterns if rx is not None]
    for alternation, canon in lex.noun_lists:
        if any(alternation in src for src in srcs):
            for a, c in canon.items():
                out.setdefault(a, c)
    return out


def _listed_noun(rule: Rule, lex: _Lexicon, phrase: str, a: int, b: int) -> str:
    """The phrase with the listed word at phrase[a:b] in its list's canonical
    form ("two kids" -> children when the list says ``kids => children``): a
    newsroom maps synonyms in data, not in the engine."""
    canon = _rule_nouns(rule, lex)
    if not canon:
        return phrase
    word = phrase[a:b].rstrip(".")
    c = canon.get(word.lower())
    if c is None or c.lower() == word.lower():
        return phrase
    return phrase[:a] + c + phrase[a + len(word):]


def _typed_noun(rule: Rule, ctx: _Ctx, lex: _Lexicon, *, need_cue: bool = True):
    """_head_noun, and for a rule with cues_after only the nouns it names
    (unless not need_cue: a figure in a list takes the rule of the one
    before it), in their list's canonical form."""
    noun = _head_noun(rule, ctx, lex)
    if noun is None or rule.cues_after is None:
        return noun
    if rule.broad_words:  # a broad rule: its cue '(?:@list)\.?$', as a set lookup, even in a list
        if not _listed_tail(ctx.sent, noun[1], noun[2], rule.broad_words):
            noun = _trim_to_listed(ctx.sent, noun[1], noun[2], rule.broad_words, lex)
            if noun is None:
                return None
        last = _NP_WORD.findall(ctx.sent, noun[1], noun[2])[-1].rstrip(".")
        if _lemma(last) != noun[0].rsplit("_", 1)[-1] and noun[0] != "people":
            return None  # the listed word is a name the metric leaves out ("two-bit Conservatives")
        if noun[0] in _PERSONS and rule.metric == "people.{noun}":
            return "count", noun[1], noun[2]  # "20 million people": people.count, as PPL131/PPL132 name it
        return noun
    cm = _search(rule.cues_after, ctx.sent, noun[1], noun[2])
    if cm is None:
        return None if need_cue else noun
    phrase = ctx.sent[noun[1]:noun[2]]
    listed = _listed_noun(rule, lex, phrase, cm.start() - noun[1], cm.end() - noun[1])
    if listed != phrase:
        key = _noun_key(listed, lex)
        if key:
            return key, noun[1], noun[2]
    return noun


#: a count of persons with no other noun: people.count, the metric the hand-written rules give
#: "4.7 million Kenyans" and "23 million people in Lagos"
_PERSONS = frozenset(("people", "person", "individual", "inhabitant"))
_WORD_CHAR = compile_cached(r"\w", regex.VERSION1)


def _trim_to_listed(sent: str, a: int, b: int, words: frozenset, lex: _Lexicon):
    """(key, a, end) of sent[a:b] cut after its last plural when that plural
    ends a listed form and words follow it: a plural ends an English noun
    phrase, so what follows is a verb or another phrase ("10% of all phones
    sold", "26% of wi-fi networks found London used"); None otherwise."""
    ws = list(_NP_WORD.finditer(sent, a, b))
    for m in reversed(ws[:-1]):
        w = m.group().rstrip(".")
        if w[:1].isupper() or _lemma(w) == w.lower():
            continue  # no lower-case plural
        nxt = ws[ws.index(m) + 1].group().rstrip(".")
        if nxt[-1:] == "s" and _lemma(nxt) != nxt.lower():
            return None  # a plural after a plural is the compound's head: "two cosmetics labels"
        if _listed_tail(sent, a, m.start() + len(w), words):
            key = _noun_key(sent[a:m.start() + len(w)], lex)
            return (key, a, m.start() + len(w)) if key else None
        return None
    return None


def _listed_tail(sent: str, a: int, b: int, words: frozenset) -> bool:
    r"""Does sent[a:b] end with a word of ``words`` (lower case), after an
    optional full stop, that starts after a non-word character?  What the
    cue ``(?:@list)\.?$`` of a broad rule finds, without searching a list of
    thousands of words."""
    if sent.endswith(".", a, b):
        b -= 1
    for p in range(b - 1, a - 1, -1):
        if p > 0 and _WORD_CHAR.match(sent, p - 1):
            continue
        if sent[p:b].lower() in words:
            return True
    return False


def _listed_match(m, words: frozenset):
    """A broad pattern's match whose (?P<noun>) group ends with a listed form,
    or the next match that starts after it (a pattern that ends at its figure:
    the form nearest before the figure, "has been held in custody for 3
    years" is held, not been); None when no match's noun is listed."""
    for _ in range(12):
        if m is None or _listed_tail(m.string, m.start("noun"), m.end("noun"), words):
            return m
        m = _search(m.re, m.string, m.start() + 1, m.endpos)  # (with the time limit every search has)
    return None


def _rules_for(by_class: dict, rules: list, ucls: str) -> list:
    """The rules whose ``units`` admit a unit class (order kept): most rules
    take one or two classes, so most are never looked at for a figure."""
    got = by_class.get(ucls)
    if got is None:
        got = by_class[ucls] = [r for r in rules if "any" in r.units or ucls in r.units]
    return got


def _broad_listed(rule: Rule, m):
    """A broad pattern's match, when its noun ends with a word of its list (a
    pattern of mapped forms, verbs, may take a later match whose noun does)."""
    if m is None or not rule.broad_words:
        return m
    return _listed_match(m, rule.broad_words) if rule.broad_canon else \
        m if _listed_tail(m.string, m.start("noun"), m.end("noun"), rule.broad_words) else None


def _best_rule(rules: Sequence[Rule], ctx: _Ctx, lex: _Lexicon) -> Optional[_Hit]:
    best: Optional[_Hit] = None
    view = _see_through(ctx) or ctx  # cues and patterns read through "(rate of)"
    for rule in rules:
        if rule.kind == "date_event" or not _applies(rule, ctx):
            continue
        if rule.kind == "head_noun":
            fallback = rule.priority < 0 or rule.cues_after is None
            tier = _FALLBACK if fallback else _BROAD if rule.broad else 0
            if tier and best is not None and best.score[0] < tier:
                continue  # a fallback: any other rule wins; a broad rule: any named rule
            noun = _typed_noun(rule, view, lex)
            if noun is None:
                continue
            hit = _Hit(rule, (tier, -rule.priority, 0), _span_back(view, noun[1], noun[2]))
            hit.metric = rule.metric.replace("{noun}", noun[0])
            if best is None or hit.score < best.score:
                best = hit
            continue
        if rule.kind == "pattern":
            if rule.broad and best is not None and best.score[0] < _BROAD:
                continue  # a broad rule: any named rule wins
            pview = view
            m, unmask = _pattern_match(rule, view)
            m = _broad_listed(rule, m)
            if m is None and _level_view(view) is not None:
                # "contracted by an average of 3.6%": read through the level word
                pview = view.lv
                m, unmask = _pattern_match(rule, pview)
                m = _broad_listed(rule, m)
            if m is None:
                continue
            hit = _Hit(rule, (_BROAD if rule.broad else _base(rule, -1), -rule.priority, 0), (m.start(), m.end()))
            for grp in ("subject", "subject2"):
                if grp in rule.patterns[0].groupindex or any(grp in rx.groupindex for rx in rule.patterns):
                    try:
                        txt = m.group(grp)
                    except (IndexError, regex.error):
                        txt = None
                    if txt:
                        setattr(hit, grp, _canon(txt, lex))
            hit.cue = _span_back(pview, unmask(m.start()), unmask(m.end()))
            if "{noun}" in rule.metric and rule.broad_canon:
                txt = m.group("noun").rstrip(".").lower()
                hit.metric = rule.metric.replace("{noun}", rule.broad_canon[txt[txt.rfind(" ") + 1:]]
                                                 if txt not in rule.broad_canon else rule.broad_canon[txt])
            elif "{noun}" in rule.metric:
                txt = m.group("noun") if "noun" in m.re.groupindex else None
                if txt:
                    last = regex.search(r"[\w’'-]+\.?$", txt)
                    txt = _listed_noun(rule, lex, txt, 0, len(txt)) if txt.lower() in _rule_nouns(rule, lex) \
                        else _listed_noun(rule, lex, txt, last.start(), last.end()) if last else txt
                noun = _noun_key(txt, lex)
                if noun is None:
                    continue
                hit.metric = rule.metric.replace("{noun}", noun)
        else:
            found = _cue_distance(rule, view)
            if found is None:
                continue
            hit = _Hit(rule, (_base(rule, found[0]), -rule.priority, found[3]),
                       _span_back(view, found[1], found[2]))
        if best is None or hit.score < best.score:
            best = hit
    return best


# --------------------------------------------------------------------------
# subject and second party


def _canon(txt: str, lex: _Lexicon) -> str:
    t = txt.strip()
    for cand in (t, regex.sub(r"['’]s?$", "", t), regex.sub(r"^(?:the|The)\s+", "", t)):
        if cand in lex.canonical:
            return lex.canonical[cand]
    return t


_PREP = compile_cached(r"(?i)\b(?:to|on|from|against|into|in|with|at|by|for|over|near|than)\b")
_POSS = compile_cached(r"^(?:['’]s?|['’])(?!\w)")


_DOLLAR_AFTER = compile_cached(r"\$\s?\d")  # a name glued to a dollar sign is its currency: "US$5bn", "HK$3bn"


#: the first word of a place's name that the gazetteer does not hold: the name
#: after it is part of it ("New Providence island" is not Providence)
_PLACE_PART = compile_cached(r"(?<![\p{L}’'.-])(?:New|Fort|Port|Mount|Lake|Cape|San|Santa|Saint|St\.?) $", regex.VERSION1)


_ACCORD_AFTER = compile_cached(r"(?i)(?:\s+[\p{Ll}-]+)?\s+(?:agreements?|accords?|deals?|treat(?:y|ies)|protocols?|"
                               r"conventions?|summits?|conferences?|talks|declarations?|process|round|"
                               r"consensus|principles|rules|targets?|goals?)(?![\p{L}])", regex.VERSION1)


#: an article before a demonym that stands for one person ("an Israeli who")
_PERSON_BEFORE = compile_cached(r"(?<![\p{L}])(?:an?|one)\s+$", regex.VERSION1)
_THE_PERSON = compile_cached(r"(?<![\p{L}])(?:the|The)\s+$", regex.VERSION1)
#: a demonym that is also one person's noun ("the American", "the Israeli"; not "the British", "the Chinese")
_PERSON_DEMONYM = compile_cached(r"(?:an|i)$")
#: a place that says where a firm is: "US-based", "UK-listed" (not "Albanian-born teenagers": theirs)
_BASED_AFTER = compile_cached(r"-(?:based|registered|headquartered|listed)(?![\p{L}])", regex.VERSION1)
_BORN_NAME = compile_cached(r"-born\s+\p{Lu}", regex.VERSION1)
#: capitals after a country that describe, not name ("US TV networks", "UK PC sales"): no firm's name
_GENERIC_CAPS = frozenset("TV DVD DVDs PC PCs CD CDs IT GDP MP MPs CEO CEOs HIV AIDS SUV SUVs".split())
_NEXT_TOKEN = compile_cached(r"\s*(?:(\p{Ll}+)|[,.;:!?)\"”]|$)", regex.VERSION1)
#: capitalised words after a city: a name of its own ("Berlin Film Festival", "London Marathon")
_CITY_NAME_AFTER = compile_cached(r"((?:\s+\p{Lu}\p{Ll}+){1,3})(?![\p{L}’'-])", regex.VERSION1)


@functools.lru_cache(maxsize=1024)
def _titled(sent: str) -> bool:
    """The sentence is a headline in title case (every word capitalised)."""
    words = _TITLE_WORDS.findall(sent)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.8 * len(words)


def _one_of_a_people(sent: str, a: int, b: int) -> bool:
    """A demonym at [a, b) used as a noun for one person ("The American spent
    three days", "the Israeli said"): not the country (not "the American
    economy", nor "the British are")."""
    if _THE_PERSON.search(sent, max(0, a - 5), a) is None or _PERSON_DEMONYM.search(sent, a, b) is None:
        return False
    nxt = _NEXT_TOKEN.match(sent, b)
    if nxt is None:
        return False
    w = nxt.group(1)
    if w is None or w in _AGE_AUX or w in _SPEECH:
        return True
    if _PAST.fullmatch(w) is None:
        return False
    # "spent three days", "died in": a verb; "armed forces", "backed rebels": an adjective
    after = _NEXT_TOKEN.match(sent, nxt.end())
    return after is None or after.group(1) is None or after.group(1) in _NP_STOP or after.group(1) in _NUMBER_WORDS \
        or _DIGIT_NEXT.match(sent, nxt.end()) is not None


_DIGIT_NEXT = compile_cached(r"\s+[\d$£€]")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                          "hundred hundreds thousands millions nearly almost about around over".split())


def _entities(ctx: _Ctx, lex: _Lexicon):
    out = []
    taken = 0  # the end of a name joined to the one after it ("California Senate")
    for m in _finditer(lex.entity_rx, ctx.sent):
        a, b, name = m.start(), m.end(), lex.canonical[m.group()]
        if a < taken or ctx.fig.kind == "money" and a >= ctx.fs and b <= ctx.fe or _DOLLAR_AFTER.match(ctx.sent, b):
            continue  # (a currency, "US$5bn", "US$100,000 (£52,590)", names no party to the figure)
        if name != m.group() and name in lex.countries and m.group() not in lex.nations and _ACCORD_AFTER.match(ctx.sent, b):
            continue  # "the Paris climate deal", "the Kyoto Protocol": an accord named after a city, not its country
        if _PLACE_PART.search(ctx.sent, max(0, a - 7), a):
            continue  # "New Providence", "Fort Worth", "Lake Michigan": another place's name
        if _BORN_NAME.match(ctx.sent, b) is not None:
            continue  # "New York-born Aguilera": the person named after it
        if (based := _BASED_AFTER.match(ctx.sent, b)) is not None:
            # "the US-based company", "a UK-listed firm": where the firm is, not whose figure (the
            # firm's own name after it is: "Irish-based property firm Quinlan Private")
            fa = _FIRM_AFTER.match(ctx.sent, based.end())
            own = next((c for c in _lex_names(ctx.sent, lex)
                        if c[0] == fa.end() + 1 and ctx.sent[fa.end()] == " " and c[2] not in lex.nations
                        and not (" " not in c[2] and c[2].lower() in lex.common)), None) if fa is not None else None
            if own is not None and own[1] <= ctx.fs:  # (not "BP spent $7.5bn to create Russian-registered TNK-BP")
                out.append((own[0], own[1], _canon(own[2], lex)))
            continue
        if m.group() != name and m.group() in lex.nations and _one_of_a_people(ctx.sent, a, b):
            continue  # "The American spent three days", "the Russian said": a person, not his country
        if m.group() in lex.nations and m.group() != name and _PERSON_BEFORE.search(ctx.sent, max(0, a - 5), a):
            nxt = _NEXT_TOKEN.match(ctx.sent, b)
            if nxt is None or nxt.group(1) is None or nxt.group(1) in _NP_STOP or nxt.group(1) in _AGE_AUX \
                    or _PAST.fullmatch(nxt.group(1)):
                continue  # "handing back an Israeli who has served eight years": a person, not his country
        if name != m.group() and name in lex.countries and m.group() not in lex.nations and not _titled(ctx.sent):
            own = _CITY_NAME_AFTER.match(ctx.sent, b)
            if own is not None and not any(w in _TITLES or w in _NOT_PROPER or w in _MONTHS_DAYS or w in lex.canonical
                                           or w in lex.state_words for w in own.group(1).split()):
                b, name = own.end(), ctx.sent[a:own.end()]  # "the 2004 Berlin Film Festival": not Germany
                out.append((a, b, name))
                continue
        if lex.persons and m.group() in lex.persons:
            other = _other_person(ctx.sent, a, b, m.group(), lex)
            if other is not None:  # "Sara Duterte-Carpio", "Pierre Trudeau": not the leader
                out.append(other)
                continue
        if m.group() in lex.nations and _tongue_or_coin(ctx.sent, a, b, m.group()):
            continue  # "86.7bn Swiss francs", "a poem in English": a currency or a language names no one
        if m.group() in lex.nations and _CHART_AFTER.match(ctx.sent, b):
            continue  # "earned $13.5m at the US box office", "top the UK singles chart": a market, not a party
        if (m.group() == name or m.group().isupper()) and m.group() in lex.nations and _ends_a_name(ctx.sent, a, lex):
            continue  # "told BBC Wales", "flag carrier Air India", "AOL UK": a name ends with the country
        if m.group() in lex.nations and m.group() != name and _role_named(ctx.sent, b, lex):
            # "Australian athlete Jana Pittman ran 53.4 seconds": the person's own figure (not
            # "England coach Andy Robinson": a country's own name there is its team)
            continue
        body = None if name in lex.countries or m.group() in lex.nations else _BODY_AFTER.match(ctx.sent, b)
        if body is not None and lex.entity_rx.fullmatch(body.group(1)) is None or body is not None \
                and body.group(1) in lex.canonical:
            # "The California Senate voted 28-8": the state's own chamber, not the Senate
            b = taken = body.end()
            name = m.group() + " " + regex.sub(r"^State\s+", "", body.group(1))
            out.append((a, b, name))
            continue
        member = _MEMBER_AFTER.match(ctx.sent, b) if m.group() in lex.nations else None
        if member is not None:
            # "U.S. Rep. Connie Mack", "US Senator Bernie Sanders": one member of a legislature
            # acts as himself, not as his country
            out.append((member.start(1), member.end(1), _canon(member.group(1), lex)))
            taken = member.end()
            continue
        if m.group() in lex.nations and lex.state_words:
            games = _GAMES_AFTER.match(ctx.sent, b)
            if games is not None:  # "won gold in Asian games": an event, not Asia
                out.append((a, games.end(), m.group() + " " + games.group(1).title()))
                continue
            # (a headline in title case capitalises every word)
            n = None if _titled(ctx.sent) or _inside_name(ctx.sent, a) else _NAME_AFTER.match(ctx.sent, b)
            if n is not None and n.group(1) not in lex.state_words and n.group(1) not in _GENERIC_CAPS \
                    and lex.entity_rx.match(ctx.sent, n.start(1)) is None:
                b, name = n.end(), ctx.sent[a:n.end()]  # "British Airways", "France Telecom"
            elif (fa := _FIRM_AFTER.match(ctx.sent, b)) is not None and ctx.sent[fa.end():fa.end() + 1] == " " \
                    and (own := next((c for c in _lex_names(ctx.sent, lex)
                                      if c[0] == fa.end() + 1 and c[2] not in lex.nations
                                      and not (" " not in c[2] and c[2].lower() in lex.common)), None)) is not None:
                a, b, name = own[0], own[1], _canon(own[2], lex)  # "US phone company SBC": the firm
            elif _firm_adjective(ctx.sent, a, b):
                # "The German carmaker", "a new Indian budget airline": a company, not its country
                after = _FIRM_AFTER.match(ctx.sent, b).end()
                own = next((c for c in _lex_names(ctx.sent, lex)
                            if c[0] == after + 1 and ctx.sent[after] == " "
                            and not (" " not in c[2] and c[2].lower() in lex.common)), None)
                if own is not None:  # "the Jordanian investment bank Export & Finance Bank"
                    a, b, name = own[0], own[1], _canon(own[2], lex)
                else:
                    firm = _firm_named_before(ctx, lex, a) if ctx.sent[max(0, a - 4):a].lower() == "the " else None
                    if firm is None:
                        continue
                    name = firm
        out.append((a, b, name))
    return out


#: a currency after a country or demonym: the figure's unit, not its subject
_CURRENCY_AFTER = compile_cached(r"\s+(?:francs?|dollars?|yen|yuan|renminbi|rupees?|roubles?|rubles?|rand|pesos?|"
                                 r"reais|real|naira|shillings?|cedis?|kronor|krona|kroner|krone|dinars?|dirhams?|"
                                 r"riyals?|rials?|shekels?|lira|liras|pounds?\s+sterling|ringgit|baht|rupiah|"
                                 r"zlotys?|forints?|kwacha)(?![\p{L}])", regex.VERSION1)
#: what comes before a currency that is a figure's unit ("86.7bn Swiss francs") or
#: the other side of an exchange rate ("43.3 per US dollar", "against the Japanese
#: yen"); a currency that moves ("The Thai baht lost 0.3%") keeps its country
_CURRENCY_LEAD = compile_cached(r"(?:\d(?:\s*(?:bn|m|k|billion|million|trillion|thousand|crore|lakh))?|"
                                r"(?<![\p{L}])(?:against|per|to|into|versus|vs\.?|than|in)\s+(?:the\s+)?)\s*$",
                                regex.VERSION1)
#: demonyms that are also the name of a language
_LANGUAGES = frozenset("""English French Spanish German Chinese Mandarin Cantonese Arabic Russian Japanese
Portuguese Italian Dutch Greek Turkish Korean Polish Swedish Danish Norwegian Finnish Czech Hungarian
Romanian Ukrainian Vietnamese Thai Indonesian Malay Persian Hebrew Welsh Irish Hindi Urdu Bengali
Tamil Filipino""".split())
#: a language, not a people: "English-language versions", "English-speaking",
#: "in English", "translated into French."
_LANGUAGE_AFTER = compile_cached(r"(?i)(?:-|\s+)(?:language|speaking|speakers?|speech|translation|subtitles?|"
                                 r"dubbed|dub|lessons?|classes|course|teachers?|words?|grammar|proficiency|"
                                 r"fluency|literature\s+degree|version)s?(?![\p{L}])", regex.VERSION1)
_LANGUAGE_BEFORE = compile_cached(r"(?i)(?<![\p{L}])(?:in|into|from|speak|speaks|spoke|spoken|speaking|"
                                  r"translated|fluent|learn|learning|learnt|learned|teach|teaches|taught|"
                                  r"written|subtitled|dubbed|sings?|sang|sung)\s+(?:in\s+)?(?:plain\s+|broken\s+"
                                  r"|fluent\s+|simple\s+)?$", regex.VERSION1)
_LANGUAGE_END = compile_cached(r"\s*(?:[.,;:!?)\"”’'—–]|$|\s(?:and|or|but|as|with|to|for|on|at|by|from|in|of|since|during|last|this|"
                               r"instead|rather|only|too|well)\b)", regex.VERSION1)
#: a legislator's title and name after a country ("U.S. Rep. Connie Mack")
_MEMBER_AFTER = compile_cached(r"\s+(?:Rep\.?|Sen\.?|Representative|Senator|Congressman|Congresswoman|MP|MEP)\s+"
                               r"((?:\p{Lu}[\p{Ll}’']+(?:-\p{Lu}?[\p{Ll}’']+)*|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}’']+(?:-\p{Lu}?[\p{Ll}’']+)*|"
                               r"\p{Lu}\.)){1,2})"
                               r"(?!['’\p{L}])", regex.VERSION1)
#: a sports event after a demonym ("Asian games", "Commonwealth Games")
_GAMES_AFTER = compile_cached(r" (games|olympics|cup|championships?)(?![\p{L}])", regex.IGNORECASE)
#: a legislature or court after a US state or place: its own ("California Senate",
#: "Texas House of Representatives", "Ohio Supreme Court")
_BODY_AFTER = compile_cached(r"\s+((?:State\s+)?(?:Senate|House(?:\s+of\s+(?:Representatives|Delegates|Commons))?|"
                             r"General\s+Assembly|Assembly|Legislature|Supreme\s+Court|Court\s+of\s+Appeals?|"
                             r"Appeals\s+Court|High\s+Court|City\s+Council|County\s+Council|Parliament))(?![\p{L}])",
                             regex.VERSION1)
#: a demonym before a person's calling and name ("Australian athlete Jana
#: Pittman", "Irish racehorse owner JP McManus", "US singer Britney Spears"):
#: the nationality describes the person, whose figure it is.  Offices are left
#: out ("French President Jacques Chirac said 3 million were out of work": a
#: leader speaks for the country)
_ROLE_NAME = compile_cached(
    r"(?:\s+[\p{Ll}-]+){0,2}?\s+(?:athlete|runner|sprinter|hurdler|jumper|swimmer|cyclist|rider|jockey|trainer|"
    r"driver|boxer|golfer|player|striker|midfielder|defender|goalkeeper|keeper|winger|forward|batsman|bowler|"
    r"captain|skipper|coach|manager|star|champion|club|side|team|band|singer|actor|actress|rapper|musician|comedian|presenter|"
    r"director|film-?maker|producer|writer|author|novelist|artist|designer|model|dancer|owner|businessman|"
    r"businesswoman|tycoon|billionaire|entrepreneur|financier|magnate|scientist|teenager|youngster|veteran)s?"
    r"\s+(?=\p{Lu}\p{L}*(?:\s+\p{Lu}|[-’'.]))", regex.VERSION1)


#: a country's box office or record chart: where a film or a song is counted
_CHART_AFTER = compile_cached(r"(?i)\s+(?:box[- ]office|(?:(?:singles?|albums?|pop|music|download|Billboard|"
                              r"box[- ]office)\s+)?charts?)(?![\p{L}-])", regex.VERSION1)


def _ends_a_name(sent: str, a: int, lex) -> bool:
    """A capitalised word, inside the sentence, right before a country's own
    name ("told BBC Wales", "the flag carrier Air India", "Media Lab Europe"):
    the country ends an organisation's name.  Not the sentence's first word
    ("Although China"), an owner ("Inbev's European"), a title or a name the
    gazetteer holds."""
    m = _WORD_BEFORE.search(sent, max(0, a - 30), a)
    if m is None:
        return False
    w = m.group(1)
    if sent[m.start(1) - 1:m.start(1)] in ("-", "’", "'", "&") or regex.fullmatch(r"[\W_]*", sent[:m.start(1)]) or regex.search(r"[.!?:;\"“(]\s*$", sent[:m.start(1)]):
        return False
    return w not in _NOT_PROPER and w not in _TITLES and w not in _MONTHS_DAYS and w not in _TITLE_PREFIX \
        and w.lower() not in _NP_STOP and w not in lex.canonical and not w.endswith(".") and "-" not in w \
        and w not in _REGION_WORDS and w not in lex.nations


#: words that make a region of a country or continent ("Western Europe", "rural America")
_REGION_WORDS = frozenset("""North South East West Northern Southern Eastern Western Central Middle Upper Lower
Greater Mainland Continental Old New Modern Ancient Rural Urban Inner Outer Coastal Atlantic Pacific Arctic""".split())


def _role_named(sent: str, b: int, lex) -> bool:
    m = _ROLE_NAME.match(sent, b)
    return m is not None and lex.entity_rx.match(sent, m.end()) is None


def _tongue_or_coin(sent: str, a: int, b: int, word: str) -> bool:
    """The demonym or country at sent[a:b] names a currency ("86.7bn Swiss
    francs") or a language ("in English", "English-language versions"),
    not a party to the figure."""
    return _CURRENCY_AFTER.match(sent, b) is not None and _CURRENCY_LEAD.search(sent, max(0, a - 30), a) is not None \
        or word in _LANGUAGES and (
        _LANGUAGE_AFTER.match(sent, b) is not None
        or _LANGUAGE_BEFORE.search(sent, max(0, a - 30), a) is not None and _LANGUAGE_END.match(sent, b) is not None)


#: a capitalised word right before a leader's surname, which may be a given name
_GIVEN_BEFORE = compile_cached(r"(?<![\p{L}’'.&-])(\p{Lu}\p{Ll}+) $", regex.VERSION1)
_DOUBLE_BARREL = compile_cached(r"-\p{Lu}\p{Ll}+", regex.VERSION1)


def _fold(s: str) -> str:
    """Without accents: "Sébastien" is "Sebastien"."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _other_person(sent: str, a: int, b: int, raw: str, lex: _Lexicon) -> Optional[tuple]:
    """(start, end, name) of another person who shares a leader's surname:
    a given name that is none of the leader's before it ("Sara Duterte-Carpio",
    "Pierre Trudeau", "Eduardo Bolsonaro"); None for the leader himself
    ("President Trump", "Narendra Modi", "Recep Tayyip Erdogan")."""
    if " " in raw:
        return None
    m = _GIVEN_BEFORE.search(sent, max(0, a - 30), a)
    if m is None:
        return None
    g = m.group(1)
    if g in _TITLES or g in _NOT_PROPER or g in _MONTHS_DAYS or g in _TITLE_PREFIX or g in _ADJ_NAMES \
            or g in _WEATHER or g.lower() in _NP_STOP or g in lex.canonical or g in lex.nations \
            or (g.lower() in lex.common or _title_case(sent)) and g not in lex.given:
        return None
    if _fold(g) in _fold(lex.persons[raw]).split() or f"{g} {raw}" in lex.persons:
        return None  # the leader's own given name, or a listed spelling of it
    h = _DOUBLE_BARREL.match(sent, b)
    end = h.end() if h is not None else b
    return (m.start(1), end, sent[m.start(1):end])


#: what a leader's name qualifies when it stands for the state even in a
#: personal metric ("a video of the Trump administration's briefing")
_STATE_AFTER = compile_cached(r"(?i)(?:['’]s?)?\s+(?:administration|government|regime|cabinet|presidency|era|"
                              r"years|white\s+house|campaign\s+to|policy|policies|forces|troops|army|military|"
                              r"soldiers|men|killed|dead|wounded|war|invasion)\b")


@functools.lru_cache(maxsize=1024)
def _personal_metric(metric: str, metrics: frozenset) -> bool:
    return metric in metrics or metric.split(".", 1)[0] + ".*" in metrics


#: "-old" after an age: "17-year-old", "ten-year-old", "a 30 year-old"
_YEAR_OLD = r"(?:-|\s*-?\s*year-)old"
#: the name an age is written before: "the 17-year-old Murray", "Ten-year-old Dakota
#: Fanning will play", "27-year-old Almunia has made" (up to three capitalised words)
_AGE_NAME = compile_cached(_YEAR_OLD + r"\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}.-]*"
                           r"(?:['’]\p{L}[\p{L}-]+)?)(['’]s)?", regex.VERSION1)
#: a calling, and a person's full name after it ("22-year-old Liverpool student David Dunne")
_AGE_ROLE_NAME = compile_cached(_YEAR_OLD + r"\s+(?:\p{Lu}[\p{L}’'-]*\s+)?((?:[\p{Ll}-]+\s+){1,2})"
                                r"(\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]+){1,2})(?![\p{L}’'])", regex.VERSION1)
#: an age before a nationality ("The 32-year-old Spaniard came through"): someone named before
_AGE_PEOPLE = compile_cached(_YEAR_OLD + r"\s+(?:Scot|Spaniard|Swede|Briton|Brit|Dane|Finn|Pole|Frenchman|"
                             r"Dutchman|Welshman|Englishman|Irishman|Scotsman|Frenchwoman|Aussie|Kiwi|American|"
                             r"Australian|Argentine|Argentinian|Brazilian|Italian|German|Russian|Croat|Serb|Swiss|"
                             r"Belgian|Austrian|Czech|Slovak|Canadian|Kenyan|Ethiopian|Moroccan|Portuguese)"
                             r"(?![\p{L}])(?!\s+\p{Lu})", regex.VERSION1)
#: an owner right before an age ("Mrs Quinn's two-year-old son"): the age is of someone of his
_AGE_OWNED = compile_cached(r"\p{L}(?:['’]s|s['’])\s+$", regex.VERSION1)
_AGE_NAME_END = compile_cached(r"\s*(?:[.,;:!?)\"”’]|$)|\s+(\p{Ll}+)", regex.VERSION1)


def _age_owner(ctx: _Ctx, lex: _Lexicon) -> Optional[str]:
    """The person an age is written before ("the 17-year-old Murray looks the
    best bet": Murray, not Henman named earlier), when the capitalised words
    after "N-year-old" are a name and not a modifier of a noun ("the
    35-year-old Cobh runner", "the 34-year-old Dutch midfielder"): what
    follows them is punctuation, a possessive, or a word that is no noun (a
    verb, an auxiliary, a preposition)."""
    m = _AGE_NAME.match(ctx.sent, ctx.fe)
    r = _AGE_ROLE_NAME.match(ctx.sent, ctx.fe)
    if r is not None and not any(w in _NP_STOP or w in _SPEECH or w in _AGE_AUX or _PAST.fullmatch(w) or _VERB_FORM.fullmatch(w)
                                 for w in r.group(1).split()) and r.group(2) not in lex.canonical \
            and not any(w in lex.nations or w in _TITLES or w in _MONTHS_DAYS for w in r.group(2).split()):
        return _canon(r.group(2), lex)  # "22-year-old Liverpool student David Dunne": the person named
    if m is None:
        return None
    name = m.group(1)
    if name.endswith(".") and not regex.search(r"(?:^|\s)\p{Lu}\.$", name):
        name = name[:-1]  # the sentence's full stop ("28-year-old Morientes."), not an initial
    words = name.split()
    if len(words) == 3 and (words[0] in lex.nations or words[0] in _NOT_PROPER) and not any(
            w in lex.nations or w in _MONTHS_DAYS or w in _TITLES or w in lex.canonical for w in words[1:]):
        return _canon(" ".join(words[1:]), lex)  # "48-year-old Australian Mamdouh Habib"
    if any(w in lex.nations or w in _MONTHS_DAYS or w in _TITLES for w in words) or name in lex.canonical \
            and lex.canonical[name] in lex.countries:
        return None  # "the 24-year-old Swiss", "a 30-year-old American"
    if not m.group(2):
        end = _AGE_NAME_END.match(ctx.sent, m.end())
        nxt = end.group(1) if end is not None else None
        if end is None or nxt and nxt not in _NP_STOP and (nxt.endswith("s") or _VERB_FORM.fullmatch(nxt) is None):
            # a capitalised modifier of the noun after it: "Cobh runner", "Roman mosaics" (a
            # word in -s is a plural as often as a verb)
            return None
    return _canon(name, lex)


def _person_subject(ctx: _Ctx, lex: _Lexicon, subj: str, metric: str) -> str:
    """For a personal fact (an age, a video of someone, their own votes), the
    leader the sentence names instead of the country the gazetteer reads him
    as ("Donald Trump passes away at 74": Donald Trump, not United States):
    the mention of a leader of that country nearest before the figure, else
    nearest after it; not one who only reports the figure ("Oleksandr
    Syrskyi, the commander-in-chief, said 434,000 were killed"), unless the
    figure dates what he said."""
    best = None
    for m in _finditer(lex.entity_rx, ctx.sent):
        person = lex.persons.get(m.group())
        if person is None or lex.canonical.get(m.group()) != subj or m.start() < ctx.fe and m.end() > ctx.fs \
                or _STATE_AFTER.match(ctx.sent, m.end()) \
                or _other_person(ctx.sent, m.start(), m.end(), m.group(), lex) is not None:
            continue
        if metric != "event.statement":
            aside = _ASIDE.match(ctx.sent, m.end())
            if _is_source(ctx, m.start(), aside.end() if aside is not None else m.end()):
                continue
        d = ctx.fs - m.end() if m.end() <= ctx.fs else len(ctx.sent) + m.start() - ctx.fe
        if best is None or d < best[0]:
            best = (d, person)
    return best[1] if best is not None else subj


#: a country's adjective that only describes a company ("The German carmaker
#: is aiming to boost sales"): the company, named before, is the subject
_FIRM_BEFORE = compile_cached(r"(?i)(?<![\w])(?:the|a|an)(?:\s+(?:new|rival|smaller|larger|struggling|troubled|"
                              r"state-owned|family-owned|privately-owned|listed|former|major|leading|giant))?\s+$")
_FIRM_AFTER = compile_cached(r"(?:\s+[\p{Ll}-]+){0,2}?\s+(?:firm|company|carmaker|car\s+maker|automaker|lender|bank|"
                             r"banking\s+group|group|giant|retailer|insurer|airline|carrier|operator|maker|conglomerate|"
                             r"brewer|publisher|broadcaster|chain|manufacturer|supermarket|drugmaker|steelmaker|"
                             r"chipmaker|miner|producer|supplier|developer|distributor|investor|fund|"
                             r"corporation|multinational|outfit|business)s?(?![\w-])", regex.VERSION1)


def _firm_adjective(sent: str, a: int, b: int) -> bool:
    return _FIRM_BEFORE.search(sent, max(0, a - 20), a) is not None and _FIRM_AFTER.match(sent, b) is not None


def _firm_named_before(ctx: _Ctx, lex: _Lexicon, at: int) -> Optional[str]:
    """The company named last in the sentence before ``at``, else the one
    company the sentence before (in the same paragraph) names, if it names no
    other."""
    own = [c for c in _lex_names(ctx.sent[:at], lex) if _a_firm(ctx.sent, c, lex)]
    if own:  # "Shares in Cairn Energy rose 3.8% after the UK firm announced"
        return _canon(own[-1][2], lex)
    if not ctx.text:
        return None
    a = ctx.s0
    while a > 0 and ctx.text[a - 1] in " \t":
        a -= 1
    if a == 0 or ctx.text[a - 1] == "\n":
        return None
    p0, p1 = sentence_bounds(ctx.text, a - 1, a - 1)
    prev = ctx.text[max(p0, a - _PREVIOUS_REACH):p1]
    found = {_canon(c[2], lex) for c in _lex_names(prev, lex) if _a_firm(prev, c, lex)}
    return found.pop() if len(found) == 1 else None


def _a_firm(sent: str, c: tuple, lex: _Lexicon) -> bool:
    """A name that may be a company's: no place, country or person (a name
    after Mr, Ms or a title)."""
    name = _canon(c[2], lex)
    return not (name in lex.countries or (lex.places and c[2] in lex.places) or name in lex.blind.values()
                or c[2] in lex.nations or regex.search(r"(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+$", sent[max(0, c[0] - 5):c[0]]))


#: capitalised words right after a country or demonym: a name of its own
_NAME_AFTER = compile_cached(r" ((?-i:\p{Lu}[\p{L}&’'-]*[\p{L}&]))(?![\p{L}\p{N}])", regex.VERSION1)
_WORD_BEFORE = compile_cached(r"(\p{Lu}[\p{L}.]*) $", regex.VERSION1)


def _inside_name(sent: str, a: int) -> bool:
    """A capitalised name word right before a country ("PMO India YouTube
    channel"): the country is inside a longer name, and the capitalised word
    after it does not make a name of the country's own."""
    m = _WORD_BEFORE.search(sent, max(0, a - 30), a)
    return m is not None and m.group(1) not in _NOT_PROPER and m.group(1) not in _TITLES \
        and m.group(1) not in _MONTHS_DAYS
_TITLE_WORDS = compile_cached(r"(?<![\p{L}])\p{L}{4,}", regex.VERSION1)


@functools.lru_cache(maxsize=256)
def _party_lead(preps: tuple) -> regex.Pattern:
    """The words that lead a rule's second party ("imports from"), compiled once a
    rule set and kept in the compiled-pattern cache across runs."""
    return compile_cached(r"(?i)\b(?:" + "|".join(regex.escape(p) for p in preps)
                          + r")\s+(?:[\w’'-]+\s+){0,3}$")


def _second_party(rule: Rule, ctx: _Ctx, ents, lo, hi) -> Optional[tuple]:
    if not rule.subject2:
        return None
    lead = _party_lead(rule.subject2)
    after = [e for e in ents if e[0] >= ctx.fe and e[1] <= hi]
    before = [e for e in ents if e[1] <= ctx.fs and e[0] >= lo]
    for e in after + list(reversed(before)):
        if _IMPORTS_FROM.match(ctx.sent, e[1]):
            continue  # "US imports from Mexico": the US is the importer
        a = ctx.fe if e[0] >= ctx.fe else lo
        gap = ctx.sent[max(a, e[0] - 60):e[0]]
        if lead.search(gap):
            return e
    for e in before + after:  # "Canadian and Mexican goods", "Chinese imports"
        if _GOODS.match(ctx.sent, e[1]):
            return e
    m = _ON_GOODS.search(ctx.sent, ctx.fe, hi)
    if m is not None and "on" in rule.subject2:  # "25% tariffs on steel and aluminium"
        return (m.start(1), m.end(1), m.group(1).lower())
    return None


_ON_GOODS = compile_cached(
    r"\bon\s+(?:imported\s+|foreign\s+|all\s+)?((?:car|auto)\s+parts|steel(?:\s+and\s+aluminium|\s+and\s+aluminum)?|"
    r"aluminium|aluminum|cars|autos|lumber|copper|semiconductors|pharmaceuticals|solar panels|"
    r"electric vehicles|EVs|washing machines|dairy|wine|whisky|soybeans|timber)\b", regex.IGNORECASE)


_IMPORTS_FROM = compile_cached(r"\s+(?:imports|purchases)\s+(?:from|of)\b")
_GOODS = compile_cached(r"(?:\s+(?:and|or)\s+[\p{Lu}][\w-]+)?\s+(?:goods|imports|products|exports|cars|steel)\b")


def _place_or_country(ctx: _Ctx, lex: _Lexicon, e: tuple) -> str:
    """A second party keeps a place's own name: "drones on Kharkiv" is not
    "drones on Ukraine"."""
    raw = ctx.sent[e[0]:e[1]]
    return raw if lex.places and raw in lex.places else e[2]


_DEFINITE = compile_cached(r"(?i)\b(on|at|against|in|to|for)\s+the\s+(country|nation|region|province|oblast|city|town)\b")
_LOOKBACK = 1500  # characters before the sentence searched for "the region"'s referent


def _definite_party(rule: Rule, ctx: _Ctx, lex: _Lexicon, lo: int, hi: int, subject) -> Optional[str]:
    """"an attack on the country", "settlements in the region": the country or
    place named last before it that is not the subject."""
    if not rule.subject2:
        return None
    for m in _finditer(_DEFINITE, ctx.sent[lo:hi]):
        if m.group(1).lower() not in rule.subject2:
            continue
        want_place = m.group(2).lower() not in ("country", "nation")
        a = ctx.s0 + lo + m.start()
        window = ctx.text[max(0, a - _LOOKBACK):a] if ctx.text else ctx.sent[:lo + m.start()]
        for e in reversed([(x.start(), x.end(), lex.canonical[x.group()])
                           for x in _finditer(lex.entity_rx, window)]):
            raw = window[e[0]:e[1]]
            is_place = bool(lex.places) and raw in lex.places
            if want_place and is_place:
                return raw
            if not want_place and not is_place and e[2] != subject and e[2] in lex.countries:
                return e[2]
        return None
    return None


def _subject(rule: Rule, ctx: _Ctx, lex: _Lexicon, hit: _Hit) -> tuple[Optional[str], Optional[str]]:
    subj, s2 = _subject_pair(rule, ctx, lex, hit)
    if s2 is None and rule.subject2:
        lo, hi = _clause(ctx.sent, ctx.fs, ctx.fe)
        s2 = _definite_party(rule, ctx, lex, lo, hi, subj)
    return subj, s2


#: a firm named before, as the actor that opens the sentence ("The company is the biggest player in China")
_FIRM_OPENS = compile_cached(r"[\W_]*(?:(?:The|Its)\s+(?:[\p{Ll}-]+\s+)?(?:" + "company|firm|group|bank|carrier|airline|"
                             r"retailer|business|maker|chain|operator|network|insurer|lender|manufacturer|giant|"
                             r"carmaker|brewer|publisher|broadcaster|supermarket|conglomerate"
                             r"))(?![\p{L}])", regex.VERSION1)
_IN_PLACE = compile_cached(r"(?i)(?<![\p{L}])(?:in|across|throughout|outside|inside)\s+(?:the\s+)?$", regex.VERSION1)


def _firm_in_place(ctx: _Ctx, lex: _Lexicon, pool, subj: str) -> bool:
    """A sentence about a firm named before ("The company is still the biggest
    player in China, with more than a quarter of the market"; "Its shares in
    Japan fell 20%"): a country it names after a preposition is where the firm
    trades, not whose figure it is."""
    if subj not in lex.countries or _FIRM_OPENS.match(ctx.sent) is None:
        return False
    own = [e for e in pool if e[2] == subj and e[1] <= ctx.fs]
    # (not in what the firm says: "The group ... said the new system of fees in England")
    return bool(own) and all(_IN_PLACE.search(ctx.sent[max(0, e[0] - 16):e[0]])
                             and _search(_REPORTED, ctx.sent, 0, e[0]) is None for e in own)


def _subject_pair(rule: Rule, ctx: _Ctx, lex: _Lexicon, hit: _Hit) -> tuple[Optional[str], Optional[str]]:
    lo, hi = _clause(ctx.sent, ctx.fs, ctx.fe)
    ents = _entities(ctx, lex)
    s2 = hit.subject2
    s2_span = None
    if s2 is None:
        e2 = _second_party(rule, ctx, ents, lo, hi)
        if e2 is not None:
            s2, s2_span = _place_or_country(ctx, lex, e2), (e2[0], e2[1])
    # (nor a name inside the second party: "paid former Twitter CEO Jack Dorsey")
    pool = [e for e in ents if (e[0], e[1]) != s2_span and e[2] != s2
            and not (s2_span is not None and e[0] < s2_span[1] and e[1] > s2_span[0])
            and not (s2_span is None and s2 and regex.search(r"(?<![\p{L}])" + regex.escape(ctx.sent[e[0]:e[1]])
                                                              + r"(?![\p{L}])", s2))]
    ctx.src = _source_cut(ctx, lex, pool, s2_span)
    pool = [e for e in pool if e[0] >= ctx.src]
    if hit.subject:
        return hit.subject, s2
    verb = (hit.cue if rule.broad else _verbal_cue(ctx.sent, hit.cue)) if rule.kind == "date_event" else None
    if verb is not None and ctx.sent[verb[0]:verb[1]].lower() not in _SCHEDULED:
        # the date of an act is the actor's: the verb's subject, not the nearest name
        # ("He joined Columbia Records in 1990": not Columbia Records)
        subj, limit = _verb_actor(ctx, lex, ents, verb, patient_first=(
            False if rule.broad or rule.priority < 0 else "fate" if rule.metric in _FATES else True))
        if limit is None:
            return (subj if subj != s2 else None), s2
        # the verb's subject is no name ("its new tariffs took effect"): a name
        # the strategies read stands, if it comes before the verb (not its object)
        subj, s2 = _subject_pair(replace(rule, kind="date"), ctx, lex, hit)
        return (subj if _named_before(ctx, lex, ents, subj, limit) else None), s2
    for strategy in rule.subject:
        subj = _STRATEGIES[strategy](ctx, lex, pool, lo, hi)
        if subj:
            if _firm_in_place(ctx, lex, pool, subj):
                return None, s2
            return _name_over_place(ctx, lex, pool, subj), s2
    if rule.subject_default:
        return rule.subject_default, s2
    if not rule.guess_subject:
        subj = (_named_subject(rule, ctx, lex, ents, pool, lo, hi) or _after_figure(rule, ctx, lex, pool, hi)
                or _copula_scope(ctx, lex, pool))
        return (subj if subj != s2 else None), s2
    # last resort: an entity that acts in the sentence (not the object of a
    # preposition), else a name
    subj = _s_actor(ctx, lex, pool, lo, hi)
    if subj is None:
        free = [e for e in pool if not _LED_BY_PREP.search(ctx.sent[max(0, e[0] - 16):e[0]])
                and not ctx.sent[max(0, e[0] - 5):e[0]].rstrip().endswith("and")
                and not _person_reporter(ctx, e)]
        # "69% of olive oils in the US": the place is the scope of the figure
        where = [e for e in pool if _SCOPE.search(ctx.sent[max(0, e[0] - 16):e[0]])]
        subj = (_name_over_place(ctx, lex, pool, free[0][2], guess=True) if free
                else (_venue_actor(ctx, lex, pool, where[0]) or where[0][2]) if where
                else _s_proper_noun(ctx, lex, pool, lo, hi) or _blind_place(ctx, lex))
    else:
        subj = _name_over_place(ctx, lex, pool, subj, guess=True)
    if subj is None:
        subj = (_named_subject(rule, ctx, lex, ents, pool, lo, hi) or _after_figure(rule, ctx, lex, pool, hi)
                or _copula_scope(ctx, lex, pool))
    return (subj if subj != s2 else None), s2


#: a person named by a title ("Mr Brown", "Chancellor Gordon Brown") who reports after the
#: figure ("... spending £60m a year on seeking an inoculation, Mr Brown said")
_TITLED_BEFORE = compile_cached(r"(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady|Dame)\.?\s+(?:\p{Lu}\p{Ll}+\s+)?$",
                                regex.VERSION1)
_TITLED_NAME = compile_cached(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady|Dame)\.?\s+\p{Lu}", regex.VERSION1)
_SAID_BEFORE = compile_cached(r"(?i)(?<![\p{L}])(?:said|says|told|added|according\s+to)\s+$", regex.VERSION1)


def _person_reporter(ctx: _Ctx, e: tuple) -> bool:
    """Is the entity ``e`` after the figure a person, named with a title, who
    reports the figure ("..., Mr Brown said", "..., said Mr Brown")?  Who said
    it, not whom it is about: no last guess at the figure's subject."""
    if e[0] < ctx.fe:
        return False
    lead = ctx.sent[max(0, e[0] - 30):e[0]]
    m = _TITLED_BEFORE.search(lead)
    if m is not None:
        lead = lead[:m.start()]
    elif _TITLED_NAME.match(ctx.sent, e[0], e[1]) is None:
        return False  # ("Mr Brown" may be the name itself)
    if _SAID_BEFORE.search(lead) is not None:
        return True
    m = _SOURCE_VERB.match(ctx.sent, e[1])
    # the report closes the sentence (", Mr Brown said on Thursday."), not a clause of its own that
    # follows a phrase about the person ("Under 23 hours of questioning, Mr Sullivan has told the court
    # that ...": his questioning)
    return m is not None and _nwords(ctx.sent[m.end():]) <= 4


#: the words between a figure and the owner of the noun phrase it is about ("six studies verify
#: that the math adds up for Mitt Romney's tax plan"), or the place that scopes it ("2.7 million
#: lost jobs in the U.S."): a preposition ends them (not "to" or "from": "sent 300 troops to
#: Ukraine's border" names where they went, not whose they are)
_OWNER_GAP = compile_cached(r"(?:\s+[\p{L}’'-]+){0,8}?\s+(?:for|of|on|under|in|about|behind|over|among|within)\s+(?:the\s+)?$",
                            regex.VERSION1)
_AFTER_STOP = compile_cached(r"(?i)(?<![\p{L}])(?:said|says|told|tells|according|reported|claimed|wrote|including|"
                             r"such\s+as|where|while|whereas|although|because|unless|until|than)(?![\p{L}])|[;:\"“”()]",
                             regex.VERSION1)
_OWNED = compile_cached(r"(?:['’]s|(?<=s)['’])\s+\p{Ll}", regex.VERSION1)
_LOWER_NEXT = compile_cached(r"\s+\p{Ll}", regex.VERSION1)


#: a person who acts in the figure's clause ("He had to spend", "she spent")
_PERSON_ACTS = compile_cached(r"(?<![\p{L}’'])(?:he|she|He|She|I|we|We|they|They|you|You)\s+(?:\p{Ll}+\s+){0,3}?"
                              r"(?:spend|spent|spends|stay|stayed|stays|live|lived|lives|wait|waited|waits|spending|"
                              r"staying|living|waiting|work|worked|works|working|serve|served|serves|serving)(?![\p{L}])",
                              regex.VERSION1)


def _after_figure(rule: Rule, ctx: _Ctx, lex: _Lexicon, pool, hi: int) -> Optional[str]:
    """When no strategy found a subject: the first name after the figure in
    its clause, when it owns the noun phrase the figure is about ("for Mitt
    Romney's tax plan"), or is a place that scopes the figure ("2.7 million
    lost jobs in the U.S.").  Not a name past another one, a quote, or a
    clause of its own ("..., said", "according to", "while")."""
    if ctx.ucls == "date" or ctx.fig.kind == "money":
        # an event's date is its actor's (see _verb_actor); a sum's payer is not who it is paid
        # to or for ("gave $20 to Hillary Clinton's foundation", "paid $5,000 for Trump's book")
        return None
    names = [(e[0], e[1], e[2], True) for e in pool if e[0] >= ctx.fe]
    names += [(c[0], c[1], _canon(c[2], lex), False) for c in _name_cands(ctx, lex)
              if c[0] >= ctx.fe and not any(e[0] < c[1] and c[0] < e[1] for e in pool)]
    if not names:
        return None
    a, b, name, listed = min(names)
    if a > hi or _search(_AFTER_STOP, ctx.sent, ctx.fe, a) is not None or any(ctx.fe <= o[0] < a for o in ctx.others) or _SOURCE_VERB.match(ctx.sent, b) is not None:
        return None
    if ctx.sent[a:b].split()[-1][:-2] in _NOT_PROPER:
        return None  # "on Earth That’s not": a contraction, not an owner
    if _OWNED.match(ctx.sent, b) is not None or _OWNER.search(ctx.sent, a, b) and _LOWER_NEXT.match(ctx.sent, b):
        return name if _OWNER_GAP.fullmatch(ctx.sent, ctx.fe, a) is not None else None
    if rule.metric.startswith("people.") and _FROM_PLACE.fullmatch(ctx.sent, ctx.fe, a) is not None:
        return name  # where the people counted come from: "Nine men from West Yorkshire", "Two men, both from Keighley"
    if not listed:
        return None
    raw = ctx.sent[a:b]
    if (name in lex.countries or raw in lex.places or raw.lower() in lex.blind) \
            and _SCOPE_AFTER.fullmatch(ctx.sent, ctx.fe, a) is not None:
        if _search(_PERSON_ACTS, ctx.sent, _clause(ctx.sent, ctx.fs, ctx.fe)[0], ctx.fs) is not None:
            return None  # "He had to spend an extra 24 hours in Nairobi": where a person was, not what it is about
        return name
    m = _NEXT_WORD.match(ctx.sent, b)
    if m is not None and m.group(1) not in _NP_STOP and not m.group(1).endswith("ly") \
            and raw in lex.canonical and _FIRM_AFTER.match(ctx.sent, b) is None \
            and _OWNER_GAP.fullmatch(ctx.sent, ctx.fe, a) is not None:
        return name  # "money to Medicare recipients", "jobs added to US payrolls": a name that qualifies the noun
    return None


def _copula_scope(ctx: _Ctx, lex: _Lexicon, pool) -> Optional[str]:
    """When no strategy found a subject: the listed place that scopes the
    subject of a copula whose complement is the figure ("The age of consent
    in the majority of states in the U.S. is 16 or 17 years")."""
    cop = _copula(ctx)
    if cop is None:
        return None
    a, b = cop
    for e in reversed(pool):
        if a <= e[0] and e[1] <= b and _SCOPE.search(ctx.sent, max(a, e[0] - 16), e[0]) is not None \
                and (e[2] in lex.countries or ctx.sent[e[0]:e[1]] in lex.places or ctx.sent[e[0]:e[1]].lower() in lex.blind):
            return e[2] if _search(_NOT_IN_SUBJECT, ctx.sent, e[1], b) is None else None
    return None


_FROM_PLACE = compile_cached(r"(?:\s+[\p{L}-]+){0,2}?(?:\s*,\s*(?:both|all)\s+|\s+)from\s+(?:the\s+)?", regex.VERSION1)
_NEXT_WORD = compile_cached(r"\s+(\p{Ll}[\p{Ll}-]*)\b", regex.VERSION1)


#: what may stand between a verb's subject and the verb: an aside between commas, auxiliaries,
#: modals, negation and adverbs ("Gazprom, the gas giant, has also bought"; "Reagan later fired"),
#: or a longer appositive led by an article, brackets and all ("Egas Moniz, the inventor of the
#: lobotomy technique for treating patients (particularly people with schizophrenia), was awarded")
_ACTOR_GAP = compile_cached(
    r"(?:\s*,[^,;:()\"“”]{2,60},|\s*,\s*(?:the|a|an)\s(?:[^,;:()\"“”]|\([^,;:()\"“”]{1,80}\)){2,200},)?(?:\s+(?:has|had|have|was|were|is|are|will|would|could|can|may|might|must|"
    r"shall|should|did|does|do|not|never|be|been|being|also|then|first|once|only|just|itself|himself|herself|"
    r"themselves|later|again|already|now|still|soon|\p{Ll}+ly))*\s*$", regex.VERSION1)
#: the forms of be before a participle: the verb is passive, its subject is what is acted on
_BE_BEFORE = compile_cached(r"(?i)(?<![\p{L}’'-])(?:was|were|is|are|be|been|being|get|got|gets)"
                            r"(?:\s+\p{Ll}+ly)?\s+$", regex.VERSION1)
_BY_NAME = compile_cached(r"(?:\s+(?!by\b)[\p{L}’'-]+){0,4}?\s+by\s+(?:the\s+)?(?:(?:former|late|then|\p{Ll}+)\s+){0,3}$",
                          regex.VERSION1)  # "by (the) telephone pioneer Alexander Graham Bell"
#: a relative pronoun before the verb: its antecedent acts ("Chieko Hara, who died in 2005")
_WHO_BEFORE = compile_cached(r"(?:\s*,)?\s+(?:who|which|that)\s*$", regex.VERSION1)


_VERB_CUE = compile_cached(r"(?:\p{Ll}+(?:ed|en|wn)|born|bought|sold|won|lost|made|took|gave|paid|spent|sent|got|"
                            r"kept|left|led|met|ran|wrote|built|brought|held|shot|fought|struck|became|began|"
                            r"broke|chose|came|went|fell|flew|grew|stood|sat|set|put|cut|hit|quit|split|"
                            r"won|beat|drew|swept|overcame|spoke|told|found|signed|founded)$", regex.VERSION1)


#: verbs of happening and scheduling: what they date happens where (or to what) the
#: sentence says, with no actor ("Hantavirus has emerged in China", "is set to take place in Wigan")
#: verbs of occurring: what they date happens in a place, with no actor ("Hantavirus has emerged in China")
_OCCURRED = frozenset("emerged appeared occurred happened spread surfaced arose erupted".split())
_SCHEDULED = _OCCURRED | frozenset("""broke began started
scheduled rescheduled slated set due planned expected organised organized""".split())


#: events that happen to the one a passive names, never to its agent ("was shot by", "was sacked by")
_FATES = frozenset(("event.death", "event.birth", "event.legal", "event.award", "event.departure",
                    "event.marriage", "event.took_charge", "event.injury"))


def _verbal_cue(sent: str, cue: tuple) -> Optional[tuple]:
    """The span of the verb in the cue of a named event-date rule: the first
    word of the cue that is a past tense or participle, not a noun after a
    determiner ("joined", "In 1998 the company merged"; not "the election",
    "his death").  None when the cue is no verb."""
    prev = sent[max(0, cue[0] - 12):cue[0]].split()
    prev = prev[-1].lower() if prev else ""
    for m in _VERB_WORD.finditer(sent, cue[0], cue[1]):
        if _VERB_CUE.fullmatch(m.group()) is not None and prev not in _DETERMINER:
            return m.start(), m.end()
        prev = m.group().lower()
    return None


def _named_before(ctx: _Ctx, lex: _Lexicon, ents, subj: Optional[str], limit: int) -> bool:
    """Is ``subj`` named in the sentence before ``limit``, or nowhere in it
    (a subject the rule or the lowercase gazetteer gave)?"""
    if subj is None:
        return False
    at = [e[:2] for e in ents if e[2] == subj]
    at += [c[:2] for c in _lex_names(ctx.sent, lex) if _canon(c[2], lex) == subj or c[2] == subj]
    low = ctx.sent.lower()
    i = low.find(subj.lower())
    while i >= 0 and not at:  # a name written as the subject is ("Earth", "the asteroid")
        at.append((i, i + len(subj)))
        i = low.find(subj.lower(), i + 1)
    # before the verb, or after it as the place it happened in ("was created in a lawn in
    # Bath"), not its object ("joined Columbia Records", "merged into the US firm")
    return not at or any(b <= limit or _PLACE_LEAD.search(ctx.sent, max(0, a - 30), a) for a, b in at)


_PLACE_LEAD = compile_cached(r"(?<![\p{L}’'-])(?:in|at|near|across|throughout|outside|inside)\s+(?:the\s+)?"
                             r"(?:(?:city|town|state|province|region)\s+of\s+)?$", regex.VERSION1)


_ADVERB_LEAD = compile_cached(r"(?:\p{Lu}\p{Ll}+,\s+)?", regex.VERSION1)  # "Instead, ", "However, "
_GERUND_LEAD = compile_cached(r"(?i)(?<![\p{L}])(?:since|after|before|while|when|upon|without|by)\s+$", regex.VERSION1)
_DESIGNATION = compile_cached(r"\s+(\d+)(?:\s*\([^()]{1,20}\))?(?=\s+(?:could|would|will|can|may|might|must|has|had|have|"
                              r"was|were|is|are|\p{Ll}+ed)\b)", regex.VERSION1)


def _verb_actor(ctx: _Ctx, lex: _Lexicon, ents, cue: tuple, patient_first: bool = False
                ) -> tuple[Optional[str], Optional[int]]:
    """The actor of the verb at ``cue`` that a date is tied to: the name that
    stands as the subject of an active verb ("In 1981, Reagan fired",
    "Gazprom, the gas giant, bought"; through "who": "Chieko Hara, who died
    in 2005"), or the by-agent of a passive ("was quashed in 1989 by the
    Court of Appeal"), else the passive's own subject ("Kennedy was
    assassinated in 1963"; only that, with ``patient_first``: a rule that
    names what happened to it, "Roxy Music were formed in 1971 by Ferry",
    "the designer was shot in 1997 by Andrew Cunanan").  Not a
    name the verb acts on ("He joined Columbia Records in 1990", "could hit
    Earth in 2020"), nor a source that reports it.  (name, None) when the
    verb's subject is settled (a name, or a name that may not act); (None,
    where its subject phrase ends) when it is a phrase with no name ("its
    new tariffs took effect", "He joined")."""
    va = cue[0]
    sent = ctx.sent
    cands = [(e[0], e[1], e[2]) for e in ents]
    cands += [(c[0], c[1], _canon(c[2], lex)) for c in _lex_names(sent, lex)
              if not any(e[0] < c[1] and c[0] < e[1] for e in ents) and not _CAPS_PLURAL.fullmatch(c[2])]
    cands = [c for c in cands if not (c[0] < ctx.fe and c[1] > ctx.fs)]
    # a name with its number ("Asteroid 52768 (1998 OR2) could hit"): the numbered thing acts
    cands = [(c[0], d.end(), c[2] + " " + d.group(1)) if (d := _DESIGNATION.match(sent, c[1])) is not None
             and " " not in c[2] and c[2] not in lex.nations and c[2] not in _MONTHS_DAYS else c for c in cands]
    # the date's own phrase between the subject and its verb ("Reagan in 1981 fired") is skipped
    p = _DATE_PREP.search(sent, max(0, ctx.fs - 30), ctx.fs)
    ds = p.start() if p is not None else ctx.fs

    def gap_before(b: int, a: int) -> str:
        if b <= ds and ctx.fe <= a:
            return sent[b:ds].rstrip(" ,") + " " + sent[ctx.fe:a].lstrip(" ,")
        return sent[b:a]

    def subject_at(end: int) -> tuple[Optional[str], Optional[int]]:
        w = _WHO_BEFORE.search(sent, max(0, end - 12), end)
        if w is not None:
            end = w.start()
        aside = False
        for c in sorted(cands, key=lambda c: -c[1]):
            if c[1] > end:
                continue
            gap = gap_before(c[1], end)
            if _ACTOR_GAP.fullmatch(gap) is None:
                if gap.lstrip().startswith(",") or aside and not regex.match(r"\s*,", gap):
                    # a name at the end of an aside ("Jones, the lawyer for Smith, was hired"): the
                    # subject is before the aside, if any is
                    aside = True
                    continue
                break
            if aside and not regex.match(r"\s*,", gap):
                break
            if _LED_BY_PREP.search(sent[max(0, c[0] - 16):c[0]]):
                break  # in the subject's phrase, not its head ("The first case of COVID-19 in India was")
            said = _SOURCE_VERB.match(sent, c[1])  # not the verb itself: "Lord Goldsmith warned Tony Blair on 7 March"
            if (said is None or said.end() <= va) and _is_source(ctx, c[0], c[1]) \
                    or c[2] in lex.nations and _firm_adjective(sent, c[0], c[1]):
                return None, None  # "the US firm bought"
            return c[2], None
        return None, end

    gl = _GERUND_LEAD.search(sent, max(0, va - 12), va) if sent[va:cue[1]].endswith("ing") else None
    if gl is not None:
        # a gerund after "since", "after", "before": its subject is the clause's
        # ("Federer has been without a coach since splitting with Peter Lundgren in 2003")
        start = _OPEN_LEAD.match(sent).end()
        start = _ADVERB_LEAD.match(sent, start).end()
        first = next((c for c in sorted(cands) if c[0] == start and c[1] <= va), None)
        v = _VERB_AFTER.match(sent, first[1]) if first is not None else None
        if v is not None and (v.group(1) or _VERB_FORM.fullmatch(v.group(2))) and v.group(2) not in _SPEECH \
                and _search(_REPORTED, sent, first[1], gl.start()) is None \
                and _search(_CLAUSE_BREAK, sent, first[1], gl.start()) is None:
            return first[2], None
    before = sent[max(0, va - 40):va]
    be = _BE_BEFORE.search(before)
    lead = before.rstrip()
    if be is None and not lead.endswith((",", " -", "–", "—")):
        return subject_at(va)
    # a passive ("was developed"), or a participle after its noun ("Vascolex, developed by")
    be_at = be.start() + max(0, va - 40) if be is not None else max(0, va - 40) + len(lead) - 1
    hi = _clause(sent, va, cue[1])[1]
    agent = next((c[2] for c in sorted(cands)
                  if cue[1] <= c[0] <= hi and _BY_NAME.fullmatch(gap_before(cue[1], c[0]))), None)
    if patient_first:
        patient = subject_at(be_at)
        if patient[0] is not None or agent is None or patient_first == "fate":
            return patient  # "The designer was shot in 1997 by Andrew Cunanan": not the killer's death
    return (agent, None) if agent is not None else subject_at(be_at)


#: what may come before a sentence's opening name ("Says", "In 2019,")
#: storms are named, but a figure of one is keyed by the place it hits
_WEATHER = frozenset("Hurricane Storm Typhoon Cyclone Tropical Tornado Winter Super".split())
#: a place right after the figure's noun, as its scope ("elections in Uttar Pradesh")
_SCOPE_AFTER = compile_cached(r"(?:\s*[\p{L}-]+){0,3}\s+(?:in|across|throughout)\s+(?:the\s+)?", regex.VERSION1)
_OPEN_LEAD = compile_cached(r"[\W_]*(?:Says\s+|(?:In|By|On)\s+(?:\p{Lu}\p{Ll}+\.?\s+)?(?:\d{1,2},?\s+)?\d{4},\s+)?",
                            regex.VERSION1)
#: the word after an opening name that makes it the actor: a verb-like
#: lower-case word (not "of", "and", a preposition)
_VERB_AFTER = compile_cached(r"\s+(has\s+|had\s+|have\s+|was\s+|is\s+|will\s+)?(\p{Ll}{3,})\b", regex.VERSION1)
# a word after a name that reads as its verb without an auxiliary: "-ed", "-s", or a
# common irregular past ("Lyme disease is", a name as a modifier, has none of these)
_VERB_FORM = compile_cached(r"(?:\p{Ll}+(?:ed|(?<!s)s)|spent|made|took|gave|paid|won|lost|sold|bought|sent|got|"
                            r"kept|left|led|met|ran|saw|told|wrote|built|brought|caught|held|hit|put|cut|"
                            r"set|let|shot|stole|drove|flew|fell|grew|threw|became|began|broke|chose)", regex.VERSION1)
_REPORTED = compile_cached(r"(?i)\b(?:" + "|".join(("said", "says", "say", "told", "tells", "reported", "claimed",
                                                   "claims", "warned", "argued", "wrote", "tweeted", "added",
                                                   "stated", "insisted", "noted", "announced", "that",
                                                   "according")) + r")\b|[;:]")


#: a name that reports the figure rather than being what it is about: "The ONS
#: said manufacturing output dropped 2%", "NASA warned an asteroid will hit in
#: six months", "Mr Khatami predicted growth of 7.1%", "According to
#: Continental Research, 29% ..."
_SOURCE_VERB = compile_cached(
    r"(?:['’]s?)?(?:\s*\([^()]{1,12}\))?\s+(?:(?:has|had|have|also|now|previously|earlier|recently|then|today|yesterday)\s+)*"
    r"(?:said|says|say|told|tells|warned|warns|predicted|predicts|forecast|forecasts|estimated|estimates|"
    r"claimed|claims|stated|added|noted|calculated|calculates|projected)"
    r"\b(?:\s+(?:on\s+\p{Lu}\p{Ll}+|that|in\s+a\s+\w+|\w+day))*", regex.VERSION1)
_DATES_SAYING = compile_cached(r"\s+(?:(?:in|on|at|during|by|last|this|early|late)\s+(?:the\s+)?)*")  # "said in 2008"
_ACCORDING = compile_cached(r"(?i)\baccording\s+to\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,2}$", regex.VERSION1)
#: the complement refers back to its source: the source is its subject ("Michael
#: Howard has said his party would cut £35bn", "BP said it made £5bn")
_BACK_REF = compile_cached(r"(?i)\b(?:he|she|it|they|we|i|his|her|its|their|our|my|us|them)\b")


def _source_cut(ctx: _Ctx, lex: _Lexicon, pool, s2_span) -> int:
    """Where the last source before the figure ends, when the clause it
    reports names someone else (0 if not): names up to there are not the
    figure's subject ("NASA warned an asteroid will hit Earth in six months":
    Earth; "In an address to the Majlis, Mr Khatami predicted ..."). A
    source whose clause names no one stays ("The CDC says the vaccines
    prevented 14 million deaths"): a figure keyed by who gave it, not by
    nothing."""
    names = [(c[0], c[1]) for c in _lex_names(ctx.sent, lex)]
    spans = [(e[0], e[1]) for e in pool] + names
    cut = max((b for a, b in spans if b <= ctx.fs and _is_source(ctx, a, b)), default=0)
    if not cut:
        return 0
    rest = [sp for sp in spans if sp[0] >= cut and sp != s2_span and not (sp[0] < ctx.fe and sp[1] > ctx.fs)
            and not any(e[0] <= sp[0] and sp[1] <= e[1] and e[0] < cut for e in pool)]
    return cut if rest else 0


def _is_source(ctx: _Ctx, a: int, b: int) -> bool:
    """The name at [a, b) reports the figure after it: the subject of a speech
    or finding verb whose complement holds the figure and does not point back
    at the name, or the object of "according to"."""
    if b > ctx.fs:
        return False
    m = _SOURCE_VERB.match(ctx.sent, b)
    if m is None and ctx.sent[b:b + 1] == ",":
        aside = _ASIDE.match(ctx.sent, b)  # "Rod Eddington, BA's chief executive, said"
        m = _SOURCE_VERB.match(ctx.sent, aside.end()) if aside is not None and aside.group().startswith(",") \
            else None
    if m is not None and m.end() <= ctx.fs and not _DATES_SAYING.fullmatch(ctx.sent, m.end(), ctx.fs):
        return _search(_BACK_REF, ctx.sent, m.end(), ctx.fs) is None
    return _ACCORDING.search(ctx.sent[max(0, a - 40):a]) is not None \
        and ("," in ctx.sent[b:ctx.fs] or _THERE_AFTER.match(ctx.sent, b)) and _nwords(ctx.sent[b:ctx.fs]) <= 12


_THERE_AFTER = compile_cached(r"\s+there\s", regex.VERSION1)  # "According to Ofcom there were 4 million"


#: a new clause led by its own name between a place and the figure ("a fight for market
#: share in China, and Lenovo's sales were down 3.7%")
_NEW_CLAUSE_NAME = compile_cached(r",\s+(?:and|but|while|whereas)\s+(\p{Lu}[\p{L}&-]+(?:\s+\p{Lu}[\p{L}&-]+){0,3})"
                                  r"(?:['’]s)?\s+[^,;:()]*$", regex.VERSION1)
#: a firm named after its country's superlative ("the US's biggest satellite TV companies, DirectTV,")
_APPOSED_FIRM = compile_cached(r"['’]s\s+(?:[\p{L}-]+\s+){0,4}?\p{Ll}+s?,\s+(\p{Lu}[\p{L}&-]+(?:\s+\p{Lu}[\p{L}&-]+){0,3}),",
                               regex.VERSION1)
_OF_PLACE = compile_cached(r",?\s+(?:of|from)\s+(?:the\s+)?", regex.VERSION1)


def _name_over_place(ctx: _Ctx, lex: _Lexicon, pool, subj: str, guess: bool = False) -> str:
    """A person or organisation outside the gazetteer beats the place a
    strategy (or, with ``guess``, the last resort) found when the sentence opens with the name as its actor
    ("Wladimir Klitschko has auctioned off his 1996 Atlanta Olympic gold
    medal": not Georgia) or owns the place's noun ("Bill Gates’ Twitter
    account": not Twitter).  Not across reported speech ("Sunak said Russia
    launched 100 drones": Russia)."""
    e = next((x for x in pool if x[2] == subj), None)
    if e is not None and e[1] <= ctx.fs:
        k = _APPOSED_FIRM.match(ctx.sent, e[1]) if e[1] < ctx.fs else None
        if (k is None or k.end() > ctx.fs) and ctx.sent[max(0, e[0] - 2):e[0]] != ", ":
            k = _NEW_CLAUSE_NAME.search(ctx.sent, e[1], ctx.fs)  # (not a list: "Lesotho, Sri Lanka, and ...")
        if k is not None and k.group(1).split()[0] not in _NOT_PROPER and k.group(1) not in lex.nations \
                and k.group(1).split()[0].lower() not in lex.common and _canon(k.group(1), lex) != subj:
            return _canon(k.group(1), lex)  # "market share in China, and Lenovo's sales were down 3.7%"
    if e is None or e[0] == 0 or _POSS.match(ctx.sent[e[1]:e[1] + 3]) or e[0] >= ctx.fe and (
            _SCOPE_AFTER.fullmatch(ctx.sent, ctx.fe, e[0])):
        return subj  # "Russia's invasion", "the 2022 elections in Uttar Pradesh"
    names = [c for c in _lex_names(ctx.sent, lex)
             if c[1] <= e[0] and not any(x[0] < c[1] and x[1] > c[0] for x in pool)
             and _canon(c[2], lex) not in lex.canonical.values()]
    if not names:
        return _venue_actor(ctx, lex, pool, e) or subj
    owner = names[-1]
    if regex.fullmatch(r"[’']s?\s+", ctx.sent[owner[1]:e[0]]):
        return owner[2]  # "Bill Gates’ Twitter account"
    if _OF_PLACE.fullmatch(ctx.sent, owner[1], e[0]) and owner[1] <= ctx.fs and _a_firm(ctx.sent, owner, lex):
        return _canon(owner[2], lex)  # "General Motors of the US cut 5,000 jobs": the firm, not its country
    first = names[0]
    if guess and e[0] >= ctx.fe > _OPEN_LEAD.match(ctx.sent).end():
        return subj  # a last guess after the figure ("airlifting 800 people from Kabul, Afghanistan")
    if _opening_actor(ctx, first, max(ctx.fs, e[0])):
        return first[2]
    return _venue_actor(ctx, lex, pool, e) or subj


#: a place that only says where an event happened: after a verb ("who died in
#: Japan", "shares jumped in Moscow") ...
_EVENT_AT = compile_cached(r"(?<![\p{L}’'-])(\p{Ll}+)\s+(?:in|at|near|outside|inside)\s+(?:the\s+)?(?:city\s+of\s+)?$",
                           regex.VERSION1)
_PAST = compile_cached(r"\p{Ll}{2,}(?<![eo]e|[^aeiou]e|ne|ss)ed|born|seen|taken|shot|held|kept|left|met|"
                       r"ran|told|won|lost|sold|hit|fell|grew|became|began|broke|flew|came|went|spoke|"
                       r"stood|sat|lived|died|struck|gave|made|found|put|set|spent|brought|bought|fought",
                       regex.VERSION1)
#: ... or before the name of a court, hospital or the like ("told a London
#: court", "a Madrid court settlement")
_VENUE_AFTER = compile_cached(r"\s+(?:crown\s+|high\s+|magistrates['’]?\s+|federal\s+|district\s+|appeals?\s+)?"
                              r"(?:court|courtroom|tribunal|hospital|clinic|hotel|prison|jail|police\s+station|"
                              r"inquest|coroner)s?\b", regex.IGNORECASE | regex.VERSION1)
_VENUE_BEFORE = compile_cached(r"(?i)(?<![\p{L}])(?:a|an|the)\s+$", regex.VERSION1)
#: what makes the name before it the actor: a verb (past, progressive, or with
#: an auxiliary) or a relative clause ("Chieko Hara, who died in Japan")
_ACTS = compile_cached(r"(?:['’]s\s+\p{Ll}+)?(?:\s*,\s*(?:who|which)\s|\s+(?:has\s+|had\s+|have\s+|was\s+|is\s+|were\s+|"
                       r"are\s+|will\s+|would\s+)?(?:been\s+)?(?:also\s+|later\s+|then\s+|reportedly\s+|allegedly\s+)?"
                       r"(\p{Ll}{3,})\b)", regex.VERSION1)
#: verbs of occurring, finding and selling: the place after them is where the
#: thing counts ("Hantavirus has emerged in China", "released in the UK")
_HAPPENED = _OCCURRED | frozenset("""struck hit
detected found reported recorded confirmed discovered identified seen launched released introduced
sold opened banned pulled approved registered held""".split())
#: a name the verb acts on ("Moderna has been pulled in Finland"): not the actor
_PASSIVE = compile_cached(r"\s+(?:has\s+been|have\s+been|had\s+been|was|were|is|are|be|being)\s+"
                          r"(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ld|lt|nt|ught)\b", regex.VERSION1)
_CLAUSE_BREAK = compile_cached(r"[;:]|\s[-–—]\s|\b(?:but|while|whereas|although|because|after|before|when|and)\b")


def _venue_actor(ctx: _Ctx, lex: _Lexicon, pool, e: tuple) -> Optional[str]:
    """The person or organisation that acts, when the place a strategy found
    only locates the act: "Chieko Hara, who died in Japan in 2005" (Chieko
    Hara), "Nirav Modi told a London court his share was 32 per cent"
    (Nirav Modi), "Yukos shares jumped in Moscow" (Yukos).  A place after a
    noun is the figure's scope and stays ("Rick Perry increased spending in
    Texas by 50 percent": Texas)."""
    at = _EVENT_AT.search(ctx.sent, max(0, e[0] - 40), e[0])
    if at is not None:
        if not _PAST.fullmatch(at.group(1)) or at.group(1) in _HAPPENED:
            return None  # "spending in Texas", "sales in China", "emerged in China": the figure's scope
        verb = at.start(1)
    elif _VENUE_BEFORE.search(ctx.sent, max(0, e[0] - 6), e[0]) and _VENUE_AFTER.match(ctx.sent, e[1]):
        verb = e[0]
    else:
        return None
    places = set(lex.places.values()) if lex.places else set()
    cands = [c for c in _lex_names(ctx.sent, lex)
             if c[1] <= verb and not any(x[0] < c[1] and x[1] > c[0] for x in pool)
             and _canon(c[2], lex) not in lex.canonical.values()]
    cands += [x for x in pool if x[1] <= verb and x[2] not in lex.countries and x[2] not in places
              and x[2] not in lex.blind.values() and lex.canonical.get(ctx.sent[x[0]:x[1]]) not in lex.countries]
    for c in sorted(cands, reverse=True):
        if _LED_BY_PREP.search(ctx.sent[max(0, c[0] - 16):c[0]]) or _search(_CLAUSE_BREAK, ctx.sent, c[1], verb) \
                or c not in pool and c[0] == _OPEN_LEAD.match(ctx.sent).end() and c[2].split()[0].lower() in lex.common:
            continue  # "Fake DVDs were manufactured in Pakistan": a capital at the start names no one
        v = _ACTS.match(ctx.sent, c[1])
        if v is None or _PASSIVE.match(ctx.sent, c[1]) or v.group(1) and (v.group(1) in _NP_STOP or not (
                _PAST.fullmatch(v.group(1)) or _VERB_FORM.fullmatch(v.group(1)) or v.group(1).endswith("ing"))):
            continue
        return c[2] if c in pool else _canon(c[2], lex)
    return None


#: an aside between an opening name and its verb ("Gazprom, the biggest gas
#: company in the world, took over"; "Euronext already has")
_ASIDE = compile_cached(r",[^,;:()]{2,60},|\s+(?:already|also|now|still|just|recently|then|later|again|"
                        r"previously|currently|finally|eventually|earlier|reportedly|allegedly|itself)(?=\s)",
                        regex.VERSION1)


def _opening_actor(ctx: _Ctx, first: tuple, until: Optional[int] = None) -> bool:
    """The name ``first`` opens the sentence and acts: a verb follows it (past
    an aside or an adverb), and no reported speech comes between it and the
    figure (or ``until``)."""
    lead = _OPEN_LEAD.match(ctx.sent)
    if first[0] != lead.end() or first[1] > ctx.fs and ctx.fe > lead.end() \
            or ctx.sent[first[1]:first[1] + 1] in ("’", "'") \
            or ctx.sent[first[0] - 1:first[0]] in ("#", "@"):
        return False
    if " " not in first[2] and not first[2].isupper() and regex.search(r"(?:ed|s|ing)$", first[2]):
        return False  # "Miscaptioned picture", "Fireworks meant to be": a capital at the start
    if first[2].split()[0] in _WEATHER:
        return False  # "Hurricane Ian hit Florida with winds of 150 mph": the place hit
    at = first[1]
    aside = _ASIDE.match(ctx.sent, at)
    if aside is not None and aside.end() < ctx.fs:
        at = aside.end()
    v = _VERB_AFTER.match(ctx.sent, at)
    if v is None or v.group(2) in _NP_STOP and not (aside and v.group(2) in ("has", "have", "had")) \
            or v.group(2) in _SPEECH or not v.group(1) and not _VERB_FORM.fullmatch(v.group(2)):
        return False
    return _search(_REPORTED, ctx.sent, first[1], until if until is not None else ctx.fs) is None


def _blind_place(ctx: _Ctx, lex: _Lexicon) -> Optional[str]:
    """A place, state or country the sentence writes in lower case or in
    capitals ("Entire mumbai will be under lockdown", "LOCKDOWN IN KERALA"),
    when nothing else names a subject: the first such name."""
    if not lex.blind:
        return None
    for m in _finditer(lex.blind_rx, ctx.sent):
        if m.group() not in lex.canonical and not (m.start() < ctx.fe and m.end() > ctx.fs):
            return lex.blind.get(m.group().lower())
    return None


def _s_after(ctx, lex, pool, lo, hi):
    for a, b, name in pool:
        if a >= ctx.fe and a <= hi:
            gap = ctx.sent[ctx.fe:a]
            if _nwords(gap) <= 3 and not _PREP.search(gap) and "," not in gap and not _CONJ.search(gap):
                return name
            return None
    return None


_CONJ = compile_cached(r"(?i)\b(?:and|or|but|while|than|as)\b")
_LED_BY_PREP = compile_cached(r"(?i)\b(?:to|on|from|against|into|in|with|at|by|for|over|near|than|of|"
                             r"between|among|across|inside|throughout|including|excluding|like|via|attacked|struck|hit|targeted|"
                             r"shelled|bombed|invaded|raided|seized|captured|sanctioned)\s+(?:the\s+|some\s+|all\s+)?$")


def _s_actor(ctx, lex, pool, lo, hi):
    """The nearest entity before the figure that is not the object of a
    preposition ("troops fighting for Russia" is not Russia's) nor a
    qualifier of goods ("US goods")."""
    for a, b, name in reversed(pool):
        if b <= ctx.fs and not _LED_BY_PREP.search(ctx.sent[max(0, a - 16):a]) \
                and not _GOODS.match(ctx.sent, b):
            return name
    return None


def _s_near_actor(ctx, lex, pool, lo, hi):
    """The acting entity of the figure's own clause only."""
    return _s_actor(ctx, lex, [e for e in pool if e[0] >= lo], lo, hi)


_SCOPE = compile_cached(r"(?i)\b(?:in|across|throughout|of|at)\s+(?:the\s+)?$")


#: groups too vague to name what a figure is about ("one in four people",
#: "the government": whose?)
_VAGUE_GROUPS = frozenset({"people", "residents", "citizens", "government", "federal government"})


def _group_subject(ctx, lex, m) -> Optional[str]:
    """The subject a group names: the country of a demonym ("Americans",
    "the American people": United States), else the group itself, unless it
    is vague."""
    if m.group() in lex.canonical:
        return lex.canonical[m.group()]
    e = _search(lex.entity_rx, ctx.sent, max(0, m.start() - 30), m.start())
    while e is not None and e.end() < m.start() - 1:  # the entity right before the group
        e = _search(lex.entity_rx, ctx.sent, e.end(), m.start())
    if e is not None and ctx.sent[e.end():m.start()].strip() == "":
        return lex.canonical[e.group()]
    group = lex.groups[_group_key(m.group(), lex)]
    return None if group in _VAGUE_GROUPS else group


_OPPONENT = compile_cached(r"(?i)(?<![\p{L}])(?:clash(?:es|ed)?|fighting|fight|battles?|skirmish(?:es)?|confrontations?|"
                           r"run-ins?|stand-?offs?|scuffles?)\s+(?:with|against|between)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$",
                           regex.VERSION1)


def _first_group(ctx, lex):
    """A population group named in the sentence ("Children can now expect
    almost 100 vaccines"): the subject when no place or name is."""
    for m in _finditer(lex.groups_rx, ctx.sent):
        if any(fs <= m.start() and _nwords(ctx.sent[fe:m.start()]) <= 2
               for fs, fe in [(ctx.fs, ctx.fe)] + list(ctx.others)):
            continue  # "4,000 people wounded": the people counted (by this figure or
            # another: "two kids and three wives"), not the subject
        if _OPPONENT.search(ctx.sent, max(0, m.start() - 30), m.start()):
            continue  # "dozens of lives were lost in clashes with the police": the other side
        subj = _group_subject(ctx, lex, m)
        if subj:
            return subj
    return None


_TOPIC_STOP = compile_cached(r"[,;:()]|\s(?:--|-|–|—)\s")


def _first_topic(ctx, lex) -> Optional[str]:
    """A disease, vaccine or programme the sentence names ("Have COVID-19
    Vaccines Caused Over 2,500 Miscarriages?"): the subject when nothing else
    is, unless a figure counts it ("stage 4 cancer", "100 vaccines")."""
    if not lex.topics:
        return None
    # the figure's own phrase, between commas ("When you throw 23 million people
    # off insurance, people with cancer will die": not cancer), and not in a
    # clause of its own after it ("52 horses whose owner died from COVID-19")
    lo = max((m.end() for m in _finditer(_TOPIC_STOP, ctx.sent[:ctx.fs])), default=0)
    hi = min((m.start() for m in (_search(_TOPIC_STOP, ctx.sent, ctx.fe), _search(_RELATIVE, ctx.sent, ctx.fe))
              if m is not None), default=len(ctx.sent))
    for m in _finditer(lex.topics_rx, ctx.sent[:hi]):
        if m.start() < lo or m.start() < ctx.fe and m.end() > ctx.fs or any(
                fs <= m.start() and _nwords(ctx.sent[fe:m.start()]) <= 2
                for fs, fe in [(ctx.fs, ctx.fe)] + list(ctx.others)):
            continue
        return lex.topics.get(m.group().lower())
    return None


def _s_agent(ctx, lex, pool, lo, hi):
    """'provided by the United States': the entity after 'by'."""
    for a, b, name in pool:
        if a >= ctx.fe and a <= hi and regex.search(r"\bby\s+(?:the\s+)?$", ctx.sent[max(ctx.fe, a - 12):a]) \
                and _nwords(ctx.sent[ctx.fe:a]) <= 6:
            return name
    return None


def _s_possessive(ctx, lex, pool, lo, hi):
    for a, b, name in reversed(pool):
        if b <= ctx.fs and a >= lo and _POSS.match(ctx.sent[b:b + 3]):
            # "Putin's forces have suffered 2,000": the owner of the figure's
            # noun phrase, not any possessive earlier in the sentence
            return name if _nwords(ctx.sent[b:ctx.ns]) <= 5 else None
    return None


def _s_before(ctx, lex, pool, lo, hi):
    for a, b, name in reversed(pool):
        if b <= ctx.fs:
            return name
    return None


def _s_of(ctx, lex, pool, lo, hi):
    for a, b, name in pool:
        if a >= ctx.fe and a <= hi and regex.search(r"\bof\s+(?:the\s+|Mr\s+|Ms\s+)?$", ctx.sent[ctx.fe:a]):
            return name
    return None


def _s_after_any(ctx, lex, pool, lo, hi):
    for a, b, name in pool:
        if a >= ctx.fe:
            return name
    return None


def _s_first(ctx, lex, pool, lo, hi):
    return pool[0][2] if pool else None


def _s_group(ctx, lex, pool, lo, hi):
    m = _search(lex.groups_rx, ctx.sent, ctx.fe, min(len(ctx.sent), ctx.fe + 60))
    if m is not None and _nwords(ctx.sent[ctx.fe:m.start()]) <= 4:
        return _group_subject(ctx, lex, m)
    return None


def _group_key(s: str, lex: _Lexicon) -> str:
    low = s.lower()
    for k in lex.groups:
        if k.lower() == low:
            return k
    return s


_PROPER = compile_cached(
    r"(?<![\w.-])(?:[\p{Lu}][\p{L}’'&.-]*[\p{L}.](?:-\d+)?|[\p{Lu}]{2,}(?:-\d+)?|[\p{Lu}]-\d+)"
    r"(?:\s+(?:of\s+|the\s+|for\s+|al-|el-)?"  # "Bank of England", "Rahaf al-Masri"
    r"(?:[\p{Lu}][\p{L}’'&.-]*[\p{L}.](?:-\d+)?|[\p{Lu}]{2,}(?:-\d+)?|[\p{Lu}]-\d+))*", regex.VERSION1)
_NOT_PROPER = {"The", "A", "An", "In", "On", "At", "If", "But", "And", "Mr", "Ms", "Mrs", "It",
               "He", "She", "They", "We", "I", "This", "That", "These", "Those", "There", "Here",
               "More", "Most", "Nearly", "About", "Over", "Under", "Since", "After", "Before",
               "During", "When", "Every", "Each", "All", "Only", "Almost", "One", "Two", "As",
               "For", "By", "From", "With", "Without", "Our", "Their", "His", "Her", "Its", "You",
               "Your", "Says", "Say", "Said", "Photo", "Video", "Image", "Breaking", "Less",
               "Fewer", "Around", "Roughly", "Up", "Now", "New", "Some", "Many", "No", "Not", "GDP",
               "COVID", "Covid", "COVID-19", "Covid-19", "Says", "Claim", "Photo", "Video", "Image",
               "Pictures", "Picture", "Viral", "Read", "More", "Watch", "Key", "Latest", "BREAKING",
               "Did", "Does", "Do", "Is", "Are", "Was", "Were", "Has", "Have", "Will", "Can", "Why",
               "How", "What", "Who", "Where", "Which", "Yes", "Also", "Then", "So", "Or", "To", "Of",
               "Rs", "Rs.", "KSh", "Ksh", "GHS", "INR", "USD",  # currencies written before a figure
               "Jr", "Jr.", "Sr", "Sr.",
               # a nationality in one word ("Irishman JP McManus"): no part of the name
               "Irishman", "Irishwoman", "Englishman", "Englishwoman", "Scotsman", "Scotswoman",
               "Welshman", "Welshwoman", "Frenchman", "Frenchwoman", "Dutchman", "Dutchwoman",
               "Scot", "Spaniard", "Swede", "Brit", "Aussie", "Kiwi", "Yank", "Geordie", "Scouser"}
_MONTHS_DAYS = {"January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December", "Monday", "Tuesday",
                "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                "Jan", "Jan.", "Feb", "Feb.", "Mar.", "Apr", "Apr.", "Jun.", "Jul.", "Aug", "Aug.",
                "Sep", "Sep.", "Sept", "Sept.", "Oct", "Oct.", "Nov", "Nov.", "Dec", "Dec."}
#: feasts and seasons of trade: times of the year, written with capitals
_FESTIVALS = frozenset("""Christmas Xmas Easter Thanksgiving Halloween Hallowe'en Ramadan Eid Diwali Hanukkah
Chanukah Passover Lent Advent Hogmanay Whitsun Pentecost Valentine Valentines""".split())
_FESTIVAL_PARTS = frozenset("""Day Eve Week Weekend Holiday Holidays Season Period Merry Happy Black Friday
Cyber Monday Boxing Good New Year Sunday""".split())
#: titles before a name ("Gov. Tony Evers", "Defence Minister Rajnath Singh"):
#: the subject is the person; a title alone ("the President") names no one
_TITLES = frozenset("""Dr Dr. Prof Prof. Gov Gov. Sen Sen. Rep Rep. Rev Rev. Lt Lt. Gen. Col Col. Capt
Capt. Sgt Sgt. Sir Dame Lord Lady President Judge Justice Congressman Congresswoman Senator
Governor Mayor Minister Secretary Chancellor King Queen Prince Princess Pope Speaker Chief Director
Chairman Chairwoman Chair CEO Commissioner Ambassador Premier Actor Actress Democrat
Republican Sheikh Emir Sultan Ayatollah Cardinal Bishop Archbishop Leader Deputy
Comedian Attorney Singer Rapper Journalist Activist Comic
""".split())
#: words that make a title of the title after them ("Defence Minister", "Vice President")
_TITLE_PREFIX = frozenset("""Vice Deputy First Prime Attorney Defence Defense Finance Foreign Health
Interior Home Education Former Then Chief Executive Acting Interim""".split())
#: words that may follow a title in a title ("Secretary of State", "Minister for Health")
_TITLE_TAIL = frozenset({"of", "for", "the", "State", "General", "Minister", "Lady", "Justice",
                         "Officer", "Affairs", "Secretary"})
#: adjectives of faith or origin, capitalised but naming no one ("a Hindu
#: priest", "Roman mosaics")
_ADJ_NAMES = frozenset("""Hindu Muslim Sikh Christian Catholic Jewish Protestant Buddhist Islamic
Latino Latina Hispanic Anglo Anglican Evangelical Orthodox Shia Sunni Roman Arab Asian African
European Black White Indigenous Native
Democratic Congressional Federal Republican Democrat Conservative Liberal""".split())
#: a party's adjective before a noun names the party
_PARTY_ADJ = {"Democrat": "Democrats", "Democratic": "Democrats", "Republican": "Republicans"}
#: a capitalised word that ends a name-like run in a headline written in title
#: case only when it is a common word; these name parts do not end it
_NAME_PARTS = frozenset("""County City State States University College Party House Senate Court
Department Bank Airlines Airways Company Council Ministry Police Army Navy Republic Kingdom Island
Islands Province District Authority Agency Office Service Services Foundation Institute Fund
Association Union Group Corporation Commission Committee Board School Hospital Church Club""".split())
#: function words of languages whose nouns are capitalised: such a sentence
#: has capitals that name nothing ("Diese", "Alle Mitarbeiter")
_FOREIGN = compile_cached(r"(?<!\w)(?:der|die|das|und|nicht|mit|von|ist|sind|werde|habe|dem|den|"
                          r"eine|einer|auf|für|zum|zur|nach|auch|wird|wurde)(?!\w)")
_MODEL = compile_cached(r"\p{Lu}{1,3}-\d+|(?i:covid-19)")  # "C-17", "COVID-19"
_CONTRACTION = compile_cached(r"[’'](?:m|re|ve|ll|d|t)$", regex.IGNORECASE)
_LOWER_COMPOUND = compile_cached(r"^\p{Lu}[\p{L}.]*-\p{Ll}")  # "Coal-fired", "Republican-authored"
#: a hyphenated qualifier before a name ("State-owned", "California-based", "Ten-year-old", "Fly-half",
#: "Man-of-the-match"), not a thing's own name ("High-definition DVDs")
_QUALIFIER = compile_cached(r"-\p{Ll}*(?:ed|born|old|half|match|brand|run|made|held|built|grown)$")


def _title_case(sent: str) -> bool:
    """A headline written in title case ("Man With Stinky Feet Goes To A
    Fish Spa"): its capitals mark words, not names."""
    words = [w for w in regex.findall(r"[\p{L}][\p{L}’'-]*", sent)[1:] if len(w) > 3]
    if len(words) < 4:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.7 * len(words)


def _runs(words: list, title_case: bool, common, given=frozenset()) -> list:
    """Split a capitalised run of (word, start, end) into names: at a
    contraction ("I’m"), and in a title-case headline at a common word, a
    function word, an adverb or a participle ("Maricopa County Ballots Came
    From", "Kamala Harris Falsely Claims", "Zookeeper Arrested After Trying"),
    but not inside a given name and the word after it ("Did Bill Gates
    Admit": Bill Gates)."""
    out, cur = [], []
    person = 0  # words still to keep whole: a given name and its surname
    for i, t in enumerate(words):
        w = t[0]
        low = w.lower().strip("’'")
        if title_case and not person and w in given and i + 1 < len(words) and _surname(words[i + 1][0]):
            if cur and cur[-1][0].lower() in common and cur[-1][0] not in _NAME_PARTS:
                out.append(cur)  # "Vaccine Bill Gates": the common word before is no part of it
                cur = []
            person = 2
        if person:
            person -= 1
            cur.append(t)
            continue
        if cur and w in given and _OWNER.search(cur[-1][0]) and i + 1 < len(words) and _surname(words[i + 1][0]):
            out.append(cur)  # "Southampton's David Prutton": the owner, then the person
            cur = []
        if _CONTRACTION.search(w) or title_case and (
                low in _NP_STOP or w in _NOT_PROPER or regex.search(r"..(?:ly|ing)$", low)
                or (low in common and not (cur and w in _NAME_PARTS))):
            if cur:
                out.append(cur)
            cur = []
            continue
        cur.append(t)
    if cur:
        out.append(cur)
    return out


_OWNER = compile_cached(r"\p{L}['’]s$", regex.VERSION1)


def _surname(w: str) -> bool:
    """A capitalised word that may follow a given name as its surname: not a
    function word, an adverb, a participle or a contraction."""
    low = w.lower().strip("’'")
    return w[:1].isupper() and low not in _NP_STOP and w not in _NOT_PROPER and w not in _MONTHS_DAYS \
        and not regex.search(r"..(?:ly|ing)$", low) and not _CONTRACTION.search(w)


def _untitled(words: list, common) -> list:
    """'Secretary of State Rex Tillerson' -> Rex Tillerson; 'Pfizer CEO' ->
    Pfizer; 'Vice President' -> nothing."""
    last = None
    for i, w in enumerate(words):
        if w in _TITLES:
            last = i
        elif last is not None and i == last + 1 and w in _TITLE_TAIL:
            last = i
    if last is None:
        return words
    after = words[last + 1:]
    if after:
        # a title before a name, not a name part ("Republican Party")
        if after[0] in _NAME_PARTS:
            return words
        return [] if len(after) == 1 and after[0].lower() in common else after
    first = next(i for i, w in enumerate(words) if w in _TITLES)
    if all(w in _TITLE_PREFIX for w in words[:first]):
        return []  # "the Vice President", "First Lady": a title alone names no one
    return words  # "Pfizer CEO" (the title is cut below)


_TOKEN = compile_cached(r"\S+")
_GLUED_SAYS = compile_cached(r"(?<![\w])Says(?=\p{Lu}\p{Ll})", regex.VERSION1)


#: the words of the WordNet lists that the document being typed writes with a capital
#: inside a sentence ("sold its Travelers Life & Annuity arm"): names there, so names
#: when they open a sentence too ("Travelers had sales of $5.2bn"); set by type_figures
_KEPT = [frozenset()]
_MID_CAPITAL = compile_cached(r"(?<=[\p{Ll}\d,;]\s+)\p{Lu}\p{Ll}+(?![\p{L}’'-])", regex.VERSION1)


def _kept_names(text: str, nouns: frozenset) -> frozenset:
    return frozenset(w for w in set(_MID_CAPITAL.findall(text)) if _a_word(w.lower(), nouns))


def _lex_names(sent: str, lex: "_Lexicon") -> tuple:
    """_proper_nouns read with the lexicon's common words, given names and WordNet words."""
    return _proper_nouns(sent, lex.common, lex.given, lex.words)


def _proper_nouns(sent: str, common=frozenset(), given=frozenset(), nouns=frozenset()) -> tuple:
    """(start, end, name) of the capitalised names in a sentence (``given``:
    given names, which keep a person whole in a title-case headline; ``nouns``:
    words of the WordNet lists, no name when one opens a sentence, unless the
    document writes it as a name elsewhere)."""
    return _proper_nouns_in(sent, common, given, nouns, _KEPT[0])


@functools.lru_cache(maxsize=2048)
def _proper_nouns_in(sent: str, common, given, nouns, kept) -> tuple:
    if len(_FOREIGN.findall(sent)) >= 2:
        return ()  # German nouns are capitalised: no name can be told by its capital
    title_case = _title_case(sent)
    out = []
    # "SaysLoretta Lynch": a glued "Says" is blanked, offsets kept
    sent = _GLUED_SAYS.sub("    ", sent)
    for m in _finditer(_PROPER, sent):
        at_start = regex.fullmatch(r"[\W_]*", sent[:m.start()]) is not None
        words = [(t.group(), m.start() + t.start(), m.start() + t.end()) for t in _TOKEN.finditer(m.group())]
        if at_start and len(words) == 2 and words[0][0].lower() in common and words[1][0].lower() in common \
                and words[0][0] not in given:
            words = words[1:]  # "Rescue Workers": a capital at the start proves nothing (not "Foot
            # Locker", nor "Bill Gates")
        for part in _runs(words, title_case, common, given):
            name = _name([t[0] for t in part], sent, part[0][1], at_start and part[0][1] == m.start(),
                         title_case, common, nouns, given, kept)
            if name:
                out.append((part[0][1], part[-1][2], name))
    if not title_case and " and " in sent:
        out = _joined_names(sent, out, common)
    return tuple(out)


#: "of Film and " before a name: the common word the "and" joins to it, after an "of" or alone
_AND_BEFORE_NAME = compile_cached(r"(?<![\p{L}])(of\s+)?(\p{Lu}\p{Ll}+)\s+and\s+$", regex.VERSION1)
_PART_AFTER = compile_cached(r"\s+(?:union|party|council|association|commission|committee|board|institute|"
                             r"foundation|society|trust|federation|league|alliance)(?![\p{L}])", regex.VERSION1)
_CAP_WORD = compile_cached(r"\p{Lu}\p{Ll}+", regex.VERSION1)


def _joined_names(sent: str, out: list, common) -> list:
    """One name that holds an "and" between two common words: "British Academy
    of Film and Television", "Department of Trade and Industry" (after "of"),
    "Public and Commercial Services Union" (a name that ends with a name part).
    Not "France and Germany", nor "Labour and Conservative MPs"."""
    res = []
    for n in out:
        first = _CAP_WORD.match(sent, n[0])
        m = _AND_BEFORE_NAME.search(sent, max(0, n[0] - 60), n[0])
        if m is None or first is None or first.end() > n[1] or first.group().lower() not in common:
            res.append(n)
            continue
        prev = res[-1] if res and res[-1][1] == m.end(2) else None
        word = m.group(2)
        of = prev is not None and m.group(1) is not None and word.lower() in common
        last = n[2].split()[-1]
        part = last in _NAME_PARTS or _PART_AFTER.match(sent, n[1]) is not None
        if of:
            res[-1] = (prev[0], n[1], prev[2] + sent[m.end(2):n[0]] + n[2])
        elif part and word.lower() in common and m.group(1) is None and (prev is None or prev[0] == m.start(2)):
            if prev is not None:
                res.pop()
            res.append((m.start(2), n[1], sent[m.start(2):n[0]] + n[2]))
        else:
            res.append(n)
    return res


def _name(words: list, sent: str, start: int, at_start: bool, title_case: bool, common,
          nouns=frozenset(), given=frozenset(), kept=frozenset()) -> Optional[str]:
    if at_start and len(words) > 1 and regex.search(r"..ing$", words[0]):
        words = words[1:]  # "Reauthorizing the Children’s Health Insurance Program"

    cut = max((i + 1 for i, w in enumerate(words[:-1]) if _LOWER_COMPOUND.match(w) and _QUALIFIER.search(w)),
              default=0)
    if cut:
        words = words[cut:]  # "State-owned Rosneft", "New York-born Aguilera": no part of the name

    def lead(words):
        while words and (regex.sub(r"[’']s?$", "", words[0]) in _NOT_PROPER or words[0] in _MONTHS_DAYS
                         or words[0] in ("of", "the", "for") or _CONTRACTION.search(words[0])):
            if words[0] == "New" and len(words) > 1 and (not at_start or words[1].lower() not in common):
                break  # "in New York", "New Providence": the place's own name (not "New figures")
            words = words[1:]
        return words

    words = lead(words)
    if len(words) == 1 and regex.sub(r"-\p{Ll}+$", "", words[0]) in _PARTY_ADJ:
        at = sent.find(words[0], start)
        nxt = regex.match(r"\s+(\p{Ll}+)", sent[at + len(words[0]):])
        if nxt and nxt.group(1) not in _NP_STOP:
            # "four million Democrat votes", "the Republican-authored budget"
            return _PARTY_ADJ[regex.sub(r"-\p{Ll}+$", "", words[0])]

    words = lead(_untitled(words, common))
    # "Pfizer CEO", "Pfizer’s COVID-19", "IAF C-17": the name is the owner
    while words and (words[-1] in ("of", "the", "for", "and") or words[-1] in _TITLES
                     or words[-1] in _NOT_PROPER or _MODEL.fullmatch(words[-1])):
        words = words[:-1]
    if not words or all(w.rstrip(".,") in _MONTHS_DAYS for w in words):
        return None
    if any(regex.sub(r"['’]s?$", "", w) in _FESTIVALS for w in words) \
            and all(regex.sub(r"['’]s?$", "", w) in _FESTIVALS or w in _FESTIVAL_PARTS for w in words):
        return None  # "Christmas", "Christmas Day", "Black Friday": a time of year, no one's figure
    if len(words) == 1:
        w = words[0]
        low = w.lower()
        if w.strip("’'s") in _ADJ_NAMES or _CONTRACTION.search(w) or _LOWER_COMPOUND.match(w):
            return None
        if low in common and (at_start or regex.search(r"(?:^|[\"“‘'(\[:•-]|\d(?:st|nd|rd|th)?)\s*$", sent[:start])):
            return None  # "Promised $10,000...", "Higher tariffs", "a 21st Century network": a
            # capitalised word, not a name
        if at_start and not w.isupper() and w not in given and w not in kept and _a_word(low, nouns) and regex.match(r"\s+\p{Ll}", sent[start + len(w):]):
            return None  # "Airliner flips over", "Railways have cancelled", "Bouncers stepped in",
            # "Swallowed chewing gum": a noun or a verb of the WordNet lists that opens a sentence
            # (a firm named by a word, "Travelers", is in the gazetteer, read apart from these names)
        if (at_start or title_case) and regex.search(r"(?:ing|ly)$", low):
            return None  # "Sniffing rosemary", "Selling Snapchat Premium"
        if title_case and not w.isupper():
            return None  # "Dime", "Stinky": one capitalised word in a headline proves nothing
    name = " ".join(words)
    name = regex.sub(r"['’]s?$", "", name)
    if name.endswith(".") and not regex.search(r"(?:^|[\s.])\p{Lu}\.$", name):
        name = name[:-1]  # "in Texas." ends a sentence; "U.S." keeps its point
    if len(name) < 2:
        return None
    return name


def _a_word(low: str, nouns: frozenset) -> bool:
    """A lower-cased word, or the singular of a plural, that the WordNet lists hold."""
    return bool(nouns) and (low in nouns or low + "s" in nouns or low + "es" in nouns
                            or low[-1:] == "y" and low[:-1] + "ies" in nouns)


_BY_AGENT = compile_cached(r"(?:\s+[\p{L}-]+){0,2}\s+by\s+(?:the\s+)?", regex.VERSION1)
_NAMES_FIGURE = compile_cached(r"\s?(?:of\s+)?$")


def _name_cands(ctx, lex) -> list:
    """The capitalised names of the sentence that may be the figure's subject."""
    # a name the figure belongs to is not its subject: "Agenda 2030",
    # "Article 370", "the Gang of 14" (not "Reagan’s 1986 tax reform")
    cands = [c for c in _lex_names(ctx.sent, lex) if not (c[0] < ctx.fe and c[1] > ctx.fs)
             and not (ctx.ucls in ("count", "date") and c[1] <= ctx.fs
                      and _NAMES_FIGURE.fullmatch(ctx.sent, c[1], ctx.fs)
                      and ctx.sent[c[1] - 2:c[1]] not in ("’s", "'s"))]
    return [c for c in cands if c[0] >= ctx.src and not _DOLLAR_AFTER.match(ctx.sent, c[1])  # "US$100,000"
            and not (lex.canonical.get(c[2], c[2]) != c[2] and lex.canonical[c[2]] in lex.countries and c[2] not in lex.nations
                     and _ACCORD_AFTER.match(ctx.sent, c[1]))  # "the Paris climate deal"
            and not (c[2] in lex.nations and _CHART_AFTER.match(ctx.sent, c[1]))  # "the US box office"
            and not (c[2] in lex.nations and _one_of_a_people(ctx.sent, c[1] - len(c[2]), c[1]))  # "The American spent"
            and not (c[2] in lex.nations and (_firm_adjective(ctx.sent, c[1] - len(c[2]), c[1])  # "The US firm"
                                              or _tongue_or_coin(ctx.sent, c[0], c[1], c[2])))]


_CAPS_PLURAL = compile_cached(r"\p{Lu}{2,}s")
_NOT_AFTER = compile_cached(r"(?i)(?<![\p{L}])(?:said|says|say|told|tells|added|adds|according|reported|claimed|"
                            r"claims|wrote|including|includes|such\s+as|where|while|whereas|although|because|"
                            r"unless|until)(?![\p{L}])|[;:\"“”]|,\s+(?:and|or|but)\s", regex.VERSION1)
#: the strategies that read a subject from where a name stands, and so may read
#: a name the gazetteer does not hold
_PLACED = ("after", "possessive", "near_actor", "actor", "agent", "before", "of", "after_any")


def _named_subject(rule: Rule, ctx: _Ctx, lex: _Lexicon, ents, pool, lo, hi) -> Optional[str]:
    """The rule's own strategies run again with the names the gazetteer does
    not hold added to the pool ("Two people in Newry", "Loretta Lynch's
    nomination"): the name that stands where the rule looks for its subject,
    when no listed entity does."""
    if rule.metric == "people.age":
        return None  # an age is a person's: the one it is written before, or the one it stands for
    # (not a plural of capitals, "CEOs", "MPs": a kind of people, not a name)
    # after the figure, not a name that reports it ("..., said Rob Pollard", "according to
    # Jupiter Research", "Jupiter Research said"), one of a list it counts ("100 firms
    # including Sony") or one in another clause ("..., while Virgin")
    names = [(c[0], c[1], _canon(c[2], lex)) for c in _name_cands(ctx, lex)
             if not any(e[0] < c[1] and c[0] < e[1] for e in ents) and not _CAPS_PLURAL.fullmatch(c[2])
             and not (c[0] >= ctx.fe and (_search(_NOT_AFTER, ctx.sent, ctx.fe, c[0]) is not None
                                          or _SOURCE_VERB.match(ctx.sent, c[1]) is not None
                                          or ctx.sent.count("(", ctx.fe, c[0]) > ctx.sent.count(")", ctx.fe, c[0])))]
    if not names:
        return None
    full = sorted(pool + names)
    for strategy in rule.subject:
        if strategy in _PLACED:
            subj = _STRATEGIES[strategy](ctx, lex, full, lo, hi)
            if subj:
                return subj
    return None


#: what joins a figure to the one before it in a parallel phrase ("175,000 people at
#: Heathrow Airport and 10,000 at Gatwick"): a name between them is the first figure's
_PARALLEL = compile_cached(r"\s*,?\s*(?:and|or|but|while|whereas|against|compared\s+with|versus|vs\.?)\s+"
                           r"(?:(?:about|around|nearly|almost|some|another|a\s+further|just|only)\s+)?$", regex.VERSION1)


def _s_proper_noun(ctx, lex, pool, lo, hi):
    cands = _name_cands(ctx, lex)
    before = [c for c in cands if c[1] <= ctx.fs and not (
        _PARALLEL.fullmatch(ctx.sent, c[1], ctx.ns) and any(o[1] <= c[0] for o in ctx.others))
        and not _in_dash_aside(ctx, c)]
    if before:
        first = before[0]
        if len(before) > 1 and before[1][0] == first[1] + 1 and _OWNER.search(ctx.sent, first[0], first[1]):
            first = (first[0], before[1][1], before[1][2])  # "Britain's Kelly Holmes marked": the one owned
        if _opening_actor(ctx, first):
            return _canon(first[2], lex)  # "The Falic Group bought two labels from LVMH in 2003"
        # the nearest name that does not own another noun ("Vera Drake, Mike
        # Leigh's tale about ..., is nominated in 11")
        free = [c for c in before if not ((_POSS.match(ctx.sent[c[1]:c[1] + 3]) or ctx.sent[c[1] - 2:c[1]] in ("'s", "’s"))
                                          and _nwords(ctx.sent[c[1]:ctx.ns]) > 5)]
        return _canon((free or before)[-1][2], lex)
    after = []
    for c in cands:
        if c[0] < ctx.fe:
            continue
        if _SUBORDINATE.search(ctx.sent, ctx.fe, c[0]) or any(
                ctx.fe <= o[0] and o[1] <= c[0] and _RELATIVE.search(ctx.sent, o[1], c[0]) for o in ctx.others):
            break  # "twice the 169,000 figure that Wall Street economists had forecast": a name in
            # another figure's clause, or in another clause ("..., while Virgin said")
        if _person_reporter(ctx, c):
            break  # "..., Mr Brown said": who reports the figure, not whom it is about
        lead = ctx.sent[max(0, c[0] - 16):c[0]]
        if ctx.sent.count("(", ctx.fe, c[0]) > ctx.sent.count(")", ctx.fe, c[0]) \
                and not (_BRACKETED_NAME.fullmatch(ctx.sent, c[0] - 1, c[1] + 1)
                         and not _expansion_before(ctx.sent, c)):
            continue  # "won 30 awards (including one at Sundance)": an aside in brackets (not a
            # name an editor put in brackets for the speaker's word: "(Charlie Crist) breaks it")
        if _AND_BEFORE.search(lead) and _OWN_VERB.match(ctx.sent, c[1]):
            break  # "Airbus sold 20 jets and the Boeing 747 fleet is ageing": the subject of the next clause
        if after and after[-1] is None and _AND_BEFORE.search(lead):
            continue  # "from makers including Nokia and Samsung": led by the same preposition
        after.append(c if (not _LED_BY_PREP.search(lead) or _SCOPE.search(lead)
                           # "charged $250 by Neiman Marcus": the agent of the figure
                           or _BY_AGENT.fullmatch(ctx.sent, ctx.fe, c[0])) else None)
    after = [c for c in after if c is not None]
    return _canon(after[0][2], lex) if after else None


_DASH = compile_cached(r"\s[-–—]\s", regex.VERSION1)


def _in_dash_aside(ctx: _Ctx, c: tuple) -> bool:
    """Is the name ``c`` inside an aside set off by two dashes that closes
    before the figure ("Shares in its major shareholder, Patrick Corporation -
    which owns 46% of Virgin Blue - had dropped 31%")?  The aside is about
    the name it follows, not the figure's subject."""
    if ctx.sent.count(" - ", 0, ctx.fs) + ctx.sent.count(" – ", 0, ctx.fs) + ctx.sent.count(" — ", 0, ctx.fs) < 2:
        return False
    dashes = [m.start() for m in _DASH.finditer(ctx.sent, 0, ctx.fs)]
    return any(dashes[i] < c[0] and c[1] <= dashes[i + 1] for i in range(0, len(dashes) - 1, 2))


#: a word that opens another clause after the figure: a name past it is not
#: the figure's
_SUBORDINATE = compile_cached(r"(?i)\b(?:where|while|whereas|although|because|unless|until|said|says|including|"
                              r"includes|such\s+as)\b|[;:]|,\s+with\b")  # ("three more efforts on the list,
# including fifth-placed Paranoid": one of those it counts, not its subject)
_RELATIVE = compile_cached(r"(?i)\b(?:that|which|who|whom|whose)\b")
_AND_BEFORE = compile_cached(r"(?i)\b(?:and|or)\s+(?:the\s+)?$")
#: a finite verb within three words after a name: the name opens a clause of its own
_OWN_VERB = compile_cached(r"(?:[’']s)?(?:\s+[\p{L}\d-]+){0,3}?\s+(?:is|are|was|were|has|have|had|will|would|"
                           r"can|could|said|says|sold|made|posted|reported|expects?|plans?)\b", regex.VERSION1)
_BRACKETED_NAME = compile_cached(r"\(.*\)", regex.DOTALL)


def _expansion_before(sent: str, c: tuple) -> bool:
    """An acronym in brackets after the words it stands for ("corporate social
    responsibility (CSR) reports"): an abbreviation, not an inserted name."""
    acro = c[2].replace(".", "")
    if not acro.isupper():
        return False
    words = regex.findall(r"[\p{L}]+", sent[max(0, c[0] - 120):c[0]])
    initials = "".join(w[0] for w in words if w.lower() not in ("of", "and", "for", "the", "on", "in"))
    return initials.upper().endswith(acro.upper())


_OPENING = compile_cached(r"^(?:the\s+|a\s+|an\s+)?((?:[\p{L}][\p{L}’'-]*\s+){0,2}?[\p{L}][\p{L}’'-]*)\s+"
                         r"(?:are|is|was|were|will|would|have|has|had|can|could|must|may|might)\b",
                         regex.IGNORECASE | regex.VERSION1)


def _s_opening(ctx, lex, pool, lo, hi):
    """The sentence's opening noun phrase ("Cabinet papers are released
    under the 30-year rule"): what a rule or law applies to."""
    m = _OPENING.match(ctx.sent)
    if m is None or m.end() > ctx.fs:
        return None
    words = m.group(1).split()
    if any(w.lower() in _NP_STOP for w in words):
        return None
    if m.start(1) > 0 and not words[0][0].isupper() and all(w.lower() in _THING_VAGUE for w in words[:-1]):
        return None  # "The full programme will be announced", "the ceremony": one named before (which?)
    return _canon(" ".join(words), lex) if words[0] in lex.canonical else " ".join(words).lower()


_STRATEGIES = {"opening": _s_opening, "actor": _s_actor, "near_actor": _s_near_actor, "agent": _s_agent, "after": _s_after, "possessive": _s_possessive, "before": _s_before, "of": _s_of,
               "after_any": _s_after_any, "first": _s_first, "group": _s_group,
               "proper_noun": _s_proper_noun}


# --------------------------------------------------------------------------
# status


_STATUS_RANK = {"hypothetical": 7, "demand": 6, "proposal": 5, "pledge": 4, "forecast": 3,
                "target": 2, "estimate": 1, "actual": 0}


#: a modal "be" ("will be", "could be") sets the status of the figure it says
#: something of ("the ceremony will be held on 27 February", "two million
#: people could be thrown into poverty"), not of a figure in a phrase the clause
#: only mentions: one after a preposition or a comparison ("will be made
#: available in the eleven reading rooms", "could be a fraction of the billions
#: lost", "may be slower than in 2004"), after a conjunction or a relative
#: word, or with a new clause between ("in 2003 and it will be exciting")
_MODAL_BE = compile_cached(r"(?i)(?:will|would|could|may|might)\s+be")
_MODAL_BE_GAP = compile_cached(r"(?i)\b(?:of|to|than|without|from|and|but|or|that|which|who|whose|where|have|has|had)\b"
                               r"|\b(?:in|at|on|into|across|among|with|by|for)\s+(?:the|its|their|his|her|our|these|those)\s+$")
_MODAL_BE_AFTER = compile_cached(r"(?i)\b(?:and|but|or|that|which|who|it|they|he|she|this)\b|[,;]|\s[-–—]|[–—]")


#: "will have to": an obligation, not a forecast of a figure ("employers will
#: have to engage with it", "will have to wait 48 hours")
_HAVE_TO = compile_cached(r"(?i)(?<=\bwill\s+have)\s+to\b")


def _holds(sent: str, cue: str, end: int, gap, a: int, b: int) -> bool:
    """Does the status word ``cue`` (ending at ``end``) say something of the
    figure?  Not "will have to" (an obligation), nor a modal "be" with ``gap``
    found in sent[a:b] between it and the figure (see _MODAL_BE)."""
    return _HAVE_TO.match(sent, end) is None and not (_MODAL_BE.fullmatch(cue) and gap.search(sent, a, b))


def _status(rule: Rule, ctx: _Ctx, lex: _Lexicon, hit: _Hit) -> str:
    """Status words near the figure in its clause; the strongest wins
    ("a proposed 4% target" is a proposal; "the current 3% target" a target).
    An age is no forecast ("the 35-year-old may be included")."""
    lo, hi = _clause(ctx.sent, ctx.fs, ctx.fe)
    found = []
    if rule.metric == "people.age":
        return rule.status
    # up to the number itself: "an estimated 12,000" keeps its hedge in the figure
    for m in _finditer(lex.status_rx, ctx.sent[lo:max(lo, ctx.ns)]):
        d = _nwords(ctx.sent[lo + m.end():ctx.fs]) if lo + m.end() < ctx.fs else 0
        st = lex.status[m.group().lower()]
        if d <= (14 if st == "hypothetical" else 12) and _holds(ctx.sent, m.group(), lo + m.end(),
                                                                 _MODAL_BE_GAP, lo + m.end(), ctx.fs):
            found.append(st)
    m = _search(lex.status_rx, ctx.sent, ctx.fe, hi)
    if m is not None and _nwords(ctx.sent[ctx.fe:m.start()]) <= 3 \
            and _holds(ctx.sent, m.group(), m.end(), _MODAL_BE_AFTER, ctx.fe, m.start()):
        found.append(lex.status[m.group().lower()])
    found.append(rule.status)
    return max(found, key=lambda st: _STATUS_RANK[st])


#: the verb of a date's clause in the future, shortly before the date: "will open in 2012",
#: "is due to close on 1 August" (a date of no later than publication is no forecast)
_WILL_ACT = compile_cached(r"(?i)\b(?:(?-i:(?:[Ww]ill|[Ss]hall)(?!\s+\p{Lu}))|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to)\s+(?:(?:not|also|now|then|"
                           r"finally|only|soon)\s+)?\p{Ll}+\b(?![^.;,]*\b(?:ago|last|was|were|had|did|which|who|that)\b)",
                           regex.VERSION1)


# --------------------------------------------------------------------------
# period

_MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], 1)}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])}

_REL = compile_cached(
    r"(?i)\b(?P<rel>yesterday|today|tonight|overnight|this week|last week|this month|last month|"
    r"earlier this month|earlier this year|this year|last year|in a single day|in one day|"
    r"in a day|in 24 hours|in the past 24 hours|over the past 24 hours|a day|per day|daily|"
    r"each day|every day|a year|per year|annually|each year|a month|per month|monthly|"
    r"yearly|every year|per annum|a week|per week|every week|every month|"
    r"to date|so far|in total|altogether|all told|overall|running total|total of|now|currently|"
    r"since (?:the (?:war|invasion|conflict) began|the (?:start|beginning) of the (?:full-scale )?(?:war|invasion)|"
    r"(?:its|the|russia['’]s) (?:full-scale )?invasion(?: in (?:\w+ )?(?:19|20)\d\d)?))\b"
    # "from a year earlier", "a day later": a comparison's base, not a rate
    r"(?!\s+(?:earlier|ago|before|later|after|previously)\b)",
    regex.VERSION1)
_SINCE = compile_cached(r"(?i)\b(since|after)\s+(?:(?:early|late|mid-?)\s*)?$")
_YEAR = compile_cached(r"(?<![\w,.])(?:in|during|for|of|by|since|from)\s+(?P<y>(?:19|20)\d\d)(?![\w%])")
_IN_MONTH = compile_cached(
    r"(?i)\b(?:in|during|since|from|for)\s+(?P<m>january|february|march|april|may|june|july|"
    r"august|september|october|november|december)(?:\s+(?P<y>(?:19|20)\d\d))?\b")


_PER = {"in a single day": "per day", "in one day": "per day", "in a day": "per day", "in 24 hours": "per day",
        "a day": "per day", "per day": "per day", "daily": "per day", "each day": "per day",
        "every day": "per day", "a year": "per year", "per year": "per year", "annually": "per year",
        "each year": "per year", "yearly": "per year", "every year": "per year", "per annum": "per year",
        "a month": "per month", "per month": "per month", "monthly": "per month", "every month": "per month",
        "a week": "per week", "per week": "per week", "every week": "per week"}
#: the rate words: those of _PER that are no span of their own ("a day", not "in a single day")
_RATES = frozenset(k for k in _PER if not k.startswith("in "))


@dataclass(slots=True)
class _Period:
    label: Optional[str] = None
    start: Optional[str] = None
    end: Optional[str] = None
    cumulative: bool = False


def _month_range(y: int, m: int) -> tuple[_dt.date, _dt.date]:
    first = _dt.date(y, m, 1)
    nxt = _dt.date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - _dt.timedelta(days=1)


#: a clause that speaks of what is to come, in the words just before a date of no
#: year: "the tour begins in San Diego on 28 March", "will open in August"
_AHEAD = compile_cached(r"(?i)\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|to)|(?:starts|begins|ends|opens|"
                        r"closes|resumes|goes)\b|takes\s+place|(?-i:next))\b(?![^.;]*\b(?:ago|last|was|were|had|did)\b)")


def _ahead(text: str, start: int) -> bool:
    """Whether a date with no year at ``start`` is in a clause about the future."""
    s0 = max(text.rfind(".", 0, start), text.rfind(";", 0, start), text.rfind("\n", 0, start), start - 80)
    return _AHEAD.search(text, s0 + 1, start) is not None


def _date_span(dm: DateMention, pub: Optional[_dt.date], ahead: bool = False):
    """(start, end, label) of a date mention, resolved against pub; a day or month
    of no year is the last one before publication (a month's grace for a day),
    or the next one if ``ahead`` (its clause speaks of what is to come)."""
    if dm.year and dm.month and dm.day:
        try:
            d = _dt.date(dm.year, dm.month, dm.day)
        except ValueError:
            return None
        return d, d, d.isoformat()
    if dm.year and dm.month:
        a, b = _month_range(dm.year, dm.month)
        return a, b, f"{dm.year:04d}-{dm.month:02d}"
    if dm.month and dm.day and pub:
        try:
            d = _dt.date(pub.year, dm.month, dm.day)
        except ValueError:
            return None
        if ahead:
            if d < pub - _dt.timedelta(days=7):
                d = d.replace(year=pub.year + 1)  # "begins on 3 January" in a December paper
        elif d > pub + _dt.timedelta(days=31):
            d = d.replace(year=pub.year - 1)
        return d, d, d.isoformat()
    if dm.month and pub:
        y = (pub.year if dm.month >= pub.month else pub.year + 1) if ahead else \
            (pub.year if dm.month <= pub.month else pub.year - 1)
        a, b = _month_range(y, dm.month)
        return a, b, f"{y:04d}-{dm.month:02d}"
    if dm.year:
        return _dt.date(dm.year, 1, 1), _dt.date(dm.year, 12, 31), str(dm.year)
    rel = (dm.relative or "").lower()
    if rel and pub:
        r = _relative(rel, pub)
        if r:
            return r
    return None


def _yearless_span(dm: DateMention):
    """(first day, last day, label) of a month or a day with no year and no
    publication date to resolve it, as days of a leap year; the label is the
    ISO 8601 form with the year left out ("--08-13", "--08")."""
    if dm.year or not dm.month or dm.relative:
        return None
    try:
        if dm.day:
            d = _dt.date(2000, dm.month, dm.day).timetuple().tm_yday
            return d, d, f"--{dm.month:02d}-{dm.day:02d}"
        a, b = _month_range(2000, dm.month)
    except ValueError:
        return None
    return a.timetuple().tm_yday, b.timetuple().tm_yday, f"--{dm.month:02d}"


def _relative(rel: str, pub: _dt.date):
    rel = rel.lower().strip()
    day = _dt.timedelta(days=1)
    if rel in ("today", "tonight", "overnight", "in the past 24 hours", "over the past 24 hours"):
        return pub, pub, pub.isoformat()
    if rel == "yesterday":
        d = pub - day
        return d, d, d.isoformat()
    if rel == "this week":
        return pub - _dt.timedelta(days=pub.weekday()), pub, "this week"
    if rel == "last week":
        mon = pub - _dt.timedelta(days=pub.weekday() + 7)
        return mon, mon + 6 * day, "last week"
    if rel in ("this month", "earlier this month"):
        return pub.replace(day=1), pub, f"{pub.year:04d}-{pub.month:02d}"
    if rel == "last month":
        prev = pub.replace(day=1) - day
        a, b = _month_range(prev.year, prev.month)
        return a, b, f"{prev.year:04d}-{prev.month:02d}"
    if rel in ("this year", "earlier this year"):
        return _dt.date(pub.year, 1, 1), pub, str(pub.year)
    if rel == "last year":
        return _dt.date(pub.year - 1, 1, 1), _dt.date(pub.year - 1, 12, 31), str(pub.year - 1)
    if rel in _WEEKDAYS:
        back = (pub.weekday() - _WEEKDAYS[rel]) % 7
        d = pub - _dt.timedelta(days=back)
        return d, d, d.isoformat()
    return None


_MON_ALT = ("january|february|march|april|may|june|july|august|september|october|november|december|"
            "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_MON3 = {k[:3]: v for k, v in _MONTHS.items()}
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
_NUM_MONTHS = {"three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9, "twelve": 12, "12": 12}
#: named days ("on Christmas Day"): (month, day) or a movable feast's offset in days
_FIXED_DAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
               "new year's day": (1, 1), "new year's eve": (12, 31), "new years day": (1, 1),
               "new years eve": (12, 31), "hogmanay": (12, 31), "valentine's day": (2, 14),
               "valentines day": (2, 14), "halloween": (10, 31), "bonfire night": (11, 5),
               "guy fawkes night": (11, 5), "st patrick's day": (3, 17), "armistice day": (11, 11),
               "remembrance day": (11, 11), "fourth of july": (7, 4), "burns night": (1, 25)}
_EASTER_DAYS = {"easter sunday": (0, 0), "easter day": (0, 0), "easter monday": (1, 1), "good friday": (-2, -2),
                "easter weekend": (-2, 1), "easter": (-2, 1)}
_THANKS_DAYS = {"thanksgiving day": (0, 0), "thanksgiving": (0, 0), "thanksgiving weekend": (0, 3),
                "black friday": (1, 1)}
#: spans the date finder does not read: a quarter, a half, "the three months to
#: December", a named day, "by 2011" (a horizon, not a year's figure)
_NAMED_PERIOD = compile_cached(
    r"(?i)(?<![\w-])(?:"
    r"(?P<q>(?:the\s+)?(?P<qo>first|second|third|fourth|final|1st|2nd|3rd|4th|last)[\s-]+quarter"
    r"(?:\s+(?:of\s+)?(?P<qy>(?:19|20)\d\d)|\s+of\s+(?P<qrel>next|last|this)\s+year)?)"
    r"|(?P<qq>Q(?P<qn>[1-4])(?:\s+(?P<qqy>(?:19|20)\d\d))?)"
    # a half of a year, not of a match: "the first half of 2004", "of the year"
    r"|(?P<h>(?:the\s+)?(?P<ho>first|second)[\s-]+half\s+of\s+(?:the\s+(?:financial\s+|fiscal\s+)?year|(?P<hy>(?:19|20)\d\d)))"
    # the first or last months of a calendar year: "the last three months of 2004" is its fourth quarter
    r"|(?P<lm>(?:the\s+)?(?P<lo>first|last|final)\s+(?P<ln>three|six|nine|3|6|9)\s+months\s+of\s+"
    r"(?:the\s+year|(?P<ly>(?:19|20)\d\d)))"
    r"|(?P<nm>(?:the\s+)?(?P<nn>three|six|nine|twelve|3|6|9|12)\s+months?|(?:the\s+)?(?P<fy>(?:financial\s+|fiscal\s+)?year))"
    r"\s+(?:to|ending|ended|through|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:(?P<nd>\d{1,2})(?:st|nd|rd|th)?\s+)?"
    r"(?P<nmo>" + _MON_ALT + r")\.?(?:\s+(?P<nd2>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<ny>(?:19|20)\d\d))?"
    r"|(?P<mm>(?:the\s+)?(?P<m1>" + _MON_ALT + r")[\s-]+to[\s-]+(?P<m2>" + _MON_ALT + r")(?:\s+(?P<mmy>(?:19|20)\d\d))?"
    r"\s+(?:period|quarter))"
    r"|(?P<by>by\s+(?:the\s+end\s+of\s+)?(?:(?:(?P<bym>" + _MON_ALT + r")\s+)?(?P<byy>(?:19|20)\d\d)"
    r"|(?P<byr>next)\s+year))"
    r"|(?P<bf>(?:before|prior\s+to)\s+(?P<bfy>(?:19|20)\d\d))"
    r"|(?P<hol>christmas\s+day|christmas\s+eve|boxing\s+day|new\s+year'?s\s+(?:day|eve)|hogmanay|"
    r"valentine'?s\s+day|halloween|bonfire\s+night|guy\s+fawkes\s+night|st\.?\s+patrick'?s\s+day|armistice\s+day|"
    r"remembrance\s+day|fourth\s+of\s+july|burns\s+night|easter(?:\s+(?:sunday|day|monday|weekend))?|good\s+friday|"
    r"thanksgiving(?:\s+(?:day|weekend))?|black\s+friday)(?:\s+(?P<holy>(?:19|20)\d\d))?"
    r")(?![\w-])", regex.VERSION1)
_NAMED_ANY = compile_cached(r"(?i)quarter|Q[1-4]|half|months?\s|year\s+(?:to|end)|period|by\s+|before|prior|"
                            r"christmas|boxing|new\s+year|hogmanay|valentine|halloween|bonfire|fawkes|patrick|"
                            r"armistice|remembrance|fourth\s+of|burns|easter|good\s+friday|thanksgiving|black\s+friday")
#: the word before a named day that makes it no period of the figure
_NOT_ON = compile_cached(r"(?i)\b(?:before|after|until|till|ahead\s+of|from)\s+(?:the\s+)?$")


def _easter(y: int) -> _dt.date:
    """Easter Sunday (the Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return _dt.date(y, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _thanksgiving(y: int) -> _dt.date:
    first = _dt.date(y, 11, 1)
    return first + _dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def _holiday(name: str, y: int):
    day = _dt.timedelta(days=1)
    if name in _FIXED_DAYS:
        m, d = _FIXED_DAYS[name]
        x = _dt.date(y, m, d)
        return x, x
    if name in _EASTER_DAYS:
        e, (a, b) = _easter(y), _EASTER_DAYS[name]
        return e + a * day, e + b * day
    a, b = _THANKS_DAYS[name]
    t = _thanksgiving(y)
    return t + a * day, t + b * day


def _latest(pub: _dt.date, make):
    """The span ``make(year)`` of the publication year, or of the year before
    when that one ends more than a month after publication ("the year to 31
    December", published on 1 January: the year just ended)."""
    a, b = make(pub.year)
    if b > pub + _dt.timedelta(days=31):
        a, b = make(pub.year - 1)
    return a, b


def _resolve(make, year, pub: Optional[_dt.date]):
    """The span ``make(year)`` of a year the text names, else of the latest
    year before publication (_latest), else None (no year and no date)."""
    if year:
        return make(int(year))
    return _latest(pub, make) if pub else None


def _add_span(out: list, m, make, year, pub: Optional[_dt.date], label) -> None:
    """The span ``make`` gives for the year named (or the latest one, _resolve)
    added to ``out`` with its ``label(start, end)``; nothing when there is none."""
    ab = _resolve(make, year, pub)
    if ab is not None:
        a, b = ab
        out.append((m.start(), m.end(), a.isoformat(), b.isoformat(), label(a, b), False))


def _mon(word: str) -> int:
    return _MON3[word.lower()[:3]]


@functools.lru_cache(maxsize=1024)
def _named_periods(sent: str, pub: Optional[_dt.date]) -> tuple:
    """(start, end, first day, last day, label, cumulative) of the spans in
    ``sent`` the date finder does not read (see _NAMED_PERIOD); days are ISO
    strings or None."""
    if _NAMED_ANY.search(sent) is None:
        return ()
    out = []
    for m in _finditer(_NAMED_PERIOD, sent):
        g = m.group
        if not g("by") and not g("bf") and _NOT_ON.search(sent, max(0, m.start() - 14), m.start()):
            # "until the fourth quarter", "before Christmas": no period of the figure
            out.append((m.start(), m.end(), None, None, None, False))
            continue
        try:
            if g("q") or g("qq"):
                o = g("qo")
                y = g("qy") or g("qqy")
                if g("qrel"):
                    if not pub:
                        continue
                    y = pub.year + {"next": 1, "last": -1}.get(g("qrel").lower(), 0)
                if o and o.lower() == "last" and not y:
                    if not pub:
                        continue
                    qn = (pub.month - 1) // 3  # the quarter before publication's
                    y, qn = (pub.year, qn) if qn else (pub.year - 1, 4)
                else:
                    qn = int(g("qn")) if g("qq") else _ORD.get(o.lower())
                    if qn is None:
                        continue
                make = lambda yy, qn=qn: _month_range(yy, 3 * qn - 2)[0:1] + _month_range(yy, 3 * qn)[1:]
                _add_span(out, m, make, y, pub, lambda a, b: f"{a.year:04d}-Q{qn}")
            elif g("h"):
                hn = 1 if g("ho").lower() == "first" else 2
                make = lambda yy, hn=hn: (_dt.date(yy, 6 * hn - 5, 1), _month_range(yy, 6 * hn)[1])
                _add_span(out, m, make, g("hy"), pub, lambda a, b: f"{a.year:04d}-H{hn}")
            elif g("lm"):
                n = _NUM_MONTHS[g("ln").lower()]
                first = 1 if g("lo").lower() == "first" else 13 - n
                make = lambda yy, first=first, n=n: (_dt.date(yy, first, 1), _month_range(yy, first + n - 1)[1])
                _add_span(out, m, make, g("ly"), pub,
                          lambda a, b, first=first, n=n: f"{a.year:04d}-Q{(first + 2) // 3}" if n == 3
                          else f"{a.year:04d}-H{(first + 5) // 6}" if n == 6 else f"{a.isoformat()}/{b.isoformat()}")
            elif g("nmo"):
                n = _NUM_MONTHS[g("nn").lower()] if g("nn") else 12
                mo = _mon(g("nmo"))
                dd = g("nd") or g("nd2")

                def make(yy, mo=mo, dd=dd, n=n):
                    # "the six months to 31 December": from the first of July
                    end = _dt.date(yy, mo, int(dd)) if dd else _month_range(yy, mo)[1]
                    k = yy * 12 + mo - n  # months since year 0 of the first month, 0-based
                    return _dt.date(k // 12, k % 12 + 1, 1), end
                _add_span(out, m, make, g("ny"), pub, lambda a, b: f"{a.isoformat()}/{b.isoformat()}")
            elif g("mm"):
                m1, m2 = _mon(g("m1")), _mon(g("m2"))
                if m2 < m1:
                    continue
                make = lambda yy, m1=m1, m2=m2: (_dt.date(yy, m1, 1), _month_range(yy, m2)[1])
                _add_span(out, m, make, g("mmy"), pub, lambda a, b: f"{a.isoformat()}/{b.isoformat()}")
            elif g("by"):
                if g("byr"):  # "by the end of next year": the year after publication's
                    if not pub:
                        continue
                    y = pub.year + 1
                else:
                    y = int(g("byy"))
                e = _month_range(y, _mon(g("bym")))[1] if g("bym") else _dt.date(y, 12, 31)
                # a horizon: the figure as it stands at that date, not the year's own figure
                out.append((m.start(), m.end(), e.isoformat(), e.isoformat(),
                            "by " + (e.isoformat()[:7] if g("bym") else str(y)), False))
            elif g("bf"):
                y = int(g("bfy"))
                out.append((m.start(), m.end(), None, f"{y - 1}-12-31", f"before {y}", False))
            elif g("hol"):
                name = regex.sub(r"\s+", " ", g("hol").lower()).replace("’", "'").replace("st. ", "st ")
                if name not in _FIXED_DAYS and name not in _EASTER_DAYS and name not in _THANKS_DAYS:
                    continue
                if g("holy"):
                    a, b = _holiday(name, int(g("holy")))
                elif pub:
                    a, b = _latest(pub, lambda yy, name=name: _holiday(name, yy))
                else:
                    continue
                out.append((m.start(), m.end(), a.isoformat(), b.isoformat(),
                            a.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}", False))
        except (ValueError, KeyError):
            continue
    return tuple(out)


#: the word that sets another figure against this one: "$1.2871, from $1.2974 on Thursday"
_BASE_WORD = compile_cached(
    r"(?i)\b(?P<w>from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$")


def _other_base(ctx: _Ctx, a: int, day: bool = False) -> bool:
    """A date at ``a``, after the figure, that follows another figure set
    against it ("£75m, compared with £125m last year"; "reached $1.2871, from
    $1.2974 on Thursday"): the date is that figure's, not this one's.  After
    "from", only a day: "rose to 2.5% from 2.1% in March" is March's rate."""
    if a < ctx.fe:
        return False
    for s, e in ctx.others:
        if ctx.fe <= s and e <= a:
            m = _BASE_WORD.search(ctx.sent, max(ctx.fe, s - 30), s)
            if m is not None and (day or m.group("w").lower() != "from"):
                return True
    return False


#: "for the quarter", "in the same period": the reporting period named before
_ANAPHOR = compile_cached(r"(?i)\b(?:the|this|that)\s+(?:same\s+)?(?:quarter|period|three\s+months|six\s+months|half)\b")
_SENT_END = compile_cached(r"[.!?][\"'”’]?\s+")
#: a money or percent figure near a period: the period is a reporting period
_PERIOD_FIGURE = compile_cached(r"(?i)[$£€¥]\s?\d|\d\s?(?:%|per\s?cent|bn\b|billion|million|m\b)|\d\s?(?:euros?|yen|kronor|rupees)")
#: words that give a sentence a time of its own (a period carried from before would override it)
_TIME_WORD = compile_cached(
    r"(?i)\b(?:(?:19|20)\d\d|year(?!\s+(?:earlier|ago|before))|years|annual\w*|month\w*|weeks?|days?|today|"
    r"yesterday|now|currently|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
    r"march|april|june|july|august|september|october|november|december|season|since|until)\b")


def _carried_period(ctx: _Ctx, pub: Optional[_dt.date]):
    """A figure with no period of its own in a results story: the reporting
    period (a quarter, a half, "the three months to December") named before it
    in its paragraph ("GM earned $630m in the October-to-December period ...
    Revenues rose to $51.2bn"), or anywhere before when its sentence points
    back to it ("turnover for the quarter").  The first such period of the
    nearest sentence that names one, not one set against it ("down from $1bn
    in the fourth quarter of 2003")."""
    text = ctx.text
    if not text or ctx.s0 <= 0:
        return None
    anaphor = _ANAPHOR.search(ctx.sent) is not None
    if anaphor:
        lo = max(0, ctx.s0 - 3000)
    elif _TIME_WORD.search(ctx.sent) or ctx.ucls not in ("money", "percent", "count"):
        return None  # "For the full year, ... 2003's $1.2bn loss": a time of its own, read or not
    else:
        lo = text.rfind("\n", 0, ctx.s0) + 1
    before = text[lo:ctx.s0].rstrip()
    if not before or _NAMED_ANY.search(before) is None:
        return None
    cuts = [0] + [m.end() for m in _SENT_END.finditer(before)] + [len(before)]
    for i in range(len(cuts) - 2, -1 if anaphor else max(-1, len(cuts) - 3), -1):
        sent = before[cuts[i]:cuts[i + 1]]
        for a, b, s, e, label, cum in _named_periods(sent, pub):
            if label is None or s is None or label.startswith(("by ", "before ")) or (s == e):
                continue
            if regex.search(r"(?i)\b(?:from|compared|against|than|versus)\b", sent[max(0, a - 40):a]):
                continue
            if _PERIOD_FIGURE.search(sent, max(0, a - 80), min(len(sent), b + 80)) is None:
                continue  # "Opec's plan to cut output in the second quarter": no figure reported for it
            return s, e, label, cum
    return None


def _period(rule: Rule, ctx: _Ctx, dates: Sequence[DateMention], pub: Optional[_dt.date],
            carry: bool = True) -> _Period:
    """The period nearest the figure in its sentence."""
    cands = []  # (distance, start, end, label, cumulative)
    sent = ctx.sent
    conv = ctx.conv
    if not conv and sent.startswith(("(", " ("), ctx.fe):
        j = sent.find(")", ctx.fe, ctx.fe + 60)
        if j > 0 and any(ctx.fe <= o[0] < j for o in ctx.others):
            conv = (ctx.fe, j + 1)
    if conv and conv[1] <= len(sent):
        # "86.7bn Swiss francs ($74.6bn; £39.1bn) in 2004": the stated conversion
        # does not end the figure's clause
        a, b = conv
        sent = sent[:a] + " " * (b - a) + sent[b:]
        ctx = replace(ctx, sent=sent, conv=(), others=[o for o in ctx.others if not a <= o[0] < b])
    i = sent.rfind("(", 0, ctx.fs)
    if i > 0 and ")" not in sent[i:ctx.fs]:
        host = next(((x, y) for x, y in ctx.others if i - 2 <= y <= i), None)
        if host is not None:
            # a stated conversion, "A$458.4m ($357.6m; £191m)": the period of the figure it
            # restates, read with the brackets out of the way
            j = sent.find(")", ctx.fe)
            j = len(sent) if j < 0 else j + 1
            others = [o for o in ctx.others if o != host and not i <= o[0] < j]
            return _period(rule, replace(ctx, sent=sent[:i] + " " * (j - i) + sent[j:], fs=host[0], fe=host[1],
                                         others=others, conv=()), dates, pub, carry)

    lo, hi = _clause(sent, ctx.fs, ctx.fe)

    def dist(a, b):
        # prefer the figure's own clause, and words after the figure
        # ("434,000 killed in 2024") over words before it
        far = 0 if lo <= a and b <= hi else None
        if far is None:
            return None
        if b <= ctx.fs:
            return (ctx.fs - b) * 1.5
        if a >= ctx.fe:
            return a - ctx.fe
        return 0

    def since(a):
        m = _SINCE.search(sent[max(0, a - 20):a])
        # "claims filed after 9/11": from that day on; not "after Monday's 4% gain" (its day)
        return bool(m) and (m.group(1).lower() == "since" or a >= ctx.fe)

    spans_taken = []
    for a, b, s, e, label, cum in _named_periods(sent, pub):
        spans_taken.append((a, b))
        if label is None or (a < ctx.fe and b > ctx.fs) or _other_base(ctx, a, s is not None and s == e):
            continue
        if since(a) and s is not None:
            cands.append((dist(a, b), s, pub.isoformat() if pub else None, "since " + label, True))
        else:
            cands.append((dist(a, b), s, e, label, cum))
    for dm in dates:
        a, b = dm.start - ctx.s0, dm.end - ctx.s0
        if a < 0 or b > len(sent) or (a < ctx.fe and b > ctx.fs):
            continue
        if any(x <= a < y for x, y in spans_taken):
            continue
        span = _date_span(dm, pub, not dm.year and _ahead(sent, a))
        if span is None or _other_base(ctx, a, span[0] == span[1]):
            continue
        spans_taken.append((a, b))
        if since(a):
            end = pub.isoformat() if pub else None
            cands.append((dist(a, b), span[0].isoformat(), end, "since " + span[2], True))
        else:
            cands.append((dist(a, b), span[0].isoformat(), span[1].isoformat(), span[2], False))
    # years and months the date finder may not have given
    for m in _finditer(_YEAR, sent):
        a, b = m.start("y"), m.end("y")
        if any(x <= a < y for x, y in spans_taken) or (a < ctx.fe and b > ctx.fs) or _other_base(ctx, a):
            continue
        y = int(m.group("y"))
        if m.group().lower().startswith("since"):
            cands.append((dist(a, b), f"{y}-01-01", pub.isoformat() if pub else None, f"since {y}", True))
        else:
            cands.append((dist(a, b), f"{y}-01-01", f"{y}-12-31", str(y), False))
        spans_taken.append((a, b))
    for m in _finditer(_IN_MONTH, sent):
        a, b = m.start("m"), m.end()
        if any(x <= a < y for x, y in spans_taken):
            continue
        if _other_base(ctx, a):
            continue
        mon = _MONTHS[m.group("m").lower()]
        if m.group("y"):
            y = int(m.group("y"))
        elif pub:
            y = pub.year if mon <= pub.month else pub.year - 1
        else:
            continue
        s, e = _month_range(y, mon)
        if m.group().lower().startswith("since"):
            cands.append((dist(a, b), s.isoformat(), pub.isoformat() if pub else None, f"since {y:04d}-{mon:02d}", True))
        else:
            cands.append((dist(a, b), s.isoformat(), e.isoformat(), f"{y:04d}-{mon:02d}", False))
    for m in _finditer(_REL, sent):
        a, b = m.start(), m.end()
        if a < ctx.fe and b > ctx.fs:
            continue
        rel = m.group("rel").lower()
        d = dist(a, b)
        if d is None or (rel not in _RATES and _other_base(ctx, a, rel in ("yesterday", "today", "tonight", "overnight"))):
            continue
        if rel.startswith("since"):
            cands.append((d, None, pub.isoformat() if pub else None, rel, True))
        elif rel in ("to date", "so far", "in total", "altogether", "all told", "overall",
                     "running total", "total of", "now", "currently"):
            end = pub.isoformat() if pub else None
            as_of = rel in ("now", "currently")
            # a count "now" is a running total (losses now exceed 800,000);
            # a rate or a level "now" is just as of today, its period that day
            # ("now 45% ... In 2003 the figure was 29%": two times, not one)
            running = not as_of or ctx.ucls == "count"
            cands.append((d + 0.5, None if running else end, end, "now" if as_of else "to date", running))
        elif _blocked(ctx, min(b, ctx.fs), max(a, ctx.fe)) and rel in _RATES:
            continue  # "$10,000 upfront and $2,000 monthly": the rate is the second figure's
        elif rel in _PER:
            cands.append((d, None, None, _PER[rel], False))
        elif pub:
            r = _relative(rel, pub)
            if r:
                cands.append((d, r[0].isoformat(), r[1].isoformat(), r[2], False))
    cands = [c for c in cands if c[0] is not None]
    if not cands:
        got = _carried_period(ctx, pub) if carry else None
        if got is None:
            return _Period(cumulative=rule.cumulative)
        cands = [(0,) + got]
    cands.sort(key=lambda c: c[0])
    d, s, e, label, cum = cands[0]
    ago = _AGO.match(sent, ctx.fe)
    if ago is not None and not cum:
        # "down from $133m a year ago": the period a year before the one named
        if not regex.search(r"(?i)year|previous|prior|preceding", ago.group()) or "month" in ago.group().lower() \
                or "week" in ago.group().lower() or "quarter" in ago.group().lower() or not (s and e):
            return _Period(cumulative=rule.cumulative)
        try:
            a0, b0 = _dt.date.fromisoformat(s), _dt.date.fromisoformat(e)
            a0, b0 = a0.replace(year=a0.year - 1), b0.replace(year=b0.year - 1)
        except ValueError:
            return _Period(cumulative=rule.cumulative)
        return _Period(f"{a0.isoformat()}/{b0.isoformat()}" if a0 != b0 else a0.isoformat(),
                       a0.isoformat(), b0.isoformat(), rule.cumulative)
    # "since 2022" anywhere in the sentence makes a running total, even when a
    # nearer word ("now") gave the as-of date
    if not cum and any(c[4] for c in cands) and label in ("now",):
        c = next(c for c in cands if c[4])
        s, e, label, cum = c[1], c[2], c[3], True
    return _Period(label, s, e, cum or rule.cumulative)


# --------------------------------------------------------------------------
# building claims


def _story_of(doc: Document, offset: int):
    for st in doc.stories:
        if st.start <= offset < st.end:
            return st
    return None


def _values(rule: Rule, fig: Figure):
    value, low, high, unit = fig.value, fig.low, fig.high, fig.unit
    if rule.transform == "reduction" and unit == MULTIPLE and value:
        inv = (lambda x: 1.0 / x if x else None)
        value, low, high = 1.0 / value, inv(high), inv(low)
        unit = FRACTION
    elif rule.transform == "count" and unit == MULTIPLE:
        unit = COUNT
    return value, low, high, unit


_EVENT_NOUN = compile_cached(
    r"(?i)\b(election|elections|referendum|war|invasion|attack|attacks|earthquake|flood|storm|hurricane|"
    r"pandemic|crisis|recession|riot|riots|protest|protests|summit|speech|ruling|verdict|treaty|deal|"
    r"census|budget|law|act|ban|strike|shooting|crash|blast|explosion|fire|lockdown|tournament|final|"
    r"games|olympics|world cup|polls|bypolls|midterms?)\s*$")
def _content_word(text: str) -> list:
    """The last content word of ``text`` ("sea level rise minimal since" ->
    minimal): what the date is attached to, when no verb says it."""
    for w in reversed(_NP_WORD.findall(text)[-4:]):
        low = w.lower().rstrip(".")
        if low not in _NP_STOP and low not in _SPEECH and len(low) > 2 and not low.endswith("ly"):
            return [_lemma(low)]
    return []


_SPEECH = frozenset("""said says say told added stated reported claimed warned insisted noted argued
tweeted posted wrote asked replied confirmed denied suggested called urged""".split())
_EVENT_VERB = compile_cached(
    r"\b(?!(?:often|women|seven|eleven|children|garden|even|heaven|kitchen|citizen|chicken|golden|"
    r"sudden|token|warden|dozen|hundred|indeed|need|seed|speed|breed|greed|feed|weed|been|between|"
    r"when|then|seen|open|ten|men|screen|green|queen|red|bed|united|limited|"
    # speech acts date a statement, not an event: attribution's business
    r"(?:" + "|".join(sorted(_SPEECH)) + r"))\b)"
    r"(?:[a-z]{2,}(?:ed|en)|won|held|took|began|begun|went|made|gave|shot|built|came|did|"
    r"fell|left|met|rose|ran|sold|told|wrote|became|brought|bought|caught|fought|found|got|"
    r"hit|lost|paid|put|said|sent|set|spent|struck|won|dies|shows|showed)\b")


_CUE_CANON: dict = {}  # id(rule) -> (rule, compiled alternation or None, {alias lower-cased: canonical})


def _cue_canon(rule: Rule, lex: Optional[_Lexicon]):
    """(regex, {alias: canonical}) of the mapped word lists a date rule's cues
    use ("buried => burial"), or None: a ``{cue}`` metric is then the list's
    canonical event, so "founded" and "established" name one fact."""
    got = _CUE_CANON.get(id(rule))
    if got is not None and got[0] is rule:
        return got[1]
    out = None
    if lex is not None:
        canon = _mapped_aliases(lex, (rule.cues_before, rule.cues_after))
        if canon:
            rx = compile_cached(r"(?i)(?<![\w-])(?:" + _alt(canon) + r")(?![\w-])", regex.VERSION1)
            out = (rx, canon)
    if lex is not None:
        _CUE_CANON[id(rule)] = (rule, out)
    return out


#: an auxiliary that opens the words after a date ("... blasts in 1993 has been postponed")
_AUX_NEXT = compile_cached(r"\s*(?:has|have|had|is|are|was|were)\b", regex.VERSION1)


def _metric(rule: Rule, hit: _Hit, ctx: _Ctx, lex: Optional[_Lexicon] = None) -> str:
    if hit.metric:
        return hit.metric
    if "{cue}" in rule.metric and rule.kind == "date_event":
        canon = _cue_canon(rule, lex)
        if canon is not None:
            # the listed wording nearest the date, in its canonical form
            found = _finditer(canon[0], ctx.sent[hit.cue[0]:hit.cue[1]])
            if found:
                m = found[-1] if hit.cue[1] <= ctx.fs else found[0]
                word = canon[1].get(m.group().lower())
                if word:
                    return rule.metric.replace("{cue}", word)
    if "{cue}" in rule.metric:
        text = ctx.sent[hit.cue[0]:hit.cue[1]]
        verbs = _EVENT_VERB.findall(text)
        if not verbs and hit.cue[1] <= ctx.fs:
            # "protests spraying police with hay in Brussels in 2015": the
            # cue is the preposition; the event is the verb before it
            lo, hi = _clause(ctx.sent, ctx.fs, ctx.fe)
            before = ctx.sent[lo:hit.cue[0]]
            noun = _EVENT_NOUN.search(before[-30:])
            verbs = ([noun.group(1).lower()] if noun else _EVENT_VERB.findall(before)
                     or (_EVENT_VERB.findall(ctx.sent[ctx.fe:hi])[:1]
                         # not the sentence's verb right after the date ("the blasts in 1993 has
                         # been postponed"): the date is inside its subject, the blasts'
                         if _AUX_NEXT.match(ctx.sent, ctx.fe) is None else [])
                     # a date names no event by the last word before it ("female senators in
                     # 2013", "a dime since 2010"): a verb or an event noun, or nothing
                     or (_content_word(before) if rule.kind != "date_event" else []))
        # the verb nearest the figure: the last one of a cue before it
        m = (verbs[-1] if hit.cue[1] <= ctx.fs else verbs[0]) if verbs else None
        if m:
            word = m.lower()
        elif hit.cue[0] >= ctx.fe:  # "the 2020 ballots": the noun the date qualifies
            words = _NP_WORD.findall(text)
            word = (_lemma(words[-1]) if words and words[-1].lower() not in _SPEECH
                    and words[-1].lower() not in _NP_STOP else None)  # not "in 2020 when"
        else:
            word = None
        if word is None:
            return None  # no event named: not a typed claim
        return rule.metric.replace("{cue}", word)
    return rule.metric


def _make_claim(doc, rule, ctx, hit, lex, dates, idx, *, value=None, low=None, high=None,
                unit=None, text=None, kind=None, linked=None) -> Claim:
    fig = ctx.fig
    story = _story_of(doc, fig.start)
    published = (story.published if story and story.published else doc.published)
    outlet = (story.outlet if story and story.outlet else doc.outlet)
    pub = _parse_date(published)
    subject, subject2 = _subject(rule, ctx, lex, hit)
    metric = _metric(rule, hit, ctx, lex)
    if metric == "people.age":
        # the name an age is written before; none when it stands for someone named
        # before ("The 28-year-old won in Sheffield": not Sheffield)
        subject = None if _AGE_PEOPLE.match(ctx.sent, ctx.fe) else _age_owner(ctx, lex) or (
            None if _age_role(ctx.sent, ctx.fs, ctx.fe)
                                           or _AGE_OWNED.search(ctx.sent, max(0, ctx.fs - 4), ctx.fs) else subject)
    if subject is not None and lex.persons and metric and _personal_metric(metric, lex.person_metrics):
        subject = _person_subject(ctx, lex, subject, metric)
    status = _status(rule, ctx, lex, hit)
    if hit.earlier:
        # "fell to 9.6% in December from 10.6%": the later value's date is not
        # the earlier one's; only a date after the earlier value is its own
        # ("from 97.5 in January"), and "a year earlier" is no rate per year
        period = _Period() if _AGO.match(ctx.sent, ctx.fe) else _period(
            rule, replace(ctx, sent=" " * ctx.fe + ctx.sent[ctx.fe:]), [d for d in dates if d.start >= fig.end], pub,
            carry=False)
    else:
        period = _period(rule, ctx, dates, pub)
    if value is None:
        value, low, high, unit = _values(rule, fig)
    line, col = idx.line_col(fig.start)
    return Claim(
        id=make_claim_id(doc.sha256, fig.start, fig.end), doc=doc.path, doc_sha=doc.sha256,
        outlet=outlet, published=published[:10] if published else None,
        published_at=published if published and len(published) > 10 else None, line=line,
        start=fig.start, end=fig.end, text=text or fig.text, sentence=ctx.sent, value=value,
        low=low, high=high, unit=unit, hedge=fig.hedge, metric=metric, subject=subject,
        period=period.label, rule=rule.code, subject2=subject2, status=status,
        period_start=period.start, period_end=period.end, cumulative=period.cumulative,
        story=story.title if story else None, kind=kind or fig.kind,
        low_strict=fig.low_strict, high_strict=fig.high_strict,
        precision_low=fig.precision_low, precision_high=fig.precision_high, column=col,
        linked=linked)


_BRACKETED = compile_cached(r"\s*\(\s*$")
_IN_BRACKETS = compile_cached(r"\s*[(;/,]\s*$")  # "($2bn; £1.1bn)": conversions listed in brackets


_REFERENTIAL = compile_cached(r"(?i)\b(?:the|these|those|both|its|their|our|his|her)\s+$")


def _referential(ctx: _Ctx) -> bool:
    """'the two nations', 'the three men': a small number that points back
    to things already named is not a claim."""
    if ctx.fig.kind != "number" or ctx.fig.hedge is not None:
        return False
    if ctx.fig.text.lower() == "one":
        return True  # "one former commander", "One thing Russia needs": a pronoun, not a count
    return ctx.fig.value <= 3 and _REFERENTIAL.search(ctx.sent[max(0, ctx.fs - 8):ctx.fs]) is not None


def _in_name(ctx: _Ctx, lex: _Lexicon) -> bool:
    """'S&P 500', 'FTSE 100', 'G20': the number is part of a name.  A name
    the figure's own currency reads ("86.7bn Swiss francs", "US$5bn",
    "12bn Hong Kong dollars") is the unit, not a name around the number."""
    unit = ctx.fig.kind == "money"
    for m in _finditer(lex.entity_rx, ctx.sent[max(0, ctx.fs - 12):ctx.fe + 4]):
        a = max(0, ctx.fs - 12) + m.start()
        b = a + len(m.group())
        if a < ctx.fe and b > ctx.fs and not (unit and a >= ctx.fs and b <= ctx.fe):
            return True
    return False


#: a figure's context is its sentence, cut to this many characters either
#: side: cues, subjects and periods sit near the figure, and a run-on
#: "sentence" of thousands of figures (a table flattened to one line) must
#: not make typing quadratic
_REACH = 300


def _window(text: str, s0: int, s1: int, f) -> tuple[int, int]:
    if s1 - s0 <= 2 * _REACH + (f.end - f.start):
        return s0, s1
    a, b = max(s0, f.start - _REACH), min(s1, f.end + _REACH)
    if a > s0:  # start and end at word boundaries, well away from the figure
        sp = text.find(" ", a, max(a, f.start - 60))
        a = sp + 1 if sp != -1 else a
    if b < s1:
        sp = text.rfind(" ", min(b, f.end + 60), b)
        b = sp if sp != -1 else b
    return a, b


def _paragraph(text: str, pos: int) -> str:
    """The figure's line and the non-empty line before it (a rule's context)."""
    a0 = text.rfind("\n", 0, pos) + 1
    if pos - a0 > 4 * _REACH or text.find("\n", pos) - pos > 4 * _REACH:
        return text[max(0, pos - 4 * _REACH):pos + 4 * _REACH]
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    prev_end = a - 1
    while prev_end > 0 and text[prev_end - 1] == "\n":
        prev_end -= 1
    prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1 if prev_end > 0 else a
    return text[prev_start:b if b != -1 else len(text)]


_SHARE_OF = compile_cached(r"\s+of\s+(?:the\s+|its\s+|their\s+|an?\s+|some\s+)?", regex.IGNORECASE)
_AUX = compile_cached(r"(?i)\b(?:have|has|had|been|were|was|is|are|will|would|did|do|does)\b")
#: what stands between two figures of one list, or between a value and the
#: earlier value it is set against ("fell to 9.6% in December from 10.6%",
#: ", up from 4.1%", ", down from £3m", "compared with 5% a year earlier"):
#: the later figure's rule types the earlier one too
_LIST_GAP = compile_cached(r"^(?:[\s\w’'-]{0,40}?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)|\s+(?:to|from)\s+"
                           r"|(?:\s+(?:in|by|at|for|on|during|last|this)\s+[\w\s’'-]{1,30}?)?,?\s+"
                           r"(?:(?:up|down)\s+from|from|compared\s+(?:with|to))\s+"
                           r"(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,2}?)$",
                          regex.VERSION1)


#: ", up from 34 million a year ago" after a clause of any length: the value
#: the clause's figure is set against, whatever verb the clause has
_EARLIER = compile_cached(r"^[^.;:!?()\d]{0,80}?(?:,\s*|\s+)(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+"
                          r"(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,2}?$", regex.VERSION1)


#: after an earlier value, the time it is earlier by: not a period of its own
_AGO = compile_cached(r"(?i)\s+(?:(?:a|one)\s+(?:year|month|week|quarter)\s+(?:earlier|ago|before)"
                      r"|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+(?:year|month|week|quarter))\b")
_SET_AGAINST = compile_cached(r"(?i)\b(?:from|compared)\b")
#: between two figures, nothing but the word that joins them (and the first one's stated
#: conversion): "from 70% to 49%", "five and ten gigabytes", "$2.5m (£1.33m) to $4m"
_JOINED = compile_cached(r"(?:\s*\([^()]{1,40}\))?\s+(?:to|and|or)\s+")
_FROM = compile_cached(r"(?i)\bfrom\s+$")
#: after a figure of a list, no noun of its own: the list's noun is left out ("65 flights on
#: Thursday, 180 on Friday", "1,700 from sales, 3,400 from operations and 2,600 across legal")
_ELLIPSIS = compile_cached(r"\s*(?:[,;.)]|(?:on|in|at|from|across|during|each|apiece|respectively|and|or)\b)")
#: after the earlier value, the party it belongs to, when that is another one
#: ("compared to 30% in Frankfurt", "14,738 for the Liberal Democrat candidate")
_OTHER_PARTY = compile_cached(r"\s+(?:for|by|at|in|of)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|"
                              r"August|September|October|November|December|Q\d)\b)\p{Lu}", regex.VERSION1)


#: what stands between the figures of a stated conversion in brackets: "(", ";", ",", "/", ")"
_CONV_OPEN = compile_cached(r"\s?\(\s*")
_CONV_SEP = compile_cached(r"\s*[;,/]\s*")
#: ... and closes it, with the noun the figure modifies after it ("$6.75bn
#: (£3.6bn) buyout", "$280bn (£149bn) in damages"); not a phrase of its own
#: ("$1 (53p) for an hour", "$56.5m (£30.4m) from concerts", "(US$13m) a year")
_CONV_CLOSE = compile_cached(r"\s*\)(?= (?:in )?(?!(?:for|from|of|to|at|on|by|with|over|per|than|as|and|or|but|"
                             r"a|an|the|this|that|these|those|its|their|last|next|each|apiece|a)\b)\p{Ll})",
                             regex.VERSION1)


def _conversion(text: str, f: Figure, figs: list, i: int, s0: int, s1: int) -> tuple:
    """(start, end) in the sentence of " ($2bn; £1.1bn)" right after a figure
    when it holds only figures of the same unit class (a stated conversion),
    else ()."""
    cls = unit_class(f)
    if cls in ("count", "percent", "percentage_point", "multiple", "fraction", "ratio", "other"):
        return ()
    at, gap = f.end, _CONV_OPEN
    for g in figs[i + 1:i + 4]:
        if g.end > s1 or unit_class(g) != cls or g.unit == f.unit or gap.fullmatch(text, at, g.start) is None:
            return ()
        at, gap = g.end, _CONV_SEP
        if text.startswith(")", at) or text.startswith(" )", at):
            m = _CONV_CLOSE.match(text, at)
            return (f.end - s0, m.end() - s0) if m is not None else ()
    return ()


def type_figures(doc: Document, figures: tuple[Figure, ...], dates: tuple[DateMention, ...],
                 ruleset: RuleSet) -> tuple[Claim, ...]:
    """One claim per figure that a rule types (at most one rule per figure),
    plus one per date an event-date rule claims.  Sorted by start."""
    lex = lexicon(ruleset)
    _KEPT[0] = _kept_names(doc.text, lex.words)
    try:
        return _type_figures(doc, figures, dates, ruleset, lex)
    finally:
        _KEPT[0] = frozenset()


def _type_figures(doc: Document, figures: tuple[Figure, ...], dates: tuple[DateMention, ...],
                  ruleset: RuleSet, lex: _Lexicon) -> tuple[Claim, ...]:
    text = doc.text
    idx = LineIndex(text)
    value_rules = [r for r in ruleset.rules if r.kind != "date_event"]
    by_class: dict[str, list] = {}  # unit class -> the value rules that take it, in order
    date_rules = [r for r in ruleset.rules if r.kind == "date_event"]
    figs = sorted(figures, key=lambda f: (f.start, f.end))
    sent_cache: dict[int, tuple[int, int]] = {}
    ctxs: list[_Ctx] = []
    starts = [g.start for g in figs]
    for i, f in enumerate(figs):
        s0, s1 = _window(text, *sentence_bounds(text, f.start, f.end), f)
        sent_cache[f.start] = (s0, s1)
        # a stated conversion in brackets ("€118 billion ($126 billion)") does
        # not stand between a figure and its cue
        others = [(g.start - s0, g.end - s0)
                  for g in figs[bisect.bisect_left(starts, s0):bisect.bisect_left(starts, s1)]
                  if g is not f and g.end <= s1
                  and not _BRACKETED.search(text, max(s0, g.start - 3), g.start)]
        ctxs.append(_Ctx(f, text[s0:s1], s0, f.start - s0, f.end - s0, others, unit_class(f),
                         _paragraph(text, f.start), text))
        if text.startswith("(", f.end) or text.startswith(" (", f.end):
            ctxs[-1].conv = _conversion(text, f, figs, i, s0, s1)
    hits: list[Optional[_Hit]] = [None if _referential(c) or _in_name(c, lex) else _best_rule(_rules_for(by_class, value_rules, c.ucls), c, lex)
                                  for c in ctxs]
    # enumerations: "2,400 US troops, 457 British troops and 60,000 Afghans"
    # A figure's own cue wins only when it touches the figure ("and injured 12").
    # a stated conversion, "€40 billion ($43 billion)": the bracketed figure
    # is linked to the one it restates
    linked: dict[int, str] = {}
    for i in range(1, len(ctxs)):
        prev, cur = ctxs[i - 1], ctxs[i]
        if (prev.s0 == cur.s0 and prev.ucls == cur.ucls == "money" and prev.fig.unit != cur.fig.unit
                and _BRACKETED.fullmatch(cur.sent[prev.fe:cur.fs])):
            linked[i] = make_claim_id(doc.sha256, prev.fig.start, prev.fig.end)
    # "that number had increased to 9.4 million": the metric of the figure pointed back to
    points = _point_back(ctxs, hits, text, lex)
    for i in range(1, len(ctxs)):
        if hits[i - 1] is None or (hits[i] is not None and (
                hits[i].score[0] <= 0 or hits[i - 1].score[0] >= min(_FALLBACK - 1, _BROAD))):
            continue  # (a fallback's or broad rule's reading of the list does not replace a figure's own)
        prev, cur = ctxs[i - 1], ctxs[i]
        if prev.s0 != cur.s0:
            continue
        gap = cur.sent[prev.fe:cur.fs]
        bracketed = _BRACKETED.fullmatch(gap) is not None or (
            _IN_BRACKETS.fullmatch(gap) is not None and prev.ucls == "money" == cur.ucls
            and cur.sent.rfind("(", 0, cur.fs) > cur.sent.rfind(")", 0, cur.fs))
        earlier = not bracketed and _EARLIER.match(gap) is not None
        if not bracketed and not earlier and _AUX.search(gap):
            continue  # "65 have been downed and 30 others disappeared": a new predicate
        if not bracketed and _OTHER_PARTY.match(cur.sent, cur.fe) and _SET_AGAINST.search(gap):
            continue  # "20,645 votes, compared to 14,738 for the Liberal Democrat candidate": another party's
        if bracketed or (prev.ucls == cur.ucls and (earlier or _LIST_GAP.match(gap))
                         and _applies(hits[i - 1].rule, cur)):
            h = hits[i - 1]
            new = _Hit(h.rule, h.score, h.cue)
            new.earlier = not bracketed and _SET_AGAINST.search(gap) is not None
            if "{noun}" in h.rule.metric:
                if bracketed or h.rule.kind != "head_noun":
                    # a stated conversion of the same thing; a pattern rule's
                    # {noun} names what the whole list is about ("rose 2% to
                    # 7% from 5%": three figures of one rate)
                    new.metric = h.metric
                else:
                    noun = _typed_noun(h.rule, _see_through(cur) or cur, lex, need_cue=False)
                    if noun is not None:
                        new.metric = h.rule.metric.replace("{noun}", noun[0])
                    elif _ELLIPSIS.match(cur.sent, cur.fe) and not earlier:
                        # "65 flights on Thursday, 180 on Friday": the later figure's noun is the earlier's
                        new.metric = h.metric
                    else:
                        continue
            hits[i] = new
    points.update(_point_back(ctxs, hits, text, lex))  # ... and to a figure of a list read just now
    # "cut its stake from 70% to 49%", "5 and 10 gigabytes": a figure with no reading of its own,
    # joined to the next figure by no word but "to"/"and"/"or", is typed with it
    for i in range(len(ctxs) - 2, -1, -1):
        cur, nxt = ctxs[i], ctxs[i + 1]
        h = hits[i + 1]
        if hits[i] is not None or h is None or cur.s0 != nxt.s0 or cur.ucls != nxt.ucls \
                or h.score[0] >= min(_FALLBACK - 1, _BROAD) or h.earlier:
            continue
        if _JOINED.fullmatch(cur.sent, cur.fe, nxt.fs) is None or _referential(cur) or _in_name(cur, lex) \
                or not _applies(h.rule, cur):
            continue
        new = _Hit(h.rule, h.score, h.cue)
        new.metric = h.metric or _metric(h.rule, h, nxt, lex)
        new.earlier = _FROM.search(cur.sent, max(0, cur.fs - 6), cur.fs) is not None
        hits[i] = new
    # "a quarter of the 8,000 troops": a share of a typed whole is typed with it
    for i in range(len(ctxs) - 2, -1, -1):
        cur, nxt = ctxs[i], ctxs[i + 1]
        if hits[i] is not None or hits[i + 1] is None or cur.s0 != nxt.s0:
            continue
        if cur.ucls in ("fraction", "percent") and _SHARE_OF.fullmatch(cur.sent[cur.fe:nxt.fs]):
            h = hits[i + 1]
            new = _Hit(h.rule, h.score, h.cue)
            new.metric = h.metric
            hits[i] = new
    claims = [_make_claim(doc, h.rule, c, h, lex, dates, idx, linked=linked.get(i))
              for i, (c, h) in enumerate(zip(ctxs, hits)) if h is not None and _metric(h.rule, h, c, lex) is not None]
    ids = {c.id for c in claims}
    claims = [replace(c, linked=None) if c.linked and c.linked not in ids else c for c in claims]
    by_id = None
    for i, c in enumerate(claims):
        if c.linked:
            # a stated conversion, "A$458.4m ($357.6m; £191m)": the period of the figure it restates
            by_id = by_id or {x.id: j for j, x in enumerate(claims)}
            src = claims[by_id[c.linked]]
            if (src.period, src.period_start, src.period_end, src.cumulative) != \
                    (c.period, c.period_start, c.period_end, c.cumulative):
                claims[i] = replace(c, period=src.period, period_start=src.period_start,
                                    period_end=src.period_end, cumulative=src.cumulative)
    if date_rules:
        claims.extend(_date_claims(doc, dates, date_rules, lex, idx, figs))
    claims.sort(key=lambda c: (c.start, c.end))
    fallback = {r.code for r in ruleset.rules if r.priority < 0 or r.kind == "head_noun" and r.cues_after is None}
    guess = {r.code for r in ruleset.rules if r.guess_subject}
    # "that number had increased to 9.4 million": the subject of the figure pointed back to,
    # unless the clause names a party of its own ("In Germany the rate was 3.2%")
    # (a place: a name before the phrase is more often the source of a rival figure,
    # "Datamonitor put the figure at 4.6 million")
    own = {c.id for c in claims if c.subject is not None
           and (c.subject in lex.countries or (lex.places and c.subject in lex.places)
                or ("us_states" in ruleset.lists and c.subject in ruleset.lists["us_states"].entries))} \
        if points else ()
    out = _carry_subjects(doc, claims, fallback, guess, lex)
    if points:
        ids = {make_claim_id(doc.sha256, ctxs[i].fig.start, ctxs[i].fig.end):
               make_claim_id(doc.sha256, ctxs[j].fig.start, ctxs[j].fig.end) for i, j in points.items()}
        ids = {a: b for a, b in ids.items() if a not in own}
        by_id = {c.id: c for c in out}
        out = [replace(c, subject=by_id[ids[c.id]].subject, subject2=by_id[ids[c.id]].subject2)
               if c.id in ids and ids[c.id] in by_id else c for c in out]
    return tuple(out)


#: a definite phrase that names a quantity only by pointing back to one just
#: given, as the subject of the clause that gives the figure its new value:
#: "by 2014 that number had increased to 9.4 million", "Those figures stood at
#: 65%", "the figure was", "this number rose to" (not "the number of ...", not
#: "1,000 of these": a part of another count)
_PTR_NOUN = (r"(?:(?:that|this|the)\s+(?:number|figure|total|tally|rate)"
             r"|(?:those|these|the)\s+(?:numbers|figures|totals))")
_PTR_HEDGE = (r"(?:(?:about|around|almost|nearly|some|roughly|just|only|over|under|more\s+than|less\s+than"
              r"|an\s+estimated|approximately)\s+)?$")
_POINTER = compile_cached(
    r"(?i)(?<!\bof\s)\b" + _PTR_NOUN +
    r"(?:\s+(?:has|have|had|is|are|was|were|will|would|could|may|might|been|be|since|now|then|already"
    r"|also|further|again|sharply|steadily|almost|nearly|more\s+than|roughly))*"
    r"\s+(?:(?:rose|risen|rises|rise|increased|increases|grew|grown|climbed|jumped|soared|surged|swelled"
    r"|fell|fallen|dropped|declined|decreased|slipped|shrunk|shrank|plunged|doubled|tripled|trebled|halved"
    r"|went\s+up|gone\s+up|shot\s+up|gone\s+down|went\s+down|reached|reach|hit|topped|totall?ed)(?:\s+(?:to|at))?"
    r"|(?:stood|stands|stand|was|were|is|are|remained|remains)"
    r"(?:\s+(?:at|(?:more\s+|less\s+)?likely\s+to\s+be|closer\s+to|nearer(?:\s+to)?))?)\s+" + _PTR_HEDGE
    # "put the figure at 4.6 million", "aims to extend this figure to 99.4%"
    + r"|\b(?:put|puts|putting|estimated|estimates|estimate|extend|extends|extended|raise|raises|raised"
    r"|lift|lifts|lifted|push|pushes|pushed|bring|brings|brought|revised|revises|revise)\s+" + _PTR_NOUN
    + r"\s+(?:to|at)\s+" + _PTR_HEDGE)
#: after the figure, words that make it a difference or a part, not the new value
#: ("The figure was 30% more than in 2003", "the total was 40% of ...")
_POINTER_NOT = compile_cached(r"(?i)\s+(?:more|less|fewer|higher|lower|up|down|above|below|times|of|over)\b")


def _point_back(ctxs: list, hits: list, text: str, lex: _Lexicon) -> dict:
    """{i: j}: figure i is named only by a pointing phrase ("that number had
    increased to 9.4 million") and takes the rule and metric of figure j, the
    nearest figure of its unit class before the phrase, in its sentence or the
    one before; hits[i] is set.  Only a figure no named rule reads, and only
    back to a figure a named (not fallback) rule reads."""
    out: dict = {}
    for i, cur in enumerate(ctxs):
        if i == 0 or (hits[i] is not None and hits[i].score[0] < min(_FALLBACK - 1, _BROAD)):
            continue
        w = cur.sent[max(0, cur.fs - 90):cur.fs].lower()
        if "number" not in w and "figure" not in w and "total" not in w and "rate" not in w and "tally" not in w:
            continue
        m = _POINTER.search(cur.sent, max(0, cur.fs - 90), cur.fs)
        if m is None or _POINTER_NOT.match(cur.sent, cur.fe):
            continue
        at = cur.s0 + m.start()
        for j in range(i - 1, -1, -1):
            src = ctxs[j]
            if src.fig.end > at:
                continue
            if src.ucls != cur.ucls:
                continue
            # the same sentence, or the one just before it
            if src.s0 != cur.s0 and text[src.s0 + len(src.sent):cur.s0].strip():
                break
            h = hits[j]
            if h is None or h.earlier or h.score[0] >= min(_FALLBACK - 1, _BROAD) or j in out:
                break
            metric = _metric(h.rule, h, src, lex)
            if metric is None or not _applies(h.rule, cur):
                break
            new = _Hit(h.rule, h.score, h.cue)
            new.metric = metric
            hits[i] = new
            out[i] = j
            # "Those figures stood at 65% and 66% in 2013": the list the phrase gives
            k = i + 1
            while k < len(ctxs) and ctxs[k].s0 == cur.s0 and ctxs[k].ucls == cur.ucls and k not in out \
                    and (hits[k] is None or hits[k].score[0] >= min(_FALLBACK - 1, _BROAD)) \
                    and _JOINED.fullmatch(cur.sent, ctxs[k - 1].fe, ctxs[k].fs) is not None:
                hits[k] = new
                out[k] = j
                k += 1
            break
    return out


#: a sentence that opens with a demonym as one person's noun ("The Ethiopian broke")
_DEMONYM_OPENS = compile_cached(r"[\W_]*(?:The|the)\s+(\p{Lu}\p{Ll}+)(?![\p{L}-])", regex.VERSION1)
_CARRY_CHARS = 400  # about two sentences: a referent is not carried further
#: families whose figures describe one event together (launched, downed, lost;
#: killed, wounded); other metrics carry a subject only to the same metric
_CARRY_FAMILIES = frozenset({"casualties", "weapons", "attacks", "troops"})


def _carry_subjects(doc, claims: list, fallback: set, guess: set, lex: _Lexicon) -> list:
    """A claim with no subject takes the subject of the nearest earlier claim
    of the same family of metrics in the same story ("The strike on Sumy
    killed 34 ... the 43 people killed in the strike"; "Russia launched 100
    drones ... air defences shot down 80"): one article, one referent.  Else,
    as a last guess, a population group the sentence names ("Children can now
    expect almost 100 vaccines")."""
    last: dict = {}
    out = []
    starts = [c.start for c in claims]
    for c in claims:
        story = _story_of(doc, c.start)
        family = c.metric.split(".")[0]
        key = (story.start if story else None, family if family in _CARRY_FAMILIES else c.metric)
        if c.subject is None and c.rule not in fallback and c.sentence and _search(_ITS_OPENS, c.sentence) is not None:
            # "Chrysler avoided the fate of US rivals. Its sales rose 3.5%": the one the sentence
            # before opens with (its grammatical subject), not the subject carried from further back
            s0 = doc.text.rfind(c.sentence, 0, c.start + len(c.sentence))
            opener = _opening_name(doc.text, s0, lex) if s0 > 0 else None
            if opener and opener != c.subject2:
                c = replace(c, subject=opener)
        if c.subject is None and c.rule not in fallback and key in last \
                and c.start - last[key][1] <= _CARRY_CHARS:
            c = replace(c, subject=last[key][0])
        if c.subject is None and c.rule in guess and not _age_stands_for(doc, c):
            s0 = doc.text.rfind(c.sentence, 0, c.start + len(c.sentence)) if c.sentence else -1
            if s0 >= 0:
                near = claims[bisect.bisect_left(starts, s0):bisect.bisect_left(starts, s0 + len(c.sentence))]
                # a group another figure counts is no subject of a count, a date or
                # a duration ("two kids and three wives"), but may be of a sum or a
                # share ("500,000 federal workers make more than $100,000")
                others = [] if _of_a_group(c.unit) else [
                    (o.start - s0, o.end - s0) for o in near
                    if o.start != c.start and o.end <= s0 + len(c.sentence) and o.unit not in ("date", YEARLESS_DATE)]
                ctx = _Ctx(_FigSpan(c.start, c.end), c.sentence, s0, c.start - s0, c.end - s0, others, "", "")
                # a dated act is done by a named actor, not by a group the sentence names
                # ("when Lightbody and McClelland met as students in 1994")
                dated = c.unit in ("date", YEARLESS_DATE)
                group = None if dated else _first_group(ctx, lex)
                if group and group != c.subject2:
                    c = replace(c, subject=group)
                elif not group:
                    # a sentence that names no one but points at a firm or a thing
                    # ("It has 1.3 million subscribers") may take a name of the one before
                    refers = not _lex_names(c.sentence, lex) and _search(lex.entity_rx, c.sentence) is None \
                        and _search(_REFERS, c.sentence) is not None and _search(_PERSON, c.sentence) is None
                    home = _home_country(doc, c.sentence, lex)
                    # a person's act ("He joined Columbia Records in 1990") is not the subject of
                    # the sentence before: the referent is resolved below (_pronoun_actor) or not at all
                    # nor is a sentence that speaks of people ("They are next due
                    # in court", "He estimated the bank's loss at 3bn rupees"):
                    # the place the sentence before names is a guess, and a generic figure's guess is
                    # no better than none
                    prev = None if home or c.rule in fallback or _search(_PEOPLE, c.sentence) is not None \
                        or dated and _search(_PERSON, c.sentence) is not None \
                        else _previous_subject(doc.text, s0, lex, names=refers)
                    if home and home != c.subject2:
                        c = replace(c, subject=home)
                    elif prev and prev != c.subject2:
                        c = replace(c, subject=prev)
                    else:
                        topic = _first_topic(ctx, lex)
                        if topic and topic != c.subject2:
                            c = replace(c, subject=topic)
        if c.subject is None and c.rule not in fallback and c.metric.startswith(_FIRM_METRIC):
            firm = _firm_of_story(doc, c, lex)
            if firm and firm != c.subject2:
                c = replace(c, subject=firm)
        if c.sentence and c.rule not in fallback and (dm := _DEMONYM_OPENS.match(c.sentence)) is not None \
                and dm.group(1) in lex.nations and _one_of_a_people(c.sentence, dm.start(1), dm.end(1)):
            # "The Ethiopian broke the world indoor 5,000m record": the person named before, or no one
            # (not his country, nor another name of the sentence: "The Italian was sent off for
            # bringing down Shola Ameobi")
            s0 = doc.text.rfind(c.sentence, 0, c.start + len(c.sentence))
            story = _story_of(doc, c.start)
            who = _referent_before(doc, s0, story.start if story else 0, lex, True, True) if s0 > 0 else None
            if who in lex.countries or who in lex.nations:
                who = None
            c = replace(c, subject=who if who != c.subject2 else None)
        elif c.sentence and _search(_PRONOUN_ACTOR, c.sentence) is not None:
            s0 = doc.text.rfind(c.sentence, 0, c.start + len(c.sentence))
            who = _pronoun_actor(doc, c, s0, lex) if s0 >= 0 else None
            if who and who != c.subject and who != c.subject2:
                c = replace(c, subject=who)
        if c.rule not in fallback and c.sentence and (c.subject is None or _opening_word(c.sentence, c.subject)):
            # (a capital that opens the sentence is no name: "Coconut oil stays ...", not Coconut)
            s0 = doc.text.rfind(c.sentence, 0, c.start + len(c.sentence))
            thing = _thing_subject(c.sentence, c.start - s0, lex) if s0 >= 0 else None
            if thing and any(regex.search(r"(?<![^._])(?:" + "|".join(map(regex.escape, thing.split())) + r")(?![^._])",
                                          o.metric) is not None for o in claims if o.sentence == c.sentence):
                # "Gross domestic product fell by 0.1% in the last three months": the measure
                # (of this figure or of another in the sentence), not what it is of
                thing = None
            if thing and thing != c.subject2 and (c.subject is None or c.subject.casefold() in thing.split()
                                                  or c.subject.casefold() in _THING_VAGUE):
                c = replace(c, subject=thing)
        if c.subject is not None and c.rule not in fallback:
            last[key] = (c.subject, c.end)
        out.append(c)
    return out


#: where a clause that may open with a thing starts: the sentence's start (after quotation
#: marks and a "Says"), a bracket, or a word that opens a clause ("a study says coconut oil
#: removes 93%", "After (the assault weapon ban) passed in 1994")
_THING_OPEN = compile_cached(r"(?i)^[\W_]*(?:says\s+)?|\(\s*|(?<![\p{L}])(?:that|says|say|said|shows|show|found|finds|"
                             r"claims?|suggests?|after|when|if|because|since|once|until|unless|while)\s+[\"“‘'(]*",
                             regex.VERSION1)
_THING_WORD = compile_cached(r"[\p{L}\d][\p{L}\d’'.-]*|[^\s\"“”‘’'()\[\]]", regex.VERSION1)
#: between a thing and its figure: no new clause, no second sentence part
_THING_GAP = compile_cached(r"[,;:?!–—]|\s-\s")
_THING_DET = frozenset("the a an any".split())
#: a sentence that places its figure "here" ("80% of our electricity", "in this country"): the
#: thing is not all it is about, and the place is unknown (two countries' coal would conflict)
_THING_HERE = compile_cached(r"(?i)(?<![\p{L}])(?:our|ours|we|us|here|nationwide|this\s+(?:country|nation|state|city))(?![\p{L}])",
                             regex.VERSION1)
_THING_REACH = 12  # words from a thing to its figure ("Using saunas once a week reduces risk of death ... by 30%")
#: words before a head that do not say which one it is ("the new plan": which?)
_THING_VAGUE = frozenset("""new expanded proposed planned current existing last latest recent first second final
original old big huge massive so-called controversial same whole entire swallowed average typical single such
very former future major key main giant modern little small large other full""".split())
#: words that make the phrase someone's, or point back at one named before: no subject
_THING_NOT = frozenset("this that these those his her its their our my your whose some many most all every each no "
                       "one two three".split())
_THING_AUX = frozenset("is are was were has have had will would could can may might must should does do did shall".split())
_THING_VERBS = frozenset("""provide produce cause contain kill make cost create reduce increase raise cut save help
prevent cure stay remain need use take account generate emit add lower boost destroy remove protect lead give get
put let allow require include""".split()) | _PAST_FORMS | _PRESENT_FORMS
#: a gerund that opens a clause with the kind it acts on ("Drinking wine", "Using saunas")
_THING_GERUNDS = frozenset("using wearing taking drinking eating swallowing consuming smoking chewing applying "
                           "inhaling vaping".split())


def _thing_verb(w: str, lex: _Lexicon, after: Optional[str] = None) -> bool:
    """Does the word after a noun phrase read as its verb ("stays", "promised", "will")?
    Not a plural noun before the verb ("dairy products will")."""
    if w in _THING_AUX or w in _THING_VERBS:
        return True
    if after is not None and (after in _THING_AUX or after in _THING_VERBS):
        return False
    if len(w) > 4 and w.endswith("ed"):
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) \
        and _lemma(w) not in lex.kinds and _lemma(w) not in lex.things and w not in _NP_STOP


def _thing_at(sent: str, st: int, fs: int, lex: _Lexicon, title: bool) -> Optional[str]:
    """The thing that is the subject of the clause opening at ``st``, if its
    head is a listed kind or a qualified law, plan, facility or vehicle."""
    toks = []
    for w in _finditer(_THING_WORD, sent[st:fs]):
        toks.append(w)
        if len(toks) >= 8:
            break
    low = [t.group().lower() for t in toks]
    if not low:
        return None
    i = 0
    if low[0] in _THING_GERUNDS and not (len(low) > 1 and low[0] + " " + _lemma(low[1]) in lex.kinds):
        i = 2 if low[1:2] == ["in"] else 1
    gerund = i > 0
    if i < len(low) and low[i] in _THING_DET:
        i += 1
    det = low[i - 1] if i > 0 and low[i - 1] in _THING_DET else None
    first = i
    for j in range(first, min(len(toks), first + 5)):
        w, raw = low[j], toks[j].group()
        if w in ("and", "or") and first < j < len(low) - 1 and low[j - 1] not in _THING_DET:
            continue  # "meat and dairy products"
        if not raw[0].isalpha() or w in _THING_NOT or w in _NP_STOP or w.endswith(("'s", "’s")) \
                or (not title and raw[0].isupper() and st + toks[j].start() > 0):
            return None  # a possessive, a pronoun, a number, a name (the name readers own it)
        lem = _lemma(w)
        two = low[j - 1] + " " + lem if j > first else None
        kind = two if two in lex.kinds else lem if lem in lex.kinds else None
        head = lex.things.get(two) if two in lex.things else lex.things.get(lem)
        nxt = low[j + 1] if j + 1 < len(low) else None
        if not (kind or head):
            if j > first and _thing_verb(w, lex) and not (
                    w.endswith("s") and not (w in _THING_AUX or w in _THING_VERBS) and nxt is not None
                    and (_lemma(nxt) in lex.kinds or _lemma(nxt) in lex.things
                         or any(k.startswith(nxt + " ") for k in (lex.kinds | lex.things.keys())))):
                return None  # the clause's verb came before any listed thing ("public works program": a noun)
            continue
        if nxt is not None and (w + " " + _lemma(nxt) in lex.kinds or w + " " + _lemma(nxt) in lex.things):
            continue  # "power" of "power stations": the head is the next word
        if not gerund and (nxt is None or not _thing_verb(nxt, lex, low[j + 2] if j + 2 < len(low) else None)):
            continue
        if _search(_THING_GAP, sent, st + toks[j].end(), fs) is not None \
                or _nwords(sent[st + toks[j].end():fs]) > _THING_REACH:
            return None  # the figure is in a clause of its own, or far down the predicate
        named = (kind or head).split()
        mods = [m for m in low[first:j + 1 - len(named)] if m not in _THING_VAGUE and not m.endswith("ly")]
        if len(mods) >= 3 and mods[0].endswith("ing"):
            return None  # "passing comprehensive immigration reform will ...": an act, not a thing
        if kind:
            if det == "the" and not mods:
                return None  # "the vaccine": one named before
            return " ".join(mods + [kind])
        if not mods:
            return None  # "the bill", "the new plan": which?
        return " ".join(mods + [head])
    return None


def _opening_word(sent: str, subject: str) -> bool:
    """Is the subject one capitalised word that opens the sentence ("Coconut")?"""
    return " " not in subject and regex.match(r"[\W_]*" + regex.escape(subject) + r"(?![\p{L}])", sent) is not None


def _thing_subject(sent: str, fs: int, lex: _Lexicon) -> Optional[str]:
    """A claim about a thing, not a person or place ("A swallowed chewing gum
    stays in the stomach for seven years", "The stimulus bill promised to keep
    unemployment under 8%"): the kind, or the qualified law, plan, facility or
    vehicle, that is the grammatical subject of the figure's clause, the
    nearest clause first.  Never the counted noun (the phrase comes before the
    figure), never a person, never a word that points back ("the bill")."""
    if not lex.kinds and not lex.things or _search(_THING_HERE, sent) is not None:
        return None
    title = _title_case(sent)
    opens = [m.end() for m in _finditer(_THING_OPEN, sent[:fs])]
    for st in reversed(opens):
        thing = _thing_at(sent, st, fs, lex, title)
        if thing:
            return thing
    return None


def _age_stands_for(doc, c) -> bool:
    """An age claim whose "the 28-year-old" stands for someone named before:
    no place or group is guessed for it."""
    if c.metric != "people.age" or not c.sentence:
        return False
    s0 = doc.text.rfind(c.sentence, 0, c.start + len(c.sentence))
    return s0 >= 0 and _age_role(c.sentence, c.start - s0, c.end - s0) is not None


#: a firm's own figures: its results, and the change of those that only a firm reports
_FIRM_METRIC = ("company.", "change.profit", "change.net_profit", "change.pretax_profit", "change.operating_profit",
                "change.turnover", "change.earnings", "change.net_income", "change.operating_loss", "change.revenue")


def _firm_of_story(doc, c, lex: _Lexicon) -> Optional[str]:
    """A firm's own figure in a sentence that names no one ("Profits for the
    year rose 20% to £4.6bn", after "Barclays has seen annual pre-tax profits
    climb"): the firm that acts in the sentences before, in its story (across
    a paragraph break); never a place."""
    sent = c.sentence
    if not sent or _lex_names(sent, lex) or _search(lex.entity_rx, sent) is not None \
            or _search(_PRONOUN_ACTOR, sent) is not None:
        return None
    s0 = doc.text.rfind(sent, 0, c.start + len(sent))
    if s0 < 0:
        return None
    story = _story_of(doc, c.start)
    firm = _referent_before(doc, s0, story.start if story else 0, lex, person=False, role=True)
    if firm is None or firm in lex.countries or firm in (lex.places or {}) or firm in set((lex.places or {}).values()) \
            or firm in (lex.blind or {}).values():
        return None
    return firm


#: a phrase that points at the country the document is written in ("3 million
#: jobs go vacant each month in this country"): its subject is the home country
#: a document's metadata names (``country:`` in sources.yaml), never a guess
_DEICTIC = compile_cached(r"(?i)\b(?:this\s+(?:country|nation)|nationwide|across\s+the\s+(?:country|nation))\b")
#: the same said in the first person, outside a quotation only (a quoted
#: foreign leader's "our economy" is not the home country's)
_DEICTIC_OURS = compile_cached(r"(?i)\bour\s+(?:country|nation|economy|military|armed\s+forces|government)\b")


def _home_country(doc, sent: str, lex: _Lexicon) -> Optional[str]:
    """The home country of a document that names one in its metadata, when the
    figure's sentence points at it ("in this country", "nationwide")."""
    home = dict(doc.meta).get("country") if doc.meta else None
    if not home or not sent:
        return None
    if _search(_DEICTIC, sent) is None and (_search(_DEICTIC_OURS, sent) is None or _search(_QUOTES, sent) is not None):
        return None
    return lex.canonical.get(str(home), str(home))


def _of_a_group(unit: Optional[str]) -> bool:
    """A sum of money or a share: a figure about a group, not a count of it."""
    u = unit or ""
    return u in (PERCENT, FRACTION, PERCENTAGE_POINT, RATIO) or (len(u) == 3 and u.isalpha() and u.isupper())


#: a person the sentence points at: not surely the one name of the sentence before
#: ("He was driving Shakur's car ... At the time he was on probation")
_PERSON = compile_cached(r"(?i)\b(?:he|she|him|his|her|hers|i|me|my|we|our)\b|[\"“”]")
_PEOPLE = compile_cached(r"(?i)\b(?:he|she|him|his|her|hers|i|me|my|we|our|they|them|their|you|your)\b")
_REFERS = compile_cached(r"(?i)\b(?:it|its|the\s+(?:company|firm|group|bank|carrier|airline|retailer|business|"
                         r"club|party|agency|regulator|maker|chain|operator|network|insurer|lender|manufacturer))\b")
def _opening_name(text: str, s0: int, lex: _Lexicon) -> Optional[str]:
    """The name that opens the sentence before (in the same paragraph): a
    listed entity or a capitalised name right at its start, after a "The"."""
    a = s0
    while a > 0 and text[a - 1] in " \t":
        a -= 1
    if a == 0 or text[a - 1] == "\n":
        return None
    p0, p1 = sentence_bounds(text, a - 1, a - 1)
    p0 = max(p0, a - _PREVIOUS_REACH)
    prev = text[p0:p1]
    lead = regex.match(r"[\W_]*(?:The\s+)?", prev).end()
    m = lex.entity_rx.match(prev, lead)
    if m is not None:
        name = lex.canonical[m.group()]
        if name in lex.nations and name not in lex.countries:
            return None  # "US rivals ...": a demonym or a country's adjective opens no firm
        return name
    for c in _lex_names(prev, lex):
        if c[0] == lead and not (prev[c[1]:c[1] + 2] in ("'s", "’s")):
            return _canon(c[2], lex)
        break
    return None


_PREVIOUS_REACH = 600  # characters: the sentence before, not the paragraph before it


_NUMBERED = compile_cached(r"\s\d")


def _previous_subject(text: str, s0: int, lex: _Lexicon, names: bool = False) -> Optional[str]:
    """The one place or organisation the sentence before names, in the same
    paragraph ("Unemployment in Spain is the highest in the EU's south. It
    rose to 7% last year."), when the figure's own sentence names none.  Two
    or more names there: no guess."""
    a = s0
    while a > 0 and text[a - 1] in " \t":
        a -= 1
    if a == 0 or text[a - 1] == "\n":
        return None  # the first sentence of its paragraph
    p0, p1 = sentence_bounds(text, a - 1, a - 1)
    p0 = max(p0, a - _PREVIOUS_REACH)
    prev = text[p0:p1]
    ents = [(m.start(), m.end(), lex.canonical[m.group()]) for m in _finditer(lex.entity_rx, prev)]
    found = {e[2] for e in ents}
    if names:  # and the names outside the gazetteer ("BP said ... It made £5bn.")
        found |= {_canon(c[2], lex) for c in _lex_names(prev, lex)
                  if not any(e[0] < c[1] and c[0] < e[1] for e in ents)
                  and prev[c[1] - 2:c[1]] not in ("'s", "’s")  # "Shakur's car": an owner
                  and not _NUMBERED.match(prev, c[1])}  # "Chapter 11", "Article 50": a name of a thing
    return found.pop() if len(found) == 1 else None


#: a pronoun or a definite noun that is the actor of the figure's clause: its
#: grammatical subject ("She won 3 awards", "They sold 2 million copies", "the
#: firm made £5bn") or, right before the figure, its owner ("his 31-year rule",
#: "their 2-1 win").  "it" stays with ``_previous_subject`` (it is often no one:
#: "it is expected", "the deal ... it is worth").
_PERSON_NOUNS = ("singer|actor|actress|star|player|striker|midfielder|defender|goalkeeper|manager|coach|boss|"
                 "chairman|chairwoman|chief\\s+executive|director|author|minister|president|premier|champion|"
                 "winner|rapper|musician|comedian|presenter|chancellor|leader|spokesman|spokeswoman")
_GROUP_NOUNS = ("firm|company|group|club|band|team|side|bank|carrier|airline|retailer|business|party|agency|"
                "regulator|maker|chain|operator|network|insurer|lender|manufacturer|giant|studio|label|broadcaster")
#: roles an age stands before in a definite description ("the 51-year-old designer")
_AGE_ROLES = (_PERSON_NOUNS + "|designer|host|runner|sprinter|hurdler|athlete|jumper|swimmer|cyclist|boxer|golfer|"
              "batsman|bowler|captain|skipper|winger|forward|international|keeper|model|producer|writer|novelist|"
              "artist|dancer|man|woman|boy|girl|mother|father|son|daughter|veteran|youngster|teenager|"
              "rookie|pop\\s+star|film\\s+star|tennis\\s+star")
#: "the 28-year-old", "the 51-year-old designer": a person named before
_AGE_ROLE = (r"(?:\d{1,3}|\p{Ll}+(?:-\p{Ll}+)?)" + _YEAR_OLD + r"(?:\s+(?:[\p{L}-]+\s+){0,2}?(?:"
             + _AGE_ROLES + r"))?")
_PRONOUN_ACTOR = compile_cached(
    r"(?<![\p{L}’'-])(?:(?P<p>he|she|He|She)|(?P<g>they|They)|(?P<pp>his|her|His|Her)|(?P<gp>their|Their)|"
    r"(?:the|The)\s+(?:(?P<pn>" + _PERSON_NOUNS + r"|" + _AGE_ROLE + r")|(?P<gn>" + _GROUP_NOUNS + r")))"
    r"(?![\p{L}’'-])", regex.VERSION1)
#: a sentence that opens with "its" or "the firm's" and a lower-case noun ("Its sales rose 3.5%")
_ITS_OPENS = compile_cached(r"^[\W_]*(?:Its|The\s+(?:" + _GROUP_NOUNS + r")['’]s?)\s+\p{Ll}", regex.VERSION1)
_AGE_AS_ROLE = compile_cached(_YEAR_OLD + r"(?:\s*(?:[.,;:!?)\"”’]|$)|\s+(?:[\p{L}-]+\s+){0,2}?(?:"
                              + _AGE_ROLES + r")s?(?![\p{L}-])|\s+(\p{Ll}+)(?![\p{L}-]))", regex.VERSION1)
_APPOSED = compile_cached(r"(?<![\p{L}])((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*),\s+(?:the|The)\s+$",
                          regex.VERSION1)
_LOWER_WORD = compile_cached(r"(?<![\p{L}])\p{Ll}[\p{Ll}’'-]*", regex.VERSION1)
_THE_BEFORE = compile_cached(r"(?<![\p{L}])(?:the|The)\s+$", regex.VERSION1)
_AGE_AUX = frozenset("has had have was is will would could can may might must also now then".split())


def _verb_before(seg: str, a: int, b: int) -> bool:
    """A word that reads as a verb stands in seg[a:b]: a name after it is no subject."""
    return any(w in _AGE_AUX or w in _SPEECH or _VERB_FORM.fullmatch(w) or _PAST.fullmatch(w)
               for w in _LOWER_WORD.findall(seg, a, b))


def _age_role(sent: str, fs: int, fe: int) -> Optional[int]:
    """Where "the 28-year-old" ends when the age opens a definite description
    of a person, with no name after it ("The 28-year-old has been in great
    form", "the 51-year-old designer was shot"): it stands for someone named
    before, whom no place or name in its own sentence replaces."""
    if _THE_BEFORE.search(sent, max(0, fs - 5), fs) is None:
        return None
    ap = _APPOSED.search(sent, max(0, fs - 60), fs)
    if ap is not None and _LED_BY_PREP.search(sent, max(0, ap.start(1) - 16), ap.start(1)) is None:
        return None  # "Joss Stone, the 17-year-old soul singer": the name before is the person (not
        # "On a visit to India, the 60-year-old actor")
    m = _AGE_AS_ROLE.match(sent, fe)
    if m is None:
        return None
    w = m.group(1)
    if w is not None and not (w in _AGE_AUX or w in _SPEECH or _VERB_FORM.fullmatch(w) or _PAST.fullmatch(w)):
        return None  # "the 15-year-old ban": a thing's age
    return m.start(1) - 1 if w is not None else m.end()
#: what may stand between a possessive and its figure ("his 31-year rule", "their first 2-1 win")
_POSS_GAP = compile_cached(r"\s+(?:(?:first|last|second|third|latest|new|own|best|worst|record|previous|next)\s+)?")
#: what stands between the actor and its figure when the figure is not its
#: own clause's: reported speech, a relative clause, a new clause
_NOT_ACTOR_GAP = compile_cached(
    r"(?i)(?<![\p{L}])(?:said|says|say|told|tells|added|claimed|claims|warned|argued|believes?|believed|thinks?|"
    r"thought|expects?|expected|that|which|who|whom|whose|when|where|while|if|because|although|though|after|"
    r"before|since|until|unless|and|but|or|as|than|by|according|[a-z]+ing\s+to)(?![\p{L}])|[,;:()\"“”«»]|\s[-–—]\s",
    regex.VERSION1)
_TITLED = compile_cached(r"(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof)\.?\s+"
                         r"(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)(?![\p{L}])", regex.VERSION1)
_PRONOUN_LEAD = compile_cached(r"[\W_]*(?:(?:the|a|an|The|A|An)\s+)?", regex.VERSION1)
_ORG_WORDS = frozenset("""United Rovers Athletic Wanderers Albion Sachs Stanley Lynch Brothers Bros Records
Music Pictures Studios Films Entertainment Motors Airways Airlines Energy Oil Gas Telecom Mobile Media Bank Capital
Partners Holdings Group Inc Ltd Plc Corp Co Company Association Institute Foundation Trust Council Union""".split())
_PRONOUN_SENTENCES = 3  # sentences back, in the paragraph, a referent is looked for


def _pronoun_actor(doc, c, s0: int, lex: _Lexicon) -> Optional[str]:
    """The name a pronoun or a definite noun stands for, when it is the actor
    of the figure's clause ("Kylie Minogue toured Britain. She won 3 awards
    in 2004": Kylie Minogue, not the United Kingdom): a person for
    he/she/his/her/"the singer", an organisation, team or group for
    they/their/"the firm".  In the figure's own sentence, the name that opens
    the pronoun's clause ("before Agassi confirmed he would play on in
    2005"); else, in the up to three sentences before it in the same
    paragraph and story, the actor (opening name) of the nearest sentence
    that names one; a single name of the kind there when its actor is a
    name of another kind (a person speaking of a firm), or, for he/she, when
    it opens with no name.  Anything less clear: no guess."""
    sent = c.sentence
    fs = c.start - s0
    if not sent or fs <= 0:
        return None
    lo = _clause(sent, fs, fs)[0]
    m = None
    # an age that stands for its person ("The 28-year-old has been in form") resolves as the role does
    lim = (_age_role(sent, fs, c.end - s0) if c.metric == "people.age" else None) or fs
    for x in _finditer(_PRONOUN_ACTOR, sent[:lim]):
        if x.start() >= lo:
            m = x
    if m is None:
        return None
    if _search(_QUOTES, sent, 0, m.start()) is not None:
        return None  # quoted speech: its "he" and "they" are the speaker's
    gap = sent[m.end():fs]
    if m.group("pp") or m.group("gp"):
        if not _POSS_GAP.fullmatch(gap):
            return None  # "her" as an object, or a possessive of another noun
    elif _nwords(gap) > 8 or _search(_NOT_ACTOR_GAP, gap) is not None or _search(lex.entity_rx, gap) is not None \
            or regex.search(r"(?<![\p{L}])\p{Lu}\p{Ll}", gap) is not None:
        return None
    role = bool(m.group("pn") or m.group("gn"))
    if role and _SUBJECT_SLOT.search(sent, 0, m.start()) is None:
        return None  # "bought the club in 2003": an object
    person = bool(m.group("p") or m.group("pp") or m.group("pn"))
    personal = bool(person and lex.persons and c.metric and _personal_metric(c.metric, lex.person_metrics))
    # "The 22-year-old" opens a paragraph as often as not: it stands for the person the
    # paragraph before named, so it looks back across paragraphs (within the story)
    aged = bool(m.group("pn")) and m.group("pn").endswith(("-old",)) or "-old " in (m.group("pn") or "")
    story = _story_of(doc, c.start)
    stop = max(0 if aged or role else doc.text.rfind("\n\n", 0, s0) + 1, story.start if story else 0)
    # the figure's own sentence: the name that opens the pronoun's clause
    seg = sent[:m.start()]
    cut = 0
    for x in _finditer(_CLAUSE_OPEN, seg):
        cut = x.end()
    cands = [x for x in _pronoun_candidates(seg, person, lex, personal) if x[3]]
    if cands:
        if cut:
            lead = cut + _PRONOUN_LEAD.match(seg[cut:]).end()
        else:
            lead = _date_lead(seg)
        own = [x for x in cands if x[0] == lead]
        if own and own[0][3] and _acts(seg, own[0][1]):
            return own[0][2]
        return None
    return _referent_before(doc, s0, stop, lex, person, role, aged, personal)


def _referent_before(doc, s0: int, stop: int, lex: _Lexicon, person: bool, role: bool, aged: bool = False,
                     personal: bool = False) -> Optional[str]:
    """The name the up to three sentences before ``s0`` (back to ``stop``) give
    for a referent of the kind (a person or not): the actor of the nearest
    sentence that names one, else its one name of the kind, as
    ``_pronoun_actor`` reads it."""
    a = s0
    for _ in range(_PRONOUN_SENTENCES):
        while a > stop and doc.text[a - 1] in " \t\n":
            a -= 1
        if a <= stop:
            return None
        b0, b1 = sentence_bounds(doc.text, a - 1, a - 1)
        b0 = max(b0, stop, a - _PREVIOUS_REACH)
        seg = doc.text[b0:a]
        a = b0
        lead = _date_lead(seg)
        if _SAME_ACTOR.match(seg, lead):
            continue  # "In 1990 he began ...": the same referent, further back
        cands = _pronoun_candidates(seg, person, lex, personal)
        if not cands:
            if _lex_names(seg, lex) or _search(lex.entity_rx, seg) is not None:
                return None  # a sentence naming only the wrong kind: the referent is not clear
            continue
        if _search(_QUOTES, seg) is not None:
            return None  # the sentence before quotes someone: who is "he"?
        first = cands[0]
        if first[0] == lead and _acts(seg, first[1]):
            return first[2] if first[3] else None  # the sentence's actor
        names = {x[2] for x in cands if x[3]}
        if len(names) != 1:
            return None
        other = next((x for x in _pronoun_candidates(seg, not person, lex) if x[0] == lead), None)
        if other is not None and _acts(seg, other[1]) or person and not role:
            return names.pop()
        if aged and not any(_verb_before(seg, lead, x[0]) for x in cands if x[3]):
            # "Olympic champion Kenenisa Bekele is determined ... The 22-year-old will": the one
            # person the sentence names as its subject (not "she overhauled rival Maria Mutola")
            return names.pop()
        return None
    return None


#: what a role noun follows when it is its clause's subject
_SUBJECT_SLOT = compile_cached(r"(?:^|[,;:]|(?<![\p{L}])(?:that|said|says|and|but|when|while|as|because|although|"
                               r"after|before|since|if|so|then|added|where|until|once|now)|[\"“”])\s*$",
                               regex.IGNORECASE | regex.VERSION1)
#: where a clause starts in the pronoun's sentence ("... before Agassi confirmed he")
_CLAUSE_OPEN = compile_cached(r"[,;:]\s*|(?<![\p{L}])(?:that|and|but|when|while|as|because|although|after|before|"
                              r"since|if|until|once|whom|who|where)\s+", regex.VERSION1)
_DATE_LEAD = compile_cached(r"[\W_]*(?:(?:In|On|At|By|Last|This|Next|Earlier|Later|During|Since|After|Before)\s+"
                            r"(?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}\d'’-]+,?\s+)?(?:(?:the|a|an|The|A|An)\s+)?", regex.VERSION1)
_SAME_ACTOR = compile_cached(r"(?:he|she|they|He|She|They)\s", regex.VERSION1)
_ACT_WORD = compile_cached(r"(?:,[^,;:()]{2,60},)?\s+(?:(?:has|had|have|was|were|is|are|will|would|could|can|may|"
                           r"also|now|still|then|later|previously|already|once|first|finally|recently|has\s+also)\s+)*"
                           r"(\p{Ll}{3,})\b", regex.VERSION1)


_IRREGULAR_PAST = frozenset("beat drew swept struck overcame thrashed".split())


def _date_lead(seg: str) -> int:
    """Where a sentence's opening name starts, past "In 1990," or "Last month"."""
    return _DATE_LEAD.match(seg).end()


def _acts(seg: str, end: int) -> bool:
    """The name ending at ``end`` is followed by its verb, not by "and" or a noun."""
    v = _ACT_WORD.match(seg, end)
    if v is None or seg[end:end + 5] == " and ":
        return False
    w = v.group(1)
    return w in _SPEECH or w.endswith("ing") or w in _IRREGULAR_PAST or _VERB_FORM.fullmatch(w) is not None \
        or _PAST.fullmatch(w) is not None or v.end(1) - v.start() > len(w) + 1 and w not in _NP_STOP


def _pronoun_candidates(seg: str, person: bool, lex: _Lexicon, personal: bool = False) -> list:
    """(start, end, name, of the kind) of the names the text gives, in order:
    persons, or organisations, teams and groups; a single capitalised word
    that opens the text and acts (a surname: "Strachan left St Mary's") is
    taken for a person.  ``personal``: the figure is a personal fact, so a
    leader is named as the person, not as his country (subjects5_persons)."""
    persons = lex.persons or {}
    ents = []
    for x in _finditer(lex.entity_rx, seg):
        if ents and x.start() < ents[-1][1]:
            continue
        n = _NAME_AFTER.match(seg, x.end()) if x.group() in lex.nations and lex.state_words else None
        if n is not None and n.group(1) not in lex.state_words and lex.entity_rx.match(seg, n.start(1)) is None:
            ents.append((x.start(), n.end(), seg[x.start():n.end()]))  # "British Airways", "France Telecom"
            continue
        ents.append((x.start(), x.end(), persons[x.group()] if personal and x.group() in persons
                     else lex.canonical[x.group()]))
    titled = []
    for x in _finditer(_TITLED, seg):
        full = regex.sub(r"['’]s?$", "", x.group())
        sur = regex.sub(r"['’]s?$", "", x.group(1))
        name = (persons.get(sur) or persons.get(full)) if personal else None
        titled.append((x.start(), x.start() + len(full),
                       name or lex.canonical.get(sur) or lex.canonical.get(full) or full))
    out = []
    spans = ents + titled
    for p in _lex_names(seg, lex):
        if any(e[0] < p[1] and p[0] < e[1] for e in spans):
            continue
        if seg[p[1]:p[1] + 2] in ("'s", "’s") or seg[p[1]:p[1] + 1] in ("'", "’"):
            continue  # "Shakur's car": an owner, not an actor
        words = p[2].split()
        if any(w in _MONTHS_DAYS for w in words):
            continue
        # a given name first, or two or three capitalised words none of which is
        # a word or a part of an organisation's name ("Kylie Minogue")
        is_person = words[0] in lex.given or 2 <= len(words) <= 3 and not any(
            w.lower() in lex.common or w in _NAME_PARTS or w in _ORG_WORDS or not w[1:].islower() for w in words)
        out.append((p[0], p[1], _canon(p[2], lex), is_person == person))
    out += [(t[0], t[1], t[2], person) for t in titled]
    places = set(lex.places.values()) if lex.places else set()
    for e in ents:
        if seg[e[1]:e[1] + 2] in ("'s", "’s"):
            continue
        if seg[e[0]:e[1]] in persons:
            out.append((e[0], e[1], e[2], person))
        else:
            out.append((e[0], e[1], e[2], not person))
    lead = _date_lead(seg)
    w = _SURNAME.match(seg, lead)
    if w is not None and not any(x[0] == lead for x in out) and w.group().lower() not in lex.common \
            and w.group() not in _NOT_PROPER and w.group() not in _MONTHS_DAYS and _acts(seg, w.end()) \
            and (w.group() in _KEPT[0] or not _a_word(w.group().lower(), lex.words)):  # not "Indiscipline allowed"
        out.append((lead, w.end(), _canon(w.group(), lex), person))
    return sorted(out)


_SURNAME = compile_cached(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}’'])", regex.VERSION1)

@dataclass(frozen=True, slots=True)
class _FigSpan:
    """Just enough of a Figure for a sentence context."""

    start: int
    end: int
    number_start: Optional[int] = None


def _date_claims(doc, dates, rules, lex, idx, figs) -> list[Claim]:
    out = []
    text = doc.text
    for dm in dates:
        story = _story_of(doc, dm.start)
        pub = _parse_date((story.published if story and story.published else None) or doc.published)
        span = _date_span(dm, pub, not dm.year and _ahead(text, dm.start))
        yearless = None
        if span is None:
            # "on August 13" with no publication date: kept, with its year
            # unknown (no period_start/end, a unit of its own), not dropped
            yearless = _yearless_span(dm) if pub is None else None
            if yearless is None:
                continue
            lo_v, hi_v, unit = float(yearless[0]), float(yearless[1]), YEARLESS_DATE
        else:
            lo_v, hi_v, unit = float(span[0].toordinal()), float(span[1].toordinal()), "date"
        absolute = bool(dm.year or (dm.month and dm.day))
        s0, s1 = sentence_bounds(text, dm.start, dm.end)
        sent = text[s0:s1]
        fake = Figure(dm.start, dm.end, dm.text, lo_v, lo_v, hi_v, unit, kind="date")
        ctx = _Ctx(fake, sent, s0, dm.start - s0, dm.end - s0,
                   [(g.start - s0, g.end - s0) for g in figs if g.start >= s0 and g.end <= s1
                    and not (g.start < dm.end and g.end > dm.start)], "date",
                   _paragraph(text, dm.start))
        cands = []
        for rule in rules:
            if (rule.priority < 0 or rule.broad) and (not absolute or yearless is not None
                                                      or ctx.others and not rule.broad):
                continue  # a fallback (or a broad rule) types dates in history, not "on Tuesday", nor
                # the date of a count beside it ("In March 2024, 312 were killed"),
                # nor a day of no known year ("the Jan. 6 committee")
            if rule.requires is not None and _search(rule.requires, ctx.para) is None:
                continue
            if rule.excludes is not None and _search(rule.excludes, sent) is not None:
                continue
            if rule.requires_sentence is not None and _search(rule.requires_sentence, sent) is None:
                continue
            if rule.broad:  # after every named rule's cue, before every fallback's
                found = _broad_verb(rule, ctx)
                if found is not None and (not ctx.others or _apart(ctx, found[1])):
                    cands.append(_Hit(rule, (_BROAD + found[0], -rule.priority, found[3]), (found[1], found[2]),
                                      metric=rule.metric.replace("{cue}", found[4])))
                continue
            for found in _cue_candidates(rule, ctx):
                cands.append(_Hit(rule, (_base(rule, found[0]), -rule.priority, found[3]),
                                  (found[1], found[2])))
        # the nearest cue that names an event ("warned" names a statement)
        best = next((h for h in sorted(cands, key=lambda h: h.score)
                     if _metric(h.rule, h, ctx, lex) is not None), None)
        if best is None:
            continue
        c = _make_claim(doc, best.rule, ctx, best, lex, (), idx, value=fake.value, low=fake.low,
                        high=fake.high, unit=unit, text=dm.text, kind="date")
        if yearless is not None:
            out.append(replace(c, period=yearless[2], period_start=None, period_end=None, cumulative=False))
        else:
            c = replace(c, period=span[2], period_start=span[0].isoformat(),
                        period_end=span[1].isoformat(), cumulative=False)
            if pub is not None and span[1] >= pub and _STATUS_RANK[c.status] < _STATUS_RANK["forecast"] \
                    and _WILL_ACT.search(sent, max(0, ctx.fs - 60), ctx.fs):
                c = replace(c, status="forecast")  # "will collide with the Earth in the year 2175": to come
            out.append(c)
    return out


#: the preposition that ties a date to its verb ("resigned in 1981", "signed on 3 May 2019",
#: "fought during 1944"), with a word between ("in early 1981"): not "by" (a deadline), "since",
#: "until", "before" or "after" (a bound: "the first title since 1948"), nor "of" (a date that
#: qualifies a noun: "the artists of the 1980s")
_DATE_PREP = compile_cached(r"(?i)(?<![\w’'-])(?:in|on|during|at|from)"
                            r"(?: the(?= ))?(?: (?:early|late|mid|mid-|around|about|circa|spring|summer|autumn|fall|winter))?"
                            # a part of the period: "at the end of 2003", "in the summer of 1969"
                            r"(?: the (?:end|start|beginning|middle|turn|spring|summer|autumn|fall|winter"
                            r"|first half|second half|early part|latter part) of)?"
                            r" ?$", regex.VERSION1)
#: two bounds read only with a verb that fits them: "for" before a school or fiscal year or a full
#: day ("cancelled school fees for 2020-21", "postponed the vote for 22 March 2020"), never a bare
#: year ("data for 2021": a figure's period); "since" right after a perfect's verb ("has lived
#: in Paris since 2001", "has been missing since 2014"), never a comparison's ("the first title
#: since 1948", "the highest level since April 2004")
_DATE_FOR = compile_cached(r"(?i)(?<![\w’'-])(?P<w>for|since)(?: the)? ?$", regex.VERSION1)
_FULL_DATE = compile_cached(r"(?:1[5-9]|20)\d\d ?[-/\u2013] ?\d\d(?!\d)|(?<!\d)[0-3]?\d(?:st|nd|rd|th)?\b.*\b(?:1[5-9]|20)\d\d"
                            r"|\p{L}+\.? [0-3]?\d(?:st|nd|rd|th)?,? (?:1[5-9]|20)\d\d|(?:1[5-9]|20)\d\d-\d\d-\d\d", regex.VERSION1)
_PERFECT = frozenset("has have had hasn't haven't hadn't 've 'd".split())
_VERB_WORD = compile_cached(r"[\p{L}\d](?:[\p{L}\d’'-]*[\p{L}\d])?", regex.VERSION1)
#: words that end the search for a date's verb: a new clause ("the man who killed him was
#: president in 1981"), an auxiliary or copula ("was president in 1981"), another bound
_VERB_STOP = frozenset("""that which who whom whose when where while because if although though
whether than is are was were be been being am has have had having do does did will would shall
should can could may might must since until after before""".split())
_AUXILIARY = frozenset("is are was were be been has have had".split())
#: words after which a verb's bare form is a verb, not a noun or a present tense: a modal or
#: do-support ("could hit Earth in April 2020", "will collide with the Earth in 2175", "did not
#: win in 2016"), apostrophes folded to '
_MODAL = frozenset("""will would could can may might shall should must do does did cannot won't
wouldn't couldn't can't mayn't mightn't shan't shouldn't mustn't don't doesn't didn't""".split())
#: and the forms of be and have, after which a past form that is the verb's bare form ("hit",
#: "shut") is a participle: "was hit by a car in 2005", "has quit in 2019"
_PARTICIPLE_AUX = _AUXILIARY | frozenset(["being", "having"])
#: a participle after a determiner describes a noun ("the retired teacher", "some gritted teeth")
_DETERMINER = frozenset("""the a an this these those its his her their our my your some any no many
few several all both each every other""".split())
_VERB_REACH = 10  # words between a date's preposition and its verb (before), or the date and its verb (after)


def _broad_verb(rule: Rule, ctx: _Ctx):
    """(words between, start, end, 0 after | 1 before, verb) of the verb a
    broad date_event rule lists for a date after a preposition: the nearest
    verb before it in its clause, or, when the date's phrase opens the
    clause (after a comma, a conjunction or a subject of up to three words),
    the first after it ("In 1981, Reagan fired"; "..., and in June 1991 it
    overturned").  A verb it does not list (an
    auxiliary, a past tense or an -ing form it does not list), another
    number, or a word of a new clause ends the search."""
    lo, hi = _clause(ctx.sent, ctx.fs, ctx.fe)
    p = _DATE_PREP.search(ctx.sent, max(lo, ctx.fs - 30), ctx.fs)
    bound = None
    if p is None:
        p = _DATE_FOR.search(ctx.sent, max(lo, ctx.fs - 12), ctx.fs)
        if p is None or p.group("w").lower() == "for" and _FULL_DATE.search(ctx.fig.text) is None:
            return None
        bound = p.group("w").lower()
    canon = rule.broad_canon
    before = [(m.start(), m.end(), m.group()) for m in _VERB_WORD.finditer(ctx.sent, lo, p.start())]
    if bound is not None:  # the verb before it only, near it; "since" after a perfect's have
        for k in range(len(before) - 1, max(-1, len(before) - 5), -1):
            got = _listed_verb(before, k, canon, ctx.sent)
            if got == 0:
                return None
            if got:
                lead = [w[2].lower().replace("’", "'") for w in before[max(0, k - 3):k]]
                if bound == "since" and not (set(lead) & _PERFECT):
                    return None
                if bound == "since" and any(w[2].lower() in _DETERMINER or w[2][0].isdigit() for w in before[k + 1:]):
                    return None  # "won their first title since 1948": a comparison's noun
                return len(before) - 1 - k, before[k][0], got[0], 1, got[1]
        return None
    forward_only = bool(before) and before[-1][2].lower() in ("and", "but", "or", "then")
    steps = 0  # words searched, a name of several words counting as one ("by former PM Indira Gandhi")
    for k in range(len(before) - 1, -1, -1):
        if forward_only:
            break
        if not (k + 1 < len(before) and _capitalised(before[k]) and _capitalised(before[k + 1])):
            steps += 1
        if steps > _VERB_REACH:
            break
        got = _listed_verb(before, k, canon, ctx.sent)
        if got == 0:
            return None
        if got:
            return len(before) - 1 - k, before[k][0], got[0], 1, got[1]
    if not forward_only and (len(before) > 3 and not ctx.sent[lo:p.start()].rstrip().endswith(",")
                             or any(_verbish(w, before, i) for i, w in enumerate(before))):
        return None  # the verb after a date is its own only when the date opens the clause, stands
        # apart or follows a short subject ("In 1981, Reagan fired"; "Reagan, in 1981, fired";
        # "My opponent in November 2008 sent"), not in a long noun phrase ("the release of a film
        # about the blasts in 1993 has been postponed")
    after = [(m.start(), m.end(), m.group()) for m in _VERB_WORD.finditer(ctx.sent, ctx.fe, hi)][:_VERB_REACH]
    aux = False
    for k in range(len(after)):
        got = _listed_verb(after, k, canon, ctx.sent)
        if got:
            return k, after[k][0], got[0], 0, got[1]
        low = after[k][2].lower().replace("’", "'")
        if (low == "to" and k > 0 and after[k - 1][2].lower() in _CATENATIVE
                or low in _CATENATIVE and k + 1 < len(after) and after[k + 1][2].lower() == "to"):
            continue  # "In 2005, Branch tried to expand": the act is the verb after "to"
        if aux and (low in ("not", "never", "been", "being", "be", "have") or low.endswith("ly")):
            continue  # "In 2019, the dam was quietly breached", "In 2020, it could be hit"
        if got == 0 and (low in _AUXILIARY or low in _MODAL) and not aux:
            aux = True  # a passive, a perfect or a modal: its participle or bare form follows
            continue
        if got == 0 or aux:
            return None
    return None


_SEGMENT_STOP = compile_cached(r"[,;:()\u2013\u2014]|\s-\s")


def _apart(ctx: _Ctx, verb: int) -> bool:
    """Is every other figure of the sentence outside the stretches between
    commas (and clause marks) that hold the date and its verb?  A count there
    owns the date ("In March 2024, 312 were killed"; "In 2017, Biden paid
    $3.7m"); one beyond a comma does not ("Labour won power in 1997, and has
    spent 3bn since")."""
    lo = 0
    for m in _SEGMENT_STOP.finditer(ctx.sent, 0, min(verb, ctx.fs)):
        lo = m.end()
    m = _SEGMENT_STOP.search(ctx.sent, max(verb, ctx.fe))
    hi = m.start() if m else len(ctx.sent)
    return all(b <= lo or a >= hi for a, b in ctx.others)


def _verbish(w: tuple, words: list, k: int) -> bool:
    """Does words[k] end the search for a date's verb (see _broad_verb)?"""
    word = w[2]
    low = word.lower()
    if low in _VERB_STOP or low in _SPEECH or word[0].isdigit():
        return True
    if not word.islower() or k > 0 and words[k - 1][2].lower() in _DETERMINER:
        return False  # a name; "the building", "the elected officials"
    return _EVENT_VERB.fullmatch(word) is not None or len(low) > 5 and low.endswith("ing")


def _capitalised(w: tuple) -> bool:
    return w[2][0].isupper()


_BARE: dict = {}  # id(canon) -> (canon, {bare form: verb})


def _bare_forms(canon: dict) -> dict:
    """{bare form ("pass away"): verb} of the verbs a broad list maps its past forms to."""
    got = _BARE.get(id(canon))
    if got is None or got[0] is not canon:
        got = (canon, {v.replace("_", " "): v for v in canon.values()})
        _BARE[id(canon)] = got
    return got[1]


#: past forms of verbs whose "to" complement names the act they date: "In 2005, Branch tried
#: to expand abortions", "in 2014 South Africa managed to employ more people", "voted to repeal
#: the law in 2017" (not fail, refuse: an act that did not happen)
_CATENATIVE = frozenset("""tried attempted sought managed began started decided agreed voted moved
vowed pledged promised planned threatened chose opted""".split())
#: forms of be before a progressive -ing form: "was exploring the wreck on Sept. 11, 2001"
_PROGRESSIVE = frozenset("is are was were been".split())

#: prepositions after which an -ing form is a gerund, an event of its own: "after launching the
#: iPod in 2001", "since splitting with Lundgren in 2003", "jailed for killing him in 1990"
_GERUND_PREP = frozenset("after before since for by without upon on of from".split())


def _gerund(phrase: str, bare: dict) -> Optional[str]:
    """The listed verb of an -ing phrase ("launching" launch, "winning back"
    win_back, "making" make), or None."""
    head, _, rest = phrase.partition(" ")
    stem = head[:-3]
    for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
        if cand:
            verb = bare.get(cand + (" " + rest if rest else ""))
            if verb is not None:
                return verb
    return None


def _word_before(words: list, k: int) -> str:
    """The word before words[k], over one adverb ("could not hit", "will
    eventually collide"), lower-cased, apostrophes folded; '' at the start."""
    j = k - 1
    if j >= 0 and (words[j][2].lower() in ("not", "never") or words[j][2].lower().endswith("ly")):
        j -= 1
    return words[j][2].lower().replace("’", "'") if j >= 0 else ""


def _listed_verb(words: list, k: int, canon: dict, sent: str):
    """(end, verb) when words[k] starts a listed verb form (the longest, up to
    three words: "passed away"); 0 when it ends the search (_verbish); None
    when it is neither.  A capitalised word is a name (but the sentence's
    first), a participle after a determiner an adjective ("the retired
    teacher").  A listed verb's bare form is read after a modal or do ("could
    hit", "will collide"), and a one-word past form that is the bare form
    itself ("hit", listed "hit => hit") only there or after be or have ("was
    hit")."""
    w = words[k][2]
    if w[0].isupper() and sent[:words[k][0]].strip(" \"“‘'"):
        return None
    lead = None
    for n in (3, 2, 1):
        if k + n > len(words):
            continue
        phrase = " ".join(x[2] for x in words[k:k + n]).lower()
        verb = canon.get(phrase)
        if verb is not None and n == 1 and phrase == verb:
            lead = _word_before(words, k) if lead is None else lead
            if lead not in _MODAL and lead not in _PARTICIPLE_AUX:
                verb = None  # "hit", "quit": a bare form, a present tense or a noun
        if verb is None and k > 0:
            lead = _word_before(words, k) if lead is None else lead
            if lead in _MODAL or lead == "to" and k > 1 and words[k - 2][2].lower() in _CATENATIVE \
                    and words[k - 1][2].lower() == "to":
                verb = _bare_forms(canon).get(phrase)
            elif w.endswith("ing") and len(w) > 5 and (words[k - 1][2].lower() in _GERUND_PREP
                                                      or lead in _PROGRESSIVE):
                verb = _gerund(phrase, _bare_forms(canon))
        if verb is not None and (n == 1 or all(words[j][0] == words[j - 1][1] + 1 for j in range(k + 1, k + n))):
            if k > 0 and words[k - 1][2].lower() in _DETERMINER:
                return None
            return words[k + n - 1][1], verb
    if k > 0 and (_word_before(words, k) if lead is None else lead) in _MODAL and w.islower():
        return 0  # an unlisted verb: "could pay creditors at the end of 2001"
    return 0 if _verbish(words[k], words, k) else None


def unclaimed(figures: Sequence[Figure], claims: Sequence[Claim]) -> tuple[Figure, ...]:
    """The figures no claim covers (same offsets), in order."""
    taken = {(c.start, c.end) for c in claims}
    return tuple(f for f in figures if (f.start, f.end) not in taken)
