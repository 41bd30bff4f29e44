"""Claim rules as data: load, validate and compile ``rules/<family>/<CODE>.yml``.

A rule declares one figure type (casualties killed, a tariff rate, defence
spending as a share of GDP...).  Its behaviour comes from one of a small,
closed set of *kinds* implemented once in :mod:`ledger.claims`:

``cue``
    the figure is followed (``cues_after``) or preceded (``cues_before``) by
    cue words within ``window`` words, in the same clause.
``pattern``
    a regular expression with a ``{figure}`` placeholder that must sit
    exactly on the figure; it may name groups ``subject`` and ``subject2``.
    A pattern that matches nothing is tried once more with the words that
    name a level but not its quantity taken out before the figure ("by an
    average of", "to a record", "a peak of", "a breakneck"), a forecast's
    auxiliary ("is expected to grow by"), a relative pronoun or short aside
    (", which shrank") or a qualifier ("net profit in the six months to
    December rose"), so that a pattern need not spell them out.
``date_event``
    a date (not a number) near event words ("invaded in March 2003",
    "On 29 February 2020, America signed").
``head_noun``
    the fallback for figures no other rule types: the noun phrase that
    follows the figure (after an optional ``lead`` such as "of the") names
    what is counted, and the metric is a template: ``count.{noun}`` turns
    "700 family farms" into ``count.family_farm``.  It always loses to a
    rule of another kind.

A metric may use ``{cue}`` (the verb in the matched cue, lower-cased) in any
kind: ``event.{cue}`` types "lodged a patent in 2015" as ``event.lodged``; a
pattern rule may use ``{noun}`` with a ``(?P<noun>...)`` group:
``change.{noun}`` types "murders dropped 40%" as ``change.murder``.  A
pattern rule of ranks may end its metric with ``.{superlative}``, the
superlative the rank is told on, canonical by ``rules/lists/rank30_superlatives.txt``:
``rank.{noun}.{superlative}`` types "the fifth-poorest state" as
``rank.state.poorest`` (a rank with none, "the No. 1 reason", drops the
part: ``rank.reason``).  Such a three-part metric takes the settings of its
two-part parent in ``rules/tolerances.yaml`` (``rank.state``).  A rank on a
measure (an amount: unemployment, a budget, a tax) may end with ``.{order}``
instead: the same, but the measure's own order -- "largest" or "highest", by its
size -- is dropped, so "the second-highest unemployment" and "the second-largest
budget" are ``rank.unemployment`` and ``rank.budget``, the keys "ranks 2nd in
unemployment" has; "lowest" and the other superlatives stay (prec31).

Cues and patterns are regular expressions (the ``regex`` module) and may
reference a word list as ``@name`` (``rules/lists/name.txt``: one entry per
line, ``#`` comments; ``alias => canonical`` lines map an alias to a
canonical name).  A broken file -- bad YAML, a missing key, an unknown kind,
a duplicate code, a pattern that does not compile or that backtracks
catastrophically, an unknown list -- raises :class:`RuleError` naming the
file and line, before any document is read.

Subjects of leaders.  The gazetteer reads a leader as the country or body he
leads (``lists/entity_aliases.txt``: "Putin's forces" is Russia's).  That is
right for what a state does and wrong for a personal fact: a metric listed in
``lists/subjects5_person_metrics.txt`` (one metric a line, or ``family.*``:
people.age, media.*, event.birth, event.death, politics.votes...) keeps the
person as the subject, under the name ``lists/subjects5_persons.txt`` maps the
alias to ("Trump passes away at 74": Donald Trump; "Trump imposed a 125%
tariff": United States).  In a document written before the person first took
office (``lists/leader_took_office.txt``: "Donald Trump => 2017-01-20") the
name is the person whatever the metric.  A newsroom edits these lists, not the
engine.

Rule file keys (``*`` required)::

    code*        stable code, same as the file name (CAS001)
    name*        dotted name (casualties.killed)
    groups*      list of group names (all, casualties, ...)
    summary*     one line, what the rule types
    why*         why a fact-checker cares
    kind*        cue | pattern | date_event
    metric*      the metric the claim gets
    examples*    {match: [{text, metric?, subject?, subject2?, value?, low?,
                 high?, unit?, status?, period?, cumulative?, figure?}],
                 no_match: [text, ...]}
    units        unit classes the figure may have: count, percent,
                 percentage_point, money, multiple, fraction, ratio, length,
                 duration, mass, area, speed, temperature, energy, other, any
                 (default: any)
    cues_after / cues_before   lists of regexes (cue kind, date_event uses
                 cues_before)
    window       words between figure and a following cue (default 4); for
                 head_noun, the most words in the noun phrase
    lead         head_noun: regex for words between figure and noun ("of the")
                 (a head_noun rule with cues_after types only those nouns and
                 is not a fallback: members.{noun} for ambassadors, ministers)
    window_before  words between a preceding cue and the figure (default 2)
    patterns     list of regexes with {figure} (pattern kind)
    requires     list of regexes (not word-bounded: use \\b); the figure's paragraph (its line) must
                 match one (context: "the current 3% target" after a
                 sentence about defence spending)
    requires_sentence  like requires, but the figure's own sentence must match
                 (a verb that makes the fact: "withdrew", "pulled out")
    excludes     list of regexes (not word-bounded); a match in the sentence
                 vetoes the rule
    subject      list of strategies, tried in order (default: after,
                 possessive, before, after_any):
                   after       entity right after the figure ("2,400 US troops")
                   possessive  "Putin's forces have suffered 2,000"
                   actor       nearest entity before, not after a preposition
                   near_actor  the same, in the figure's own clause only
                   agent       "provided by the United States"
                   before      nearest entity before the figure
                   of          "casualties of X"
                   after_any   nearest entity after the figure
                   first       first entity in the sentence
                   group       a population group after the figure (lists/groups.txt)
                   proper_noun nearest capitalised name (last resort)
                   opening     the sentence's opening noun phrase ("Cabinet
                               papers are released under the 30-year rule")
                   title       the owner an election's title names before its year
                               ("Bihar Assembly Elections 2020": subjects._s_title)
                   main        the name opening the main clause after the figure's
                               opening phrase ("Four years as a congressman, he
                               [U.S. Rep. Hank Johnson] never talked")
                   poll        the population the survey behind the figure asked,
                               named where the text names the survey ("a poll of
                               2,000 UK adults", "a survey in Germany"; its own
                               sentence, else back through its paragraph:
                               ledger/poll_population.py)
    subject2     list of prepositions that introduce the second party
                 (tariff "on China"), or [] (default)
    subject_default  subject when none is found (e.g. NATO for a NATO target)
    guess_subject  false: when the strategies find nothing, leave the subject
                 empty instead of guessing the acting entity or a name (default
                 true); for counts whose owner is rarely near the figure
    lone_party   true: a claim that ends with a second party and no subject
                 (a defendant named, no plaintiff: "a $5m lawsuit against
                 Microsoft") keys the one party it names as its subject, and no
                 second party (default false: "faces a 10% tariff" keeps the
                 target as the second party)
    status       default status (actual); cue words in rules/lists/status.txt
                 override it
    cumulative   true when the figure is a running total by nature
    transform    reduction: "reduced five-fold" becomes the fraction 0.2;
                 count: "attacked 1,200 times" is a count, not a multiple
    priority     breaks ties between rules at the same distance (default 0);
                 a negative priority marks a fallback rule, which types a
                 figure only when no other rule does
    broad        true: a broad class rule, between the named rules and the
                 fallbacks -- it types a figure only when no named rule does,
                 and wins over every fallback (people.{noun} from a list of
                 all the person nouns WordNet knows, where a hand-written
                 rule names a closed set).  For kind head_noun, with
                 a priority of 0 or more and one cue, ``(?:@name)\\.?$``: the
                 last word of the noun phrase is in the list (looked up in
                 a set, not searched: the lists are long).  A pattern rule
                 may be broad too (change.{noun} where the noun is in a list
                 of quantities): the same cue, which the last word of its
                 (?P<noun>...) group must be in; a pattern's list may map
                 forms to a word (``served => serve``): the word fills
                 {noun} ("duration.serve"), and a match whose noun is not
                 listed gives way to the next one that starts later (the
                 listed verb nearest the figure: "has been held in custody
                 for 3 years" is held, not been).  A date_event rule may be
                 broad: its one cue ``cues_before: ['(?:@name)']`` is a list
                 of verb forms mapped to their verbs (``elected => elect``,
                 ``passed away => pass_away``), its metric has ``{cue}`` (the
                 verb), and it dates, like the fallbacks, only a date of a
                 known year with no other figure in its sentence, after a
                 preposition ("in", "on", "since"...): the verb nearest
                 before it in its clause (the one after it when none
                 precedes: "In 1981, Reagan fired"), which must be a listed
                 form (looked up, not searched) (default false)
    after_broad  true: a pattern rule (not broad, priority 0 or more) whose
                 construction names the quantity from any noun, vouched
                 for by no list ("a 180% rise in spam" is change.spam): it
                 types a figure only when no named and no broad rule does,
                 and wins over every fallback; or a broad date_event rule
                 read only for a date no named or broad rule took (a day of
                 no known year too, "on March 16"), whose list, when its
                 name ends in ``_nouns``, holds nouns of happenings that
                 head the date's phrase ("the collapse of the towers on 11
                 September 2001"; ledger/dated_class.py) (default false)
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Optional

import regex

from .cache import (LazyPattern, cache_dir, compile_cached, compiled_cache_file,  # noqa: F401 - re-exported
                    file_digest, save_compiled, write_atomic)


KINDS = ("cue", "pattern", "date_event", "head_noun")
UNIT_CLASSES = ("any", "count", "percent", "percentage_point", "money", "multiple", "fraction",
                "ratio", "length", "duration", "mass", "area", "speed", "temperature", "energy",
                "other", "date")
STATUSES = ("actual", "estimate", "target", "pledge", "proposal", "demand", "forecast",
            "hypothetical")
SUBJECT_STRATEGIES = ("group", "after", "possessive", "actor", "near_actor", "agent", "before", "of",
                      "after_any", "first", "proper_noun", "opening", "title", "main", "poll")
TRANSFORMS = ("reduction", "count")
REQUIRED = ("code", "name", "groups", "summary", "why", "kind", "metric", "examples")
OPTIONAL = ("units", "cues_after", "cues_before", "window", "window_before", "lead", "patterns", "requires",
            "requires_sentence", "excludes",
            "subject", "subject2", "subject_default", "status", "cumulative", "transform",
            "priority", "aliases", "figure_kinds", "guess_subject", "lone_party", "broad", "after_broad")
EXAMPLE_KEYS = ("text", "metric", "subject", "subject2", "value", "low", "high", "unit",
                "status", "period", "cumulative", "figure", "note")

#: Word lists that make up the subject gazetteer, in order of preference.
GAZETTEER = ("entity_aliases", "countries", "demonyms", "capitals", "organisations", "us_states",
             "places", "de24_places")  # (de24_places: German spellings, lists/de24_places.txt)

CODE_RE = regex.compile(r"^[A-Z]{2,5}[0-9]{3}$")
NAME_RE = regex.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
LIST_REF = regex.compile(r"@([a-z][a-z0-9_]*)")
FIGURE_SLOT = "{figure}"
#: the one cue a broad rule may have: a word list that ends the noun phrase
BROAD_CUE = regex.compile(r"\(\?:@([a-z][a-z0-9_]*)\)\\\.\?\$")
#: the one cue a broad date_event rule may have: a word list of verb forms (``passed away => pass_away``)
BROAD_VERB_CUE = regex.compile(r"\(\?:@([a-z][a-z0-9_]*)\)")
#: What ``{figure}`` becomes in a compiled pattern; claims.py puts the same
#: sentinel in the sentence in place of the figure being tested.
FIGURE_SENTINEL = "\uE000"

# Inputs a hostile pattern chokes on; every compiled pattern is run on them
# with a time limit at load.
_PROBES = ("a" * 1000 + "!", "1" * 1000 + "x", " " * 1000 + "x", ("ab " * 333) + "\n",
           ("Aa" * 500) + "1", ("1," * 500) + "%")
PATTERN_TIMEOUT = 0.25  # seconds, per probe at load
MATCH_TIMEOUT = 0.5  # seconds, per search while typing claims


class RuleError(Exception):
    """A rule or word-list file is malformed: names the file and line."""

    def __init__(self, path: str | os.PathLike, line: int, msg: str):
        self.path = str(path)
        self.line = line
        self.msg = msg
        super().__init__(f"{self.path}:{line}: {msg}")


def _by_position(self):
    """Pickle a rule-set record as its class and its fields in order: unpickling
    then calls the constructor once, where a frozen slotted dataclass's own
    __setstate__ reads ``dataclasses.fields`` and sets each field by a Python
    loop (a gate run unpickles ~2,500 of these records with the parsed rules)."""
    return type(self), tuple(getattr(self, name) for name in self.__match_args__)


def _packed_list(self):
    """Pickle a word list as its name, its path and its words packed in one
    pickle of their own, unpacked on first use (:meth:`WordList.__getattr__`):
    a gate run reads ~10 of the ~190 lists kept with the parsed rules, and
    unpickling all their words was about half of loading the rules."""
    import pickle  # noqa: PLC0415

    return _unpacked_later, (self.name, self.path,
                             pickle.dumps((self.entries, self.canonical), protocol=pickle.HIGHEST_PROTOCOL))


def _unpacked_later(name: str, path: str, packed: bytes) -> "WordList":
    wl = object.__new__(WordList)
    object.__setattr__(wl, "name", name)
    object.__setattr__(wl, "path", path)
    object.__setattr__(wl, "_packed", packed)  # entries and canonical stay unset until read
    return wl


@dataclass(frozen=True, slots=True)
class WordList:
    __reduce__ = _packed_list

    name: str
    path: str
    entries: tuple[str, ...]  # aliases as written (the left side of =>)
    canonical: dict  # alias (as written) -> canonical name
    _packed: Optional[bytes] = field(default=None, init=False, repr=False, compare=False)

    def __getattr__(self, attr):
        # only reached for an unset slot: the words of a list unpickled packed (see _packed_list)
        packed = object.__getattribute__(self, "_packed")
        if packed is None or attr not in ("entries", "canonical"):
            raise AttributeError(attr)
        import pickle  # noqa: PLC0415

        entries, canonical = pickle.loads(packed)
        object.__setattr__(self, "entries", entries)
        object.__setattr__(self, "canonical", canonical)
        object.__setattr__(self, "_packed", None)
        return entries if attr == "entries" else canonical

    def pattern(self) -> str:
        """Alternation of the entries, longest first, each escaped."""
        return _escaped_alternation(self.entries)


@functools.lru_cache(maxsize=64)
def _escaped_alternation(entries: tuple[str, ...]) -> str:
    items = sorted(set(entries), key=lambda s: (-len(s), s))
    return "(?:" + "|".join(regex.escape(e) for e in items) + ")" if items else "(?!)"


@dataclass(frozen=True, slots=True)
class Example:
    __reduce__ = _by_position

    text: str
    expect: dict  # the expected fields (metric, subject, value, ...) as written
    line: int
    key_lines: tuple = ()  # (key, line) of each expected field, to name the line at fault

    def line_of(self, key: str) -> int:
        return dict(self.key_lines).get(key, self.line)


class _LazyExamples:
    """A rule's examples as the parsed-rules pickle keeps them: one pickled
    blob, unpickled on first use.  A gate run reads no example (they were
    verified once, then a mark skips them), and building the ~2,100 example
    records was a third of the parsed rules' load.  Reads as the tuple."""

    __slots__ = ("_blob", "_items")

    def __init__(self, blob: bytes):
        self._blob = blob
        self._items = None

    @classmethod
    def of(cls, examples):
        if isinstance(examples, cls) or not examples:
            return examples
        import pickle  # noqa: PLC0415

        return cls(pickle.dumps(tuple(examples), protocol=pickle.HIGHEST_PROTOCOL))

    def _get(self) -> tuple:
        if self._items is None:
            import pickle  # noqa: PLC0415

            self._items = pickle.loads(self._blob)
            self._blob = None
        return self._items

    def __iter__(self):
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())

    def __getitem__(self, i):
        return self._get()[i]

    def __eq__(self, other):
        return self._get() == (other._get() if isinstance(other, _LazyExamples) else other)

    def __hash__(self):
        return hash(self._get())

    def __repr__(self) -> str:
        return repr(self._get())

    def __reduce__(self):
        return _LazyExamples.of(self._get()).__reduce__() if self._blob is None else (_LazyExamples, (self._blob,))


