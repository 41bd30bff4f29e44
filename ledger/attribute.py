"""Speakers and cited sources: who asserts each figure, and through whom.

``attribute(doc, claims)`` fills, for every claim, ``speaker`` (the person
or body that asserts the figure, or the outlet's own voice when nobody is
said to), ``cited_source`` (the outlet or agency the words are relayed
through: "..., according to the BBC", "told Interfax"), ``speaker_rule``
(how it was found: ``<attribution>/<resolution>``, e.g.
``quote-closing/pronoun``) and ``speaker_evidence`` (the words).

Everything language-specific is data under ``rules/``:

* ``rules/attribution/verbs.txt``       attribution verbs ("said", "warned")
* ``rules/attribution/bodies.txt``      head nouns of bodies ("ministry")
* ``rules/attribution/descriptions.txt`` heads that refer back ("the official")
* ``rules/attribution/honorifics.txt``  titles stripped before names ("Mr")
* ``rules/attribution/pronouns.txt``    pronouns and what they refer to
* ``rules/attribution/outlets.txt``     outlets and wire services
* ``rules/attribution/documents.txt``   documents that speak ("a report says")
* ``rules/attribution/agent_verbs.txt`` participles with an agent ("estimated ... by X")
* ``rules/speakers.yaml``               canonical speakers, aliases, roles by date

Attribution rules, tried in this order for a figure:

``headline-body``   a headline figure takes the speaker its story's body
                    gives the same number;
``quote-*``         a figure inside quotation marks takes the speaker of the
                    attribution next to the quote (closing "..." he said;
                    opening X said: "..."; ``quote-continued`` for quotes
                    running over several paragraphs; ``quote-previous`` for a
                    quote paragraph with no attribution after a quoted
                    speaker);
``reported``        reported speech in the figure's sentence: "X said
                    (that) ...", "..., X said", "said X", "according to X",
                    "X told reporters", "estimated ... by X", "X reported Y
                    as saying", "is reported to have said";
``outlet-voice``    nobody asserts it: the story's outlet.

Resolution of the speaker's words: a canonical alias (``alias``), a name
(``name``; a surname alone points back to the full name used earlier in
the document: ``surname``), a role title resolved by the story's date
(``role``), a pronoun or description pointing back to an earlier speaker
(``pronoun``, ``description``), a body (``body``), an outlet (``outlet``).
A description with a capitalised modifier ("the Ukrainian commander")
points back only to a speaker it fits: one named with that modifier, or
named with none at all; else it stands as the speaker itself.

This module imports no pandas, openpyxl or pint: the pre-publish gate
uses it.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import regex

from ledger import paths as _paths
from ledger.cache import cached_pickle, compile_cached, compile_std_cached
from ledger.records import Claim, Document, Story

# ’ is both an apostrophe and a closing single quote; names are matched on a
# copy of the text where it is a plain apostrophe (same length, same offsets).
_APOS = str.maketrans({"’": "'", "‘": "'"})


class WordListError(ValueError):
    """A malformed word-list file; names the file and line."""

    def __init__(self, path, line: int, msg: str):
        super().__init__(f"{path}:{line}: {msg}")
        self.path, self.line, self.msg = str(path), line, msg


rules_root = _paths.rules_root  # ``root`` if given, else ledger's rules folder


def _proper_marks(words) -> tuple[str, ...]:
    """The capitalised modifiers between a description's article and its
    head ("Ukrainian" in "the Ukrainian commander", "Trafford", "Centre" in
    "The Trafford Centre spokeswoman"), case-folded, without a possessive
    ending; none without an article ("Last Friday the minister" gives none
    for "Last Friday")."""
    arts = [i for i, w in enumerate(words) if w.casefold() == "the"]
    if not arts:
        return ()
    return tuple(w.translate(_APOS).removesuffix("'s").removesuffix("'").casefold()
                 for w in words[arts[-1] + 1:-1] if w[:1].isupper())


@functools.lru_cache(maxsize=64)
def read_wordlist(path) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Read a plain word list: one entry a line, ``Canonical | alias | alias``.

    Blank lines and lines starting with ``#`` are skipped.  Returns
    (canonical, aliases) pairs; the canonical name is also its first alias.
    """
    out = []
    seen: dict[str, int] = {}
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split("|")]
            if any(not p for p in parts):
                raise WordListError(path, lineno, "empty name; the form is 'Canonical | alias | alias'")
            key = parts[0].casefold()
            if key in seen:
                raise WordListError(path, lineno, f"duplicate entry {parts[0]!r} (first on line {seen[key]})")
            seen[key] = lineno
            out.append((parts[0], tuple(dict.fromkeys(parts))))
    return tuple(out)


class SpeakerRulesError(ValueError):
    """A malformed rules/speakers.yaml; names the file and line."""

    def __init__(self, path, line, msg):
        super().__init__(f"{path}:{line}: {msg}")
        self.path, self.line, self.msg = str(path), line, msg


# --------------------------------------------------------------------------
# Rule data


@dataclass(frozen=True)
class Role:
    role: str
    titles: tuple[str, ...]
    holders: tuple[tuple[str, _dt.date, Optional[_dt.date]], ...]

    @functools.cached_property
    def title_re(self) -> regex.Pattern:
        return _compile_list_re(r"(?<![\w-])(?:" + _alt(self.titles) + r")(?![\w-])", re.I)

    @functools.cached_property
    def folded(self) -> frozenset[str]:
        return frozenset(t.casefold() for t in self.titles) | frozenset("new " + t.casefold() for t in self.titles)

    def holder(self, on: Optional[_dt.date], known: frozenset[str] = frozenset()) -> Optional[str]:
        if on is not None:
            for name, start, end in self.holders:
                if start <= on and (end is None or on < end):
                    return name
            return None
        names = {h[0] for h in self.holders}
        if len(names) == 1:
            return next(iter(names))
        mentioned = names & known
        return next(iter(mentioned)) if len(mentioned) == 1 else None


@dataclass(frozen=True)
class SpeakerRules:
    verbs: frozenset[str]
    bodies: tuple[str, ...]
    descriptions: frozenset[str]
    honorifics: tuple[str, ...]
    pronouns: dict
    outlets: dict  # alias (normalised) -> canonical
    aliases: dict  # alias (normalised) -> (canonical, kind)
    aliases_fold: dict  # the same, keys case-folded
    body_re: regex.Pattern  # any body head noun, as a whole word
    doc_of_re: regex.Pattern  # "the joint report from X": X
    doc_noun_re: regex.Pattern  # "a report": the document named later
    agent_re: regex.Pattern  # "estimated at 200,000 by X": X
    alias_re: regex.Pattern
    outlet_re: regex.Pattern
    roles: tuple[Role, ...]
    verb_re: regex.Pattern
    #: words a person's name is written after in a run of capitals and no part of it: a
    #: person noun or a nationality ("Actor Bruce Willis", "American Serena Williams"), folded
    name_leads: frozenset = frozenset()


