"""Decide which claims disagree, why, and how much it matters.

Two claims are compared only when their keys agree (:func:`key`: metric,
subject, second party, status), they are both running totals or both not,
their periods overlap, and their units can be brought together
(:func:`comparable`).  They *agree* when the intervals their wording allows
-- the hedge's interval ("more than 300" is (300, inf)), widened by the
rounding precision ("1.5 million" is 1.45m..1.55m) and by the hedge
tolerances of ``rules/tolerances.yaml`` -- lie within the metric's tolerance
of each other.  Claims that do not agree give a :class:`~ledger.records.Conflict`
of one of four kinds:

``contradiction``
    incompatible values for the same fact, with no named disagreement to
    explain it (including one source contradicting itself, and a running
    total that falls);
``disputed``
    incompatible values from different named speakers: attribute them;
``superseded``
    a newer figure for a fact that moves over time (running totals,
    membership counts): the older one is stale;
``arithmetic``
    figures in one document that cannot all be true: a part larger than
    its whole, components that exceed their stated total, a fraction of a
    total that is not the stated part, a level that does not follow from
    the previous level and the change (percent vs percentage points), two
    conversions between the same currencies at implausibly different rates.

Money in different currencies is compared through the rate the corpus
itself states ("EUR40bn ($43bn)", :attr:`Claim.linked`) or else the dated
rate table ``rules/rates.yaml``, with the wider tolerance the settings give.

Periods: two dated figures must overlap and be of like length (a day's toll
is not the month's); a figure with no period meets those published within a
week of it.  Claims typed by a fallback rule (``weak_rules``) are compared
only within their own story, and their findings are at most warnings.

:func:`judge` is pure Python and imports nothing heavy: the pre-publish gate
calls it for a draft's claim against the ledger's.  :func:`find_conflicts` is
the bulk path: it blocks on the key, runs each block's claims of
overlapping periods in value order (only intervals that do not overlap are
candidates, so it never looks at all pairs), and groups each block's
disagreeing pairs into one finding per wrong figure (the report that
disagrees with most others, against all of them).  Settings live in
``rules/tolerances.yaml`` and ``rules/rates.yaml`` (:func:`load_settings`).
"""

from __future__ import annotations

import bisect
import fnmatch
import gc
import math
import os
import re
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Optional

import regex

from .cache import cached_pickle, compile_cached, compile_std_cached
from .records import (FRACTION, MULTIPLE, PER_ONE, PERCENT, PERCENT_CHANGE, PERCENTAGE_POINT, YEARLESS_DATE, Claim,
                      Conflict, make_conflict_id, yearless_day)
from .text import SET_BACK
from .units import factor_falls, percent_change, shrinks

__all__ = [
    "Settings",
    "SettingsError",
    "Tolerance",
    "comparable",
    "find_conflicts",
    "judge",
    "key",
    "load_settings",
]

INF = math.inf
_CURRENCY = compile_std_cached(r"^[A-Z]{3}$")
_NON_CURRENCY_CODES = frozenset({"KMH", "MPH"})


class SettingsError(ValueError):
    """A bad tolerances or rates file, naming the file and line."""

    def __init__(self, path: str, line: int, message: str):
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message


# --------------------------------------------------------------------------
# Settings


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How far apart two figures may be and still agree: the larger of
    ``absolute`` (in the claims' unit) and ``relative`` times the larger
    magnitude."""

    relative: float = 0.0
    absolute: float = 0.0
    label: str = "default"

    def amount(self, magnitude: float) -> float:
        return max(self.absolute, self.relative * magnitude)

    def words(self) -> str:
        parts = []
        if self.relative:
            parts.append(f"{_num(self.relative * 100)}%")
        if self.absolute:
            parts.append(f"{_num(self.absolute)} absolute")
        amount = " or ".join(parts) if parts else "zero"
        return f"{amount} tolerance ({self.label})"


@dataclass(frozen=True, slots=True)
class RateTable:
    """Dated exchange rates: units of each currency per one ``base`` unit."""

    source: str = ""
    base: str = "EUR"
    dates: tuple[str, ...] = ()  # ISO dates, ascending
    rates: tuple[dict, ...] = ()  # one {currency: units per base} per date

    def rate(self, frm: str, to: str, when: Optional[str]) -> Optional[tuple[float, str]]:
        """Units of ``to`` per unit of ``frm`` on date ``when`` (the latest
        table entry not after it, else the earliest), and the entry's date."""
        if frm == to:
            return 1.0, ""
        if not self.dates:
            return None
        i = bisect.bisect_right(self.dates, (when or "9999")[:10]) - 1
        order = list(range(max(i, 0), -1, -1)) + list(range(max(i, 0) + 1, len(self.dates)))
        for j in order:
            table = self.rates[j]
            a = 1.0 if frm == self.base else table.get(frm)
            b = 1.0 if to == self.base else table.get(to)
            if a and b:
                return b / a, self.dates[j]
        return None


@dataclass(frozen=True)
class Settings:
    """Everything comparison can tune; see ``rules/tolerances.yaml``."""

    default: Tolerance = Tolerance(0.02, 0.0, "default")
    units: dict = field(default_factory=dict)  # unit -> Tolerance
    metrics: tuple = ()  # ((pattern, Tolerance), ...) first match wins
    hedges: dict = field(default_factory=dict)  # hedge words -> (below, above) relative
    currency_stated: float = 0.03
    currency_table: float = 0.10
    major: float = 0.25
    moving: tuple = ()  # ((pattern, monotonic), ...)
    never_compare: tuple = ()  # metric patterns never compared (catch-alls)
    weak_rules: tuple = ()  # rule-code patterns whose findings are at most warnings
    weak_metrics: tuple = ()  # metric patterns whose key names a kind of figure, not one fact
    place_metrics: tuple = ()  # ...and those that do only when the subject is a place or a group
    party_metrics: tuple = ()  # ...and those that do when the subject is a place or group and no second party is named
    scope_metrics: tuple = ()  # metrics never compared when the subject is a place or group (the ranking's scope)
    broad_subjects: frozenset = frozenset()  # places and groups (lists), casefolded
    described_lists: tuple = ()  # word lists of nouns that describe an unnamed person ("girl", "man")
    described_subjects: frozenset = frozenset()  # ...their entries, casefolded
    weak_scope: str = "story"  # fallback-rule claims are compared: "story" (within one) | "all"
    skip_statuses: frozenset = frozenset({"hypothetical"})
    require_subject: bool = True
    undated_window_days: int = 7
    period_span_ratio: float = 2.0
    part_of: tuple = ()  # ((part pattern, (whole patterns...)), ...)
    sum_of: tuple = ()  # ((total, (parts...), exhaustive), ...)
    fraction_tolerance: float = 0.05
    change_tolerance: float = 0.05
    conversion_spread: float = 0.10
    conversion_vs_table: float = 0.30
    rates: RateTable = RateTable()
    sources: tuple = ()  # files these settings came from
    _cache: dict = field(default_factory=dict, compare=False, repr=False)

    def tolerance(self, metric: str, unit: str) -> Tolerance:
        k = (metric, unit)
        tol = self._cache.get(k)
        if tol is None:
            tol = self.units.get(unit, self.default)
            for pattern, t in self.metrics:
                if metric_glob(metric, pattern):
                    tol = t
                    break
            self._cache[k] = tol
        return tol

    def _flag(self, name: str, metric: str, patterns) -> Any:
        k = (name, metric)
        if k not in self._cache:
            found = None
            for item in patterns:
                pattern = item[0] if isinstance(item, tuple) else item
                if metric_glob(metric, pattern):
                    found = item
                    break
            self._cache[k] = found
        return self._cache[k]

    def moving_metric(self, metric: str) -> Optional[bool]:
        """None when the metric does not move over time; else whether it
        only ever grows (monotonic)."""
        found = self._flag("moving", metric, self.moving)
        return None if found is None else found[1]

    def ignored(self, metric: str) -> bool:
        return self._flag("never", metric, self.never_compare) is not None

    def scoped(self, c: Claim) -> bool:
        """Is the claim's subject only the scope of its figure (``scope_metrics``
        with a place or group subject: "Japan's third-largest bank" ranks a
        bank within Japan, so two such ranks are of two banks)?"""
        return (bool(self.scope_metrics) and bool(c.subject)
                and self._flag("scope_metric", c.metric, self.scope_metrics) is not None
                and c.subject.casefold() in self.broad_subjects)

    def weak(self, *claims: Claim) -> bool:
        """Was any of the claims typed by a fallback rule, or of a metric whose
        key names a kind of figure rather than one fact (``weak_metrics``), or
        is its subject a noun that describes an unnamed person
        (``described_lists``: "a 13-year-old girl" is "girl", and two stories'
        girls are not one person)?"""
        return any((c.rule and self._flag("weak", c.rule, self.weak_rules) is not None)
                   or (c.metric and self._flag("weak_metric", c.metric, self.weak_metrics) is not None)
                   or (c.metric and self._flag("place_metric", c.metric, self.place_metrics) is not None
                       and (c.subject or "").casefold() in self.broad_subjects)
                   or self._one_of_many(c)
                   or (bool(self.described_subjects) and (c.subject or "").casefold() in self.described_subjects)
                   for c in claims)

    def _one_of_many(self, c: Claim) -> bool:
        """prec26: is the claim one of many deals of its kind (``party_metrics``): a
        place's or group's aid, contract, deal or lawsuit with no second party named
        ("Britain is to give a £4m grant", "India has signed a $40bn deal")? A country
        makes many; only "aid to Ukraine" or "a deal with Iran" names one."""
        return (bool(self.party_metrics) and bool(c.metric) and not c.subject2
                and self._flag("party_metric", c.metric, self.party_metrics) is not None
                and (c.subject or "").casefold() in self.broad_subjects)


class _LineLoader:
    """A YAML safe loader whose mappings remember their line."""

    _cls = None

    @classmethod
    def get(cls):
        if cls._cls is None:
            import yaml

            base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

            class Loader(base):  # type: ignore[misc, valid-type]
                pass

            def construct_mapping(loader, node, deep=False):
                mapping = _Map(yaml.SafeLoader.construct_mapping(loader, node, deep=True))
                mapping.line = node.start_mark.line + 1
                return mapping

            Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
            # dates stay strings: validated (with their line) by the parser
            Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
            cls._cls = Loader
        return cls._cls


class _Map(dict):
    line = 0


def _read_yaml(path: Path) -> Any:
    import yaml

    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_LineLoader.get())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SettingsError(str(path), (mark.line + 1) if mark else 0, f"not valid YAML: {exc}") from None


def _number(path, node, name, value, lo=0.0, hi=INF) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not lo <= value <= hi:
        raise SettingsError(str(path), getattr(node, "line", 0),
                            f"{name} must be a number between {lo} and {hi}, not {value!r}")
    return float(value)


def _tolerance(path, node, label) -> Tolerance:
    if isinstance(node, (int, float)) and not isinstance(node, bool):
        return Tolerance(_number(path, None, label, node), 0.0, label)
    if not isinstance(node, dict):
        raise SettingsError(str(path), 0, f"{label}: expected a number or a mapping with relative/absolute")
    unknown = set(node) - {"relative", "absolute", "match", "why"}
    if unknown:
        raise SettingsError(str(path), node.line, f"{label}: unknown key(s) {sorted(unknown)};"
                            " a tolerance has relative, absolute (and match, why)")
    return Tolerance(_number(path, node, "relative", node.get("relative", 0)),
                     _number(path, node, "absolute", node.get("absolute", 0)), label)


_TOP_KEYS = {"version", "default", "units", "metrics", "hedges", "currency", "severity", "moving",
             "never_compare", "weak_rules", "weak_metrics", "place_metrics", "party_metrics", "described_lists",
             "scope_metrics", "weak_scope", "skip_statuses", "require_subject", "undated_window_days", "period_span_ratio",
             "arithmetic"}


