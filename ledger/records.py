"""Typed, immutable records passed between the stages of the pipeline.

Data flows one way:

    documents -> figures -> claims (rules) -> attribute -> units (normalise)
              -> store -> compare -> report | check

Every stage takes and returns these records; none passes dicts or
DataFrames to another stage.  pandas appears only inside store, compare
and report.  Offsets are 0-based character offsets into the document text
as decoded, end exclusive; lines and columns are 1-based.

The JSON output contract (``ledger claims/extract/quantities/conflicts
--format jsonl`` and ``ledger check --format json``) is built from the
``*_FIELDS`` tuples below.  Fields may be added to the end; none may be
renamed or dropped.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Optional

# --------------------------------------------------------------------------
# Documents


def published_day(published) -> Optional[datetime.date]:
    """The day of a ``published`` value (an ISO date or datetime string, "2025-01-22" or
    "2025-01-22T12:14"), or None when it is empty or no date."""
    if not published:
        return None
    try:
        return datetime.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Story:
    """One story inside a document (an article, or one live-blog entry).

    A plain article is one story covering the whole text.
    ``published`` is an ISO date or datetime string (``2025-01-22`` or
    ``2025-01-22T12:14``), or None when unknown.
    """

    start: int
    end: int
    title: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None
    outlet: Optional[str] = None


@dataclass(frozen=True, slots=True)
class Document:
    path: str  # as given to ingest
    text: str  # decoded text (HTML reduced to text)
    sha256: str  # of the decoded text, identifies the document
    encoding: str  # what the bytes were decoded as ("utf-8", "latin-1", ...)
    outlet: Optional[str] = None
    published: Optional[str] = None  # ISO date
    title: Optional[str] = None
    stories: tuple[Story, ...] = ()
    notes: tuple[str, ...] = ()  # warnings from loading (e.g. encoding fallback)
    # other sidecar keys for this file, as sorted (key, value) pairs
    # (e.g. ("stories", [...]) for stories.split_stories)
    meta: tuple[tuple[str, object], ...] = ()

    def story_at(self, offset: int) -> Optional[Story]:
        """The story (filled by stories.split_stories) that holds character ``offset``, or None."""
        for story in self.stories:
            if story.start <= offset < story.end:
                return story
        return None

    def story_bounds(self, offset: int) -> tuple[int, int]:
        """(start, end) of the story that holds character ``offset``, else of the whole text."""
        story = self.story_at(offset)
        return (story.start, story.end) if story else (0, len(self.text))

    def reference_date(self, offset: int) -> Optional[datetime.date]:
        """The date words at ``offset`` are relative to ("yesterday", "on Tuesday"):
        the date of the story or live-blog entry there, else the document's."""
        story = self.story_at(offset)
        return published_day(story.published if story and story.published else self.published)

    def written_on(self) -> Optional[datetime.date]:
        """The day the document was written: its own date, else its first dated story's."""
        for published in (self.published, *(st.published for st in self.stories)):
            day = published_day(published)
            if day is not None:
                return day
        return None


@dataclass(frozen=True, slots=True)
class LoadError:
    """A file that could not be read as a document; reported, then skipped."""

    path: str
    message: str


# --------------------------------------------------------------------------
# Figures (the quantity layer)

# Canonical units.  Everything else is a pint unit name such as "km", "kg".
COUNT = "count"  # head counts and other counts of things
PERCENT = "percent"
PERCENTAGE_POINT = "percentage_point"
MULTIPLE = "multiple"  # five-fold, 10 times, doubled
RATIO = "ratio"  # four to one (value 4), one in five (value 0.2 as "fraction")
FRACTION = "fraction"  # a third, two-thirds, half (value 0..1)
RANK = "rank"  # a place in an order: "the second-highest" (value 2)
# (rates33) the comparison unit of a count told per a number base (Claim.per_base): the rate per one
# of its base ("12 per 100,000" is 0.00012 per_one), set by units.normalise, never by a figure
PER_ONE = "per_one"
# (fold34) the comparison unit of a change with a direction (Claim.direction): the change as a signed
# percent of the old level ("fell 30%" is -30, "reduced four-fold" and "cut to a quarter of" -75,
# "rose by a third" +33.3, "doubled" +100), set by units.normalise, never by a figure
PERCENT_CHANGE = "percent_change"
# a day or month whose year is unknown ("on August 13" in a document with no
# publication date): its value is the day of a leap year (1-366), so it meets
# only other dates with no year, never a dated event by accident
YEARLESS_DATE = "yearless_date"


