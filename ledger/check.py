"""The pre-publish gate: check a draft's figures against the ledger.

``ledger check DRAFT...`` reads ``.md``, ``.txt``, ``.html`` and ``.docx``
drafts, extracts their claims with the same pipeline and rules as the
ledger (``pipeline.extract``), fetches the comparable ledger claims with
indexed look-ups (``Ledger.claims_for(metric, subject)``) and judges each
pair with ``compare.judge``.  Nothing here imports pandas, openpyxl or
pint: the gate must start and answer in well under half a second.

Findings (code, severity, kind)
-------------------------------
========  ========  ============  ===================================================
LG001     error     contradiction the figure conflicts with every comparable figure in
                                  the ledger: correct it (or attribute it, if a source
                                  really says so)
LG002     error     contradiction the figure conflicts with the figure an editor
                                  confirmed for this fact (a ``confirmed`` verdict with
                                  a reference value): use the confirmed figure
LG003     warning   disputed      the draft states, without attribution, a figure the
                                  ledger only has as disputed between named sources:
                                  attribute it ("according to ...")
LG004     warning   superseded    the figure matches a ledger figure that a newer one
                                  has replaced (a running total, a count that moves):
                                  update it, or date it
LG005     info      disputed      the draft attributes the figure to a source, and
                                  other named sources in the ledger give a different
                                  figure: make sure the disagreement is clear
========  ========  ============  ===================================================

A figure that matches the ledger, or has nothing comparable in the ledger,
is never reported: it is counted in the summary ("12 figures checked, 9
matched the ledger, 3 not in the ledger").

Accepting a finding
-------------------
* **Inline marker** -- a reporter accepts a known difference by putting a
  marker with a reason on the same line (paragraph) as the figure::

      The ministry put the toll at 4,100. <!-- ledger: accept "ministry revised figure, 3 May" -->
      The ministry put the toll at 4,100. [ledger: accept: ministry revised figure, 3 May]

  The HTML-comment form stays invisible in rendered Markdown; the bracket
  form works in every format, including Word (``.docx``) and ``.txt``
  (in ``.html`` drafts comments are dropped with the markup, so use the
  bracket form there).  A marker accepts every finding on its line; it
  needs a reason.  Markers are blanked out (same length, so columns stay
  true) before the draft's figures are read, so a figure in the reason is
  never checked.
* **Baseline** -- ``ledger check --update-baseline DRAFT...`` writes the
  fingerprints of the current findings to the baseline file (default
  ``.ledger-baseline.json``, or ``baseline`` in the configuration); later
  runs accept findings whose fingerprint is in it.  A fingerprint is made of
  the file path, finding code, metric, subject, the figure as written and
  its sentence -- not the line number, so edits elsewhere keep it.

Accepted findings are left out of the text and GitHub outputs and of the
exit code, and are counted in the summary; JSON lists them under
``accepted``, SARIF as results with ``suppressions``.

Positions are those of the draft's text: for ``.md``/``.txt`` the file's
own lines; for ``.docx`` the paragraph (one per line) and the column in it;
for ``.html`` the text once the markup is removed (one line per block).

An undated draft is compared with the ledger whatever the ledger claims'
dates (compare's undated window applies only between two dated claims); for
a fact that moves over time it is dated today, so that a newer figure
updates the ledger rather than contradicting it.

Exit codes: 0 clean, 1 a finding at or above ``--fail-on`` (default error),
2 usage or internal error (no ledger database, bad configuration, a draft
that cannot be read).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import sqlite3
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import IO, Optional

from .config import LEVELS, at_least
from .cache import compile_std_cached
from .records import (FINDING_FIELDS, LEDGER_REF_FIELDS, Claim, Conflict, Document, Finding,
                      LedgerRef, LoadError, as_dict)

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ("text", "json", "sarif", "github")
MAX_REFS = 8  # ledger claims cited per finding

#: code -> (severity, kind, short description)
CODES: dict[str, tuple[str, str, str]] = {
    "LG001": ("error", "contradiction", "Figure conflicts with the ledger"),
    "LG002": ("error", "contradiction", "Figure conflicts with an editor-confirmed figure"),
    "LG003": ("warning", "disputed", "Unattributed figure the ledger has only as disputed between named sources"),
    "LG004": ("warning", "superseded", "Figure superseded by a newer one in the ledger"),
    "LG005": ("info", "disputed", "Attributed figure that other named sources put differently"),
}

MARKER = compile_std_cached(
    r"""<!--\s*ledger:\s*accept\b[ \t:]*(?:"(?P<q>[^"\n]*)"|(?P<c>(?:(?!-->)[^\n])*?))\s*-->"""
    r"""|\[ledger:\s*accept\s*:(?P<b>[^\]\n]*)\]""",
    re.IGNORECASE,
)


class CheckError(Exception):
    """A problem that stops the gate (exit 2)."""


