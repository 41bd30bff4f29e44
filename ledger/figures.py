"""The quantity layer: every figure English news writes, with unit and hedge.

``find_figures(text)`` returns the figures of a whole document in one pass of
compiled patterns; ``find_dates(text)`` returns the dates and relative dates,
which are *not* figures.

How it works
------------
1.  A cheap first pass finds candidate positions: runs of digits, and number
    words (a trie-shaped pattern over the lower-cased text).  Only these
    positions are looked at again; prose without numbers costs one scan.
2.  At each candidate one anchored pattern reads an *atom*: a numeral in
    digits ("2,000", "1 500", ".08", "4e14"), a run of number words ("three
    hundred and forty-two", "two thirds", "a dozen") parsed by ``_NumParser``,
    a vulgar or slash fraction ("½", "10 1/2"), a vague quantity ("hundreds
    of"), a multiplicative word ("doubled", "fivefold"), with a currency sign
    or code before it ("$", "US$", "USD34.6").  Bare years take a fast path.
    A unit word after "a"/"an" stands for one of the unit ("a gallon", "a
    penny", "a baker's dozen": rules/figures/article_units.tsv), and two
    ordinals after "between the" make a range of ranks.
3.  Each atom is extended to the right (scale "bn"/"m"/"million", percent,
    percentage points, currency word, measurement unit and compound units,
    rates "four times a week", post-hedge "or more") and to the left
    (pre-hedge "more than", matched on the reversed left context).  "m" is
    metres or millions from its context; "K" is kelvin beside temperatures,
    else thousand; "30 C" is Celsius; "2 in" closing a line is inches.
4.  A combining pass joins ranges ("between 10 and 12 thousand", "1.5-2m",
    "six or seven million"), two-sided hedges ("more than 10 and less than
    40"), fractions ("one in five"), ratios ("four to one"), money in two
    units ("3 dollars 50 cents"), decimal commas outside lists ("1,3"), signs
    written apart ("revenue is ($99.99)", "- 1 4/5" alone on its line) and
    stated conversions in brackets
    ("EUR40bn ($43bn)", linked both ways), and drops what is not a figure:
    years, dates, clock times, ordinals, designations ("F-16", "Article 17",
    "Six Nations"), phone numbers, list bullets, section numbers, scores.

Every pattern that could backtrack runs in the ``regex`` module with
``timeout=TIMEOUT`` (the remaining checks look at slices of a few dozen
characters): a hostile input raises :class:`FigureTimeout`, which is reported,
never swallowed.  The two first-pass patterns (a character class, a trie of
literal words) are linear by construction and use the standard ``re`` engine,
which scans them about twice as fast.

All word lists live in ``rules/`` (hedges.tsv, figures/*.tsv) and are loaded
on first use; a bad line raises :class:`FigureRulesError` naming file and
line.  This module never imports pint: unit names are plain strings that
``ledger.units`` validates against pint in its tests.
"""

from __future__ import annotations

import functools
import math
import os
import re as _stdre
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Optional

import regex

from .records import (
    COUNT,
    FRACTION,
    MULTIPLE,
    PERCENT,
    PERCENTAGE_POINT,
    RANK,
    RATIO,
    DateMention,
    Figure,
)
from . import german as _german
from .cache import compile_cached, compile_std_cached
from .paths import rules_root
from .text import LineIndex, mostly_capitalised, word_file

__all__ = ["find_figures", "find_dates", "unit_dimension", "FigureRulesError", "FigureTimeout", "rules_dir"]

# Seconds any one pattern may run over one document before we give up loudly.
TIMEOUT = float(os.environ.get("LEDGER_FIGURES_TIMEOUT", "30"))


class FigureRulesError(ValueError):
    """A bad line in one of the figure word lists."""

    def __init__(self, path, line: int, msg: str):
        self.path, self.line, self.msg = str(path), line, msg
        super().__init__(f"{path}:{line}: {msg}")


class FigureTimeout(RuntimeError):
    """A pattern ran past ``TIMEOUT`` seconds (hostile or pathological input)."""


def rules_dir() -> Path:
    """The rules folder (``ledger.paths.rules_root``: ``$LEDGER_RULES``, the
    checkout's ``rules/``, or the copy shipped in the installed package)."""
    return rules_root()


# --------------------------------------------------------------------------
# Word lists