def _alt(words) -> str:
    # longest first; ties in a fixed order, so that a pattern built from a set
    # is the same string in every process (it is the pattern cache's key)
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _parse_date(value, path, line, what):
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value))
    except ValueError:
        raise SpeakerRulesError(path, line, f"{what}: {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _load_speakers(path: Path):
    import yaml  # the rule file is YAML; loaded once per process

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: start-up time

    class Loader(base):  # dates stay strings: we check them ourselves
        yaml_implicit_resolvers = {k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
                                   for k, v in base.yaml_implicit_resolvers.items()}

    loader = Loader(path.read_text(encoding="utf-8"))
    try:
        node = loader.get_single_node()  # kept for line numbers in errors
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SpeakerRulesError(path, mark.line + 1 if mark else 1, f"not valid YAML: {exc}") from None
    finally:
        loader.dispose()
    if node is None:
        return {}, ()

    def line_of(*keys):
        n = node
        try:
            for k in keys:
                if isinstance(k, int):
                    n = n.value[k]
                else:
                    n = next(v for kk, v in n.value if kk.value == k)
        except (StopIteration, IndexError, AttributeError):
            pass
        return n.start_mark.line + 1

    if not isinstance(data, dict) or set(data) - {"speakers", "roles"}:
        raise SpeakerRulesError(path, 1, "top level must be a mapping with 'speakers' and 'roles'")
    aliases: dict[str, tuple[str, str]] = {}
    for i, sp in enumerate(data.get("speakers") or ()):
        if not isinstance(sp, dict) or not isinstance(sp.get("name"), str):
            raise SpeakerRulesError(path, line_of("speakers", i), "each speaker needs a 'name' string")
        kind = sp.get("kind", "person")
        if kind not in ("person", "body"):
            raise SpeakerRulesError(path, line_of("speakers", i), f"kind must be person or body, not {kind!r}")
        for alias in [sp["name"], *(sp.get("aliases") or ())]:
            key = str(alias).translate(_APOS)
            if key.casefold() in {k.casefold() for k in aliases} and aliases.get(key, (sp["name"],))[0] != sp["name"]:
                raise SpeakerRulesError(path, line_of("speakers", i),
                                        f"alias {alias!r} already belongs to {aliases[key][0]!r}")
            aliases[key] = (sp["name"], kind)
    roles = []
    for i, r in enumerate(data.get("roles") or ()):
        ln = line_of("roles", i)
        if not isinstance(r, dict) or not r.get("role") or not r.get("titles") or not r.get("holders"):
            raise SpeakerRulesError(path, ln, "each role needs 'role', 'titles' and 'holders'")
        holders = []
        for h in r["holders"]:
            if not isinstance(h, dict) or "name" not in h or "from" not in h:
                raise SpeakerRulesError(path, ln, "each holder needs 'name' and 'from'")
            start = _parse_date(h["from"], path, ln, "from")
            end = _parse_date(h["to"], path, ln, "to") if h.get("to") else None
            if end is not None and end <= start:
                raise SpeakerRulesError(path, ln, f"holder {h['name']!r}: 'to' is not after 'from'")
            holders.append((h["name"], start, end))
        roles.append(Role(r["role"], tuple(str(t).translate(_APOS) for t in r["titles"]), tuple(holders)))
    return aliases, tuple(roles)


def _compile_list_re(pattern: str, flags: int = 0):
    """A pattern built from a word list, from the compiled-pattern cache:
    compiling the seven list patterns afresh cost ~17 ms a run of the gate.
    (``regex`` in its default version matches as ``re`` does; the flags
    used here, I and M, have the same values in both.)"""
    return compile_cached(pattern, int(flags))


def load_speaker_rules(root=None) -> SpeakerRules:
    """Load and validate the attribution word lists and ``speakers.yaml``
    (once per folder: ``load_speaker_rules()`` and ``load_speaker_rules(None)``
    share the loaded rules)."""
    return _load_speaker_rules(root)


@functools.lru_cache(maxsize=8)
def _load_speaker_rules(root) -> SpeakerRules:
    base = rules_root(root)
    att = base / "attribution"

    def words(name):
        return [c.translate(_APOS) for c, _ in read_wordlist(att / name)]

    outlets = {}
    for canonical, names in read_wordlist(att / "outlets.txt"):
        for a in names:
            outlets[a.translate(_APOS)] = canonical
    speakers = base / "speakers.yaml"
    aliases, roles = cached_pickle("speakers", [speakers, Path(__file__)], lambda: _load_speakers(speakers))
    pronouns = {c.casefold(): (names[1] if len(names) > 1 else "any")
                for c, names in read_wordlist(att / "pronouns.txt")}
    verbs = frozenset(w.casefold() for w in words("verbs.txt"))
    leads = set()
    for name in ("anon25_person_nouns.txt", "demonyms.txt"):  # lists the subject engine keeps
        path = base / "lists" / name
        if path.exists():
            leads.update(line.split("=>")[0].strip().casefold() for line in path.read_text(encoding="utf-8").splitlines()
                         if line.strip() and not line.startswith("#"))
    return SpeakerRules(
        name_leads=frozenset(leads),
        verbs=verbs,
        bodies=tuple(sorted((w.casefold() for w in words("bodies.txt")), key=len, reverse=True)),
        descriptions=frozenset(w.casefold() for w in words("descriptions.txt")),
        honorifics=tuple(sorted(words("honorifics.txt"), key=len, reverse=True)),
        pronouns=pronouns,
        outlets=outlets,
        aliases=aliases,
        aliases_fold={k.casefold(): v for k, v in aliases.items()},
        doc_of_re=_compile_list_re(rf"(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}({_alt(words('documents.txt'))})"
                             r"\s+(?:from|by|of)\s+(.+)$", re.I),
        doc_noun_re=_compile_list_re(rf"\s*(?:a|an|the)\s+(?:new\s+|joint\s+|latest\s+)?({_alt(words('documents.txt'))})\s*",
                               re.I),
        agent_re=_compile_list_re(rf"\b(?:{_alt(words('agent_verbs.txt'))})\b[^.;:“\"]*?\bby\s+"
                            r"((?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?)"
                            r"(?=\s+(?:in|on|at|since|as)\b|[,.;]|$)", re.M),
        body_re=_compile_list_re(r"(?<!\w)(?:" + _alt(w.casefold() for w in words("bodies.txt")) + r")(?!\w)"),
        alias_re=_compile_list_re(r"(?<![\w-])(?:the\s+)?(" + _alt(aliases) + r")(?![\w-])", re.I),
        outlet_re=_compile_list_re(r"(?<![\w-])(?:the\s+)?(" + _alt(outlets) + r")(?![\w-])"),
        roles=tuple(roles),
        verb_re=_compile_list_re(r"(?<![\w-])(" + _alt(verbs) + r")(?![\w-])", re.I),
    )


# --------------------------------------------------------------------------
# Text structure: quotes, sentences, headlines


@dataclass(frozen=True, slots=True)
class _Quote:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark (or line end when it runs on)
    group: int  # quotes running over several paragraphs share a group


def _find_quotes(text: str) -> list[_Quote]:
    quotes: list[_Quote] = []
    group = -1
    carry = False  # the previous paragraph ended inside a quote
    pos = 0
    for raw in text.split("\n"):
        line = raw
        stripped = line.lstrip()
        lead = len(line) - len(stripped)
        if not stripped:
            pos += len(raw) + 1
            continue
        if not (carry and stripped[:1] in "“\""):
            carry = False
        opened = None
        mark = None
        for i, ch in enumerate(line):
            if opened is None:
                if ch == "“" or ch == '"':
                    opened, mark = i, ch
                elif ch == "‘" and (i == 0 or not line[i - 1].isalnum()):
                    # a single quote only when a matching close follows
                    close = re.search(r"’(?![A-Za-z])", line[i + 1:])
                    if close:
                        opened, mark = i, ch
            else:
                closes = {"“": "”", '"': '"', "‘": "’"}[mark]
                reopen = (ch == "“" and mark == "“") or (
                    ch == '"' and mark == '"' and i > 0 and line[i - 1].isspace()
                    and i + 1 < len(line) and not line[i + 1].isspace())
                if reopen:
                    # a new quotation opens while one is open: the copy dropped
                    # the closing mark where two quoted paragraphs were joined
                    if not (carry and opened == lead and quotes):
                        group += 1
                    quotes.append(_Quote(pos + opened, pos + i - 1, group))
                    carry, opened = True, i
                    lead = i
                    continue
                if ch == closes or (mark == '"' and ch == "”"):
                    if mark == "‘" and i + 1 < len(line) and line[i + 1].isalpha():
                        continue  # an apostrophe inside the quote
                    if not (carry and opened == lead and quotes):
                        group += 1
                    quotes.append(_Quote(pos + opened, pos + i + 1, group))
                    carry = False
                    opened = None
        if opened is not None:
            if not (carry and opened == lead and quotes):
                group += 1
            quotes.append(_Quote(pos + opened, pos + len(line), group))
            carry = mark != "‘"
        pos += len(raw) + 1
    return quotes


class Quoting:
    """What attribution reads of a document's quotation marks, handed on to
    the stages after it (``voice.we_subjects``) so that they do not find the
    quotes and mask the text again: ``quotes`` (the quotations in order) and
    ``masked`` (the text with ’ read as ' and every quotation's contents
    blanked, as :func:`_mask`).  Depends on the text alone; not to be changed
    (tuples and strings only)."""

    __slots__ = ("text", "quotes", "masked")

    def __init__(self, text: str):
        self.text = text
        self.quotes = tuple(_find_quotes(text))
        self.masked = _mask(text.translate(_APOS), self.quotes)


#: the last document's Quoting: attribution makes it, the voice stage reads it
_QUOTING: list = [None]


def quoting(doc: Document) -> Quoting:
    """The quotations of ``doc`` (made once for the last document's text)."""
    got = _QUOTING[0]
    if got is None or got.text != doc.text:  # (the same string object: no scan)
        got = _QUOTING[0] = Quoting(doc.text)
    return got


def _mask(text: str, quotes) -> str:
    """Text with quotation contents blanked to 'x' (marks kept), same length."""
    chars = list(text)
    for q in quotes:
        last = q.end - 2  # a full stop ending the quotation still ends the sentence
        for i in range(q.start + 1, max(q.start + 1, q.end - 1)):
            if chars[i] != "\n" and not (i == last and chars[i] in ".!?"):
                chars[i] = "x"
    return "".join(chars)


_ABBREV = compile_std_cached(r"(?:Mr|Mrs|Ms|Dr|St|Gen|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.K|[A-Z])\.?")
_SENT_END = compile_std_cached(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]|[A-Z\d])")