class _LazyWords:
    """A broad rule's word set (``broad_words``) as the parsed-rules pickle
    keeps it: one pickled blob per list, shared by the rules that read it,
    unpickled on first lookup.  Its size is kept apart, so the test every
    rule's noun takes (``if rule.broad_words``) unpacks nothing: a gate run
    looks words up in about 18 of the 28 sets, and unpickling all ~80,000
    words was most of loading the parsed rules.  Reads as the frozenset (``in``,
    iteration, ``len``, equality and hash)."""

    __slots__ = ("_blob", "_n", "_got")

    def __init__(self, blob: bytes, n: int):
        self._blob = blob  # kept: two threads may unpack at once
        self._n = n
        self._got = None

    @classmethod
    def of(cls, value):
        if isinstance(value, _LazyWords) or not value:
            return value
        hit = _LAZY_OF.get(id(value))
        if hit is None or hit[0] is not value:
            import pickle  # noqa: PLC0415

            hit = _LAZY_OF[id(value)] = (value, cls(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL),
                                                    len(value)))
        return hit[1]

    def _get(self):
        got = self._got
        if got is None:
            import pickle  # noqa: PLC0415

            got = self._got = pickle.loads(self._blob)
        return got

    def __bool__(self) -> bool:
        return self._n > 0

    def __len__(self) -> int:
        return self._n

    def __contains__(self, item) -> bool:
        return item in self._get()

    def __iter__(self):
        return iter(self._get())

    def __eq__(self, other):
        return self._get() == (other._get() if isinstance(other, _LazyWords) else other)

    def __hash__(self):
        return hash(self._get())

    def __repr__(self) -> str:
        return repr(self._get())

    def __reduce__(self):
        return type(self), (self._blob, self._n)