def _rows(path: Path, ncols: int) -> Iterable[tuple[int, list[str]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise FigureRulesError(path, 0, f"cannot read: {e}") from None
    for n, raw in enumerate(lines, 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = raw.rstrip("\r\n").split("\t")
        if len(cols) != ncols or any(c.strip() == "" for c in cols):
            raise FigureRulesError(path, n, f"expected {ncols} tab-separated columns, got {raw!r}")
        yield n, [c.strip() if i else c for i, c in enumerate(cols)]


def _float(path, n, s):
    try:
        return float(s)
    except ValueError:
        raise FigureRulesError(path, n, f"not a number: {s!r}") from None


def _flags(path, n, s, allowed):
    if s == "-":
        return frozenset()
    fl = frozenset(x.strip() for x in s.split(","))
    bad = fl - allowed
    if bad:
        raise FigureRulesError(path, n, f"unknown flag(s) {sorted(bad)}; allowed: {sorted(allowed)}")
    return fl


@dataclass(frozen=True, slots=True)
class Hedge:
    phrase: str
    position: str  # pre | post
    relation: str  # gt ge lt le approx below above eq closes
    tolerance: float


_DIMENSIONS = {"length", "mass", "time", "area", "volume", "speed", "temperature", "energy", "power", "data",
               "data_rate", "frequency", "flow", "mass_flow", "radiation_dose"}

_RELATIONS = {"gt", "ge", "lt", "le", "approx", "below", "above", "eq", "closes"}


def _words_pattern(words: Iterable[str], flags: str = "i") -> str:
    """Literal phrases as one trie-shaped alternation (longest first); spaces match whitespace runs."""
    words = set(words)
    if flags == "i":
        words = {w.lower() for w in words}
    body = _trie(words) if words else r"(?!)"
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def _mixed(ci: Iterable[str], cs: Iterable[str]) -> str:
    """Phrases matched ignoring case (``ci``) or exactly (``cs``), as tries."""
    ci, cs = {w.lower() for w in ci}, set(cs)
    alts = []
    if ci:
        alts.append("(?i:" + _trie(ci) + ")")
    if cs:
        alts.append(_trie(cs))
    return "(?:" + "|".join(alts) + ")" if alts else r"(?!)"


class _Tables:
    """All word lists, and the patterns compiled from them.

    Building them takes ~25 ms (reading the tables, building the word
    tries); a run loads them pickled from the cache instead (:func:`_load`).
    Compiled patterns are pickled as their source and compiled again through
    the compiled-pattern cache."""

    def __getstate__(self) -> dict:
        state = dict(vars(self))
        for k, v in state.items():
            if isinstance(v, regex.Pattern):
                state[k] = ("regex", v.pattern, int(v.flags))
            elif isinstance(v, _stdre.Pattern):
                state[k] = ("re", v.pattern, int(v.flags))
        return state

    def __setstate__(self, state: dict) -> None:
        for k, v in state.items():
            if k.endswith(("_re", "_rev")) and isinstance(v, tuple) and len(v) == 3 and v[0] in ("regex", "re"):
                state[k] = compile_cached(v[1], v[2]) if v[0] == "regex" else compile_std_cached(v[1], v[2])
        vars(self).update(state)

    def __init__(self, root: Path):
        self.root = root
        fig = root / "figures"
        # ---- number words
        self.numwords: dict[str, tuple[str, float]] = {}
        self.ordinal_words: dict[str, float] = {}
        p = fig / "numbers.tsv"
        roles = {"unit", "tens", "hundred", "dozen", "scale", "denom", "article", "minus", "point", "ordinal"}
        for n, (w, role, val) in _rows(p, 3):
            if role not in roles:
                raise FigureRulesError(p, n, f"unknown role {role!r}; allowed: {sorted(roles)}")
            if role == "ordinal":  # kept apart: ordinals are read only in ranges of ranks
                self.ordinal_words[w.lower()] = _float(p, n, val)
            else:
                self.numwords[w.lower()] = (role, _float(p, n, val))
        # ---- scales
        p = fig / "scales.tsv"
        self.scales: list[tuple[str, float, frozenset]] = []
        for n, (form, mult, flags) in _rows(p, 3):
            self.scales.append((form, _float(p, n, mult), _flags(p, n, flags, {"word", "attach", "case", "metre", "spaced"})))
        # ---- currencies
        p = fig / "currencies.tsv"
        self.cur_pre: dict[str, tuple[str, float]] = {}
        self.cur_scaled: set[str] = set()
        self.cur_pre_scaled: set[str] = set()
        self.cur_post: dict[str, tuple[str, float]] = {}
        for n, (form, code, pos, factor) in _rows(p, 4):
            if pos not in ("pre", "post", "both", "scaled", "prescaled"):
                raise FigureRulesError(p, n, f"position must be pre, post, both, scaled or prescaled, not {pos!r}")
            if not regex.fullmatch(r"[A-Z]{3}", code):
                raise FigureRulesError(p, n, f"not an ISO 4217 code: {code!r}")
            val = (code, _float(p, n, factor))
            if pos in ("pre", "both", "prescaled"):
                self.cur_pre[form] = val
            if pos == "prescaled":
                self.cur_pre_scaled.add(form)
            if pos in ("post", "both", "scaled"):
                self.cur_post[form] = val
            if pos == "scaled":
                self.cur_scaled.add(form.lower())
        # ---- currency words several countries share (and "<demonym> <word>" as explicit forms)
        self._currency_countries(fig / "currency_countries.tsv")
        # ---- measurement units
        p = fig / "units.tsv"
        self.units: dict[str, tuple[str, frozenset]] = {}
        self.dimensions: dict[str, str] = {}
        for n, (form, unit, dim, flags) in _rows(p, 4):
            if dim not in _DIMENSIONS:
                raise FigureRulesError(p, n, f"unknown dimension {dim!r}; allowed: {sorted(_DIMENSIONS)}")
            if self.dimensions.setdefault(unit, dim) != dim:
                raise FigureRulesError(p, n, f"unit {unit!r} was given dimension {self.dimensions[unit]!r} before")
            self.units[form] = (unit, _flags(p, n, flags, {"case", "attach", "tight"}))
        # ---- hedges
        p = root / "hedges.tsv"
        self.hedges: dict[tuple[str, str], Hedge] = {}
        for n, (phrase, pos, rel, tol) in _rows(p, 4):
            if pos not in ("pre", "post"):
                raise FigureRulesError(p, n, f"position must be pre or post, not {pos!r}")
            if rel not in _RELATIONS:
                raise FigureRulesError(p, n, f"unknown relation {rel!r}; allowed: {sorted(_RELATIONS)}")
            if rel in ("approx", "below", "above"):
                t = _float(p, n, tol)
                if not 0 <= t < 1:
                    raise FigureRulesError(p, n, f"tolerance must be a fraction in [0, 1), not {tol}")
            else:
                if tol != "-":
                    raise FigureRulesError(p, n, f"relation {rel} takes no tolerance (write '-')")
                t = 0.0
            self.hedges[(phrase.lower(), pos)] = Hedge(phrase.lower(), pos, rel, t)
        # ---- vague quantities
        p = fig / "vague.tsv"
        self.vague: dict[str, tuple[float, float, bool]] = {}
        for n, (phrase, low, high, needs_of) in _rows(p, 4):
            if needs_of not in ("yes", "no"):
                raise FigureRulesError(p, n, "needs_of must be yes or no")
            self.vague[phrase.lower()] = (_float(p, n, low), _float(p, n, high), needs_of == "yes")
        # ---- word classes
        p = fig / "words.tsv"
        classes = {"designation", "month", "weekday", "change", "metre_context", "determiner", "ordinal_before",
                   "event_noun", "athletics", "not_multiple", "name_year", "designation_lower"}
        self.word_class: dict[str, set[str]] = {c: set() for c in classes}
        for n, (w, cls) in _rows(p, 2):
            if cls not in classes:
                raise FigureRulesError(p, n, f"unknown class {cls!r}; allowed: {sorted(classes)}")
            self.word_class[cls].add(w.lower())
        # ordinal words (the singular denominators, and the ordinals that are never denominators)
        ords = {w: v for w, (r, v) in self.numwords.items()
                if r == "denom" and not w.endswith("s") and w not in ("half", "quarter")}
        ords.update(self.ordinal_words)
        self.ordinals = ords
        # a word of track or pool racing near "the 1500m": its m is metres
        self.athletics_re = compile_cached(r"(?i:(?<![\w'])(?:" + _words_pattern(self.word_class["athletics"], "")
                                           + r")(?![\w-]))")
        ordw = _words_pattern(ords, "")
        self.ord_range_re = compile_cached(
            r"(?i:\b(?:(?:between|from)[ \u00a0]+the[ \u00a0]+(?P<o1>" + ordw + r")[ \u00a0]+(?:and|to)[ \u00a0]+"
            r"the[ \u00a0]+(?P<o2>" + ordw + r")"
            r"|(?:higher|more|greater|better|above)[ \u00a0]+than[ \u00a0]+the[ \u00a0]+(?P<o3>" + ordw + r"),?[ \u00a0]+"
            r"(?:but|and)[ \u00a0]+(?:lower|less|worse|below)[ \u00a0]+than[ \u00a0]+the[ \u00a0]+(?P<o4>" + ordw + r"))\b)"
        )
        # "twenty-first" after an article: a fraction
        tens_w = _words_pattern([w for w, (r, _) in self.numwords.items() if r == "tens"], "")
        units_w = _words_pattern([w for w, v in ords.items() if v < 10], "")
        self.tens_ordinal_re = compile_cached(r"(?i:(?P<t>" + tens_w + r")[-\u2010\u2011 ](?P<u>" + units_w + r"))\b")
        # ---- unit words that stand for one of themselves after "a"/"an" ("a gallon", "a penny")
        p = fig / "article_units.tsv"
        codes = {c for c, _ in self.cur_pre.values()} | {c for c, _ in self.cur_post.values()}
        self.article_units: dict[str, tuple[str, float]] = {}
        for n, (phrase, unit, val) in _rows(p, 3):
            if unit != COUNT and unit not in self.dimensions and unit not in codes:
                raise FigureRulesError(p, n, f"unknown unit {unit!r}: not in units.tsv or currencies.tsv, nor 'count'")
            self.article_units[" ".join(phrase.lower().split())] = (unit, _float(p, n, val))
        self.currency_codes = frozenset(codes)
        # first words and symbols that can start what follows a number (units, scales, percent...)
        firsts = set()
        forms_all = list(self.units) + [f for f, _, _ in self.scales] + list(self.cur_post) + [
            c for c in self.cur_pre if c[:1].isalpha()]
        forms_all += ["in", "percent", "percents", "percentage", "percentages", "per cent", "pc", "pp", "ppt", "ppts",
                      "points", "point", "basis", "fold", "times", "x", "st", "nd", "rd", "th", "s", "am", "a", "pm", "p",
                      "gmt", "bst", "cet", "est", "et", "pt", "utc", "hrs", "h"]
        for f in forms_all:
            k = 0
            while k < len(f) and f[k].isalpha():  # the same reading as _word_at
                k += 1
            if k:
                firsts.add(f[:k].lower())
        self.right_firsts = frozenset(firsts)
        self.right_syms = frozenset("%°º\"'”:.([{<\u00d7") | {c for c in self.cur_post if len(c) == 1 and not c.isalpha()}
        lasts = set()
        syms = set()
        for (ph, pos), h in self.hedges.items():
            if pos != "pre":
                continue
            last_word = ph.split(" ")[-1]
            if last_word[:1].isalpha():
                lasts.add(last_word.lower())
            else:
                syms.update(last_word[-1:])
        self.hedge_lasts = frozenset(lasts)
        self.hedge_syms = frozenset(syms)
        self.post_firsts = frozenset(ph.split(" ")[0].lower() for (ph, pos) in self.hedges if pos == "post")
        self.cur_post_words = frozenset(w.lower() for w in self.cur_post if w.isalpha() and len(w) > 1)
        # words that continue a run of number words ("forty two", "one and a half", "two million")
        self.run_words = frozenset(w for w, (r, _) in self.numwords.items()) | {"and", "point", "0"}
        self.small_words = {w: v for w, (r, v) in self.numwords.items() if r in ("unit", "tens")}
        self._compile()

    def _currency_countries(self, p: Path) -> None:
        """rules/figures/currency_countries.tsv: families of shared currency forms, their default
        and the code of each country or demonym (see the file's header)."""
        fams: dict[str, dict] = {}
        for n, (fam, key, val) in _rows(p, 3):
            f = fams.setdefault(fam, {"forms": None, "default": None, "names": {}, "line": n, "scope": "document"})
            if key == "scope":
                if val not in ("sentence", "paragraph", "document"):
                    raise FigureRulesError(p, n, f"scope must be sentence, paragraph or document, not {val!r}")
                f["scope"] = val
            elif key == "forms":
                f["forms"] = [x.strip() for x in val.split("|") if x.strip()]
            elif key == "default":
                if val != "-" and not regex.fullmatch(r"[A-Z]{3}", val):
                    raise FigureRulesError(p, n, f"default must be an ISO 4217 code or '-', not {val!r}")
                f["default"] = None if val == "-" else val
            else:
                if not regex.fullmatch(r"[A-Z]{3}", val):
                    raise FigureRulesError(p, n, f"not an ISO 4217 code: {val!r}")
                f["names"][key] = val
        self.cur_families: dict[str, tuple] = {}
        self.cur_default_fams: dict[str, list[str]] = {}  # default code -> families
        self.cur_extra: dict[str, str] = {}  # word form currencies.tsv does not read -> family
        gen: dict[str, tuple[str, float]] = {}
        for fam, f in fams.items():
            if not f["forms"] or "default" not in f or not f["names"]:
                raise FigureRulesError(p, f["line"], f"family {fam!r} needs a forms row, a default row and countries")
            known, extra = [], []
            for form in f["forms"]:
                info = self.cur_pre.get(form) or self.cur_post.get(form) or self.cur_post.get(form.lower())
                if info is None:
                    if not form.isalpha():
                        raise FigureRulesError(p, f["line"], f"{fam}: form {form!r} is not in currencies.tsv")
                    extra.append(form.lower())
                    self.cur_extra[form.lower()] = fam
                elif info[0] != f["default"]:
                    raise FigureRulesError(p, f["line"], f"{fam}: currencies.tsv reads {form!r} as {info[0]}, "
                                                         f"not the family's default {f['default']}")
                else:
                    known.append(form)
            if known:
                self.cur_default_fams.setdefault(f["default"], []).append(fam)
            words = [w for w in f["forms"] if w.isalpha() and len(w) > 1]
            for name, code in f["names"].items():
                for w in words:
                    info = self.cur_post.get(w) or self.cur_post.get(w.lower())
                    gen.setdefault(f"{name.lower()} {w.lower()}", (code, info[1] if info else 1.0))
            # the forms in a figure's text: a sign glued to no letter before it ("$", not "US$", "A$")
            amb = [(r"(?<![\p{L}.])" if not k[:1].isalpha() else r"(?<![\p{L}])") + regex.escape(k)
                   + (r"(?![\p{L}])" if k[-1:].isalpha() else "") for k in known]
            # singular words: after a demonym they name a traded currency ("the Canadian dollar")
            sing = [w.lower() for w in words if not w.lower().endswith(("s", "or", "er"))]
            names = _trie(f["names"])
            self.cur_families[fam] = (
                f["default"], f["names"],
                "(?:" + "|".join(amb) + ")" if amb else None,
                r"(?<![\p{L}\p{N}])(?:" + names + r")(?![\p{L}\p{N}])"
                + (r"(?!(?:,?[ \u00a0]+(?:and|or)[ \u00a0]+\p{Lu}[\p{L}.]+(?:[ \u00a0]+\p{Lu}\p{L}+)?)?[ \u00a0]+(?i:"
                   + "|".join(sing) + r")(?![\p{L}]))" if sing else ""),
                ("sentence", "paragraph", "document").index(f["scope"]) + 1,
            )
        for k, v in gen.items():
            self.cur_post.setdefault(k, v)
        # explicit forms of each default code: any other form currencies.tsv reads as that code
        self.cur_explicit: dict[str, str] = {}
        for code, fl in self.cur_default_fams.items():
            fam_forms = {x for fam in fl for x in fams[fam]["forms"]}
            fam_low = {x.lower() for x in fam_forms if x.isalpha()}
            ex = set()
            for tab in (self.cur_pre, self.cur_post):
                for form, (c, _) in tab.items():
                    if c == code and form not in fam_forms and form.lower() not in fam_low:
                        ex.add(form)
            alts = []
            for form in sorted(ex, key=len, reverse=True):
                e = regex.escape(form).replace(r"\ ", r"[ \u00a0]+")
                if form[:1].isalpha():
                    e = r"(?<![\p{L}])" + e
                if form[-1:].isalpha():
                    e += r"(?![\p{L}])"
                alts.append(("(?i:" + e + ")") if form == form.lower() and form[:1].isalpha() else e)
            self.cur_explicit[code] = "(?:" + "|".join(alts) + ")" if alts else r"(?!)"

    # ------------------------------------------------------------------
    def _compile(self) -> None:
        self.unit_lookup_ci = {f.lower(): u for f, (u, fl) in self.units.items() if "case" not in fl}
        self.unit_lookup_cs = {f: u for f, (u, fl) in self.units.items() if "case" in fl}
        nw = self.numwords
        digits = (
            r"(?:\d{1,3}(?:,\d{3})+(?![\d])"  # 2,000 / 1,234,567
            r"|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?!\d|,\d)"  # 1 500 / 40 000
            r"|\d+)(?:\.\d+)?"
            r"|\.\d+"
        )
        # scientific notation: 4e14, 9.83e-3, 2.48x10^-5, 5.5x10-3 (never "3 x 10": a sign or caret is needed);
        # powers of a small base with a caret: 8x2^10 (never "2x4": the caret is needed)
        digits = (r"(?:" + digits + r")(?:[eE][-+\u2212]?\d{1,3}(?![\d\p{L}])"
                  r"|[ ]?[x\u00d7][ ]?(?:10(?:\^[-+\u2212]?|[-\u2212])|[2-9]\^)\d{1,3}(?![\d]))?")
        self.token_re = compile_cached(r"(?P<d>" + digits + r")|(?P<w>[A-Za-z]+)|(?P<amp>&)")
        # number words that may start or continue a run
        plain = [w for w, (r, _) in nw.items() if r in ("unit", "tens", "hundred", "dozen", "scale", "denom")]
        word = _words_pattern(plain, "")
        # "a"/"an" only before hundred/thousand/dozen/denominators; minus/point only before a number
        head_words = [w for w, (r, _) in nw.items() if r in ("hundred", "dozen", "scale", "denom")]
        article = r"(?:an?(?=[ \t\u00a0]+" + _words_pattern(head_words, "") + r"\b))"
        minus = r"(?:minus|negative)(?=[ \t]+(?:" + word + r"|\d))"
        tok = r"(?:" + digits + r"|" + word + r"(?![a-zA-Z])|" + article + r")"
        sep = r"(?:[ \t\u00a0]+(?:(?:and|&)[ \t\u00a0]+)?|[ \t]*[-\u2010\u2011][ \t]*|,[ \t]+(?=" + word + r"\b)|[ \t]+point[ \t]+)"
        run = (
            r"(?P<run>(?:" + minus + r"[ \t]+)?" + tok + r"(?:" + sep + r"(?:" + word + r"|" + digits + r"|" + article + r")(?![\w]))*)"
        )
        free = [p for p, (lo, hi, needs_of) in self.vague.items() if not needs_of]
        bare = [p for p, (lo, hi, needs_of) in self.vague.items() if needs_of]
        vague = (r"(?P<vague>" + _words_pattern(free, "") + r"\b|" + _words_pattern(bare, "")
                 + r"(?=\s+of\b))")
        cur_pre = _words_pattern([c for c in self.cur_pre], "")
        mult = (
            r"(?P<mult>(?:doubl|tripl|trebl|quadrupl|halv)(?:ed|es|ing|e)"
            r"|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand)fold"
            # "twice as likely", "twice the rate", "thrice more": a multiple only before a comparison
            r"|(?:twice|thrice)(?=[ \u00a0]+(?:as(?![ \u00a0]+(?:a|an|the|part|one|his|her|their|its|well)\b)|the|that|more|less|higher|lower|greater|larger|bigger"
            r"|faster|smaller|over|its|their|his|her)\b))"
        )
        vulgar = (r"(?P<vulgar>[\u00bc-\u00be\u2150-\u215e])"
                  r"|(?P<dfrac>(?:(?P<whole>\d{1,4})(?:[ \u00a0]+|(?=[\u00bc-\u00be\u2150-\u215e])))?"
                  r"(?:(?P<fn>\d{1,3})/(?P<fd>\d{1,3})|(?P<vf>[\u00bc-\u00be\u2150-\u215e]))(?![\d/]|[.,]\d))")
        self.atom_re = compile_cached(
            r"(?<![\p{L}\p{N}_])"
            r"(?:(?P<cpre>" + cur_pre + r")[ \u00a0]?(?P<csign>[-\u2212](?=\d))?(?=[\d.]))?"
            r"(?:" + r"(?i:" + vague + r"|" + mult + r")\b|" + vulgar + r"|(?i:" + run + r"))",
            regex.V0,
        )
        # ---- the cheap first pass: only near digits, currency signs and number words
        cand_words = set(plain) | {"minus", "negative", "tens", "several", "few", "couple", "scores",
                                   "multimillion", "multibillion", "multitrillion", "multi"}
        cand_words |= {w for w in ("doubled", "doubles", "doubling", "double", "tripled", "triples", "tripling",
                                   "treble", "trebled", "quadrupled", "quadruples", "halved", "halves", "halving",
                                   "twice", "thrice")}
        cand_words |= {h + "fold" for h in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                            "twenty", "fifty", "hundred", "thousand")}
        # two passes, each simple enough for the engine's fast scanning; merged by position.
        # Currency codes and symbols written before a number are found from its digits.
        # These two first-pass patterns are linear by construction (one character class under "+",
        # and a trie of literal words whose only quantifiers are "?" on its branches: at most the
        # longest word's length of work per position), so they run in the standard library's
        # faster engine; tests/test_figures_hostile.py checks that shape.  Everything that can
        # backtrack runs in the regex module under the timeout.
        self.cand_digits_re = _stdre.compile(r"[0-9\u00bc-\u00be\u2150-\u215e]+")
        # (a code that opens with a letter opens a word: "a serious $9bn" holds no "us $")
        self.cur_pre_rev = compile_cached(
            r"(?:[-\u2212])?[ \u00a0]?(?:" + "|".join(
                regex.escape(c[::-1]) + (r"(?![\p{L}\p{N}])" if c[:1].isalpha() else "")
                for c in sorted(self.cur_pre, key=len, reverse=True)) + r")"
        )
        # run over the lower-cased text (same offsets when lower() keeps the length), else ignoring case
        cand_words |= {w.split(" ")[0] for w in self.article_units}  # first words: the trie stays literal
        self.cand_words_re = _stdre.compile(r"\b(?:" + _trie(cand_words) + r")\b")
        self.cand_words_ci_re = _stdre.compile(r"\b(?:" + _trie(cand_words) + r")\b", _stdre.I)
        # a vague quantity of money: "millions of dollars", "multibillion-naira"
        money_words = sorted((w for w in self.cur_post if w.replace(" ", "").replace(".", "").isalpha()
                              and len(w) > 1 and w == w.lower() and w.lower() not in self.cur_scaled
                              and w.lower() != "grand"), key=len, reverse=True)
        self.vague_money_re = compile_cached(
            r"(?:[ \u00a0]+of[ \u00a0]+|[- \u00a0])(?P<c>(?i:" + "|".join(regex.escape(w).replace(r"\ ", r"[ \u00a0]+")
                                                          for w in money_words) + r"))(?![\p{L}])"
            r"(?P<of_after>[ \u00a0]+of\b)?")
        self.article_unit_re = compile_cached(r"(?i:" + _trie(self.article_units) + r")(?![\p{L}\p{N}])")
        self.article_firsts = frozenset(w[:2] for w in self.article_units)
        # ---- right side
        self.scale_lookup = {}
        for form, m, fl in self.scales:
            key = form if "case" in fl else form.lower()
            self.scale_lookup[key] = (m, fl)
        def forms(table, want, avoid=frozenset()):
            ci = [f for f, fl in table if want(fl) and "case" not in fl and not (fl & avoid)]
            cs = [f for f, fl in table if want(fl) and "case" in fl and not (fl & avoid)]
            return ci, cs

        stab = [(f, fl) for f, m_, fl in self.scales]
        attach = _mixed(*forms(stab, lambda fl: "attach" in fl))
        attach_spaced = _mixed(*forms(stab, lambda fl: "attach" in fl or "spaced" in fl))
        utab = [(f, fl) for f, (u, fl) in self.units.items()]
        tight = _mixed(*forms(utab, lambda fl: "tight" in fl))
        short = _mixed(*forms(utab, lambda fl: "attach" in fl))
        # a short symbol joined by a hyphen as an adjective ("a 500-lb bomb", "a 5-km run"); only
        # the forms that ignore case ("m", "t", "W" after a hyphen are too often something else)
        short_hy = _mixed(forms(utab, lambda fl: "attach" in fl)[0], [])
        words_u = _mixed(*forms(utab, lambda fl: not (fl & {"tight", "attach"})))
        bracketed = _mixed(*forms(utab, lambda fl: "tight" not in fl))
        # compound units: "km/s2", "kg/cm³", "fb−1", "J/m^2 per year", "W/min"
        expo = r"(?:\^?[-\u2212]?[1-4](?![\d\p{L}])|[\u00b2\u00b3])"
        self.unit_tail_re = compile_cached(
            r"(?P<e1>" + expo + r")?(?:(?P<op>/|[ \u00a0]+per[ \u00a0]+)(?P<u2>" + bracketed + r"|s|h)"
            r"(?P<e2>" + expo + r")?(?![\p{L}\d]))?"
        )
        cur_post_words = [c for c in self.cur_post if len(c) > 1]
        cur_post_tight = [c for c in self.cur_post if len(c) == 1 and not c.isalpha()]
        cur_post_glued = [c for c in self.cur_post if len(c) == 1 and c.isalpha()]
        end = r"(?![\p{L}\p{N}])"
        self.right_re = compile_cached(
            r"(?:"
            r"(?P<scale>(?:(?P<sa>" + attach + r")|[ ]{1,2}(?P<ss>" + attach_spaced + r"))(?![\p{L}\d]))|"
            r"(?P<pp>(?:[ \u00a0\-]?(?i:pp|ppts?)|[ \u00a0\-](?i:percentage[ \-]points?|(?:basis[ \-])?points?))" + end + r")"
            r"|(?P<pct>[ \u00a0]?%|[ \u00a0]?(?i:per[ \u00a0]?cent\b|percent(?:age)?s?\b)|(?i:pc)" + end + r")"
            r"|(?P<fold>-?(?i:fold)" + end + r"|[ \u00a0](?i:times)\b"
            r"|[x\u00d7](?=[ \u00a0]+(?i:more|less|as|higher|lower|greater|larger|bigger|faster|the)\b))"
            r"|(?P<ord>(?i:st|nd|rd|th)" + end + r")"
            r"|(?P<clock>(?:[:.]\d\d)?[ \u00a0]?(?i:a\.?m\.?|p\.?m\.?|gmt|bst|cet|est|et|pt|utc)(?![\p{L}\p{N}])|:\d\d)"
            r"|(?P<decade>s|'s)(?![\p{L}\p{N}])"
            # "the 12 Euro zone countries", "the euro area": a place, not a sum
            r"|(?P<cpost>(?:[ \u00a0]|-)?" + _words_pattern(cur_post_words, "i") + r"(?![\p{L}])(?![ \u00a0-](?i:zone|area)\b)"
            + (r"|[ \u00a0]?(?:" + "|".join(regex.escape(c) for c in cur_post_tight) + r")" + end if cur_post_tight else "")
            + (r"|(?:" + "|".join(regex.escape(c) for c in cur_post_glued) + r")" + end if cur_post_glued else "")
            + r"|[ \u00a0]" + _trie(c for c in self.cur_pre if c.isalpha() and c.isupper() and len(c) == 3) + end + r")"
            r"|(?P<unit>(?:[ \u00a0]+|[ \u00a0]*-[ \u00a0]*)" + words_u + end
            + r"|" + tight + end
            + r"|[ \u00a0]?" + short + end
            + r"|-" + short_hy + end
            + r"|[ \u00a0]?[(\[{<]" + bracketed + r"[)\]}>]"
            + r"|(?P<inch>[ \u00a0](?:(?i:in)\.?|\")(?=[ \u00a0]+(?i:thick|long|wide|tall|high|deep|across|in[ \u00a0]+diameter)\b)"
            + r"|[ \u00a0]in(?=\.?(?:\Z|\n)|\))))"  # "2 in" closing a line: inches
            r")"
        )
        # ---- left side: reversed text, for pre-hedges and currency words
        pre = [h.phrase for h in self.hedges.values() if h.position == "pre"]
        rev_words = {ph[::-1] for ph in pre if ph[:1].isalpha()}
        rev_syms = {ph[::-1] for ph in pre if not ph[:1].isalpha()}
        self.pre_hedge_rev = compile_cached(
            r"(?P<sp>[ \t\u00a0]*)(?P<h>(?i:" + _trie(rev_words) + r")(?![\p{L}\p{N}])|" + _trie(rev_syms) + r")"
        )
        post = [h.phrase for h in self.hedges.values() if h.position == "post"]
        spaced_post = {ph for ph in post if ph not in ("plus", "odd", "+")}
        glued = [regex.escape(ph) for ph in ("plus", "odd") if ph in post]
        alts = [r"[ \t\u00a0]+" + _trie(spaced_post)]
        if glued:
            alts.append("-(?:" + "|".join(glued) + ")")
        if "+" in post:
            alts.append(r"\+")
        small = _trie(w for w, (r, _) in self.numwords.items() if r in ("unit", "tens"))
        self.post_hedge_re = compile_cached(
            r"(?P<h>(?i:" + "|".join(alts) + r"))(?![\p{L}\p{N}])(?![ \t\u00a0]+(?i:than|or|\d|" + small + r")\b)"
        )
        # ---- gaps between atoms
        self.range_gap_re = compile_cached(
            r"(?P<g>-?[ \t\u00a0]*(?:[-\u2010\u2011\u2012\u2013\u2014~]|(?i:to-|to|through|and|or))[ \t\u00a0]*)\Z"
        )
        # "per cent of 210": a percent word not after a number, then "of"
        self.pct_of_rev = compile_cached(r"(?i:[ ]fo[ ](?:s?tnec[ ]?rep|s?tnecrep|s?egatnecrep))(?![\p{L}])(?![ \u00a0]*[\d])")
        # reversed: "<month> <day> and " before a number ("February 16 and 17")
        self.month_day_rev = compile_cached(
            r"[ \u00a0]*(?:dna|ot|-|\u2013)[ \u00a0]*(?:ht|ts|dn|dr)?\d{1,2}[ \u00a0]+(?i:"
            + _trie(m[::-1] for m in self.word_class["month"]) + r")(?![\p{L}])"
        )
        self.month_re = compile_cached(
            r"[ \u00a0]*(?:of[ \u00a0]+)?" + _words_pattern([w for w in self.word_class["month"]], "i") + r"\b\.?"
        )


def _trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie (one branch per letter): fast to scan."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(r"\s+" if k == " " else regex.escape(k)) + emit(v) for k, v in sorted(node.items()) if k]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            body = "(?:" + body + ")?"
        return body

    return emit(root)


_TABLE_FILES = ("figures/numbers.tsv", "figures/scales.tsv", "figures/currencies.tsv", "figures/currency_countries.tsv",
                "figures/units.tsv",
                "hedges.tsv", "figures/vague.tsv", "figures/words.tsv", "figures/article_units.tsv")


@functools.lru_cache(maxsize=4)
def _load(root: str) -> _Tables:
    from .cache import cached_pickle  # noqa: PLC0415

    base = Path(root)
    tables = cached_pickle("figure-tables", [base / f for f in _TABLE_FILES] + [Path(__file__)],
                           lambda: _Tables(base))
    tables.root = base  # the pickle may come from another checkout with the same tables
    return tables


_TABLES: list = []


def tables() -> _Tables:
    """The word lists and patterns (built on first use; ``reload()`` after editing rules)."""
    if not _TABLES:
        _TABLES.append(_load(str(rules_dir())))
    return _TABLES[0]


def reload() -> None:
    """Forget loaded word lists (tests that point LEDGER_RULES elsewhere call this)."""
    _TABLES.clear()
    _load.cache_clear()


# --------------------------------------------------------------------------
# Numerals


#: (date27) one decimal digit of any script by its value: `regex`'s \d follows a newer Unicode
#: than Python's float() and unicodedata ("0\U0001e5f1", an Ol Onal digit, crashed float())
_DIGIT_OF = tuple(compile_cached(r"\p{Nd}(?<=\p{Nv=%d})" % d) for d in range(10))


def _ascii_digits(s: str) -> str:
    """``s`` with each decimal digit of another script written as an ASCII digit."""
    out = []
    for ch in s:
        if not ch.isascii() and ch not in "\u2212\u00a0\u202f\u2009":
            ch = next((str(d) for d, rx in enumerate(_DIGIT_OF) if rx.fullmatch(ch)), ch)
        out.append(ch)
    return "".join(out)


def _digits_value(s: str) -> tuple[float, int, bool]:
    """Value, number of decimals, and whether written with thousands separators."""
    if not s.isascii():
        s = _ascii_digits(s)  # (date27) a digit the regex module knows and float() does not
    exp = 0
    base = 10
    m = _EXP.search(s)
    if m:
        exp = int(m.group("e").replace("\u2212", "-"))
        base = int(m.group("b") or 10)
        s = s[:m.start()]
    t = s
    sep = False
    for ch in (",", " ", "\u00a0", "\u202f", "\u2009"):
        if ch in t:
            t = t.replace(ch, "")
            sep = True
    dec = len(t) - t.index(".") - 1 if "." in t else 0
    if exp and base != 10:
        return float(t) * float(base) ** exp, 0, sep  # "8x2^10" = 8192
    if exp:
        return float(t) * 10.0 ** exp, dec - exp, sep
    return float(t), dec, sep


_EXP = compile_cached(r"(?:[eE]|[ ]?[x\u00d7][ ]?(?P<b>10|[2-9])\^?)(?P<e>[-+\u2212]?\d{1,3})$")


_VULGAR = {
    "¼": 0.25, "½": 0.5, "¾": 0.75, "⅐": 1 / 7, "⅑": 1 / 9, "⅒": 0.1, "⅓": 1 / 3, "⅔": 2 / 3,
    "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375,
    "⅝": 0.625, "⅞": 0.875,
}



@dataclass(slots=True)
class _Num:
    start: int
    end: int
    value: float
    decimals: int = 0  # decimals written (digits only)
    words: bool = False  # written (partly) in words
    is_fraction: bool = False
    approx_scale: float = 0.0  # scale applied (for precision)
    digits_only: bool = False
    sep: bool = False
    leads_digit: bool = False  # starts with digits ("10", "1.5 million"), not a word


@dataclass(slots=True)
class _Tok:
    kind: str  # digit|unit|tens|hundred|dozen|scale|denom|article|minus|point|and|?
    value: float
    start: int
    end: int
    word: str
    decimals: int = 0
    sep: bool = False


_GERMAN_WORDS = compile_cached(r"(?<!\p{L})(?:und|der|das|nicht|habe|hat|ist|mit|von|auf|wie|eine|f\u00fcr|sind"
                               r"|wurde|werden|auch|sich|nur|\u00fcber|bei|soll|sei|nach|zum|zur|dass)(?!\p{L})")


def _german_near(text: str, pos: int) -> bool:
    """Two German function words near ``pos``: the text is German, where "1.500" is 1500."""
    found = set()
    for m in _GERMAN_WORDS.finditer(text, max(0, pos - 150), min(len(text), pos + 150)):
        found.add(m.group())
        if len(found) >= 2:
            return True
    return False


def _parse_run(text: str, s: int, e: int, T: _Tables) -> list[_Num]:
    """Split a run of number tokens into numbers ("4000 3 hundred" -> 4000, 300)."""
    toks: list[_Tok] = []
    for m in T.token_re.finditer(text, s, e, timeout=TIMEOUT):
        if m.group("d"):
            raw = m.group("d")
            v, dec, sep = _digits_value(raw)
            toks.append(_Tok("digit", v, m.start(), m.end(), raw, dec, sep))
        elif m.group("w"):
            w = m.group("w").lower()
            if w == "and":
                toks.append(_Tok("and", 0, m.start(), m.end(), w))
            else:
                role, val = T.numwords.get(w, ("?", 0))
                toks.append(_Tok(role, val, m.start(), m.end(), w))
        else:
            toks.append(_Tok("and", 0, m.start(), m.end(), "&"))
    out: list[_Num] = []
    i = 0
    n = len(toks)
    while i < n:
        num, i = _NumParser(toks, i).parse()
        if num is not None:
            out.append(num)
    return out


class _NumParser:
    """Reads one number from a token list: words, digits and their mixes.

    total holds completed scale groups (thousand and up), current the part below
    the last scale, last_small the last unit/tens piece (for "dozen" and fractions).
    """

    def __init__(self, toks: list[_Tok], i: int):
        self.toks, self.i0, self.n = toks, i, len(toks)
        self.total = 0.0
        self.current = 0.0
        self.last_small = 0.0
        self.last = None  # kind of the last token consumed
        self.have = False
        self.decimals = 0
        self.words = False
        self.sep = False
        self.scale_applied = 0.0
        self.last_scale = math.inf
        self.frac_done = False
        self.after_and = None  # kind before an "and"
        self.and_scale = False  # an "and" right after a scale word ("3 million and a half")

    def peek(self, j):
        return self.toks[j] if j < self.n else None

    def parse(self):
        toks, n = self.toks, self.n
        i = self.i0
        sign = 1.0
        if toks[i].kind == "minus":
            sign = -1.0
            i += 1
            if i >= n:
                return None, i
        first = i
        j = i
        end_j = None
        while j < n:
            t = toks[j]
            k = t.kind
            if k == "and":
                if not self.have or j + 1 >= n or toks[j + 1].kind in ("and", "point", "minus"):
                    break
                nxt = toks[j + 1]
                if nxt.kind == "digit" and self.last in ("digit", "scale"):
                    break
                self.after_and = self.last
                if self.last == "scale":
                    self.and_scale = True
                j += 1
                continue
            consumed = self.step(t, j)
            if consumed is None:
                break
            if k != "and":
                self.after_and = None if k not in ("article",) else self.after_and
            end_j = consumed
            j = consumed + 1
        if not self.have or end_j is None:
            return None, max(j, self.i0 + 1)
        value = sign * (self.total + self.current)
        num = _Num(toks[self.i0].start, toks[end_j].end, value, decimals=self.decimals, words=self.words,
                   is_fraction=self.frac_done, approx_scale=self.scale_applied,
                   digits_only=not self.words, sep=self.sep, leads_digit=toks[first].kind == "digit")
        return num, end_j + 1

    def step(self, t: _Tok, j: int):
        """Consume token j; the index of the last token consumed, or None to stop before it."""
        k, val, last = t.kind, t.value, self.last
        nxt = self.peek(j + 1)
        if k == "digit":
            if self.have and last in ("digit", "unit", "tens", "denom"):
                return None  # two numerals in a row: a new number
            if self.have and last in ("hundred", "scale", "dozen") and self.current == 0 and self.total == 0:
                return None
            if self.have and last == "scale" and val >= 1000:
                return None
            if self.have and last == "hundred" and val >= 100:
                return None
            if self.have and nxt is not None and nxt.kind in ("hundred", "scale") \
                    and self.after_and in ("hundred", "scale"):
                return None  # "3 hundred and 2.12 hundred": two numbers
            if self.have and last in ("hundred", "dozen", "scale") and self.after_and is None and val >= 1 \
                    and nxt is not None and nxt.kind in ("hundred", "scale"):
                pass
            self.current += val
            self.last_small = val
            self.decimals = t.decimals
            self.sep = self.sep or t.sep
            self.have = True
        elif k in ("unit", "tens"):
            self.words = True
            if last == "point":
                return self.decimal_words(j)
            if self.have and last in ("unit", "digit", "denom"):
                # "three and two thirds": a numerator after "and"
                if not (last == "unit" and self.after_and is not None and nxt is not None and nxt.kind == "denom"):
                    return None
            if self.have and last == "tens" and k == "tens":
                return None
            if k == "unit" and last == "tens" and val >= 10:
                return None
            self.current += val
            self.last_small = val
            self.have = True
        elif k == "hundred":
            self.words = True
            if last == "hundred" or last == "denom" or not self.have and t.word.endswith("s"):
                return None  # bare "hundreds" is vague, not 100
            if not self.have:
                self.current = 100.0
            elif last == "scale" and self.current == 0:
                return None
            else:
                ls = self.last_small
                self.current = self.current - ls + ls * 100 if ls else self.current * 100
                if self.current == 0:
                    self.current = 100.0
            self.last_small = 0.0
            self.have = True
            self.scale_applied = max(self.scale_applied, 1.0)
        elif k == "dozen":
            self.words = True
            if self.have and last not in ("unit", "tens", "digit", "article", "hundred"):
                return None
            if self.frac_done and 0 < self.current < 1:
                self.current *= 12  # "half a dozen"
            elif not self.have or last == "article" and self.current == 0:
                self.current = 12.0
            elif last == "hundred":
                self.current *= 12
            else:
                ls = self.last_small or 1
                self.current = self.current - self.last_small + ls * 12
            self.last_small = 0.0
            self.have = True
        elif k == "scale":
            self.words = True
            if not self.have and t.word.endswith("s"):
                return None  # bare "thousands", "millions"
            if self.have and val >= self.last_scale and last != "scale" and (self.current or self.total):
                return None  # "two thousand three thousand": a new number
            if not self.have:
                self.current = 1.0
                self.have = True
            if last == "scale":
                self.total = (self.total + self.current) * val  # "three lakh crore"
                self.current = 0.0
            elif val > self.last_scale:
                self.total = (self.total + (self.current or 1)) * val
                self.current = 0.0
            else:
                self.total += (self.current or 1) * val
                self.current = 0.0
            self.last_scale = val
            self.scale_applied = max(self.scale_applied, val)
            self.last_small = 0.0
        elif k == "denom":
            return self.fraction(t, j)
        elif k == "article":
            if self.have and self.after_and is None and not (
                    self.frac_done and self.current < 1 and nxt is not None and nxt.kind in ("dozen", "scale")):
                return None
            if not self.have and nxt is not None and nxt.kind == "hundred":
                pass
            self.last = "article"
            return j
        elif k == "point":
            if not self.have or self.frac_done or last in ("scale",):
                return None
            self.last = "point"
            return j if nxt is not None and nxt.kind in ("unit", "tens") else None
        else:
            return None
        self.last = k
        return j

    def fraction(self, t: _Tok, j: int):
        last = self.last
        nxt = self.peek(j + 1)
        w = t.word
        if self.frac_done:
            return None
        if last is None:
            # bare "half" ("more than half", "half of"); "quarter million", "half million"
            if w == "half" or (w in ("quarter", "half") and nxt is not None and nxt.kind == "scale"):
                self.current = 1.0 / t.value
                self.have = self.frac_done = True
                self.words = True
                self.last = "denom"
                return j
            return None
        if last == "article":
            numer = 1.0
            whole = self.current
        elif last in ("unit", "tens", "digit") and self.last_small:
            if last == "digit":
                return None  # "2 thirds" is rare; "3 quarters" often a period of the year
            numer = self.last_small
            whole = self.current - self.last_small
        else:
            return None
        plural = w.endswith("s") or w == "halves"
        if numer == 1 and plural and last != "article":
            return None
        if numer > 1 and not plural and t.value not in (2,):
            # "two third" is not a fraction; "twenty first" is an ordinal
            return None
        frac = numer / t.value
        if self.and_scale and whole == 0 and not (nxt is not None and nxt.kind == "scale"):
            frac *= self.last_scale  # "3 million and a half", "two million and one half"
        self.current = whole + frac
        self.words = True
        self.frac_done = True
        self.last_small = 0.0
        self.have = True
        self.last = "denom"
        return j

    def decimal_words(self, j: int):
        """"five point five", "nought point nought three", "point seventy-one"."""
        toks = self.toks
        k = j
        digs = ""
        while k < self.n and toks[k].kind in ("unit", "tens"):
            tv = int(toks[k].value)
            if toks[k].kind == "tens" and k + 1 < self.n and toks[k + 1].kind == "unit" and toks[k + 1].value < 10 \
                    and toks[k + 1].start - toks[k].end <= 3:
                tv += int(toks[k + 1].value)
                k += 1
            digs += str(tv)
            k += 1
        if not digs:
            return None
        self.current += float("0." + digs)
        self.decimals = len(digs)
        self.have = True
        self.last = "unit"
        return k - 1


# --------------------------------------------------------------------------
# Figures


class _Atom:
    """A numeral with what is glued to it; mutable while its figure is assembled.

    Attributes not passed to the constructor keep the class defaults (cheap to create:
    there are tens of thousands per megabyte of news).
    """

    unit = COUNT
    kind = "number"
    decimals = 0  # decimals written (for the rounding a figure implies)
    scale = 1.0  # scale applied ("bn" = 1e9)
    factor = 1.0  # minor currency unit ("50p" = 0.01)
    words = False  # written (partly) in words
    sep = False  # written with thousands separators
    low = high = None
    low_strict = high_strict = False
    hedge = None
    drop = False  # not a figure
    date = False  # a year, day of month or clock time
    money = False
    scale_written = None
    is_fraction = False
    vague = False
    currency_pre = False  # a currency sign or code before the number
    leads_digit = True  # the numeral starts with digits
    chain = False  # a designation whose dash takes the next number with it ("737-800")
    article_unit = False  # "a gallon": a unit word standing for one of itself
    fixed = False  # a range read whole ("between the tenth and the fifteenth"): low/high final

    def __init__(self, start: int, end: int, num_start: int, num_end: int, value: float, **kw):
        self.start, self.end, self.num_start, self.num_end, self.value = start, end, num_start, num_end, value
        if kw:
            self.__dict__.update(kw)

    def __repr__(self):
        return f"_Atom({self.__dict__})"


#: multiplicative words that are also nouns and adjectives ("a double fault", "the doubles title",
#: "an Olympic double", "double-digit growth"): a multiple only as a verb or before a comparison
_NAMING_MULTIPLES = frozenset(("double", "doubles", "treble", "trebles", "triple", "triples"))
#: before the noun "double" ("the double", "her Olympic double", "a transatlantic box office double")
_NOUN_BEFORE = frozenset(("the", "a", "an", "his", "her", "their", "its", "olympic", "office", "famous",
                          "historic", "rare", "unique", "league", "cup", "domestic", "world", "mixed",
                          "men's", "women's", "in"))
#: a sport one plays ("to play doubles in Seville", "I hardly play doubles")
_PLAY = frozenset(("play", "plays", "played", "playing"))


def _names_a_thing(text: str, ms: int, me: int, w: str, T: "_Tables") -> bool:
    """"double" in "a double fault", "doubles title", "Olympic double", "double-digit": a name
    or a kind (the word class not_multiple lists the nouns after it), not a multiple."""
    nxt = text[me + 1:me + 1 + 40] if text[me:me + 1] in ("-", " ", "\u00a0") else ""
    nw = _next_word(nxt, 0).lower().split("-")[0] if nxt else ""
    if nw in T.word_class["not_multiple"]:
        return True
    if text[me:me + 1] in "-\u2010\u2011" and nxt[:1].isalpha():
        return True  # (prec31) a compound: "double-platinum", "double-layered", "triple-decker"
    pw = _prev_word(text, ms)[0].lower().replace("\u2019", "'")
    return pw in _PLAY or pw in _NOUN_BEFORE and nw not in ("the", "that", "its", "their", "his", "her", "as", "in", "by",
                                             "over", "to", "from", "every", "each", "and", "or")


def _prev_word(text: str, pos: int, span: int = 40) -> tuple[str, int]:
    """The word just before ``pos`` (skipping spaces), lower case, and its start."""
    i = pos
    lo = max(0, pos - span)
    while i > lo and text[i - 1] in " \t\u00a0":
        i -= 1
    # the last space before it bounds the word; then keep only letters, dots and apostrophes
    j = text.rfind(" ", lo, i) + 1 or lo
    w = text[j:i]
    if w.isalpha():
        return w, j
    k = len(w)
    while k > 0 and (w[k - 1].isalpha() or w[k - 1] in ".'"):
        k -= 1
    return w[k:], j + k


def _next_word(text: str, pos: int, span: int = 40) -> str:
    i = pos
    hi = min(len(text), pos + span)
    while i < hi and text[i] in " \t\u00a0":
        i += 1
    j = text.find(" ", i, hi)
    w = text[i:j if j >= 0 else hi]
    if w.isalpha():
        return w
    k = 0
    while k < len(w) and (w[k].isalpha() or w[k] == "-"):
        k += 1
    return w[:k]


_STOP_CAPS = {
    "in", "the", "about", "some", "over", "nearly", "almost", "only", "just", "all", "around", "more",
    "fewer", "less", "at", "by", "for", "from", "to", "of", "on", "with", "and", "but", "up", "down",
    "than", "after", "before", "since", "until", "till", "between", "roughly", "approximately", "under",
    "below", "above", "another", "another", "these", "those", "its", "his", "her", "their", "our",
    "my", "your", "a", "an", "those", "every", "each", "about", "around", "almost", "nearly", "estimated",
    "exactly", "least", "most", "during", "within", "into", "per", "top", "last", "next", "first",
    "past", "aged", "age", "ages", "was", "were", "is", "are", "be", "been", "had", "has", "have",
    "said", "says", "than", "then", "when", "while", "where", "if", "as", "so", "or", "nor", "yet",
    "both", "many", "few", "several", "rose", "fell", "cut", "up", "down", "it", "he", "she", "we",
    "they", "i", "you", "there", "here", "this", "that", "what", "who", "which", "why", "how",
    "including", "include", "includes", "plus", "minus", "via", "per", "vs", "v",
}


def _left_context(text: str, s: int, T: _Tables):
    """Pre-hedge ending at ``s``: (hedge_start, phrase, Hedge) or None."""
    i = s
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    if i == 0:
        return None
    if text[i - 1] not in T.hedge_syms:
        w = text[text.rfind(" ", max(0, i - 17), i) + 1 or max(0, i - 17):i]
        if not w.isalpha():
            k = len(w)
            while k > 0 and (w[k - 1].isalpha() or w[k - 1] == "."):
                k -= 1
            w = w[k:]
        if w.lower() not in T.hedge_lasts:
            return None
    lo = max(0, s - 48)
    rl = text[lo:s][::-1]
    m = T.pre_hedge_rev.match(rl)
    if not m:
        return None
    phrase = " ".join(m.group("h")[::-1].lower().split())
    h = T.hedges.get((phrase, "pre"))
    if h is None:
        return None
    return s - m.end(), text[s - m.end(): s - len(m.group("sp"))], h


#: (halves35) a hedge on a verb that shrinks ("more than halved": the new level is under half the
#: old one; "nearly halved": a little over half) bounds the other side of its multiple
_SHRINK_REL = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge", "below": "above", "above": "below"}


def _apply_hedge(a: _Atom, rel: str, tol: float) -> None:
    v = a.value
    if a.kind == "multiple" and a.words and 0 < v < 1:
        rel = _SHRINK_REL.get(rel, rel)
    if rel == "gt":
        a.low, a.high, a.low_strict, a.high_strict = v, None, True, False
    elif rel == "ge":
        a.low, a.high, a.low_strict, a.high_strict = v, None, False, False
    elif rel == "lt":
        a.low, a.high, a.low_strict, a.high_strict = None, v, False, True
    elif rel == "le":
        a.low, a.high, a.low_strict, a.high_strict = None, v, False, False
    elif rel == "approx":
        d = abs(v) * tol
        a.low, a.high, a.low_strict, a.high_strict = v - d, v + d, False, False
    elif rel == "below":
        d = abs(v) * tol
        a.low, a.high, a.low_strict, a.high_strict = v - d, v, False, True
    elif rel == "above":
        d = abs(v) * tol
        a.low, a.high, a.low_strict, a.high_strict = v, v + d, True, False
    elif rel == "closes":
        a.low_strict = False
        a.high_strict = False
    elif rel == "eq":
        a.low = a.high = v


_TIME_UNITS = {"s", "min", "hour", "day", "week", "month", "year", "decade_span", "century"}


#: after a slash fraction: betting odds ("8/13 odds", "the 1/3 favourite") or a pair of days ("19/20 February")
_ODDS_OR_DAYS = compile_cached(r"[ \u00a0]+(?:(?i:odds|on|favourite|favorite|fav|shot)\b"
                               r"|(?:January|February|March|April|May|June|July|August|September|October|November"
                               r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)")
#: before a slash fraction: betting odds ("odds of 4/9", "priced at 5/6", "quoted at")
_ODDS_BEFORE = compile_cached(r"(?i:\bodds(?:[ \u00a0]+of)?|\b(?:priced|quoted|backed|installed|cut)[ \u00a0]+(?:at|to)"
                              r"|\bbookmakers?\b[^.]{0,20})[ \u00a0]+\Z")


def _find_atoms(text: str, T: _Tables) -> list[_Atom]:
    atoms: list[_Atom] = []
    n = len(text)
    right_match = T.right_re.match
    atom_match = T.atom_re.match
    cur_rev = T.cur_pre_rev.match
    last_end = 0
    try:
        cands = [c.start() for c in T.cand_digits_re.finditer(text)]
        low = text.lower()
        same_len = len(low) == len(text)
        if same_len:
            wc_ = [c.start() for c in T.cand_words_re.finditer(low)]
        else:
            wc_ = [c.start() for c in T.cand_words_ci_re.finditer(text)]
        if wc_:
            cands = sorted(cands + wc_)
        for p in cands:
            if p < last_end:
                continue
            m = None
            ch = text[p]
            c1 = text[p - 1] if p else "\n"
            if (ch == "1" or ch == "2") and c1 in _YEAR_BEFORE and _bare_year(text, p, n, T) \
                    and not (c1 == " " and _spaced_currency(text, p, cur_rev, T)):
                last_end = p + 4
                continue  # a year ("in 2004"): not a figure; find_dates reports it
            if c1 == "." and not (p > 1 and text[p - 2].isdigit()):
                m = atom_match(text, p - 1, timeout=TIMEOUT)  # ".08"
            elif c1 in _CUR_HINT or c1.isalpha() or c1 == " " and p > 1 and (text[p - 2] in _CUR_HINT or text[p - 2].isalpha()):
                # a currency sign or code before the digits: "$5", "US$ 5", "USD34.6", "$-5"
                cm = cur_rev(text[max(0, p - 9):p][::-1])
                if cm is not None:
                    m = atom_match(text, p - cm.end(), timeout=TIMEOUT)
            if ch.isalpha() and low[p - 4:p] == "the " and same_len:
                om = T.ord_range_re.search(text, max(last_end, p - 48), min(n, p + 64), timeout=TIMEOUT)
                if om is not None and om.start() < p < om.end():
                    # a range of ranks: "between the tenth and the fifteenth"
                    g1, g2 = ("o1", "o2") if om.group("o1") else ("o3", "o4")
                    lo_, hi_ = T.ordinals[om.group(g1).lower()], T.ordinals[om.group(g2).lower()]
                    if lo_ < hi_ and not (om.group(g1) and _prev_word(text, om.start())[0].lower()
                                          in T.word_class["change"]):  # "rose from the tenth to the fifth"
                        strict = g1 == "o3"
                        atoms.append(_Atom(om.start(), om.end(), om.start(g1), om.end(g2), (lo_ + hi_) / 2,
                                           unit=RANK, kind="range", low=lo_, high=hi_, low_strict=strict,
                                           high_strict=strict, fixed=True, words=True, leads_digit=False,
                                           hedge=text[om.start():om.start(g1)].strip()))
                        last_end = om.end()
                        continue
            if ch.isalpha() and low[p:p + 2] in T.article_firsts:
                am = T.article_unit_re.match(text, p, timeout=TIMEOUT)
                if am is not None:
                    # "a gallon", "a penny", "a baker's dozen": one of the unit
                    q = _article_start(text, p)
                    if q is not None:
                        unit, v_ = T.article_units[" ".join(am.group().lower().split())]
                        a = _Atom(q, am.end(), q, am.end(), v_, words=True, leads_digit=False, article_unit=True,
                                  unit=unit)
                        if unit in T.currency_codes:
                            a.kind, a.money, a.factor = "money", True, v_
                            if _next_word(text, am.end()).lower() == "of" or \
                                    _prev_word(text, q)[0].lower() in ("not", "never", "no", "spend"):
                                a.drop = True  # "not a penny more", "a penny of it": nothing, not a figure
                        elif unit != COUNT:
                            a.kind = "measure"
                        atoms.append(a)
                    last_end = am.end()
                    continue
            if ch.isalpha() and same_len:
                # fast path: a lone small number word ("one", "twelve") with no number word around it
                j = low.find(" ", p, p + 12)
                w = low[p:j] if j > 0 else ""
                if w in T.small_words and low[p - 2:p] != "a " and low[max(0, p - 6):p] != "minus " \
                        and low[max(0, p - 9):p] != "negative " and \
                        _after_word(low, j, n) not in T.run_words:
                    v_ = T.small_words[w]
                    a = _Atom(p, j, p, j, v_, words=True)
                    _extend_right(text, a, T, right_match)
                    if _is_not_figure(text, a, T, _Num(p, j, v_, words=True)):
                        a.drop = True
                    atoms.append(a)
                    last_end = a.end
                    continue
            if m is None and ch.isalpha():
                # an article or sign word just before: "a hundred", "an eighth"
                if p >= 2 and text[p - 1] == " ":
                    q = p - 2
                    if text[q] in "aA" and (q == 0 or not text[q - 1].isalnum()):
                        m = atom_match(text, q, timeout=TIMEOUT)
                    elif p >= 3 and text[p - 3:p - 1].lower() == "an" and (p == 3 or not text[p - 4].isalnum()):
                        m = atom_match(text, p - 3, timeout=TIMEOUT)
                fm = T.tens_ordinal_re.match(text, p, timeout=TIMEOUT)
                if fm is not None:  # "twenty-first"
                    q = _article_start(text, p)
                    if q is not None and _fraction_follows(text, fm.end()):
                        # "a twenty-first": one part in twenty-one
                        den = T.numwords[fm.group("t").lower()][1] + T.ordinals[fm.group("u").lower()]
                        atoms.append(_Atom(q, fm.end(), q, fm.end(), 1 / den, unit=FRACTION, kind="fraction",
                                           words=True, is_fraction=True, leads_digit=False))
                        last_end = fm.end()
                        continue
                    if fm.group("u").lower() != "second":  # "a thirty-second advert" is a span of time
                        last_end = fm.end()
                        continue  # "the twenty-first century": an ordinal, not a figure
            if m is None:
                m = atom_match(text, p, timeout=TIMEOUT)
            if m is None:
                continue
            ms, me = m.span()
            last_end = me
            g = m.lastgroup
            if g == "run":
                rt = m.group("run")
                if m.start("run") == ms and (rt.isdigit() or rt.replace(",", "").replace(".", "", 1).isdigit()):
                    # fast path: one numeral in digits ("2004", "2,000", "1.5")
                    if rt.isdigit():
                        a = _Atom(ms, me, ms, me, float(rt))
                    else:
                        v_, dec_, sep_ = _digits_value(rt)
                        if dec_ == 3 and not sep_ and rt[-4] == "." and _german_near(text, ms):
                            v_, dec_, sep_ = v_ * 1000, 0, True  # German "1.500": fifteen hundred
                        a = _Atom(ms, me, ms, me, v_, decimals=dec_, sep=sep_)
                    if ms and text[ms - 1] in "-\u2212":
                        _negative(text, a)
                    _extend_right(text, a, T, right_match)
                    if _is_not_figure(text, a, T, _DIGITS):
                        a.drop = True
                    atoms.append(a)
                    if a.end > last_end:
                        last_end = a.end
                    continue
                elif m.start("run") == ms and rt.lower() in T.small_words:
                    # fast path: one small number word ("one", "twelve", "forty")
                    nums = [_Num(ms, me, T.small_words[rt.lower()], words=True)]
                    rs = ms
                    cpre = None
                    phone = False
                else:
                    rs, re_ = m.span("run")
                    nums = _parse_run(text, rs, re_, T)
                    cpre = m.group("cpre")
                    phone = len(nums) >= 2 and all(x.digits_only and x.decimals == 0 for x in nums) and (
                        text[rs - 1:rs] == "+" or any(text[x.start] == "0" and x.end - x.start > 1 for x in nums))
            elif g == "vague":
                phrase = " ".join(m.group("vague").lower().split())
                lo_, hi_, _ = T.vague[phrase]
                a = _Atom(ms, me, ms, me, lo_, low=lo_, high=hi_, high_strict=True, kind="vague",
                          words=True, vague=True)
                a.hedge = m.group("vague")
                vm = T.vague_money_re.match(text, me)
                if vm is not None:
                    cur = " ".join(vm.group("c").lower().split())
                    if cur.startswith("pound") and vm.group("of_after"):
                        a.unit, a.kind = "lb", "measure"  # "thousands of pounds of explosives"
                    else:
                        code, factor = T.cur_post[cur]
                        a.unit, a.money = code, True
                        a.value *= factor
                        a.low *= factor
                        a.high *= factor
                    a.end = vm.end("c")
                else:
                    _vague_unit(text, a, T)  # "thousands of tonnes of slurry": a mass, not a count of tonnes
                atoms.append(a)
                last_end = max(last_end, a.end)
                continue
            elif g == "mult":
                w = m.group("mult").lower()
                v = {"doub": 2.0, "trip": 3.0, "treb": 3.0, "quad": 4.0, "halv": 0.5, "twic": 2.0,
                     "thri": 3.0}.get(w[:4])
                if v is None:
                    head = w[:-4]
                    v = T.numwords.get(head, ("", 0))[1]
                if not v or (w in _NAMING_MULTIPLES and _names_a_thing(text, ms, me, w, T)):
                    continue
                atoms.append(_Atom(ms, me, ms, me, v, unit=MULTIPLE, kind="multiple", low=v, high=v, words=True))
                continue
            else:  # dfrac / vulgar
                if m.group("vulgar") is not None:
                    v = _VULGAR[m.group("vulgar")]
                elif m.group("vf"):
                    v = _VULGAR[m.group("vf")]
                else:
                    num_, den = int(m.group("fn")), int(m.group("fd"))
                    if den == 0 or num_ >= den or den <= 12 and den not in (2, 3, 4, 5, 6, 8, 10):
                        continue
                    if _ODDS_OR_DAYS.match(text, me) or _ODDS_BEFORE.search(text[max(0, ms - 30):ms]):
                        continue  # "8/13 odds", "a 1/3 favourite", "on 19/20 February": odds and days
                    v = num_ / den
                whole = m.group("whole")
                if whole:
                    v += int(whole)
                ns = m.start("dfrac") if m.group("dfrac") is not None else ms
                if m.group("cpre"):
                    ns = m.start("dfrac")
                a = _Atom(ms, me, ns, me, v, unit=COUNT if whole else FRACTION,
                          kind="number" if whole else "fraction", is_fraction=True)
                if m.group("cpre"):
                    code, factor = T.cur_pre[m.group("cpre")]
                    a.unit, a.kind, a.money, a.currency_pre = code, "money", True, True
                _negative(text, a)
                _extend_right(text, a, T, right_match)
                atoms.append(a)
                last_end = max(last_end, a.end)
                continue
            for k, num in enumerate(nums):
                a = _Atom(num.start, num.end, num.start, num.end, num.value, decimals=num.decimals,
                          words=num.words, sep=num.sep, is_fraction=num.is_fraction,
                          scale=num.approx_scale if num.approx_scale >= 1000 else 1.0)
                if num.approx_scale >= 1e6:
                    a.scale_written = "word"
                if num.is_fraction and num.value < 1 and not num.digits_only and abs(num.value) > 0:
                    a.unit, a.kind = FRACTION, "fraction"
                    if text[a.end:a.end + 4] in (" of ", " of\u00a0"):
                        _fraction_of(text, a)
                if k == 0 and cpre:
                    code, factor = T.cur_pre[cpre] if cpre in T.cur_pre else T.cur_pre.get(cpre.strip(), ("USD", 1))
                    a.start = ms
                    a.unit, a.kind, a.money, a.currency_pre, a.factor = code, "money", True, True, factor
                    if m.group("csign"):
                        a.value = -a.value
                        a.num_start = m.start("csign")
                if not num.words and k == 0 and not cpre:
                    _negative(text, a)
                _extend_right(text, a, T, right_match)
                if k == 0 and cpre in T.cur_pre_scaled and not _pre_scaled_money(text, a, m, num):
                    # a one-letter sign ("R", "N") is money only glued to a scaled sum or one with
                    # thousands separators ("R1.3 trillion", "N25,750"); "N95 masks", "R0 of 2.5" are not
                    if m.end("cpre") == num.start:
                        a.drop = True  # glued to a letter: a code, as before the sign was known
                    a.start, a.num_start = num.start, num.start
                    a.unit, a.kind, a.money, a.currency_pre, a.factor = COUNT, "number", False, False, 1.0
                if phone or _is_not_figure(text, a, T, num):
                    a.drop = True
                a.leads_digit = num.leads_digit
                atoms.append(a)
                last_end = max(last_end, a.end)
    except TimeoutError as e:
        raise FigureTimeout(f"figures: pattern timed out after {TIMEOUT}s on a {n}-character text: {e}") from None
    return atoms


_DIGITS = _Num(0, 0, 0.0, digits_only=True, leads_digit=True)  # stands for any numeral in digits


#: Words that may follow "grand" when it means a thousand (of money): "24 grand in benefits",
#: "paid 10 grand for it", "50 grand a year".  Anything else ("3 grand slams") is not money.
_GRAND_NEXT = frozenset(("in", "a", "an", "per", "of", "to", "for", "on", "from", "and", "or", "but", "with",
                         "at", "by", "each", "every", "the", "that", "this", "which", "who", "is", "was",
                         "were", "are", "more", "less", "if", "when", "so", "just", "plus", "worth", "cash",
                         "back", "off", "up", "down", "over", "into", "than", "because", "while", "after",
                         "before", "since", "now", "already", "apiece", "annually", "monthly", "yearly"))
_GRAND_STOP = compile_cached(r"[ \u00a0]*(?:[.,;:!?)\]\"'\u2019\u201d]|\Z)")


def _spaced_currency(text: str, p: int, cur_rev, T) -> bool:
    """A currency code or sign, then a space, just before ``p``: "Rs. 2000 notes" is money, not a year."""
    cm = cur_rev(text[max(0, p - 9):p][::-1])
    if cm is None:
        return False
    form = cm.group()[::-1].strip(" \u00a0-\u2212")
    return form not in T.cur_pre_scaled


def _pre_scaled_money(text: str, a: _Atom, m, num: _Num) -> bool:
    """Is a ``prescaled`` currency sign (rand "R", naira "N") money here?  Only glued to digits
    that carry a scale ("R1.3 trillion", "N70m") or thousands separators ("N25,750")."""
    if m.end("cpre") != num.start or m.group("csign"):
        return False
    return a.scale >= 1e3 or num.sep

_CUR_HINT = frozenset("$\u00a3\u20ac\u00a5\u20b9\u20a9\u20bd\u20ba\u20a6\u20b1\u20b5\u00a2-\u2212.")  # (\u20b5 \u00a2: "GH\u20b55m", "GH\u00a210m")


def _negative(text: str, a: _Atom) -> None:
    """A minus sign glued to the numeral ("-9.5", "(-3)"), not a range dash ("10-12")."""
    s = a.start
    if s == 0 or text[s - 1] not in "-\u2212":
        return
    if s >= 2 and not (text[s - 2] in " \t\n([{" or text[s - 2] in "=<>:"):
        return
    # "10 -12": a spaced dash after a number is a range, not a sign
    j = s - 2
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j >= 0 and (text[j].isdigit() or text[j] in "%"):
        return
    a.value = -a.value
    a.start -= 1
    a.num_start -= 1


def _article_start(text: str, p: int) -> Optional[int]:
    """Where "a " or "an " starts right before ``p``, or None."""
    if p >= 2 and text[p - 1] == " ":
        if text[p - 2] in "aA" and (p == 2 or not text[p - 3].isalnum()):
            return p - 2
        if p >= 3 and text[p - 3:p - 1].lower() == "an" and (p == 3 or not text[p - 4].isalnum()):
            return p - 3
    return None


def _word_at(text: str, i: int, n: int) -> str:
    """The run of letters starting at ``i`` (after one optional space or hyphen), lower case."""
    if i < n and text[i] in " -\u00a0":
        i += 1
        if i < n and text[i] == " ":
            i += 1
    j = text.find(" ", i, i + 24)
    w = text[i:j if j >= 0 else min(n, i + 24)]
    if not w.isalpha():
        k = 0
        while k < len(w) and w[k].isalpha():
            k += 1
        w = w[:k]
    return w.lower()


def _after_word(low: str, j: int, n: int) -> str:
    """The word after spaces and hyphens from ``j`` ("fifty - two"); "0" when digits come next."""
    k = j
    while k < n and k - j < 6 and low[k] in " -\t\u00a0\u2010\u2011&,":
        k += 1
    if k < n and low[k].isdigit():
        return "0"
    return _word_at(low, k, n)


#: after a fraction in words: "an hour", "a mile" ("half an hour" is 0.5 hours, not a half)
_VAGUE_OF_UNIT = compile_cached(r"[ \u00a0]+of[ \u00a0]+(?P<u>\p{Ll}+(?:[ \u00a0]\p{Ll}+)?)")
#: dimensions a vague count of units measures ("millions of gallons", "hundreds of miles"); not time
#: ("thousands of years" is a span a duration rule reads from its noun) and not money (read above)
_VAGUE_DIMENSIONS = ("length", "mass", "volume", "area", "energy", "power", "data")


def _vague_unit(text: str, a: _Atom, T: _Tables) -> None:
    """A vague quantity of a unit word ("thousands of tonnes", "millions of
    gallons", "hundreds of square miles") measures in that unit."""
    um = _VAGUE_OF_UNIT.match(text, a.end)
    if um is None:
        return
    words = um.group("u")
    for form, end in ((words, um.end()), (words.split()[0], um.start("u") + len(words.split()[0]))):
        if text[end:end + 1].isalnum():
            continue
        unit = _loose_unit(" ".join(form.split()), T, _VAGUE_DIMENSIONS)
        if unit:
            a.unit, a.kind, a.end = unit, "measure", end
            return


def _loose_unit(word: str, T: _Tables, dimensions) -> Optional[str]:
    """The unit a word names when it may stand apart from its number ("of
    tonnes", "an hour"; not a symbol written onto it) and measures one of
    ``dimensions``; else None."""
    unit = T.unit_lookup_ci.get(word)
    if unit and not (T.units.get(word, ("", {"attach"}))[1] & {"attach", "tight"}) \
            and T.dimensions.get(unit) in dimensions:
        return unit
    return None


_FRACTION_OF_UNIT = compile_cached(r"[ \u00a0](?:of[ \u00a0])?(?:a|an)[ \u00a0](?P<u>\p{Ll}{3,})(?![\p{L}\p{N}-])")


#: (s32) a word between a number and its time unit that only stresses the span or adds to it: "eight
#: long years", "two whole weeks", "three full days", "two more years" are durations.  Not the words of
#: a streak ("three consecutive months", "two straight years": a count the streak rule DUR531 types)
_EMPHATIC_SPAN = compile_cached(
    r"[ \u00a0]+(?i:long|whole|full|solid|entire|short|extra|additional|more|further)[ \u00a0]+"
    r"(?P<u>(?i:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century))"
    r"(?![\p{L}\p{N}'\u2019-])")


def _extend_right(text, a: _Atom, T: _Tables, right_match) -> None:
    """Scale, percent, currency word, unit or suffix right after the numeral; drops codes and ordinals."""
    pos = a.end
    n = len(text)
    if pos >= n:
        return
    ch = text[pos]
    if ch == " " and a.is_fraction and a.words and a.unit == FRACTION:
        um = _FRACTION_OF_UNIT.match(text, pos)
        if um is not None:
            unit = _loose_unit(um.group("u").lower(), T, ("time", "length", "mass", "volume", "area"))
            if unit:
                a.unit, a.kind, a.end = unit, "measure", um.end()  # "half an hour", "half a mile"
                return
    if ch in "\u00b0\u00ba" and not a.money:
        dm = _DEG_SCALE.match(text, pos, timeout=TIMEOUT)
        if dm is not None:  # "-273.15\u00b0 on the Celsius scale", "100\u00b0 Fahrenheit"
            a.unit, a.kind = ("degF" if dm.group("s")[0] in "fF" else "degC"), "measure"
            a.end = dm.end()
            return
    if ch in " \u00a0" and a.unit == COUNT and not a.money and a.scale == 1.0:
        em = _EMPHATIC_SPAN.match(text, pos, timeout=TIMEOUT)
        if em is not None:
            unit = _loose_unit(em.group("u").lower(), T, ("time",))
            if unit:
                a.unit, a.kind, a.end = unit, "measure", em.end()  # (s32) "eight long years"
                return
    # cheap pre-check: the right-side pattern can only match before a symbol or a known first word
    if ch not in T.right_syms and not (ch in " -\u00a0" and pos + 1 < n and text[pos + 1] in T.right_syms):
        w = _word_at(text, pos, n)
        if w not in T.right_firsts:
            if ch.isalpha() and not a.words:
                a.drop = True  # glued to letters we do not know: a code ("24703L202"), not a figure
            return
    rm = right_match(text, pos, timeout=TIMEOUT)
    if rm is not None and rm.lastgroup == "scale":
        # attached scale: 3bn, 10k, 1.5m, 2 mn
        if a.words and a.scale != 1.0:
            return
        form = rm.group("sa") or rm.group("ss")
        info = T.scale_lookup.get(form) or T.scale_lookup.get(form.lower())
        if info is None:
            return
        mult, fl = info
        if len(form) == 1 and _COMPOUND_AFTER.match(text, rm.end()):
            return  # "312 T-shirts", "10 K-pop bands": a letter of a compound word, no scale
        if form == "K" and not a.money and not a.words and _TEMPERATURE.search(text, max(0, a.start - 60), a.start):
            a.unit, a.kind = "K", "measure"  # "300 \u00b0C (572 \u00b0F, 573.15K)": kelvin beside other temperatures
            a.end = rm.end()
            return
        if "metre" in fl and not a.money:
            nxt = _next_word(text, rm.end()).lower()
            if _metres(text, a, rm.end(), nxt, T):
                a.unit, a.kind = "m", "measure"  # "1.8m tall", "the 100m hurdles"
                a.end = rm.end()
                return
        a.value *= mult
        a.scale = mult
        a.scale_written = form
        pos = rm.end()
        a.end = pos
        rm = right_match(text, pos, timeout=TIMEOUT) if pos < n else None
    if a.scale != 1.0 and a.scale >= 1000 and a.words and not a.scale_written:
        a.scale_written = "word"
    if rm is None:
        # glued to letters or digits that we do not know: a code ("24703L202"), not a figure
        if pos < n and (text[pos].isalpha() or text[pos] == "_") and not a.words:
            a.drop = True
        elif text[pos:pos + 2] == " C" and a.unit == COUNT and a.scale == 1.0 and not a.words \
                and _CELSIUS.match(text, pos + 2):
            a.unit, a.kind = "degC", "measure"  # "30 C outside": degrees Celsius
            a.end = pos + 2
        return
    kind = rm.lastgroup
    if kind == "pct":
        a.unit, a.kind = PERCENT, "percent"
        a.end = rm.end()
    elif kind == "pp":
        word = rm.group("pp").strip(" \u00a0-").lower()
        if word.startswith("basis"):
            a.value /= 100.0
            a.unit, a.kind = PERCENTAGE_POINT, "percent"
            a.end = rm.end()
        elif word.startswith(("percentage", "pp", "ppt")) or (
                abs(a.value) <= 100 and _percent_context(text, a.start, rm.end())
                and not _INDEX_CONTEXT.search(text, max(0, a.start - 120), a.start)):
            # (s35) a bare "points" near a percent is a percentage point ("up 3 points to 45%"), but
            # not past 100, nor a stock index's points ("The FTSE 100 closed up 1.2% at 7,650 points")
            a.unit, a.kind = PERCENTAGE_POINT, "percent"
            a.end = rm.end()
    elif kind == "fold":
        word = rm.group("fold").strip(" -").lower()
        if word in ("fold", "x", "\u00d7"):
            a.unit, a.kind = MULTIPLE, "multiple"
            a.end = rm.end()
        else:  # "10 times": a multiple when comparing ("ten times more", "times as", "times the")
            rate = _RATE.match(text, rm.end(), timeout=TIMEOUT)
            if rate is not None:  # "four times a week": a rate
                a.unit, a.kind = "1 / " + rate.group("per").lower(), "measure"
                a.end = rate.end()
                return
            nxt = _next_word(text, rm.end()).lower()
            if nxt in ("as", "more", "less", "higher", "larger", "bigger", "greater", "faster", "smaller",
                       "lower", "the", "that", "what", "over", "its", "their", "his", "her"):
                a.unit, a.kind = MULTIPLE, "multiple"
                a.end = rm.end()
    elif kind == "ord":
        if not a.words:
            a.drop = True
    elif kind == "clock":
        suffix = rm.group("clock").strip(" \u00a0").lower().replace(".", "")
        if a.decimals not in (0, 2) and suffix in ("pm", "am") and not a.words:
            a.unit, a.kind = suffix, "measure"  # "2.123 pm" is a length: times have 0 or 2 decimals
            a.end = rm.end()
        elif not a.words:
            a.drop = True
            a.date = True
    elif kind == "decade":
        if not a.words and 1000 <= a.value <= 2100 and a.value % 10 == 0 or a.value in (20, 30, 40, 50, 60, 70, 80, 90):
            a.drop = True
            a.date = True
    elif kind == "cpost":
        form = rm.group("cpost").lstrip(" \u00a0-")
        key = " ".join(form.split())
        info = T.cur_post.get(key) or T.cur_post.get(key.lower())
        if info:
            code, factor = info
            lw = key.lower()
            if lw in T.cur_scaled and a.scale < 1e6:
                return  # "won" is a currency only after a scale ("12 trillion won")
            if lw == "grand" and (a.scale != 1.0 or _next_word(text, rm.end()).lower() not in _GRAND_NEXT
                                  and not _GRAND_STOP.match(text, rm.end())):
                return  # "24 grand in benefits", but not "3 grand slams", "the 2 Grand Prix"
            if lw in ("pound", "pounds") and _mass_pounds(text, a, rm):
                a.unit, a.kind = "lb", "measure"
            else:
                if a.money and a.unit != code:
                    return
                a.unit, a.kind, a.money = code, "money", True
                if factor != 1.0:
                    a.value *= factor
                    a.factor = factor
            a.end = rm.end()
    elif kind == "unit":
        if rm.group("inch"):
            if a.words and (rm.end() >= len(text) or text[rm.end()] in ".\n)"):
                return  # "kept one in.": a number word closing a line is not a length
            a.unit, a.kind = "inch", "measure"
            a.end = rm.end()
            return
        raw = rm.group("unit").strip(" \u00a0-()[]{}<>")
        if raw == '"' and (a.words or text.count('"', max(0, text.rfind("\n", max(0, a.start - 600), a.start)),
                                                    a.start) % 2):
            return  # the end of a quotation, not inches
        key = " ".join(raw.split())
        unit = T.unit_lookup_cs.get(key) or T.unit_lookup_ci.get(key.lower())
        if unit and not a.money:
            if key == "m" and a.scale != 1.0:
                return
            if _titled_unit(text, a, key, T):
                a.drop = True  # (s32) "the 21 Grams actress", "a 60 Minutes interview": a title's number
                return
            if a.words and unit in ("bit", "byte") and rm.group("unit").lstrip(" ").startswith("-"):
                return  # "two-bit Tories"
            a.unit, a.kind = unit, "measure"
            a.end = rm.end()
            if a.end < len(text) and text[a.end] in _TAIL_START:
                _unit_tail(text, a, T)


#: (s32) unit words written with a capital as a matter of course, not as part of a name
_PROPER_UNIT_WORDS = frozenset(("celsius", "centigrade", "fahrenheit", "kelvin", "british"))
#: (s32) the units a title names ("21 Grams", "8 Mile", "127 Hours", "100 Acre Wood"); a unit with
#: a metric prefix or of a technical dimension is a style some copy capitalises ("5 Kilowatts")
_TITLED_DIMENSIONS = frozenset(("time", "length", "mass", "area", "volume"))
_METRIC_PREFIXES = ("kilo", "mega", "giga", "tera", "peta", "exa", "milli", "micro", "nano", "centi", "deci",
                    "pico", "femto", "kibi")
#: (s32) a word of four letters or more written in lower case: a line of prose has some
_LOWER_WORD = compile_cached(r"(?<![\p{L}'\u2019-])\p{Ll}{4,}(?![\p{L}'\u2019-])")


def _titled_unit(text: str, a: _Atom, key: str, T: _Tables) -> bool:
    """(s32) A unit word written with a capital after a number, in a line of prose: the number
    and word are a title or a programme's name, not a measure ("the 21 Grams actress", "in a 60
    Minutes interview", "the film 127 Hours", "Sky's 24 Hours in Police Custody"); prose writes
    units in lower case even opening a sentence.  Not an abbreviation ("5 Km", "10 Mbps": units.tsv
    flags attach, tight or case), a unit named after a person ("30 Celsius"), a headline in title
    case ("Man Jailed For 10 Years"), or German, which capitalises every noun."""
    words = key.replace("-", " ").split()
    if not words or not all(len(w) > 1 and w[0].isupper() and w[1:].islower() for w in words):
        return False
    if len(words[0]) < 4 or T.units.get(key.lower(), ("", {"attach"}))[1] & {"attach", "tight", "case"}:
        return False
    if any(w.lower() in _PROPER_UNIT_WORDS for w in words) or words[0].lower().startswith(_METRIC_PREFIXES) \
            or T.dimensions.get(T.unit_lookup_ci.get(key.lower(), "")) not in _TITLED_DIMENSIONS:
        return False
    if _title_line(text, a.start) or _german_near(text, a.start):
        return False
    lo = text.rfind("\n", 0, a.start) + 1
    hi = text.find("\n", a.end)
    hi = len(text) if hi < 0 else hi
    # a line of prose: at least two words of four letters or more in lower case ("Man Jailed For
    # 10 Years" has none: a short headline in title case)
    return sum(1 for _ in zip(range(2), _LOWER_WORD.finditer(text, lo, hi))) >= 2


# a temperature written just before a number with "K" after it: that K is kelvin
_TEMPERATURE = compile_cached(r"\d[ \u00a0]?[\u00b0\u00ba][ \u00a0]?[CF]\b|(?i:celsius|fahrenheit|kelvin)")
# after a number: a temperature scale named after a degree sign
_DEG_SCALE = compile_cached(r"[\u00b0\u00ba][ \u00a0]*(?:(?i:on[ \u00a0]+the)[ \u00a0]+)?(?P<s>(?i:celsius|centigrade|fahrenheit))"
                           r"(?:[ \u00a0]+(?i:scale))?\b")
# after "30 C": the end of the phrase (not "C-section", "C.S. Lewis", "C++")
_CELSIUS = compile_cached(r"(?:\Z|[ \t\n,;:!?)]|\.(?![\p{L}\p{N}]|[ ]\p{Lu}\.))")

# "four times a week", "twice per day": how often, per a span of time
_RATE = compile_cached(r"[ \u00a0]+(?i:a|an|per|each|every)[ \u00a0]+(?P<per>(?i:second|minute|hour|day|week|fortnight|month|year))\b(?![ \u00a0]+(?i:ago|earlier|later)\b)")

_TAIL_START = frozenset("/^-\u2212\u00b2\u00b3 1234")
_EXPONENT = {"\u00b2": 2, "\u00b3": 3}


def _exponent(s: Optional[str]) -> int:
    if not s:
        return 1
    if s in _EXPONENT:
        return _EXPONENT[s]
    return int(s.lstrip("^").replace("\u2212", "-"))


def _unit_tail(text: str, a: _Atom, T: _Tables) -> None:
    """Extend a unit with an exponent and "/unit" or "per unit" parts (at most three)."""
    unit = a.unit
    pos = a.end
    for _ in range(3):
        m = T.unit_tail_re.match(text, pos, timeout=TIMEOUT)
        if m is None or m.end() == pos:
            break
        e1 = _exponent(m.group("e1"))
        if e1 != 1:
            unit = f"{unit} ** {e1}" if " " not in unit else f"({unit}) ** {e1}"
        if m.group("u2"):
            raw = " ".join(m.group("u2").split())
            u2 = T.unit_lookup_cs.get(raw) or T.unit_lookup_ci.get(raw.lower()) or raw
            e2 = _exponent(m.group("e2"))
            unit = f"{unit} / {u2}" + (f" ** {e2}" if e2 != 1 else "")
        pos = m.end()
        if not m.group("u2"):
            break
    if pos != a.end:
        a.unit = unit
        a.end = pos


_OF_A = compile_cached(
    r"[ \u00a0]+of[ \u00a0]+(?:a|an|one)[ \u00a0]+(?P<w>million|billion|trillion|thousand|percentage[ \u00a0]+point|per[ \u00a0]?cent|percent)\b",
    regex.I)


def _fraction_of(text: str, a: _Atom) -> None:
    """"a quarter of a million" = 250,000; "a quarter of a percentage point" = 0.25 points."""
    m = _OF_A.match(text, a.end, timeout=TIMEOUT)
    if m is None:
        return
    w = " ".join(m.group("w").lower().split())
    if w.startswith("percentage"):
        a.unit, a.kind = PERCENTAGE_POINT, "percent"
    elif w.startswith("per") :
        a.unit, a.kind = PERCENT, "percent"
    else:
        mult = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}[w]
        a.value *= mult
        a.unit, a.kind, a.scale = COUNT, "number", mult
        a.scale_written = "word"
    a.end = m.end()


# track and swimming distances: "the 400m", "5,000m", "over 1500m"
_DISTANCES = frozenset((50.0, 60.0, 100.0, 110.0, 200.0, 300.0, 400.0, 500.0, 800.0, 1000.0, 1500.0, 3000.0,
                        5000.0, 10000.0))


def _metres(text: str, a: _Atom, pos: int, nxt: str, T: _Tables) -> bool:
    """Is the "m" after this number metres (else million)?  Money and head counts are millions."""
    if nxt in T.cur_post_words:
        return False  # "481.42m yuan", "a 800m euro loss"
    mc = T.word_class["metre_context"]
    if nxt in mc or _prev_word(text, a.start)[0].lower() in mc:
        return True  # "1.8m tall", "the 100m hurdles", "cleared 4.88m"
    # an event's size where the talk is of racing, and not of money: "took
    # the women's 1500m AAAs title", "the 800m"; but "300m blog entries",
    # "net users number 100m" are millions
    race = a.decimals == 0 and a.value in _DISTANCES and _athletics_near(text, a.start, pos, T) \
        and not _MONEY_NEAR.search(text, max(0, a.start - 80), pos + 40)
    if race:
        return True
    if _count_context(text, pos, nxt):
        return False  # "3m users"
    if any(c in text[max(0, a.start - 80):a.start] for c in "$\u00a3\u20ac\u00a5"):
        return False  # "\u00a353m ... up from 38m": money nearby
    if _SMALL_LENGTH.search(text, max(0, a.start - 60), min(len(text), pos + 60)):
        return True  # "1m is equal to 10 dm": beside centimetres and millimetres, m is a length
    if a.decimals == 2 or a.decimals == 0 and a.value >= 1000:
        return True  # "16.50m" in the triple jump, "10,500m"
    if text[a.end:a.end + 1] == " ":
        return True  # "5 m": spaced, as units are written; millions are glued ("5m")
    return False  # "up from 38m", "peaked at 11.9m": millions


#: a currency sign or word near "1500m": money, so m is million
_MONEY_NEAR = compile_cached(r"[$\u00a3\u20ac\u00a5]|(?i:\b(?:pounds?|dollars?|euros?|yen|prize|fee|deal|contract|"
                             r"salary|sponsorship|worth|budget|funding|cost)\b)")


def _athletics_near(text: str, start: int, pos: int, T: _Tables) -> bool:
    """A word of track or pool racing near the figure (a paragraph's reach)."""
    return T.athletics_re.search(text, max(0, start - 400), min(len(text), pos + 200)) is not None


_SMALL_LENGTH = compile_cached(r"\d[ \u00a0]?(?:dm|cm|mm)(?![\p{L}\p{N}])")


def _count_context(text: str, pos: int, nxt: str) -> bool:
    """After "1.2m": a head count or other count (million), rather than metres."""
    if not nxt:
        return False
    lw = nxt.lower()
    if lw in ("people", "viewers", "users", "customers", "jobs", "homes", "households", "voters", "visitors",
              "copies", "sales", "units", "subscribers", "barrels", "tonnes", "tons", "passengers",
              "children", "adults", "patients", "workers", "residents", "listeners", "downloads", "shares",
              "members", "signatures", "cases", "deaths", "votes", "more", "extra", "new", "worth", "pounds",
              "dollars", "euros", "yen"):
        return True
    return lw.endswith("s") and not lw.endswith("ss") and len(lw) > 3


#: (s35) a stock index named before a figure in points: its points are the index's, not percentage points
_INDEX_CONTEXT = compile_cached(r"(?i)\b(?:index|indices|indexes|ftse|footsie|dow|nasdaq|nikkei|dax|cac|s&p|hang\s+seng|"
                                r"sensex|nifty|stoxx|kospi|topix|asx|tsx|ibex|mib)\b")


def _percent_context(text: str, s: int, e: int) -> bool:
    lo = max(0, s - 200)
    hi = min(len(text), e + 120)
    line_lo = text.rfind("\n", lo, s) + 1 or lo
    line_hi = text.find("\n", e, hi)
    if line_hi == -1:
        line_hi = hi
    window = text[max(lo, line_lo):line_hi].lower()
    return "%" in window or "per cent" in window or "percent" in window or "rate" in window


_MASS_CONVERSION = compile_cached(r"[ \u00a0]*\([ \u00a0]*(?:about |around |some |nearly |almost )?[\d.,]+[ \u00a0]*"
                                  r"(?:kg|kilos?|kilogrammes?|kilograms?|tonnes?|g|grams?|grammes?)\b")


def _mass_pounds(text, a: _Atom, rm) -> bool:
    """"twenty-pound bag", "2,204.62 pounds", "weighs 10 pounds": pounds of mass."""
    grp = rm.group("cpost")
    if grp.startswith("-"):
        return True
    if a.scale >= 1e6:
        return False
    nxt = _next_word(text, rm.end()).lower()
    if nxt in ("of", "heavier", "lighter", "in"):
        return True
    if "weigh" in text[max(0, a.start - 60):a.start].lower():
        return True
    pw, _ = _prev_word(text, a.start)
    pw = pw.lower()
    if pw.startswith(("weigh", "lost", "gained", "lose", "gain", "drop", "shed", "put", "heav", "light")):
        return True
    if a.decimals >= 2 and a.sep:
        return True
    if _MASS_CONVERSION.match(text, rm.end()):
        return True  # "overloaded by 700 pounds (320kg)": the conversion says which pounds
    if grp.strip(" \u00a0").lower() == "pound" and a.value != 1 and nxt.isalpha() \
            and nxt not in ("sterling", "coin", "coins", "note", "notes", "a", "an", "per", "each"):
        # "a twenty pound bag of pinto beans for $13": an adjective of weight where prices are in dollars
        lo = max(0, a.start - 160)
        seg_lo = max(text.rfind(". ", lo, a.start), text.rfind("\n", lo, a.start)) + 1
        seg_hi = text.find(". ", rm.end(), rm.end() + 160)
        seg = text[seg_lo or lo:seg_hi if seg_hi >= 0 else rm.end() + 160]
        if "$" in seg and "\u00a3" not in seg:
            return True
    return False


def _maybe_post(text: str, end: int, T: _Tables) -> bool:
    if end >= len(text):
        return False
    ch = text[end]
    if ch == "+":
        return True
    if ch in " \t\u00a0-":
        return _word_at(text, end, len(text)) in T.post_firsts
    return False


# a hyphen and letters after a one-letter scale make it part of a word ("T-shirts"),
# but "5m-a-year" and "3M-plus" keep the scale
_COMPOUND_AFTER = compile_std_cached(r"-(?!a-|an-|plus\b|per\b)[A-Za-z]")
_PHONE_WORDS = compile_std_cached(r"\b(?:call|calls|calling|dial|dialled|dialed|phone|telephone|mobile|helpline"
                             r"|hotline|whatsapp|sms|text|contact|number|toll-free|ring)\b", _stdre.I)


#: capitalised verb forms that end in -ing/-ed but are names ("Boeing 737", "United 3")
_NOT_HEADLINE_VERBS = frozenset(("boeing", "beijing", "reading", "wyoming", "sterling", "peking", "viking",
                                 "spring", "united", "mohammed", "mohamed", "redshirted"))
#: short headline verbs: "Trump Has 3 Rallies", "Man Wins 5 Awards"
_HEADLINE_VERBS = frozenset(("has", "have", "had", "gets", "got", "wins", "won", "kills", "takes", "took",
                             "makes", "made", "pays", "paid", "costs", "sells", "sold", "buys", "bought",
                             "loses", "lost", "gives", "gave", "needs", "sees", "saw", "hits", "shows",
                             "spends", "spent", "owns", "owes", "earns", "faces", "holds", "held", "adds",
                             "cuts", "saves", "bans", "fires", "hires", "jails", "sends", "sent", "finds",
                             "found", "raises", "eats", "ate", "drinks", "visits", "leaves", "left",
                             # (s27) more headline verbs before a count
                             "cancels", "kill", "win", "lose", "pay", "give", "take", "make", "buy", "sell",
                             "owe", "hire", "fire", "ban", "add", "save", "send", "need", "get", "gets",
                             "says", "claims", "reveals", "shot", "hurt", "injures", "injured", "arrests",
                             "arrested", "rescues", "rescued", "deports", "deported", "deploys",
                             "launches", "downs", "votes", "approves", "rejects", "signs", "sign",
                             "receives", "received", "receive", "offers", "offer", "announces", "plans",
                             "voted", "vote", "lists", "listed"))
_WORD_RUN = compile_cached(r"\p{L}[\p{L}'\u2019-]*")


def _headline_verb(text: str, pws: int, pwl: str) -> bool:
    """A capitalised verb before a number in a headline written in title case
    ("Trump Waiting ... After Holding 4 Campaign Rallies", "Man Serving One
    Term"): its capital marks the style, not a name, so the number counts.
    A line is in title case when at least 70% of its words of four letters
    or more (after the first) are capitalised."""
    if not (len(pwl) >= 6 and pwl.endswith(("ing", "ed")) or pwl in _HEADLINE_VERBS
            or _INFINITIVE_BEFORE.search(text, max(0, pws - 4), pws) and _COUNTED_AFTER.match(text, pws + len(pwl))) \
            or pwl in _NOT_HEADLINE_VERBS:
        return False
    return _title_line(text, pws)


#: (s27) names a product, craft or place by a number: "Boeing 737 Max Jets", "Windows 10 Users"
_NUMBERED_NAMES = frozenset(("boeing", "airbus", "windows", "iphone", "ipad", "galaxy", "pixel", "playstation", "xbox",
                             "apollo", "area", "formula", "chanel", "android", "ios", "office", "firefox", "gemini",
                             "artemis", "soyuz", "falcon", "model", "series", "class", "type", "mark", "mk", "version",
                             "air", "force", "channel", "radio", "studio", "ward", "district", "precinct", "pier",
                             "terminal", "hangar", "block", "unit", "station", "interstate", "i", "us", "a", "m",
                             # (s27) lists and indexes named by a number: "the Fortune 500 Companies"
                             "fortune", "forbes", "ftse", "russell", "dow", "nasdaq", "nikkei", "dax", "top",
                             # a ballot measure or a law's part: "Californias Prop 55 Prevents"
                             "prop", "proposition", "measure", "initiative", "question", "amendment",
                             "resolution", "bill", "act"))
#: a plural noun within two words: what a number before it counts
_PLURAL_TAIL = r" (?:[\p{L}-]+ )??[\p{L}-]+(?<=\p{Ll}s)\b"
#: ... after the number (or its range's end, "28-8")
_PLURAL_AFTER = compile_cached(r"(?:[-\u2013]\d+)?" + _PLURAL_TAIL)


def _title_count(text: str, end: int, pws: int, pwl: str) -> bool:
    """(s27) In a title-case headline a capitalised word before digits is a word of the style, not
    a name the digits number, when a plural follows what they count ("Calendar Lists 64 Different
    Dates", "Written 10 Checks", "Across 43 Countries"); not a product or place ("Boeing 737 Max
    Jets", "Windows 10 Users")."""
    if pwl in _NUMBERED_NAMES:
        return False
    if (pwl in _TITLE_LITTLE or len(pwl) >= 4 and pwl.endswith(_VERB_ENDS)) \
            and _PLURAL_AFTER.match(text, end) is not None and _title_line(text, pws):
        return True
    # (s27) a word common in lower case before the number ("This Woman Undergo 17 Surgeries", "Would
    # Create 53 New Government Bureaucracies", "Sen. Warner Ran 8-10 Points Ahead"), or a number
    # hyphened to the word it describes ("Massive 33-Storey Cruise Ship"), in a title-case line
    return pwl in _common_words() and (_COUNTED_NOUN_AFTER.match(text, end) is not None
                                       or _HYPHENED_AFTER.match(text, end) is not None) and _title_line(text, pws)


#: (s27) a plural within three words after a number ("124 Undocumented Children", "53 New Government
#: Bureaucracies")
_COUNTED_NOUN_AFTER = compile_cached(r"(?:[-\u2013]\d+)? (?:[\p{L}-]+ ){0,2}(?:[\p{L}-]+(?<=\p{Ll}s)|"
                                     r"(?i:children|people|men|women|police|staff|cattle|personnel))\b")


#: (s27) a number hyphened to the word it describes: "33-Storey", "10-Year" (not "737-800")
_HYPHENED_AFTER = compile_cached(r"-\p{L}{3,}(?![\p{L}\p{N}-])")


@functools.lru_cache(maxsize=2)
def _common_words_at(path: str) -> frozenset:
    return frozenset(w.lower() for w in word_file(Path(path)))


def _common_words() -> frozenset:
    """Words common in lower case in news (rules/lists/common_words.txt)."""
    return _common_words_at(str(rules_dir() / "lists" / "common_words.txt"))


#: (s27) words a title-case headline capitalises that never name a thing by a number
_TITLE_LITTLE = frozenset(("across", "other", "previous", "over", "under", "about", "nearly", "almost", "than",
                           "all", "some", "only", "just", "least", "most", "first", "last", "next", "another",
                           "every", "each", "these", "those", "their", "his", "her", "its", "our", "with",
                           "from", "into", "for", "after", "before", "since", "by", "at", "in", "on", "of",
                           "to", "and", "or", "extra", "additional", "further", "new", "more", "fewer"))
#: the endings of a verb form (or a plural, which numbers nothing either): "Lists", "Voted", "Written"
_VERB_ENDS = ("s", "ed", "en", "ing")


#: (s27) "to" before the capitalised word, and a plural within two words after its number: an
#: infinitive in a title-case headline ("Begging Minister to Cancel 3 Farmer Bills", "Moves to
#: Ban 5 Chinese Apps"), not a place or a name ("Travels to Area 51 With Aides")
_INFINITIVE_BEFORE = compile_cached(r"(?-i:\bto) \Z")
_COUNTED_AFTER = compile_cached(r" [\d,.]+" + _PLURAL_TAIL)


def _article_name(text: str, a, T) -> bool:
    """(s31) After "a" or "an", a whole number of two or more (a count takes no article) then a
    capitalised word that is no number word, month or weekday is a name's number: "a 24 Oras
    report", "a 60 Minutes interview"; not in a title-case line, where every word is capitalised
    ("Wins a 10 Year Contract")."""
    if a.value is None or a.value < 2:
        return False
    nxt = _next_word(text, a.end)
    if not _name_word(nxt, T) or nxt.lower() in T.word_class["weekday"]:
        return False
    return not _title_line(text, a.start)


def _name_word(word: str, T) -> bool:
    """Is ``word`` capitalised as a name's word ("Oras", "Steps"), and no number word or month?"""
    return bool(word) and word[0].isupper() and word[1:].islower() \
        and word.lower() not in T.numwords and word.lower() not in T.word_class["month"]


def _the_title(text: str, a, pws: int, T) -> bool:
    """(s32) A capitalised "The" inside a sentence opens a title: the number after it, with a
    capitalised word or nothing after it, is the title's ("he staged The 39 Steps", "a fan of The
    1975"); not opening a sentence, a quotation or a line, nor in a title-case line."""
    if _sentence_start(text, pws):
        return False
    nxt = _next_word(text, a.end)
    if nxt and not _name_word(nxt, T):
        return False
    return not _title_line(text, a.start) and not _german_near(text, a.start)


def _title_line(text: str, pos: int) -> bool:
    """Is the line around ``pos`` written in title case: at least 70% of its words of four
    letters or more (after the first), and at least four of them, capitalised?"""
    lo = text.rfind("\n", 0, pos) + 1
    if _TITLE_FORCED:  # reading a title view (``_title_view``): the original line's style
        return lo in _TITLE_FORCED[-1]
    return mostly_capitalised(text, lo, text.find("\n", pos))


#: (s27) in a title-case line a capitalised number word is a number ("Caught with Two Women",
#: "Changed His Clothes Four Times"), except in the names news copy writes with one
_NUMBER_NAMES = compile_cached(
    r"(?i)(?:(?:formula|channel|bbc|itv|radio|s4c|fantastic|famous|big|final|page|apollo|air force|"
    r"catch|seven|day|chapter|part|act|level|stage|phase|league|division|class|category|grade|"
    r"article|section|title|schedule|number|no\.?|world war|super bowl|sainsbury's|tesco|fox|ch\.?|"
    r"xbox|playstation|galaxy|iphone|windows|office|model|mission|operation|studio) \Z)")
_NUMBER_NAMES_AFTER = compile_cached(
    r"(?i) (?:nations|tribes|kingdoms|eyes|seas|stooges|towers|oaks|rivers|lakes|hills|pillars|dwarfs|"
    r"musketeers|tops|degrees of|direction|republic|bridges|corners|forks|mile island|o'clock|commandments|"
    r"plagues|wonders|deadly sins|virtues|tenors|amigos|horsemen)\b")


#: (s27) the line starts of the title-case lines of the text a title view was made from
_TITLE_FORCED: list = []
#: (s27) the words of a figure's own vocabulary a title-case headline capitalises: the ordinals and
#: superlatives of ranks, and what may follow a number as its unit, scale or currency
_TITLE_RANK_WORDS = ("first", "highest", "largest", "biggest", "lowest", "smallest", "most", "least", "fastest",
                     "slowest", "best", "worst", "richest", "poorest", "deadliest", "busiest", "oldest", "longest",
                     "greatest", "safest", "strongest", "weakest", "leading", "costliest", "cheapest", "wealthiest",
                     "populous", "growing", "percent", "cent", "cents", "times", "per", "globally", "nationally",
                     "worldwide", "statewide")
#: (s27) the little words a title-case headline capitalises, read in lower case too ("Ranks 50Th Out
#: of All States"): sentence case never capitalises them mid-line
_TITLE_LITTLE_WORDS = frozenset("out of all among in for on at by to from with than and or the an".split())
#: vocabulary words that are also names (or a name's part) next to a number: "the 2005 Grand National",
#: "Real Madrid", "Rand Paul", "Penny Mordaunt"; "Number 10" is Downing Street
_TITLE_NOT_VOCAB = frozenset(("grand", "real", "rand", "stone", "sterling", "penny", "dong", "mil", "watt", "kelvin",
                              "gray", "franc", "won", "number", "mark", "marks", "pound", "scores", "couple"))
#: a capitalised word, or one part of a hyphened compound ("Second-highest", "33-Storey")
_TITLE_WORD = compile_cached(r"(?<![\p{L}\p{N}'\u2019])\p{Lu}\p{Ll}+(?![\p{L}\p{N}'\u2019])"
                             r"|(?<=[\p{L}\p{N}]-)\p{Lu}\p{Ll}+(?![\p{L}\p{N}])")
#: an ordinal's ending or a decade's "s" after digits ("56Th", "2Nd", "1980S"), a multiple's "x" ("25X")
_TITLE_DIGIT_TAIL = compile_cached(r"(?<=\d)(?:St|Nd|Rd|Th|S|X)(?![\p{L}\p{N}])")
#: a rank written with "No."/"Number" and the word after it ("the No. 1 Reason", "the Number One Killer")
_TITLE_NUMBER_RANK = compile_cached(r"\b(?:No\.|Number|#) ?(?:[1-9]\d?|(?P<w>One|Two|Three|Four|Five|Six|Seven|Eight|"
                                    r"Nine|Ten)) (?P<n>\p{Lu})(?=\p{Ll})")


@functools.lru_cache(maxsize=4)
def _title_vocab(T) -> frozenset:
    words = set(T.ordinals) | set(_TITLE_RANK_WORDS)
    for form, (_, flags) in T.units.items():
        if "case" not in flags and form.isalpha():
            words.add(form.lower())
    for form, _, flags in T.scales:
        if "case" not in flags and form.isalpha():
            words.add(form.lower())
    for form in list(T.cur_post) + list(T.cur_pre):
        if form.isalpha() and not form.isupper():
            words.add(form.lower())
    for phrase in T.vague:
        words.update(w for w in phrase.split() if w.isalpha())
    # (abbreviations are left as written: "Rs", "Tk", "Ksh" are a currency's own capitals)
    return frozenset(w for w in words if len(w) > 3 and w not in _TITLE_NOT_VOCAB) | _TITLE_LITTLE_WORDS


#: the longer little words a title-case headline may leave in lower case ("Came From", "Deals With")
_TITLE_LOWER_OK = frozenset("""from with into over than that upon onto about after before between through
under without against among during since until versus within across toward towards""".split())


_LOWER_LONG = compile_cached(r"(?<![\p{L}\p{N}'\u2019-])\p{Ll}[\p{L}'\u2019-]{3,}")


def _strict_title_line(text: str, lo: int, hi: int) -> bool:
    """A headline in title case, told more strictly than by _title_line: at least three words of
    four letters or more after the first, every one capitalised but a few little words ("Virginia
    is the No. 1 Recipient of Federal Dollars", "Florida is Second in the Nation in the
    Uninsured"); a sentence full of names has lower-case words too ("Clint Eastwood's Million
    Dollar Baby beat Martin Scorsese's The Aviator to the top awards")."""
    m = _LOWER_LONG.search(text, lo, hi)
    while m is not None:  # (most lines of sentence case fail here, at their first lower-case word)
        if m.group().lower() not in _TITLE_LOWER_OK and m.start() > lo:
            return False
        m = _LOWER_LONG.search(text, m.end(), hi)
    long_ = [w for w in _WORD_RUN.findall(text, lo, hi)[1:] if len(w) > 3]
    return len(long_) >= 3 and all(w[0].isupper() or w.lower() in _TITLE_LOWER_OK for w in long_) \
        and sum(1 for w in long_ if w[0].isupper()) >= 3


def _title_view(text: str, T):
    """(s27) The title-case lines of ``text`` with the words of a figure's vocabulary in lower case
    ("Has the Second-highest Incidence", "Ranks 56Th Globally", "Thousands of Tonnes", "33-Storey
    Ship", "Is the No. 1 Reason"): a headline capitalises every word, so its capitals tell no
    name, and the figure finder reads these words in lower case.  Same-length pieces; None when
    the text has no title-case line or nothing to rewrite.  Lines in sentence case are untouched."""
    pieces = []
    starts = set()  # the lines the original text reads in title case (_title_line), for the view's reading
    lo = 0
    vocab = None
    while lo <= len(text):
        hi = text.find("\n", lo)
        hi = len(text) if hi < 0 else hi
        if hi - lo > 20 and mostly_capitalised(text, lo, hi):
            starts.add(lo)
        if hi - lo > 20 and _strict_title_line(text, lo, hi):
            vocab = vocab or _title_vocab(T)
            first = _WORD_RUN.search(text, lo, hi)
            for m in _TITLE_WORD.finditer(text, lo, hi):
                if m.group().lower() in vocab and (first is None or m.start() != first.start()):
                    pieces.append((m.start(), m.end(), m.group().lower(), False))
            for m in _TITLE_DIGIT_TAIL.finditer(text, lo, hi):
                pieces.append((m.start(), m.end(), m.group().lower(), False))
            for m in _TITLE_NUMBER_RANK.finditer(text, lo, hi):
                if m.group("w"):
                    pieces.append((m.start("w"), m.end("w"), m.group("w").lower(), False))
                pieces.append((m.start("n"), m.end("n"), m.group("n").lower(), False))
        lo = hi + 1
    if not pieces:
        return None
    pieces = sorted(set(pieces))
    pieces = [p for i, p in enumerate(pieces) if not i or p[0] >= pieces[i - 1][1]]
    return _german.View(text, pieces), frozenset(starts)


_SCALE_ALONE = frozenset(("thousand", "million", "billion", "trillion"))
_GLUED_CODE = compile_cached(r"(?<![\p{L}\p{N}])\p{L}{1,4}\d[\d.,]*[ \u00a0]+$")


#: a sum in words all in capitals with a singular currency word: a title ("Million Dollar Baby")
_TITLE_MONEY = compile_cached(r"(?:\p{Lu}\p{Ll}+[ \u00a0-])+(?:Dollar|Pound|Euro|Rupee|Peso|Yen|Buck|Quid)")


_ERA_BEFORE = compile_cached(r"(?<![\p{L}\p{N}])(?:AD|A\.D\.)[ \u00a0]\Z")
_ERA = compile_cached(r"[ \u00a0]?(?-i:AD|A\.D\.|BC|B\.C\.|BCE|B\.C\.E\.|CE|C\.E\.)(?![\p{L}\p{N}])")


def _hyphen_to(text: str, s: int, T: _Tables) -> bool:
    """A number joined by "-to-" to a number before it ("two-to-one", "3-to-1"): one word that
    writes a ratio or a range, not a number glued to a word ("F-16", "Fly-half")."""
    if text[max(0, s - 4):s].lower() != "-to-":
        return False

    def value(lo: int, hi: int):
        w = text[lo:hi].lower()
        if w.isdigit():
            return float(w)
        got = T.numwords.get(w)
        return got[1] if got and got[0] in ("unit", "tens") else None

    j = s - 4
    k = j
    while k > 0 and (text[k - 1].isdigit() or text[k - 1].isalpha()):
        k -= 1
    e = s
    while e < len(text) and (text[e].isdigit() or text[e].isalpha()):
        e += 1
    a, b = value(k, j), value(s, e)
    # a ratio to one ("two-to-one") or a range upwards ("two-to-three"): not a score ("won 3-to-2")
    # nor "one-to-one"
    return a is not None and b is not None and (b == 1 < a or a < b)


def _is_not_figure(text: str, a: _Atom, T: _Tables, num: _Num) -> bool:
    """Years, dates, designations, phone numbers, bullets...: not figures."""
    s = a.num_start
    if a.drop:
        return True
    if num.words and text[s:a.num_end].lower() in _SCALE_ALONE and _GLUED_CODE.search(text[max(0, s - 16):s]):
        return True  # "K500 million", "Sh5 billion": a sum glued to a sign the tables do not know
        # (kwacha, shillings); "million" alone would read as one million
    if a.money and text[a.num_end:a.end].strip() == "Cent":
        return True  # "50 Cent", the rapper: a capitalised singular "Cent" is a name, not half a dollar
    if a.money and num.words and not a.currency_pre and _TITLE_MONEY.fullmatch(text, a.start, a.end):
        return True  # "Million Dollar Baby", "The Six Million Dollar Man": a title, not a sum
    wc = T.word_class
    plain = a.unit == COUNT and a.decimals == 0 and not a.sep and a.end == a.num_end
    if plain and not num.words and (_ERA.match(text, a.end) or _ERA_BEFORE.search(text, max(0, s - 6), s)):
        return True  # "in 79 AD", "500 BC", "1500 BCE", "AD 79": a year of an era, not a count
    if num.words or plain:
        pw, pws = _prev_word(text, a.start)
        pwl = pw.lower().rstrip(".")
    else:
        pw, pws, pwl = "", a.start, ""
    if not num.words:
        if _version_after_name(text, a) or _address(text, a):
            return True
        c1 = text[s - 1] if s > 0 else ""
        c2 = text[s - 2] if s > 1 else ""
        # glued to a letter or letter-hyphen: F-16, COVID-19, SCP-173, G7, i7
        if c1 in "-\u2010\u2011" and c2.isalpha() and not a.currency_pre and not _hyphen_to(text, s, T):
            j = s - 2
            while j > 0 and text[j - 1].isalpha():
                j -= 1
            if not (j > 0 and text[j - 1].isdigit()):
                return True
        if c1.isalpha() and not a.currency_pre:
            return True
        if c1 == "#" and c2 == "&" and text[a.num_end:a.num_end + 1] == ";":
            return True  # an HTML character reference left in copy: "S&#227;o Paulo"
        # nine or more digits with no separator, sign, unit or scale, after a word of calling:
        # a phone number ("call 9969777888", "a number from 777888999"), not a figure
        if plain and a.num_end - s >= 9 and text[s:a.num_end].isdigit() and not a.currency_pre \
                and _PHONE_WORDS.search(text, max(0, s - 60), s):
            return True
        # section numbers / IP-like chains: 3.2.1
        if a.end < len(text) - 1 and text[a.num_end:a.num_end + 1] == "." and text[a.num_end + 1:a.num_end + 2].isdigit():
            return True
        if c1 == "." and c2.isdigit():
            return True
        # numeric dates and other slash chains: 12/03/2020, 24/7 kept only as fractions elsewhere
        if (c1 == "/" and c2.isdigit()) or (text[a.num_end:a.num_end + 1] == "/" and text[a.num_end + 1:a.num_end + 2].isdigit()):
            a.date = True
            return True
        # seasons and year-month: "2013-14", "1995-01"
        if c1 in "-/\u2013" and a.num_end - s == 2 and s >= 5 and text[s - 5:s - 1].isdigit() and text[s - 5] in "12":
            a.date = True
            return True
        # clock "12:14" second half
        if c1 == ":" and c2.isdigit():
            a.date = True
            return True
        raw = text[s:a.num_end]
        # phone numbers and codes: leading zero integers ("020", "0800"), long digit chains
        if len(raw) >= 3 and raw[0] == "0" and raw[1].isdigit():
            return True
        if c1 == "+" and text[a.num_end:a.num_end + 1] == "-":
            return True
        # list bullets and section numbers: "1. Text", "2) Text", "3.2 Scope" at the start of a line
        if a.value < 100 and not a.sep and a.end == a.num_end:
            after = text[a.num_end:a.num_end + 2]
            if after[:1] in (".", ")") and after[1:2] in (" ", "\t") or a.decimals and after[:1] in (" ", "\t") \
                    and after[1:2].isupper() and not a.words:
                line_start = text.rfind("\n", max(0, s - 8), s) + 1
                if (line_start or s < 8) and text[line_start:s].strip() == "":
                    return True
        # absurdly long numerals (a line of digits) are not figures
        if len(raw) > 40:
            return True
        # dates: years and days of months
        if a.unit == COUNT and not a.sep and a.decimals == 0 and a.scale == 1.0 and a.end == a.num_end:
            v = a.value
            if (1000 <= v <= 2100 or pwl == "year") and float(v).is_integer() and len(raw) == 4:
                if _is_year(text, a, pwl, v):  # ("in the year 2175": a date however far)
                    a.date = True
                    return True
            if 1 <= v <= 31 and float(v).is_integer():
                months = wc["month"]
                after = _word_at(text, a.num_end, len(text))
                if after in months or pwl in months or (after == "of" and T.month_re.match(text, a.num_end, timeout=TIMEOUT)):
                    a.date = True  # "4 May", "May 4", "4th of May"
                    return True
                if after in ("to", "and") or text[a.num_end:a.num_end + 1] in ("-", "\u2013"):
                    dr = _DAY_RANGE.match(text, a.num_end, timeout=TIMEOUT)
                    if dr is not None and T.month_re.match(text, dr.end(), timeout=TIMEOUT):
                        a.date = True  # "between 6 and 12 December", "6-12 May"
                        return True
                if pwl in ("and", "to") or c1 in ("-", "\u2013"):
                    if T.month_day_rev.match(text[max(0, s - 24):s][::-1]):
                        a.date = True  # "February 16 and 17", "May 4-6"
                        return True
        # designations: "Article 17", "Windows 10", "Voyager 2"; "Boeing 737-800" and "Ukraine 6-4"
        # take the number after the dash with them (a.chain)
        if a.unit == COUNT and a.decimals == 0 and not a.sep and a.end == a.num_end and pw:
            a.chain = text[a.end:a.end + 1] in ("-", "\u2013") and text[a.end + 1:a.end + 2].isdigit()
            if pwl in wc["designation"] and (pw[0].isupper() or pwl in ("no", "nos", "nr", "number")) \
                    or pwl in wc["designation_lower"]:  # (s31) "on page 107", "under section 230"
                return True
            if pwl in ("a", "an") and _article_name(text, a, T):
                return True  # (s31) "a 24 Oras report", "a 60 Minutes interview": a name's number
            if pw == "The" and _the_title(text, a, pws, T):
                return True  # (s32) "staged The 39 Steps", "a fan of The 1975": a title's number
            if (pw[0].isupper() and pw[1:].islower() or pw.isupper() and len(pw) > 1) and pwl not in _STOP_CAPS \
                    and not pwl.endswith(("'s", "\u2019s")) \
                    and pwl not in wc["month"] and pwl not in wc["weekday"] and text[pws - 2:pws] != ". " \
                    and pws > 0 and text[pws - 1] not in "\n\"'“‘(" and pwl not in T.numwords \
                    and not _headline_verb(text, pws, pwl) \
                    and not _title_count(text, a.end, pws, pwl) \
                    and _next_word(text, a.end).lower() != "times":  # "came to Ohio 12 times": how often
                return True
            if pw[0].isupper() and pw[1:].islower() and pwl not in _STOP_CAPS and pwl not in _common_words() \
                    and pwl not in wc["month"] and pwl not in wc["weekday"] and pwl not in T.numwords \
                    and _sentence_start(text, pws) and _next_word(text, a.end)[:1].isupper() \
                    and not _title_line(text, a.start) and not _german_near(text, a.start) \
                    and not _german.is_german_word(pwl):
                return True  # (s28) a name by a number opening a sentence: "Boeing 737 Max jets were grounded"
                # (not in German, which capitalises every noun: "Alle 75 Mitarbeiter der Kinderstation")
    else:
        # "the one you mentioned", "which one"
        raw_words = text[num.start:num.end]
        words = raw_words.lower()
        c1 = text[num.start - 1] if num.start else ""
        if c1 in "-\u2010" and num.start > 1 and text[num.start - 2].isalpha() \
                and _prev_word(text, num.start - 1)[0].lower() not in T.numwords \
                and not _hyphen_to(text, num.start, T):
            return True  # "Fly-half": a name, not a number
        if text[num.end:num.end + 1] == "-" and text[num.end + 1:num.end + 2].isupper():
            return True  # "Four-Kings": a name
        if text[num.end:num.end + 7].lower() == "-figure":
            return True  # (s28) "a six-figure salary": how many digits a sum has, not a count
        if a.unit == FRACTION and a.end == num.end and text[num.end:num.end + 1] == "-" \
                and text[num.end + 1:num.end + 2].isalpha():
            return True  # "half-time", "quarter-final": a compound word
        if a.unit == FRACTION and words.endswith("quarter") and _next_word(text, num.end).lower() in (
                "in", "earlier", "later", "ago", "before", "after", "ahead"):
            return True  # "a quarter in advance": three months, not a fraction
        if a.unit == FRACTION and a.end == num.end and words.startswith(("a ", "an ")) \
                and not words.endswith(("half", "quarter")):
            nw_ = _next_word(text, num.end)
            if nw_[:1].isalpha() and nw_.lower() not in _AFTER_FRACTION:
                return True  # "a third quarter", "a fifth title": an ordinal
        if pwl == "number" and a.unit == COUNT:
            return True  # "at number seven" in a chart: a position
        if raw_words[:1].isupper() and a.unit == COUNT and not _sentence_start(text, num.start):
            nw_ = _next_word(text, num.end)
            if (nw_[:1].isupper() or pw[:1].isupper() and pwl not in _STOP_CAPS) \
                    and not _headline_verb(text, pws, pwl) and not (
                        _title_line(text, num.start) and not _NUMBER_NAMES.search(text[max(0, pws - 20):num.start])
                        and not _NUMBER_NAMES_AFTER.match(text, num.end)):
                return True  # "the Six Nations", "BBC One", "Formula One": a name
        if words == "zero" and pwl == "absolute" and a.unit == COUNT:
            a.unit, a.kind, a.start = "K", "measure", pws  # "absolute zero": 0 K
            return False
        if words in ("one",) and pwl in wc["determiner"] and a.unit == COUNT \
                and not _ONE_IN_N.match(text, num.end, timeout=TIMEOUT):
            return True  # ("that one in ten users": a fraction, not "that one")
        if words in ("half", "quarter") and (pwl in wc["ordinal_before"] or pwl == "the"):
            return True
        if words == "one" and _next_word(text, num.end).lower() in ("another", "day", "of", "another's", "by"):
            # "one day a week", "one day every year": a duration per period, not "some day"
            return not (a.unit == "day" and _RATE.match(text, a.end, timeout=TIMEOUT))
    return False


_VERSION_BEFORE = compile_cached(r"(?:(?:(?<=[^.!?:\n\s] )|(?<=[\u201c\"']))\p{Lu}[\p{L}\p{N}]*|(?<![\p{L}\p{N}])\p{Lu}{2,}[\p{N}]*"
                                 r"|(?<![\p{L}\p{N}])(?i:version|v))[ \u00a0]\Z")


_MONTHS_DAYS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split())