def _parse_tolerances(path: Path, doc: Any, rates: RateTable) -> Settings:
    if not isinstance(doc, dict):
        raise SettingsError(str(path), 1, "expected a mapping of settings at the top level")
    unknown = set(doc) - _TOP_KEYS
    if unknown:
        raise SettingsError(str(path), doc.line, f"unknown key(s) {sorted(unknown)}; known: {sorted(_TOP_KEYS)}")
    kw: dict[str, Any] = {}
    if "default" in doc:
        kw["default"] = _tolerance(path, doc["default"], "default")
    units = {}
    for unit, node in (doc.get("units") or {}).items():
        units[str(unit)] = _tolerance(path, node, f"unit {unit}")
    kw["units"] = units
    metrics = []
    for node in doc.get("metrics") or []:
        if not isinstance(node, dict) or "match" not in node:
            raise SettingsError(str(path), getattr(node, "line", doc.line),
                                "each metrics entry needs match: (a metric name or glob such as casualties.*)")
        metrics.append((str(node["match"]), _tolerance(path, node, f"metric {node['match']}")))
    kw["metrics"] = tuple(metrics)
    hedges = {}
    for words, node in (doc.get("hedges") or {}).items():
        if isinstance(node, dict):
            bad = set(node) - {"below", "above"}
            if bad:
                raise SettingsError(str(path), node.line, f"hedge {words!r}: use below/above, not {sorted(bad)}")
            pair = (_number(path, node, "below", node.get("below", 0), 0, 1),
                    _number(path, node, "above", node.get("above", 0)))
        else:
            t = _number(path, doc.get("hedges"), f"hedge {words!r}", node, 0, 1)
            pair = (t, t)
        hedges[_norm_words(str(words))] = pair
    kw["hedges"] = hedges
    cur = doc.get("currency") or {}
    for name, attr in (("stated", "currency_stated"), ("table", "currency_table"),
                       ("spread", "conversion_spread"), ("against_table", "conversion_vs_table")):
        if name in cur:
            kw[attr] = _number(path, cur, f"currency.{name}", cur[name], 0, 10)
    sev = doc.get("severity") or {}
    if "major" in sev:
        kw["major"] = _number(path, sev, "severity.major", sev["major"], 0, 100)
    moving = []
    for node in doc.get("moving") or []:
        if not isinstance(node, dict) or "match" not in node:
            raise SettingsError(str(path), getattr(node, "line", doc.line),
                                "each moving entry needs match: and optionally monotonic: true|false")
        bad = set(node) - {"match", "monotonic", "why"}
        if bad:
            raise SettingsError(str(path), node.line, f"moving entry: unknown key(s) {sorted(bad)}")
        moving.append((str(node["match"]), bool(node.get("monotonic", False))))
    kw["moving"] = tuple(moving)
    kw["never_compare"] = tuple(str(p) for p in (doc.get("never_compare") or ()))
    kw["weak_rules"] = tuple(str(p) for p in (doc.get("weak_rules") or ()))
    kw["weak_metrics"] = tuple(str(p) for p in (doc.get("weak_metrics") or ()))
    kw["place_metrics"] = tuple(str(p) for p in (doc.get("place_metrics") or ()))
    kw["party_metrics"] = tuple(str(p) for p in (doc.get("party_metrics") or ()))
    kw["scope_metrics"] = tuple(str(p) for p in (doc.get("scope_metrics") or ()))
    described = doc.get("described_lists") or ()
    if not isinstance(described, list) or not all(isinstance(n, str) and re.fullmatch(r"[\w-]+", n) for n in described):
        raise SettingsError(str(path), doc.line, "described_lists must be a list of word-list names (rules/lists/NAME.txt)")
    kw["described_lists"] = tuple(described)
    if "weak_scope" in doc:
        if doc["weak_scope"] not in ("story", "all"):
            raise SettingsError(str(path), doc.line, "weak_scope must be story or all")
        kw["weak_scope"] = doc["weak_scope"]
    if "skip_statuses" in doc:
        kw["skip_statuses"] = frozenset(str(s) for s in doc["skip_statuses"] or ())
    if "require_subject" in doc:
        kw["require_subject"] = bool(doc["require_subject"])
    if "period_span_ratio" in doc:
        kw["period_span_ratio"] = _number(path, doc, "period_span_ratio", doc["period_span_ratio"], 1)
    if "undated_window_days" in doc:
        kw["undated_window_days"] = int(_number(path, doc, "undated_window_days", doc["undated_window_days"]))
    ar = doc.get("arithmetic") or {}
    part_of, sum_of = [], []
    for node in ar.get("part_of") or []:
        if not isinstance(node, dict) or not {"part", "whole"} <= set(node):
            raise SettingsError(str(path), getattr(node, "line", ar.line if ar else 0),
                                "each arithmetic.part_of entry needs part: and whole: (metric globs)")
        parts = node["part"] if isinstance(node["part"], list) else [node["part"]]
        wholes = node["whole"] if isinstance(node["whole"], list) else [node["whole"]]
        for p in parts:
            part_of.append((str(p), tuple(str(w) for w in wholes)))
    for node in ar.get("sum_of") or []:
        if not isinstance(node, dict) or not {"total", "parts"} <= set(node) or not isinstance(node["parts"], list):
            raise SettingsError(str(path), getattr(node, "line", ar.line if ar else 0),
                                "each arithmetic.sum_of entry needs total: (a metric) and parts: (a list of metrics)")
        sum_of.append((str(node["total"]), tuple(str(p) for p in node["parts"]), bool(node.get("exhaustive", False))))
    kw["part_of"] = tuple(part_of)
    kw["sum_of"] = tuple(sum_of)
    for name, attr in (("fraction_tolerance", "fraction_tolerance"), ("change_tolerance", "change_tolerance")):
        if name in ar:
            kw[attr] = _number(path, ar, f"arithmetic.{name}", ar[name], 0, 10)
    return Settings(rates=rates, **kw)


def _parse_rates(path: Path, doc: Any) -> RateTable:
    if not isinstance(doc, dict) or "source" not in doc or "rates" not in doc:
        raise SettingsError(str(path), getattr(doc, "line", 1),
                            "expected source: (who publishes the rates), base: (a currency) and rates:")
    base = str(doc.get("base", "EUR"))
    entries = []
    for node in doc["rates"] or []:
        if not isinstance(node, dict) or "date" not in node:
            raise SettingsError(str(path), getattr(node, "line", doc.line),
                                "each rates entry needs date: (ISO) and currency codes with units per base")
        when = str(node["date"])
        try:
            date.fromisoformat(when[:10])
        except ValueError:
            raise SettingsError(str(path), node.line, f"date {when!r} is not an ISO date") from None
        table = {}
        for cur, value in node.items():
            if cur in ("date", "why", "note"):
                continue
            if not _CURRENCY.match(str(cur)):
                raise SettingsError(str(path), node.line, f"{cur!r} is not an ISO currency code")
            table[str(cur)] = _number(path, node, str(cur), value, 1e-9)
        entries.append((when[:10], table))
    entries.sort(key=lambda e: e[0])
    return RateTable(str(doc["source"]), base, tuple(e[0] for e in entries), tuple(e[1] for e in entries))


_SETTINGS_CACHE: dict = {}
_RECENT: dict = {}  # root as given -> (monotonic time, settings): no file system look-up for a second
_RECENT_SECONDS = 1.0


def load_settings(root: str | os.PathLike | None = None) -> Settings:
    """Read ``tolerances.yaml`` and ``rates.yaml`` under ``root`` (default:
    ledger's own rules folder, :func:`ledger.paths.rules_root`).

    When ``root`` has neither file, ledger's own rules folder is used; failing that, built-in defaults (2%
    tolerance, no rates).  Results are
    cached per file modification time (and not looked at again for a
    second), so calling this per comparison is cheap.  A bad file raises :class:`SettingsError` with file and line.
    """
    if root is None:
        from .paths import rules_root

        root = rules_root()
    given = os.fspath(root)
    recent = _RECENT.get(given)
    now = time.monotonic()
    if recent is not None and now - recent[0] < _RECENT_SECONDS:
        return recent[1]
    settings = _load_settings(Path(root))
    _RECENT[given] = (now, settings)
    return settings


def _load_settings(root: Path) -> Settings:
    if not (root / "tolerances.yaml").exists() and not (root / "rates.yaml").exists():
        from .paths import rules_root  # the checkout's rules/, or the copy shipped in the package

        root = rules_root()
    tol_path, rates_path = root / "tolerances.yaml", root / "rates.yaml"
    stamp = []
    for p in (tol_path, rates_path):
        try:
            stamp.append(p.stat().st_mtime_ns)
        except OSError:
            stamp.append(None)
    cache_key = (str(root.resolve()), tuple(stamp))
    cached = _SETTINGS_CACHE.get(cache_key)
    if cached is not None:
        return cached
    def parse() -> Settings:
        rates = _parse_rates(rates_path, _read_yaml(rates_path)) if stamp[1] is not None else RateTable()
        if stamp[0] is not None:
            settings = _parse_tolerances(tol_path, _read_yaml(tol_path), rates)
        else:
            settings = Settings(rates=rates)
        sources = tuple(str(p) for p, s in zip((tol_path, rates_path), stamp) if s is not None)
        broad = (_broad_subjects(root) if settings.place_metrics or settings.scope_metrics or settings.party_metrics
                 else frozenset())
        return Settings(**{**{f: getattr(settings, f) for f in Settings.__dataclass_fields__
                              if f != "_cache"}, "sources": sources, "broad_subjects": broad})

    # parsed once per version of the files (and of this module): PyYAML is
    # not imported by a run that finds them in the cache
    files = [p for p, s in zip((tol_path, rates_path), stamp) if s is not None]
    files += [p for p in _broad_list_paths(root) if p.is_file()]
    settings = cached_pickle("settings", files + [Path(__file__)], parse)
    if not isinstance(settings, Settings):
        settings = parse()
    if settings.described_lists:
        # the lists the settings name are known only once they are parsed: their entries are
        # kept apart, under the files they come from
        paths = [p for p in _list_paths(root, settings.described_lists) if p.is_file()]
        described = cached_pickle("described_subjects", paths + [Path(__file__)], lambda: _list_entries(paths))
        settings = replace(settings, described_subjects=described, _cache={})
    _SETTINGS_CACHE[cache_key] = settings
    return settings


#: word lists whose names (and what they map to) are places or groups of people
_BROAD_LISTS = ("countries", "us_states", "places", "capitals", "demonyms", "groups")


def _list_paths(root: Path, names) -> list[Path]:
    """The files of word lists ``names``: under ``root``, else ledger's own."""
    from .paths import rules_root

    return [root / "lists" / f"{name}.txt" if (root / "lists" / f"{name}.txt").is_file()
            else rules_root() / "lists" / f"{name}.txt" for name in names]


def _broad_list_paths(root: Path) -> list[Path]:
    """The files of _BROAD_LISTS: under ``root``, else ledger's own."""
    return _list_paths(root, _BROAD_LISTS)


def _list_entries(paths) -> frozenset:
    """The entries of word lists, casefolded, as written and as mapped."""
    from .rules import RuleError, load_list

    names: set = set()
    for path in paths:
        try:
            wl = load_list(path)
        except (OSError, RuleError):
            continue
        names.update(n.casefold() for n in wl.entries)
        names.update(n.casefold() for n in wl.canonical.values())
    return frozenset(names)


def _broad_subjects(root: Path) -> frozenset:
    """Names of places and population groups, casefolded, as written and as
    mapped: with such a subject a ``place_metrics`` key is loose."""
    return _list_entries(_broad_list_paths(root))


# --------------------------------------------------------------------------
# Keys and comparability


def _fold(s: Optional[str]) -> Optional[str]:
    return s.strip().casefold() if s else None


_KEYS: dict = {}


def key(claim: Claim) -> tuple:
    """The blocking key: claims are compared only within one key.

    ``(metric, subject, subject2, status)``, case-folded.  Periods are not
    in the key: they must overlap, which :func:`comparable` checks."""
    raw = (claim.metric, claim.subject, claim.subject2, claim.status)
    k = _KEYS.get(raw)
    if k is None:
        if len(_KEYS) > 200_000:
            _KEYS.clear()
        k = _KEYS[raw] = (_fold(claim.metric), _fold(claim.subject), _fold(claim.subject2),
                          claim.status or "actual")
    return k


def _norm_words(s: Optional[str]) -> str:
    return " ".join(s.casefold().split()) if s else ""


def _speaker_name(c: Claim) -> Optional[str]:
    """Who stands behind the figure; None for the outlet's own voice (an
    outlet is not a named source for its own unattributed copy)."""
    s = c.speaker
    if s and (c.speaker_rule == "outlet-voice" or _norm_words(s) == _norm_words(c.outlet)):
        s = None
    return s or c.cited_source or None


_SPEAKERS: dict = {}


def _speaker(c: Claim) -> Optional[str]:
    name = _speaker_name(c)
    if not name:
        return None
    norm = _SPEAKERS.get(name)
    if norm is None:
        if len(_SPEAKERS) > 100_000:
            _SPEAKERS.clear()
        norm = _SPEAKERS[name] = _norm_words(name)
    return norm or None


_CURRENCIES: dict = {}


def _is_currency(unit: str) -> bool:
    hit = _CURRENCIES.get(unit)
    if hit is None:
        hit = _CURRENCIES[unit] = (bool(unit) and len(unit) == 3 and unit.isupper() and unit.isalpha()
                                   and unit not in _NON_CURRENCY_CODES)
    return hit


_SPANS: dict = {}


def _span(start: str, end: str) -> Optional[int]:
    """Days from start to end inclusive (ISO dates), or None."""
    k = (start, end)
    if k not in _SPANS:
        if len(_SPANS) > 200_000:
            _SPANS.clear()
        try:
            _SPANS[k] = (date.fromisoformat(end[:10]) - date.fromisoformat(start[:10])).days + 1
        except ValueError:
            _SPANS[k] = None
    return _SPANS[k]


class _Fig:
    """A claim prepared for comparison: its interval in the comparison unit.
    (Internal records here are plain slotted classes: the gate imports this
    module on every run, and dataclass creation costs start-up time.)"""

    __slots__ = ("c", "unit", "v", "lo", "hi", "lo_strict", "hi_strict", "converted", "moving", "speaker",
                 "base_lo", "base_hi", "span", "weak", "order")

    def __init__(self, c: Claim, unit: str, v: float, lo: float, hi: float, lo_strict: bool, hi_strict: bool,
                 converted: bool, moving: Optional[bool], speaker: Optional[str]):
        self.c = c
        self.unit = unit
        self.v = v
        self.lo = lo
        self.hi = hi
        self.lo_strict = lo_strict
        self.hi_strict = hi_strict
        self.converted = converted  # already converted across currencies by units.normalise
        self.moving = moving  # None: a fixed fact; else whether it only grows
        self.speaker = speaker
        self.base_lo = 0.0  # in the rate table's base currency (sorting only)
        self.base_hi = 0.0
        self.span: Optional[int] = None  # days in the claim's period, when it has both ends
        self.weak = False  # typed by a fallback rule (Settings.weak_rules)
        self.order = (c.published or "", c.doc, c.start, c.id)  # first published first