class _LazyCanon(_LazyWords):
    """A broad rule's map of forms (``broad_canon``), kept as _LazyWords keeps
    its set; reads as the dict."""

    __slots__ = ()

    def __getitem__(self, key):
        return self._get()[key]

    def get(self, key, default=None):
        return self._get().get(key, default)

    def keys(self):
        return self._get().keys()

    def values(self):
        return self._get().values()

    def items(self):
        return self._get().items()

    __hash__ = None  # a dict is not hashable


#: id(set or map) -> (it, its lazy form): the rules sharing one list's words share one blob
_LAZY_OF: dict = {}


def _rule_by_position(self):
    """_by_position, with the examples pickled as one blob each (_LazyExamples)
    and a broad rule's words and forms as one blob per list (_LazyWords)."""
    cls, args = _by_position(self)
    return cls, tuple(_LazyExamples.of(a) if name in _EXAMPLE_FIELDS else
                      _LazyWords.of(a) if name == "broad_words" else
                      _LazyCanon.of(a) if name == "broad_canon" else a
                      for name, a in zip(cls.__match_args__, args))


_EXAMPLE_FIELDS = ("match_examples", "no_match_examples")


@dataclass(frozen=True, slots=True)
class Rule:
    __reduce__ = _rule_by_position

    code: str
    name: str
    groups: tuple[str, ...]
    summary: str
    why: str
    kind: str
    metric: str
    path: str
    line: int
    units: tuple[str, ...] = ("any",)
    cues_after: Optional[Any] = None  # compiled regex or None
    cues_before: Optional[Any] = None
    window: int = 4
    window_before: int = 2
    lead: Optional[Any] = None  # head_noun: words allowed between figure and noun
    patterns: tuple = ()  # compiled regexes
    requires: Optional[Any] = None
    excludes: Optional[Any] = None
    requires_sentence: Optional[Any] = None
    subject: tuple[str, ...] = ("after", "possessive", "before", "after_any")
    subject2: tuple[str, ...] = ()
    subject_default: Optional[str] = None
    status: str = "actual"
    cumulative: bool = False
    transform: Optional[str] = None
    priority: int = 0
    aliases: tuple[str, ...] = ()
    guess_subject: bool = True
    #: a claim with a second party and no subject keys that one party as its subject (money.lawsuit)
    lone_party: bool = False
    figure_kinds: tuple[str, ...] = ()
    broad: bool = False
    #: a pattern rule that names its quantity by construction from any noun ("a 180% rise in spam"):
    #: it types a figure only when no named and no broad rule does, and wins over every fallback
    after_broad: bool = False
    broad_words: frozenset = frozenset()  # a broad rule's cue list, lower-cased (a set lookup)
    #: a broad date_event rule's verb forms, lower-cased -> their verb ("passed away" -> pass_away)
    broad_canon: dict = field(default_factory=dict, hash=False, compare=False)
    match_examples: tuple[Example, ...] = ()
    no_match_examples: tuple[Example, ...] = ()