#: after a number: a street ("10 Downing Street"): an address, not a count
_STREET_AFTER = compile_cached(r"[ \u00a0](?:\p{Lu}\p{Ll}+[ \u00a0]){1,2}(?:Street|Road|Avenue|Lane|Square|Place|Drive|"
                               r"Terrace|Crescent|Boulevard)(?![\p{L}\p{N}])")


def _address(text: str, a: _Atom) -> bool:
    """"10 Downing Street", "221 Baker Street": a house number; not "100 Wall Street firms"."""
    if a.unit != COUNT or a.end != a.num_end or a.decimals or a.sep or a.currency_pre:
        return False
    m = _STREET_AFTER.match(text, a.end)
    return m is not None and not _count_context(text, m.end(), _next_word(text, m.end()))


def _version_after_name(text: str, a: _Atom) -> bool:
    """A version that names, not counts: "Firefox 1.0", "NAFTA 2.0", "version 8.0".  (Substitution
    minutes "(Maloney 45)" and seed lists "9 Vera Zvonareva (Russia)" stay counts: SPT005 and
    SPT008 type them.)"""
    if a.unit != COUNT or a.end != a.num_end or a.currency_pre or a.sep:
        return False
    s = a.start
    if a.decimals and text[s - 1:s] == " " and (text[a.num_start:a.num_end].endswith(".0") or
                                                text[max(0, s - 9):s - 1].lower().endswith(("version", " v"))) \
            and _VERSION_BEFORE.search(text[max(0, s - 30):s]) and text[a.end:a.end + 1] != "%" \
            and _prev_word(text, s)[0].lower() not in _MONTHS_DAYS:
        return True
    return False