def _sentence(masked: str, at: int) -> tuple[int, int]:
    ls = masked.rfind("\n", 0, at) + 1
    le = masked.find("\n", at)
    le = len(masked) if le < 0 else le
    s, e = ls, le
    for m in _SENT_END.finditer(masked, ls, le):
        before = masked[max(ls, m.start() - 12):m.start()].rstrip()
        word = before[before.rfind(" ") + 1:]  # the word the full stop ends
        if masked[m.start() - 1] == "." and _ABBREV.fullmatch(word.rstrip(".")):
            continue
        if m.end() <= at:
            s = m.end()
        elif m.start() >= at:
            e = m.start()
            break
    return s, e


def _line_bounds(text: str, at: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, at) + 1
    le = text.find("\n", at)
    return ls, (len(text) if le < 0 else le)


def _is_headline(line: str) -> bool:
    s = line.strip()
    if not s or s[0] in "•-–*" or s[-1] in ".!?:;”\"…,":
        return False
    return len(s.split()) <= 25


# --------------------------------------------------------------------------
# Triggers: an attribution found in the text


@dataclass(slots=True)
class _Trigger:
    start: int  # start of the attribution words
    end: int  # end of the attribution words
    verb_start: int
    verb_end: int
    np: str  # the speaker's words as written
    np_start: int
    closing: bool  # "..., X said." (covers what comes before)
    kind: str  # reported | according | by | as-saying
    cited: Optional[str] = None
    speaker: Optional[str] = None
    speaker_kind: str = "person"
    resolution: Optional[str] = None
    evidence: str = ""
    description: str = ""
    unresolved: bool = False


_AUX = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "also", "previously",
        "recently", "earlier", "later", "then", "reportedly", "now", "once", "again", "publicly",
        "initially", "been", "be", "reported", "to", "had", "already", "last", "this", "week",
        "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "repeatedly", "simply", "further", "still", "just", "however", "both", "as", "all"}
_LEAD = {"and", "but", "while", "whose", "as", "then", "so", "because", "however", "meanwhile",
         "also", "that", "where", "when", "after", "before", "though", "although", "yet", "—", "–"}