#: the gazetteer lists whose entries are places (RuleSet.place_spellings)
_PLACE_LISTS = ("countries", "us_states", "capitals", "places")
#: RuleSet.memo: id -> (rule set, {key: table}), for the last few rule sets used
_MEMO: dict = {}
_MEMO_SETS = 8


@dataclass(frozen=True, slots=True)
class RuleSet:
    rules: tuple[Rule, ...]
    lists: dict = field(default_factory=dict)  # name -> WordList
    root: str = "rules"
    fingerprint: Optional[str] = None  # hash of the rule files, lists and this module (None: unreadable)

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self):
        return iter(self.rules)

    def get(self, code: str) -> Rule:
        for r in self.rules:
            if r.code == code or code in r.aliases or r.name == code:
                return r
        raise KeyError(code)

    def memo(self, key: str, make):
        """``make()``, made once per rule set and kept while the rule set is in use
        (tables a stage derives from the rule set's lists)."""
        hit = _MEMO.get(id(self))
        if hit is None or hit[0] is not self:
            if len(_MEMO) >= _MEMO_SETS:
                _MEMO.clear()
            hit = _MEMO[id(self)] = (self, {})
        kept = hit[1]
        if key not in kept:
            kept[key] = make()
        return kept[key]

    def place_spellings(self) -> frozenset:
        """Every spelling of a place in the gazetteer lists (countries, US states,
        capitals, places): the aliases as written and their canonical names."""
        return self.memo("place_spellings", lambda: frozenset(
            n for name in _PLACE_LISTS if name in self.lists
            for a, c in self.lists[name].canonical.items() for n in (a, c)))

    def select(self, names) -> "RuleSet":
        """Rules whose code, alias, name or group is in ``names``."""
        want = set(names)
        keep = tuple(r for r in self.rules
                     if r.code in want or r.name in want or want & set(r.groups)
                     or want & set(r.aliases))
        return RuleSet(keep, self.lists, self.root)


# --------------------------------------------------------------------------
# word lists


def _list_lines(path) -> Iterator[tuple[int, str]]:
    """(line number, text) of a word list's lines that hold an entry, comments cut off."""
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
            if line:
                yield n, line


def load_list(path: Path) -> WordList:
    entries: list[str] = []
    canonical: dict[str, str] = {}
    for n, line in _list_lines(path):
        if "=>" in line:
            alias, _, canon = (p.strip() for p in line.partition("=>"))
            if not alias or not canon:
                raise RuleError(path, n, "a mapping line must read 'alias => canonical'")
        else:
            alias = canon = line
        if alias in canonical and canonical[alias] != canon:
            raise RuleError(path, n, f"{alias!r} is mapped twice ({canonical[alias]!r} and {canon!r})")
        if alias not in canonical:
            entries.append(alias)
        canonical[alias] = canon
    return WordList(path.stem, str(path), tuple(entries), canonical)


#: When a leader's name starts to stand for the state (lists/leader_took_office.txt):
#: the person's name (as lists/subjects5_persons.txt maps it) => the first day in office
OFFICE_LIST = "leader_took_office"


def check_took_office(lists: dict[str, WordList]) -> None:
    """Raise RuleError (file, line) for a line of lists/leader_took_office.txt
    whose date is no ISO date or whose person lists/subjects5_persons.txt
    does not name."""
    wl = lists.get(OFFICE_LIST)
    if wl is None:
        return
    persons = lists.get("subjects5_persons")
    known = set(persons.canonical.values()) if persons else set()
    for n, line in _list_lines(wl.path):
        name, arrow, day = (p.strip() for p in line.partition("=>"))
        if not arrow:
            raise RuleError(wl.path, n, "a line must read 'person => YYYY-MM-DD'")
        if name not in known:
            raise RuleError(wl.path, n, f"{name!r} is no person lists/subjects5_persons.txt names")
        try:
            datetime.date.fromisoformat(day)
        except ValueError:
            raise RuleError(wl.path, n, f"{day!r} is no date: a line must read 'person => YYYY-MM-DD'") from None


def load_lists(root: Path) -> dict[str, WordList]:
    out: dict[str, WordList] = {}
    folder = root / "lists"
    if folder.is_dir():
        for p in sorted(folder.glob("*.txt")):
            out[p.stem] = load_list(p)
    return out


# --------------------------------------------------------------------------
# compiling patterns


def expand_lists(pattern: str, lists: dict[str, WordList], path, line: int) -> str:
    def sub(m):
        name = m.group(1)
        if name == "entity":
            return gazetteer_pattern(lists)
        if name not in lists:
            raise RuleError(path, line, f"unknown word list @{name} (expected rules/lists/{name}.txt)")
        return lists[name].pattern()

    return LIST_REF.sub(sub, pattern)


def gazetteer_pattern(lists: dict[str, WordList]) -> str:
    return _gazetteer_pattern(tuple(lists[name].entries for name in GAZETTEER if name in lists))


@functools.lru_cache(maxsize=8)
def _gazetteer_pattern(entry_lists: tuple[tuple[str, ...], ...]) -> str:
    items: set[str] = set()
    for entries in entry_lists:
        items.update(entries)
    alts = sorted(items, key=lambda s: (-len(s), s))
    body = "|".join(regex.escape(a) for a in alts) if alts else "(?!)"
    return r"(?-i:(?<![\w.-])(?:" + body + r")(?![\w]))"



_COMPILED: dict = {}


def compile_pattern(pattern: str, lists, path, line: int, *, words: bool = False,
                    ignore_case: bool = True, probe: bool = True, validate: bool = True):
    """Compile and probe ``pattern`` (cached: rules share cues and lists).

    ``validate=False`` (rule files already validated with these exact bytes)
    neither compiles nor probes: the pattern is compiled on first use."""
    if not isinstance(pattern, str) or not pattern.strip():
        raise RuleError(path, line, "a pattern must be a non-empty string")
    src = expand_lists(pattern, lists, path, line)
    key = (src, words, ignore_case, probe)
    hit = _COMPILED.get(key)
    if hit is None:
        hit = _compile(src, pattern, path, line, words=words, ignore_case=ignore_case,
                       probe=probe, validate=validate)
        _COMPILED[key] = hit
    elif validate and hit._rx is None:
        # loaded lazily before, now asked to validate: compile and probe it
        hit = _COMPILED[key] = _compile(src, pattern, path, line, words=words,
                                        ignore_case=ignore_case, probe=probe, validate=True)
    return hit