def _prep(c: Claim, s: Settings) -> Optional[_Fig]:
    """The claim's comparison interval, or None when it cannot be compared."""
    # (fold34) a change with a direction is compared as a signed percent of the old level; its
    # interval (hedge, precision) is built on the figure as written and then turned (_to_percent_change)
    factored = c.norm_unit == PERCENT_CHANGE
    if c.norm_value is not None and c.norm_unit and not factored:
        v = c.norm_value
        lo = c.norm_low
        hi = c.norm_high
        unit = c.norm_unit
        factor = (v / c.value) if c.value else 1.0
        converted = _is_currency(c.unit) and c.unit != unit
        if lo is None and hi is None and c.low is not None:
            lo = c.low * factor
        if hi is None and lo is not None and c.high is not None:
            hi = c.high * factor
    else:
        v, lo, hi, unit, factor, converted = c.value, c.low, c.high, c.unit, 1.0, False
    # (rates33) a rate per one of its base divides by the base, as units.normalise did, so that an
    # exact "12 per 100,000" keeps one value rather than two a rounding error apart
    base = c.per_base if unit == PER_ONE and c.per_base else None
    if v is None or unit is None or (isinstance(v, float) and math.isnan(v)):
        return None
    if lo is None and hi is None and not c.hedge:
        lo = hi = v  # an exact figure whose interval was left empty
    lo = -INF if lo is None else lo
    hi = INF if hi is None else hi
    los, his = c.low_strict, c.high_strict
    if c.precision_low is not None and math.isfinite(lo):
        p = c.precision_low / base if base else c.precision_low * factor
        if p < lo:
            lo, los = p, False
    if c.precision_high is not None and math.isfinite(hi):
        p = c.precision_high / base if base else c.precision_high * factor
        if p > hi:
            hi, his = p, False
    if c.hedge:
        hk = ("hedge", c.hedge)
        widen = s._cache.get(hk, False)
        if widen is False:
            widen = s._cache[hk] = s.hedges.get(_norm_words(c.hedge))
        if widen:
            below, above = widen
            if math.isfinite(lo) and below:
                p = v - abs(v) * below
                if p < lo:
                    lo, los = p, False
            if math.isfinite(hi) and above:
                p = v + abs(v) * above
                if p > hi:
                    hi, his = p, False
            # prec26: "nearly 30 years" reaches the round figure it approximates ("a 30-year
            # war"): an approximation, unlike "fewer than 30", does not exclude its own figure
            if his and hi == v:
                his = False
            if los and lo == v:
                los = False
    if factored:
        v, lo, hi, los, his = _to_percent_change(c, v, lo, hi, los, his)
        unit = PERCENT_CHANGE
    elif unit == FRACTION:  # "a quarter" and "25%" are one scale
        v, lo, hi, unit = v * 100, lo * 100, hi * 100, PERCENT
    moving = True if c.cumulative else s.moving_metric(c.metric or "")
    f = _Fig(c, unit, v, lo, hi, los, his, converted, moving, _speaker(c))
    if (c.rule and s.weak_rules) or s.weak_metrics or s.place_metrics or s.party_metrics or s.described_subjects:
        f.weak = s.weak(c)
    if c.period_start and c.period_end:
        f.span = _span(c.period_start, c.period_end)
    if _is_currency(unit):
        ck = ("base rate", unit, (c.published or "")[:10])
        k = s._cache.get(ck)
        if k is None:
            rate = s.rates.rate(unit, s.rates.base, c.published)
            k = s._cache[ck] = rate[0] if rate else 1.0
        f.base_lo, f.base_hi = lo * k, hi * k
    else:
        f.base_lo, f.base_hi = lo, hi
    return f


def _to_percent_change(c: Claim, v: float, lo: float, hi: float, los: bool, his: bool) -> tuple:
    """(fold34) A change's interval as written ("fell more than 30%": 30 to inf) as a signed percent
    of the old level (-100 to -30): a change is never below nothing (a multiple never below one), and
    a fall turns the ends round."""
    floor = 1.0 if c.unit == MULTIPLE and not shrinks(c.unit, c.value) else 0.0

    def turn(x: float) -> float:
        x = max(x, floor)
        if x == INF:
            return -100.0 if c.direction == "down" else INF
        got = percent_change(c.direction, c.unit, x)
        return -100.0 if got is None else got

    v2, lo2, hi2 = turn(v), turn(lo), turn(hi)
    if factor_falls(c.direction, c.unit, c.value):
        lo2, hi2, los, his = hi2, lo2, his, los
    return v2, lo2, hi2, los, his


#: the figures judge and comparable prepared, {id(claim): (claim, settings, _Fig)}: the gate
#: judges one draft figure against hundreds of ledger claims, and judges a ledger claim, then
#: tests it for comparability, with the same objects.  Claims and settings are frozen, so a
#: figure prepared from the same two objects is the same figure; the claim is kept so that its
#: id is not reused while the entry lives.
_PREPPED: dict = {}


def _prepped(c: Claim, s: Settings) -> Optional[_Fig]:
    hit = _PREPPED.get(id(c))
    if hit is not None and hit[0] is c and hit[1] is s:
        return hit[2]
    if len(_PREPPED) >= 4096:
        _PREPPED.clear()
    f = _prep(c, s)
    _PREPPED[id(c)] = (c, s, f)
    return f


def _when(c: Claim) -> Optional[str]:
    """When the claim was published: the live-blog entry's time if known."""
    return c.published_at or c.published


def _older(a: Optional[str], b: Optional[str]) -> Optional[bool]:
    """Is publication time a before b (True), after it (False), or can the
    two not be ordered (None: unknown, the same day without times, or the
    same time)?  ISO dates or datetimes: live-blog entries carry times."""
    if not a or not b:
        return None
    if a[:10] != b[:10]:
        return a[:10] < b[:10]
    if len(a) > 10 and len(b) > 10 and a != b:
        return a < b
    return None


def _overlap(a0, a1, b0, b1) -> bool:
    """Do the ISO date ranges [a0, a1] and [b0, b1] (None: open) overlap?"""
    if a0 and b1 and a0[:10] > b1[:10]:
        return False
    if b0 and a1 and b0[:10] > a1[:10]:
        return False
    return True


def _days_apart(a: Optional[str], b: Optional[str]) -> Optional[int]:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except (TypeError, ValueError):
        return None


def _windows_apart(a: _Fig, b: _Fig) -> bool:
    """Two running totals that start apart by more than a fifth of the shorter one's span:
    totals over two windows ("12 schools closed during the past three years" and "20 over
    the past five years"; "since 2002" and "since 2003"), two facts, whatever their overlap."""
    ca, cb = a.c, b.c
    if not (ca.cumulative and cb.cumulative and ca.period_start and cb.period_start and a.span and b.span):
        return False
    apart = _days_apart(ca.period_start, cb.period_start)
    return apart is not None and apart > 0.2 * min(a.span, b.span)


def _units_meet(a: _Fig, b: _Fig) -> bool:
    return a.unit == b.unit or (_is_currency(a.unit) and _is_currency(b.unit))


def _same_figure(a: Claim, b: Claim) -> bool:
    return (a.id == b.id or a.linked == b.id or b.linked == a.id
            or (a.doc_sha == b.doc_sha and a.start == b.start and a.end == b.end))


# "an extra 10 MEPs", "another eight domains", "227 million additional shares",
# "10 more": an increment, not the level its key names
_INCREMENT_BEFORE = compile_std_cached(r"(?i)(?:\b(?:an?|the|some) (?:extra|additional|further)|\banother|\ba further)\s+$")
_INCREMENT_AFTER = compile_std_cached(r"(?i)^[ -](?:more|extra|additional|further)\b(?! than\b)|^ off\b")
# "at a cost of $20 each": a price per unit, not a total
_PER_UNIT_AFTER = compile_std_cached(r"(?i)^,? (?:each|apiece|a head|a piece|per (?:head|person|capita|unit|share|item))\b")
# "cutting an order from 90 planes to 53", "rose to 67.4 from 61.5": the level before a move
_FROM_BEFORE = compile_std_cached(r"(?i)\bfrom\s+(?:(?:an?|the)\s+)?(?:(?:adjusted|revised|upwardly|downwardly|record|previous|"
                          r"earlier|original)\s+){0,2}$")
_MOVE = compile_std_cached(r"(?i)\b(?:to|rose|rise|rising|risen|fell|fall|falling|fallen|up|down|cut|cutting|increased|"
                   r"decreased|raised|lowered|reduced|grew|dropped|climbed|jumped|slipped|slid|surged|soared)\b")
# "compared to $45.9bn a year ago", "against $900m in the same period last year": the value of
# a time told only as a distance back from another figure's (text.SET_BACK)
_SET_BACK = compile_cached(SET_BACK, regex.VERSION1)
# "at an annual rate of 10.7% in December", "10.7% year-on-year": a twelve-month change
_ANNUAL_BEFORE = compile_std_cached(r"(?i)\b(?:annual(?:ised|ized)?|year-on-year|yearly|12-month|twelve-month)"
                            r"(?: (?:rate|pace|increase|decrease|rise|fall|growth|drop|gain|decline))?"
                            r"(?: (?:of|at))?\s+$")
_ANNUAL_AFTER = compile_std_cached(r"(?i)^,? (?:(?:on|from|over|compared with|against) (?:a|the) year (?:earlier|before|ago)|"
                           r"year-on-year|on the year|annually|a year earlier|in the year to)\b")
# "Seven of the men", "£5m of its £20m", "three other executives": a part of a group,
# or a group beside another, not the whole the key names ("of the" only for counts and
# sums: "5% of the workforce" is how a share is said)
_PART_AFTER = compile_std_cached(r"(?i)^(?: (?:of|among) (?:the|those|these|them|its|their|his|her|our)\b| other\b)")
_OTHER_AFTER = compile_std_cached(r"(?i)^ other\b")
# "Among the gifts were 24 donations totalling £161,840", "among them": one part of a whole
_AMONG_BEFORE = compile_std_cached(r"(?i)\bamong\b")
# "IBM has received 25,772 patents in that period": a period the sentence only points back
# to, which the figure's own period does not know
_BACK_PERIOD = compile_std_cached(r"(?i)\b(?:in|over|during|within|for|across|throughout) (?:that|this|the same) "
                          r"(?:period|time|span|stretch|decade|timeframe|time frame)\b")
_BASES: dict = {}
# "reached a $140m deal", "a deal totalling $375m", "a 20GB version for £99", "a £10 subscription
# fee": the figure on a thing brought in with "a" -- one of its kind, a new thing, not one named before
_INDEFINITE_BEFORE = compile_std_cached(r"(?i)(?:^|[^\w'’-])an?\s+(?:(?:[\w'’-]+\s+){1,3}?(?:totall?ing|worth|valued\s+at|"
                                r"costing|for)\s+)?$")
_INDEFINITES: dict = {}


def _per_claim(cache: dict, c: Claim, read):
    """``read(c)``, kept per claim in ``cache`` (cleared when it grows past
    200,000 claims): the words next to a figure are read once however many
    pairs it is judged in."""
    k = (c.id, c.start)
    hit = cache.get(k)
    if hit is None:
        if len(cache) > 200_000:
            cache.clear()
        hit = cache[k] = read(c)
    return hit


def _basis(c: Claim) -> tuple[bool, bool, bool, bool, bool, bool, bool]:
    """(an increment, a twelve-month change, a price per unit, the level before
    a move, a part of a group, a period pointed back to, a value told by how
    long before another it was) as the words next to the figure say."""
    return _per_claim(_BASES, c, _read_basis)


def _figure_in_sentence(c: Claim) -> tuple[str, int]:
    """The claim's sentence and where its figure's text stands in it (-1: not
    found): the first place where the text stands alone, not inside a longer
    number ("31" in "In 2031, 31 countries" is the second), else the first place."""
    sentence = c.sentence or ""
    text = c.text
    if not text:
        return sentence, -1
    first = i = sentence.find(text)
    n = len(text)
    while i >= 0:
        if not _inside_number(sentence, i, i + n):
            return sentence, i
        i = sentence.find(text, i + 1)
    return sentence, first


def _inside_number(sentence: str, i: int, j: int) -> bool:
    """Is sentence[i:j] part of a longer word or number ("31" in "131", "2031", "1,131" or "31.5")?"""
    if i and (sentence[i - 1].isalnum() or (sentence[i - 1] in ".," and i > 1 and sentence[i - 2].isdigit())):
        return True
    return j < len(sentence) and (sentence[j].isdigit()
                                  or (sentence[j] in ".," and j + 1 < len(sentence) and sentence[j + 1].isdigit()))


def _read_basis(c: Claim) -> tuple[bool, bool, bool, bool, bool, bool, bool]:
    sentence, i = _figure_in_sentence(c)
    if i < 0:
        return (False, False, False, False, False, False, False)
    before, after = sentence[max(0, i - 40):i], sentence[i + len(c.text):i + len(c.text) + 40]
    share = c.unit in (PERCENT, FRACTION)
    return (bool(_INCREMENT_BEFORE.search(before) or _INCREMENT_AFTER.match(after)),
            bool(_ANNUAL_BEFORE.search(before) or _ANNUAL_AFTER.match(after)),
            bool(_PER_UNIT_AFTER.match(after)),
            bool(_FROM_BEFORE.search(before) and _MOVE.search(sentence[max(0, i - 60):i - 5] + " " + after[:30])),
            bool((_OTHER_AFTER.match(after) if share else _PART_AFTER.match(after))
                 or _AMONG_BEFORE.search(sentence, 0, i)),
            bool(_BACK_PERIOD.search(before) or _BACK_PERIOD.search(after)),
            bool(_SET_BACK.match(sentence, i + len(c.text))))