def _fraction_follows(text: str, end: int) -> bool:
    """After "a third": the end, punctuation or a word that goes with a fraction ("of", "more")."""
    nw_ = _next_word(text, end)
    return not nw_[:1].isalpha() and text[end:end + 1] != "-" or nw_.lower() in _AFTER_FRACTION


# words that may follow "a third" when it is a fraction ("a third of", "a third more")
_AFTER_FRACTION = frozenset(("of", "more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger", "as",
                             "than", "in", "on", "to", "from", "since", "and", "or", "the", "a", "an", "last", "this",
                             "over", "under", "compared", "while", "but", "by", "at", "for", "with", "were", "was",
                             "are", "is", "said", "say", "say"))

_YEAR_BEFORE = frozenset(" \n\t(\"'\u201c")
_YEAR_AFTER = frozenset(" \n\t,.;:)!?'\"\u201d")


def _bare_year(text: str, p: int, n: int, T: _Tables) -> bool:
    """Fast path: four digits 1900-2100 standing alone, with no unit after and no hedge before."""
    e = p + 4
    if e > n or not text[p:e].isdigit() or (e < n and text[e] not in _YEAR_AFTER):
        return False
    if e + 1 < n and text[e] in ",." and text[e + 1].isdigit():
        return False
    v = int(text[p:e])
    if not 1900 <= v <= 2100:
        return False
    if e < n and text[e] == " " and _word_at(text, e, n) in T.right_firsts:
        return False
    pw, _ = _prev_word(text, p)
    return pw.lower() not in T.hedge_lasts