_GROUP_REPEATED = regex.compile(r"\((?:\?:)?((?:[^()\\]|\\.)*)\)(?:[+*]|\{\d*,\})")
_ATOM = regex.compile(r"(\\.|\[(?:[^\]\\]|\\.)*\]|[^\\\[])([+*?]|\{\d*,?\d*\})?\??")


def nested_quantifier(pattern: str) -> Optional[str]:
    """The part of ``pattern`` that repeats a group made only of repeated or
    optional atoms -- ``(a+)+``, ``(\\w+\\s?)*`` -- which backtracks
    exponentially when the text almost matches.  None when there is none.
    A group with a required separator (``(?:\\w+ )*``) is fine."""
    for m in _GROUP_REPEATED.finditer(pattern):
        atoms = [(a.group(1), a.group(2)) for a in _ATOM.finditer(m.group(1))]
        if atoms and all(q for _, q in atoms) and any(q in ("+", "*") or (q or "").endswith(",}")
                                                      for _, q in atoms):
            return m.group(0)
    return None


def _compile(src: str, pattern: str, path, line: int, *, words: bool, ignore_case: bool,
             probe: bool, validate: bool = True):
    """Compile one regex (with @lists, {figure}); probe it for catastrophic
    backtracking.  ``words`` wraps it in word boundaries."""
    src = src.replace(FIGURE_SLOT, "(?P<figure>" + FIGURE_SENTINEL + ")")
    flags = regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0)
    wrapped = r"(?<![\w])(?:" + src + r")(?![\w])" if words else src
    if not validate:
        return LazyPattern(wrapped, flags)
    try:
        raw = compile_cached(src, flags)
        rx = compile_cached(wrapped, flags) if words else raw
    except regex.error as exc:
        raise RuleError(path, line, f"pattern does not compile: {exc}: {pattern!r}") from None
    nested = nested_quantifier(pattern) if probe else None
    if nested:
        raise RuleError(path, line, f"pattern repeats a group of repeated parts, {nested!r}, which can "
                                    f"backtrack catastrophically; give the group a required separator: "
                                    f"{pattern!r}")
    # probe the pattern as written too: word boundaries hide a nested
    # quantifier on some inputs only
    # (shorter probes for the bare pattern: a polynomial scan of a 100-letter
    # word is harmless, a cubic or exponential one is not)
    for text in (_PROBES if probe else ()):
        for candidate, text in ((rx, text), (raw, text[:100] + text[-2:])):
            try:
                candidate.search(text, timeout=PATTERN_TIMEOUT)
            except TimeoutError:
                raise RuleError(path, line, f"pattern is too slow (catastrophic backtracking?): "
                                            f"{pattern!r}") from None
    return LazyPattern(wrapped, flags, rx)


def _alternation(items, lists, path, line, *, words=True, validate=True):
    if items is None:
        return None
    if isinstance(items, str):
        items = [items]
    if not isinstance(items, list) or not items:
        raise RuleError(path, line, "expected a non-empty list of regexes")
    if validate or len(items) == 1:
        for it in items:
            compile_pattern(it, lists, path, line, words=words, validate=validate)  # names the bad one
    if len(items) == 1:
        return compile_pattern(items[0], lists, path, line, words=words, validate=validate)
    if not all(isinstance(it, str) for it in items):
        raise RuleError(path, line, "a pattern must be a non-empty string")
    # each branch passed its probes; their alternation backtracks no worse
    joined = "|".join("(?:" + it + ")" for it in items)
    return compile_pattern(joined, lists, path, line, words=words, probe=False, validate=validate)


# --------------------------------------------------------------------------
# rule files


def _key_lines(node) -> dict[str, int]:
    yaml = _yaml()
    lines = {}
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode):
                lines[k.value] = k.start_mark.line + 1
    return lines


def _duplicate_key(node) -> Optional[tuple[str, int, int]]:
    """(key, line, line of its first use) of a key that a mapping of the
    document gives twice (the first found, mappings read depth first), or None."""
    yaml = _yaml()
    todo = [node]
    while todo:
        n = todo.pop()
        if isinstance(n, yaml.MappingNode):
            seen: dict = {}
            for k, v in n.value:
                if isinstance(k, yaml.ScalarNode):
                    if k.value in seen:
                        return k.value, k.start_mark.line + 1, seen[k.value]
                    seen[k.value] = k.start_mark.line + 1
                todo.append(v)
        elif isinstance(n, yaml.SequenceNode):
            todo.extend(n.value)
    return None


def _item_nodes(node, key) -> list:
    """The item nodes of a sequence under ``key`` in a mapping node (empty
    when the key is absent or holds no sequence)."""
    yaml = _yaml()
    if not isinstance(node, yaml.MappingNode):
        return []
    for k, v in node.value:
        if isinstance(k, yaml.ScalarNode) and k.value == key:
            return list(v.value) if isinstance(v, yaml.SequenceNode) else []
    return []


def _item_lines(node, key) -> list[int]:
    """Lines of the items of a sequence under ``key`` in a mapping node."""
    return [i.start_mark.line + 1 for i in _item_nodes(node, key)]


def _sub_node(node, key):
    yaml = _yaml()
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return v
    return None


def _yaml():
    """PyYAML, imported when a rule file is parsed: a rule set read from the
    parsed-rules cache needs none of it (the import costs ~15 ms a start)."""
    import yaml  # noqa: PLC0415

    return yaml


@functools.lru_cache(maxsize=1)
def _loaders():
    yaml = _yaml()

    class _Loader(yaml.SafeLoader):
        pass

    #: libyaml's parser when PyYAML was built with it (~50x faster); its nodes
    #: carry the same marks.  On a YAML error the file is parsed again with the
    #: pure loader so the message and line are the ones it has always given.
    return _Loader, getattr(yaml, "CSafeLoader", None)


def __getattr__(name):  # rules._Loader, rules._FastLoader: made on first use
    if name in ("_Loader", "_FastLoader"):
        return _loaders()[0 if name == "_Loader" else 1]
    raise AttributeError(name)