#: the market a share is of, named after the figure ("a 70% share of the legal
#: download music market", "an 87% share of the market for portable digital
#: music players")
_MARKET_OF = compile_std_cached(r"(?i)[^.;]{0,40}?\bshare\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
                        r"((?:[\w'’-]+\s+){0,6}?)market\b(?:\s+for\s+((?:[\w'’-]+\s*){1,6}))?")
_MARKET_STOP = frozenset("the a an of for in its their his her world's world global overall total entire whole".split())
_MARKETS: dict = {}


def _market(c: Claim) -> str:
    """The head word of the market a market share is of ("music" for "the legal
    download music market", "players" for "the market for portable digital
    music players"), or ""."""
    return _per_claim(_MARKETS, c, _read_market)


def _read_market(c: Claim) -> str:
    sentence, i = _figure_in_sentence(c)
    m = _MARKET_OF.match(sentence, i + len(c.text)) if i >= 0 else None
    words = [w for w in (m.group(2) or m.group(1) or "").lower().replace("’", "'").split()
             if w not in _MARKET_STOP] if m else []
    return words[-1].removesuffix("'s").rstrip("s") if words else ""


def _indefinite(c: Claim) -> bool:
    """Is the figure on a thing brought in with "a" ("a $140m deal", "a deal
    totalling $375m", "a 20GB version for £99")?"""
    return _per_claim(_INDEFINITES, c, _read_indefinite)


def _read_indefinite(c: Claim) -> bool:
    sentence, i = _figure_in_sentence(c)
    return i >= 0 and _INDEFINITE_BEFORE.search(sentence, max(0, i - 50), i) is not None


# prec26: "the number waiting over 12 months", "people waiting more than 18 months", "women
# earn less than £20,000", "those aged 40-48", "US citizens aged under 30", "children under
# 18": the figure is the bound of a band that picks out a group (whose count or share the
# sentence gives), not a fact of its own; two bands of one story are two groups
_BAND_BEFORE = compile_std_cached(
    r"(?i)(?:\b(?:waiting|waited|wait|earn|earns|earned|earning|children|adults|pupils|patients|"
    r"households|families)\s+(?:(?:more|less|fewer) than|over|under|above|below|at least|up to)"
    r"|\b(?:those|people|[^\W\d_]{3,}s)\s+aged(?:\s+(?:(?:more|less|fewer) than|over|under|between))?)\s+$")
_BAND_CUT = compile_std_cached(r"[\d£$€¥]")


def _read_band(c: Claim, at: Optional[tuple[str, int]] = None) -> bool:
    """Is the figure the bound of a band that picks out a group ("the number waiting
    over 12 months", "women earn more than £50,000", "those aged 40-48")?  ``at``: the
    claim's :func:`_figure_in_sentence`, when the caller has it."""
    sentence, i = at or _figure_in_sentence(c)
    if i < 0:
        return False
    m = _BAND_CUT.search(c.text)  # the hedge of "more than £50,000" is part of the figure's text
    lead = c.text[:m.start()] if m else ""
    return _BAND_BEFORE.search(sentence[max(0, i - 40):i] + lead) is not None


# prec26: "Excluding the car sector, US retail sales were up 0.6%", "the core PPI figure surged
# 2.7%", "sales rose 1%, excluding autos": a measure with a part left out is another measure
# than the whole one ("US retail sales fell 0.3%")
_NARROW = compile_std_cached(r"(?i)\b(?:excluding|excludes|exclusive of|stripping out|strip out|"
                             r"not including|leaving out|other than|apart from|core)\b")
#: a time or a date is not a measure a part can be left out of ("costs (excluding fuel) will
#: fall each year for the next five years": the five years are no narrowed measure)
_NOT_NARROWED = ("duration.", "event.", "media.date")


def _narrowed(c: Claim) -> bool:
    """Is the figure's measure narrowed by a part left out ("excluding the car sector",
    "core PPI"), in its sentence up to 80 characters before it or 40 after?"""
    return _near(c)[1]


def _read_narrowed(c: Claim, at: Optional[tuple[str, int]] = None) -> bool:
    sentence, i = at or _figure_in_sentence(c)
    if i < 0:
        return False
    j = i + len(c.text)
    return _NARROW.search(sentence, max(0, i - 80), i) is not None or _NARROW.search(sentence, j, j + 40) is not None


# prec26: "$1.4850 a gallon" and "$53.09 a barrel", "about three phones per cab" and "63,000
# phones": a figure per unit names its unit, and two units (or a rate and a total) are two facts
_PER_NOUN = compile_std_cached(r"(?i)^,?\s+(?:(?:[a-z-]+\s+){0,2}?(per)|an?)\s+(?:(?:single|standard|typical|average)\s+)?"
                               r"(?!cent\b)([a-z]+)\b")
_PER_A_NOUNS = frozenset("barrel barrels gallon litre liter tonne ton kilo kilogram pound ounce share unit "
                         "head ticket pint bottle night hour day week month year".split())
_PER_TIME = frozenset("hour day week month year annum night".split())


def _per_noun(c: Claim) -> tuple:
    """("per" or "a", the unit noun) of a figure per unit ("$53.09 a barrel", "three phones
    per cab"), or ()."""
    return _near(c)[2]


def _read_per_noun(c: Claim, at: Optional[tuple[str, int]] = None) -> tuple:
    sentence, i = at or _figure_in_sentence(c)
    if i < 0:
        return ()
    m = _PER_NOUN.match(sentence[i + len(c.text):i + len(c.text) + 40])
    if m is None:
        return ()
    noun = m.group(2).lower()
    if m.group(1) is None and noun not in _PER_A_NOUNS:
        return ()  # "$5m a record", "10 a side": "a" is no "per" there
    return ("per" if m.group(1) else "a", noun.rstrip("s") if noun != "annum" else noun)


# "the eurozone's two biggest economies", "its 10 largest shareholders", "the three main
# parties", "the two most senior executives": a count of the first few by a ranking is the size
# of a set the writer chose, not of the group ("the eurozone's 12 members"), and two such counts
# are two choices, not one fact told twice
_RANKED_AFTER = compile_std_cached(
    r"(?i)\s+(?:[a-z]+\s+)?(?:biggest|largest|smallest|richest|poorest|wealthiest|strongest|weakest|"
    r"leading|main|top|best|worst|highest|lowest|fastest|slowest|oldest|youngest|most|least)\b")


def _read_ranked(c: Claim, at: Optional[tuple[str, int]] = None) -> bool:
    """Is the figure the count of a ranked few ("the two biggest economies", "its 10 largest
    shareholders")?  Only for a whole number written before its ranking word."""
    sentence, i = at or _figure_in_sentence(c)
    if i < 0 or c.unit != "count":
        return False
    return _RANKED_AFTER.match(sentence, i + len(c.text)) is not None


# "its 301 MPs", "Labour's 413 MPs", "NATO has 32 member states", "the 27 member states": the
# whole membership, written with an owner, "the" or "has"; "34 Labour MPs rebelled", "Up to 30
# Labour MPs could oppose", "Thirty NATO ambassadors were taking part": the members who act, a
# part of it.  A part is compared with a part (two reports of one meeting), never with the whole
_WHOLE_BEFORE = compile_std_cached(r"(?i)(?:\b(?:its|their|our|his|her|the|all|has|have|had|having|"
                                   r"with)|[^\W\d_]['’]s?)\s+$")


def _read_whole(c: Claim, at: Optional[tuple[str, int]] = None) -> Optional[bool]:
    """For a count of members (``members.*``): is it the whole membership (True) or the members
    who act (False)?  None for other metrics."""
    if not (c.metric or "").startswith("members."):
        return None
    sentence, i = at or _figure_in_sentence(c)
    if i < 0:
        return None
    return _WHOLE_BEFORE.search(sentence[max(0, i - 30):i]) is not None


# stress28: "UKIP won 31% of the vote in Erewash", "won three seats in Scotland": an election
# result told for a named place is that place's result, a part of the party's whole one ("won 12
# seats and 16.1% of the vote at the European elections"), and two places' results are two facts.
# Only the place written as the scope of the vote or the seats, right after the figure: a capitalised
# name after "in"/"across", not a month or weekday, not a body that holds seats ("seats in
# Parliament"), not the name of a poll or election ("in European elections", "in YouGov's poll")
_ELECTORAL = ("politics.poll_share", "politics.seats", "politics.votes")
_PLACE_AFTER = compile_std_cached(
    r"\s+(?:(?:of\s+)?(?:the\s+)?(?:[a-z]+\s+)?(?:vote|votes|ballots?)|seats?|MEPs|MPs|councillors|constituencies)"
    r"\s+(?:in|across|throughout)\s+([A-Z][a-z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\b(?!['’])"
    r"(?!\s+(?:[a-z]+\s+)?(?:elections?|polls?|surveys?|ballots?|votes?|contests?|races?|by-elections?|primar(?:y|ies))\b)")
_NOT_PLACES = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    "parliament congress senate commons lords assembly house chamber council cabinet government".split())


def _read_place(c: Claim, at: Optional[tuple[str, int]] = None) -> str:
    """For an election result (``_ELECTORAL``): the place it is told for, written as the scope of
    the vote or the seats right after the figure ("31% of the vote in Erewash": "erewash"), or ""."""
    if not (c.metric or "").startswith(_ELECTORAL):
        return ""
    sentence, i = at or _figure_in_sentence(c)
    if i < 0:
        return ""
    m = _PLACE_AFTER.match(sentence, i + len(c.text))
    if m is None or m.group(1).split()[0].casefold() in _NOT_PLACES:
        return ""
    return " ".join(m.group(1).casefold().split())


_NEAR: dict = {}


def _near(c: Claim) -> tuple:
    """(_read_band, _read_narrowed, _read_per_noun, _read_ranked, _read_whole, _read_place) of a claim,
    read once and kept together (prec26: one cache look-up per claim and pair instead of three)."""
    return _per_claim(_NEAR, c, _read_near)


def _read_near(c: Claim) -> tuple:
    at = _figure_in_sentence(c)
    return (_read_band(c, at), _read_narrowed(c, at), _read_per_noun(c, at), _read_ranked(c, at),
            _read_whole(c, at), _read_place(c, at))


def _per_units_differ(a: Claim, b: Claim) -> bool:
    """Two figures per different units ("a gallon", "a barrel"), or a rate per a thing
    against a total ("three phones per cab", "63,000 phones")."""
    return _per_units_apart(_per_noun(a), _per_noun(b))


def _per_units_apart(pa: tuple, pb: tuple) -> bool:
    if pa and pb:
        return pa[1] != pb[1]
    one = pa or pb  # "three phones per cab" against "63,000 phones"; not "$53 a barrel" against "$55"
    return bool(one) and one[0] == "per" and one[1] not in _PER_TIME


def _two_instances(a: Claim, b: Claim) -> bool:
    """Two figures of one story each on a thing brought in with "a" ("the SEC
    agreed a deal totalling $375m ... the SEC said it had reached a $140m
    deal"; "a 20GB version for £99 ... a £10 subscription fee"): each "a"
    brings in a new thing, so two of them are two things of a kind, not one
    told twice (a story that restates a figure names it with "the")."""
    return a.doc_sha == b.doc_sha and a.story == b.story and _indefinite(a) and _indefinite(b)


def _markets_differ(a: Claim, b: Claim) -> bool:
    """Two market shares of markets named by different heads ("the legal
    download music market" and "the market for portable digital music
    players"): two facts, not one told twice.  The same head told with other
    words ("the US download music market") is compared."""
    if "market_share" not in (a.metric or ""):
        return False
    ma, mb = _market(a), _market(b)
    return bool(ma) and bool(mb) and ma != mb


def _bases_differ(a: _Fig, b: _Fig) -> bool:
    """An increment against a level ("an extra 10 MEPs" and "more than 40
    MEPs"); a price per unit against a total ("$20 each" and "£60m a year");
    the level a move started from against a level ("cutting an order from 90
    planes to 53" and "an order for 10"); a twelve-month change against the
    month's or quarter's change of the same period ("an annual rate of 10.7%
    in December" and "fell 0.7% in December"); a part of a group against the
    group ("Seven of the men" and "Nine men", "three other executives" and "two
    executives", "among the gifts were donations totalling £161,840" and
    "donations totalling £4.6m"); a figure over a period the sentence only
    points back to ("in that period") against one whose period is its own;
    two levels before a move when one has no stated time ("rose to 67.4 from
    61.5" and "from an adjusted 56.4 in January"); shares of two named markets
    (_markets_differ); the count of a ranked few against any count ("the
    eurozone's two biggest economies" and "the eurozone's 12 members"); the
    whole membership against the members who act ("its 301 MPs" and "34 Labour
    MPs rebelled"); an election result told for a named place against the result
    for another place or for none ("31% of the vote in Erewash" and "16.1% of the
    vote at the European elections")."""
    na, nb = _near(a.c), _near(b.c)  # prec26: a band's bound, a narrowed measure, a unit per
    # (rates33) two rates on number bases are scaled to one of their bases (units.normalise): "per
    # capita" and "per 1,000 people" are one unit there, whatever words follow the figures
    per_apart = a.unit != PER_ONE and _per_units_apart(na[2], nb[2])
    if na[0] or nb[0] or na[3] or nb[3] or per_apart or na[4] != nb[4] or na[5] != nb[5] \
            or (na[1] != nb[1] and not (a.c.metric or "").startswith(_NOT_NARROWED)):
        return True
    if _markets_differ(a.c, b.c) or _two_instances(a.c, b.c):
        return True
    ba, bb = _basis(a.c), _basis(b.c)
    if ba[0] != bb[0] or ba[2] != bb[2] or ba[3] != bb[3] or ba[4] != bb[4] or ba[5] != bb[5]:
        return True
    if (ba[3] or ba[6] or bb[6]) and (not (a.c.period_start or a.c.period_end)
                                      or not (b.c.period_start or b.c.period_end)):
        # two levels before a move, one of no stated time ("rose to 67.4 from 61.5"): the level of
        # some earlier day, not one as of publication, so not the other's ("from 56.4 in January");
        # so is a value "a year ago" whose later value had no time to set it back from
        return True
    return (ba[1] != bb[1] and (a.c.metric or "").startswith("change.")
            and bool(a.span) and bool(b.span) and max(a.span, b.span) < 300)