# capitalised words that begin sentences or dates, never a person's first name
_NOT_NAMES = {"the", "a", "an", "but", "and", "it", "in", "on", "at", "for", "new", "mr", "ms", "mrs",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
              "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "this", "that", "when", "while", "after", "before", "if", "as"}
_INDEF = {"a", "an", "one", "another", "some", "two", "three", "several"}
#: words a body's name does not open with, or hold past its first word: a
#: preposition or participle that opens a clause, a verb or a pronoun inside one
_NOT_A_HEAD = {"in", "including", "appeared", "after", "before", "during", "with", "without", "despite",
               "last", "critics", "both"}
_CLAUSE_WORDS = {"has", "have", "had", "is", "are", "was", "were", "say", "says", "said", "it", "they",
                 "faced", "appeared", "accused", "warned"}
_BOUNDARY = compile_std_cached(r"[,;:()“”\"–—]|\bthat\b|\band\b|\bbut\b|\bwhile\b|\bas\b(?= )|\bwhen\b|\bafter\b")
_CAP = r"(?:[A-Z][\w'’.-]*|al-\w+)"
#: words a run of capitals opens with that are no part of the name after them: sentence
#: openers and sentence adverbs ("However Nintendo president Satoru Iwata": no "However Nintendo")
_NOT_FIRST = frozenset(_NOT_NAMES | _LEAD)
#: a run of capitals as a name: its words joined by spaces or tabs, never a line break
_NAME_RUN = compile_std_cached(rf"(?<![\w'&])({_CAP}(?:[ \t]+{_CAP})*)")
#: words that open a sentence and no name ("But the Confederation of British Industry"); not
#: "new" of _NOT_NAMES, which opens "New Zealand"
_OPENING = _NOT_FIRST - {"new"}
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: words that open a sentence, never a name's next word ("US. The ...", "LSE. It ...")
_OPENERS = frozenset(_OPENING | {"he", "she", "they", "we", "i", "its", "his", "her", "their", "there"})
#: words before a run of capitals that make it a thing or a place, not a person: an article
#: ("the 2003 World Indoor Championships", "The Incredibles"), a preposition of place
#: ("in New Jersey", "through Kings Cross")
_THING_BEFORE = compile_std_cached(r"(?:^|\s)(?:the|a|an|in|at|near|through|across)\s+(?:\d[\d,]*\s+)?$", re.I)


def _name_parts(run: str) -> list[str]:
    """The pieces of a run of capitalised words that may each be a name: the
    run cut at a line break and after a word that ends a sentence ("US.\n\nThe
    Parents Television Council", "LSE. Euronext", "Carpenter."), the final stop
    dropped.  A full stop ends a sentence unless it closes an abbreviation or an
    initial ("U.S. Treasury", "George W. Bush", "Mr. Smith"); even then it does
    before a word that opens sentences ("in the U.S. The firm")."""
    parts = []
    for line in run.split("\n"):
        cur = []
        toks = line.split()
        for i, tok in enumerate(toks):
            cur.append(tok)
            if tok[-1:] not in ".!?":
                continue
            nxt = toks[i + 1].casefold() if i + 1 < len(toks) else ""
            if nxt not in _OPENERS and nxt and (not tok.endswith(".") or (  # "Yahoo! Inc"
                    not tok.endswith("..") and _ABBREV.fullmatch(tok[:-1]))):
                continue
            parts.append(" ".join(cur))
            cur = []
        if cur:
            parts.append(" ".join(cur))
    out = []
    for part in parts:
        last = part.split()[-1]
        if last.endswith("..") or not (last.endswith(".") and _ABBREV.fullmatch(last[:-1])):
            part = part.rstrip(".!?")
        if part:
            out.append(part)
    return out


class _Doc:
    """Per-document state: masked text, quotes, name index, speaker memory."""

    def __init__(self, doc: Document, rules: SpeakerRules):
        self.doc = doc
        self.rules = rules
        self.text = doc.text
        self.norm = doc.text.translate(_APOS)
        got = quoting(doc)
        self.quotes = got.quotes
        self.masked = got.masked
        self.surnames = self._surnames()
        # "Equal Opportunities Commission (EOC)": the acronym names the body
        self.acronyms = {}
        for m in re.finditer(rf"({_CAP}(?:[ \t]+(?:{_CAP}|of|for|the|and))+)[ \t]+\(([A-Z]{{2,6}})\)", self.masked):
            # the name after the last sentence end, without the word that opens
            # its sentence ("US. The Parents Television Council (PTC)")
            words = _name_parts(m.group(1))[-1].split()
            while len(words) > 1 and words[0].casefold() in _OPENING:
                words.pop(0)
            self.acronyms[m.group(2)] = " ".join(words)
        # surnames the text gives an honorific ("Mr Thomas"): persons
        self.person_names = {m.group(1) for m in re.finditer(
            r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][\w'-]+)", self.masked)}
        self.known = frozenset(self.surnames.values())
        self.triggers: list[_Trigger] = []
        self._scan()

    # ---- names

    def _surnames(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for m in re.finditer(rf"(?<![\w'&])({_CAP}(?:[ \t]+{_CAP})+)", self.masked):
            for run in _name_parts(m.group(1)):  # never across a full stop ("Team GB. The")
                toks = self._strip_honorifics(run).split()
                while toks and (toks[0].casefold() in _NOT_FIRST or
                                (len(toks) > 2 and toks[0].casefold() in self.rules.name_leads)):
                    toks.pop(0)  # "But Rover", "Actor Bruce Willis"
                if len(toks) >= 2 and all(t[0].isupper() for t in toks):
                    full = " ".join(toks).removesuffix("'s").removesuffix("'")
                    if self._person_like(full):
                        out.setdefault(full.split()[-1], full)
        return out

    def _person_like(self, name: str) -> bool:
        """Whether a name of capitalised words may be a person's: no body's
        word ("Royal Bank of Scotland"; a plural may be a surname: "Mike Banks"),
        no outlet, no body the speaker rules know."""
        if name in self.rules.outlets or self.rules.body_re.search(name.casefold()):
            return False
        found = self._alias(name, whole=True)
        return not (found and found[1] == "body")

    def _strip_honorifics(self, name: str) -> str:
        changed = True
        while changed:
            changed = False
            for h in self.rules.honorifics:
                if name.startswith(h + " ") and len(name) > len(h) + 1:
                    name = name[len(h) + 1:]
                    changed = True
        # a title inside a run of capitals: "US Treasury Secretary Scott Bessent"
        toks = name.split()
        titles = set(self.rules.honorifics) | self.rules.descriptions
        for i in range(len(toks) - 2, -1, -1):
            if (toks[i] in titles or toks[i].casefold() in titles) and i + 1 < len(toks):
                return " ".join(toks[i + 1:])
        return name

    def _date(self, at: int) -> Optional[_dt.date]:
        return self.doc.reference_date(at)

    # ---- resolution of a speaker's words

    def resolve(self, np: str, at: int) -> Optional[tuple[str, str, str]]:
        """(speaker, kind, resolution) for the words ``np`` found at ``at``."""
        r = self.rules
        np = np.strip(" ,.'\"“”")
        np = re.split(r",|\s(?:who|which|whose)\s|\s\w+ed by\s", np)[0].strip()
        # "analysts at Morningstar": the organisation speaks
        group = re.fullmatch(rf"(?:the\s+|some\s+)?(\w+)\s+(?:at|from|of|with)\s+({_CAP}(?:\s+{_CAP})*)", np)
        if group and self._singular(group.group(1)) in r.descriptions:
            found = self._alias(group.group(2), whole=True)
            return (found[0], found[1], "alias") if found else (group.group(2), "body", "body")
        np = re.split(r"\s(?:from|in|at)\s(?=[A-Z])", np)[0].strip()
        np = re.sub(r"\s*\([A-Z]{2,6}\)", "", np)
        # a document as speaker: "the joint report from the FAO and the WFP"
        doc_of = r.doc_of_re.match(np)
        if doc_of:
            authors = re.sub(r"^the\s+|(?<=\band\s)the\s+", "", doc_of.group(2).strip())
            if not any(ch.isdigit() for ch in authors) and len(authors.split()) <= 14:
                found = self._alias(authors, whole=True)
                return (found[0], found[1], "document") if found else (authors, "body", "document")
        words = np.split()
        while words and words[0].casefold() in _LEAD:
            words.pop(0)
        while words and words[-1].casefold() in _AUX:
            words.pop()
        if words and words[0] == "The" and len(words) > 1 and words[1][:1].isupper():
            words.pop(0)  # "The National Audit Office"
        if not words or len(words) > 12 or any(ch.isdigit() for ch in np):
            return None
        np = " ".join(words)
        low = np.casefold()
        if low in r.pronouns or low == "who":
            return self._antecedent(low, at)
        if words[-1].casefold() in r.pronouns and len(words) <= 4:  # "Last month it said"
            return self._antecedent(words[-1].casefold(), at)
        possessive = {"his": "he", "her": "she", "their": "they", "its": "it"}
        if words[0].casefold() in possessive and len(words) <= 3:  # "according to their figures"
            return self._antecedent(possessive[words[0].casefold()], at)
        if np in r.outlets or (low.startswith("the ") and np[4:] in r.outlets):
            return r.outlets[np if np in r.outlets else np[4:]], "body", "outlet"
        # a proper name at the end of the words is the head ("Ukraine's
        # deputy prime minister Yulia Svyrydenko")
        role = self._role(np, at, whole=True)
        if role:
            return role
        tail = re.search(rf"(?<![\w'’])((?:{_CAP})(?:\s+(?:{_CAP}|of|for|the|de|von|bin))*)$", np)
        head = words[-1].casefold().removesuffix("'s")
        if tail and tail.group(1)[0].isupper():
            name = self._strip_honorifics(tail.group(1))
            if name.split()[-1].casefold() in ("of", "for", "the"):
                name = None
            elif " of " in name:  # "Mike Powell of Dresdner Kleinwort", not "Security Service of Ukraine"
                first = name.split(" of ", 1)[0]
                if 2 <= len(first.split()) <= 3 and not self._has_body_word(first):
                    name = first
            if name in self.acronyms:
                name = self.acronyms[name]
            if name:
                found = self._alias(tail.group(1), whole=True) or self._alias(name, whole=True)
                if found:
                    return found[0], found[1], "alias"
                if name in r.outlets:
                    return r.outlets[name], "body", "outlet"
                titled = name != tail.group(1)
                # words that open a sentence or a phrase are no part of a name: "In November
                # the British Medical Association", "think-tank The Brookings Institution"
                toks = name.split()
                opened = False  # a day opens a name after no other opener: "Sunday Times"
                while len(toks) > 1 and toks[0].casefold() in _OPENING and (
                        opened or toks[0].casefold() not in _DAYS):
                    toks.pop(0)
                    opened = True
                name = " ".join(toks)
                last = name.split()[-1]
                if len(name.split()) == 1 and last in self.surnames:
                    full = self.surnames[last]
                    found = self._alias(full, whole=True)
                    return (found[0] if found else full), "person", "surname"
                before = words[:len(words) - len(tail.group(1).split())]
                if self._has_body_word(name):
                    kind = "body"
                elif titled or last in self.person_names or any(
                        w.casefold() in r.descriptions or w in r.honorifics for w in before):
                    kind = "person"
                else:
                    kind = "unknown"  # "Time Warner said": a firm or a person
                if len(name.split()) == 1 and name.casefold() in self.rules.descriptions:
                    pass  # "Chancellor" alone: a title, handled below
                else:
                    return name, kind, "name"
        role = self._role(np, at, whole=False)
        if role:
            return role
        article = words[0].casefold()
        plural = head not in r.descriptions and self._singular(head) in r.descriptions
        if head in r.descriptions or plural or any(low.endswith(" " + d) for d in r.descriptions):
            desc = " ".join(w for w in words if w.casefold() not in _INDEF | {"the", "another"})
            if article in _INDEF or (plural and article != "the"):  # "investors said"
                return desc, "person", "description"
            # a description with a proper modifier ("the Ukrainian commander",
            # "the BBC's correspondent") points back only to a speaker it fits,
            # never to whoever spoke last ("said Tesla chief Elon Musk")
            marks = _proper_marks(words)
            back = self._description(head, at, marks=marks) or self._last_speaker(at, "person", marks)
            if back:
                return back[0], back[1], "description"
            return desc, "person", "unresolved"
        found = self._alias(np, whole=False)
        if found:
            return found[0], found[1], "alias"
        if self._has_body_word(low):
            rest = " ".join(words[1:]).casefold()
            if article == "the" and (rest in r.bodies or self._singular(rest) in r.bodies):
                # "the company said", "the general staff said": the body named before
                back = self._description(head, at, kind="body") or self._last_body(rest, at)
                if back:
                    return back[0], back[1], "description"
            if words[0].casefold() in _NOT_A_HEAD or any(w.casefold() in _CLAUSE_WORDS for w in words[1:]):
                # a clause, not a name: "Including those in the airline ... industries",
                # "The US government has faced pressure from exporter organisations"
                return None
            name = " ".join(w for w in words if w.casefold() not in {"the", "its", "their", "a", "an"})
            return name[0].upper() + name[1:], "body", "body"
        return None  # a definite description ("the region's govenor") is resolved by the caller

    def _role(self, np: str, at: int, whole: bool):
        """A role title ("the Ukrainian president", "the Foreign Secretary")
        resolved to its holder on the date of the story."""
        bare = re.sub(r"^(?:the|a|an)\s+", "", np, flags=re.I)
        for role in self.rules.roles:
            hit = bare.casefold() in role.folded if whole else role.title_re.search(np)
            if hit:
                holder = role.holder(self._date(at), self.known)
                if holder:
                    found = self._alias(holder, whole=True)
                    return (found[0] if found else holder), "person", "role"
        return None

    def _alias(self, words: str, whole: bool) -> Optional[tuple[str, str]]:
        best = None
        for m in self.rules.alias_re.finditer(words):
            key = m.group(1)
            hit = self.rules.aliases.get(key) or self.rules.aliases_fold.get(key.casefold())
            if hit is None:
                continue
            if hit[1] == "person" and key not in self.rules.aliases:
                continue  # person names match case-sensitively
            if whole and m.group(0).strip().casefold() != words.strip().casefold() \
                    and hit[1] == "body" and len(key) < len(words) / 2:
                continue
            if best is None or len(key) > len(best[0]):
                best = (key, hit)
        return best[1] if best else None

    def _antecedent(self, pronoun: str, at: int) -> Optional[tuple[str, str, str]]:
        want = self.rules.pronouns.get(pronoun, "person")
        lo, _ = self.doc.story_bounds(at)
        if pronoun == "who":
            before = self.masked[max(lo, at - 120):at].rstrip(" ,")
            m = re.search(rf"(?<![\w'’])((?:{_CAP})(?:[ \t]+{_CAP})*)$", before)
            return self.resolve(_name_parts(m.group(1))[-1], at - 1) if m else None
        last = self._last_speaker(at, want)
        if last is None and want in ("person", "any"):
            last = self._last_person_named(at)
        if last is None and want in ("body", "any"):
            last = self._last_body_named(at)
        return (last[0], last[1], "pronoun") if last else None

    def _last_body_named(self, at: int):
        """The last organisation the story names before ``at`` ("In January,
        Mitsubishi Motors issued ... Last month it said"): a known body, or a
        name of two or more words that is not a person's."""
        lo, _ = self.doc.story_bounds(at)
        runs = [run for m in _NAME_RUN.finditer(self.masked[lo:at]) for run in _name_parts(m.group(1))]
        for run in reversed(runs):  # "LSE. Euronext": two names
            run = run.removesuffix("'s")
            toks = run.split()
            while toks and toks[0].casefold() in _NOT_FIRST:
                toks.pop(0)
            if len(toks) < 2:
                continue
            name = " ".join(toks)
            found = self._alias(name, whole=True)
            if found:
                if found[1] == "body":
                    return found
                continue
            if toks[-1] in self.person_names or self._strip_honorifics(name) != name:
                continue  # "Mr Thomas", "Secretary Patricia Hewitt": persons
            return name, "body"
        return None

    def _last_person_named(self, at: int):
        """The last person the story names before ``at`` (outside quotes):
        a known speaker, or a name of two or three words, or Mr/Ms + name."""
        lo, _ = self.doc.story_bounds(at)
        runs = []  # a run never crosses a line break or a sentence's end
        for m in _NAME_RUN.finditer(self.masked, lo, at):
            for i, run in enumerate(_name_parts(m.group(1))):
                first = run.split(None, 1)[0].casefold()
                thing = first in ("the", "a", "an", "in", "at") or (
                    i == 0 and _THING_BEFORE.search(self.masked, max(lo, m.start() - 16), m.start()))
                runs.append((run, bool(thing)))
        for run, thing in reversed(runs):
            if thing:
                continue  # "at the 2003 World Indoor Championships", "Born in New Jersey": no person
            run = run.removesuffix("'s")
            found = self._alias(run, whole=False)
            if found and found[1] == "person":
                return found
            name = self._strip_honorifics(run)
            titled = name != run  # "Mr Thomas"
            toks = name.split()
            while len(toks) > 1 and toks[0].casefold() in _OPENING:
                toks.pop(0)  # "And I", "But Rover": a sentence's first word
            name = " ".join(toks)
            if found or any(t.casefold() in self.rules.bodies for t in toks) or run in self.rules.outlets:
                continue
            if 2 <= len(toks) <= 3 or (len(toks) == 1 and (titled or name in self.surnames)):
                last = toks[-1]
                return self.surnames.get(last, name) if len(toks) == 1 else name, "person"
        return None

    @staticmethod
    def _singular(word: str) -> str:
        w = word.casefold()
        if w.endswith("ies") and len(w) > 4:
            return w[:-3] + "y"  # companies -> company
        return w[:-1] if w.endswith("s") and not w.endswith("ss") else w

    def _has_body_word(self, name: str) -> bool:
        low = name.casefold()
        return bool(self.rules.body_re.search(low)) or any(
            self.rules.body_re.fullmatch(self._singular(w)) for w in low.split() if w.endswith("s"))

    def _last_body(self, rest: str, at: int):
        """(s35) The body a definite description of one points back to: "the company said" to
        whichever body spoke last ("Tesla said ..."), but "the army said" or "the ministry said"
        only to a body that is itself a state institution ("the Israel Defense Forces said"), not
        to "the UN warned" a paragraph before."""
        last = self._last_speaker(at, "body")
        if last is None or rest in _ANY_BODY or self._singular(rest) in _ANY_BODY:
            return last
        return last if self._has_body_word(_ANY_BODY_RE.sub(" ", last[0].casefold())) else None

    def _last_speaker(self, at: int, want: str = "any", marks: tuple = ()):
        lo, _ = self.doc.story_bounds(at)
        for t in reversed(self.triggers):
            if lo <= t.start < at and t.speaker and not t.unresolved \
                    and (want == "any" or t.speaker_kind in (want, "unknown")):
                if marks and not self._fits(marks, t, lo, at):
                    return None  # "the Ukrainian commander" after "said Tesla chief Elon Musk"
                return t.speaker, t.speaker_kind
        return None

    def _fits(self, marks: tuple, t: "_Trigger", lo: int, at: int) -> bool:
        """May a description with proper modifiers ("the Ukrainian commander")
        point back to an earlier speaker?  Yes when each modifier is in the
        words that named them, or among the capitalised words just before
        their name earlier in the story ("the Tory leader" after "Tory leader
        Michael Howard"); also when those words carry no capitalised modifier
        at all ("said Charles Kennedy", then "the Liberal Democrat leader
        said"): nothing tells them apart.  No when they carry other ones
        ("said Tesla chief Elon Musk", then "the Ukrainian commander said")."""
        own = {w.casefold() for w in t.speaker.translate(_APOS).split()}
        known = set()
        for words in [t.description.translate(_APOS).strip(" ,.;:").split()] + self._words_before_name(t.speaker, lo, at):
            known.update(w.removesuffix("'s").removesuffix("'").casefold() for w in words
                         if w[:1].isupper() and w.casefold() not in own
                         and w.rstrip(".") not in self.rules.honorifics)
        return not known or all(k in known for k in marks)

    def _words_before_name(self, name: str, lo: int, at: int) -> list:
        """The words that lead each earlier mention of a speaker's surname in
        the story: the run of capitalised words and titles just before it
        ("Tesla chief" before "Elon Musk"), without the name itself."""
        last = name.split()[-1]
        own = {w.casefold() for w in name.split()}
        out = []
        for m in re.finditer(rf"\b{re.escape(last)}\b", self.text[lo:at]):
            run = []
            for w in reversed(self.text[max(lo, lo + m.start() - 80):lo + m.start()].split()):
                bare = w.strip("'’").casefold()
                if not re.fullmatch(r"[\w'’.-]+", w) or bare in _NOT_FIRST:
                    break
                if bare in own or w.rstrip(".") in self.rules.honorifics:
                    continue
                if w[:1].isupper():
                    run.append(w)
                elif bare in self.rules.descriptions:
                    continue
                else:
                    break
            out.append(run)
        return out

    def _description(self, head: str, at: int, kind: str = "person", marks: tuple = ()):
        lo, _ = self.doc.story_bounds(at)
        for t in reversed(self.triggers):
            if lo <= t.start < at and t.speaker and not t.unresolved and (
                    head in t.description.casefold() or head in t.speaker.casefold()) and (
                    not marks or self._fits(marks, t, lo, at)):
                return t.speaker, t.speaker_kind
        return None

    # ---- finding triggers

    def _np_before(self, ls: int, v: int) -> tuple[str, int]:
        seg = self.masked[ls:v]
        cut = 0
        for m in _BOUNDARY.finditer(seg):
            cut = m.end()
        return seg[cut:], ls + cut

    def _scan(self) -> None:
        """Find every attribution in the document (outside quotes), in order,
        resolving each speaker as it comes so later pronouns can point back."""
        masked = self.masked
        r = self.rules
        found: list[_Trigger] = []
        for m in r.verb_re.finditer(masked):
            verb = m.group(1)
            v0, v1 = m.span(1)
            if verb.casefold() != verb and not (verb[0].isupper() and verb[1:].islower()):
                continue
            ss, se = _sentence(masked, v0)
            if verb[0].isupper() and masked[ss:v0].strip(" “\"‘"):
                continue  # "United States": a capital inside a sentence is a name, not a verb
            after = masked[v1:se]
            before = masked[ss:v0]
            if re.match(r"\s+to\s+(?!have said)", after) and not re.search(r"\b(?:is|are|was|were)\s+$", before):
                continue  # "claimed to have fired": a passive report, not a speaker
            if re.search(r"(?:\b(?:the|a|an|its|their|his|her|for|of|with|on|in|by)|'s)\s+$", before, re.I):
                continue  # "the estimated 12,000", "for alleged fraud": an adjective
            np, np0 = self._np_before(ss, v0)
            # back to the last comma, the words may be one speaker:
            # "the joint report from the FAO and the WFP said"
            whole = re.search(r"[^,;:“”\"()–—]*$", masked[ss:v0])
            if whole.group(0) != np and r.doc_of_re.match(whole.group(0).strip()):
                lead = len(whole.group(0)) - len(whole.group(0).lstrip())
                np, np0 = whole.group(0).lstrip(), ss + whole.start() + lead
            inverted = False
            if not np.strip() or np.strip().casefold() in {"also", "has", "have", "had"}:
                # parenthetical between the speaker and the verb:
                # "The Russian Defense Ministry, through its RIA Novosti news outlet, claimed"
                paren = re.search(r"([^,]+),([^,]+),\s*(?:\w+\s+)?$", masked[ss:v0])
                inv = re.match(rf"\s+({_CAP}(?:\s+{_CAP}){{0,3}})\s*(?:[.;]|$)", masked[v1:se + 1])
                if inv and before.rstrip().endswith(","):
                    # "..., reported Ukrainska Pravda.": a closing attribution, inverted
                    np, np0, inverted, cited = inv.group(1), v1 + inv.start(1), True, None
                elif paren and not before.rstrip().endswith(("”", '"')):
                    np, np0 = paren.group(1), ss + paren.start(1)
                    cited = self._outlet_in(paren.group(2))
                    if re.fullmatch(rf"\s*{_CAP}(?:\s+{_CAP}){{1,3}}\s*", paren.group(2)) and not cited:
                        # "The BBC's correspondent in Jakarta, Rachel Harvey, told": the name
                        np, np0 = paren.group(2), ss + paren.start(2)
                else:
                    cited = None
                    inv = re.match(rf"\s+((?:the\s+|a\s+|an\s+|one\s+|another\s+)?[\w'’-]+(?:\s+[\w'’-]+){{0,7}}?)(?=\s*(?:[,.;:]|$|\s(?:who|which|from|in|at|on|after|when)\b))",
                                   masked[v1:se])
                    if inv and (before.rstrip().endswith((",", "”", '"', "–", "—")) or not before.strip()):
                        np, np0, inverted = inv.group(1), v1 + inv.start(1), True
            else:
                cited = None
            if not np.strip():
                continue
            rest = masked[(np0 + len(np)) if inverted else v1:se]
            tail = re.match(r"(?:[^,.;:]|\.(?=\d))*", rest.lstrip()).group(0)
            closing = (before.rstrip().endswith((",", "”", '"', "–", "—")) if inverted else
                       masked[ss:np0].rstrip().endswith((",", "”", '"', "–", "—"))) \
                and len(tail.split()) <= 4 and " that " not in f" {tail} "
            if not inverted and masked[np0:np0 + 1] and not masked[ss:np0].strip():
                closing = False
            found.append(_Trigger(min(np0, v0), max(v1, np0 + len(np)), v0, v1, np, np0, closing,
                                  "reported", cited=cited))
        # "according to X"
        for m in re.finditer(r"\b[Aa]ccording to\s+([^,.;:“\"]+)", masked):
            ss, se = _sentence(masked, m.start())
            np = m.group(1)
            np = re.split(r"\s(?:who|which|in|on|at|with|since|after)\s", np)[0]
            closing = bool(masked[ss:m.start()].strip())
            found.append(_Trigger(m.start(), m.start(1) + len(np), m.start(), m.start(1) - 1, np,
                                  m.start(1), closing, "according"))
        # headlines ending in a dash and a speaker: "..., army 10x bigger – Zelensky"
        for m in re.finditer(r"^(.*\S)\s+[–—-]\s+(\w[^–—\n]{1,60}?)\s*$", masked, re.M):
            np = m.group(2)
            if _is_headline(m.group(0)) and len(np.split()) <= 5:
                found.append(_Trigger(m.start(2), m.end(2), m.start(2), m.end(2), np, m.start(2), True, "dash"))
        # "estimated at 200,000 by France's defence ministry"
        for m in r.agent_re.finditer(masked):
            # ", it was reported by X": covers what comes before
            passive = re.search(r"[,–—]\s*it\s+(?:was|is|has been|had been)\s+$", masked[max(0, m.start() - 30):m.start()])
            found.append(_Trigger(m.start(), m.end(1), m.start(), m.start() + 1, m.group(1), m.start(1),
                                  bool(passive), "by"))
        # "X reported Y as saying"
        for m in re.finditer(r"\breported\s+((?:[A-Z][\w'’-]*\s*){1,4})\s+as saying", masked):
            ls = max(masked.rfind("\n", 0, m.start()), *(masked.rfind(p, 0, m.start()) for p in ",.;:")) + 1
            found.append(_Trigger(m.start(1), m.end(), ls, m.end(), m.group(1), m.start(1), False,
                                  "as-saying", cited=self._outlet_in(masked[ls:m.start()])))
        found.sort(key=lambda t: (t.start, t.kind != "as-saying"))
        pending = []  # "a report says": named by a later sentence
        for t in found:
            res = self.resolve(t.np, t.np_start)
            doc_noun = r.doc_noun_re.fullmatch(t.np)
            if res is None and doc_noun:
                pending.append((t, doc_noun.group(1).casefold()))
                continue
            if res is None and t.np.strip().casefold().startswith("the "):
                res = self._forward(t)
            elif res is not None and res[2] == "unresolved":
                # a description nobody before it fits: the person the next
                # sentences name, else the description itself
                res = self._forward(t) or (res[0], res[1], "description")
                t.unresolved = res[2] == "description" and res[0][:1].islower()
            if res is None:
                continue
            t.speaker, t.speaker_kind, t.resolution = res
            t.description = t.np
            t.evidence = self.text[min(t.start, t.verb_start):max(t.end, t.verb_end)].strip()
            if t.cited is None:
                t.cited = self._cited_near(t)
            if t.cited == t.speaker:
                t.cited = None
            self.triggers.append(t)
        for t, noun in pending:
            _, hi = self.doc.story_bounds(t.start)
            later = next((u for u in self.triggers if t.start < u.start < hi and u.resolution == "document"
                          and noun in u.description.casefold()), None)
            if later:
                t.speaker, t.speaker_kind, t.resolution = later.speaker, later.speaker_kind, "document"
                t.description = t.np
                t.evidence = self.text[min(t.start, t.verb_start):max(t.end, t.verb_end)].strip()
                self.triggers.append(t)
        self.triggers.sort(key=lambda t: t.start)

    def _forward(self, t: _Trigger) -> Optional[tuple[str, str, str]]:
        """An unknown description ("the region's governor") resolved by the
        person the next sentences name as a speaker."""
        _, hi = self.doc.story_bounds(t.start)
        marks = _proper_marks(t.np.split())
        ss, se = _sentence(self.masked, t.start)
        window = self.masked[se:min(hi, se + 400)]
        for m in self.rules.verb_re.finditer(window):
            np, _ = self._np_before(0, m.start())
            np = window[:m.start()][len(window[:m.start()]) - len(np):]
            name = re.search(rf"(?<![\w'’])({_CAP}(?:[ \t]+{_CAP})+)\s*$", np)
            if name and marks and not all(re.search(rf"\b{re.escape(k)}", np.translate(_APOS).casefold())
                                          for k in marks):
                continue  # "The Trafford Centre spokeswoman" is not "Spokesman Alan Jones" of Bluewater
            if name:
                res = self.resolve(_name_parts(name.group(1))[-1], se + m.start())
                if res and res[1] == "person":
                    return res[0], res[1], "description"
        return None

    def _outlet_in(self, words: str) -> Optional[str]:
        best = None
        for m in self.rules.outlet_re.finditer(words.translate(_APOS)):
            if best is None or len(m.group(1)) > len(best):
                best = m.group(1)
        return self.rules.outlets[best] if best else None

    def _cited_near(self, t: _Trigger) -> Optional[str]:
        """An outlet the speaker's words are relayed through, in the same sentence."""
        ss, se = _sentence(self.masked, t.verb_start)
        sent = self.masked[ss:se]
        own = {self.doc.outlet}
        st = self.doc.story_at(t.start)
        if st:
            own.add(st.outlet)
        pats = [r"according to\s+(?:the\s+)?([^,.;:]+)", r"\btold\s+([^,.;:]+)", r"\breported\s+([^,.;:]+)",
                r"([A-Z][^,.;:]*?)\s+reported\b", r"(?:interview with|speaking to|speaking on)\s+([^,.;:]+)"]
        for p in pats:
            for m in re.finditer(p, sent, re.I if p.startswith("according") else 0):
                o = self._outlet_in(m.group(1))
                if o and o not in own:
                    return o
        return None

    # ---- attribution of one figure

    def attribute(self, start: int, end: int, depth: int = 0):
        """(speaker, cited, rule, evidence) for the figure at [start, end), or None."""
        text = self.text
        ls, le = _line_bounds(text, start)
        line = text[ls:le]
        if depth == 0 and _is_headline(line):
            body = self._headline_body(start, end)
            if body:
                return body
        q = next((q for q in self.quotes if q.start < start and end <= q.end), None)
        if q is not None:
            got = self._quote(q)
            if got:
                return got
        got = self._reported(start, end)
        if got is None and q is not None and self.text[q.start] in "“\"":
            # quoted words nobody is named as saying: not the outlet's own voice
            words = self.text[q.start:min(q.end, q.start + 80)]
            return None, None, "quote-unattributed", f"no attribution for the quotation {words}"
        return got

    def _headline_body(self, start, end):
        number = re.search(r"\d[\d,.]*\d|\d", self.text[start:end])
        if not number:
            return None
        num = number.group(0)
        lo, hi = self.doc.story_bounds(start)
        for m in re.finditer(rf"(?<![\d.,]){re.escape(num)}(?![\d]|[.,]\d)", self.text[lo:hi]):
            at = lo + m.start()
            if at == start + number.start():
                continue
            a, b = _line_bounds(self.text, at)
            if _is_headline(self.text[a:b]):
                continue
            got = self.attribute(at, at + len(num), depth=1)
            if got and got[2] != "outlet-voice":
                return got[0], got[1], "headline-body/" + got[2], got[3]
            break
        return None

    def _quote(self, q: _Quote):
        group = [x for x in self.quotes if x.group == q.group]
        # attribution in the paragraph of this part, then where the quote opens,
        # then where it closes
        order = [(q, "quote")] + [(group[0], "quote-continued"), (group[-1], "quote-continued")]
        for part, rule in order:
            ls, le = _line_bounds(self.text, part.start)
            cands = [t for t in self.triggers if ls <= t.start < le and t.kind != "by"]
            if any(t.resolution != "outlet" for t in cands):
                # "he said according to CNN: ...": the outlet is cited, not the speaker
                cands = [t for t in cands if not (t.kind == "according" and t.resolution == "outlet")]
            after = [t for t in cands if t.start >= part.end and self._closes(part, t)]
            before = [t for t in cands if t.verb_end <= part.start]
            if after:
                t = min(after, key=lambda t: t.start)
                return self._result(t, ("quote-closing" if rule == "quote" else rule))
            if before:
                t = max(before, key=lambda t: t.start)
                return self._result(t, ("quote-opening" if rule == "quote" else rule))
        # a quote paragraph with no attribution after a quoted speaker
        ls, _ = _line_bounds(self.text, group[0].start)
        if self.text[ls:group[0].start].strip() == "":
            prev = [x for x in self.quotes if x.end <= ls and x.group != q.group]
            if prev:
                p = prev[-1]
                pls, ple = _line_bounds(self.text, p.start)
                if ls - ple <= 3:  # the paragraph just before
                    got = self._quote(p)
                    if got:
                        return got[0], got[1], "quote-previous/" + got[2].split("/", 1)[-1], got[3]
        return None

    def _closes(self, part: _Quote, t: _Trigger) -> bool:
        """Whether ``t`` is the closing attribution of quotation ``part``:
        ', he said' / ' said X' right after it, not a new sentence."""
        gap = self.masked[part.end:t.start]
        if "\n" in gap or re.search(r"[.!?]", gap) or len(gap.split()) > 6:
            return False
        ended = self.text[part.end - 2:part.end - 1] == "."
        after = self.masked[part.end:t.end].split()
        return not ended or bool(after and after[0][:1].islower())

    def _reported(self, start, end):
        ss, se = _sentence(self.masked, start)
        cands = [t for t in self.triggers if ss <= t.start < se or ss <= t.verb_start < se]
        cands = [t for t in cands if not (t.np_start <= start < t.np_start + len(t.np))]
        opening = [t for t in cands if not t.closing and t.kind in ("reported", "as-saying")
                   and t.verb_end <= start]
        by = [t for t in cands if t.kind == "by" and not t.closing and t.start <= start and end <= t.end]
        closing = [t for t in cands if t.closing and t.start >= end]
        according = [t for t in cands if t.kind == "according"]
        if by:
            return self._result(by[-1], "reported-by")
        if opening:
            return self._result(max(opening, key=lambda t: t.verb_end), "reported")
        if closing:
            return self._result(min(closing, key=lambda t: t.start), "reported-closing")
        if according:
            return self._result(according[0], "according-to")
        # "... £1,400 as part of proposals announced by X": the only attribution
        # in the sentence is a passive agent
        agents = [t for t in cands if t.kind == "by" and t.start >= end
                  and len(self.masked[end:t.start].split()) <= 8
                  and not re.search(r"\b(?:is|are|was|were|has|have|had)\b|[,;]", self.masked[end:t.start])]
        if agents:
            return self._result(agents[0], "reported-by")
        return None

    def _result(self, t: _Trigger, rule: str):
        cited = t.cited
        if t.kind == "reported" and "reported to have" in self.masked[t.start:t.verb_end + 12] and not cited:
            # "is reported to have said": by whom is often the next sentence
            _, se = _sentence(self.masked, t.verb_start)
            nxt = self.masked[se:se + 300]
            m = re.search(r"([A-Z][^.;:]*?)\s+reported\b", nxt)
            if m:
                cited = self._outlet_in(m.group(1))
        if not rule.startswith("quote"):
            rule = {"according": "according-to", "by": "reported-by", "dash": "headline-dash",
                    "as-saying": "reported-as-saying"}.get(t.kind, rule)
        return t.speaker, cited, f"{rule}/{t.resolution}", t.evidence


#: abbreviations a speaker's name may end with, full stop and all ("Apple Computer Inc.")
#: (s35) heads of a description that may name any body that spoke before ("the company said" after
#: "Tesla said"); the others name a kind of state institution ("the army", "the ministry")
_ANY_BODY = frozenset("""company firm airline carrier bank group organisation organization association federation
fund union business giant retailer operator maker lender insurer""".split())
_ANY_BODY_RE = compile_std_cached(r"\b(?:" + "|".join(sorted(_ANY_BODY)) + r")s?\b")

_NAME_END_ABBREV = frozenset({"Inc", "Co", "Corp", "Ltd", "Jr", "Sr", "Bros", "Plc", "Cos"})


def _clean_speaker(speaker: Optional[str]) -> Optional[str]:
    """The last guard on a speaker's name: never a line break or a sentence's end
    inside it (refused: None), never a final full stop ("Joshua Bewlay.")."""
    if not speaker:
        return speaker
    parts = _name_parts(speaker)
    if "\n" in speaker or len(parts) != 1:
        return None
    last = speaker.split()[-1]
    if speaker.endswith(".") and not last.endswith("..") and (
            _ABBREV.fullmatch(last[:-1]) or last[:-1] in _NAME_END_ABBREV or "." in last[:-1]):
        return speaker  # "Time Warner Inc.", "the U.S."
    return parts[0] if speaker.endswith(".") else speaker


def attribute(doc: Document, claims: tuple[Claim, ...], rules_dir=None) -> tuple[Claim, ...]:
    """Fill speaker, cited_source, speaker_rule and speaker_evidence of each claim.

    Also sets a claim's outlet to its story's (a wire story on a newspaper's
    page) and its story title when the claim stage left it empty.
    """
    if not claims:
        return tuple(claims)
    if not doc.stories:  # stories.split_stories not run: the text is one story
        doc = dataclasses.replace(doc, stories=(Story(0, len(doc.text), title=doc.title,
                                                      published=doc.published, outlet=doc.outlet),))
    rules = load_speaker_rules(rules_dir)
    state = _Doc(doc, rules)
    out = []
    for c in claims:
        story = doc.story_at(c.start)
        outlet = (story.outlet if story and story.outlet else None) or c.outlet or doc.outlet
        outlet = rules.outlets.get(outlet, outlet)  # a wire credit "AP" -> "Associated Press"
        got = state.attribute(c.start, c.end)
        speaker = _clean_speaker(got[0]) if got is not None else None
        if got is not None and got[0] and speaker is None:
            got = None  # a name across a sentence's end or a line break: no attribution
        if got is None:
            speaker, cited, rule = outlet, None, "outlet-voice"
            evidence = f"no attribution in: {state.text[slice(*_sentence(state.masked, c.start))]}"[:300]
        else:
            _, cited, rule, evidence = got
        out.append(dataclasses.replace(
            c, speaker=speaker, cited_source=cited, speaker_rule=rule, speaker_evidence=evidence,
            outlet=outlet, story=c.story or (story.title if story else None)))
    return tuple(out)