def _parse_yaml(text: str):
    """(node, data) of one YAML document: composed once, constructed from the node."""
    yaml = _yaml()
    _Loader, _FastLoader = _loaders()
    for loader_cls in ((_FastLoader, _Loader) if _FastLoader is not None else (_Loader,)):
        loader = loader_cls(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
            return node, data
        except yaml.YAMLError:
            if loader_cls is _Loader:
                raise
        except Exception:  # libyaml refusing input the pure loader reports precisely
            if loader_cls is _Loader:
                raise
        finally:
            loader.dispose()
    raise AssertionError("unreachable")


def load_rule_file(path: Path, lists: dict[str, WordList], *, validate: bool = True) -> Rule:
    """One rule file.  ``validate=False`` (these exact bytes were validated
    before) skips compiling and probing its patterns; they compile on first
    use."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(path, 1, f"cannot read rule file: {exc}") from None
    yaml = _yaml()
    try:
        node, data = _parse_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise RuleError(path, line, f"bad YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise RuleError(path, 1, "a rule file must be a YAML mapping of keys (code, name, kind, ...)")
    dup = _duplicate_key(node)
    if dup is not None:
        # YAML keeps the last of two equal keys without a word: an example's second
        # "subject:" would silently replace the first
        raise RuleError(path, dup[1], f"key {dup[0]!r} given twice in one mapping (first on line {dup[2]})")
    lines = _key_lines(node)

    def at(key):
        return lines.get(key, 1)

    def fail(key, msg):
        raise RuleError(path, at(key), msg)

    def flag(key, default: bool) -> bool:
        # a true/false setting, or a clear error at its line
        value = data.get(key, default)
        if not isinstance(value, bool):
            fail(key, f"{key} must be true or false")
        return value

    for key in data:
        if key not in REQUIRED and key not in OPTIONAL:
            fail(key, f"unknown key {key!r} (known: {', '.join(REQUIRED + OPTIONAL)})")
    for key in REQUIRED:
        if key not in data or data[key] in (None, "", []):
            raise RuleError(path, 1, f"missing required key {key!r}")
    code = data["code"]
    if not isinstance(code, str) or not CODE_RE.match(code):
        fail("code", f"code must be letters then three digits (CAS001), got {code!r}")
    if code != path.stem:
        fail("code", f"code {code!r} does not match the file name {path.name!r}")
    name = data["name"]
    if not isinstance(name, str) or not NAME_RE.match(name):
        fail("name", f"name must be dotted lower-case words (casualties.killed), got {name!r}")
    groups = data["groups"]
    if isinstance(groups, str):
        groups = [groups]
    if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
        fail("groups", "groups must be a list of names")
    for key in ("summary", "why", "metric"):
        if not isinstance(data[key], str):
            fail(key, f"{key} must be a string")
    kind = data["kind"]
    if kind not in KINDS:
        fail("kind", f"unknown kind {kind!r} (known: {', '.join(KINDS)})")

    units = data.get("units", ["any"])
    if isinstance(units, str):
        units = [units]
    bad = [u for u in units if u not in UNIT_CLASSES]
    if bad:
        fail("units", f"unknown unit class {bad[0]!r} (known: {', '.join(UNIT_CLASSES)})")

    window = data.get("window", 4)
    if not isinstance(window, int) or not 0 <= window <= 30:
        fail("window", "window must be a whole number of words, 0..30")

    window_before = data.get("window_before", 2)
    if not isinstance(window_before, int) or not 0 <= window_before <= 30:
        fail("window_before", "window_before must be a whole number of words, 0..30")
    cues = {}
    for key in ("cues_after", "cues_before"):
        cue = _broad_list_cue(data, key)
        if cue is not None:
            # a broad rule's one list cue is read by a set lookup (broad_words, broad_canon), never
            # searched: it is not compiled (an alternation of thousands of words would sit in the
            # pattern cache that every run loads); a cue that matches nothing stands for it
            if cue not in lists:
                raise RuleError(path, at(key), f"unknown word list @{cue} (expected rules/lists/{cue}.txt)")
            cues[key] = _alternation(r"(?!)", lists, path, at(key), validate=validate)
        else:
            cues[key] = _alternation(data.get(key), lists, path, at(key), validate=validate)
    cues_after, cues_before = cues["cues_after"], cues["cues_before"]
    requires = _alternation(data.get("requires"), lists, path, at("requires"), words=False, validate=validate)
    excludes = _alternation(data.get("excludes"), lists, path, at("excludes"), words=False, validate=validate)
    requires_sentence = _alternation(data.get("requires_sentence"), lists, path, at("requires_sentence"),
                                     words=False)
    patterns: list = []
    if kind == "cue" and cues_after is None and cues_before is None:
        fail("kind", "a cue rule needs cues_after or cues_before")
    lead = None
    if kind == "head_noun":
        if "{noun}" not in data["metric"]:
            fail("metric", "a head_noun rule's metric must contain {noun} (count.{noun})")
        if data.get("lead") is not None:
            lead = compile_pattern(r"[\s-]*(?:" + str(data["lead"]) + r")(?!\w)\s*", lists, path, at("lead"),
                                   validate=validate)
    elif "lead" in data:
        fail("lead", "'lead' is only for kind: head_noun")
    if "{noun}" in data["metric"] and kind not in ("head_noun", "pattern"):
        fail("metric", "{noun} in a metric needs kind: head_noun or pattern")
    if "{superlative}" in data["metric"] and (kind != "pattern" or not data["metric"].endswith(".{superlative}")):
        fail("metric", "{superlative} ends a pattern rule's metric, after a dot (rank.{noun}.{superlative})")
    if "{order}" in data["metric"] and (kind != "pattern" or not data["metric"].endswith(".{order}")):
        fail("metric", "{order} ends a pattern rule's metric, after a dot (rank.{noun}.{order})")
    if kind == "date_event" and cues_before is None and cues_after is None:
        fail("kind", "a date_event rule needs cues_before or cues_after")
    if kind == "pattern":
        raw = data.get("patterns")
        if not isinstance(raw, list) or not raw:
            fail("kind", "a pattern rule needs a non-empty list 'patterns'")
        plines = _item_lines(node, "patterns")
        for i, p in enumerate(raw):
            ln = plines[i] if i < len(plines) else at("patterns")
            if not isinstance(p, str) or FIGURE_SLOT not in p:
                raise RuleError(path, ln, "each pattern must contain the {figure} placeholder")
            rx = compile_pattern(p, lists, path, ln, validate=validate)
            patterns.append(rx)
    elif "patterns" in data:
        fail("patterns", f"'patterns' is only for kind: pattern (this rule is {kind})")
    if validate and "{noun}" in data["metric"] and kind == "pattern" \
            and not all("noun" in rx.groupindex for rx in patterns):
        fail("metric", "{noun} in a pattern rule's metric needs a (?P<noun>...) group in every pattern")

    subject = data.get("subject", list(Rule.__dataclass_fields__["subject"].default))
    if isinstance(subject, str):
        subject = [subject]
    if not isinstance(subject, list) or any(s not in SUBJECT_STRATEGIES for s in subject):
        fail("subject", f"subject must list strategies from: {', '.join(SUBJECT_STRATEGIES)}")
    subject2 = data.get("subject2", [])
    if isinstance(subject2, (str, bool)):
        subject2 = [subject2]
    # YAML 1.1 reads a bare `on` as true: [on, against] means the preposition
    subject2 = ["on" if s is True else s for s in subject2] if isinstance(subject2, list) else subject2
    if not isinstance(subject2, list) or not all(isinstance(s, str) for s in subject2):
        fail("subject2", "subject2 must be a list of prepositions (on, against, ...)")
    status = data.get("status", "actual")
    if status not in STATUSES:
        fail("status", f"unknown status {status!r} (known: {', '.join(STATUSES)})")
    transform = data.get("transform")
    if transform is not None and transform not in TRANSFORMS:
        fail("transform", f"unknown transform {transform!r} (known: {', '.join(TRANSFORMS)})")
    cumulative = flag("cumulative", False)
    priority = data.get("priority", 0)
    if not isinstance(priority, int):
        fail("priority", "priority must be a whole number")
    aliases = data.get("aliases", []) or []
    guess_subject = flag("guess_subject", True)
    lone_party = flag("lone_party", False)
    figure_kinds = data.get("figure_kinds", []) or []
    broad = flag("broad", False)
    after_broad = data.get("after_broad", False)
    if not isinstance(after_broad, bool) or after_broad and (
            priority < 0 or not (kind == "pattern" and not broad or kind == "date_event" and broad)):
        fail("after_broad", "after_broad is true or false, and true only for a pattern rule that is not broad, "
                            "or a broad date_event rule, with a priority of 0 or more")
    broad_words: frozenset = frozenset()
    broad_canon: dict = {}
    if broad and kind == "date_event":
        cue = data.get("cues_before")
        cue = cue[0] if isinstance(cue, list) and len(cue) == 1 else cue
        m = BROAD_VERB_CUE.fullmatch(cue) if isinstance(cue, str) else None
        if m is None or priority < 0 or data.get("cues_after") is not None or "{cue}" not in data["metric"]:
            fail("broad", "a broad date_event rule has a priority of 0 or more, a metric with {cue}, no "
                          "cues_after, and one cue, a word list of verb forms mapped to their verbs: "
                          "cues_before: ['(?:@name)']")
        wl = lists[m.group(1)]
        broad_canon = _broad_canon(wl)
        if after_broad and m.group(1).endswith("_nouns"):
            broad_words = frozenset(broad_canon)  # (date24) nouns of happenings, not verb forms
    elif broad:
        cue = data.get("cues_after")
        cue = cue[0] if isinstance(cue, list) and len(cue) == 1 else cue
        m = BROAD_CUE.fullmatch(cue) if isinstance(cue, str) else None
        if kind not in ("head_noun", "pattern") or m is None or priority < 0 \
                or kind == "pattern" and "{noun}" not in data["metric"]:
            fail("broad", "a broad rule is a head_noun rule, or a pattern rule with a {noun} group, with a "
                          "priority of 0 or more whose one cue is a word list ending the noun phrase: "
                          "cues_after: ['(?:@name)\\.?$']")
        wl = lists[m.group(1)]
        if any(a != c for a, c in wl.canonical.items()):
            if kind != "pattern":
                fail("broad", f"a broad head_noun rule's list maps no aliases ({wl.path} has '=>' lines)")
            # a broad pattern's list of forms mapped to a word (served => serve): the word names it
            broad_canon = _broad_canon(wl)
        broad_words = _broad_words(wl, lists)

    ex = data["examples"]
    if not isinstance(ex, dict) or set(ex) - {"match", "no_match"}:
        fail("examples", "examples must be a mapping with 'match' and 'no_match' lists")
    ex_node = _sub_node(node, "examples")
    m_nodes = _item_nodes(ex_node, "match")
    m_lines = [i.start_mark.line + 1 for i in m_nodes]
    n_lines = _item_lines(ex_node, "no_match")
    match_ex = []
    for i, item in enumerate(ex.get("match") or []):
        ln = m_lines[i] if i < len(m_lines) else at("examples")
        if isinstance(item, str):
            item = {"text": item}
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise RuleError(path, ln, "a match example needs 'text'")
        unknown = set(item) - set(EXAMPLE_KEYS)
        if unknown:
            raise RuleError(path, ln, f"unknown example key {sorted(unknown)[0]!r} "
                                      f"(known: {', '.join(EXAMPLE_KEYS)})")
        if "status" in item and item["status"] not in STATUSES:
            raise RuleError(path, ln, f"unknown status {item['status']!r}")
        expect = {k: v for k, v in item.items() if k not in ("text", "note")}
        keys = _key_lines(m_nodes[i]) if i < len(m_nodes) else {}
        match_ex.append(Example(item["text"], expect, ln, tuple(sorted(keys.items()))))
    no_ex = []
    for i, item in enumerate(ex.get("no_match") or []):
        ln = n_lines[i] if i < len(n_lines) else at("examples")
        if isinstance(item, dict):
            item = item.get("text")
        if not isinstance(item, str):
            raise RuleError(path, ln, "a no_match example is a text")
        no_ex.append(Example(item, {}, ln))

    return Rule(code=code, name=name, groups=tuple(groups), summary=data["summary"].strip(),
                why=data["why"].strip(), kind=kind, metric=data["metric"], path=str(path),
                line=1, units=tuple(units), cues_after=cues_after, cues_before=cues_before,
                window=window, window_before=window_before, lead=lead, patterns=tuple(patterns), requires=requires, excludes=excludes,
                requires_sentence=requires_sentence,
                subject=tuple(subject), subject2=tuple(subject2),
                subject_default=data.get("subject_default"), status=status,
                cumulative=cumulative, transform=transform, priority=priority,
                aliases=tuple(aliases), guess_subject=guess_subject, lone_party=lone_party, figure_kinds=tuple(figure_kinds),
                broad=broad, after_broad=after_broad, broad_words=broad_words, broad_canon=broad_canon,
                match_examples=tuple(match_ex), no_match_examples=tuple(no_ex))


def _is_rule_file(p: Path) -> bool:
    """A claim rule is named by its code, or at least declares a code and a kind
    (so a misnamed rule file is still loaded, and rejected for its name)."""
    if CODE_RE.match(p.stem):
        return True
    try:
        head = p.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return bool(regex.search(r"(?m)^code\s*:", head) and regex.search(r"(?m)^kind\s*:", head))


#: hand-kept words no broad rule reads as a member of its class, whatever its generated list
#: says: a WordNet first sense that is not the news sense ("servers" are computers, not waiters)
BROAD_EXCLUDE = "broad_exclude"


def _broad_list_cue(data: dict, key: str) -> Optional[str]:
    """The list a broad rule's one cue names (``(?:@name)\\.?$`` after, ``(?:@name)``
    before), or None (not a broad rule, or another cue: refused later)."""
    if data.get("broad") is not True:
        return None
    cue = data.get(key)
    cue = cue[0] if isinstance(cue, list) and len(cue) == 1 else cue
    if not isinstance(cue, str):
        return None
    m = (BROAD_CUE if key == "cues_after" else BROAD_VERB_CUE).fullmatch(cue)
    return m.group(1) if m else None


def _low(word: str) -> str:
    """``word`` in lower case, as the same object when it already is: the
    pickled rule set then stores a broad rule's words once, shared with its
    word list (a gate run unpickles ~30,000 of them)."""
    low = word.lower()
    return word if low == word else low


#: one set (and one mapping) per word list, however many broad rules read it: the rules are
#: pickled together, and a shared object is written and read once (eight broad rules read the
#: quantities list); {id(list): (list, value)}, the list kept so its id is not reused
_BROAD_SHARED: dict = {}


def _shared(key: tuple, keep: tuple, make):
    hit = _BROAD_SHARED.get(key)
    if hit is None:
        if len(_BROAD_SHARED) > 256:
            _BROAD_SHARED.clear()
        hit = _BROAD_SHARED[key] = (keep, make())
    return hit[1]


def _broad_canon(wl: WordList) -> dict:
    return _shared(("canon", id(wl)), (wl,), lambda: {_low(a): c for a, c in wl.canonical.items()})


def _broad_words(wl: WordList, lists: dict) -> frozenset:
    ex = lists.get(BROAD_EXCLUDE)
    return _shared(("words", id(wl), id(ex)), (wl, ex),
                   lambda: frozenset(_low(e) for e in wl.entries) - _broad_excluded(lists))


def _broad_excluded(lists: dict) -> frozenset:
    wl = lists.get(BROAD_EXCLUDE)
    return frozenset(_low(e) for e in wl.entries) if wl is not None else frozenset()


def load_rules(root: str | os.PathLike | None = None) -> RuleSet:
    """Load every ``<root>/<family>/<CODE>.yml`` and the word lists in
    ``<root>/lists``.  Raises RuleError (file, line) on the first bad file.

    Without ``root``: ledger's own rules (:func:`ledger.paths.rules_root`:
    ``$LEDGER_RULES``, the checkout's ``rules/``, or the copy shipped in the
    package) -- never a ``rules/`` folder that happens to be in the working
    directory, so the claim rules and the other stages' files (units,
    tolerances) always come from one place."""
    from .paths import rules_root

    base = Path(root) if root is not None else rules_root()
    if not base.is_dir():
        raise RuleError(base, 0, "rules folder not found")
    files = [p for p in sorted(base.glob("*/*.yml")) + sorted(base.glob("*/*.yaml"))
             if p.parent.name != "lists" and _is_rule_file(p)]  # other stages keep their own files
    fingerprint = _fingerprint(base, files)
    validated = fingerprint is not None and _was_validated(fingerprint)
    if validated:
        kept = _load_parsed(fingerprint)
        if kept is not None:
            return RuleSet(kept[0], kept[1], str(base), fingerprint)
    lists = load_lists(base)
    if not validated:
        check_took_office(lists)
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    names: dict[str, str] = {}
    for p in files:
        rule = load_rule_file(p, lists, validate=not validated)
        if rule.code in seen:
            raise RuleError(p, 1, f"duplicate code {rule.code} (also in {seen[rule.code]})")
        if rule.name in names:
            raise RuleError(p, 1, f"duplicate name {rule.name} (also in {names[rule.name]})")
        seen[rule.code] = str(p)
        names[rule.name] = str(p)
        rules.append(rule)
    rules.sort(key=lambda r: r.code)
    if fingerprint is not None and not validated:
        _mark_validated(fingerprint)
    elif validated:
        _save_parsed(fingerprint, (tuple(rules), lists))
    return RuleSet(tuple(rules), lists, str(base), fingerprint)


# the parsed rules and word lists of a validated rule set, pickled beside its
# mark (parsing ~100 YAML files costs ~25 ms a run, and the ~20,000 lines of
# the word lists ~60 ms; unpickling both ~10 ms).  Keyed by the
# same fingerprint, so a changed byte of a rule, a list or this module is a
# new entry; one that cannot be read is parsed again.


def _parsed_file(fingerprint: str) -> Path:
    return cache_dir() / "rules-parsed" / f"{fingerprint}.pickle"


def _load_parsed(fingerprint: str) -> Optional[tuple]:
    import pickle  # noqa: PLC0415

    try:
        rules = pickle.loads(_parsed_file(fingerprint).read_bytes())
    except Exception:  # noqa: BLE001 - none yet, or unreadable: parse the files
        return None
    if (isinstance(rules, tuple) and len(rules) == 2 and isinstance(rules[0], tuple)
            and all(isinstance(r, Rule) for r in rules[0]) and isinstance(rules[1], dict)
            and all(isinstance(w, WordList) for w in rules[1].values())):
        return rules
    return None


def _save_parsed(fingerprint: str, rules: tuple) -> None:
    if os.environ.get("LEDGER_NO_CACHE"):
        return
    import pickle  # noqa: PLC0415

    try:
        path = _parsed_file(fingerprint)
        write_atomic(path, pickle.dumps(rules, protocol=pickle.HIGHEST_PROTOCOL))
        kept = sorted(path.parent.glob("*.pickle"), key=lambda q: q.stat().st_mtime)
        for old in kept[:-_KEEP_MARKS]:  # rule sets of old checkouts and tests
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass  # no cache: the files are parsed again next time


# --------------------------------------------------------------------------
# the validation cache: compiling every pattern and probing it for
# catastrophic backtracking takes seconds, so a rule set whose exact bytes
# (rule files, word lists, this module, the regex and Python versions) passed
# once is remembered by its hash in the user's cache folder.  A changed byte
# anywhere is a new hash, validated in full; no cache folder, no cache.


_KEEP_MARKS = 32



def _yaml_stamp() -> str:
    """Which PyYAML parses the rules, without importing it: its file's size
    and modification time (an upgrade changes them)."""
    import importlib.util  # noqa: PLC0415

    try:
        spec = importlib.util.find_spec("yaml")
        st = os.stat(spec.origin)
        return f"{spec.origin}:{st.st_size}:{st.st_mtime_ns}"
    except (ImportError, AttributeError, TypeError, OSError, ValueError):
        return ""


def _fingerprint(base: Path, files: list[Path]) -> Optional[str]:
    h = hashlib.sha256()
    h.update(f"{sys.version}|{regex.__version__}|{_yaml_stamp()}".encode())
    try:
        h.update(file_digest(__file__))
        lists = sorted((base / "lists").glob("*.txt")) if (base / "lists").is_dir() else []
        for p in lists + files:
            name = p.relative_to(base).as_posix().encode("utf-8", "surrogateescape")
            h.update(b"\0%d\0%s\0" % (len(name), name))
            h.update(file_digest(p))
    except (OSError, ValueError):
        return None
    return h.hexdigest()


def _was_validated(fingerprint: str, kind: str = "rules") -> bool:
    if os.environ.get("LEDGER_NO_CACHE"):
        return False
    try:
        return (cache_dir() / kind / fingerprint).is_file()
    except OSError:
        return False


def _mark_validated(fingerprint: str, kind: str = "rules") -> None:
    if os.environ.get("LEDGER_NO_CACHE"):
        return
    try:
        folder = cache_dir() / kind
        write_atomic(folder / fingerprint, b"validated\n")
        marks = sorted(folder.iterdir(), key=lambda q: q.stat().st_mtime)
        for old in marks[:-_KEEP_MARKS]:  # rule sets of old checkouts and tests
            old.unlink(missing_ok=True)
    except OSError:
        pass  # unwritable cache: the next load validates again

# --------------------------------------------------------------------------