def _comparable(a: _Fig, b: _Fig, s: Settings) -> bool:
    ca, cb = a.c, b.c
    if key(ca) != key(cb) or ca.cumulative != cb.cumulative:
        return False
    return _eligible(ca, s) and _pair_ok(a, b, s)


def _eligible(c: Claim, s: Settings) -> bool:
    """May this claim be compared at all (whatever the other one)?"""
    if not c.metric or s.ignored(c.metric) or (c.status or "actual") in s.skip_statuses:
        return False
    if s.scope_metrics and s.scoped(c):
        return False
    return bool(c.subject) or not s.require_subject


def _pair_ok(a: _Fig, b: _Fig, s: Settings, ledger: bool = False) -> bool:
    """The pairwise part of comparability, for two claims of one key.
    ``ledger``: both claims are in the ledger (the bulk path), rather than a
    draft's claim judged against the ledger."""
    # the words next to the figures are read last, for the pairs that pass the rest
    return _pair_meets(a, b, s, ledger) and not _bases_differ(a, b)


def _pair_meets(a: _Fig, b: _Fig, s: Settings, ledger: bool) -> bool:
    ca, cb = a.c, b.c
    if _same_figure(ca, cb):
        return False
    if ca.doc_sha == cb.doc_sha and ca.sentence == cb.sentence and ca.story == cb.story:
        # two figures of one key in one sentence are a whole and its part,
        # or two parties, far more often than a sentence contradicting itself
        return False
    if not _units_meet(a, b):
        return False
    if (ca.period or "").startswith("per ") != (cb.period or "").startswith("per "):
        return False  # (s28) a rate ("nearly 2,000 casualties in a single day") against a total or a count
    same_story = ca.doc_sha == cb.doc_sha and ca.story == cb.story
    if not same_story and (a.weak or b.weak) and s.weak_scope == "story":
        return False  # a fallback rule's key is too weak to tie figures across stories
    if a.unit == "date":
        return True  # an event date: its period is the figure itself
    if a.moving is not None:
        # a moving fact is compared across dates; running totals must count
        # from the same start
        if ledger and not same_story and not (ca.published and cb.published):
            return False  # undated ledger claims cannot be ordered in time
        if (not ca.cumulative and (ca.period_start or ca.period_end) and (cb.period_start or cb.period_end)
                and not _overlap(ca.period_start, ca.period_end, cb.period_start, cb.period_end)):
            return False  # "aged 14 in 1920" and "77 in 1997": two times, two facts
        if ca.cumulative and ca.period_start and cb.period_start and ca.period_start[:10] != cb.period_start[:10]:
            return False
        return True
    if not _overlap(ca.period_start, ca.period_end, cb.period_start, cb.period_end):
        return False
    if a.span and b.span and max(a.span, b.span) > s.period_span_ratio * min(a.span, b.span):
        return False  # a day's figure and a year's are different facts
    if _windows_apart(a, b):
        return False
    dated_a, dated_b = bool(ca.period_start or ca.period_end), bool(cb.period_start or cb.period_end)
    undated = not dated_a or not dated_b
    if dated_a != dated_b and s.undated_window_days >= 0:
        d, u = (ca, cb) if dated_a else (cb, ca)
        if d.period_end and u.published:
            before = _days_apart(d.period_end, u.published)
            if before is not None and d.period_end[:10] < u.published[:10] and (
                    before > s.undated_window_days or (d is ca and a.span or d is cb and b.span or 0) >= 28):
                return False  # "cut to 10% in 2003" is history; an undated figure is as of its publication
                # (and a month's or a year's total that has ended, "was granted 3,248 patents in 2004",
                # is not a figure as of the day after it, "will continue to hold the 500 patents")
    if undated and s.undated_window_days >= 0:
        apart = _days_apart(ca.published, cb.published)
        if apart is None:
            # nothing dates one of them: the gate's undated draft is checked
            # against the ledger; two ledger claims are compared only inside
            # one story (where they share a date, known or not)
            return not ledger or same_story
        if apart > s.undated_window_days:
            return False
    return True


def comparable(a: Claim, b: Claim, settings: Optional[Settings] = None) -> bool:
    """Do ``a`` and ``b`` state the same fact, so that their values must agree?

    Same key, both running totals or neither, overlapping periods (a fact
    that moves over time is compared across dates), units that can be
    brought together, not one figure and its stated conversion."""
    s = settings or load_settings()
    fa, fb = _prepped(a, s), _prepped(b, s)
    return fa is not None and fb is not None and _comparable(fa, fb, s)


def story_bound(c: Claim, settings: Optional[Settings] = None) -> bool:
    """Is ``c`` comparable with no claim of another document?  So when it
    cannot be compared at all (not eligible, or no interval), and when its key
    is weak (a fallback rule's, or a weak metric's) and ``weak_scope`` is
    "story": :func:`_pair_meets` then ties it only to claims of its own story.
    The gate, which looks in the ledger for claims of other documents only,
    can answer such a figure without reading any."""
    s = settings or load_settings()
    if not _eligible(c, s):
        return True
    f = _prepped(c, s)
    return f is None or (f.weak and s.weak_scope == "story")


# --------------------------------------------------------------------------
# Agreement


class _Gap:
    """How far apart two intervals are: the gap (0 when touching), the
    tolerance amount and the magnitude the relative gap is measured against,
    b's interval in a's unit, and how b was converted ("" when not)."""

    __slots__ = ("gap", "tol", "scale", "tolerance", "lo_b", "hi_b", "note")

    def __init__(self, gap: float, tol: float, scale: float, tolerance: Tolerance, lo_b: float, hi_b: float,
                 note: str):
        self.gap, self.tol, self.scale, self.tolerance = gap, tol, scale, tolerance
        self.lo_b, self.hi_b, self.note = lo_b, hi_b, note


def _rate(a: _Fig, b: _Fig, s: Settings, stated: Optional[dict]) -> Optional[tuple[float, float, str]]:
    """Units of a.unit per unit of b.unit, the extra tolerance, and a note."""
    if a.unit == b.unit:
        # normalised into one currency by units.normalise: the wider tolerance
        # unless both were written in the same currency
        extra = s.currency_table if ((a.converted or b.converted) and a.c.unit != b.c.unit) else 0.0
        return 1.0, extra, ""
    for c, frm, to, flip in ((a.c, b.unit, a.unit, False), (b.c, b.unit, a.unit, False)):
        r = stated.get((c.doc_sha, frm, to)) if stated else None
        if r:
            return r, s.currency_stated, f"converted at the rate stated in {c.doc} ({_num(r)} {to} per {frm})"
    when = max(filter(None, (a.c.published, b.c.published)), default=None)
    if when is None:
        return None  # no date to read the rate table at: currencies cannot be brought together
    r = s.rates.rate(b.unit, a.unit, when)
    if r is None:
        return None
    where = s.rates.source or "the rate table"
    return r[0], s.currency_table, f"converted at {_num(r[0])} {a.unit} per {b.unit} ({where}, {r[1]})"


_AGREE = _Gap(-1.0, 0.0, 1.0, Tolerance(), 0.0, 0.0, "")  # any agreement (callers test gap < 0)


def _gap(a: _Fig, b: _Fig, s: Settings, stated: Optional[dict] = None) -> Optional[_Gap]:
    """How far apart the two intervals are, in a's unit, against the
    tolerance; None when the units cannot be brought together; a gap < 0
    when they agree."""
    if a.unit == b.unit and not (a.converted or b.converted):
        r, extra, note = 1.0, 0.0, ""
    else:
        conv = _rate(a, b, s, stated)
        if conv is None:
            return None
        r, extra, note = conv
    lo_b, hi_b = b.lo * r, b.hi * r
    if a.hi < lo_b:
        gap, strict = lo_b - a.hi, a.hi_strict or b.lo_strict
    elif hi_b < a.lo:
        gap, strict = a.lo - hi_b, a.lo_strict or b.hi_strict
    else:
        gap = 0.0
        strict = (a.hi == lo_b and (a.hi_strict or b.lo_strict)) or (hi_b == a.lo and (a.lo_strict or b.hi_strict))
        if not strict:
            return _AGREE
    tolerance = s.tolerance(a.c.metric or "", a.unit)
    scale = max(abs(a.v), abs(b.v * r))
    tol = tolerance.amount(scale) + extra * scale
    if extra:
        tolerance = Tolerance(tolerance.relative + extra, tolerance.absolute,
                              tolerance.label + ", plus currency conversion")
    if gap > tol or (gap == tol == 0.0 and strict):
        if a.unit == PERCENT == b.unit and r == 1.0 and (_whole_rounds(a, b) or _whole_rounds(b, a)):
            return _AGREE
        return _Gap(gap, tol, scale, tolerance, lo_b, hi_b, note)
    return _AGREE


def _whole_rounds(w: _Fig, d: _Fig) -> bool:
    """prec26: is ``w`` a whole percent, written without decimals, that ``d`` (written with
    them) rounds to ("owns 99% of LG Card" and "owns 99.3% of LG Card")?  A whole percent is
    the decimal one rounded, not a second figure."""
    return (w.lo == w.hi == w.v and float(w.v).is_integer() and "." not in (w.c.text or "")
            and "." in (d.c.text or "") and not float(d.v).is_integer() and d.hi - d.lo < 0.5
            and math.floor(d.v + 0.5) == w.v)


class _Edge:
    """Two comparable claims that disagree (for superseded: a is the stale
    one): the gap and the magnitude it is measured against, and the full
    _Gap once an explanation needs it (see _edge_gap)."""

    __slots__ = ("kind", "a", "b", "g", "note", "gap", "scale")

    def __init__(self, kind: str, a: _Fig, b: _Fig, g: Optional[_Gap], note: str, gap: float, scale: float):
        self.kind, self.a, self.b, self.g, self.note = kind, a, b, g, note
        self.gap, self.scale = gap, scale


def _edge_gap(e: _Edge, s: Settings) -> _Gap:
    if e.g is None:  # the fast path (one unit, no conversion) left it for later
        e.g = _gap(e.a, e.b, s)
    return e.g


def _edge(a: _Fig, b: _Fig, s: Settings, stated: Optional[dict] = None) -> Optional[_Edge]:
    """How two comparable prepared claims disagree, if they do."""
    g = _gap(a, b, s, stated)
    if g is None or g.gap < 0:
        return None
    ca, cb = a.c, b.c
    kind = "contradiction"
    note = ""
    order = _older(_when(ca), _when(cb)) if a.moving is not None else None
    if order is not None:
        a_older = order
        # b's interval, in a's unit, is (g.lo_b, g.hi_b)
        new_hi, old_lo = (g.hi_b, a.lo) if a_older else (a.hi, g.lo_b)
        if a.moving and new_hi < old_lo:
            note = "a running total (or anything that only grows) cannot fall"
        else:
            kind = "superseded"
            if not a_older:  # stale first
                a, b = b, a
                g = _gap(a, b, s, stated) or g
    if kind == "contradiction" and a.speaker and b.speaker and a.speaker != b.speaker and not note:
        kind = "disputed"
    return _Edge(kind, a, b, g, note, g.gap, g.scale)


def _decide(a: _Fig, b: _Fig, s: Settings, stated: Optional[dict] = None,
            more_a: Sequence[Claim] = (), more_b: Sequence[Claim] = ()) -> Optional[Conflict]:
    """The conflict between two comparable prepared claims, if they disagree."""
    e = _edge(a, b, s, stated)
    if e is None:
        return None
    if e.a is not a:
        more_a, more_b = more_b, more_a
    return _conflict(e.kind, e.a, e.b, e.g, s, e.note, more_a, more_b)


# --------------------------------------------------------------------------
# Explanations


def _num(x: float) -> str:
    if x is None:
        return "?"
    if isinstance(x, float) and math.isinf(x):
        return "∞" if x > 0 else "-∞"
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= scale:
            return f"{x / scale:.6g} {word}"
    if float(x).is_integer():
        return f"{int(x):,}"
    if abs(x) >= 100:
        return f"{x:,.1f}".rstrip("0").rstrip(".")
    return f"{x:.4g}"


_UNIT_WORDS = {PERCENT: "%", PERCENTAGE_POINT: " points", "count": ""}


