"""The editor's workbook: write it from the ledger, and read its editor columns back.

This is the only module that imports openpyxl.  It owns the workbook's
layout both ways: :func:`write_report` writes it, :func:`read_editor_rows`
reads the editor columns back for :mod:`ledger.review`.

Sheets: Summary, Conflicts, Claims, Speakers, Documents, Rules.

How it is written
-----------------
openpyxl's *write-only* mode: rows stream to temporary files as they are
appended, so memory stays bounded by the number of findings, not claims
(claims are read from the ledger in batches and never held together).
Everything the issue asks for works in that mode, provided it is set up in
the right order: column widths and frozen panes before the first row;
tables (with their column names given explicitly), data validation,
conditional formatting and hyperlinks (sheet-internal ``location`` links)
are written at the sheet's tail, after the rows.  Strings are written as
inline strings, so there is no shared-string table growing in memory.

Safety
------
Every string goes through :func:`_text`: characters XML refuses are
removed, text over Excel's 32,767-character cell limit is cut with a
visible marker.  A string that would be taken as a formula (it starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is stored as a
string cell (``t="inlineStr"``, never ``<f>``) with the ``quotePrefix``
style, so neither opening nor editing the cell runs it.  The workbook is
written to a temporary file in the target folder, then renamed over the
target (``os.replace``): a failure never leaves half a workbook.

Round trip
----------
The Conflicts sheet carries each finding's stable ``Conflict id``; the
editor columns (Verdict, Reference value, Note, Editor) are read back by
header name and matched by that id, never by row number.  The ledger state
the workbook was made from, the ledger's path and a fingerprint of its
findings are stored in the workbook's custom document properties and, as a
fallback, on the Summary sheet.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import sys
import tempfile
import warnings
from collections import Counter, defaultdict
from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, Optional

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import CellIsRule
from openpyxl.packaging.custom import IntProperty, StringProperty
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table, TableStyleInfo

from .records import CLAIM_FIELDS, KINDS, SEVERITIES, Claim, Conflict

#: The editor's verdicts, in the order the dropdown offers them.
VERDICTS = ("open", "confirmed", "corrected", "accepted dispute", "false alarm")

#: Version of the workbook layout (stored in the document properties).
LAYOUT_VERSION = 1

EXCEL_CELL_LIMIT = 32767
CUT_MARKER = " […cut: {n:,} more characters]"

# Custom document property names.
PROP_STATE = "ledger.state"
PROP_DB = "ledger.db"
PROP_MADE = "ledger.made_at"
PROP_FINDINGS = "ledger.findings"
PROP_LAYOUT = "ledger.layout"

# Editor columns (read back by `ledger review`, by header name).
COL_ID = "Conflict id"
COL_VERDICT = "Verdict"
COL_REFERENCE = "Reference value"
COL_NOTE = "Note"
COL_EDITOR = "Editor"
COL_RECORDED = "Verdict recorded"  # when the shown verdict was recorded (review compares it)
EDITOR_COLUMNS = (COL_VERDICT, COL_REFERENCE, COL_NOTE, COL_EDITOR)

# Summary labels that hold the round-trip facts (fallback for the properties).
LABEL_STATE = "Ledger state"
LABEL_DB = "Ledger"
LABEL_MADE = "Made at"
LABEL_FINDINGS = "Findings fingerprint"

# Progress bar: only for reports at least this big, and only on a terminal.
PROGRESS_MIN_ROWS = 20000


class WorkbookError(Exception):
    """The file is not a readable ledger workbook."""


# ---------------------------------------------------------------------------
# text safety

# Characters XML 1.0 refuses: C0 controls except tab/LF/CR, surrogates,
# U+FFFE and U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(value: Any) -> str:
    """A string safe to store in a cell: XML-legal, within Excel's limit."""
    s = value if isinstance(value, str) else str(value)
    if _XML_ILLEGAL.search(s):
        s = _XML_ILLEGAL.sub("", s)
    if len(s) > EXCEL_CELL_LIMIT:
        marker = CUT_MARKER.format(n=len(s))
        for _ in range(3):  # the count's width depends on the cut: settle it
            keep = EXCEL_CELL_LIMIT - len(marker)
            marker = CUT_MARKER.format(n=len(s) - keep)
        s = s[:EXCEL_CELL_LIMIT - len(marker)] + marker
    return s


def risky(s: str) -> bool:
    """Would a spreadsheet take this string for a formula?"""
    return s.startswith(_FORMULA_START)


def _number(value) -> Optional[float]:
    if value is None or isinstance(value, bool):
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    if math.isnan(f) or math.isinf(f):
        return None
    return f


def _when(value) -> Any:
    """An ISO date or datetime string as a date/datetime (Excel shows it as
    a date); anything else stays text."""
    if not value or not isinstance(value, str):
        return None
    s = value.strip()
    try:
        if len(s) == 10:
            return date.fromisoformat(s)
        d = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return s
    return d.replace(tzinfo=None) if d.tzinfo else d


def _unit_suffix(unit: Optional[str]) -> str:
    """The unit as it appears after a number in a number format."""
    if not unit or unit == "count":
        return ""
    if unit == "percent":
        return '"%"'
    if unit == "percentage_point":
        return '" pp"'
    clean = re.sub(r"[^A-Za-z0-9_ /.]", "", unit)[:20]
    return f'" {clean}"' if clean else ""