@dataclass(frozen=True, slots=True)
class CheckSettings:
    compare: object = None  # compare.load_settings(); None: load the default
    baseline: frozenset = frozenset()  # accepted fingerprints
    select: tuple[str, ...] = ()  # finding / claim-rule code prefixes to keep (empty: all)
    ignore: tuple[str, ...] = ()  # prefixes to drop (wins over select)
    fail_on: str = "error"
    today: Optional[str] = None  # the date an undated draft is taken to be published (ISO)
    #: ``--published``: undated drafts are read as published on this date
    #: ("last month", "on Tuesday 4 June" resolve against it), and it is their
    #: ``today``; None: undated drafts stay undated, running totals are dated today
    published: Optional[str] = None


@dataclass(frozen=True, slots=True)
class CheckResult:
    findings: tuple[Finding, ...]  # sorted; accepted ones carry ``accepted``
    claims_checked: int = 0
    matched: int = 0
    not_in_ledger: int = 0
    files: tuple[str, ...] = ()
    errors: tuple[LoadError, ...] = ()
    markers: int = 0  # inline accept markers seen

    @property
    def open(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.accepted)

    @property
    def accepted(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.accepted)

    def failing(self, level: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.open if at_least(f.severity, level))

    def exit_code(self, level: str) -> int:
        if self.errors:
            return EXIT_ERROR
        return EXIT_FINDINGS if self.failing(level) else EXIT_OK


# ---------------------------------------------------------------------------
# inline markers


def find_markers(text: str) -> tuple[str, dict[int, str], int]:
    """Blank out accept markers (same length) and map line -> reason.

    Returns (masked text, {line: reason}, number of markers).  A marker
    without a reason is blanked but accepts nothing."""
    reasons: dict[int, str] = {}
    count = 0
    parts: list[str] = []
    last = 0
    for m in MARKER.finditer(text):
        count += 1
        reason = " ".join((m.group("q") or m.group("c") or m.group("b") or "").split())
        if reason:
            line = text.count("\n", 0, m.start()) + 1
            reasons[line] = f"{reasons[line]}; {reason}" if line in reasons else reason
        parts.append(text[last:m.start()])
        parts.append(" " * (m.end() - m.start()))
        last = m.end()
    parts.append(text[last:])
    return "".join(parts), reasons, count


# ---------------------------------------------------------------------------
# baseline