def _day(x: float) -> str:
    try:
        return date.fromordinal(int(x)).isoformat()
    except (ValueError, OverflowError):
        return _num(x)


def _yearless(x: float) -> str:
    """A day of a leap year as its day and month ("13 August")."""
    try:
        d = yearless_day(x)
    except (ValueError, OverflowError):
        return _num(x)
    return f"{d.day} {d.strftime('%B')} (no year)" if 1 <= x <= 366 else _num(x)


def _interval(lo: float, hi: float, unit: str, los: bool = False, his: bool = False) -> str:
    if unit == YEARLESS_DATE:  # a day or month with no year: days of a leap year
        return _yearless(lo) if lo == hi else f"{_yearless(lo)} to {_yearless(hi)}"
    if unit == "date":  # event dates: day ordinals
        if math.isinf(lo) or math.isinf(hi):
            return f"{'after' if math.isinf(hi) else 'before'} {_day(hi if math.isinf(lo) else lo)}"
        return _day(lo) if lo == hi else f"{_day(lo)} to {_day(hi)}"
    u = _UNIT_WORDS.get(unit, f" {unit}")
    if lo == hi:
        return f"{_num(lo)}{u}"
    if math.isinf(hi):
        return f"{'over' if los else 'at least'} {_num(lo)}{u}"
    if math.isinf(lo):
        return f"{'under' if his else 'at most'} {_num(hi)}{u}"
    return f"{_num(lo)}–{_num(hi)}{u}"


def _display(*figs: _Fig) -> tuple[float, str]:
    """Show intervals in the unit the figures were written in when they
    share one that units.normalise converted ("100-year" in years, not
    seconds): (factor from the comparison unit, unit)."""
    c = figs[0].c
    if figs[0].unit == PER_ONE:
        # (rates33) rates on number bases: shown per the largest base of the two ("12 per 100,000
        # and 20 per 100,000"), not per one
        base = max((f.c.per_base for f in figs if f.c.per_base), default=1.0)
        return base, "per " + _num(base)
    if (c.norm_value and c.value and c.unit and c.unit != figs[0].unit and figs[0].unit == c.norm_unit
            and not _is_currency(c.unit)
            and all(f.c.unit == c.unit and f.c.norm_unit == c.norm_unit for f in figs)):
        return c.value / c.norm_value, c.unit
    unit = figs[0].unit
    big = max((abs(x) for f in figs for x in (f.lo, f.hi, f.v) if math.isfinite(x)), default=0.0)
    for name, factor, shown in _READABLE.get(unit, ()):
        if big >= factor:
            return 1 / factor, shown
    return 1.0, unit


# comparison units shown in a larger unit when the figures are large
_READABLE = {
    "meter": (("km", 1000.0, "km"),),
    "second": (("years", 31557600.0, "years"), ("days", 86400.0, "days"), ("hours", 3600.0, "hours")),
}


def _who(c: Claim) -> str:
    parts = [p for p in (c.outlet, (c.published or "")[:16] or None) if p]
    where = f"{c.doc} line {c.line}" if c.line else c.doc
    who = _speaker_name(c)
    said = f"said by {who}" if who else "unattributed"
    return f"'{c.text}' ({', '.join(parts + [where, said])})"


def _also(more: Sequence[Claim]) -> str:
    if not more:
        return ""
    return f" and {len(more)} more report{'s' if len(more) > 1 else ''} of the same figure"


_ACTIONS = {
    "contradiction": ("correct", "check both against the source and correct the wrong one"),
    "disputed": ("attribute", "attribute each figure to its speaker, since the sources disagree"),
    "superseded": ("update", "update the older figure to the newer one or date it"),
    "arithmetic": ("correct", "correct the figure that does not add up"),
}

#: why a weak finding asks whether its figures count the same thing (``Settings.weak``)
_WEAK_WHY = "their key is a broad one: a fallback rule, a general metric or an unnamed person"


def _conflict(kind: str, a: _Fig, b: _Fig, g: _Gap, s: Settings, note: str = "",
              more_a: Sequence[Claim] = (), more_b: Sequence[Claim] = ()) -> Conflict:
    ca, cb = a.c, b.c
    rel = g.gap / g.scale if g.scale else INF
    if kind == "contradiction":
        severity = "error" if (rel >= s.major or note) else "warning"
    elif kind == "disputed":
        severity = "warning"
    elif kind == "superseded":
        severity = "info"
    else:
        severity = "error"
    weak = a.weak or b.weak
    if weak and severity == "error":
        severity = "warning"
    action, todo = _ACTIONS[kind]
    if kind == "contradiction" and severity == "warning":
        action, todo = "hedge", "check the source, then correct one or hedge both (\"about\")"
    if weak:
        todo = f"check that both figures count the same thing ({_WEAK_WHY}), then " + todo
    ids = tuple(sorted({ca.id, cb.id, *(c.id for c in more_a), *(c.id for c in more_b)}))
    period = ca.period or cb.period
    what = f"{ca.metric} for {ca.subject}" if ca.subject else f"{ca.metric}"
    if ca.subject2:
        what += f" (on {ca.subject2})"
    if period:
        what += f", {period}"
    k, unit = _display(a, b)
    ia = _interval(a.lo * k, a.hi * k, unit, a.lo_strict, a.hi_strict)
    ib = _interval(g.lo_b * k, g.hi_b * k, unit, b.lo_strict, b.hi_strict)
    conv = f", {g.note}" if g.note else ""
    pct = f" ({rel * 100:.0f}%)" if math.isfinite(rel) else ""
    lead = {"contradiction": "Contradiction", "disputed": "Disputed", "superseded": "Superseded",
            "arithmetic": "Arithmetic"}[kind]
    if kind == "superseded":
        head = f"{lead} {what}: {_who(ca)}{_also(more_a)} is older than {_who(cb)}{_also(more_b)}"
    else:
        head = f"{lead} on {what}: {_who(ca)}{_also(more_a)} vs {_who(cb)}{_also(more_b)}"
    why = f"; {note}" if note else ""
    apart = f"{_num(g.gap)} day{'s' if g.gap != 1 else ''}" if a.unit == "date" else _num(g.gap * k)
    if unit not in (a.unit, "count", PERCENT, "date"):
        apart += f" {unit}"
    if a.unit == "date":
        pct = ""
    explanation = (f"{head}; {ia} and {ib}{conv} are {apart} apart{pct}, beyond the "
                   f"{g.tolerance.words()}{why}; {todo}.")
    return Conflict(make_conflict_id(kind, ids), kind, severity, ca.metric, ca.subject, ids,
                    explanation, period, g.tolerance.words(), action)


# --------------------------------------------------------------------------
# Pairwise (the gate) and bulk paths


def judge(a: Claim, b: Claim, settings: Optional[Settings] = None) -> Optional[Conflict]:
    """The conflict between two claims, or None when they are not comparable
    or agree.  Pure Python: no pandas, openpyxl or pint.

    Arithmetic findings need a whole document and come only from
    :func:`find_conflicts`.  For a fact that moves over time, the older of
    two dated claims is reported as superseded by the newer.  A figure with
    neither a period nor a publication date (an undated draft) is compared
    whatever the other's date; :func:`find_conflicts`, comparing ledger claims
    among themselves, compares such a figure only within its own story."""
    s = settings or load_settings()
    fa, fb = _prepped(a, s), _prepped(b, s)
    if fa is None or fb is None or not _comparable(fa, fb, s):
        return None
    if (fa.c.id, fa.c.start) > (fb.c.id, fb.c.start):  # same answer whichever order
        fa, fb = fb, fa
    return _decide(fa, fb, s)


_CONVERSION_GAP = compile_std_cached(r"^\s*[(\[]\s*(?:about|around|roughly|some|approximately|nearly|almost|or|~|c\.)?\s*$", re.I)


def _links(claims: Sequence[Claim], by_id: dict) -> dict:
    """Stated conversions, {primary claim id: conversion claim id}: from
    :attr:`Claim.linked` (the earlier figure is the primary), and, where the
    earlier stages left it empty, two money figures in one sentence with only
    an opening bracket between them ("EUR40bn ($43bn)")."""
    links: dict = {}
    money: dict = defaultdict(list)
    for c in claims:
        d = by_id.get(c.linked) if c.linked else None
        if d is not None and d.doc_sha == c.doc_sha:
            first, second = (c, d) if (c.start, c.id) < (d.start, d.id) else (d, c)
            links[first.id] = second.id
        elif _is_currency(c.unit) and c.sentence:
            money[(c.doc_sha, c.sentence, c.story)].append(c)
    for group in money.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda c: c.start)
        sentence = group[0].sentence
        at = 0
        spans = []
        for c in group:
            i = sentence.find(c.text, at)
            spans.append(i)
            if i >= 0:
                at = i + len(c.text)
        for (a, i), (b, j) in zip(zip(group, spans), zip(group[1:], spans[1:])):
            if (i >= 0 and j > i and a.unit != b.unit and a.id not in links and b.id not in links
                    and b.id not in links.values()
                    and _CONVERSION_GAP.match(sentence[i + len(a.text):j])):
                links[a.id] = b.id
    return links


def _stated_rates(links: dict, by_id: dict) -> dict:
    """Rates stated in the corpus: {(doc_sha, from, to): units of to per from}."""
    out: dict = {}
    for cid, did in links.items():
        c, d = by_id[cid], by_id[did]
        if not c.value or not d.value:
            continue
        if _is_currency(c.unit) and _is_currency(d.unit) and c.unit != d.unit:
            out[(c.doc_sha, c.unit, d.unit)] = d.value / c.value
            out[(c.doc_sha, d.unit, c.unit)] = c.value / d.value
    return out


def _voice_key(f: _Fig) -> tuple:
    c = f.c
    return (f.unit, f.lo, f.hi, f.lo_strict, f.hi_strict, f.speaker, c.period_start, c.period_end,
            (c.published or "") if f.moving is not None else None)


def _order(f: _Fig) -> tuple:
    return f.order


def _block(figs: list[_Fig], s: Settings, stated: dict, out: dict) -> None:
    """Conflicts among the claims of one key, never looking at all pairs."""
    voices: dict = {}
    for f in figs:
        voices.setdefault(_voice_key(f), []).append(f)
    if len(voices) < 2:
        return
    groups = [sorted(v, key=_order) for v in voices.values()]
    reps = [g[0] for g in groups]
    more = {id(g[0]): [f.c for f in g[1:]] for g in groups}

    edges: list = []
    unit = reps[0].unit
    if reps[0].moving is None and unit != "date" and all(r.unit == unit and not r.converted for r in reps):
        # the common case, one unit and no conversion: the gap is plain
        # arithmetic, and the explanation's details wait until a finding needs them
        tolerance = s.tolerance(reps[0].c.metric or "", unit)

        def emit(x: _Fig, y: _Fig) -> None:
            if not _pair_ok(x, y, s, ledger=True):
                return
            if (x.c.id, x.c.start) > (y.c.id, y.c.start):
                x, y = y, x
            if x.hi < y.lo:
                gap, strict = y.lo - x.hi, x.hi_strict or y.lo_strict
            elif y.hi < x.lo:
                gap, strict = x.lo - y.hi, x.lo_strict or y.hi_strict
            elif (x.hi == y.lo and (x.hi_strict or y.lo_strict)) or (y.hi == x.lo and (x.lo_strict or y.hi_strict)):
                gap, strict = 0.0, True
            else:
                return
            scale = max(abs(x.v), abs(y.v))
            amount = tolerance.amount(scale)
            if (gap > amount or (gap == amount == 0.0 and strict)) and not (
                    unit == PERCENT and (_whole_rounds(x, y) or _whole_rounds(y, x))):
                kind = "disputed" if (x.speaker and y.speaker and x.speaker != y.speaker) else "contradiction"
                edges.append(_Edge(kind, x, y, None, "", gap, scale))
    else:
        def emit(x: _Fig, y: _Fig) -> None:
            if not _pair_ok(x, y, s, ledger=True):
                return
            if (x.c.id, x.c.start) > (y.c.id, y.c.start):
                x, y = y, x
            e = _edge(x, y, s, stated)
            if e is not None:
                edges.append(e)

    _block_pairs(reps, s, emit)
    if edges:
        _stars(edges, more, s, out)