def findings_fingerprint(conflicts) -> str:
    """Identifies the set of findings a workbook was made from."""
    h = hashlib.sha256("\n".join(sorted(c.id for c in conflicts)).encode())
    return h.hexdigest()[:16]


# ---------------------------------------------------------------------------
# styles (one template cell per style; new cells copy its style array)

_HEADER_FILL = PatternFill("solid", fgColor="1F3864")
_EDITOR_HEADER_FILL = PatternFill("solid", fgColor="7F6000")
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_TITLE_FONT = Font(bold=True, size=16, color="1F3864")
_SECTION_FONT = Font(bold=True, size=12, color="1F3864")
_LINK_FONT = Font(color="0563C1", underline="single")
_MUTED_FONT = Font(color="595959", italic=True)
_EDITOR_FILL = PatternFill("solid", fgColor="FFF2CC")
_TOP = Alignment(vertical="top")
_WRAP = Alignment(wrap_text=True, vertical="top")

SEVERITY_COLOURS = {"error": ("C00000", "FFFFFF"), "warning": ("FFC000", "000000"),
                    "info": ("9DC3E6", "000000")}
VERDICT_COLOURS = {"confirmed": "C6EFCE", "corrected": "BDD7EE", "accepted dispute": "E2EFDA",
                   "false alarm": "D9D9D9"}


class _Styles:
    """Cell factory for one worksheet: typed, styled, injection-safe cells."""

    def __init__(self, ws):
        self.ws = ws
        self._templates: dict[tuple, Any] = {}

    def _style(self, key: tuple):
        t = self._templates.get(key)
        if t is None:
            t = WriteOnlyCell(self.ws)
            kind, arg = key
            if kind == "header":
                t.font, t.fill, t.alignment = _HEADER_FONT, _HEADER_FILL, _WRAP
            elif kind == "editor_header":
                t.font, t.fill, t.alignment = _HEADER_FONT, _EDITOR_HEADER_FILL, _WRAP
            elif kind == "wrap":
                t.alignment = _WRAP
            elif kind == "top":
                t.alignment = _TOP
            elif kind == "risky":
                t.alignment = _WRAP if arg else _TOP
                t.quotePrefix = True
            elif kind == "editor":
                t.fill, t.alignment = _EDITOR_FILL, _WRAP
            elif kind == "num":
                t.number_format = arg
                t.alignment = _TOP
            elif kind == "editor_num":
                t.number_format, t.fill, t.alignment = arg, _EDITOR_FILL, _TOP
            elif kind == "date":
                t.number_format = arg
                t.alignment = _TOP
            elif kind == "pct":
                t.number_format = "0%"
                t.alignment = _TOP
            elif kind == "link":
                t.font, t.alignment = _LINK_FONT, _TOP
            elif kind == "title":
                t.font = _TITLE_FONT
            elif kind == "section":
                t.font = _SECTION_FONT
            elif kind == "label":
                t.font, t.alignment = Font(bold=True), _TOP
            elif kind == "muted":
                t.font, t.alignment = _MUTED_FONT, _WRAP
            self._templates[key] = t
        return t._style

    def cell(self, value, style: tuple):
        c = WriteOnlyCell(self.ws, value)
        c._style = copy(self._style(style))
        return c

    def text(self, value, *, wrap: bool = False, editor: bool = False):
        """A text cell (never a formula) or None."""
        if value is None:
            return None
        s = _text(value)
        if s == "":
            return None
        if risky(s):
            c = self.cell(None, ("risky", wrap))
            c.value = s  # a leading "=" makes openpyxl guess a formula:
            c.data_type = "s"  # the type is set back to string, explicitly
            if editor:
                c.fill = _EDITOR_FILL
            return c
        if editor:
            return self.cell(s, ("editor", None))
        if wrap:
            return self.cell(s, ("wrap", None))
        return s  # a plain string: openpyxl stores it as an inline string

    def number(self, value, unit: Optional[str] = None, *, editor: bool = False):
        f = _number(value)
        if f is None:
            return self.cell(None, ("editor", None)) if editor else None
        fmt = ("#,##0" if f.is_integer() else "#,##0.0##") + _unit_suffix(unit)
        return self.cell(f, ("editor_num" if editor else "num", fmt))

    def integer(self, value):
        return None if value is None else self.cell(int(value), ("num", "#,##0"))

    def when(self, value):
        v = _when(value)
        if v is None:
            return None
        if isinstance(v, str):
            return self.text(v)
        if isinstance(v, datetime):
            return self.cell(v, ("date", "yyyy-mm-dd hh:mm"))
        return self.cell(v, ("date", "yyyy-mm-dd"))

    def link(self, label, sheet: str, row: int, col: str = "A"):
        """A cell linking to another sheet's cell; a str label stays text."""
        if isinstance(label, str):
            c = self.cell(None, ("link", None))
            c.value = _text(label)
            c.data_type = "s"
        else:
            c = self.cell(label, ("link", None))
        c.hyperlink = Hyperlink(ref="", location=f"{quote_sheetname(sheet)}!{col}{row}",
                                tooltip=f"Go to {sheet} row {row}")
        return c

    def marked_sentence(self, sentence: Optional[str], figure: Optional[str]):
        """The sentence with the figure's words in bold red (rich text); the
        cell's text stays exactly the sentence."""
        if not sentence:
            return None
        s = _text(sentence)
        at = s.find(figure) if figure else -1
        if at < 0 or len(s) >= EXCEL_CELL_LIMIT:
            return self.text(s, wrap=True)
        parts = []
        if at:
            parts.append(s[:at])
        parts.append(TextBlock(_FIGURE_FONT, figure))
        if at + len(figure) < len(s):
            parts.append(s[at + len(figure):])
        return self.cell(CellRichText(parts), ("risky", True) if risky(s) else ("wrap", None))

    def header(self, names, editor=()):
        return [self.cell(_text(n), ("editor_header" if n in editor else "header", None)) for n in names]