_DAY_RANGE = compile_cached(r"[ \u00a0]*(?:-|\u2013|to|and)[ \u00a0]*[0-3]?\d(?:st|nd|rd|th)?(?=[ \u00a0])")


def _sentence_start(text: str, i: int) -> bool:
    """True when only spaces, quotes or brackets stand between ``i`` and a sentence end or line start."""
    j = i
    while j > 0 and text[j - 1] in " \t\u00a0\"'\u201c\u2018(":
        j -= 1
    return j == 0 or text[j - 1] in ".!?:\n\u2022-\u2013\u2014"


def _is_year(text, a: _Atom, pwl: str, v: float) -> bool:
    if 1900 <= v <= 2100:
        # "about 1950 people", "some 2000 troops": counts when hedged
        return pwl not in ("about", "some", "nearly", "almost", "around", "than", "roughly", "approximately")
    if pwl in ("in", "since", "by", "from", "until", "of", "year", "before", "after", "during", "circa", "c",
               "around", "summer", "winter", "spring", "autumn", "early", "late", "mid"):
        return True
    return 1500 <= v < 1900 and _event_noun_after(text, a.end, pwl)


#: words that end the look for an event noun after a year ("1857 people in the revolt")
_EVENT_GAP_STOP = frozenset("""of in on at to for from by with and or but as than that which who
were was are is had has have the a an this these those its their his her people""".split())