def yearless_day(value: float):
    """The day of a leap year that a ``yearless_date`` value names, as a date
    in 2000 (a leap year); its year means nothing."""
    return datetime.date.fromordinal(datetime.date(2000, 1, 1).toordinal() + int(value) - 1)


@dataclass(frozen=True, slots=True)
class Figure:
    """A number found in text, with its unit and the interval its wording allows.

    ``low``/``high`` come from the hedge ("more than 300": low=300,
    low_strict=True, high=None).  An exact figure has low == high == value.
    ``precision_low``/``precision_high`` are the interval its rounding implies
    ("1.5 million": 1.45e6..1.55e6; "2,400": 2400..2400), kept apart from the
    hedge so comparison can use both.
    """

    start: int
    end: int
    text: str
    value: float
    low: Optional[float]
    high: Optional[float]
    unit: str
    hedge: Optional[str] = None
    kind: str = "number"  # number|percent|money|measure|multiple|ratio|fraction|range|vague
    low_strict: bool = False  # True when low itself is excluded ("more than")
    high_strict: bool = False
    precision_low: Optional[float] = None
    precision_high: Optional[float] = None
    line: int = 0  # 1-based, filled by figures.find_figures
    linked: Optional[int] = None  # index (in the same result) of a stated conversion "$2m (£1.6m)"
    # The figure's own words minus the hedge, e.g. "2,000" in "nearly 2,000"
    number_start: Optional[int] = None
    number_end: Optional[int] = None


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or time written in text ("29 February 2020", "in March 2003",
    "Tuesday", "yesterday").  Dates are not quantities, but claims use them
    for the period, and event-date rules claim them."""

    start: int
    end: int
    text: str
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    relative: Optional[str] = None  # "yesterday", "last month", "this week", weekday names...


FIGURE_FIELDS = ("line", "start", "end", "text", "value", "low", "high", "unit", "hedge")


# --------------------------------------------------------------------------
# Claims


@dataclass(frozen=True, slots=True)
class Claim:
    """A figure typed by a rule: what is measured, of whom, when, said by whom."""

    id: str  # stable: derived from the document hash and the figure's offsets
    doc: str  # document path as ingested
    doc_sha: str
    outlet: Optional[str]
    published: Optional[str]  # ISO date of the story (or document)
    line: int
    start: int
    end: int
    text: str  # figure as written
    sentence: str
    value: float
    low: Optional[float]
    high: Optional[float]
    unit: str
    hedge: Optional[str]
    metric: str
    subject: Optional[str]
    speaker: Optional[str] = None
    cited_source: Optional[str] = None
    period: Optional[str] = None  # human label: "2024", "2025-01-21", "since 2022", "to date"
    # ---- extensions (beyond the first contract) ----
    rule: Optional[str] = None  # code of the rule that typed it
    subject2: Optional[str] = None  # second party (tariff imposed BY subject ON subject2)
    status: str = "actual"  # actual|estimate|target|pledge|proposal|demand|forecast|hypothetical
    period_start: Optional[str] = None  # ISO date, inclusive
    period_end: Optional[str] = None  # ISO date, inclusive
    cumulative: bool = False  # running total ("since 2022", "to date")
    speaker_rule: Optional[str] = None  # how the speaker was found
    speaker_evidence: Optional[str] = None  # the words that named the speaker
    story: Optional[str] = None  # story title (multi-story documents, live blogs)
    kind: str = "number"  # figure kind
    low_strict: bool = False
    high_strict: bool = False
    precision_low: Optional[float] = None
    precision_high: Optional[float] = None
    column: int = 0  # 1-based column of the figure on its line
    # values normalised for comparison (units.normalise): money in one
    # currency, lengths in metres...  None until normalised.
    norm_value: Optional[float] = None
    norm_low: Optional[float] = None
    norm_high: Optional[float] = None
    norm_unit: Optional[str] = None
    # linked conversion (claim id of "($43 billion)" for "€40 billion")
    linked: Optional[str] = None
    # ISO datetime of the story when it has a time (a live-blog entry at
    # "10:02"): orders two figures of one day; ``published`` stays a date
    published_at: Optional[str] = None
    # (rates33) the base a rate is told per ("12 deaths for every 100,000 residents": 100000.0;
    # "per capita": 1.0); None for a figure that is no rate on a number base.  units.normalise
    # scales the rate to one of its base, so rates on two bases compare
    per_base: Optional[float] = None
    # (fold34) which way a change went (ledger/direction.py): "up", "down", "to" (the new level as a
    # share of the old: "cut to a quarter of its pre-war level"); None when the words do not say, and
    # for figures that are no change.  units.normalise turns a change with a direction into PERCENT_CHANGE
    direction: Optional[str] = None


CLAIM_FIELDS = (
    "id",
    "doc",
    "outlet",
    "published",
    "line",
    "start",
    "end",
    "text",
    "sentence",
    "value",
    "low",
    "high",
    "unit",
    "hedge",
    "metric",
    "subject",
    "speaker",
    "cited_source",
    "period",
    # extensions, appended
    "rule",
    "subject2",
    "status",
    "period_start",
    "period_end",
    "cumulative",
    "speaker_rule",
    "speaker_evidence",
    "story",
    "kind",
    "column",
    "published_at",
    "linked",
    "per_base",
    "direction",
)


# --------------------------------------------------------------------------
# Conflicts and check findings

KINDS = ("contradiction", "disputed", "superseded", "arithmetic")
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Conflict:
    id: str  # stable: derived from kind and the sorted claim ids
    kind: str  # one of KINDS
    severity: str  # one of SEVERITIES
    metric: str
    subject: Optional[str]
    claims: tuple[str, ...]  # claim ids
    explanation: str
    # extensions
    period: Optional[str] = None
    tolerance: Optional[str] = None  # the tolerance applied, in words
    action: Optional[str] = None  # attribute | hedge | update | correct


CONFLICT_FIELDS = ("id", "kind", "severity", "metric", "subject", "claims", "explanation",
                   "period", "tolerance", "action")


@dataclass(frozen=True, slots=True)
class LedgerRef:
    """A ledger claim cited by a check finding."""

    id: str
    doc: str
    outlet: Optional[str]
    speaker: Optional[str]
    text: str
    value: float
    sentence: str
    published: Optional[str] = None
    unit: Optional[str] = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem the pre-publish gate found in a draft."""

    file: str
    line: int
    column: int
    text: str
    value: float
    unit: str
    metric: str
    subject: Optional[str]
    kind: str
    severity: str
    message: str
    ledger: tuple[LedgerRef, ...] = ()
    code: Optional[str] = None  # stable finding code, e.g. "LG001"
    fingerprint: Optional[str] = None
    accepted: Optional[str] = None  # "baseline" | "inline: <reason>" when accepted


FINDING_FIELDS = ("file", "line", "column", "text", "value", "unit", "metric", "subject",
                  "kind", "severity", "message", "ledger", "code", "fingerprint")
LEDGER_REF_FIELDS = ("id", "doc", "outlet", "speaker", "text", "value", "sentence")


def as_dict(record, fields: tuple[str, ...]) -> dict:
    """The contract view of a record: exactly ``fields``, in order."""
    out = {}
    for name in fields:
        value = getattr(record, name)
        if isinstance(value, tuple):
            value = [as_dict(v, LEDGER_REF_FIELDS) if isinstance(v, LedgerRef) else v for v in value]
        out[name] = value
    return out


def make_claim_id(doc_sha: str, start: int, end: int) -> str:
    """A claim's stable id: the same document text and figure offsets give
    the same id on every run and every machine."""
    import hashlib

    return "c" + hashlib.sha256(f"{doc_sha}:{start}:{end}".encode()).hexdigest()[:15]


def make_conflict_id(kind: str, claim_ids) -> str:
    """A conflict's stable id, from its kind and its (sorted) claim ids."""
    import hashlib

    return "k" + hashlib.sha256((kind + ":" + ",".join(sorted(claim_ids))).encode()).hexdigest()[:15]