_FIGURE_FONT = InlineFont(b=True, color="C00000")


# ---------------------------------------------------------------------------
# sheet helpers


def _setup(ws, widths: dict[str, float] | list[float], freeze: Optional[str] = "A2",
           landscape: bool = True) -> None:
    """Widths, frozen panes and page set-up: must precede the first row."""
    items = widths.items() if isinstance(widths, dict) else enumerate(widths, 1)
    for key, w in items:
        letter = key if isinstance(key, str) else get_column_letter(key)
        ws.column_dimensions[letter].width = w
    if freeze:
        ws.freeze_panes = freeze
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True


def _add_table(ws, name: str, headers: list[str], rows: int, style="TableStyleMedium2") -> str:
    """A real Excel table (with filter buttons) over the header and ``rows``
    data rows.  Write-only sheets cannot be read back, so the table's
    column names are given explicitly.  Returns the data range's last row."""
    last = max(rows, 1) + 1  # a table needs at least one data row
    ref = f"A1:{get_column_letter(len(headers))}{last}"
    t = Table(displayName=name, ref=ref)
    t._initialise_columns()
    for col, h in zip(t.tableColumns, headers):
        col.name = _text(h)
    t.tableStyleInfo = TableStyleInfo(name=style, showRowStripes=True, showColumnStripes=False)
    with warnings.catch_warnings():  # "you must add table columns manually": done above
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(t)
    ws.print_title_rows = "1:1"
    return last


class _Progress:
    """A progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, total: int, enabled: Optional[bool] = None):
        if enabled is None:
            enabled = total >= PROGRESS_MIN_ROWS and _isatty(sys.stderr)
        self.bar = None
        if enabled:
            import click

            self.bar = click.progressbar(length=total, label="writing workbook", file=sys.stderr,
                                         show_pos=True, show_eta=True)
            self.bar.__enter__()

    def step(self, n: int = 1) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


# ---------------------------------------------------------------------------
# column layouts

CONFLICT_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Severity", 10), ("Kind", 13), ("Figure type", 22), ("Subject", 16), ("Period", 11),
    ("Figure A", 16), ("Figure B", 16), ("Value A", 13), ("Value B", 13),
    ("Explanation", 48),
    (COL_VERDICT, 15), (COL_REFERENCE, 13), (COL_NOTE, 30), (COL_EDITOR, 12),
    ("Speaker A", 18), ("Speaker B", 18), ("Outlet A", 14), ("Outlet B", 14),
    ("Date A", 12), ("Date B", 12), ("Claim A", 18), ("Claim B", 18), ("Other claims", 24),
    ("Tolerance", 18), ("Suggested action", 11), (COL_RECORDED, 17), (COL_ID, 18),
)
CONFLICT_HEADERS = [h for h, _ in CONFLICT_COLUMNS]

CLAIM_WIDTHS = {
    "id": 18, "doc": 26, "outlet": 14, "published": 12, "line": 6, "start": 8, "end": 8,
    "text": 16, "sentence": 60, "value": 13, "low": 13, "high": 13, "unit": 9, "hedge": 11,
    "metric": 22, "subject": 16, "speaker": 20, "cited_source": 16, "period": 11, "rule": 9,
    "subject2": 12, "status": 10, "period_start": 12, "period_end": 12, "cumulative": 11,
    "speaker_rule": 14, "speaker_evidence": 26, "story": 22, "kind": 9, "column": 8,
}
CLAIM_HEADERS = list(CLAIM_FIELDS) + ["conflicts"]
_CLAIM_DATES = {"published", "period_start", "period_end"}
_CLAIM_NUMBERS = {"value", "low", "high"}
_CLAIM_INTS = {"line", "start", "end", "column"}
_CLAIM_WRAP = {"sentence", "speaker_evidence", "story"}

SPEAKER_COLUMNS = (("Speaker", 26), ("Aliases", 30), ("Claims", 9), ("Documents", 11),
                   ("Outlets", 24), ("Figure types", 40), ("Conflicts involved", 12))
DOCUMENT_COLUMNS = (("Document", 30), ("Title", 36), ("Outlet", 16), ("Published", 12),
                    ("Stories", 9), ("Claims", 9), ("Figures", 9), ("Coverage", 10),
                    ("Characters", 11), ("Encoding", 10), ("Notes", 30), ("Ingested", 17),
                    ("SHA-256", 18))
RULE_COLUMNS = (("Code", 9), ("Name", 28), ("Summary", 50), ("Metric", 24), ("Kind", 10),
                ("Groups", 18), ("Claims matched", 10), ("File", 30))


# ---------------------------------------------------------------------------
# gathering


@dataclass
class _Tally:
    """What the pass over the claims learns, for the other sheets."""

    claims: int = 0
    by_metric: Counter = field(default_factory=Counter)
    by_rule: Counter = field(default_factory=Counter)
    by_kind: Counter = field(default_factory=Counter)
    speaker_claims: Counter = field(default_factory=Counter)
    speaker_docs: dict = field(default_factory=lambda: defaultdict(set))
    speaker_outlets: dict = field(default_factory=lambda: defaultdict(set))
    speaker_metrics: dict = field(default_factory=lambda: defaultdict(Counter))
    first: Optional[str] = None
    last: Optional[str] = None
    rows: dict = field(default_factory=dict)  # claim id -> Claims row (for conflicts' claims)
    records: dict = field(default_factory=dict)  # claim id -> Claim (for conflicts' claims)

    def add(self, c: Claim) -> None:
        self.claims += 1
        self.by_metric[c.metric or "(none)"] += 1
        self.by_rule[c.rule or "(none)"] += 1
        self.by_kind[c.kind or "(none)"] += 1
        sp = c.speaker or ""
        self.speaker_claims[sp] += 1
        self.speaker_docs[sp].add(c.doc_sha)
        if c.outlet:
            self.speaker_outlets[sp].add(c.outlet)
        self.speaker_metrics[sp][c.metric or "(none)"] += 1
        if c.published:
            d = c.published[:10]
            if self.first is None or d < self.first:
                self.first = d
            if self.last is None or d > self.last:
                self.last = d


def _iter_claims(ledger):
    """Claims in Claims-sheet order, read in batches when the ledger can."""
    it = getattr(ledger, "iter_claim_records", None)
    return it() if it is not None else iter(ledger.claim_records())


def _rules_of(ruleset) -> tuple[list, Optional[str]]:
    """The rule set's rules (duck-typed) and, if they cannot be listed, why."""
    if ruleset is None:
        return [], "no rule set was given to the report"
    rules = getattr(ruleset, "rules", None)
    if rules is None:
        try:
            rules = list(ruleset)
        except TypeError:
            return [], f"the rule set ({type(ruleset).__name__}) does not list its rules"
    return list(rules), None