def _event_noun_after(text: str, e: int, pwl: str) -> bool:
    """"the 1857 revolt", "the 1906 San Francisco earthquake": a number of
    1500-1899 before an event noun (rules/figures/words.tsv, class event_noun)
    within three words is a year.  A singular noun after it is never counted
    ("1857 revolt" is not 1,857 revolts); a plural one ("the 1848
    revolutions") only after "the", as "1500 strikes" may well be a count."""
    events = tables().word_class["event_noun"]
    n = len(text)
    i = e
    for _ in range(3):
        if i >= n or text[i] not in " \u00a0":
            return False
        j = i + 1
        while j < n and (text[j].isalpha() or text[j] in "-'\u2019") :
            j += 1
        w = text[i + 1:j].lower()
        if not w or not w[0].isalpha() or w in _EVENT_GAP_STOP:
            return False
        if w in events:
            plural = w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in ("olympics", "games")
            return pwl == "the" or not plural
        i = j
    return False


def _step(a: _Atom, scale: Optional[float] = None) -> float:
    """Half a unit of the last digit written: the rounding a figure implies."""
    scale = a.scale if scale is None else scale
    if a.vague or a.unit in (MULTIPLE, RATIO, FRACTION) or a.words and (scale < 1e6 or a.is_fraction):
        return 0.0
    if a.decimals != 0:
        return 0.5 * 10.0 ** (-a.decimals) * scale * a.factor
    if scale >= 1e6:
        return 0.5 * scale * a.factor
    return 0.0


def _precision(a: _Atom) -> tuple[float, float]:
    st = _step(a)
    return a.value - st, a.value + st


_SHARE_GAP = compile_cached(r"(?:,?[ \t\u00a0]+(?:and|or)|,)[ \t\u00a0]+\Z")
_PM_GAP = compile_cached(r"[ \t\u00a0]*(?:\u00b1|\+/-|\+-)[ \t\u00a0]*\Z")
#: "14% of those aged 18-29 and 9% of ...": a bare number after "aged" is an age, whatever follows it
_AGED_BEFORE = compile_cached(r"(?i)(?<![\p{L}])(?:aged|ages)[ \t\u00a0]+(?:\d{1,3}[ \t\u00a0]*(?:-|\u2013|to)[ \t\u00a0]*)?\Z")


def _share_units(text: str, atoms: list[_Atom]) -> None:
    """"45 and 50 mg", "5, 10 or 15 per cent": the last unit applies to the bare numbers before it."""
    for i in range(len(atoms) - 2, -1, -1):
        a, b = atoms[i], atoms[i + 1]
        if a.drop or b.drop or a.unit != COUNT or a.end != a.num_end or a.words != b.words:
            continue
        if _AGED_BEFORE.search(text, max(0, a.start - 16), a.start):
            continue
        if b.kind not in ("measure", "percent") and not (b.money and not b.currency_pre):
            continue
        if _SHARE_GAP.match(text[a.end:b.start]):
            a.unit, a.kind, a.money, a.factor = b.unit, b.kind, b.money, b.factor
            if b.factor != 1.0:
                a.value *= b.factor


_CHANGE_HEDGES = frozenset(("about", "around", "roughly", "nearly", "almost", "approximately", "some", "just",
                            "only", "over", "under", "below", "above", "barely", "than"))
_TO_GAP = compile_cached(r"[ \t\u00a0]+to[ \t\u00a0]+(?:(?i:about|around|roughly|nearly|almost|approximately|just|"
                         r"only|over|under|below|above|more[ \t\u00a0]+than|less[ \t\u00a0]+than)[ \t\u00a0]+)?\Z")
_FROM_GAP = compile_cached(r"(?:[ \t\u00a0]+(?i:in|on|at|last|this|a|the|previous|prior|year|month|week|quarter|"
                           r"earlier|ago|before|january|february|march|april|may|june|july|august|september|"
                           r"october|november|december|\d{4})){0,3}[ \t\u00a0]*,?[ \t\u00a0]+(?:(?i:up|down)[ \t\u00a0]+)?"
                           r"from[ \t\u00a0]+(?:(?i:about|around|roughly|nearly|almost|just|only)[ \t\u00a0]+)?\Z")
_BARE_END = compile_cached(r"[ \t\u00a0]*(?:[.,;:!?)\]\"'\u201d\u2019]|\Z|(?i:in|on|at|by|last|this|next|and|or|but|"
                           r"a|an|per|over|since|from|to|the|between|when|while|after|before|for|with|as|than|"
                           r"now|then|today|already|only)\b)")


def _change_word(text: str, pos: int) -> str:
    """The word before a number, past a hedge ("from around 15"), lower case."""
    w, ws = _prev_word(text, pos)
    if w.lower() in _CHANGE_HEDGES:
        w, ws = _prev_word(text, ws)
        if w.lower() in ("more", "less"):
            w, _ = _prev_word(text, ws)
    return w.lower()


def _change_before(text: str, a: _Atom, T: _Tables) -> bool:
    """Is "from" before ``a`` one of a change ("rose from 5% to 7%"), as _try_range tells it?"""
    w, ws = _prev_word(text, a.start)
    if w.lower() in _CHANGE_HEDGES:
        w, ws = _prev_word(text, ws)
    return _prev_word(text, ws)[0].lower() in T.word_class["change"] or _from_change(text, a.start, T, 1)


def _change_units(text: str, atoms: list[_Atom], T: _Tables) -> None:
    """Both ends of a change told with one unit: "rose from 15 to 20 percent" (the first end is 15
    percent), "down from 70 percent to roughly 40" and "fell to 9.6% in December from 10.6" (the
    second end is a percentage too).  _share_units reads lists ("5, 10 or 15%"); a change is no
    range (_try_range leaves "from A to B" after a verb of change as two figures), so its bare
    end kept the count unit.  Only a bare number (nothing glued to it, no noun after it) takes
    the unit of the other end, a percentage or a measure."""
    for i in range(len(atoms) - 1):
        a, b = atoms[i], atoms[i + 1]
        if a.drop or b.drop or a.date or b.date:
            continue
        gap = text[a.end:b.start]
        first = _change_word(text, a.start)
        if first == "from" and _TO_GAP.match(gap):
            pass
        elif first == "to" and _FROM_GAP.match(gap):
            pass
        else:
            continue
        if a.unit == COUNT == b.unit and a.end == a.num_end and a.scale == 1.0 and b.scale != 1.0 \
                and b.scale_written and first == "from" and 0.1 <= a.value * b.scale / b.value <= 10:
            a.value *= b.scale  # "rose from 3 to 5 million": 3 million (not "from 800 to 1.2 million")
            a.scale = b.scale
            continue
        if a.unit == COUNT and a.end == a.num_end and b.kind in ("measure", "percent") and not b.money:
            bare, other = a, b
        elif b.unit == COUNT and b.end == b.num_end and a.kind in ("measure", "percent") and not a.money \
                and _BARE_END.match(text, b.end) and (first == "to" or a.value > b.value or _change_before(text, a, T)):
            bare, other = b, a  # (a rise told with no verb of change, "extend leave from six months to nine",
            # is read as a range when both ends have the unit: left as it was)
        else:
            continue
        if bare.scale != 1.0 or other.scale != 1.0:
            continue  # "from 3 to 5 million": a scale, not a unit
        bare.unit, bare.kind, bare.money, bare.factor = other.unit, other.kind, other.money, other.factor


def _make_figures(text: str, atoms: list[_Atom], T: _Tables) -> list[Figure]:
    """Combine atoms into figures: hedges, ranges, fractions, ratios, conversions."""
    atoms = [a for a in atoms]
    for k in range(1, len(atoms)):
        if atoms[k].article_unit and not text[atoms[k - 1].end:atoms[k].start].strip():
            atoms[k].drop = True  # "130p a litre", "40 miles a gallon", "half a gallon": a rate or a part
    for k in range(len(atoms) - 1):
        if atoms[k].drop and atoms[k].chain and atoms[k + 1].start == atoms[k].end + 1:
            atoms[k + 1].drop = True
    _share_units(text, atoms)
    _change_units(text, atoms, T)
    n = len(atoms)
    used = [False] * n
    out: list[tuple[int, int, dict]] = []
    i = 0
    while i < n:
        a = atoms[i]
        if a.drop or used[i]:
            i += 1
            continue
        if a.fixed:
            out.append((a.start, a.end, dict(value=a.value, low=a.low, high=a.high, unit=a.unit, hedge=a.hedge,
                                             kind="range", low_strict=a.low_strict, high_strict=a.high_strict,
                                             precision_low=a.low, precision_high=a.high,
                                             number_start=a.num_start, number_end=a.num_end)))
            i += 1
            continue
        b = atoms[i + 1] if i + 1 < n else None
        if b is not None and (b.start - a.end > 16 or b.fixed):
            b = None  # too far apart to combine
        # ---- "9.83 +/- 0.01 km": a range around the value
        if b is not None and not b.drop and a.unit == COUNT and a.end == a.num_end and b.start - a.end <= 5 \
                and _PM_GAP.match(text[a.end:b.start]):
            v, d_ = a.value, abs(b.value)
            unit = b.unit
            if b.money and b.factor != 1.0:
                v *= b.factor
            out.append((a.start, b.end, dict(value=v, low=v - d_, high=v + d_, unit=unit, hedge="\u00b1",
                                             kind="range", precision_low=v - d_, precision_high=v + d_,
                                             number_start=a.start, number_end=b.end)))
            used[i] = used[i + 1] = True
            i += 2
            continue
        # "1,3": a decimal comma, where nothing makes it a list
        if b is not None and not b.drop and text[a.end:b.start] == "," and _decimal_comma(text, a, b):
            raw = text[b.num_start:b.num_end]
            a.value = float(f"{int(a.value)}.{raw}") * (-1 if a.value < 0 else 1)
            a.decimals, a.end, a.num_end = len(raw), b.end, b.num_end
            if a.unit == COUNT:
                a.unit, a.kind, a.money = b.unit, b.kind, b.money
            out.append(_single(text, a, T))
            used[i] = used[i + 1] = True
            i += 2
            continue
        # "£507, 596", "GHS436, 540,000": thousands split by a stray space after the comma
        if b is not None and not b.drop and text[a.end:b.start] == ", " and _spaced_thousands(text, a, b):
            digits = text[b.num_start:b.num_end].replace(",", "")
            a.value = a.value * 10 ** len(digits) + float(digits)
            a.sep, a.end, a.num_end = True, b.end, b.num_end
            out.append(_single(text, a, T))
            used[i] = used[i + 1] = True
            i += 2
            continue
        # "by a 2-1 margin", "a margin of 3-1": a ratio of for to against, no score
        if b is not None and _margin_ratio(text, a, b):
            out.append(_ratio(text, a, b, T))
            used[i] = used[i + 1] = True
            i += 2
            continue
        # a vote tally, "the Senate voted 52-48", "a 5-4 ruling": two counts, for and against
        if b is not None and _vote_tally(text, a, b):
            out.append(_single(text, a, T))
            out.append(_single(text, b, T))
            used[i] = used[i + 1] = True
            i += 2
            continue
        # scores "won 3-1", "6-4 5-7 6-3": drop both
        if b is not None and _is_score(text, a, b):
            used[i] = used[i + 1] = True
            i += 2
            continue
        # ---- ranges "10-12", "between 10 and 12 thousand", "from 5 to 7", "1.5-2m"
        if b is not None and not b.drop and not a.vague and not b.vague:
            rng = _try_range(text, a, b, T)
            if rng is not None:
                out.append(rng)
                used[i] = used[i + 1] = True
                i += 2
                continue
            frac = _try_in(text, a, b, T)
            if frac is not None:
                out.append(frac)
                used[i] = used[i + 1] = True
                i += 2
                continue
        out.append(_single(text, a, T))
        i += 1
    # sort, merge two-sided hedges and money in two units, build figures, link conversions
    out.sort(key=lambda x: (x[0], x[1]))
    out = _merge_durations(text, _merge_pairs(text, out))
    figs = []
    li = LineIndex(text)
    for s, e, d in out:
        d.pop("_side", None)
        d.pop("_minor", None)
        figs.append(Figure(start=s, end=e, text=text[s:e], line=li.line(s), **d))
    return _link(text, figs)


_BOTH_GAP = compile_cached(r"[ \t\u00a0]*(?:,[ \t\u00a0]*)?(?:(?:and|but)[ \t\u00a0]+)?\Z", regex.I)
_MONEY_GAP = compile_cached(r"(?:[ \t\u00a0]+|,[ \t\u00a0]*|[ \t\u00a0]+and[ \t\u00a0]+)\Z", regex.I)


#: a duration told in two units, the larger first: "20 minutes 38 seconds", "one minute, 47.96
#: seconds", "two hours 45 minutes" (a race time or a running time is one figure, not two)
_DURATION_NEXT = {"hour": ("min", 60.0), "min": ("s", 60.0)}
_DURATION_GAP = compile_cached(r"[ \t\u00a0]*(?:,[ \t\u00a0]*)?(?:and[ \t\u00a0]+)?\Z", regex.I)


def _merge_durations(text: str, out: list) -> list:
    """"20 minutes 38 seconds" -> 1238 s; "two hours, 3 minutes and 5 seconds" -> 7385 s."""
    res = []
    for s2, e2, d2 in out:
        if res:
            s1, e1, d1 = res[-1]
            nxt = _DURATION_NEXT.get(d1["unit"])
            if nxt is not None and d2["unit"] == nxt[0] and d1["kind"] == d2["kind"] == "measure" \
                    and d2["hedge"] is None and d1["low"] == d1["high"] == d1["value"] \
                    and d2["low"] == d2["high"] == d2["value"] and float(d1["value"]).is_integer() \
                    and 0 <= d2["value"] < 60 and _DURATION_GAP.match(text[e1:s2]):
                f = nxt[1]
                v = round(d1["value"] * f + d2["value"], 9)
                d = dict(d1)
                d.update(unit=d2["unit"], value=v, low=v, high=v,
                         precision_low=round(d1["value"] * f + d2["precision_low"], 9),
                         precision_high=round(d1["value"] * f + d2["precision_high"], 9), number_end=d2["number_end"])
                res[-1] = (s1, e2, d)
                continue
        res.append((s2, e2, d2))
    return res


def _bare_end(text: str, e: int) -> bool:
    """Nothing that counts something follows: punctuation, the end, or "and"."""
    rest = text[e:e + 6]
    return not rest or rest[0] in ".,;:!?)" or rest.startswith((" and ", " or "))


def _merge_pairs(text: str, out: list) -> list:
    """"more than 10 and less than 40" -> (10, 40); "3 dollars 50 cents" -> 3.50."""
    res = []
    i = 0
    n = len(out)
    while i < n:
        s1, e1, d1 = out[i]
        if i + 1 < n:
            s2, e2, d2 = out[i + 1]
            gap = text[e1:s2]
            if len(gap) <= 6:
                if d1["kind"] == "money" and d2["kind"] == "number" and not d1.get("_minor") and d1["value"] >= 1 \
                        and float(d1["value"]).is_integer() and 0 < d2["value"] < 100 and float(d2["value"]).is_integer() \
                        and d1["hedge"] is None and d2["hedge"] is None and _MONEY_GAP.match(gap) \
                        and _bare_end(text, e2) and not text[s2].isdigit():
                    v = d1["value"] + d2["value"] / 100
                    d = dict(d1)
                    d.update(value=v, low=v, high=v, precision_low=v, precision_high=v, number_end=d2["number_end"])
                    res.append((s1, e2, d))
                    i += 2
                    continue
            if len(gap) <= 8 and d1["unit"] == d2["unit"]:
                sides = (d1.get("_side"), d2.get("_side"))
                if sides in (("low", "high"), ("high", "low")) and _BOTH_GAP.match(gap) and gap.strip():
                    lo_d, hi_d = (d1, d2) if sides[0] == "low" else (d2, d1)
                    if lo_d["low"] < hi_d["high"]:
                        d = dict(d1)
                        d.update(low=lo_d["low"], low_strict=lo_d["low_strict"], high=hi_d["high"],
                                 high_strict=hi_d["high_strict"], value=(lo_d["low"] + hi_d["high"]) / 2,
                                 kind="range", hedge=f"{d1['hedge']} … {d2['hedge']}", _side=None,
                                 precision_low=lo_d["low"], precision_high=hi_d["high"], number_end=d2["number_end"])
                        res.append((s1, e2, d))
                        i += 2
                        continue
                if d2.get("_minor") and not d1.get("_minor") and d1["kind"] == "money" and d2["kind"] == "money" \
                        and _MONEY_GAP.match(gap) and d1["low"] == d1["high"] == d1["value"] and d2["value"] < 1:
                    v = d1["value"] + d2["value"]
                    d = dict(d1)
                    d.update(value=v, low=v, high=v, precision_low=v, precision_high=v, number_end=d2["number_end"])
                    res.append((s1, e2, d))
                    i += 2
                    continue
        res.append(out[i])
        i += 1
    return res


