"""The claims stage's shared low-level part: the per-ruleset lexicon (gazetteer,
status cues), small text helpers, and matching a rule on one figure (split
out of :mod:`ledger.claims`, which holds the stage's entry)."""

from __future__ import annotations

import bisect
import functools
import datetime as _dt
import dataclasses
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Optional, Sequence

import regex

from .records import Figure
from .cache import cached_value
from .text import mostly_capitalised, word_file
from .rules import FIGURE_SENTINEL, GAZETTEER, MATCH_TIMEOUT, OFFICE_LIST, Rule, RuleSet, compile_cached


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
    #: lower-case-only WordNet words (rules/subjects/opening_words.txt): one that
    #: opens a sentence is no name ("Proximity to power lines", "Uncompensated care")
    openers: frozenset = frozenset()
    #: kinds of people (lists/subj18_groups.txt, canonical) that are a subject only where the
    #: figure's own phrase names them, never a last guess for a sentence that names no one
    near_groups: frozenset = frozenset()
    #: acronyms and names of bodies that report other people's figures
    #: (lists/src18_reporters.txt): a source that is not the key ("The ONS said ..."),
    #: {name: the country whose figures it reports, or the name itself}
    reporters: object = frozenset()
    #: lower-case verb forms that end a name in a title-case headline ("Pfizer Paid A $2.3
    #: Billion Fine", "Moderna Will Earn"): lists/title27_verbs.txt (WordNet verb forms that
    #: are no noun) less the words of gazetteer names and the given names (see _title_verbs)
    title_verbs: frozenset = frozenset()
    #: (s27 tcsubj) the words of English the other lists leave out (rules/subjects/title_words.txt,
    #: WordNet), less the gazetteer's names: one capitalised word of a title-case headline that is
    #: none of these words nor another list's is a name ("Harambe Received 15,000 Votes")
    title_words: frozenset = frozenset()
    #: when a leader's name starts to stand for the state (lists/leader_took_office.txt):
    #: {the person's name: the first day in office}; before it the name is the person's (lexicon_on)
    took_office: object = None
    #: the superlatives of ranks (lists/rank30_superlatives.txt): {words lower-cased, spaced:
    #: canonical} ("biggest" -> "largest", "most-populous" -> "most populous"), for ``{superlative}``
    superlatives: object = None


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
        openers = _opening_words_path(ruleset)
        if openers.exists():
            sources.append(openers)
        tw = Path(ruleset.root) / _TITLE_WORDS_FILE
        if tw.exists():
            sources.append(tw)
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
    # kinds of people read as groups only where the figure's phrase names one (lists/subj18_groups.txt)
    near = ruleset.lists.get(_NEAR_GROUPS)
    for alias, canon in (near.canonical.items() if near else ()):
        groups.setdefault(alias, canon)
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
    nations = frozenset(e for n in ("countries", "demonyms", "de24_places") if n in ruleset.lists
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
    # personal metrics: subjects5_person_metrics and any new <helper>_person_metrics list
    pm = frozenset(e for name, wl in ruleset.lists.items()
                   if name == _PERSON_METRIC_LIST or name.endswith("_person_metrics") for e in wl.entries)
    lex = _Lexicon(entity_rx, canonical, groups_rx, groups, status_rx, status, common, places,
                   countries, noun_lists, {}, frozenset(sw.entries) if sw else frozenset(), nations,
                   blind_rx, blind, frozenset(gn.entries) if gn else frozenset(), topics_rx, topics,
                   dict(pe.canonical) if pe else {}, pm,
                   frozenset(e.lower() for e in ruleset.lists[_KIND_LIST].entries) if _KIND_LIST in ruleset.lists
                   else frozenset(),
                   {a.lower(): c for a, c in ruleset.lists[_THING_LIST].canonical.items()}
                   if _THING_LIST in ruleset.lists else {},
                   # (a name of the gazetteer stays a name: "Travelers", "Shell"; the animals and
                   # plants are left out: their rare words are names, "Brent crude", "Robin", "Holly")
                   frozenset(a.lower() for name, wl in ruleset.lists.items() if name.startswith("wordnet_")
                             and name not in ("wordnet_animals", "wordnet_plants")
                             for a in wl.entries if " " not in a) - {a.lower() for a in canonical},
                   _opening_words(ruleset) - {a.lower() for a in canonical}
                   - {g.lower() for g in (gn.entries if gn else ())}
                   - {a.lower() for a in (pe.canonical if pe else ())})
    if near:
        lex = dataclasses.replace(lex, near_groups=frozenset(near.canonical.values()) - set(dict(gl.canonical).values()
                                                                                        if gl else ()))
    rp = ruleset.lists.get(_REPORTER_LIST)
    if rp:
        lex = dataclasses.replace(lex, reporters=dict(rp.canonical))
    lex = dataclasses.replace(lex, title_verbs=_title_verbs(ruleset, canonical, gn.entries if gn else ()),
                              title_words=word_file(Path(ruleset.root) / _TITLE_WORDS_FILE)
                              - {a.lower() for a in canonical})
    tl = ruleset.lists.get(OFFICE_LIST)
    if tl is not None and pe is not None:
        lex = dataclasses.replace(lex, took_office={p: _dt.date.fromisoformat(d) for p, d in tl.canonical.items()})
    sp = ruleset.lists.get(SUPERLATIVE_LIST)
    if sp is not None:
        lex = dataclasses.replace(lex, superlatives={a.lower().replace("-", " "): c for a, c in sp.canonical.items()})
    return lex


#: lexicons of dated documents: (id(rule set), the people not yet in office) -> (rule set, lexicon)
_DATED: dict = {}


def lexicon_on(ruleset: RuleSet, day) -> _Lexicon:
    """The lexicon for a document written on ``day`` (a ``datetime.date``, or
    None when undated): a leader who had not yet taken office then
    (lists/leader_took_office.txt) is read as the person, not as the state
    ("Trump" in a 2005 story about a television show is Donald Trump, not the
    United States).  A former leader, a person the list gives no date and
    every leader in an undated document keep the state."""
    lex = lexicon(ruleset)
    if day is None or not lex.took_office:
        return lex
    out = frozenset(p for p, first in lex.took_office.items() if day < first)
    if not out:
        return lex
    key = (id(ruleset), out)
    hit = _DATED.get(key)
    if hit is not None and hit[0] is ruleset:
        return hit[1]
    canonical = dict(lex.canonical)
    for alias, person in lex.persons.items():
        if person in out and alias in canonical:
            canonical[alias] = person
    dated = dataclasses.replace(lex, canonical=canonical)
    if len(_DATED) > 64:
        _DATED.clear()
    _DATED[key] = (ruleset, dated)
    return dated


_TITLE_VERB_LIST = "title27_verbs"


def _title_verbs(ruleset: RuleSet, canonical, given) -> frozenset:
    """The verb forms of lists/title27_verbs.txt (WordNet verb forms that are no
    noun), less the words of gazetteer names and the given names: a capitalised
    one ends a run of capitals in a title-case headline (title27)."""
    wl = ruleset.lists.get(_TITLE_VERB_LIST)
    if wl is None:
        return frozenset()
    names = {w.lower() for a in canonical for w in a.split()}
    return frozenset(e.lower() for e in wl.entries) - names - {g.lower() for g in given}


def _opening_words_path(ruleset: RuleSet) -> Path:
    return Path(ruleset.root) / _OPENER_FILE


def _opening_words(ruleset: RuleSet) -> frozenset:
    """The lower-case-only words of rules/subjects/opening_words.txt (one a
    line, '#' comments).  Kept out of rules/lists: no rule reads it, and a
    word list is pickled with the parsed rules every run loads (46,000 words,
    ~70M instructions a gate run); the lexicon, cached apart, is its only
    reader."""
    return word_file(_opening_words_path(ruleset))


_OPENER_FILE = "subjects/opening_words.txt"
_TITLE_WORDS_FILE = "subjects/title_words.txt"


_GIVEN_LIST = "subjects4_given_names"
_TOPIC_LIST = "subjects4_topics"
_PERSON_LIST = "subjects5_persons"
_NEAR_GROUPS = "subj18_groups"
_REPORTER_LIST = "src18_reporters"
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


#: a single person the sentence speaks of: a figure is theirs, not a country's or a firm's
#: ("you're saving 12 bucks", "I am roughly being paid $53 a day", "Says he vetoed $250,000")
ONE_PERSON = compile_cached(r"(?i)(?<![\p{L}])(?:i|me|my|you|your|yours|he|him|his|she|her|hers)(?![\p{L}])",
                            regex.VERSION1)


def sentence_offset(text: str, c) -> int:
    """Where claim ``c``'s sentence starts in ``text`` (the last occurrence that reaches its
    figure), or -1."""
    return text.rfind(c.sentence, 0, c.start + len(c.sentence))


def figure_span(text: str, c) -> Optional[tuple[int, int]]:
    """Where claim ``c``'s figure starts and ends in its sentence, ``(fs, fe)``, or None when
    the sentence is not found in ``text`` (:func:`sentence_offset`) or does not hold the
    figure: what every last-resort subject step reads first."""
    s0 = sentence_offset(text, c)
    if s0 < 0:
        return None
    fs, fe = c.start - s0, c.end - s0
    return (fs, fe) if 0 <= fs <= fe <= len(c.sentence) else None


#: the metric families of what one person did, got or paid: a duration, an animal count, a
#: sum, a frequency, a dated act
DOER_FAMILIES = ("duration.", "animals.", "money.", "frequency.", "event.")


def doer_metric(metric: str, person_metrics: frozenset) -> bool:
    """Is ``metric`` one a person may own as the doer: of ``DOER_FAMILIES`` or a personal fact
    (``person_metrics``, from ``subjects5_person_metrics``: a death, a birth, a photo, a
    statement...; ``"media.*"`` covers a family)?  The owner of such a figure may be a person
    the text describes (described_person) or the named person quoting it as "I" (voice)."""
    return metric.startswith(DOER_FAMILIES) or metric in person_metrics \
        or metric.split(".", 1)[0] + ".*" in person_metrics


def fill_subjects(claims: list, fallback: set, owner) -> list:
    """``claims`` with ``owner(claim)`` as the subject of each claim of a named rule (not one of
    ``fallback``) that has a sentence and no subject yet, where ``owner`` names one: the loop of
    the last-resort subject steps (currency_owner, federal_owner, title_firm, place_scope,
    story_country, event_owner, coref_owner, described_person, de_owner).  A new list only when a subject is given."""
    out = claims
    for i, c in enumerate(claims):
        if c.subject is not None or c.rule in fallback or not c.sentence:
            continue
        name = owner(c)
        if name is None:
            continue
        if out is claims:
            out = list(claims)
        out[i] = replace(c, subject=name)
    return out


def mend_subjects(claims: list, fallback, fix) -> list:
    """``claims`` with ``fix(claim)`` as the subject of each claim of a named rule (not one of
    ``fallback``) that has a sentence and a subject, where ``fix`` returns another one (None takes
    the subject off; the claim's own subject keeps it): the loop of the steps that re-read a subject
    (age_place, list_subject, measure_owner, relative_owner), beside ``fill_subjects``.  A new list
    only when a subject changes."""
    out = claims
    for i, c in enumerate(claims):
        if not c.subject or c.rule in fallback or not c.sentence:
            continue
        name = fix(c)
        if name == c.subject:
            continue
        if out is claims:
            out = list(claims)
        out[i] = replace(c, subject=name)
    return out


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
    src_home: str = ""  # the country of a statistics office cut as the source (_source_cut): "The ONS said"
    #: (start, end) in the sentence of the figure's own stated conversion right
    #: after it, " ($2bn; £1.1bn)": cues after the figure read past it
    conv: tuple = ()
    lv: object = False  # the level-word view (_level_view): False until computed
    #: subjects._entities of the figure: False until computed (not an init field, so a
    #: ``replace(ctx, sent=...)`` starts without the old sentence's)
    ents: object = dataclasses.field(default=False, init=False)
    #: (cnt24) _head_noun's phrase by (lead, window) for the broad rules, which read the same
    #: phrase and differ only in the list its last word must end: read once a figure, not once a rule
    hn: object = dataclasses.field(default=False, init=False)
    #: (cnt25) the counted-noun view (_noun_view): False until computed
    nv: object = dataclasses.field(default=False, init=False)

    def __post_init__(self):
        n = self.fig.number_start
        self.ns = n - self.s0 if n is not None and self.fig.start <= n <= self.fig.end else self.fs


#: an editorial insertion in brackets, in a quotation or not: "an unemployment
#: (rate of) 1.5", "40 percent (of) the jobs", "half of these [murdered]
#: women": a few words, no figure, no quotation mark
_EDITORIAL = compile_cached(
    r"\((?=\p{L})([^()\[\]\d\"“”;:!?]{1,40})(?<=[\p{L}.])\)"
    r"|\[(?=\p{L})([^()\[\]\d\"“”;:!?]{1,40})(?<=[\p{L}.])\]", regex.VERSION1)


#: (s27) an ellipsis between two words of one quotation, with or without spaces: "reduced the
#: smuggling of people and drugs...by 90 percent", "in San Diego . . . and it": read as one space
_ELLIPSIS = compile_cached(r"(?<=[\p{L}\d,])\s*(?:\.{3,}|…|\. \. \.)\s*(?=[\p{L}\d$£€])", regex.VERSION1)


def _see_through(ctx: _Ctx) -> Optional[_Ctx]:
    """The figure in its sentence with the brackets of editorial insertions
    taken out ("an unemployment rate of 1.5"), and an ellipsis inside a
    quotation read as a space ("drugs...by 90 percent"), for cues, patterns
    and head nouns to read; ``back`` maps its offsets to the sentence's.
    None when the sentence has no such brackets or ellipses.  Computed once
    per figure."""
    if ctx.tv is not False:
        return ctx.tv
    ctx.tv = None
    sent = ctx.sent
    dots = "..." in sent or "…" in sent or ". . ." in sent
    if "(" not in sent and "[" not in sent and not dots:
        return None
    spans = [(ctx.fs, ctx.fe)] + list(ctx.others)
    cuts = list(range(*ctx.conv)) if ctx.conv else []  # "$6.75bn (£3.6bn) buyout": "$6.75bn buyout"
    for m in _finditer(_EDITORIAL, sent) if "(" in sent or "[" in sent else ():
        a, b = m.start(), m.end()
        if _nwords(m.group()) > 4 or any(x < b and y > a for x, y in spans):
            continue  # a long aside, or a figure's own brackets ("(half)")
        cuts += [a, b - 1]
    blank = set()
    for m in _finditer(_ELLIPSIS, sent) if dots else ():
        a, b = m.start(), m.end()
        if any(x < b and y > a for x, y in spans):
            continue
        blank.add(a)  # the ellipsis and its spaces: one space
        cuts += range(a + 1, b)
    if not cuts and not blank:
        return None
    cuts.sort()
    drop = set(cuts)
    back = tuple(i for i in range(len(sent)) if i not in drop) + (len(sent),)

    def fwd(i: int) -> int:
        return i - bisect.bisect_left(cuts, i)

    t = _Ctx(ctx.fig, "".join(" " if i in blank else sent[i] for i in back[:-1]), ctx.s0, fwd(ctx.fs), fwd(ctx.fe),
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
    r"(?<![’'`]s )(?<![\w-])(?:(?:an?|the) )?(?:(?:average|(?:new |all-time )?record)(?: of)?"
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
    r"(?:expected|set|forecast|predicted|projected|tipped|likely|due|poised|estimated|thought|believed|anticipated"
    r"|going) "  # (s27) "premiums are going to go up by 5 percent"
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
#: (s27) an adverb between an auxiliary and its change verb: "the number of jobs has actually
#: decreased by 18,300", "gas prices have already risen 5%" read "has decreased by 18,300"
_AUX_ADVERB = compile_cached(
    r"(?<![\w-])(?:has|have|had|is|are|was|were)(?: been)?"
    r"(?P<gap> (?:actually|already|also|now|since|just|recently|further|indeed|again|reportedly|still|even|effectively"
    r"|steadily|consistently|significantly|substantially|dramatically|sharply|slightly|markedly|in fact))"
    r"(?= (?:been )?[a-z]+(?: (?:up|down|back))?(?: by)? $)")
_AUX_ADVERBS = frozenset(
    "actually already also now since just recently further indeed again reportedly still even effectively steadily "
    "consistently significantly substantially dramatically sharply slightly markedly fact".split())
_LEVEL_REACH = 70
#: (s25) a manner adverb between a change verb and "by"/"up"/"down" or the figure: "imports rose
#: sharply by 16.3%", "rose even faster, by 16.3%", "fell steeply 20%"; the view reads "rose by 16.3%"
_MANNER_WORDS = frozenset(
    "sharply steeply slightly modestly strongly significantly substantially dramatically markedly rapidly quickly "
    "steadily marginally faster further again sharper"
    # (s26) a focusing adverb: "retail sales rose just 0.3%", "rose by only 2%"
    " just only merely barely".split())
_MANNER_GAP = compile_cached(
    r"(?<![\w’'-])(?P<verb>[a-z]+)(?: by)?(?P<gap>,? (?:(?:even|much|far|very) )?(?:" + "|".join(sorted(_MANNER_WORDS)) +
    r")(?: still)?,?)(?= (?:(?:by|up|down|back) )*$)", regex.VERSION1)
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
    verb = bool(words) and (words[-1] in _CHANGE_VERBS or adverb and words[-1] in (
        "is", "are", "was", "were", "went", "gone", "go", "goes"))  # (s26) "which has gone up by 27%"
    if verb or len(words) > 1 and words[-2] == "to":
        m2 = _search(_FORECAST_AUX, tail[:end]) or (_search(_CLAUSE_GAP, tail[:end]) if "," in tail else None)
        m4 = None
        if m2 is None and verb and len(words) > 2 and words[-2] in _AUX_ADVERBS:  # (a set look-up first)
            m4 = _search(_AUX_ADVERB, tail[:end])
            if m4 is not None:
                cuts.insert(0, (a + m4.start("gap"), a + m4.end("gap")))
        if m2 is None and verb and m4 is None:
            # a qualifier is read over a longer reach
            a = max(0, fs - 2 * _LEVEL_REACH)
            m2 = _search(_QUALIFIER_GAP, sent[a:fs - len(tail) + end])
        if m2 is not None:
            cuts.insert(0, (a + m2.start(), a + m2.end()))
    if _MANNER_WORDS.intersection(w.strip(",") for w in tail[-40:].lower().split()[-4:]):
        t0 = max(0, fs - _LEVEL_REACH)
        m3 = _search(_MANNER_GAP, sent[t0:fs])
        if m3 is not None and m3.group("verb") in _CHANGE_VERBS:
            cuts.append((t0 + m3.start("gap"), t0 + m3.end("gap")))
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


# (cnt25) a count whose counted noun does not stand right after its figure: "the number of
# charter schools in Ohio is 300", "executions in Texas numbered 13", "rural farm workers,
# thousands of whom", "60 people were arrested - 45 of them in the US", "Texas had 13
# executions, Florida had two".  The head-noun rules read the noun from a view of the sentence
# with that noun phrase put right after the figure ("... is 300 charter schools."), so every
# count rule and noun class reads these figures as it reads "300 charter schools".

#: what may follow a count that names no noun of its own (after it: the end, punctuation, a word
#: that cannot open a noun phrase); a threshold's noun ("topped the 100,000 mark") is skipped
_NV_AFTER = compile_cached(r"\s*(?:$|[.,;:!?)\"”’]|(?P<mark>\s*(?:mark|barrier|threshold|milestone)\b)"
                           r"|(?=(?P<word>[a-z]+)\b))", regex.VERSION1)
#: the plural noun phrase a construction names: up to two qualifiers and a plural head
_NV_NP = (r"(?P<np>(?:(?:[a-z]|(?<![\w’'-] )[A-Z])[\w’'-]* ){0,2}?"
          r"(?:(?:[a-z]|(?<![\w’'-] )[A-Z])[\w’'-]*[a-z]s|(?:wo)?men|people|children))")
#: "the (total) number of X (in Ohio) is/reached/rose to N" (a change "by N" is not a count)
_NV_NUMBER_OF = compile_cached(
    r"(?<![\w-])(?:total |overall |combined |annual )?numbers? of (?!(?:people|persons|those|them|us|these|times|ways"
    r"|reasons|things|years|days|months|weeks|hours)\b)" + _NV_NP +
    r"(?: (?:in|on|at|from|of|with|among|across|for|who|that|under|per|on|since|nationwide|worldwide|[a-z]+ed"
    r"|[a-z]+ing)\b[^.;:,()\d]{0,60}?)?"
    r" (?:(?:has|have|had|will|would|could|may|might|is expected to|are expected to|was expected to) )?"
    r"(?:(?:now|already|just|since|also|more than|nearly|almost) )?(?:been |be )?"
    r"(?:is|are|was|were|stands at|stood at|stand at|reached|reaches|reach|hit|hits|topped|tops|top|exceeded"
    r"|exceeds|exceed|surpassed|surpasses|passed|totals?|totaled|totalled|broken|broke|crossed"
    r"|(?:rose|risen|rises|rise|fell|fallen|falls|fall|increased|increases|increase|grew|grown|grows|grow|dropped"
    r"|drops|drop|jumped|jumps|jump|climbed|climb|climbs|doubled|tripled|declined|declines|decline|shrank|shrunk"
    r"|soared|surged|plunged|swelled|swollen|dwindled|slumped|went|gone|go|come|came|edged up|edged down)"
    r"(?: by [^.;:()\d]{0,10}?[\d.,]+(?:%| per ?cent| percent)?)?(?: from [^.;:()]{0,40}?)? to)"
    r"(?: the)? (?:(?:about|around|nearly|almost|some|more than|over|roughly|at least|just|only|an estimated"
    r"|a record|a high of|a low of|a total of|exactly|just over|just under) )?$", regex.VERSION1)
#: "executions in Texas numbered 13", "China's net users number 100m", "abortions totalled 54,000"
_NV_NUMBERED = compile_cached(
    r"(?<![\w’'-])" + _NV_NP + r"(?: (?:in|on|at|from|of|across|among|nationwide|worldwide)\b[^.;:,()\d]{0,50}?)?"
    r" (?:(?:now|already|currently|together|combined|altogether) )?(?:numbered|numbers|number|totalled|totaled|totals"
    r"|total)(?: (?:about|around|nearly|almost|some|more than|over|roughly|at least|just|only|an estimated"
    r"|exactly|fewer than|less than))? $", regex.VERSION1)
#: (counts33) the plural noun phrase a count is said of, as the subject of a copula or of a verb of
#: reaching, or before a colon: "gun deaths in America were 40,000", "refugees admitted by Canada
#: reached 25,000", "homeless veterans in Texas: 40,000" (the figure ends its phrase: no noun of its
#: own follows it); not a move "to" it, a level's (LVL927: "evictions fell to 40,000"), nor a flow
#: named by a qualifying plural ("car sales were 2,000": GEN008's level, _MODIFIER_PLURALS)
#: the verbs of reaching a count is told by, read by _NV_SUBJECT and looked for by its cue
_NV_REACHED = "reached|hit|topped|exceeded|surpassed"
_NV_SUBJECT = compile_cached(
    r"(?<![\w’'-])" + _NV_NP + r"(?: (?:in|on|at|from|of|across|among|for|under|nationwide|worldwide|[a-z]{3,}ed)\b"
    r"(?:(?! (?:they|it|he|she|we|you|i|that|which|who|to|is|was|be|been)\b)[^.;:,()\d]){0,50}?)?(?::| (?:(?:(?P<cop>were|are)|(?:have |has |had )?(?:"
    + _NV_REACHED + r"))))"
    r" (?:(?:about|around|nearly|almost|some|more than|over|roughly|at least|just|only|an estimated"
    r"|exactly|fewer than|less than|just over|just under) )?$", regex.VERSION1)
#: a cheap look at the end of the text before the figure: the copula, a verb of reaching or a colon
_NV_SUBJECT_CUE = compile_cached(r"(?:\b(?:were|are|" + _NV_REACHED + r")|:)(?: [a-z]+(?: [a-z]+)?)? $",
                                 regex.VERSION1)
#: "rural farm workers, thousands of whom took to the streets": the plural before the comma
_NV_OF_WHOM = compile_cached(r"(?<![\w’'-])" + _NV_NP + r",(?: (?:of )?(?:about|around|nearly|almost|some"
                             r"|more than|over|roughly|at least|only))? $", regex.VERSION1)
#: the plural noun phrase right after an earlier count ("60 people were arrested"): up to three words,
#: the last a plural that a verb, a preposition or punctuation follows
_NV_AFTER_NP = compile_cached(
    r" " + _NV_NP.replace("{0,2}?", "{0,2}") + r"(?=[.,;:!?)\"”]|$| (?:[a-z]+ed|are|were|is|was|have|has|had|will"
    r"|would|could|can|who|that|which|in|on|at|of|from|to|with|for|across|during|last|this|and|or|but|than|as|by"
    r"|each|a|an|the|since|over|under|while|compared|against)\b)", regex.VERSION1)
#: the word before a figure: its verb ("had 13 executions, Florida had two")
_NV_VERB_BEFORE = compile_cached(r"(?<![\w’'-])(?P<v>[a-z]{3,})\s+$", regex.VERSION1)
#: words before an earlier and a later count that do not make them one construction
_NV_NO_VERB = frozenset("""the and but with from than for that this these those some about around over nearly almost
only just least more less than into onto between among which who whom what where when while were was are its their
his her our your""".split())


_NV_PLURALS = frozenset(("people", "men", "women", "children"))


def _noun_view(ctx: _Ctx, lex: Optional["_Lexicon"] = None):
    """(view, part) for a count figure whose noun stands elsewhere: the
    sentence cut after the figure, with that noun phrase put right after it,
    ``back`` mapping the copied phrase to where it stands; part is True for
    a part of a group ("thousands of whom", "45 of them").  None for any
    other figure (most: a count's noun follows it).  Computed once a figure."""
    if ctx.nv is not False:
        return ctx.nv
    ctx.nv = None
    if ctx.ucls != "count" or ctx.fig.kind != "number":
        return None
    sent, fs, fe = ctx.sent, ctx.fs, ctx.fe
    a = _NV_AFTER.match(sent, fe)
    if a is None:
        return None
    if fs < 3:
        # an answer to a question: "How many convicted felons did he let out early? Zero."
        np = _nv_answer(ctx) if a.group("word") is None and not sent[:fs].strip(" \"“'‘") else None
        if np is None:
            return None
        t = _nv_build(ctx, np, ctx.text)
        ctx.nv = (t, False)
        return ctx.nv
    word = a.group("word")
    part = False
    np = None
    if word is not None:
        if word == "of":
            m = regex.match(r" of (?:(whom|which)|them|these|those)\b", sent[fe:fe + 12])
            if m is None:
                return None
            part = True
            np = _nv_of_whom(ctx) if m.group(1) else _nv_earlier(ctx, same_verb=False)
            if np is None:
                return None
        elif word not in _NP_STOP and not _nv_verb(sent, a.end(), word):
            return None  # a word that may open the figure's own noun phrase
    if np is None:
        lo = _clause(sent, fs, fe)[0]
        if lo and sent[lo - 1] == ":" and not sent[lo:fs].strip() and sent[fe:fe + 1] != ")":
            lo = _clause(sent, lo - 1, lo - 1)[0]  # (counts33) "homeless veterans in Texas: 40,000"
        tail = sent[max(lo, fs - 160):ctx.ns]
        m = None
        if "number of" in tail or "numbers of" in tail:
            m = _search(_NV_NUMBER_OF, tail)
        if m is None and ("numb" in tail[-40:] or "total" in tail[-40:]):
            m = _search(_NV_NUMBERED, tail)
        if m is None and _NV_SUBJECT_CUE.search(tail[-30:]) is not None:
            m = _search(_NV_SUBJECT, tail)
            if m is not None and (m.group("cop") and not (ctx.fig.value or 0) >= 200
                                  or m.group("np").rsplit(" ", 1)[-1].lower() in _NV_FLOWS):
                m = None  # "the suspects were 17", "the victims are 12 and 14": ages, not counts
        if m is not None:
            base = ctx.ns - len(tail)
            np = (base + m.start("np"), base + m.end("np"))
        else:
            np = _nv_partitive(ctx)  # "Of the 50 states, 37 have expanded Medicaid": a part of them
            part = np is not None
            if np is None and (word is None or word in _NV_ELLIPSIS_NEXT):
                np = _nv_earlier(ctx, same_verb=True)  # "Texas had 13 executions, Florida had two"
        if np is None:
            return None
    t = _nv_build(ctx, np, sent, lex)
    if t is None:
        return None
    ctx.nv = (t, part)
    return ctx.nv


def _nv_build(ctx: _Ctx, np: tuple, src: str, lex: Optional["_Lexicon"] = None) -> Optional[_Ctx]:
    """The view of ctx with src[np[0]:np[1]] (a plural noun phrase of the sentence, or of the
    text before it) after the figure; ``back`` maps a phrase of the sentence to where it stands
    and a phrase from before the sentence to the figure."""
    sent, fs, fe = ctx.sent, ctx.fs, ctx.fe
    phrase = src[np[0]:np[1]]
    words = phrase.split(" ")
    if _lemma(words[-1]) == words[-1].lower() and words[-1] not in _NV_PLURALS or any(w.lower() in _NP_STOP for w in words):
        return None  # no plural head, or no noun phrase ("in loans")
    if (lex is not None and src is sent and len(words) > 1 and words[0][1:].islower() and words[1][:1].islower()
            and not sent[:np[0]].strip(" \"“‘'") and words[0].lower() in lex.common and words[0] not in lex.canonical):
        phrase = phrase[0].lower() + phrase[1:]  # (counts33) a phrase that opens the sentence: "Homeless veterans
        # in Texas: 40,000" counts homeless veterans, its capital is the sentence's, no name's
    view = sent[:fe] + " " + phrase + "."
    if src is sent:
        back = tuple(range(fe)) + (np[0],) + tuple(range(np[0], np[1])) + (np[1], np[1])
    else:
        back = tuple(range(fe)) + (fs,) * (len(phrase) + 1) + (fe, fe)
    t = _Ctx(ctx.fig, view, ctx.s0, fs, fe, [(x, y) for x, y in ctx.others if y <= fs], ctx.ucls, ctx.para, ctx.text)
    t.ns, t.tv, t.lv, t.nv, t.back, t.conv = ctx.ns, None, None, None, (
        tuple(ctx.back[i] for i in back) if ctx.back else back), ()
    return t


#: the question a count answers: "How many convicted felons did Scott Walker let out ...?" right
#: before the sentence the count opens
_NV_QUESTION = compile_cached(r"(?i:\bhow many )" + _NV_NP + r"(?= )[^.?!]{0,120}\?[\"”’']?\s*[\"“‘']?$", regex.VERSION1)


def _nv_answer(ctx: _Ctx):
    """(start, end) in ctx.text of the plural a question right before the figure's sentence asks
    "how many" of, for a count that opens its sentence and ends it ("... on parole? Zero.")."""
    if not ctx.text or ctx.s0 < 10:
        return None
    a = max(0, ctx.s0 - 200)
    tail = ctx.text[a:ctx.s0 + ctx.fs]
    if "?" not in tail[-6:]:
        return None
    m = _search(_NV_QUESTION, tail)
    return (a + m.start("np"), a + m.end("np")) if m is not None else None


#: words after a count that end it where its noun is elided ("Florida had two in 2019")
_NV_ELLIPSIS_NEXT = frozenset("in on at for from last this each and or but a an the during since over under than by".split())
#: "Of the 50 states, 37 have ...": the whole, its noun phrase and a comma before the part
_NV_PARTITIVE = compile_cached(r"(?i:(?<![\w-])of (?:the|its|their|his|her|our|these|those|all) )$", regex.VERSION1)
_NV_PART_GAP = compile_cached(r"(?: (?:in|on|at|across|from|among)(?: [\w’'-]+){1,3})?,\s*(?:(?:only|just|about|nearly|almost|some|more than|fewer than|at least) )?$",
                              regex.VERSION1)


def _nv_verb(sent: str, pos: int, word: str) -> bool:
    """The word at sent[pos:] is the figure's verb, not a qualifier of its noun: a past form
    ("60 voted for Trump", "nine died") that a name, punctuation or a stop word follows."""
    if not (word in _PAST_FORMS or len(word) > 4 and word.endswith("ed") and not word.endswith("eed")):
        return False
    nxt = _NP_WORD.match(sent, pos + len(word) + 1) if sent[pos + len(word):pos + len(word) + 1] == " " else None
    return nxt is None or not nxt.group()[:1].islower() or nxt.group().lower() in _NP_STOP


def _nv_partitive(ctx: _Ctx):
    """(start, end) of the whole's noun phrase before ", N" in "Of the 50
    states, 37 have expanded Medicaid" (the figure is a part of that whole)."""
    earlier = [(x, y) for x, y in ctx.others if y <= ctx.fs]
    if not earlier:
        return None
    x, y = max(earlier)
    if _search(_NV_PARTITIVE, ctx.sent[max(0, x - 12):x]) is None:
        return None
    m = _NV_AFTER_NP.match(ctx.sent, y)
    if m is None or _NV_PART_GAP.fullmatch(ctx.sent, m.end("np"), ctx.fs) is None:
        return None
    return m.start("np"), m.end("np")


def _nv_of_whom(ctx: _Ctx):
    """(start, end) of the plural before ", N of whom/which" ("farm workers, thousands of whom")."""
    tail = ctx.sent[max(0, ctx.fs - 80):ctx.ns]
    m = _search(_NV_OF_WHOM, tail)
    if m is None:
        return None
    base = ctx.ns - len(tail)
    return base + m.start("np"), base + m.end("np")


def _nv_earlier(ctx: _Ctx, *, same_verb: bool):
    """(start, end) of the plural noun phrase right after the nearest earlier
    figure of the sentence ("60 people were arrested - 45 of them"); with
    same_verb, only when the same verb stands before both figures ("Texas
    had 13 executions, Florida had two")."""
    earlier = [(x, y) for x, y in ctx.others if y <= ctx.fs]
    if not earlier:
        return None
    x, y = max(earlier)
    if ctx.fs - y > 120 or _search(_CLAUSE_STOP, ctx.sent, y, ctx.fs) is not None and same_verb:
        return None
    m = _NV_AFTER_NP.match(ctx.sent, y)
    if m is None or m.end("np") > ctx.fs:
        return None
    if same_verb:
        v1 = _search(_NV_VERB_BEFORE, ctx.sent[max(0, x - 30):x])
        v2 = _search(_NV_VERB_BEFORE, ctx.sent[max(0, ctx.fs - 30):ctx.fs])
        if v1 is None or v2 is None or v1.group("v") != v2.group("v") or v1.group("v") in _NV_NO_VERB:
            return None
    return m.start("np"), m.end("np")


def _blocked(ctx: _Ctx, a: int, b: int, spare=None) -> bool:
    """Another figure lies between a and b (sentence offsets); ``spare(s, e)`` may pass over
    one (:func:`_blocked_after`)."""
    return any((a <= s < b or a < e <= b) and not (spare and spare(s, e)) for s, e in ctx.others)


#: (s35) an aside between commas that names a part of the figure's count: "27 people, including
#: nine children, were killed", "40 people, most of them police officers, were hurt" (a dash or a
#: bracket ends the figure's clause: _clause)
_SUBSET_OPENS = compile_cached(r"(?i),\s*(?:including|among\s+(?:them|whom)|of\s+(?:whom|them)|"
                               r"(?:most|many|some|all|half|several)\s+of\s+(?:them|whom))\s+(?:about\s+|around\s+|"
                               r"at\s+least\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$", regex.VERSION1)


def _blocked_after(ctx: _Ctx, a: int, b: int) -> bool:
    """:func:`_blocked` for a cue after the figure, read past an aside that names a part of the
    figure's count: its figure is a part of this one, not a figure of its own between."""

    def part(s: int, e: int) -> bool:
        m = _SUBSET_OPENS.search(ctx.sent, a, s)
        # the aside opens right after the figure's noun and closes with its comma before the cue
        return m is not None and m.end() == s and ctx.sent.find(",", e, b) != -1 and _nwords(ctx.sent[a:m.start()]) <= 2

    return _blocked(ctx, a, b, part)


_CUE_REACH = 80  # characters a cue (and its optional filler words) may span
#: a count's own noun and a preposition between it and a cue after it: the
#: cue is in a phrase of its own, not what the figure counts ("the jailing of
#: 11 people for IRA bomb attacks" counts people, not attacks); not a place's
#: preposition, which a verb cue may follow ("Four people in Thailand have died")
_PREP_BEFORE_CUE = compile_cached(r"(?i)\s+[a-z][\w-]*\s+(?:for|against|with|after|during|over|about|"
                                  # (s28) or a conjunction: the cue opens a verb phrase of its own
                                  # ("shut down 700 websites and arrested 224 people")
                                  r"and|or|but)\s+$")
#: (s28) the same where the cue's own filler words reach back over the noun and the conjunction
#: to the figure: the cue is a past form right after "and"
_CONJ_VERB_CUE = compile_cached(r"(?i)\s+[a-z][\w-]*(?:\s+(?:worldwide|globally|nationwide|overall|so\s+far|in\s+total|"
                                r"in\s+all|to\s+date|there|here))?\s+(?:and|or|but)\s+[a-z]+ed$")


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
        if m is not None and not _blocked_after(ctx, ctx.fe, m.start()) \
                and not (ctx.ucls == "count" and (_PREP_BEFORE_CUE.match(ctx.sent, ctx.fe, m.start())
                                                  or _CONJ_VERB_CUE.match(ctx.sent, ctx.fe, m.end()))):
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
    key = fs
    # a verb read as a hedge ("topped 80 percent", "have exceeded $22bn") stays
    # in the text: the rules name it before {figure} ("rate topped {figure}")
    v = _VERB_HEDGE.match(sent, fs, fe)
    if v is not None and v.end() < fe:
        fs = v.end()
    a = max(0, fs - _PATTERN_REACH)
    a = sent.find(" ", a, fs) + 1 if a else 0
    head = _QUOTES.sub("", sent[a:fs])
    got = a, head, head + FIGURE_SENTINEL + _QUOTES.sub("", sent[fe:fe + _PATTERN_REACH])
    _MASKED[:] = (sent, key, fe, got)
    return got


_MASKED: list = [None, -1, -1, None]
#: the hedges of rules/hedges.tsv that are finite verbs the rules name ("surpassed" is named
#: by few, and "exceeding" is read like "over": "deaths exceeding 2,000"; as "X {figure}" they
#: keep the claims they have)
_VERB_HEDGE = compile_cached(r"(?i)(?:exceed(?:s|ed)?|topped)\s+")


def _pattern_match(rule: Rule, ctx: _Ctx):
    """The first of the rule's patterns that matches near the figure, and the function that
    maps the match's offsets back to the sentence.  A broad rule's match whose noun is not
    listed is turned down (_broad_listed) and the next pattern is tried ("remittances to Latin
    America reached $45bn": the plain "X reached" pattern's noun is "Latin America", the next
    one's is "remittances")."""
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
        while m is not None and _inside_word(masked, m.start()):
            # a match never starts inside a word ("nor" of "governor", "last" of "Belfast",
            # "employed" of "unemployed"): the next one may start at a word
            m = _search(rx, masked, m.start() + 1, end)
        m = _broad_listed(rule, m)
        if m is not None:
            return m, unmask
    return None, unmask


def _inside_word(s: str, i: int) -> bool:
    """Do s[i - 1] and s[i] both belong to one word (letters, digits, underscore)?
    (A rule pattern's match starts at a word's start or at a character outside words; a
    guard in each pattern, ``(?:\\b|(?<!\\w))``, gave the same matches at +1.8% of the
    gate's instructions: it keeps regex from scanning for a pattern's literal prefix.)"""
    if i <= 0 or i >= len(s):
        return False
    a, b = s[i - 1], s[i]
    return (a.isalnum() or a == "_") and (b.isalnum() or b == "_")


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


#: (s35) a threshold a quantity moved past: "dropped below 12%", "rose above 5%", "climbed past
#: $50": the level it reached, not the size of its move (a hedge of a change is "fell more than 30%");
#: a verb's bare form only after an auxiliary ("to fall below 1%"): "keep tax rises below 5%" is the
#: size of the rises
_CROSSED_HEDGE = frozenset(("below", "above", "beneath", "past"))
_MOVED_BEFORE = compile_cached(
    r"(?i)(?<![\p{L}])(?:fell|fallen|falling|dropped|dropping|slipped|slipping|sank|sunk|"
    r"sinking|dipped|dipping|slid|sliding|slumped|tumbled|plunged|plummeted|declined|eased|"
    r"rose|risen|rising|climbed|climbing|jumped|jumping|surged|soared|shot|edged|moved|"
    r"went|gone|pushed|broke|crept|creeping|nudged|stayed|remained|hovered|hovering|"
    r"(?:will|would|could|may|might|to|not|never)\s+(?:fall|drop|slip|sink|dip|slide|rise|climb|jump|go|stay|remain)"
    # "cut net migration to below 100,000": the level aimed at
    r"|to)\s+$",
    regex.VERSION1)


_MOVE_METRICS = frozenset(("markets.move", "markets.index_move"))


def _crossed_threshold(ctx: _Ctx) -> bool:
    """Is the figure a threshold its quantity moved past ("dropped below 12%")?"""
    h = (ctx.fig.hedge or "").strip().lower()
    return h in _CROSSED_HEDGE and _MOVED_BEFORE.search(ctx.sent, max(0, ctx.fs - 24), ctx.fs) is not None


def _applies(rule: Rule, ctx: _Ctx) -> bool:
    if "any" not in rule.units and ctx.ucls not in rule.units:
        return False
    if (rule.metric.startswith("change.") or rule.metric in _MOVE_METRICS) and _crossed_threshold(ctx):
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
    #: an earlier value's own stretch ends here (sentence offset): "from 5.2% in February to
    #: 6.2% in March", where March is the later value's (move_ends)
    upto: Optional[int] = None
    #: an earlier value's later value (its index among the text's figures), whose period
    #: it is set back from ("$44.7bn, compared to $45.9bn a year ago")
    later: Optional[int] = None


_FALLBACK = 1000  # score of a head_noun match: after every other kind
_BROAD = 900  # score of a broad rule's match: after every named rule, before every fallback
#: score of an ``after_broad`` rule's match: a pattern that reads its noun from the construction, any
#: noun ("a 180% rise in spam"): after every broad rule (whose noun WordNet vouches for), before every fallback
_AFTER_BROAD = 950


def _tier(h: Optional[_Hit]) -> int:
    """0 for a named rule's reading, 1 for a broad rule's, 2 for a fallback's or none."""
    if h is None or h.score[0] >= _FALLBACK - 1:
        return 2
    return 1 if h.score[0] >= _BROAD else 0


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
              "neuroses": "neurosis", "psychoses": "psychosis", "metastases": "metastasis",
              # -oes plurals of -o nouns (not shoes, toes, canoes: those drop the s)
              "heroes": "hero", "potatoes": "potato", "tomatoes": "tomato", "echoes": "echo",
              "vetoes": "veto", "torpedoes": "torpedo", "volcanoes": "volcano", "mosquitoes": "mosquito",
              "embargoes": "embargo", "tornadoes": "tornado", "cargoes": "cargo", "mangoes": "mango"}
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


#: (cnt25) a count told by a plural number word ("dozens", "hundreds of thousands", "millions"), whose
#: "of" and a bare plural after it name the counted things, not a part of a group ("dozens of schools",
#: not "dozens of the schools", "thousands of them")
_VAGUE_PLURAL = compile_cached(r"(?i)(?<![\w-])(?:dozens|hundreds|thousands|millions|billions|scores|tens)$", regex.VERSION1)
_VAGUE_OF = compile_cached(r" of(?= (?!(?:the|a|an|his|her|its|their|our|your|my|these|those|them|us|you|whom|which|it"
                           r"|all|this|that|other|such|what|dollars|pounds|euros|years|months|weeks|days|hours|times"
                           r"|miles|kilometres|kilometers|acres|tons|tonnes|gallons|barrels)\b)\p{Ll})", regex.VERSION1)


def _head_noun(rule: Rule, ctx: _Ctx, lex: _Lexicon):
    """(metric noun, start, end) of the noun phrase after the figure; (s27) in a title-case
    headline, where every word is capitalised, read again with its common words in lower case when
    the capitals hid the noun ("Manages Less Than 5 Percent of City Operations", "Says 315,000
    Mostly Minority Texas Students Are Enrolled", "40 Percent of the Words in an Interview")."""
    got = _head_noun_as_written(rule, ctx, lex)
    if got is None and _title_sentence(ctx.sent):
        low = _title_lowered(ctx.sent, lex)
        if low != ctx.sent:
            got = _head_noun_as_written(rule, replace(ctx, sent=low), lex)
    return got


@functools.lru_cache(maxsize=256)
def _title_sentence(sent: str) -> bool:
    """A headline in title case (text.mostly_capitalised), told once per sentence."""
    return mostly_capitalised(sent)


_TITLE_WORDS = compile_cached(r"[\p{L}][\p{L}’'-]*")
#: a capitalised word (or a hyphened compound's part) after the sentence's first word
_TITLE_CAP = compile_cached(r"(?<![\p{L}\p{N}’'])\p{Lu}\p{Ll}+(?![\p{L}\p{N}’'])|(?<=\p{L}-)\p{Lu}\p{Ll}+(?![\p{L}\p{N}])")
_TITLE_LOWERED: dict = {}


def _title_lowered(sent: str, lex: _Lexicon) -> str:
    """``sent`` with its capitalised words that are common in lower case and no name of the
    gazetteer in lower case (same length): "98 Top Oxycodone-dispensing Doctors" -> "98 top
    oxycodone-dispensing doctors", "30 Florida Rape Crisis Centers" -> "30 Florida rape crisis centers"."""
    got = _TITLE_LOWERED.get(sent)
    if got is not None and got[0] is lex:
        return got[1]
    if len(_TITLE_LOWERED) > 512:
        _TITLE_LOWERED.clear()
    out = list(sent)
    first = _TITLE_WORDS.search(sent)
    for m in _TITLE_CAP.finditer(sent):
        w = m.group()
        if first is not None and m.start() == first.start() or w in lex.canonical:
            continue
        low = w.lower()
        if low in lex.common or m.start() and sent[m.start() - 1] == "-":
            out[m.start()] = low[0]
    got = "".join(out)
    _TITLE_LOWERED[sent] = (lex, got)
    return got


def _head_noun_as_written(rule: Rule, ctx: _Ctx, lex: _Lexicon):
    """(metric noun, start, end) of the noun phrase after the figure."""
    lo, hi = _clause(ctx.sent, ctx.fs, ctx.fe)
    pos = ctx.fe
    if ctx.ucls == "count" and ctx.sent.startswith(" of ", pos) and not (rule.broad or rule.priority < 0 or rule.cues_after is None) \
            and not rule.metric.startswith("people.") and _VAGUE_PLURAL.search(ctx.sent, ctx.fs, pos):
        m = _VAGUE_OF.match(ctx.sent, pos, hi)
        pos = m.end() if m is not None else pos  # (cnt25) "dozens of schools" counts schools, as "40 schools" does
        # (a named rule's reading; the weak tiers read "of" as they did: "thousands of people" is WNP272's,
        # and the people rules leave "millions of children" to it: a vague crowd, which WNP272 keys to an
        # owner only by a possessive or a name after it, where the named rules' wider subject search
        # took any name in the sentence, "MTV ... marketing its raunch to millions of innocent children")
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
    if _foreign(ctx.sent):
        return None  # mostly not English ("Diese 4 unglaublichen Klimafakten stimmen"): no noun can be told
    words = []
    ends = []  # the end of each word in words
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
        if ("of" in low or "percent" in low) and _GLUED.match(low):
            return None  # a word glued to "percent" or "of" ("70 percentof Republicans"): text that lost a space
        if low in _ADVERBS:
            break  # "137,000 currently", "number 11 and 12 respectively"
        if words and _plural_head(words[-1]) and _lemma(low) == low and w[:1].islower():
            break  # a plural head and a word that is no plural after it: its verb, "two oceans meet",
            # "downloaders represent", "instances like" (not "sales tax", "weapons inspectors")
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
        ends.append(end)
        if w[-2:] in _POSSESSIVE_ENDS and w.lower() not in _CLASSIFYING_OWNERS and not dash:
            owned = len(words)  # an owner is the subject, not part of the noun: the window counts the
            # words after it
        if dash or past:
            break
    while words and _no_head(words, start, ctx, lex):
        words.pop()  # a verb or an adverb that ends the phrase is not its head: "300 shown", "two
        # million worldwide", "32 million getting hooked", "700 million Chinese listen"
        ends.pop()
        end = ends[-1] if ends else None
    if words and len(words) - owned > 1 and words[-1] in lex.canonical and words[-1][:1].isupper():
        # a name heads the phrase, its qualifiers are no noun: "4.7 million hungry Americans" are
        # people, "Three Leading Democrats" nothing countable by a noun (a "25 nation EU" counts nations)
        if _people_name(words[-1], lex):
            return "people", start, end
        if words[-2][:1].isupper():
            return None
    key = _noun_key(" ".join(words), lex)
    if key is None and words and (words[0] in lex.canonical or words[0].lower() in lex.groups):
        key = "people"  # "4.7 million Americans": people, of the United States
    return (key, start, end) if key else None


_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
#: function words of German, a language whose nouns are capitalised: a sentence with two or more
#: has capitals that name nothing ("Diese", "Alle Mitarbeiter") and nouns no English reader knows
_FOREIGN = compile_cached(r"(?<!\w)(?:der|die|das|und|nicht|mit|von|ist|sind|werde|habe|dem|den|"
                          r"eine|einer|auf|für|zum|zur|nach|auch|wird|wurde)(?!\w)")
#: a word glued to "percent" or to "of" ("percentof", "ofthe"), not "percentage", "percentile"
_GLUED = compile_cached(r"(?:percent|per-cent)(?!ages?$|iles?$|s$)\p{L}|of(?:the|an?|all)$|(?!prof$)\p{L}*\p{L}{2}(?<![oe])of$",
                        regex.VERSION1)
#: adverbs that are no part of a noun phrase ("137,000 currently", "12 respectively")
_ADVERBS = frozenset("""currently respectively afterwards afterward tomorrow apiece instead together
altogether elsewhere anyway anywhere everywhere somewhere meanwhile nonetheless nevertheless thereafter
beforehand however therefore thus hence indeed perhaps otherwise likewise""".split())
#: adverbs that may also qualify a noun ("worldwide sales"): no head when they end the phrase
#: ("two million worldwide")
_END_ADVERBS = frozenset("""worldwide nationwide overseas abroad really online""".split())
#: plurals that qualify a noun after them ("sales tax", "weapons inspectors", "games console")
_MODIFIER_PLURALS = frozenset("""sales arms sports goods customs earnings jobs drugs parts systems
services operations communications futures securities emissions pensions benefits weapons games rights
students teachers workers citizens veterans materials chemicals arts sciences humanities languages
accounts assets markets commodities consumers troops forces lands affairs friends records
awards oscars brakes claims standards schools""".split())
#: (counts33) the qualifying plurals that name things or flows, not people: no subject of a count
#: told by a copula ("car sales were 2,000" is a level of sales)
_NV_FLOWS = _MODIFIER_PLURALS - frozenset("students teachers workers citizens veterans consumers troops friends".split())
#: nouns in -ly ("two rallies", "family"), in -ing ("two buildings") that may end a noun phrase
_LY_NOUNS = frozenset("""family rally ally supply assembly monopoly anomaly jelly belly bully lily folly fly
butterfly dragonfly homily melancholy daily weekly monthly quarterly reply tally gully doily filly
dolly holly italy july""".split())
_ING_NOUNS = frozenset("""building meeting hearing wedding shooting setting ceiling evening morning clothing
housing funding spending training bombing killing offering opening ranking rating reading recording
painting drawing warning crossing listing landing booking ending feeling filling finding heading
holding lending pudding sibling string spring thing king ring wing swing sting viking shilling darling
duckling seedling dumpling stocking being sitting screening outing earning saving ruling filing
proceeding happening gathering helping serving topping bidding""".split())


@functools.lru_cache(maxsize=512)
def _foreign(sent: str) -> bool:
    """The sentence has two German function words or more (read once a sentence, not once a rule)."""
    return len(_FOREIGN.findall(sent)) >= 2


def _plural_head(word: str) -> bool:
    """A lower-case plural that no noun after it may qualify ("oceans", not "sales", "women's", "physics")."""
    low = word.lower()
    return (word[:1].islower() and low[-1:] == "s" and _lemma(low) != low and low not in _MODIFIER_PLURALS
            and not low.endswith("ics") and word[-2:] not in _POSSESSIVE_ENDS)


def _no_head(words: list, start: int, ctx: _Ctx, lex: _Lexicon) -> bool:
    """The last word of a noun phrase is a verb or an adverb, not its head:
    an adverb in -ly ("10 annually"), a past participle ("300 shown", "55
    introduced"), for a count a verb in -ing ("91 making"), or a word that is
    no plural after a name of a people ("700 million Chinese listen")."""
    w = words[-1]
    low = w.lower()
    if not low.isalpha() or w in lex.canonical:
        return False
    if _not_noun(low, lex):
        if low in _ADVERBS or low in _END_ADVERBS or low.endswith("ly"):
            return True
        # a sum is named by what was done with it ("£300 stolen"), and "those polled" are people
        # (not "£5.1bn seen in December", "6,000 of those expected in Wales")
        return not (ctx.ucls == "money" and low not in _SEEN or ctx.ucls != "count" and len(words) == 1
                    and ctx.sent[:start].rstrip().lower().endswith("those"))
    if ctx.ucls == "count" and low.endswith("ing") and len(low) >= 5 and low not in _ING_NOUNS:
        return low + "s" not in lex.words
    if len(words) > 1 and w[:1].islower() and _lemma(low) == low and _people_name(words[-2], lex):
        return True
    return False


#: past participles not in -ed, and pronouns: no head of a noun phrase
_NO_NOUNS = frozenset("""shown known given taken seen done grown thrown written driven chosen born broken
spoken stolen sold held won lost nothing something anything everything""".split())


#: participles of what is seen or foreseen, not done
_SEEN = frozenset("seen expected predicted forecast estimated reported recorded".split())


def _not_noun(low: str, lex: _Lexicon) -> bool:
    """A lower-cased word that cannot head a noun phrase: an adverb
    ("currently", "worldwide", "annually", not "family"), a past participle
    ("introduced", "shown", not "speed", "hundred") or a pronoun ("nothing")."""
    if low in _ADVERBS or low in _END_ADVERBS or low in _NO_NOUNS:
        return True
    if low.endswith("ly") and len(low) > 4:
        return low not in _LY_NOUNS and low[:-1] + "ies" not in lex.words
    if low.endswith("ed") and len(low) > 4 and not low.endswith("eed"):
        return low + "s" not in lex.words
    return False


def _people_name(word: str, lex: _Lexicon) -> bool:
    """A capitalised name of a people ("Chinese", "Americans"), not of a
    country ("China", "UK")."""
    return (word[:1].isupper() and not word.isupper() and word in lex.canonical
            and (word in lex.nations and lex.canonical[word] != word or word.lower() in lex.groups))
#: possessives that name a kind, not an owner ("women's refuges", "children's centres")
_CLASSIFYING_OWNERS = frozenset(("women's", "men's", "children's", "girls'", "boys'",
                                 "women’s", "men’s", "children’s", "girls’", "boys’"))


#: the list of the superlatives of ranks, for ``{superlative}`` in a rank rule's metric
SUPERLATIVE_LIST = "rank30_superlatives"
#: a rank's leading words that carry no superlative ("No. 2", "number one", "#1")
_RANK_NO_SUPERLATIVE = frozenset(("no", "no.", "number", "#"))
_SUP_SPLIT = compile_cached(r"[-\s\u00a0]+")
#: a word hyphened to the rank's figure ("second-most-populous", "third-highest-paid")
_SUP_HYPHEN = compile_cached(r"-([a-z]+)(?![\w-])")
#: the adjective after "most"/"least" written apart ("the second most important market")
_SUP_ADJ = compile_cached(r"[ \u00a0]([a-z]+)(?=[ \u00a0])")


def _fill_superlative(metric: str, ctx: _Ctx, lex: _Lexicon, noun: Optional[str]) -> str:
    """``rank.{noun}.{superlative}`` with the superlative the rank is told on: "the
    second-most-populous state" is ``rank.state.most_populous``, "the fifth-poorest state"
    ``rank.state.poorest``, so two ranks on two measures never share a key; synonyms share
    one (lists/rank30_superlatives.txt: "biggest" is "largest").  A rank told with no
    superlative ("the No. 1 reason", "the second-leading cause") drops ``.{superlative}``."""
    fig = ctx.sent[ctx.fs:ctx.fe]
    words = [w for w in _SUP_SPLIT.split(fig.lower()) if w]
    sup = []
    if len(words) > 1 and words[0] not in _RANK_NO_SUPERLATIVE and not words[0].startswith("#"):
        sup = words[1:]
        m = _SUP_HYPHEN.match(ctx.sent, ctx.fe)
        if m is not None:
            sup.append(m.group(1))  # "second-most-populous", "third-highest-paid"
        elif sup[-1] in ("most", "least"):
            m = _SUP_ADJ.match(ctx.sent, ctx.fe)
            first = (noun or "").lower().split(" ")[0]
            if m is not None and m.group(1) != first and m.group(1) not in _NP_STOP:
                sup.append(m.group(1))  # "the second most important market"
    text = " ".join(sup)
    canon = (lex.superlatives or {}).get(text, text) if text else ""
    canon = "_".join(canon.split()) if canon != "none" else ""
    if "{order}" in metric:
        # (prec31) a measure's own order, by its size, is the table "ranks 2nd in unemployment" is
        # on: "the second-highest unemployment", "the second-largest budget" drop it
        if canon in _MEASURE_ORDER:
            canon = ""
        metric = metric.replace("{order}", "{superlative}")
    if not canon or not canon.replace("_", "").isalpha():
        return metric.replace(".{superlative}", "").replace("{superlative}", "")
    return metric.replace("{superlative}", canon)


#: the superlatives (canonical) that rank a measure by its size: ``{order}`` drops them
_MEASURE_ORDER = frozenset(("largest", "highest"))


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
    tail = phrase[a + len(word):]
    if tail.startswith(".") and "." not in word:
        tail = tail[1:]  # (cnt25) the sentence's full stop after a mapped word ("300 PCs." is goods.computer)
    return phrase[:a] + c + tail


def _typed_noun(rule: Rule, ctx: _Ctx, lex: _Lexicon, *, need_cue: bool = True):
    """_head_noun, and for a rule with cues_after only the nouns it names
    (unless not need_cue: a figure in a list takes the rule of the one
    before it), in their list's canonical form."""
    noun = _broad_head_noun(rule, ctx, lex) if rule.broad_words else _head_noun(rule, ctx, lex)
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


def _broad_head_noun(rule: Rule, ctx: _Ctx, lex: _Lexicon):
    """_head_noun for a broad rule, kept on the figure's context by the rule's
    lead and window: a broad rule is weak (it reads "of the" parts alike), so
    its phrase depends on nothing else of the rule (cnt24)."""
    memo = ctx.hn
    if memo is False:
        memo = ctx.hn = {}
    key = (rule.lead.pattern if rule.lead is not None else None, rule.window)
    if key not in memo:
        memo[key] = _head_noun(rule, ctx, lex)
    return memo[key]


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
    nv = False
    for rule in rules:
        if rule.kind == "date_event" or not _applies(rule, ctx):
            continue
        if rule.kind == "head_noun":
            fallback = rule.priority < 0 or rule.cues_after is None
            tier = _FALLBACK if fallback else _BROAD if rule.broad else 0
            if tier and best is not None and best.score[0] < tier:
                continue  # a fallback: any other rule wins; a broad rule: any named rule
            if nv is False:
                nv = _noun_view(view, lex)  # (cnt25) a count whose noun stands elsewhere: "the number of X is 300"
            # (a part, "thousands of whom", is read by the weak tiers only, as "five of the eight jurors" is)
            noun = _typed_noun(rule, view if nv is None or nv[1] and not tier else nv[0], lex)
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
            if rule.after_broad and best is not None and best.score[0] < _AFTER_BROAD:
                continue  # any named or broad rule wins
            pview = view
            m, unmask = _pattern_match(rule, view)
            if m is None and _level_view(view) is not None:
                # "contracted by an average of 3.6%": read through the level word
                pview = view.lv
                m, unmask = _pattern_match(rule, pview)
            if m is None:
                continue
            # (s27) a rule that reads the sentence as written wins a tie with one that reads it
            # only through the level view
            hit = _Hit(rule, (_BROAD if rule.broad else _AFTER_BROAD if rule.after_broad else _base(rule, -1),
                              -rule.priority, int(pview is not view)), (m.start(), m.end()))
            for grp in ("subject", "subject2"):
                if grp in rule.patterns[0].groupindex or any(grp in rx.groupindex for rx in rule.patterns):
                    try:
                        txt = m.group(grp)
                    except (IndexError, regex.error):
                        txt = None
                    if txt:
                        setattr(hit, grp, _captured(txt, lex))
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
            if "{superlative}" in rule.metric or "{order}" in rule.metric:
                hit.metric = _fill_superlative(hit.metric or rule.metric, pview, lex,
                                               m.group("noun") if "noun" in m.re.groupindex else None)
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
# shared with the subject strategies (ledger/subjects.py) and building claims


def _group_key(s: str, lex: _Lexicon) -> str:
    """``s`` as the groups list spells it ("Women" -> "women"), else as it is."""
    low = s.lower()
    for k in lex.groups:
        if k.lower() == low:
            return k
    return s


def _captured(txt: str, lex: _Lexicon) -> str:
    """A subject a rule's pattern captured, normalised: a listed name to its
    canonical form, a listed group to the list's spelling ("Women earn" and
    "women earn" key alike); a connective that opens the sentence is no part
    of it ("But Bellamy, 25," is Bellamy)."""
    first, _, rest = txt.strip().partition(" ")
    if first in OPENING_CONNECTIVES and rest[:1].isupper():
        txt = rest
    return _group_key(_canon(txt, lex), lex)


#: (s28) capitalised connectives that open a sentence before a name: "But Bellamy, 25,", "However
#: Frankenheimer pulled out", "Although Xbox sales climbed"; never the first word of a name
OPENING_CONNECTIVES = frozenset("""But And Or Yet So However Although Though While Whilst Because Unless Until
Whether Once Despite Meanwhile Moreover Furthermore Nevertheless Nonetheless Still Instead Also Then Now
Thus Hence Besides Otherwise Indeed""".split())


def _canon(txt: str, lex: _Lexicon) -> str:
    t = txt.strip()
    for cand in (t, regex.sub(r"['’]s?$", "", t), regex.sub(r"^(?:the|The)\s+", "", t)):
        if cand in lex.canonical:
            return lex.canonical[cand]
    return t


_CONJ = compile_cached(r"(?i)\b(?:and|or|but|while|than|as)\b")

_SPEECH = frozenset("""said says say told added stated reported claimed warned insisted noted argued
tweeted posted wrote asked replied confirmed denied suggested called urged""".split())

#: groups too vague to name what a figure is about ("one in four people", "the government": whose?;
#: "a poll of 2,000 people"), for subjects._group_subject and poll_population
VAGUE_GROUPS = frozenset({"people", "residents", "citizens", "government", "federal government"})

#: words before a head that do not say which one it is ("the new plan": which?)
_THING_VAGUE = frozenset("""new expanded proposed planned current existing last latest recent first second final
original old big huge massive so-called controversial same whole entire swallowed average typical single such
very former future major key main giant modern little small large other full""".split())

_PREVIOUS_REACH = 600  # characters: the sentence before, not the paragraph before it

_AGE_AUX = frozenset("has had have was is will would could can may might must also now then".split())

#: the preposition that ties a date to its verb ("resigned in 1981", "signed on 3 May 2019",
#: "fought during 1944"), with a word between ("in early 1981"): not "by" (a deadline), "since",
#: "until", "before" or "after" (a bound: "the first title since 1948"), nor "of" (a date that
#: qualifies a noun: "the artists of the 1980s")
_DATE_PREP = compile_cached(r"(?i)(?<![\w’'-])(?:in|on|during|at|from)"
                            r"(?: the(?= ))?(?: (?:early|late|mid|mid-|around|about|circa|spring|summer|autumn|fall|winter))?"
                            # a part of the period: "at the end of 2003", "in the summer of 1969"
                            r"(?: the (?:end|start|beginning|middle|turn|spring|summer|autumn|fall|winter"
                            r"|first half|second half|early part|latter part) of)?"
                            # the years before it in a list share the preposition: "raised taxes in
                            # 1982, 1984 and 1985", "voted for him in 2000 and 2004"
                            r"(?: (?:1[5-9]|20)\d\d(?:,| and| or|, and))*"
                            r" ?$", regex.VERSION1)

_VERB_WORD = compile_cached(r"[\p{L}\d](?:[\p{L}\d’'-]*[\p{L}\d])?", regex.VERSION1)

#: a participle after a determiner describes a noun ("the retired teacher", "some gritted teeth")
_DETERMINER = frozenset("""the a an this these those its his her their our my your some any no many
few several all both each every other""".split())