def fingerprint(file: str, code: str, metric: str, subject: Optional[str], text: str,
                sentence: str) -> str:
    path = os.path.relpath(file) if os.path.isabs(file) else os.path.normpath(file)
    key = "\x1f".join((path.replace(os.sep, "/"), code, metric, subject or "", text,
                       " ".join(sentence.split())))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def load_baseline(path: Optional[str]) -> frozenset:
    """Fingerprints accepted in a baseline file (none when it does not exist)."""
    if not path or not os.path.exists(path):
        return frozenset()
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        return frozenset(data["fingerprints"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CheckError(f"{path}: not a ledger baseline file ({type(exc).__name__}: {exc})") from None


def write_baseline(path: str, findings: Iterable[Finding]) -> int:
    """Write the fingerprints of ``findings`` (those not accepted inline)."""
    entries: dict[str, dict] = {}
    for f in findings:
        if f.accepted and f.accepted.startswith("inline"):
            continue
        entries.setdefault(f.fingerprint, {"file": f.file, "line": f.line, "code": f.code,
                                           "text": f.text, "message": f.message})
    data = {"version": 1, "tool": "ledger check",
            "fingerprints": dict(sorted(entries.items()))}
    tmp = f"{path}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    os.replace(tmp, path)
    return len(entries)


# ---------------------------------------------------------------------------
# judging


def _split(prefixes: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(finding-code prefixes "LG...", claim-rule prefixes)."""
    return (tuple(p for p in prefixes if p.startswith("LG")),
            tuple(p for p in prefixes if not p.startswith("LG")))


def _keep(code: Optional[str], select: Sequence[str], ignore: Sequence[str]) -> bool:
    code = (code or "").upper()
    if code and any(code.startswith(p) for p in ignore):
        return False
    return not select or bool(code) and any(code.startswith(p) for p in select)


def finding_selected(code: str, settings: CheckSettings) -> bool:
    return _keep(code, _split(settings.select)[0], _split(settings.ignore)[0])


def claim_selected(c: Claim, settings: CheckSettings) -> bool:
    return _keep(c.rule, _split(settings.select)[1], _split(settings.ignore)[1])


def _ref(c: Claim) -> LedgerRef:
    return LedgerRef(id=c.id, doc=c.doc, outlet=c.outlet, speaker=c.speaker, text=c.text,
                     value=c.value, sentence=c.sentence, published=c.published, unit=c.unit)


def _newest_first(claims: Iterable[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: (c.published or "", c.doc, c.start), reverse=True)


def _at_value(c: Claim, value: float) -> Claim:
    """``c`` restated at an exact ``value`` (an editor's reference value,
    in the claim's unit as written)."""
    factor = (c.norm_value / c.value) if (c.norm_value is not None and c.value) else None
    norm = value * factor if factor is not None else None
    return dataclasses.replace(
        c, value=value, low=value, high=value, hedge=None, low_strict=False, high_strict=False,
        precision_low=None, precision_high=None, text=_fmt_number(value),
        norm_value=norm, norm_low=norm, norm_high=norm)


def _fmt_number(v: float) -> str:
    if v is None:
        return "?"
    if float(v).is_integer() and abs(v) < 1e15:
        return f"{int(v):,}"
    return f"{v:,.6g}"


def named(c: Claim) -> Optional[str]:
    """The named source behind a figure; None for the outlet's own voice
    (as compare reads it: an outlet is not a named source for its own copy)."""
    s = c.speaker or c.cited_source
    if not s or c.speaker_rule == "outlet-voice" or (c.outlet and s.casefold() == c.outlet.casefold()):
        return None
    return s


def _who(c: Claim) -> str:
    bits = [c.outlet or os.path.basename(c.doc)]
    if c.published:
        bits.append(c.published[:10])
    bits.append(named(c) or "unattributed")
    return ", ".join(bits)


def _short(s: str, n: int = 110) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _what(d: Claim) -> str:
    return d.metric + (f" of {d.subject}" if d.subject else "")


_MESSAGES = {
    "LG001": "{text} ({what}) conflicts with the ledger: {seen}{more}; "
             "correct the figure, or attribute it if a source really says so",
    "LG002": "{text} ({what}) conflicts with the editor-confirmed figure {extra}: {seen}{more}; "
             "use the confirmed figure",
    "LG003": "{text} ({what}) is disputed between {speakers} in the ledger: {seen}{more}; attribute it",
    "LG004": "{text} ({what}) has been superseded: the ledger's newer figure is {seen}{more}; "
             "update the figure, or date it",
    "LG005": "{text} ({what}, {speaker}) differs from other named sources in the ledger: {seen}{more}; "
             "make sure the disagreement is clear",
}


def _message(code: str, d: Claim, refs: Sequence[Claim], extra: str = "") -> str:
    first = refs[0] if refs else None
    return _MESSAGES[code].format(
        text=d.text, what=_what(d), extra=extra, speaker=named(d),
        seen=f'{first.text} ({_who(first)}: "{_short(first.sentence)}")' if first else "",
        more=f" and {len(refs) - 1} more" if len(refs) > 1 else "",
        speakers=", ".join(sorted({named(c) for c in refs if named(c)})) or "named sources")


#: Ledger claims whose interval stays further than this factor from the draft's
#: (same unit) cannot agree with it under any sane tolerance; they are judged
#: only when a conflict must be cited (see _Judge.candidates).
NEAR_FACTOR = 2.0
MAX_NEAR = 250  # newest "near" ledger claims judged per draft figure
ENOUGH_AGREE = 20  # agreeing ledger claims enough to call a figure matched
MAX_FAR = 200  # newest far ledger claims looked at for citations

# compare reads norm_* when a claim was normalised, else value/low/high/unit
_UNIT = "COALESCE(norm_unit, unit)"
_VALUE = "COALESCE(norm_value, value)"
_LOW = "(CASE WHEN norm_value IS NULL THEN low ELSE norm_low END)"
_HIGH = "(CASE WHEN norm_value IS NULL THEN high ELSE norm_high END)"
# the necessary conditions of compare.comparable that SQL can test exactly
# (same key: metric, subject, status; running total or not), not the draft itself
_SAME_KEY = ("metric=? AND subject IS ? AND COALESCE(status, 'actual')=? AND cumulative=? "
             "AND doc_sha<>?")


def _fold(s: Optional[str]) -> str:
    return s.strip().casefold() if s else ""


def _interval(lo, hi, v, hedge) -> tuple[float, float]:
    """A claim's interval as compare reads it (open sides infinite; an
    unhedged figure with no interval is its value)."""
    inf = float("inf")
    if lo is None and hi is None and v is not None and not hedge:
        lo = hi = v
    return (-inf if lo is None else lo), (inf if hi is None else hi)


def _near(a: tuple[float, float], b: tuple[float, float], factor: float) -> bool:
    """Do the intervals come within ``factor`` (a ratio) of each other?"""
    (alo, ahi), (blo, bhi) = a, b
    if ahi < blo:
        x, y = ahi, blo
    elif bhi < alo:
        x, y = bhi, alo
    else:
        return True  # they overlap
    if x <= 0 <= y:
        return True  # the gap spans zero: let compare decide
    x, y = abs(x), abs(y)
    return max(x, y) <= min(x, y) * factor


class _Judge:
    """Classifies one draft claim against its comparable ledger claims.

    The ledger claims of the draft figure's key are read with an indexed
    query that also applies, in SQL, the necessary conditions of
    ``compare.comparable`` it can test exactly (status, running total or
    not; the second party is tested in Python), leaves out the draft itself,
    and keeps only the *near* claims: another unit, an open interval, or an
    interval within NEAR_FACTOR of the draft's.  The newest MAX_NEAR of
    those are judged with ``compare.judge``.  Claims further away cannot
    agree; the key's newest MAX_FAR claims (one query per key) are judged
    only to cite a conflict when no near claim is comparable, and to tell
    whether an agreeing figure has been superseded or is disputed between
    named sources.  Editor verdicts are read by conflict id.  So a key
    holding tens of thousands of claims costs a few hundred judgements and
    no scan of the conflicts table."""

    def __init__(self, ledger, settings: CheckSettings, compare_mod, compare_settings):
        self.ledger = ledger
        self.settings = settings
        self.compare = compare_mod
        self.compare_settings = compare_settings
        self._verdicts: Optional[dict] = None
        self._confirmed: Optional[dict[tuple, list[Conflict]]] = None
        self._newest: dict[tuple, list[tuple]] = {}
        self._claims: dict[str, Claim] = {}

    def verdicts(self) -> dict:
        if self._verdicts is None:
            self._verdicts = self.ledger.verdicts()
        return self._verdicts

    def confirmed(self, key: tuple) -> list[Conflict]:
        """Stored conflicts of ``key`` that an editor confirmed with a
        reference value (read by their ids: the verdicts table is small)."""
        if self._confirmed is None:
            self._confirmed = {}
            ids = [cid for cid, v in self.verdicts().items()
                   if v.get("verdict") == "confirmed" and v.get("reference_value") is not None]
            for k in _conflicts_by_id(self.ledger, ids):
                self._confirmed.setdefault((k.metric, k.subject), []).append(k)
        return self._confirmed.get(key, [])

    def newest(self, d: Claim, skip: Iterable[str] = ()) -> list[str]:
        """Ids of the newest MAX_FAR ledger claims of ``d``'s key that may be
        comparable with it (one query per key, shared by the draft's figures)."""
        status, cum, sub2, skip = d.status or "actual", bool(d.cumulative), _fold(d.subject2), set(skip)
        # the newest claims of the draft's own status and running-total flag, read off the
        # claims_gate index with no sort of the whole key (a big key holds thousands of claims);
        # rows (id, subject2, published), or None when the index cannot answer (then the
        # sorted query below reads the key's newest rows whatever their status, and filters)
        gate = (d.metric, d.subject, status, int(cum), d.doc_sha)
        if gate not in self._newest:
            self._newest[gate] = self._ids_by_index(gate, "1", (), 4 * MAX_FAR)
        rows = self._newest[gate]
        if rows is not None:
            return [r[0] for r in rows if _fold(r[1]) == sub2 and r[0] not in skip][:MAX_FAR]
        key = (d.metric, d.subject)
        if key not in self._newest:
            self._newest[key] = self.ledger.db.execute(
                "SELECT id, doc_sha, COALESCE(status, 'actual'), cumulative, subject2 FROM claims "
                f"WHERE metric=? AND subject IS ? ORDER BY published DESC LIMIT {4 * MAX_FAR}",
                key).fetchall()
        return [r[0] for r in self._newest[key]
                if r[1] != d.doc_sha and r[2] == status and bool(r[3]) == cum and _fold(r[4]) == sub2
                and r[0] not in skip][:MAX_FAR]

    def claims(self, ids) -> list[Claim]:
        missing = [i for i in ids if i not in self._claims]
        if missing:
            self._claims.update(self.ledger.claims_by_id(missing))
        return [self._claims[i] for i in ids if i in self._claims]

    def judge(self, a: Claim, b: Claim):
        return self.compare.judge(a, b, self.compare_settings)

    def dated(self, d: Claim) -> Claim:
        """An undated draft is about to be published: for a figure that moves
        over time (a running total), date it today, so that a newer figure is
        an update of the ledger's, not a contradiction of it."""
        if d.published:
            return d
        moving = getattr(self.compare_settings, "moving_metric", None)
        if d.cumulative or (moving is not None and moving(d.metric or "") is not None):
            import datetime

            today = self.settings.today or self.settings.published or datetime.date.today().isoformat()
            return dataclasses.replace(d, published=today)
        return d

    def _ids(self, d: Claim, where: str, params: Sequence, limit: int) -> list[str]:
        key = (d.metric, d.subject, d.status or "actual", int(bool(d.cumulative)), d.doc_sha)
        sub2 = _fold(d.subject2)
        rows = self._ids_by_index(key, where, params, limit)
        if rows is None:
            sql = (f"SELECT id, subject2 FROM claims WHERE {_SAME_KEY} AND ({where}) "
                   f"ORDER BY published DESC LIMIT {int(limit)}")
            rows = self.ledger.db.execute(sql, (*key, *params)).fetchall()
        return [r[0] for r in rows if _fold(r[1]) == sub2]

    def _ids_by_index(self, key: tuple, where: str, params: Sequence, limit: int) -> Optional[list]:
        """The rows (id, subject2) of ``ORDER BY published DESC LIMIT limit``
        over the key, read by walking the claims_gate index backwards and
        stopping once ``limit`` rows and their last date's ties are read,
        instead of sorting every claim of the key (a big key holds tens of
        thousands).  Ties keep the order the sorted query gives them (rowid,
        ascending).  None when the index cannot answer exactly (no index, or
        claims of the key with no status, which count as 'actual')."""
        metric, subject, status, cumulative, doc_sha = key
        db = self.ledger.db
        try:
            if status == "actual" and db.execute(
                    "SELECT 1 FROM claims INDEXED BY claims_gate WHERE metric=? AND subject IS ? "
                    "AND status IS NULL LIMIT 1", (metric, subject)).fetchone():
                return None
            cur = db.execute(
                "SELECT id, subject2, published FROM claims INDEXED BY claims_gate "
                f"WHERE metric=? AND subject IS ? AND status=? AND cumulative=? AND doc_sha<>? AND ({where}) "
                "ORDER BY published DESC, rowid DESC", (*key, *params))
        except sqlite3.OperationalError:  # a ledger without the index
            return None
        rows: list = []
        for r in cur:
            if len(rows) >= limit and r[2] != rows[-1][2]:
                break
            rows.append(r)
        cur.close()
        # rowid descending within a date -> ascending, as the sorted query has them
        out: list = []
        i = 0
        while i < len(rows) and len(out) < limit:
            j = i
            while j < len(rows) and rows[j][2] == rows[i][2]:
                j += 1
            out.extend(reversed(rows[i:j]))
            i = j
        return out[:limit]

    def near(self, d: Claim) -> list[str]:
        """Ids of the newest ledger claims of ``d``'s key that may agree with
        it: another unit, an open or unknown interval, or an interval within
        NEAR_FACTOR of the draft's (one indexed query)."""
        unit = d.norm_unit or d.unit
        if d.norm_value is not None:
            lo, hi = _interval(d.norm_low, d.norm_high, d.norm_value, d.hedge)
        else:
            lo, hi = _interval(d.low, d.high, d.value, d.hedge)
        if lo > 0:
            window = (lo / NEAR_FACTOR, hi * NEAR_FACTOR)
        elif hi < 0:
            window = (lo * NEAR_FACTOR, hi / NEAR_FACTOR)
        else:
            window = None  # the draft's interval spans zero: every value is near
        if window is None:
            return self._ids(d, "1", (), MAX_NEAR)
        where = (f"{_UNIT} IS NOT ? OR {_VALUE} IS NULL OR {_LOW} IS NULL OR {_HIGH} IS NULL "
                 f"OR ({_HIGH} >= ? AND {_LOW} <= ?)")
        return self._ids(d, where, (unit, window[0], window[1]), MAX_NEAR)

    def classify(self, d: Claim) -> tuple[str, Optional[str], list[Claim], str]:
        """('matched' | 'absent' | 'finding', code, ledger claims cited, extra text)."""
        d = self.dated(d)
        key = (d.metric, d.subject)
        # a figure comparable with no claim of another document (the ledger's claims looked at
        # here are all of other documents): nothing to read, and nothing agrees or disagrees
        if self.compare.story_bound(d, self.compare_settings):
            return "absent", None, [], ""

        # 1. an editor-confirmed figure is the reference
        for k in self.confirmed(key):
            v = self.verdicts()[k.id]
            members = [c for c in self.claims(list(k.claims))
                       if c.doc_sha != d.doc_sha and self.compare.comparable(d, c, self.compare_settings)]
            if not members:
                continue
            ref_value = float(v["reference_value"])
            base = min(members, key=lambda c: abs(c.value - ref_value))
            ref = _at_value(base, ref_value)
            ref = dataclasses.replace(ref, speaker=d.speaker, cited_source=d.cited_source)
            if self.judge(d, ref) is None:
                return "matched", None, [], ""
            cited = sorted(members, key=lambda c: abs(c.value - ref_value))
            return "finding", "LG002", cited, f"{_fmt_number(ref_value)}"

        agree: list[Claim] = []
        disagree: list[tuple[Claim, Conflict]] = []
        near_ids = self.near(d)
        for c in self.claims(near_ids):  # newest first
            k = self.judge(d, c)
            if k is not None:  # a conflict: comparable, and they disagree
                disagree.append((c, k))
            elif self.compare.comparable(d, c, self.compare_settings):
                agree.append(c)
                if len(agree) >= ENOUGH_AGREE:
                    break
        if not agree and not disagree:  # only far claims can be comparable: cite them
            far_ids = self.newest(d, skip=near_ids)
            for i in range(0, len(far_ids), 50):
                for c in self.claims(far_ids[i:i + 50]):
                    k = self.judge(d, c)
                    if k is not None:
                        disagree.append((c, k))
                if len(disagree) >= MAX_REFS:
                    break
            if not disagree:
                return "absent", None, [], ""

        if agree:
            return self._agreed(d, agree)

        # nothing in the ledger agrees with the draft
        if all(k.kind == "superseded" for _, k in disagree):
            newer = [c for c, _ in disagree if (c.published or "") > (d.published or "")]
            if newer:
                return "finding", "LG004", _newest_first(newer), ""
            return "matched", None, [], ""
        source = named(d)
        same_source = source is not None and any(named(c) == source for c, _ in disagree)
        if source and not same_source and all(k.kind == "disputed" for _, k in disagree):
            return "finding", "LG005", _newest_first(c for c, _ in disagree), ""
        cited = [c for c, k in disagree if k.kind != "superseded"] or [c for c, _ in disagree]
        return "finding", "LG001", _newest_first(cited), ""

    def moving(self, d: Claim) -> bool:
        moving = getattr(self.compare_settings, "moving_metric", None)
        return bool(d.cumulative) or (moving is not None and moving(d.metric or "") is not None)

    def _agreed(self, d: Claim, agree: list[Claim]):
        """The draft agrees with some ledger claims: matched, unless those
        have been superseded by a newer ledger figure (LG004) or, for an
        unattributed draft figure, the ledger has it only from named sources
        that other named sources dispute (LG003).  Decided with
        ``compare.judge`` against the key's newest ledger claims."""
        agree_ids = {c.id for c in agree}
        # 2. a figure a newer ledger figure has replaced (facts that move over time)
        if self.moving(d):
            latest = _newest_first(agree)[0]
            newer = [c for c in self.claims(self.newest(d, skip=agree_ids))
                     if (c.published or "") > (latest.published or "")]
            superseding = [c for c in newer if (k := self.judge(latest, c)) is not None
                           and k.kind == "superseded"]
            if superseding:
                return "finding", "LG004", _newest_first(superseding), ""
        # 3. unattributed, and the ledger has it only as disputed between named sources
        if not named(d) and all(named(c) for c in agree):
            voices = list({(named(c), c.value): c for c in _newest_first(agree)}.values())[:5]
            others = [c for c in self.claims(self.newest(d, skip=agree_ids)) if named(c)]
            disputing = [c for c in others if any(
                named(a) != named(c) and (k := self.judge(a, c)) is not None and k.kind == "disputed"
                for a in voices)]
            if disputing:
                return "finding", "LG003", _newest_first(voices) + _newest_first(disputing), ""
        return "matched", None, [], ""


def _conflicts_by_id(ledger, ids: Sequence[str]) -> list[Conflict]:
    """Stored conflicts by id (primary-key look-ups)."""
    out: list[Conflict] = []
    ids = list(ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        cur = ledger.db.execute(
            "SELECT id, kind, severity, metric, subject, claims, explanation, period, tolerance, action "
            f"FROM conflicts WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        out.extend(Conflict(id=r[0], kind=r[1], severity=r[2], metric=r[3], subject=r[4],
                            claims=tuple(json.loads(r[5])), explanation=r[6], period=r[7],
                            tolerance=r[8], action=r[9]) for r in cur)
    return out


# ---------------------------------------------------------------------------
# checking


def check_claims(doc: Document, claims: Sequence[Claim], ledger, settings: CheckSettings,
                 *, reasons: Optional[dict[int, str]] = None, judge: Optional[_Judge] = None
                 ) -> tuple[list[Finding], dict[str, int]]:
    """Check the claims of one draft; returns (findings, counts)."""
    if judge is None:
        judge = _make_judge(ledger, settings)
    reasons = reasons or {}
    counts = {"checked": 0, "matched": 0, "absent": 0}
    claims = [c for c in claims if claim_selected(c, settings)]
    findings: list[Finding] = []
    for d in claims:
        counts["checked"] += 1
        outcome, code, refs, extra = judge.classify(d)
        if outcome == "matched":
            counts["matched"] += 1
            continue
        if outcome == "absent":
            counts["absent"] += 1
            continue
        if not finding_selected(code, settings):
            counts["matched"] += 1  # the finding's code is ignored by configuration
            continue
        severity, kind, _ = CODES[code]
        fp = fingerprint(doc.path, code, d.metric, d.subject, d.text, d.sentence)
        accepted = None
        if d.line in reasons:
            accepted = f"inline: {reasons[d.line]}"
        elif fp in settings.baseline:
            accepted = "baseline"
        refs = list(refs)[:MAX_REFS]
        findings.append(Finding(
            file=doc.path, line=d.line, column=d.column, text=d.text, value=d.value, unit=d.unit,
            metric=d.metric, subject=d.subject, kind=kind, severity=severity,
            message=_message(code, d, refs, extra), ledger=tuple(_ref(c) for c in refs),
            code=code, fingerprint=fp, accepted=accepted))
    return findings, counts


def _make_judge(ledger, settings: CheckSettings, rules_root: Optional[str] = None) -> _Judge:
    from . import compare

    if settings.compare is not None:
        cs = settings.compare
    else:  # the tolerances beside the rules the draft is read with
        cs = compare.load_settings(rules_root) if rules_root else compare.load_settings()
    return _Judge(ledger, settings, compare, cs)


def check_documents(docs: Iterable[Document | LoadError], ledger, ruleset,
                    settings: CheckSettings) -> CheckResult:
    from . import pipeline

    judge = _make_judge(ledger, settings, getattr(ruleset, "root", None))
    findings: list[Finding] = []
    errors: list[LoadError] = []
    files: list[str] = []
    totals = {"checked": 0, "matched": 0, "absent": 0}
    markers = 0
    for doc in docs:
        if isinstance(doc, LoadError):
            errors.append(doc)
            continue
        files.append(doc.path)
        if settings.published and not doc.published:
            doc = dataclasses.replace(doc, published=settings.published)
        masked, reasons, n = find_markers(doc.text)
        markers += n
        draft = dataclasses.replace(doc, text=masked) if n else doc
        try:
            claims = pipeline.extract(draft, ruleset)
        except Exception as exc:  # one bad draft is reported, the others are checked
            errors.append(LoadError(doc.path, f"could not be processed: {type(exc).__name__}: {exc}"))
            continue
        found, counts = check_claims(draft, claims, ledger, settings, reasons=reasons, judge=judge)
        findings.extend(found)
        for k, v in counts.items():
            totals[k] += v
    findings.sort(key=_order)
    return CheckResult(findings=tuple(findings), claims_checked=totals["checked"],
                       matched=totals["matched"], not_in_ledger=totals["absent"],
                       files=tuple(files), errors=tuple(errors), markers=markers)


def check_files(paths: Sequence[str], ledger, ruleset, settings: Optional[CheckSettings] = None
                ) -> CheckResult:
    """Check the drafts at ``paths`` (files or folders) against ``ledger``."""
    from . import documents

    return check_documents(documents.load_paths(paths), ledger, ruleset,
                           settings or CheckSettings())


def _order(f: Finding):
    return (f.file, f.line, f.column, f.code or "", f.text)


# ---------------------------------------------------------------------------
# output


def _clean(v):
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            return None
        if v.is_integer() and abs(v) < 2**53:
            return int(v)
    return v


def _plural(n: int, word: str, plural: Optional[str] = None) -> str:
    if word == "info":
        return f"{n} info"
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def summary(result: CheckResult) -> str:
    r = result
    parts = [f"{_plural(len(r.files), 'file')} checked: "
             f"{_plural(r.claims_checked, 'figure')} checked, {r.matched} matched the ledger, "
             f"{r.not_in_ledger} not in the ledger"]
    counts = {lvl: sum(1 for f in r.open if f.severity == lvl) for lvl in LEVELS}
    parts.append("; " + ", ".join(_plural(counts[lvl], lvl) for lvl in LEVELS))
    base = sum(1 for f in r.accepted if f.accepted == "baseline")
    inline = len(r.accepted) - base
    if base or inline:
        parts.append(f" ({base} accepted by the baseline, {inline} accepted inline)")
    if r.errors:
        parts.append(f"; {_plural(len(r.errors), 'draft')} could not be checked")
    return "".join(parts)


def summary_dict(result: CheckResult) -> dict:
    r = result
    return {
        "files": len(r.files),
        "claims_checked": r.claims_checked,
        "matched": r.matched,
        "not_in_ledger": r.not_in_ledger,
        **{f"{lvl}s": sum(1 for f in r.open if f.severity == lvl) for lvl in LEVELS},
        "accepted_baseline": sum(1 for f in r.accepted if f.accepted == "baseline"),
        "accepted_inline": sum(1 for f in r.accepted if f.accepted != "baseline"),
        "unreadable": [{"file": e.path, "message": e.message} for e in r.errors],
    }


def _finding_dict(f: Finding) -> dict:
    d = as_dict(f, FINDING_FIELDS)
    d["ledger"] = [dict(as_dict(ref, LEDGER_REF_FIELDS), published=ref.published, unit=ref.unit)
                   for ref in f.ledger]
    d["accepted"] = f.accepted
    return _deep_clean(d)


def _deep_clean(v):
    if isinstance(v, dict):
        return {k: _deep_clean(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_deep_clean(x) for x in v]
    return _clean(v)


def format_text(result: CheckResult) -> str:
    lines = [f"{f.file}:{f.line}:{f.column}: {f.severity} {f.code} {' '.join(f.message.split())}"
             for f in result.open]
    lines.append(summary(result))
    return "\n".join(lines) + "\n"


def format_json(result: CheckResult) -> str:
    data = {
        "findings": [_finding_dict(f) for f in result.open],
        "claims_checked": result.claims_checked,
        "accepted": [_finding_dict(f) for f in result.accepted],
        "summary": summary_dict(result),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def format_sarif(result: CheckResult) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        ver = version("ledger")
    except PackageNotFoundError:  # pragma: no cover - running from a checkout
        ver = "0"
    codes = sorted(CODES)
    rules = [{"id": c, "name": CODES[c][1], "shortDescription": {"text": CODES[c][2]},
              "defaultConfiguration": {"level": _SARIF_LEVEL[CODES[c][0]]}} for c in codes]
    results = []
    for f in result.findings:
        res = {
            "ruleId": f.code,
            "ruleIndex": codes.index(f.code),
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": f.file.replace(os.sep, "/")},
                "region": {"startLine": f.line, "startColumn": f.column,
                           "endColumn": f.column + len(f.text)}}}],
            "partialFingerprints": {"ledgerFinding/v1": f.fingerprint},
            "properties": {"metric": f.metric, "subject": f.subject, "kind": f.kind,
                           "value": _clean(f.value), "unit": f.unit,
                           "ledger": [_deep_clean(as_dict(r, LEDGER_REF_FIELDS)) for r in f.ledger]},
        }
        if f.accepted:
            inline = f.accepted != "baseline"
            res["suppressions"] = [{"kind": "inSource" if inline else "external",
                                    "justification": f.accepted}]
        results.append(res)
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "ledger", "version": ver, "rules": rules}},
            "results": results,
            "properties": {"summary": summary_dict(result)},
        }],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