def _block_pairs(reps: list[_Fig], s: Settings, emit) -> None:
    """Call emit(x, y) for the pairs of one block that may disagree."""

    if reps[0].moving is not None:
        # a fact that moves: every older report is checked against the
        # newest ones (and those against each other), not all against all
        dated = [r for r in reps if r.c.published]
        latest = max((_when(r.c) for r in dated), key=lambda p: (p[:10], p), default=None)
        older = [r for r in dated if _older(_when(r.c), latest)]
        current = [r for r in reps if not (r.c.published and _older(_when(r.c), latest))]
        _sweep(current, emit)
        for o in older:
            for c in current:
                emit(o, c)
        return
    if reps[0].unit == "date":  # event dates: the period is the figure itself
        _sweep(reps, emit)
        return
    # claims with a period: only overlapping periods can meet, so sweep each
    # run of overlapping periods on its own
    # (and only like lengths: spans within a factor 2 differ by at most one
    # in bit length, so each bucket is swept with the next one)
    buckets: dict = defaultdict(list)
    open_ended = []
    for r in reps:
        if r.span:
            buckets[r.span.bit_length()].append(r)
        elif r.c.period_start or r.c.period_end:
            open_ended.append(r)
    for b, group in buckets.items():
        upper = buckets.get(b + 1, ())
        if upper:
            _runs(group + upper, lambda x, y: (x.span.bit_length() == b or y.span.bit_length() == b)
                  and emit(x, y))
        else:
            _runs(group, emit)
    if open_ended:
        ids = {id(r) for r in open_ended}
        _runs([r for r in reps if r.c.period_start or r.c.period_end],
              lambda x, y: (id(x) in ids or id(y) in ids) and emit(x, y))
    # claims without a period meet everything published within the window
    undated = [r for r in reps if not (r.c.period_start or r.c.period_end)]
    if not undated:
        return
    by_pub = sorted(reps, key=lambda r: (r.c.published or "")[:10])
    pubs = [(r.c.published or "")[:10] for r in by_pub]
    no_date = by_pub[:bisect.bisect_right(pubs, "")]
    for u in undated:
        near = by_pub
        when = (u.c.published or "")[:10]
        if when and s.undated_window_days >= 0:
            try:
                day = date.fromisoformat(when)
            except ValueError:
                day = None
            if day is not None:
                w = timedelta(days=s.undated_window_days)
                near = no_date + by_pub[bisect.bisect_left(pubs, (day - w).isoformat()):
                                        bisect.bisect_right(pubs, (day + w).isoformat())]
        for r in near:
            if r is u or (not (r.c.period_start or r.c.period_end) and r.c.id < u.c.id):
                continue
            if u.base_hi <= r.base_lo or r.base_hi <= u.base_lo:
                emit(u, r)


def _stars(edges: list[_Edge], more: dict, s: Settings, out: dict) -> None:
    """Group a block's disagreeing pairs into findings: each pair goes to
    whichever of its two reports disagrees with more reports (the earlier
    published on a tie), and each report's pairs make one finding -- so a
    wrong figure gives one finding, not one per report it contradicts, and
    every pair is in exactly one finding."""
    by_kind: dict = defaultdict(list)
    for e in edges:
        by_kind[e.kind].append(e)
    for kind, es in by_kind.items():
        degree: dict = defaultdict(int)
        for e in es:
            degree[id(e.a)] += 1
            degree[id(e.b)] += 1
        stars: dict = {}
        for e in es:
            da, db = degree[id(e.a)], degree[id(e.b)]
            center = e.a if (da > db or (da == db and e.a.order < e.b.order)) else e.b
            stars.setdefault(id(center), (center, []))[1].append(e)
        for center, star in stars.values():
            if len(star) == 1:
                e = star[0]
                k = _conflict(kind, e.a, e.b, _edge_gap(e, s), s, e.note, more[id(e.a)], more[id(e.b)])
            else:
                k = _star_conflict(kind, center, star, more, s)
            out[k.id] = k


def _severity(kind: str, e: _Edge, s: Settings) -> str:
    if kind == "contradiction":
        rel = e.gap / e.scale if e.scale else INF
        return "error" if (rel >= s.major or e.note) else "warning"
    return {"disputed": "warning", "superseded": "info"}.get(kind, "error")


def _star_conflict(kind: str, center: _Fig, star: list[_Edge], more: dict, s: Settings) -> Conflict:
    """One finding: ``center`` against the several reports it disagrees with."""
    others = sorted((e.b if e.a is center else e.a for e in star), key=_order)
    ids = {center.c.id, *(c.id for c in more[id(center)])}
    for o in others:
        ids.add(o.c.id)
        ids.update(c.id for c in more[id(o)])
    ids = tuple(sorted(ids))
    severity = min((_severity(kind, e, s) for e in star), key=SEVERITY_RANK.__getitem__)
    weak = center.weak or any(e.a.weak or e.b.weak for e in star)
    if weak and severity == "error":
        severity = "warning"
    closest = min(star, key=lambda e: (e.gap, _order(e.a), _order(e.b)))  # ties: first published
    notes = sorted({e.note for e in star if e.note})
    c = center.c
    what = f"{c.metric} for {c.subject}" if c.subject else f"{c.metric}"
    if c.subject2:
        what += f" (on {c.subject2})"
    period = c.period or next((o.c.period for o in others if o.c.period), None)
    if period:
        what += f", {period}"
    listed = "; ".join(f"{_who(o.c)}{_also(more[id(o)])}{_iv(o)}" for o in others[:3])
    if len(others) > 3:
        listed += f"; and {len(others) - 3} more"
    ic = _iv(center)
    gap = _edge_gap(closest, s)
    pct = f" ({gap.gap / gap.scale * 100:.0f}%)" if gap.scale and center.unit != "date" else ""
    if center.unit == "date":
        apart = f"at least {_num(gap.gap)} days apart"
    else:
        k, unit = _display(center, *others)
        shown = "" if unit in (center.unit, "count", PERCENT) else f" {unit}"
        apart = f"at least {_num(gap.gap * k)}{shown}{pct} apart"
    action, todo = _ACTIONS[kind]
    if kind == "contradiction" and severity == "warning":
        action, todo = "hedge", "check the source, then correct one or hedge both (\"about\")"
    if weak:
        todo = f"check that the figures count the same thing ({_WEAK_WHY}), then " + todo
    if kind == "superseded":
        newest = all(e.b is center for e in star)
        if newest:
            head = (f"Superseded {what}: {len(others)} older figures ({listed}) are superseded by "
                    f"{_who(c)}{_also(more[id(center)])}{ic}")
        else:
            head = (f"Superseded {what}: {_who(c)}{_also(more[id(center)])}{ic} is older than "
                    f"{len(others)} newer figures ({listed})")
    else:
        lead = "Contradiction" if kind == "contradiction" else "Disputed"
        head = (f"{lead} on {what}: {_who(c)}{_also(more[id(center)])}{ic} disagrees with "
                f"{len(others)} other figures ({listed})")
    why = f"; {notes[0]}" if notes else ""
    explanation = f"{head}; they are {apart}, beyond the {gap.tolerance.words()}{why}; {todo}."
    return Conflict(make_conflict_id(kind, ids), kind, severity, c.metric, c.subject, ids, explanation,
                    period, gap.tolerance.words(), action)


SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def _iv(f: _Fig) -> str:
    """", interval" for a figure whose interval is not just its value."""
    if f.lo == f.hi and f.lo == f.v:
        return ""
    k, unit = _display(f)
    return ", " + _interval(f.lo * k, f.hi * k, unit, f.lo_strict, f.hi_strict)


def _runs(reps: list[_Fig], emit) -> None:
    """Sweep each run of overlapping periods on its own."""
    reps = sorted(reps, key=lambda r: (r.c.period_start or "")[:10])
    run: list = []
    run_end = ""
    for r in reps:
        if run and (r.c.period_start or "")[:10] > run_end:
            _sweep(run, emit)
            run, run_end = [], ""
        run.append(r)
        run_end = max(run_end, (r.c.period_end or "9999")[:10])
    _sweep(run, emit)


def _sweep(reps: list[_Fig], emit) -> None:
    """Call emit(x, y) for every pair whose raw intervals do not overlap (or
    only touch), found by sorting on the low end: output-sensitive."""
    if len(reps) < 2:
        return
    reps = sorted(reps, key=lambda f: f.base_lo)
    los = [f.base_lo for f in reps]
    for x in reps:
        for j in range(bisect.bisect_left(los, x.base_hi), len(reps)):
            y = reps[j]
            if y is not x:
                emit(x, y)


def find_conflicts(claims: Sequence[Claim], settings: Optional[Settings] = None) -> tuple[Conflict, ...]:
    """Every conflict among ``claims``, sorted by kind, metric, subject, id.

    Claims are blocked on :func:`key` (and running total or not); within a
    block, reports of the very same figure (same interval, speaker, period)
    are one voice (a repeated claim is never a conflict), and only voices
    whose intervals do not overlap are judged.  Every pair :func:`judge`
    would condemn is in exactly one finding of its kind; a finding may hold
    several pairs (one figure against the reports it disagrees with).
    Arithmetic is checked within each document.  A fact that moves is
    checked older-against-newest only.  Ledger claims with no date at all
    are compared only within their own story."""
    s = settings or load_settings()
    claims = list(claims)
    collecting = gc.isenabled()
    gc.disable()  # a million short-lived records: the cyclic collector only slows this down
    try:
        return _find_conflicts(claims, s)
    finally:
        if collecting:
            gc.enable()


def _find_conflicts(claims: list[Claim], s: Settings) -> tuple[Conflict, ...]:
    by_id = {c.id: c for c in claims}
    links = _links(claims, by_id)
    secondary = set(links.values())
    stated = _stated_rates(links, by_id)
    blocks: dict = defaultdict(list)
    prepped: dict = {}
    for c in claims:
        f = _prep(c, s)
        if f is None:
            continue
        prepped[c.id] = f
        if c.id not in secondary and _eligible(c, s):
            blocks[(key(c), c.cumulative)].append(f)
    out: dict = {}
    for figs in blocks.values():
        if len(figs) > 1:
            _block(figs, s, stated, out)
    _arithmetic(claims, s, links, by_id, prepped, out)
    return tuple(sorted(out.values(), key=lambda k: (k.kind, k.metric or "", k.subject or "", k.id)))


# --------------------------------------------------------------------------
# Arithmetic inside one document


def _arith(claims: Sequence[Claim], metric: str, body: str, tolerance: str, out: dict) -> None:
    """Record an arithmetic finding over ``claims`` (all from one document)."""
    first = claims[0]
    ids = tuple(sorted({c.id for c in claims}))
    where = ", ".join(p for p in (first.outlet, (first.published or "")[:16] or None, first.doc) if p)
    figures = ", ".join(f"'{c.text}' (line {c.line})" for c in sorted(claims, key=lambda c: c.start))
    explanation = (f"Arithmetic in {where}: {figures} cannot all be true; {body}; "
                   f"{_ACTIONS['arithmetic'][1]}.")
    subject = next((c.subject for c in claims if c.subject), None)
    period = next((c.period for c in claims if c.period), None)
    out_id = make_conflict_id("arithmetic", ids)
    out[out_id] = Conflict(out_id, "arithmetic", "error", metric, subject, ids, explanation, period,
                           tolerance, "correct")


def _arithmetic(claims: Sequence[Claim], s: Settings, links: dict, by_id: dict, prepped: dict,
                out: dict) -> None:
    docs: dict = defaultdict(list)
    for c in claims:
        docs[c.doc_sha].append(c)
    for cs in docs.values():
        if len(cs) < 2:
            continue
        cs.sort(key=lambda c: (c.start, c.end))
        _conversions(cs, s, links, by_id, out)
        figs = [prepped[c.id] for c in cs if c.id in prepped]
        if s.part_of or s.sum_of:
            _parts(figs, s, out)
        sentences: dict = defaultdict(list)
        for f in figs:
            sentences[(f.c.sentence, f.c.story)].append(f)
        for group in sentences.values():
            if len(group) >= 3:
                placed = _place(group)
                _fraction_of(placed, s, out)
                _level_change(placed, s, out)


def _conversions(cs: Sequence[Claim], s: Settings, links: dict, by_id: dict, out: dict) -> None:
    """Stated conversions between the same two currencies at rates that
    differ too much, or far from the rate table."""
    rates: dict = defaultdict(list)
    for c in cs:
        d = by_id.get(links.get(c.id, ""))
        if d is None or not c.value or not d.value or c.unit == d.unit:
            continue
        if not (_is_currency(c.unit) and _is_currency(d.unit)):
            continue
        x, y = sorted((c.unit, d.unit))
        r = (d.value / c.value) if c.unit == x else (c.value / d.value)
        rates[(x, y)].append((r, c, d))
    for (x, y), found in rates.items():
        found.sort(key=lambda t: (t[0], t[1].start, t[1].id))
        lo, hi = found[0], found[-1]
        if hi[0] / lo[0] - 1 > s.conversion_spread:
            _arith([lo[1], lo[2], hi[1], hi[2]], lo[1].metric or "money",
                   f"the document converts {x} to {y} at {_rate_words(lo[0])} and at {_rate_words(hi[0])}, "
                   + (f"{(hi[0] / lo[0] - 1) * 100:.0f}% apart" if hi[0] / lo[0] < 3
                      else f"a factor of {hi[0] / lo[0]:,.0f} apart (a slipped scale word or digit?)"),
                   f"{_num(s.conversion_spread * 100)}% between stated conversion rates", out)
            continue
        for r, c, d in found:
            if not c.published:
                continue  # which year's rate applies is unknown
            t = s.rates.rate(x, y, c.published)
            if t and abs(r / t[0] - 1) > s.conversion_vs_table:
                _arith([c, d], c.metric or "money",
                       f"the stated conversion implies {_num(r)} {y} per {x}, against {_num(t[0])} in "
                       f"{s.rates.source or 'the rate table'} ({t[1]})",
                       f"{_num(s.conversion_vs_table * 100)}% from the rate table", out)


def _rate_words(r: float) -> str:
    return f"{r:.4g}" if 1e-3 <= abs(r) < 1e6 else f"{r:.3e}"


def _same_event(a: _Fig, b: _Fig) -> bool:
    """Could ``a`` be a part of ``b`` (or a component of it) in one report?
    The part's subject may be the whole's second party: drones launched BY
    Russia AT Ukraine, downed BY Ukraine."""
    ca, cb = a.c, b.c
    sa, sb, sb2 = _fold(ca.subject), _fold(cb.subject), _fold(cb.subject2)
    return (ca is not cb and a.unit == b.unit
            and (not sa or not sb or sa == sb or sa == sb2)
            and (not ca.subject2 or not cb.subject2 or _fold(ca.subject2) == sb2)
            and (ca.status or "actual") == (cb.status or "actual")
            and ca.story == cb.story and ca.cumulative == cb.cumulative
            and _overlap(ca.period_start, ca.period_end, cb.period_start, cb.period_end))