def _aliases(ruleset) -> dict[str, list[str]]:
    """canonical speaker -> aliases: from ``speakers.yaml`` in the rule set's
    folder (the attribution stage's file: ``speakers: [{name, aliases}]``)
    and from alias word lists (``alias => canonical``).  Anything missing or
    malformed just gives no aliases: the attribution stage validates these
    files, the report only shows them."""
    out: dict[str, set] = defaultdict(set)
    root = getattr(ruleset, "root", None)
    if root:
        try:
            import yaml

            with open(os.path.join(str(root), "speakers.yaml"), encoding="utf-8") as fh:
                data = yaml.safe_load(fh) or {}
            for entry in data.get("speakers") or []:
                name = entry.get("name") if isinstance(entry, dict) else None
                if isinstance(name, str):
                    out[name].update(a for a in entry.get("aliases") or [] if isinstance(a, str) and a != name)
        except Exception:  # yaml errors, bad shapes: no aliases, never a failed report
            pass
    lists = getattr(ruleset, "lists", None) or {}
    if isinstance(lists, dict):
        for name, wl in lists.items():
            if not any(k in str(name) for k in ("speaker", "people", "person")):
                continue
            canon = getattr(wl, "canonical", None)
            if isinstance(canon, dict):
                for alias, c in canon.items():
                    if alias != c:
                        out[c].add(alias)
    return {k: sorted(v) for k, v in out.items()}


# ---------------------------------------------------------------------------
# writing


def write_report(ledger, path: str, ruleset=None, *, progress: Optional[bool] = None) -> None:
    """Write the editor's workbook for ``ledger`` to ``path`` (atomically)."""
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".ledger-report-", suffix=".xlsx.tmp", dir=folder)
    os.close(fd)
    try:
        _write(ledger, tmp, ruleset, progress)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _write(ledger, out: str, ruleset, progress: Optional[bool]) -> None:
    made = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)
    state = ledger.state()
    counts = ledger.counts()
    conflicts: list[Conflict] = ledger.conflict_records()
    verdicts = ledger.verdicts()
    docs = ledger.document_rows()
    fingerprint = findings_fingerprint(conflicts)

    wanted: set[str] = set()
    claim_conflicts: dict[str, list[int]] = defaultdict(list)  # claim id -> Conflicts rows
    for row, c in enumerate(conflicts, 2):
        wanted.update(c.claims)
        for cid in c.claims:
            claim_conflicts[cid].append(row)

    wb = Workbook(write_only=True)
    ws_summary = wb.create_sheet("Summary")
    ws_conf = wb.create_sheet("Conflicts")
    ws_claims = wb.create_sheet("Claims")
    ws_speakers = wb.create_sheet("Speakers")
    ws_docs = wb.create_sheet("Documents")
    ws_rules = wb.create_sheet("Rules")

    bar = _Progress(counts["claims"] + len(conflicts), progress)
    ok = False
    try:
        tally = _write_claims(ws_claims, _iter_claims(ledger), wanted, claim_conflicts, bar)
        _write_conflicts(ws_conf, conflicts, verdicts, tally, bar)
        _write_speakers(ws_speakers, tally, conflicts, ruleset)
        _write_documents(ws_docs, docs)
        rules, rules_note = _rules_of(ruleset)
        _write_rules(ws_rules, rules, rules_note, tally)
        _write_summary(ws_summary, ledger=ledger, state=state, made=made, docs=docs,
                       conflicts=conflicts, verdicts=verdicts, tally=tally, ruleset=ruleset,
                       rules=rules, rules_note=rules_note, fingerprint=fingerprint)
        ok = True
    finally:
        bar.close()
        if not ok:
            _abandon(wb)

    wb.properties.title = "Fact-check ledger"
    wb.properties.creator = "ledger"
    wb.properties.created = made
    wb.properties.modified = made
    wb.properties.description = f"Made from ledger state {state}"
    props = wb.custom_doc_props
    props.append(IntProperty(name=PROP_STATE, value=state))
    props.append(StringProperty(name=PROP_DB, value=_text(os.path.abspath(ledger.path))))
    props.append(StringProperty(name=PROP_MADE, value=made.isoformat() + "Z"))
    props.append(StringProperty(name=PROP_FINDINGS, value=fingerprint))
    props.append(IntProperty(name=PROP_LAYOUT, value=LAYOUT_VERSION))
    wb.save(out)