def _gh_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(s: str) -> str:
    return _gh_data(s).replace(":", "%3A").replace(",", "%2C")


_GH_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def format_github(result: CheckResult) -> str:
    lines = []
    for f in result.open:
        props = (f"file={_gh_prop(f.file)},line={f.line},col={f.column},"
                 f"endColumn={f.column + len(f.text)},title={_gh_prop('ledger ' + f.code)}")
        lines.append(f"::{_GH_LEVEL[f.severity]} {props}::{_gh_data(f.message)}")
    lines.append(summary(result))
    return "\n".join(lines) + "\n"


FORMATTERS = {"text": format_text, "json": format_json, "sarif": format_sarif,
              "github": format_github}


# ---------------------------------------------------------------------------
# the command


def run(drafts: Sequence[str], *, fmt: str = "text", db: Optional[str] = None,
        rules_dir: Optional[str] = None, fail_on: Optional[str] = None,
        baseline: Optional[str] = None, update_baseline: bool = False,
        config: Optional[str] = None, out: Optional[IO[str]] = None,
        err: Optional[IO[str]] = None, published: Optional[str] = None) -> int:
    """``ledger check``: returns the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr

    def fail(msg: str) -> int:
        err.write(f"ledger: error: {msg}\n")
        return EXIT_ERROR

    from .config import DEFAULT_BASELINE, ConfigError, load_config

    if fmt not in FORMATTERS:
        return fail(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    try:
        cfg = load_config(config)
    except ConfigError as exc:
        return fail(str(exc))
    level = fail_on or cfg.fail_on
    if level not in LEVELS:
        return fail(f"--fail-on must be one of {', '.join(LEVELS)}")
    baseline_path = baseline or cfg.baseline or DEFAULT_BASELINE

    from . import compare
    from . import rules as rules_mod
    from .store import Ledger, StoreError

    try:
        accepted = frozenset() if update_baseline else load_baseline(baseline_path)
    except CheckError as exc:
        return fail(str(exc))
    settings = CheckSettings(baseline=accepted, select=cfg.select, ignore=cfg.ignore,
                             fail_on=level, published=published)
    try:
        ledger = Ledger(db or cfg.database, readonly=True)
    except StoreError as exc:
        return fail(str(exc))
    from .cli import note_migration  # noqa: PLC0415
    note_migration(ledger, err)
    try:
        root = rules_dir or cfg.rules
        ruleset = rules_mod.load_rules(root) if root else rules_mod.load_rules()
        from .examples import verify as verify_examples  # noqa: PLC0415
        verify_examples(ruleset)
        result = check_files(drafts, ledger, ruleset, settings)
    except (rules_mod.RuleError, compare.SettingsError) as exc:  # bad rule or tolerance file
        return fail(str(exc))
    finally:
        ledger.close()
    for e in result.errors:
        err.write(f"ledger: error: {e.path}: {e.message}\n")
    if update_baseline:
        if result.errors:
            return fail("baseline not written: some drafts could not be checked")
        n = write_baseline(baseline_path, result.findings)
        out.write(f"wrote {baseline_path}: {_plural(n, 'accepted finding')}\n")
        out.write(summary(result) + "\n")
        return EXIT_OK
    out.write(FORMATTERS[fmt](result))
    return result.exit_code(level)