def _single(text, a: _Atom, T: _Tables):
    start, end = a.start, a.end
    v = a.value
    low = high = v
    lo_s = hi_s = False
    hedge = None
    if a.vague:
        low, high, lo_s, hi_s, hedge = a.low, a.high, False, True, a.hedge
    if a.unit == COUNT and start >= 3 and text[start - 3:start] == "of " and not a.vague:
        pm_ = T.pct_of_rev.match(text[max(0, start - 24):start][::-1])
        if pm_ is not None:
            a.unit = PERCENT
            start = start - pm_.end()
    pre = _left_context(text, start, T)
    rel = None
    if pre is not None and not a.vague:
        hs, htext, h = pre
        if not (h.phrase in ("over", "under") and a.unit in _TIME_UNITS
                and _next_word(text, a.end).lower() not in ("old", "of", "ago")):
            if not (h.phrase in ("some",) and a.kind == "fraction"):
                a.low, a.high = low, high
                _apply_hedge(a, h.relation, h.tolerance)
                low, high, lo_s, hi_s = a.low, a.high, a.low_strict, a.high_strict
                hedge = htext
                rel = h.relation
                start = hs
    pm = T.post_hedge_re.match(text, end, timeout=TIMEOUT) if _maybe_post(text, end, T) else None
    if pm is not None and not a.vague:
        phrase = " ".join(pm.group("h").strip(" -").lower().split())
        h = T.hedges.get((phrase, "post"))
        if h is not None:
            a.low, a.high, a.low_strict, a.high_strict = low, high, lo_s, hi_s
            if h.relation == "closes" and rel is None:
                pass
            else:
                _apply_hedge(a, h.relation, h.tolerance)
                low, high, lo_s, hi_s = a.low, a.high, a.low_strict, a.high_strict
                hedge = (hedge + " … " if hedge else "") + pm.group("h").strip()
                end = pm.end()
    if hedge is None and v > 0 and start == a.start and _signed_apart(text, a, start, end):
        # "The annual revenue is ($99.99)": an accounting negative; "- 1 4/5" alone on its line
        sign_start, end = _signed_apart(text, a, start, end)
        v = a.value = -v
        low = high = v
        start = sign_start
    pl, ph = _precision(a)
    if a.vague:
        pl, ph = low, high
    d = dict(value=v, low=low, high=high, unit=a.unit, hedge=hedge, kind=_kind(a), low_strict=lo_s,
             high_strict=hi_s, precision_low=pl, precision_high=ph, number_start=a.start, number_end=a.end)
    d["_side"] = _side(low, high, v)
    d["_minor"] = a.money and a.factor < 1
    return start, end, d


_COPULA = frozenset(("is", "was", "were", "are", "be", "been", "being"))


def _signed_apart(text: str, a: _Atom, start: int, end: int):
    """(sign start, end) when a figure is negative by a sign written apart from it, else None.

    An amount in brackets after "is"/"was" or a colon is an accounting negative ("revenue is
    ($99.99)"); an aside in brackets ("the fee ($25) is due") or a conversion ("€90 ($99)")
    is not.  A minus sign and a space before a figure that stands alone on its line ("- 1 4/5")
    is a sign; a bullet carries words after its figure ("- 10 people were hurt").
    """
    if start == 0:
        return None
    if text[start - 1] == "(" and a.money and text[end:end + 1] == ")":
        i = start - 1
        while i > 0 and text[i - 1] in " \t\u00a0":
            i -= 1
        if i > 0 and text[i - 1] in ":=" or _prev_word(text, start - 1)[0].lower() in _COPULA:
            return start - 1, end + 1
        return None
    if start >= 2 and text[start - 1] == " " and text[start - 2] in "-\u2212":
        lo, hi = max(0, start - 2 - 80), min(len(text), end + 80)  # bounded: one short line
        line_start = text.rfind("\n", lo, start - 2) + 1
        if line_start == 0 and lo > 0:
            return None
        line_end = text.find("\n", end, hi)
        if line_end < 0:
            if hi < len(text):
                return None
            line_end = len(text)
        if not text[line_start:start - 2].strip() and not text[end:line_end].strip(" \t.;,"):
            return start - 2, end
    return None


def _side(low, high, v) -> Optional[str]:
    """Which side a hedge bounds: "low" (more than), "high" (up to), or None."""
    if low is not None and high is None:
        return "low"
    if high is not None and low is None:
        return "high"
    return None


def _kind(a: _Atom) -> str:
    if a.vague:
        return "vague"
    if a.unit == RANK:
        return "rank"
    if a.unit == PERCENT or a.unit == PERCENTAGE_POINT:
        return "percent"
    if a.money:
        return "money"
    if a.unit in (MULTIPLE, RATIO, FRACTION):
        return a.unit
    if a.unit != COUNT:
        return "measure"
    return "number"


_FROM_AFTER = compile_std_cached(r"[ \u00a0]*,?[ \u00a0]*from\b", _stdre.IGNORECASE)
_CLAUSE_WORDS = compile_std_cached(r"[A-Za-z]+|\d")
_CLAUSE_END = compile_std_cached(r"[;:!?\n]|\.(?:\s|$)")
_FROM_STOP = frozenset(("by", "of", "in", "for", "at", "on", "with", "to", "and", "or", "than", "between"))
_RANGE_WORDS = frozenset(("range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying"))


def _clause_words(text: str, pos: int, n: int = 10) -> list[str]:
    """The last ``n`` words before ``pos`` in its clause, lower case, nearest last."""
    lo = max(0, pos - 160)
    chunk = text[lo:pos]
    ends = list(_CLAUSE_END.finditer(chunk))
    if ends:
        chunk = chunk[ends[-1].end():]
    return [w.lower() for w in _CLAUSE_WORDS.findall(chunk)][-n:]


def _from_change(text: str, pos: int, T: _Tables, near: int) -> bool:
    """A "from" among the ``near`` words before ``pos``, after a verb of change in the same clause:
    "rose from age 53 to 60", "cut annual water losses from 34.8% to 12.1%", "increased the share
    from the mandated 15% to 32%": a change, not a range."""
    ws = _clause_words(text, pos, 16)
    change = T.word_class["change"]
    for k in range(len(ws) - 1, max(-1, len(ws) - 1 - near), -1):
        if ws[k] in _FROM_STOP or ws[k].isdigit():  # "up from £4.85, while 18 to 21": another figure
            return False  # "reduces risk from any cause by 30 to 40%": the range is the change
        if ws[k] == "from":
            return any(w in change for w in ws[:k]) and not any(w in _RANGE_WORDS for w in ws[:k])
    return False


def _try_range(text, a: _Atom, b: _Atom, T: _Tables):
    if b.start - a.end > 12:
        return None
    gap = text[a.end:b.start]
    if "\n" in gap:
        return None
    gm = T.range_gap_re.match(gap) if gap else None
    if gm is None:
        # "-12" read as a negative end: "10 -12"
        return None
    # ("two-to-one", "3-to-1": the hyphens of a ratio or a range written as one word)
    conn = gap.strip().strip("-").strip().lower()
    # the word before the first number decides: between/from
    pw, pws = _prev_word(text, a.start)
    pwl = pw.lower()
    lead = None
    if conn == "and":
        if pwl != "between":
            return None
        lead = pws
    elif conn == "or":
        # "six or seven million", "two or three": a loose range; never with hedges or units in between
        if not (a.end == a.num_end and a.unit in (COUNT, b.unit) and a.value < b.value and gap.strip() == "or"):
            return None
    elif conn in ("to", "through"):
        if pwl == "from":
            # "rose from 5% to 7%": a change, two figures
            pw2, _ = _prev_word(text, pws)
            if pw2.lower() in T.word_class["change"] or _from_change(text, a.start, T, 1):
                return None
            lead = pws
        elif pwl == "between":
            lead = pws
        else:
            if pwl in T.word_class["change"] or _prev_word(text, pws)[0].lower() in T.word_class["change"]:
                return None
            if _from_change(text, a.start, T, 4):
                return None
            if pwl == "by" and _FROM_AFTER.match(text, b.end):
                return None  # "raised by 25% to 50% from 25%": the change, the new level, the old
            # "four to one" is a ratio
            if b.value == 1 and a.value > 1 and a.unit == COUNT and b.unit == COUNT:
                return _ratio(text, a, b, T)
    else:  # hyphen, dash, tilde
        if pwl == "between" or pwl == "from":
            lead = pws
        elif not (a.leads_digit and b.leads_digit):
            return None  # "three-nought-four", "twenty-two"
    # units: "10 to 12 thousand" (scale on the second end applies to both), "$5-6bn", "5-10%"
    a_unit, b_unit = a.unit, b.unit
    av, bv = a.value, b.value
    if a_unit == COUNT and b_unit != COUNT:
        if a.end != a.num_end:  # a had its own suffix
            return None
        a_unit = b_unit
        if b.factor != 1.0:
            av *= b.factor
    elif b_unit == COUNT and a_unit != COUNT and a.money:
        b_unit = a_unit  # "$5-6bn"
    if a_unit != b_unit:
        return None
    a_scale, b_scale = a.scale, b.scale
    if a.scale == 1.0 and b.scale != 1.0 and not a.scale_written:
        if av * b.scale <= bv:
            av *= b.scale
            a_scale = b.scale
    elif b.scale == 1.0 and a.scale != 1.0 and b.value < a.value:
        bv *= a.scale
        b_scale = a.scale
    if av > bv and pwl == "from" and not (av < 0 and bv < 0) \
            and not any(w in _RANGE_WORDS for w in _clause_words(text, pws, 6)):
        return None  # "from 34.8% to 12.1%": a fall from one level to another, two figures
    if av > bv and lead is not None and conn != "and" or av > bv and av < 0 and bv < 0:
        av, bv = bv, av  # "ranged from -18C to -34C"
    if not (av < bv):
        return None
    if a.date or b.date:
        return None
    start = lead if lead is not None else a.start
    end = b.end
    hedge = text[lead:a.start].strip() if lead is not None else None
    d = dict(value=(av + bv) / 2, low=av, high=bv, unit=a_unit, hedge=hedge, kind="range", low_strict=False,
             high_strict=False, precision_low=av - _step(a, a_scale), precision_high=bv + _step(b, b_scale),
             number_start=a.start, number_end=b.end)
    pre = _left_context(text, start, T)
    if pre is not None:
        hs, htext, h = pre
        if h.relation == "approx":
            d["hedge"] = (htext + " " + (hedge or "")).strip()
            start = hs
    return start, end, d


def _ratio(text, a, b, T):
    v = a.value / b.value
    start = a.start
    hedge = None
    pre = _left_context(text, start, T)
    if pre is not None:
        start, hedge, _ = pre
    return start, b.end, dict(value=v, low=v, high=v, unit=RATIO, hedge=hedge, kind="ratio",
                              precision_low=v, precision_high=v, number_start=a.start, number_end=b.end)


#: "one in ten", "one out of 5", "one out of every six": after a determiner ("that one in ten users"), still a fraction
_ONE_IN_N = compile_cached(r"[ \t\u00a0]+(?:in(?:[ \t]+every)?|out[ \t]+of(?:[ \t]+every)?)[ \t\u00a0]+(?:\d|(?:two|three|four|five|six|seven|"
                           r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundred|"
                           r"a thousand|thousand|a million|million)\b)", regex.I)
_IN_GAP = compile_cached(r"[ \t\u00a0]+(?:in(?:[ \t]+every)?|out[ \t]+of(?:[ \t]+every)?)[ \t\u00a0]+\Z", regex.I)


def _try_in(text, a: _Atom, b: _Atom, T):
    """"one in five", "1 in 4", "two out of five hundred": a fraction."""
    if b.start - a.end > 16 or a.unit != COUNT or b.unit != COUNT:
        return None
    gap = text[a.end:b.start]
    if not _IN_GAP.match(gap):
        return None
    if not (0 < a.value < b.value) or b.date:
        return None
    v = a.value / b.value
    start, end = a.start, b.end
    hedge = None
    low = high = v
    lo_s = hi_s = False
    pre = _left_context(text, start, T)
    if pre is not None:
        hs, htext, h = pre
        tmp = _Atom(0, 0, 0, 0, v)
        _apply_hedge(tmp, h.relation, h.tolerance)
        low, high, lo_s, hi_s = tmp.low, tmp.high, tmp.low_strict, tmp.high_strict
        hedge, start = htext, hs
    pm = T.post_hedge_re.match(text, end, timeout=TIMEOUT) if _maybe_post(text, end, T) else None
    if pm is not None:
        h = T.hedges.get((" ".join(pm.group("h").strip(" -").lower().split()), "post"))
        if h is not None and h.relation != "closes":
            tmp = _Atom(0, 0, 0, 0, v)
            _apply_hedge(tmp, h.relation, h.tolerance)
            low, high, lo_s, hi_s = tmp.low, tmp.high, tmp.low_strict, tmp.high_strict
            hedge = (hedge + " … " if hedge else "") + pm.group("h").strip()
            end = pm.end()
    return start, end, dict(value=v, low=low, high=high, unit=FRACTION, hedge=hedge, kind="fraction",
                            low_strict=lo_s, high_strict=hi_s, precision_low=v, precision_high=v,
                            number_start=a.start, number_end=b.end)


_LIST_AFTER = compile_cached(r"[ \t\u00a0]*(?:,[ \t\u00a0]*\d|(?i:and|or|&|to)\b|[-\u2013/])")


def _decimal_comma(text: str, a: _Atom, b: _Atom) -> bool:
    """"The number is 1,3.": one or two digits after a comma with no space (never three: "1,300")
    are decimals when nothing around makes the pair a list ("1,3 and 5", "1,3-butadiene", "2,3,4")."""
    if a.words or b.words or a.decimals or a.sep or b.decimals or b.sep or a.end != a.num_end:
        return False
    if b.num_end - b.num_start > 2 or b.factor != 1.0 or b.scale != 1.0 or b.unit not in (COUNT, PERCENT) and not b.kind == "measure":
        return False
    if a.money and b.unit != COUNT or b.start != b.num_start or a.value >= 1000:
        return False
    s = a.num_start
    if s > 0 and (text[s - 1] in ",.-\u2013/([" or text[s - 1].isdigit()):
        return False
    return _LIST_AFTER.match(text, b.end, timeout=TIMEOUT) is None


_THOUSANDS_GROUPS = compile_std_cached(r"\d{3}(?:,\d{3})*\Z")


def _spaced_thousands(text: str, a: _Atom, b: _Atom) -> bool:
    """"£507, 596": a sum with a sign before it, one to three digits, ", " and groups of three
    digits: one figure, when nothing makes the pair a list ("$100, 200 and 300", "£5, £10")."""
    if not (a.money and a.currency_pre) or a.words or a.decimals or a.sep or a.end != a.num_end \
            or a.scale != 1.0 or a.factor != 1.0 or not 1 <= a.value < 1000:
        return False
    if b.unit != COUNT or b.words or b.decimals or b.money or b.start != b.num_start or b.end != b.num_end:
        return False
    if not _THOUSANDS_GROUPS.match(text, b.num_start, b.num_end):
        return False
    s = a.start
    if s > 1 and text[s - 2:s] in (", ", "– ") or s > 0 and text[s - 1] in ",-–/":
        return False
    if _count_context(text, b.end, _next_word(text, b.end)):
        return False  # "costs £5, 100 people came"
    return _LIST_AFTER.match(text, b.end, timeout=TIMEOUT) is None


_TEAM_BEFORE = compile_cached(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}.'\u2019-]+[ \u00a0]\Z")
_TEAM_AFTER = compile_cached(r"[ \u00a0]\p{Lu}[\p{Ll}.'\u2019-]")


def _is_score(text, a: _Atom, b: _Atom) -> bool:
    gap = text[a.end:b.start]
    if gap not in ("-", "\u2013", "\u2010"):
        return False
    if a.words or b.words or a.unit != COUNT or b.unit != COUNT or a.end != a.num_end or b.end != b.num_end:
        return False
    if not (a.value < 200 and b.value < 200 and a.decimals == 0 == b.decimals):
        return False
    if a.value >= b.value:
        return True  # "won 3-1"
    if _TEAM_BEFORE.search(text, max(0, a.start - 30), a.start) and _TEAM_AFTER.match(text, b.end):
        return True  # a result line: "Italy 17-28 Ireland", "Mansfield 0-1 Leyton Orient"
    # a set score in a sequence: "6-4 5-7 6-3"
    return bool(_SCORE_NEAR.match(text, b.end) or _SCORE_BEFORE.search(text, max(0, a.start - 8), a.start))


#: a vote right before a tally ("voted 28-8", "by a vote of 219-212", "the court ruled 5-4") or
#: named right after it ("a 5-4 decision", "a 52-48 vote")
_VOTE_BEFORE = compile_cached(r"(?i:\b(?:voted|votes?|vote (?:was|of)|passed|approved|rejected|defeated|"
                              r"confirmed|ruled|upheld|overturned|struck down)[ \t\u00a0]+(?:by[ \t\u00a0]+)?\Z)")
_VOTE_AFTER = compile_cached(r"[ \t\u00a0]+(?i:votes?|ruling|rulings|decision|decisions|verdict|majority|split)\b")


#: a margin named right after a "N-1" ("by a 2-1 margin") or just before it ("by a margin of 3-1")
_MARGIN_AFTER = compile_cached(r"[ \t\u00a0]+(?i:margin)\b")
_MARGIN_BEFORE = compile_cached(r"(?i:\bmargin[ \t\u00a0]+of[ \t\u00a0]+(?:(?:about|around|nearly|almost|more[ \t\u00a0]+than|better[ \t\u00a0]+than|over)[ \t\u00a0]+)?)\Z")


def _margin_ratio(text, a: _Atom, b: _Atom) -> bool:
    """"by a 2-1 margin": a ratio to one written with a hyphen, which a score or a tally would
    otherwise take (a "3-2 margin" or a "52-48 margin" stays a tally)."""
    if text[a.end:b.start] not in ("-", "\u2013", "\u2010"):
        return False
    if a.words or b.words or a.unit != COUNT or b.unit != COUNT or a.end != a.num_end or b.end != b.num_end \
            or a.decimals or b.decimals or a.sep or b.sep or b.value != 1 or not 1 < a.value < 100:
        return False
    return bool(_MARGIN_AFTER.match(text, b.end) or _MARGIN_BEFORE.search(text, max(0, a.start - 40), a.start))


def _vote_tally(text, a: _Atom, b: _Atom) -> bool:
    """"voted 52-48": the votes for and against, two figures, where a score is none."""
    if text[a.end:b.start] not in ("-", "\u2013", "\u2010"):
        return False
    if a.words or b.words or a.unit != COUNT or b.unit != COUNT or a.end != a.num_end or b.end != b.num_end \
            or a.decimals or b.decimals or a.sep or b.sep or not 0 <= b.value <= a.value < 1000:
        return False
    return bool(_VOTE_BEFORE.search(text, max(0, a.start - 30), a.start)
                or _VOTE_AFTER.match(text, b.end))


_SCORE_NEAR = compile_cached(r"[ ,]+\d{1,2}[-\u2013]\d{1,2}\b")
_SCORE_BEFORE = compile_cached(r"\b\d{1,2}[-\u2013]\d{1,2}[ ,]+\Z")


_LINK_GAP = compile_cached(r"[ \t\u00a0]*[(\[][ \t\u00a0]*\Z")
_LINK_END = compile_cached(r"[ \t\u00a0]*[)\]]")


def _link(text: str, figs: list[Figure]) -> list[Figure]:
    """Stated conversions in brackets: "EUR40bn ($43bn)" -> two linked figures."""
    out = list(figs)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.unit == b.unit or a.kind != b.kind or a.kind not in ("money", "measure", "range"):
            continue
        if a.kind == "range" and (a.unit in (COUNT, PERCENT) or b.unit in (COUNT, PERCENT)):
            continue
        if not _LINK_GAP.match(text[a.end:b.start]):
            continue
        if not _LINK_END.match(text, b.end, timeout=TIMEOUT):
            continue
        out[i] = replace(a, linked=i + 1)
        out[i + 1] = replace(b, linked=i)
    return out


# --------------------------------------------------------------------------
# Currency words several countries share

_SENT_END = compile_cached(r"(?<![A-Z])[.!?][\"'\u201d\u2019)]*(?=\s)|\n")


def _sentence_span(text: str, s: int, e: int) -> tuple[int, int]:
    lo = max(0, s - 600)
    b = lo
    for m in _SENT_END.finditer(text, lo, s):
        b = m.end()
    m = _SENT_END.search(text, e, min(len(text), e + 600))
    return b, (m.start() if m else min(len(text), e + 600))


def _paragraph_span(text: str, s: int, e: int) -> tuple[int, int]:
    sep = "\n\n" if "\n\n" in text else "\n"
    b = text.rfind(sep, 0, s)
    f = text.find(sep, e)
    return (0 if b < 0 else b), (len(text) if f < 0 else f)


def _first_lines(text: str) -> int:
    """End of the headline and the opening paragraph (the first two lines that are not blank)."""
    k, pos = 0, 0
    n = len(text)
    while pos < n and k < 2:
        j = text.find("\n", pos)
        j = n if j < 0 else j
        if text[pos:j].strip():
            k += 1
        pos = j + 1
    return min(pos, n, 1500)


def _conversion(text: str, figs: list[Figure], i: int) -> bool:
    """A stated conversion in brackets after another sum: "9.5bn kronor (£722m; $1.3bn)"."""
    f = figs[i]
    if f.linked is not None:
        return True
    lo = max(0, f.start - 40)
    k = text.rfind("(", lo, f.start)
    if k < 0 or ")" in text[k:f.start]:
        return False
    for g in reversed(figs[:i]):
        if g.end <= k:
            return g.kind in ("money", "range") and not text[g.end:k].strip()
    return False


def _resolve_currencies(text: str, figs: list[Figure], T: _Tables, country: Optional[str]) -> list[Figure]:
    """The currency of a word or sign several countries share ("$", "pesos", "Rs") is the one of
    the country its sentence, else its paragraph, else the document's first lines name nearest to
    it (rules/figures/currency_countries.tsv); "shillings" and other words the currency table
    does not read become money only so."""
    out = figs
    hits: dict[str, list] = {}
    head = -1
    for i, f in enumerate(figs):
        fam_list = None
        extra_end = 0
        if f.unit in T.cur_default_fams and (f.kind == "money" or f.kind == "range" or f.kind == "vague"):
            ft = f.text
            fam_list = [fam for fam in T.cur_default_fams[f.unit]
                        if compile_cached(T.cur_families[fam][2]).search(ft) is not None]
            if not fam_list or compile_cached(T.cur_explicit[f.unit]).search(ft) is not None:
                continue
        elif f.unit == COUNT and T.cur_extra and f.end < len(text) and text[f.end] in " \u00a0":
            w = _next_word(text, f.end)
            fam = T.cur_extra.get(w.lower())
            if fam is None or w != w.lower() and not w.istitle():
                continue
            fam_list = [fam]
            extra_end = text.index(w, f.end) + len(w)
        else:
            continue
        if _conversion(text, figs, i):
            continue
        code = None
        for fam in fam_list:
            default, names, _, name_re, scope = T.cur_families[fam]
            if fam not in hits:
                hits[fam] = [(m.start(), m.end(), m.group()) for m in compile_cached(name_re).finditer(text)]
            found = hits[fam]
            if found:
                if head < 0:
                    head = _first_lines(text)
                spans = (_sentence_span(text, f.start, f.end), _paragraph_span(text, f.start, f.end), (0, head))
                for b, e in spans[:scope]:
                    near = [(f.start - he if he <= f.start else 2 * (hs - f.end), nm) for hs, he, nm in found
                            if b <= hs and he <= e and not (f.start <= hs < f.end)]
                    if near:
                        code = names[min(near)[1]]
                        break
            if code is None and country:
                code = names.get(country)
            if code is None:
                code = default
            if code is not None:
                break
        if code is None or (code == f.unit and not extra_end):
            continue
        if out is figs:
            out = list(figs)
        if extra_end:
            out[i] = replace(f, end=extra_end, text=text[f.start:extra_end], unit=code, kind="money")
        else:
            out[i] = replace(f, unit=code)
    return out