def _abandon(wb) -> None:
    """After a failure: finish each sheet's stream and delete its temporary
    file (openpyxl keeps one per write-only sheet)."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        try:
            ws.close()
        except Exception:
            pass
        try:
            writer.cleanup()
        except Exception:
            pass


def _write_claims(ws, claims, wanted: set, claim_conflicts: dict, bar: _Progress) -> _Tally:
    st = _Styles(ws)
    _setup(ws, [CLAIM_WIDTHS.get(h, 12) for h in CLAIM_HEADERS], freeze="B2")
    ws.append(st.header(CLAIM_HEADERS))
    tally = _Tally()
    row = 1
    for c in claims:
        row += 1
        tally.add(c)
        if c.id in wanted:
            tally.rows[c.id] = row
            tally.records[c.id] = c
        out = []
        for name in CLAIM_FIELDS:
            v = getattr(c, name)
            if name == "sentence":
                out.append(st.marked_sentence(v, c.text))
            elif name in _CLAIM_NUMBERS:
                out.append(st.number(v, c.unit))
            elif name in _CLAIM_INTS:
                out.append(st.integer(v))
            elif name in _CLAIM_DATES:
                out.append(st.when(v))
            elif isinstance(v, bool):
                out.append(v)
            else:
                out.append(st.text(v, wrap=name in _CLAIM_WRAP))
        rows = claim_conflicts.get(c.id)
        out.append(st.link(len(rows), "Conflicts", rows[0]) if rows else 0)
        ws.append(out)
        if row % 500 == 0:
            bar.step(500)
    bar.step((row - 1) % 500)
    _add_table(ws, "ClaimsTable", CLAIM_HEADERS, row - 1)
    return tally


def _write_conflicts(ws, conflicts: list[Conflict], verdicts: dict, tally: _Tally,
                     bar: _Progress) -> None:
    st = _Styles(ws)
    _setup(ws, [w for _, w in CONFLICT_COLUMNS], freeze="D2")
    ws.append(st.header(CONFLICT_HEADERS, editor=EDITOR_COLUMNS))
    col = {h: get_column_letter(i) for i, h in enumerate(CONFLICT_HEADERS, 1)}
    for i, k in enumerate(conflicts):
        claims = [tally.records.get(cid) for cid in k.claims]
        a = claims[0] if claims else None
        b = claims[1] if len(claims) > 1 else None
        unit = next((c.unit for c in claims if c is not None), None)
        v = verdicts.get(k.id, {})

        def side(c: Optional[Claim], attr: str):
            return None if c is None else getattr(c, attr)

        def claim_link(idx: int):
            if idx >= len(k.claims):
                return None
            cid = k.claims[idx]
            row = tally.rows.get(cid)
            if row is None:
                return st.text(f"{cid} (not in ledger)")
            return st.link(cid, "Claims", row)

        others = []
        for cid, c in zip(k.claims[2:], claims[2:]):
            if c is None:
                others.append(f"{cid} (not in ledger)")
            else:
                who = ", ".join(x for x in (c.speaker, c.outlet) if x)
                others.append(f"{c.text} [{cid}, Claims row {tally.rows[cid]}]" + (f" ({who})" if who else ""))
        ws.append([
            st.text(k.severity), st.text(k.kind), st.text(k.metric), st.text(k.subject),
            st.text(k.period),
            st.text(side(a, "text")), st.text(side(b, "text")),
            st.number(side(a, "value"), side(a, "unit")), st.number(side(b, "value"), side(b, "unit")),
            st.text(k.explanation, wrap=True),
            st.text(v.get("verdict") or "open", editor=True),
            st.number(v.get("reference_value"), unit, editor=True),
            st.text(v.get("note"), wrap=True, editor=True) or st.cell(None, ("editor", None)),
            st.text(v.get("editor"), editor=True) or st.cell(None, ("editor", None)),
            st.text(side(a, "speaker")), st.text(side(b, "speaker")),
            st.text(side(a, "outlet")), st.text(side(b, "outlet")),
            st.when(side(a, "published")), st.when(side(b, "published")),
            claim_link(0), claim_link(1),
            st.text("; ".join(others), wrap=True) if others else None,
            st.text(k.tolerance, wrap=True), st.text(k.action),
            st.when(v.get("recorded_at")),
            st.text(k.id),
        ])
        if i % 500 == 499:
            bar.step(500)
    bar.step(len(conflicts) % 500)
    last = _add_table(ws, "ConflictsTable", CONFLICT_HEADERS, len(conflicts))

    dv = DataValidation(type="list", formula1='"' + ",".join(VERDICTS) + '"', allow_blank=True,
                        showErrorMessage=True, errorStyle="stop", showInputMessage=True,
                        errorTitle="Not a verdict", promptTitle="Verdict",
                        error="Choose one of: " + ", ".join(VERDICTS),
                        prompt="open, confirmed, corrected, accepted dispute or false alarm")
    dv.add(f"{col[COL_VERDICT]}2:{col[COL_VERDICT]}{last}")
    ws.data_validations.append(dv)
    ref = DataValidation(type="decimal", operator="between", formula1="-1E+300", formula2="1E+300",
                         allow_blank=True, showErrorMessage=True, errorStyle="stop",
                         errorTitle="Not a number",
                         error="The reference value is a number (the figure you checked).")
    ref.add(f"{col[COL_REFERENCE]}2:{col[COL_REFERENCE]}{last}")
    ws.data_validations.append(ref)

    sev = f"{col['Severity']}2:{col['Severity']}{last}"
    for name, (bg, fg) in SEVERITY_COLOURS.items():
        ws.conditional_formatting.add(sev, CellIsRule(
            operator="equal", formula=[f'"{name}"'], fill=PatternFill("solid", bgColor=bg),
            font=Font(bold=True, color=fg)))
    ver = f"{col[COL_VERDICT]}2:{col[COL_VERDICT]}{last}"
    for name, bg in VERDICT_COLOURS.items():
        ws.conditional_formatting.add(ver, CellIsRule(
            operator="equal", formula=[f'"{name}"'], fill=PatternFill("solid", bgColor=bg)))


def _write_speakers(ws, tally: _Tally, conflicts: list[Conflict], ruleset) -> None:
    st = _Styles(ws)
    _setup(ws, [w for _, w in SPEAKER_COLUMNS])
    headers = [h for h, _ in SPEAKER_COLUMNS]
    ws.append(st.header(headers))
    involved: Counter = Counter()
    for k in conflicts:
        names = {(tally.records[cid].speaker or "") for cid in k.claims if cid in tally.records}
        for n in names:
            involved[n] += 1
    aliases = _aliases(ruleset)
    order = sorted(tally.speaker_claims, key=lambda s: (s == "", -tally.speaker_claims[s], s))
    for sp in order:
        metrics = tally.speaker_metrics[sp].most_common()
        shown = ", ".join(f"{m} ({n})" for m, n in metrics[:6]) + (" …" if len(metrics) > 6 else "")
        ws.append([
            st.text(sp) if sp else st.cell("(no speaker found)", ("muted", None)),
            st.text(", ".join(aliases.get(sp, ())), wrap=True),
            st.integer(tally.speaker_claims[sp]),
            st.integer(len(tally.speaker_docs[sp])),
            st.text(", ".join(sorted(tally.speaker_outlets[sp])), wrap=True),
            st.text(shown, wrap=True),
            st.integer(involved.get(sp, 0)),
        ])
    _add_table(ws, "SpeakersTable", headers, len(order))


def _write_documents(ws, docs: list[dict]) -> None:
    st = _Styles(ws)
    _setup(ws, [w for _, w in DOCUMENT_COLUMNS])
    headers = [h for h, _ in DOCUMENT_COLUMNS]
    ws.append(st.header(headers))
    for d in docs:
        stories = d.get("stories") or []
        figures = d.get("figures") or 0
        coverage = (d["claims"] / figures) if figures else None
        ws.append([
            st.text(d["path"]), st.text(d.get("title"), wrap=True), st.text(d.get("outlet")),
            st.when(d.get("published")),
            st.integer(max(len(stories), 1)), st.integer(d["claims"]), st.integer(figures),
            st.cell(coverage, ("pct", None)) if coverage is not None else None,
            st.integer(d.get("chars")), st.text(d.get("encoding")),
            st.text("; ".join(map(str, d.get("notes") or [])), wrap=True),
            st.when(d.get("ingested_at")), st.text(d["sha256"]),
        ])
    _add_table(ws, "DocumentsTable", headers, len(docs))


def _write_rules(ws, rules: list, note: Optional[str], tally: _Tally) -> None:
    st = _Styles(ws)
    _setup(ws, [w for _, w in RULE_COLUMNS])
    headers = [h for h, _ in RULE_COLUMNS]
    ws.append(st.header(headers))
    n = 0
    seen = set()
    for r in rules:
        code = getattr(r, "code", None)
        seen.add(code)
        groups = getattr(r, "groups", ()) or ()
        ws.append([
            st.text(code or "?"), st.text(getattr(r, "name", None)),
            st.text(getattr(r, "summary", None), wrap=True), st.text(getattr(r, "metric", None)),
            st.text(getattr(r, "kind", None)),
            st.text(", ".join(map(str, groups)) if not isinstance(groups, str) else groups),
            st.integer(tally.by_rule.get(code, 0)),
            st.text(getattr(r, "path", None)),
        ])
        n += 1
    # Rules that typed claims in the ledger but are not in this rule set.
    for code, count in sorted(tally.by_rule.items()):
        if code in seen or code == "(none)":
            continue
        why = note or "not in the current rule set (claims typed by an older or other rule set)"
        ws.append([st.text(code), None, st.cell(_text(why), ("muted", None)), None, None, None,
                   st.integer(count), None])
        n += 1
    _add_table(ws, "RulesTable", headers, n)


def _write_summary(ws, *, ledger, state, made, docs, conflicts, verdicts, tally, ruleset,
                   rules, rules_note, fingerprint) -> None:
    st = _Styles(ws)
    _setup(ws, [30, 14, 14, 14, 14, 14, 14], freeze=None, landscape=True)
    ws.print_options.gridLines = False
    rows: list[list] = []

    def kv(label, *values):
        rows.append([st.cell(label, ("label", None)), *values])

    rows.append([st.cell("Fact-check ledger", ("title", None))])
    rows.append([st.cell("Work on the Conflicts sheet: fill Verdict, Reference value, Note and "
                         "Editor, save, then run: ledger review <this file>", ("muted", None))])
    rows.append([])
    kv(LABEL_MADE, st.cell(made, ("date", "yyyy-mm-dd hh:mm")), st.text("UTC"))
    kv(LABEL_DB, st.text(os.path.abspath(ledger.path)))
    kv(LABEL_STATE, st.integer(state))
    kv(LABEL_FINDINGS, st.text(fingerprint))
    kv("Documents", st.integer(len(docs)))
    outlets = sorted({d["outlet"] for d in docs if d.get("outlet")})
    kv("Outlets", st.integer(len(outlets)), st.text(", ".join(outlets)))
    dates = [d["published"][:10] for d in docs if d.get("published")]
    first = min([x for x in (tally.first, *dates) if x], default=None)
    last = max([x for x in (tally.last, *dates) if x], default=None)
    kv("Date range", st.when(first), st.when(last))
    if rules_note:
        kv("Rule set", st.cell(rules_note, ("muted", None)))
    else:
        root = getattr(ruleset, "root", None)
        kv("Rule set", st.integer(len(rules)), st.text(f"rules from {root}" if root else "rules"))
    kv("Claims", st.integer(tally.claims))
    kv("Findings", st.integer(len(conflicts)))
    live = {k.id for k in conflicts}
    decided = Counter(v["verdict"] for cid, v in verdicts.items() if cid in live)
    kv("Verdicts recorded", st.integer(sum(n for vv, n in decided.items() if vv != "open")),
       st.text(f"{len(conflicts) - sum(n for vv, n in decided.items() if vv != 'open')} still open"))
    rows.append([])

    # Findings by severity and kind (chart 1 reads this block).
    rows.append([st.cell("Findings by severity and kind", ("section", None))])
    kinds = list(KINDS) + sorted({k.kind for k in conflicts} - set(KINDS))
    sevs = list(SEVERITIES) + sorted({k.severity for k in conflicts} - set(SEVERITIES))
    grid = Counter((k.severity, k.kind) for k in conflicts)
    head_row = len(rows) + 1
    rows.append(st.header(["Severity", *kinds, "Total"]))
    for s in sevs:
        vals = [grid[(s, k)] for k in kinds]
        rows.append([st.text(s), *(st.integer(x) for x in vals), st.integer(sum(vals))])
    totals = [sum(grid[(s, k)] for s in sevs) for k in kinds]
    rows.append([st.cell("Total", ("label", None)), *(st.integer(x) for x in totals),
                 st.integer(sum(totals))])
    sev_block = (head_row, head_row + len(sevs), len(kinds))
    rows.append([])

    rows.append([st.cell("Verdicts", ("section", None))])
    rows.append(st.header(["Verdict", "Findings"]))
    for vv in VERDICTS:
        n = decided.get(vv, 0) if vv != "open" else len(conflicts) - sum(
            c for x, c in decided.items() if x != "open")
        rows.append([st.text(vv), st.integer(n)])
    rows.append([])

    # Claims and findings by figure type (chart 2 reads this block).
    rows.append([st.cell("Claims and findings by figure type", ("section", None))])
    by_metric_findings = Counter(k.metric or "(none)" for k in conflicts)
    metric_head = len(rows) + 1
    rows.append(st.header(["Figure type", "Claims", "Findings"]))
    metrics = sorted(set(tally.by_metric) | set(by_metric_findings),
                     key=lambda m: (-tally.by_metric.get(m, 0), m))
    for m in metrics:
        rows.append([st.text(m), st.integer(tally.by_metric.get(m, 0)),
                     st.integer(by_metric_findings.get(m, 0))])
    rows.append([])

    rows.append([st.cell("Claims by figure kind", ("section", None))])
    rows.append(st.header(["Figure kind", "Claims"]))
    for kname, n in tally.by_kind.most_common():
        rows.append([st.text(kname), st.integer(n)])

    for r in rows:
        ws.append(r)

    if conflicts:
        ch = BarChart()
        ch.type = "col"
        ch.grouping = "stacked"
        ch.overlap = 100
        ch.title = "Findings by kind and severity"
        ch.y_axis.title = "Findings"
        data = Reference(ws, min_col=2, max_col=1 + sev_block[2], min_row=sev_block[0] + 1,
                         max_row=sev_block[1])
        ch.add_data(data, from_rows=True, titles_from_data=False)
        for s_, name in zip(ch.series, sevs):
            from openpyxl.chart.series import SeriesLabel

            s_.tx = SeriesLabel(v=name)
            colour = SEVERITY_COLOURS.get(name, ("808080",))[0]
            s_.graphicalProperties.solidFill = colour
            s_.graphicalProperties.line.solidFill = colour
        ch.set_categories(Reference(ws, min_col=2, max_col=1 + sev_block[2], min_row=sev_block[0],
                                    max_row=sev_block[0]))
        ch.height, ch.width = 7.5, 15
        ws.add_chart(ch, "E3")
    top = min(len(metrics), 15)
    if top:
        ch2 = BarChart()
        ch2.type = "bar"
        ch2.title = "Claims by figure type" + (" (top 15)" if len(metrics) > 15 else "")
        ch2.add_data(Reference(ws, min_col=2, max_col=3, min_row=metric_head,
                               max_row=metric_head + top), titles_from_data=True)
        ch2.set_categories(Reference(ws, min_col=1, min_row=metric_head + 1, max_row=metric_head + top))
        ch2.y_axis.title = "Claims"
        ch2.x_axis.scaling.orientation = "maxMin"  # biggest at the top
        ch2.height, ch2.width = max(7.5, 0.55 * top + 3), 15
        ws.add_chart(ch2, "E20")


# ---------------------------------------------------------------------------
# reading the editor columns back


@dataclass(frozen=True)
class EditorCell:
    coordinate: str  # "Conflicts!K7"
    value: Any


@dataclass(frozen=True)
class EditorRow:
    conflict_id: str
    id_cell: str
    verdict: EditorCell
    reference: EditorCell
    note: EditorCell
    editor: EditorCell
    recorded: Optional[EditorCell] = None  # None when the sheet has no such column


@dataclass(frozen=True)
class EditorSheet:
    """What ``ledger review`` needs from a workbook."""

    path: str
    state: Optional[int]
    db: Optional[str]
    made_at: Optional[str]
    findings: Optional[str]  # fingerprint of the findings the workbook was made from
    rows: tuple[EditorRow, ...]


def read_editor_rows(path: str) -> EditorSheet:
    """Read the editor columns of a ledger workbook, by header name."""
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a bad file
        raise WorkbookError(f"{path}: cannot read as an Excel workbook ({type(exc).__name__}: {exc})") from None
    try:
        meta = {p.name: p.value for p in getattr(wb, "custom_doc_props", []) or []}
        if "Conflicts" not in wb.sheetnames:
            raise WorkbookError(f"{path}: no Conflicts sheet; not a ledger workbook")
        if PROP_STATE not in meta and "Summary" in wb.sheetnames:
            meta.update(_summary_meta(wb["Summary"]))
        ws = wb["Conflicts"]
        rows_iter = ws.iter_rows()
        try:
            header = next(rows_iter)
        except StopIteration:
            raise WorkbookError(f"{path}: the Conflicts sheet is empty") from None
        cols: dict[str, int] = {}
        for i, cell in enumerate(header):
            if isinstance(cell.value, str) and cell.value.strip() not in cols:
                cols[cell.value.strip()] = i
        missing = [h for h in (COL_ID, *EDITOR_COLUMNS) if h not in cols]
        if missing:
            raise WorkbookError(f"{path}: the Conflicts sheet has no column {', '.join(map(repr, missing))}")
        out = []
        for r, cells in enumerate(rows_iter, 2):
            def get(name):
                i = cols[name]
                value = cells[i].value if i < len(cells) else None
                return EditorCell(f"Conflicts!{get_column_letter(i + 1)}{r}", value)

            cid = get(COL_ID)
            if cid.value is None or (isinstance(cid.value, str) and not cid.value.strip()):
                continue
            out.append(EditorRow(str(cid.value).strip(), cid.coordinate, get(COL_VERDICT),
                                 get(COL_REFERENCE), get(COL_NOTE), get(COL_EDITOR),
                                 get(COL_RECORDED) if COL_RECORDED in cols else None))
    finally:
        wb.close()
    state = meta.get(PROP_STATE)
    try:
        state = int(state) if state is not None else None
    except (TypeError, ValueError):
        state = None
    return EditorSheet(path=path, state=state, db=meta.get(PROP_DB), made_at=meta.get(PROP_MADE),
                       findings=meta.get(PROP_FINDINGS), rows=tuple(out))


def _summary_meta(ws) -> dict:
    labels = {LABEL_STATE: PROP_STATE, LABEL_DB: PROP_DB, LABEL_MADE: PROP_MADE,
              LABEL_FINDINGS: PROP_FINDINGS}
    out = {}
    for row in ws.iter_rows(min_row=1, max_row=30, max_col=2, values_only=True):
        if len(row) >= 2 and row[0] in labels and row[1] is not None:
            v = row[1]
            out[labels[row[0]]] = v.isoformat() + "Z" if isinstance(v, datetime) else v
    return out