_MATCHES: dict = {}


def metric_glob(metric: str, pattern: str) -> bool:
    """``fnmatch.fnmatchcase(metric, pattern)`` without compiling the
    patterns most tolerance entries are ("members.*", "event.election"):
    fnmatch builds a regular expression for each new pattern, ~0.1 ms apiece,
    over a hundred of them in every gate run."""
    star = pattern.find("*")
    if star < 0 and "?" not in pattern and "[" not in pattern:
        # a three-part metric refines its parent: "rank.state.poorest" takes "rank.state"'s settings
        return metric == pattern or (len(metric) > len(pattern) and metric[len(pattern)] == "."
                                     and metric.startswith(pattern) and metric.count(".") == 2)
    if star == len(pattern) - 1 and "?" not in pattern and "[" not in pattern:
        return metric.startswith(pattern[:-1])
    return fnmatch.fnmatchcase(metric, pattern)


def _match(metric: Optional[str], pattern: str) -> bool:
    if not metric:
        return False
    k = (metric, pattern)
    hit = _MATCHES.get(k)
    if hit is None:
        if len(_MATCHES) > 100_000:
            _MATCHES.clear()
        hit = _MATCHES[k] = metric_glob(metric, pattern)
    return hit


def _parts(figs: list[_Fig], s: Settings, out: dict) -> None:
    """Parts larger than their whole; components exceeding their total."""
    if s.part_of:
        _part_of(figs, s, out)
    if s.sum_of:
        _sum_of(figs, s, out)


def _wholes_for(metric: str, s: Settings) -> tuple:
    k = ("wholes", metric)
    found = s._cache.get(k)
    if found is None:
        found = s._cache[k] = tuple(w for part_pat, ws in s.part_of if _match(metric, part_pat) for w in ws)
    return found


def _is_whole(metric: str, s: Settings) -> bool:
    k = ("is whole", metric)
    found = s._cache.get(k)
    if found is None:
        found = s._cache[k] = any(_match(metric, w) for _, ws in s.part_of for w in ws)
    return found


def _part_of(figs: list[_Fig], s: Settings, out: dict) -> None:
    all_wholes = [w for w in figs if w.c.metric and _is_whole(w.c.metric, s)]
    if not all_wholes:
        return
    for p in figs:
        whole_pats = _wholes_for(p.c.metric or "", s)
        if not whole_pats:
            continue
        wholes = [w for w in all_wholes if any(_match(w.c.metric, pat) for pat in whole_pats)
                  and _same_event(p, w)]
        if not wholes:
            continue
        # a part is checked against the largest whole it could belong to
        # ("12 missiles and 150 drones launched; 140 downed" is consistent)
        w = max(wholes, key=lambda f: f.hi)
        tol = s.tolerance(w.c.metric, w.unit)
        if p.lo - w.hi > tol.amount(max(abs(p.v), abs(w.v))):
            _arith([p.c, w.c], w.c.metric,
                   f"{p.c.metric} ({_interval(p.lo, p.hi, p.unit)}) exceeds its whole, "
                   f"{w.c.metric} ({_interval(w.lo, w.hi, w.unit)})", tol.words(), out)


def _sum_of(figs: list[_Fig], s: Settings, out: dict) -> None:
    by_metric: dict = defaultdict(list)
    for f in figs:
        if f.c.metric:
            by_metric[f.c.metric].append(f)
    for total_pat, part_pats, exhaustive in s.sum_of:
        totals = [t for m, ts in by_metric.items() if _match(m, total_pat) for t in ts]
        if not totals:
            continue
        pools = [[f for m, fs in by_metric.items() if _match(m, pat) for f in fs] for pat in part_pats]
        if sum(1 for pool in pools if pool) < 2:
            continue
        for t in totals:
            chosen = []
            for pool in pools:
                cands = [f for f in pool if _same_event(f, t)]
                if cands:
                    chosen.append(min(cands, key=lambda f: abs(f.c.start - t.c.start)))
            if len(chosen) < 2:
                continue
            tol = s.tolerance(t.c.metric, t.unit)
            low = sum(f.lo for f in chosen)
            high = sum(f.hi for f in chosen)
            amount = tol.amount(max(abs(t.v), abs(sum(f.v for f in chosen))))
            names = " + ".join(f"{f.c.metric} {_interval(f.lo, f.hi, f.unit)}" for f in chosen)
            if low - t.hi > amount:
                _arith([t.c, *(f.c for f in chosen)], t.c.metric,
                       f"the components ({names}) add up to more than the stated total, "
                       f"{t.c.metric} {_interval(t.lo, t.hi, t.unit)}", tol.words(), out)
            elif exhaustive and len(chosen) == len(part_pats) and t.lo - high > amount:
                _arith([t.c, *(f.c for f in chosen)], t.c.metric,
                       f"the components ({names}) add up to less than the stated total, "
                       f"{t.c.metric} {_interval(t.lo, t.hi, t.unit)}", tol.words(), out)


class _Placed:
    """A figure and where it sits in its sentence."""

    __slots__ = ("f", "pos", "end")

    def __init__(self, f: _Fig, pos: int, end: int):
        self.f, self.pos, self.end = f, pos, end


def _place(group: list[_Fig]) -> list[_Placed]:
    """Where each figure sits in the sentence they share."""
    placed, at = [], 0
    sentence = group[0].c.sentence or ""
    for f in sorted(group, key=lambda f: f.c.start):
        i = sentence.find(f.c.text, at)
        if i < 0:
            i = sentence.find(f.c.text)
        if i < 0:
            continue
        placed.append(_Placed(f, i, i + len(f.c.text)))
        at = i + len(f.c.text)
    # the same sentence repeated in the document (a reposted entry) puts two
    # claims on one place: keep one
    seen, uniq = set(), []
    for p in placed:
        if (p.pos, p.end) not in seen:
            seen.add((p.pos, p.end))
            uniq.append(p)
    return uniq


_OF_GAP = compile_std_cached(r"^\s+of\s+(?:[\w’'-]+\s+){0,4}?$", re.I)
_APPOSITION = compile_std_cached(r"^(?=.*(?:[,;:()\[\]–—-]|\bor\b))(?:\s*[\w’'-]+){0,2}?[\s,;:()\[\]–—-]*(?:or\s+|some\s+|about\s+|around\s+|roughly\s+|nearly\s+|"
                         r"almost\s+|just\s+|that is\s+|i\.e\.\s+)*[\s,;:()\[\]–—-]*$", re.I)


def _fraction_of(placed: list[_Placed], s: Settings, out: dict) -> None:
    """"a quarter of the 8,000 troops, 3,000, ..." -- the part must be the
    fraction of the whole."""
    if not placed:
        return
    sentence = placed[0].f.c.sentence
    for fr in placed:
        if fr.f.unit != PERCENT or fr.f.c.unit not in (PERCENT, FRACTION):
            continue
        for w in placed:
            if w.pos <= fr.end or w.f.unit in (PERCENT, PERCENTAGE_POINT):
                continue
            if not _OF_GAP.match(sentence[fr.end:w.pos]):
                continue
            parts = [p for p in placed if p is not w and p is not fr and p.f.unit == w.f.unit
                     and _APPOSITION.match(_between(sentence, p, fr, w))]
            if len(parts) != 1:
                continue
            p = parts[0].f
            lo, hi = fr.f.lo / 100 * w.f.lo, fr.f.hi / 100 * w.f.hi
            tol = s.fraction_tolerance * max(abs(p.v), abs(fr.f.v / 100 * w.f.v))
            if p.lo - hi > tol or lo - p.hi > tol:
                _arith([fr.f.c, w.f.c, p.c], p.c.metric or w.f.c.metric or "",
                       f"{fr.f.c.text} of {w.f.c.text} is {_interval(lo, hi, w.f.unit)}, not "
                       f"{_interval(p.lo, p.hi, p.unit)}",
                       f"{_num(s.fraction_tolerance * 100)}% (arithmetic)", out)


def _between(sentence: str, p: _Placed, fr: _Placed, w: _Placed) -> str:
    """The text between a candidate part and the "fraction of whole" span
    ("…" when they are not next to each other)."""
    start, end = min(fr.pos, w.pos), max(fr.end, w.end)
    if p.end <= start:
        gap = sentence[p.end:start]
    elif p.pos >= end:
        gap = sentence[end:p.pos]
    else:
        gap = sentence[fr.end:p.pos] if fr.end <= p.pos else "…"
    return gap if len(gap) <= 40 else "…"


_FILLER = r"(?:(?:about|around|nearly|almost|some|roughly|just|over|under|more than|less than|an?|the)\s+){0,2}"
_ROLE = compile_std_cached(r"\b(from|to|by|rose|rise|rises|risen|fell|fall|falls|fallen|up|down|increased|"
                   r"decreased|grew|jumped|climbed|dropped|declined|slipped|gained|lost|raised|"
                   r"lowered|cut|surged|plunged|soared|increase|decrease|drop|jump|rise)\s+"
                   + _FILLER + r"$", re.I)


#: between a change and the move it would belong to, the start of another clause
_CLAUSE_BREAK = compile_std_cached(r"[;:]|,\s*(?:and|but|while|whereas|as|with|though|although)\b|\b(?:while|whereas|but)\b", re.I)


def _level_change(placed: list[_Placed], s: Settings, out: dict) -> None:
    """"rose 2% to 5.1% from 5%": the change must take the old level to the
    new, in points or in percent as written."""
    if len(placed) < 3:
        return
    sentence = placed[0].f.c.sentence
    roles: dict = defaultdict(list)
    for p in placed:
        m = _ROLE.search(sentence[max(0, p.pos - 40):p.pos])
        if m:
            word = m.group(1).lower()
            roles[word if word in ("from", "to") else "change"].append(p.f)
    if not all(len(roles[r]) == 1 for r in ("from", "to", "change")):
        return
    a, b, ch = roles["from"][0], roles["to"][0], roles["change"][0]
    ends = [p for p in placed if p.f is a or p.f is b]
    first, last = ends[0], ends[-1]
    at = next(p for p in placed if p.f is ch)
    if ch.unit == PERCENT_CHANGE:
        # (fold34) the change as written, in points or percent, not as the new level over the old
        ch = _prep(replace(ch.c, norm_value=None, norm_low=None, norm_high=None, norm_unit=None), s)
        if ch is None:
            return
    gap = sentence[at.end:first.pos] if at.end <= first.pos else sentence[last.end:at.pos] if at.pos >= last.end else ""
    if _CLAUSE_BREAK.search(gap):
        return  # another clause's change: "fell to 2.1% from 2.9%, and prices rose 1% last month"
    if a.c.metric and b.c.metric and a.c.metric != b.c.metric:
        return  # two quantities: "earned $3.7bn, down from $3.8bn, while revenue rose 4.5% to $193bn"
    subjects = {_fold(f.c.subject) for f in (a, b, ch) if f.c.subject}
    if len(subjects) > 1:
        return  # two parties: "A's wealth rose £300m, while B's fortune rose from £340m to £400m"
    if a.unit != b.unit or a.lo <= 0 or not all(math.isfinite(x) for x in (a.lo, a.hi, b.lo, b.hi)):
        return
    diff = _abs_interval(b.lo - a.hi, b.hi - a.lo)
    rel = _abs_interval((b.lo - a.hi) / a.hi * 100, (b.hi - a.lo) / a.lo * 100)
    change = _abs_interval(ch.lo, ch.hi)
    points_ok = _meets(diff, change, s.change_tolerance)
    percent_ok = _meets(rel, change, s.change_tolerance)
    level = a.unit
    if ch.unit == PERCENTAGE_POINT and level == PERCENT:
        if points_ok:
            return
        why = ("the change is in percent, not percentage points" if percent_ok else
               "the old level plus the change does not give the new level")
    elif ch.unit == PERCENT and level == PERCENT:
        if percent_ok:
            return
        why = ("the change is in percentage points, written as percent" if points_ok else
               "the old level and the change in percent do not give the new level")
    elif ch.unit == PERCENT:
        if percent_ok:
            return
        why = "the old level and the change in percent do not give the new level"
    elif ch.unit == level:
        if points_ok:
            return
        why = "the old level plus the change does not give the new level"
    else:
        return
    _arith([a.c, b.c, ch.c], b.c.metric or a.c.metric or "",
           f"from {_interval(a.lo, a.hi, a.unit)} to {_interval(b.lo, b.hi, b.unit)} is a change of "
           f"{_interval(diff[0], diff[1], a.unit if a.unit != PERCENT else PERCENTAGE_POINT)} "
           f"({_interval(rel[0], rel[1], PERCENT)}), not {ch.c.text}: {why}",
           f"{_num(s.change_tolerance * 100)}% (arithmetic)", out)


def _abs_interval(lo: float, hi: float) -> tuple[float, float]:
    if lo <= 0 <= hi:
        return 0.0, max(-lo, hi)
    return (lo, hi) if lo > 0 else (-hi, -lo)


def _meets(x: tuple[float, float], y: tuple[float, float], rel: float) -> bool:
    tol = rel * max(abs(x[1]), abs(y[1]))
    return x[0] - y[1] <= tol and y[0] - x[1] <= tol