# --------------------------------------------------------------------------
# Public API


def unit_dimension(unit: str) -> Optional[str]:
    """What a figure's unit measures, without pint: "length", "mass", "time", "area", "volume",
    "speed", "temperature", "energy", ... for the measurement units figures emits; "count",
    "percent", "percentage_point", "multiple", "ratio", "fraction", "money" for the others;
    None for compound units ("km / s ** 2") and names it does not know."""
    if unit in (COUNT, PERCENT, PERCENTAGE_POINT, MULTIPLE, RATIO, FRACTION):
        return unit
    if len(unit) == 3 and unit.isalpha() and unit.isupper():
        return "money"
    return tables().dimensions.get(unit)


# ranks: "the second-highest incidence", "the 3rd largest", "the number one killer", "the No. 1 reason",
# "hit No. 12 on the charts".  Led by literal words; a rank names a place in an order, not a count.
_ORDINALS_2_20 = ("second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
                  "|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth")
_RANK_RE = compile_std_cached(
    r"\b(?:(?P<ord>" + _ORDINALS_2_20 +
    r"|[2-9]1st|[2-9]?2nd|[2-9]?3rd|(?:1\d|[2-9]?[04-9])th)"
    r"[- \u00a0](?:highest|largest|biggest|lowest|smallest|most|least|fastest|slowest|best|worst|richest"
    r"|poorest|deadliest|busiest|oldest|longest|greatest|safest|strongest|weakest|leading|costliest"
    r"|cheapest|wealthiest|fastest-growing|most-populous|populous)\b"
    r"|(?:[Nn]umber|No\.|#)[ \u00a0]?(?P<num>[1-9]\d?|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?=[ \u00a0]+[a-z]))"
    # "ranked 134 in the world", "ranks 56th globally", "ranked number three", "world number one", "world No 1"
    # (the figure starts after "ranked"/"world", so that rules can read them as context)
    r"|\b(?:(?i:rank(?:ed|s)?)[ \u00a0]+(?P<lr>(?:(?:[Nn]umber|No\.?)[ \u00a0]?)?)"
    r"|(?i:world)[ \u00a0]+(?P<lw>(?:[Nn]umber|No\.?)[ \u00a0]?))"
    r"(?P<led>[1-9]\d{0,2}(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?![\w-]|[.,]\d)"
    # after "ranked" only a world ranking ("ranked 31st in K-12 education" is left alone: no rule reads it)
    r"(?(lr)(?=,?[ \u00a0]+(?:(?:in|of)[ \u00a0]+(?:the[ \u00a0]+)?[Ww]orld|globally|worldwide)\b))")
_RANK_BEFORE = frozenset(("the", "a", "is", "was", "are", "were", "be", "been", "its", "their", "his", "her",
                          "our", "hit", "at", "ranked", "ranks", "rank", "reached", "remains", "became", "as",
                          "s", "to", "world's", "country's", "nation's", "state's"))


_RANK_NOT_BEFORE = frozenset(("shirt", "shirts", "jersey", "jerseys", "bus", "buses", "route", "platform", "in",
                              "shirt-wearer", "kit", "court", "pitch", "gate", "dressing"))


_ORDINAL_WORDS = "first|" + _ORDINALS_2_20 + "|thirtieth|fortieth|fiftieth"

# a place in a ranking of places or people, said with a verb of ranking or of being and the ranking's
# scope or measure after it: "Ohio ranks 46th in the country in putting dollars in the classroom",
# "ranked Ohio 11th in the nation", "We are now eighth in the nation in job creation", "Nevada is No. 1
# in unemployment", "from 27th in the country ... to 41st among states".  Without the verb and the
# "in"/"among"/"out of" after it an ordinal is no figure ("the first time", "the 112th Congress", "the
# Second World War", "18th congressional district"); the figure starts after the verb (and after the
# name ranked: "ranked Florida No. 1"), so that rules read them as context.
_RANK_PLACE_RE = compile_std_cached(
    r"(?:\b(?P<v>(?i:rank(?:s|ed|ing)?))(?::| as| at)?(?P<obj>(?: (?!No\.? ?\d|Number )[A-Z][\w.'\u2019-]*){1,4})?"
    r"|\b(?P<be>is|are|was|were|be|been|remains|remained|from|to)"
    r"(?: (?:now|still|currently|only|already|again|just|also|actually|consistently|probably|once))?)"
    r" [\"\u201c]?(?P<fig>(?P<o>[1-9]\d{0,2}(?:st|nd|rd|th)|" + _ORDINAL_WORDS + r")"
    r"|(?P<nw>No\.?|[Nn]umber|#) ?(?P<n>[1-9]\d{0,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"|(?P<d>[1-9]\d{0,2}))(?![\w\u2019']|-(?!-)|[.,]\d)"
    # (a quotation may close after the rank: 'ranks "45th out of 50 states'' for'; after a verb of
    # ranking a dash may end the clause: "NJ economy ranked 47th--at the bottom")
    r"(?=[\"\u201d'\u2019]{0,2},? (?P<ctx>in|among|out of|of all|nationally|worldwide|globally|statewide|for|on)\b"
    r"|(?P<dash>--|\u2014))")
# after "is"/"was" (not a verb of ranking) these are no ranking: "is second in command", "first in line"
_RANK_PLACE_NOT_IN = frozenset(("line", "command", "charge", "a", "an", "order", "time", "succession", "queue",
                                "which", "that", "this", "his", "her", "my", "their", "its", "our", "your"))


def _rank_place_atoms(text: str, T: _Tables) -> list[_Atom]:
    """The ranks of ``_RANK_PLACE_RE`` ("ranks 46th in", "is No. 1 in")."""
    out = []
    for m in _RANK_PLACE_RE.finditer(text):
        ctx = m.group("ctx")
        if m.group("dash") and not m.group("v"):
            continue
        if m.group("be"):
            if m.group("d") or ctx in ("for", "on") or m.group("nw") == "number" and m.group("be") in ("from", "to"):
                continue  # "was 12 in" is an age or a count; "is first for" no ranking; "rose to number
                # seven in the chart" a name of a chart place (tests/test_figures.py)
            after = text[m.end():m.end() + 60].lstrip(", \"\u201d'\u2019")
            if ctx == "in" and _next_word(after, 2).lower() in _RANK_PLACE_NOT_IN \
                    or after.startswith("in the ") and _next_word(after, 7).lower() in _RANK_PLACE_NOT_IN:
                continue
            if m.group("o") in ("first", "1st") and _stdre.match(
                    r"in (?:the )?(?:\w+ ){0,2}\w+,? to [a-z]", after):
                continue  # "was first in the nation to adopt": the first to do something, no ranking
        if m.group("o"):
            o = m.group("o").lower()
            v = float(T.ordinals.get(o) or int(o[:-2]))
        elif m.group("n"):
            g = m.group("n").lower()
            v = float(T.small_words.get(g) or int(g))
        else:
            v = float(m.group("d"))
        ns, ne = m.span("o") if m.group("o") else m.span("n") if m.group("n") else m.span("d")
        out.append(_Atom(m.start("fig"), m.end("fig"), ns, ne, v, unit=RANK, kind="rank", low=v, high=v,
                         words=True, leads_digit=False))
    return out


def _rank_atoms(text: str, atoms: list[_Atom], T: _Tables) -> list[_Atom]:
    """Add ranks to the atoms; a rank replaces what it overlaps ("No. 1" is no designation here)."""
    ranks = _rank_place_atoms(text, T)
    if not ranks and not ("est" in text or "umber" in text or "No" in text or "#" in text or "most" in text
                          or "leading" in text or "populous" in text or "ank" in text):
        return atoms
    for m in _RANK_RE.finditer(text):
        if m.group("led"):
            g = m.group("led").lower()
            if g[-2:] in ("st", "nd", "rd", "th") and g[:-2].isdigit():
                g = g[:-2]
            v = float(T.ordinals.get(g) or T.small_words.get(g) or int(g))
            ns, ne = m.span("led")
            nw = _next_word(text, m.end()).lower()
            if not v or nw in ("per", "percent", "%", "million", "billion") or nw in _RANK_NOT_BEFORE and nw != "in":
                continue
            st = m.start("lr") if m.group("lr") is not None else m.start("lw")
            ranks.append(_Atom(st, m.end(), ns, ne, v, unit=RANK, kind="rank", low=v, high=v, words=True,
                               leads_digit=False))
            continue
        pw = _prev_word(text, m.start())[0].lower().replace("\u2019", "'")
        if pw not in _RANK_BEFORE and not pw.endswith("'s") and text[max(0, m.start() - 2):m.start()] not in ("’s", "'s"):
            continue
        if not m.group("ord") and _next_word(text, m.end()).lower() in _RANK_NOT_BEFORE:
            continue  # "the number 10 shirt": a designation
        if m.group("num") == "10" and text[m.start()] in "N":
            continue  # "a Number 10 spokeswoman", "No. 10 said": Downing Street
        if m.group("ord"):
            o = m.group("ord").lower()
            v = float(T.ordinals.get(o) or int(o[:-2]))  # numbers.tsv's ordinals
            ns, ne = m.span("ord")
        else:
            g = m.group("num").lower()
            v = float(T.small_words.get(g) or int(g))
            ns, ne = m.span("num")
        ranks.append(_Atom(m.start(), m.end(), ns, ne, v, unit=RANK, kind="rank", low=v, high=v, words=True,
                           leads_digit=False))
    if not ranks:
        return atoms
    ranks.sort(key=lambda a: (a.start, -a.end))
    ranks = [r for i, r in enumerate(ranks) if not any(q.start < r.end and r.start < q.end for q in ranks[:i])]
    keep = [a for a in atoms if not any(a.start < r.end and r.start < a.end for r in ranks)]
    return sorted(keep + ranks, key=lambda a: a.start)


#: (s27) a scale word or unit an editor put in brackets right after a number
_SCALE_INSERT = _stdre.compile(r"(?<=\d) ?[(\[](million|billion|trillion|thousand|percent)[)\]]", _stdre.I)


def find_figures(text: str, country: Optional[str] = None, _view: bool = True) -> tuple[Figure, ...]:
    """Every figure in ``text``, sorted by start; offsets into ``text``, end exclusive.

    ``country``: the country the outlet writes from (sources.yaml ``country:``), if known: the
    last hint for a currency word several countries share ("$", "pesos"), after the countries
    the text names (rules/figures/currency_countries.tsv)."""
    if not text:
        return ()
    if _view and _german.is_german(text):  # German: read on its English view, offsets mapped back
        v = _german.english_view(text)
        return _german.map_figures(text, v, find_figures(v.text, country, _view=False))
    if _view and ("(" in text or "[" in text):
        # (s27) an editor's bracketed scale or unit after a quoted number: "save the state anywhere
        # from $4 (million) to $11 million", "under 4 (percent)": read as "$4 million", offsets mapped back
        pieces = [(m.start(), m.end(), " " + m.group(1), False) for m in _SCALE_INSERT.finditer(text)]
        if pieces:
            v = _german.View(text, pieces)
            return _german.map_figures(text, v, find_figures(v.text, country, _view=False))
    T = tables()
    if _view and not _TITLE_FORCED:
        tv = _title_view(text, T)
        if tv is not None:
            _TITLE_FORCED.append(tv[1])
            try:
                return _german.map_figures(text, tv[0], find_figures(tv[0].text, country, _view=False))
            finally:
                _TITLE_FORCED.pop()
    atoms = _rank_atoms(text, _find_atoms(text, T), T)
    try:
        figs = _make_figures(text, atoms, T)
        if T.cur_families:
            figs = _resolve_currencies(text, figs, T, country)
        return tuple(figs)
    except TimeoutError as e:
        raise FigureTimeout(f"figures: pattern timed out after {TIMEOUT}s on a {len(text)}-character text: {e}") from None


# --------------------------------------------------------------------------
# Dates

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}


@functools.lru_cache(maxsize=1)
def _date_re():
    T = tables()
    months = _words_pattern(T.word_class["month"], "")
    weekdays = _words_pattern(T.word_class["weekday"], "")
    month = r"(?P<mon>" + months + r")\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>1[5-9]\d\d|20\d\d)"
    rel_words = (
        r"(?P<rel>yesterday|today|tonight|tomorrow|(?:last|next|this|earlier this|later this)\s+"
        r"(?:week|month|year|weekend|spring|summer|autumn|winter|decade|century|morning|afternoon|evening|night|"
        + weekdays + r"|" + months + r")"
        r"|(?:a|one|two|three|four|five|six|several)\s+(?:days?|weeks?|months?|years?)\s+ago"
        r"|(?P<wd>" + weekdays + r"))"
    )
    pat = (
        r"(?i:\b(?:(?:" + weekdays + r"),?\s+)?"
        # "18February 2019": a day glued to a capitalised month name
        r"(?:" + day + r"(?:\s+(?:of\s+)?|(?=(?-i:\p{Lu}\p{Ll}{2})))" + month.replace("(?P<mon>", "(?P<mon>")
        + r"(?:,?\s+" + year + r")?"
        r"|" + month.replace("mon>", "mon2>") + r"\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year2>1[5-9]\d\d|20\d\d))?"
        r"|" + month.replace("mon>", "mon3>") + r",?\s+(?:of\s+)?(?P<year3>1[5-9]\d\d|20\d\d)"  # "November of 2008"
        r"|(?P<iso>(?P<iy>1[5-9]\d\d|20\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-3]\d))"
        r"|(?P<dmy>(?P<nd>[0-3]?\d)/(?P<nm>[01]?\d)/(?P<ny>(?:19|20)?\d\d))"
        r"|(?P<season>(?P<sy>1[5-9]\d\d|20\d\d)[-/\u2013](?:\d\d)(?!\d))"
        r"|(?P<decade>(?:1[5-9]\d|20\d)0s)"
        r"|" + rel_words + r")\b"
        # a year of the common era, any number of digits: "79 A.D.", "1066 AD", "AD 79", "800 CE"
        # (BC years are left alone: no calendar date before year 1)
        r"|(?<![\p{L}\p{N},.$£€¥])(?P<era>[1-9]\d{0,3})[ \u00a0]?(?-i:AD|A\.D\.|CE|C\.E\.)(?![\p{L}\p{N}])"
        r"|(?<=(?<![\p{L}\p{N}])(?-i:AD|A\.D\.)[ \u00a0])(?P<era2>[1-9]\d{0,3})(?![\p{L}\p{N}%]|[.,]\d)"
        # a year named as one, outside 1500-2099 too: "in the year 2175", "by the year 1000"
        r"|(?<=\bthe[ \u00a0]year[ \u00a0])(?P<ty>[1-9]\d{2,3})(?![\p{L}\p{N}%]|[.,]\d)"
        # "9/11": the date of the 2001 attacks, as every newsroom writes it
        r"|(?<![\p{L}\p{N}/.,])(?P<nine>9/11)(?![\p{N}/]|[.,]\d)"
        r"|(?<![\p{L}\p{N},.$£€¥])(?P<yr>1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,]\d))"
    )
    return compile_cached(pat)


# a year opening a quoted title: "“2000 Mules”", "'1917 Revisited'"
_TITLE_YEAR = compile_cached(r"[\"\u201c\u2018'](?:1[5-9]\d\d|20\d\d)[ \u00a0]+\p{Lu}[\p{L}\p{N}'\u2019-]*"
                             r"(?:[ \u00a0]+[\p{L}\p{N}'\u2019-]+){0,4}?[,.!?]?[\"\u201d\u2019']")
_AGO = compile_cached(
    r"(?i:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d{1,3})[ \u00a0]+"
    r"(?:days?|weeks?|months?|years?|decades?)[ \u00a0]+ago)\b"
)


#: designations (rules/figures/words.tsv) that before a year name an event held that year, or a
#: part of one: "Euro 2004", "Season 2020", "Week 2019"; they stay dates
_EVENT_DESIGNATIONS = frozenset("euro season series league match game round week stage phase level division".split())


def _name_year(text: str, s: int, T: "_Tables") -> bool:
    """Is the year at ``s`` the number of a name: right after a capitalised word (one space) that
    opens no sentence and is a designation ("Windows 2000", "the Terrorism Act 2000": words.tsv
    class designation, but those of an event held that year: "Euro 2004") or a word that names a
    plan, a product or a title by a year (class name_year: "Agenda 2030", "Vision 2030", "Cyberpunk
    2077", "Football Manager 2005")?  Neither a date nor a figure.  Other names before a year
    ("World Cup 2019", "Oscars 2022", "Tokyo 2020") are mostly events held that year: dates."""
    if s < 2 or text[s - 1] != " " or not text[s - 2].isalpha():
        return False
    pw, j = _prev_word(text, s, 30)
    if not pw or not pw[0].isupper() or j + len(pw) != s - 1:
        return False
    low = pw.lower()
    wc = T.word_class
    if low in wc["name_year"] or low in wc["designation"] and low not in _EVENT_DESIGNATIONS:
        return not _sentence_start(text, j)
    return False


@functools.lru_cache(maxsize=1)
def _date_cands():
    """First pass for dates: month and weekday names and relative words (digits come from the figures pass)."""
    T = tables()
    words = set(T.word_class["month"]) | set(T.word_class["weekday"]) | {
        "yesterday", "today", "tonight", "tomorrow", "last", "next", "this", "earlier", "later", "ago"}
    pat = r"\b(?:" + _trie(words) + r")\b"
    return compile_cached(pat), compile_cached(pat, regex.I)


def _date_matches(text: str, T: _Tables):
    """Date matches, anchored at candidate positions only (one cheap pass over the text first)."""
    rx = _date_re()
    words_re, words_ci_re = _date_cands()
    cands = [c.start() for c in T.cand_digits_re.finditer(text)]
    low = text.lower()
    if len(low) == len(text):
        cands += [c.start() for c in words_re.finditer(low, timeout=TIMEOUT)]
    else:
        cands += [c.start() for c in words_ci_re.finditer(text, timeout=TIMEOUT)]
    cands.sort()
    last_end = 0
    for p in cands:
        if p < last_end:
            continue
        if low[p:p + 3] == "ago" and len(low) == len(text):
            m = _AGO.search(text, max(last_end, p - 30), p + 3, timeout=TIMEOUT)
        else:
            m = rx.match(text, p, timeout=TIMEOUT)
        if m is not None and m.end() > m.start():
            last_end = m.end()
            yield m


_NINE_ELEVEN_BEFORE = frozenset(("on", "after", "since", "before", "until", "till", "during", "following"))
_NINE_ELEVEN_AFTER = frozenset(("attack", "attacks", "attackers", "terrorist", "terror", "terrorism", "hijackers",
                                "hijacker", "hijackings", "commission", "victims", "families", "anniversary",
                                "memorial", "plot", "plotters", "truth", "responders", "era", "world", "report",
                                "style", "generation", "museum", "fund"))


def _nine_eleven(text: str, s: int, e: int) -> bool:
    """Is "9/11" at ``s`` a date, the day of the 2001 attacks, written after a preposition of time
    ("on 9/11", "since 9/11", "after 9/11, Arab money")?  "The 9/11 attacks", "the 9/11 hijackers",
    "post-9/11" name the event or an era (a claim keyed on them gets the date and a stray subject);
    "Fahrenheit 9/11" is a title and "went 9/11 from the line" a tally: none of them is a date."""
    pw = _prev_word(text, s)[0].lower()
    return pw in _NINE_ELEVEN_BEFORE and _next_word(text, e).lower() not in _NINE_ELEVEN_AFTER


#: a weekday or "today" inside the title of a newspaper or a programme is no date: "the Sunday
#: Times", "the Mail on Sunday", "BBC Radio 4's Today programme", "the Tonight Show"
_TITLE_DAY_NEXT = frozenset("Times Telegraph Mirror Herald Express Tribune Independent Observer".split())
#: titles that need "the" before them: "the Sunday People", not "on Sunday Business Secretary ..."
_TITLE_DAY_NEXT_THE = frozenset("People Post Sport World Star Business Age Sun Record Standard Journal Mail".split())
_TITLE_DAY_SHOW = frozenset("programme Programme show Show".split())
#: "the Mail on Sunday", "the Independent on Sunday"; "Scotland on Sunday" only after "the" or "told"
_TITLE_DAY_ON = frozenset(("Mail", "Independent"))
_TITLE_DAY_ON_PLACE = frozenset(("Scotland", "Wales", "Ireland"))


def _title_day(text: str, s: int, e: int) -> bool:
    """Is the capitalised weekday (or "Today", "Tonight") at ``s``..``e`` part of the name of a
    newspaper or a programme rather than a date?"""
    w = text[s:e]
    if not w[:1].isupper() or text[e:e + 2] in ("'s", "’s"):
        return False
    nw = _next_word(text, e)
    if w.lower() in ("today", "tonight"):
        return nw in _TITLE_DAY_SHOW
    if nw in _TITLE_DAY_NEXT or nw in _TITLE_DAY_SHOW:
        return True
    pw, j = _prev_word(text, s)
    if nw in _TITLE_DAY_NEXT_THE and pw.lower() == "the":
        return True
    if w == "Sunday" and pw == "on":
        p2, j2 = _prev_word(text, j)
        if p2 in _TITLE_DAY_ON:
            return True
        if p2 in _TITLE_DAY_ON_PLACE:
            return _prev_word(text, j2)[0].lower() in ("the", "told")
    return False


def find_dates(text: str, _view: bool = True) -> tuple[DateMention, ...]:
    """Dates and relative dates in ``text`` (they are not figures)."""
    if not text:
        return ()
    if _view and _german.is_german(text):  # German: "am 3. März 2021", offsets mapped back
        v = _german.english_view(text)
        return _german.map_dates(text, v, find_dates(v.text, _view=False))
    out = []
    T = tables()
    try:
        for m in _date_matches(text, T):
            if m.re is _AGO:
                out.append(DateMention(m.start(), m.end(), m.group(), relative=" ".join(m.group().lower().split())))
                continue
            g = m.groupdict()
            s, e = m.span()
            year = month = day = None
            rel = None
            if g.get("yr"):
                pw, _ = _prev_word(text, s)
                a = _Atom(s, e, s, e, float(g["yr"]))
                nxt = text[e:e + 2]
                if nxt[:1] == "%" or _next_word(text, e).lower() in (
                        "people", "troops", "jobs", "gmt", "bst", "utc", "cet", "hrs", "hours", "et", "est"):
                    continue
                if not _is_year(text, a, pw.lower().rstrip("."), float(g["yr"])):
                    continue
                if _TITLE_YEAR.match(text, s - 1 if s else 0) and s:
                    continue  # "the “2000 Mules” movie": a title, neither a year nor a figure
                if _name_year(text, s, T):
                    continue  # "Agenda 2030", "Cyberpunk 2077", "Windows 2000": a name's number
                year = int(g["yr"])
            elif g.get("era") or g.get("era2") or g.get("ty"):
                year = int(g.get("era") or g.get("era2") or g.get("ty"))
                if g.get("ty"):
                    s -= 9  # the mention is "the year 2175": the rules read the words before it ("in")
                elif g.get("era2"):
                    s = text.rfind("A", 0, s)  # "AD 79", "A.D. 79"
            elif g.get("nine"):
                if not _nine_eleven(text, s, e):
                    continue
                year, month, day = 2001, 9, 11
            elif g.get("iso"):
                year, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
            elif g.get("dmy"):
                day, month = int(g["nd"]), int(g["nm"])
                year = int(g["ny"]) if len(g["ny"]) == 4 else 2000 + int(g["ny"])
                if not (1 <= day <= 31 and 1 <= month <= 12):
                    continue
            elif g.get("season"):
                year = int(g["sy"])
            elif g.get("decade"):
                year = int(g["decade"][:4])
                rel = "decade"
            elif g.get("rel"):
                rel = " ".join(g["rel"].lower().split())
                if (g.get("wd") or rel in ("today", "tonight")) and _title_day(text, s, e):
                    continue  # "told the Mail on Sunday", "the Sunday Times", "the Today programme"
            else:
                mon = g.get("mon") or g.get("mon2") or g.get("mon3")
                month = _MONTHS.get(mon.lower().rstrip(".")) if mon else None
                dd = g.get("day") or g.get("day2")
                if dd:
                    day = int(dd)
                    if not 1 <= day <= 31:
                        continue
                yy = g.get("year") or g.get("year2") or g.get("year3")
                year = int(yy) if yy else None
                if mon and mon.lower() == "may" and not dd and not yy:
                    continue
                if mon and mon.lower() in ("march", "mar") and not dd and not yy:
                    continue
            out.append(DateMention(s, e, text[s:e], year=year, month=month, day=day, relative=rel))
    except TimeoutError as e:
        raise FigureTimeout(f"dates: pattern timed out after {TIMEOUT}s: {e}") from None
    return tuple(out)
