"""The editor's workbook: write it from the ledger, and read its editor columns back.

This is the only module that imports openpyxl.  It owns the workbook's
layout both ways: :func:`write_report` writes it, :func:`read_editor_rows`
reads the editor columns back for :mod:`ledger.review`.

Sheets: Summary, Conflicts, Claims, Speakers, Documents, Rules.

How it is written
-----------------
openpyxl's *write-only* mode builds the package: styles, column widths,
frozen panes, page set-up, real tables (their column names given
explicitly, as write-only sheets cannot be read back), data validation,
conditional formatting, charts and document properties.  The rows
themselves are serialised by :class:`_Sheet` as inline-string XML and
streamed to a temporary file, then placed inside the sheet openpyxl wrote,
with the sheet-internal hyperlinks: openpyxl's per-cell path costs ~10 µs a
cell, too slow for 100,000 claims of 31 columns in the 30 s budget on a
busy machine, while one f-string per cell is ~1 µs.  Claims are read from
the ledger in batches and never held together, there is no shared-string
table, so memory grows with the number of findings, not of claims
(bench/bench_report.py).  Rows with wrapped text get a height estimated
from the text and the column width (neither Excel nor LibreOffice fits
row heights when opening a file).

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
import shutil
import sys
import tempfile
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from operator import attrgetter
from typing import Any, Optional

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.series import SeriesLabel
from openpyxl.formatting.rule import CellIsRule
from openpyxl.packaging.custom import IntProperty, StringProperty
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

from .records import CLAIM_FIELDS, KINDS, SEVERITIES, YEARLESS_DATE, Claim, Conflict, yearless_day

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


_FIRST_DATE = date(1900, 3, 1)


def _when(value) -> Any:
    """An ISO date or datetime string as a date/datetime (Excel shows it as
    a date); anything else stays text."""
    if not value or not isinstance(value, str):
        return None
    s = value.strip()
    try:
        if len(s) == 10:
            d = date.fromisoformat(s)
        else:
            d = datetime.fromisoformat(s.replace("Z", "+00:00"))
            d = d.replace(tzinfo=None) if d.tzinfo else d
    except ValueError:
        return s
    # Excel has no dates before 1900 (and 1900's first two months are off
    # by a day): older dates stay text, as written.
    day = d.date() if isinstance(d, datetime) else d
    return s if day < _FIRST_DATE else d


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
# cells and sheets
#
# Rows are serialised here, not by openpyxl: its per-cell path (a Cell
# object, type guessing, an lxml element per cell) costs ~10 µs a cell,
# which for 100,000 claims of 30 columns is over the 30 s budget on its own.
# A row is a list of cell *specs*; _Sheet turns a row into XML text in one
# go and streams it to a temporary file.  openpyxl still writes everything
# else of the sheet (views, columns, tables, validation, conditional
# formats, hyperlinks, drawings) and the package; _Sheet.finish() puts the
# rows inside the sheet openpyxl wrote.  openpyxl also owns the style table:
# a style's id comes from a template cell (``style_id``).
#
# A spec is None (no cell), a plain str (an already-safe inline string), an
# int/float/bool, or a tuple (kind, value, style key, link location):
# kind "s" inline string, "r" rich text (before, figure, after), "n" number,
# "e" empty styled cell.

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
_FIGURE_RPR = '<rPr><b/><color rgb="FFC00000"/></rPr>'

SEVERITY_COLOURS = {"error": ("C00000", "FFFFFF"), "warning": ("FFC000", "000000"),
                    "info": ("9DC3E6", "000000")}
VERDICT_COLOURS = {"confirmed": "C6EFCE", "corrected": "BDD7EE", "accepted dispute": "E2EFDA",
                   "false alarm": "D9D9D9"}

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


_OOXML_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def _esc(s: str) -> str:
    """XML text; a literal "_x0041_" is kept literal (Excel would decode
    it as an escaped character) by escaping its underscore as _x005F_."""
    if "_x" in s:
        s = _OOXML_ESCAPE.sub(r"_x005F_\1", s)
    return s.translate(_ESCAPES)


_EXCEL_EPOCH_ORDINAL = date(1899, 12, 30).toordinal()
_ORDINAL_MIN, _ORDINAL_MAX = date(1900, 3, 1).toordinal(), date(9999, 12, 31).toordinal()


def _esc_attr(s: str) -> str:
    return _esc(s).replace('"', "&quot;")


def _num(v) -> str:
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    return str(int(v))


class _Cells:
    """Cell specs for one sheet: typed, styled, injection-safe."""

    def __init__(self, ws):
        self.ws = ws
        self._ids: dict[tuple, int] = {}

    def style_id(self, key: tuple) -> int:
        i = self._ids.get(key)
        if i is None:
            t = WriteOnlyCell(self.ws)
            kind = key[0]
            if kind == "header":
                t.font, t.alignment = _HEADER_FONT, _WRAP
                t.fill = _EDITOR_HEADER_FILL if key[1] else _HEADER_FILL
            elif kind == "text":  # ("text", wrap, editor, quote)
                t.alignment = _WRAP if key[1] or key[2] else _TOP
                if key[2]:
                    t.fill = _EDITOR_FILL
                if key[3]:
                    t.quotePrefix = True
            elif kind == "num":  # ("num", format, editor)
                t.number_format, t.alignment = key[1], _TOP
                if key[2]:
                    t.fill = _EDITOR_FILL
            elif kind == "num_left":  # ("num_left", format): the Summary's values
                t.number_format = key[1]
                t.alignment = Alignment(horizontal="left", vertical="top")
            elif kind == "bool":
                t.number_format, t.alignment = '"TRUE";"TRUE";"FALSE"', _TOP
            elif kind == "pct":
                t.number_format, t.alignment = "0%", _TOP
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
            elif kind == "note":  # a line of our own, not wrapped (runs across empty cells)
                t.font = _MUTED_FONT
            i = self._ids[key] = t.style_id
        return i

    def text(self, value, *, wrap: bool = False, editor: bool = False):
        """A text cell (never a formula), or None for nothing."""
        if value is None:
            return None
        s = _text(value)
        if s == "":
            return self.empty(editor) if editor else None
        return ("s", s, ("text", wrap, editor, risky(s)), None)

    def styled(self, s: str, key: tuple):
        """Our own words (labels, notes) in a given style."""
        return ("s", _text(s), key, None)

    def empty(self, editor: bool = True):
        return ("e", None, ("text", True, editor, False), None)

    def number(self, value, unit: Optional[str] = None, *, editor: bool = False):
        f = _number(value)
        if f is None:
            return self.empty() if editor else None
        if unit == "date" and _ORDINAL_MIN <= f <= _ORDINAL_MAX and f.is_integer():
            # a date figure ("29 February 2020"): its value is the date's
            # ordinal; shown as the date it is
            return ("n", f - _EXCEL_EPOCH_ORDINAL, ("num", "yyyy-mm-dd", editor), None)
        if unit == YEARLESS_DATE and 1 <= f <= 366 and f.is_integer():
            # a day with no year ("on August 13", no publication date): its value is the
            # day of a leap year; shown as the day and month only
            return ("n", yearless_day(f).toordinal() - _EXCEL_EPOCH_ORDINAL, ("num", "d mmmm", editor), None)
        fmt = ("#,##0" if f.is_integer() else "#,##0.0###") + _unit_suffix(unit)
        return ("n", f, ("num", fmt, editor), None)

    def integer(self, value, *, left: bool = False):
        if value is None:
            return None
        return ("n", int(value), ("num_left", "#,##0") if left else ("num", "#,##0", False), None)

    def boolean(self, value):
        return None if value is None else ("b", bool(value), ("bool",), None)

    def percent(self, value):
        return None if value is None else ("n", float(value), ("pct",), None)

    def when(self, value, *, left: bool = False):
        v = _when(value)
        if v is None:
            return None
        if isinstance(v, str):
            return self.text(v)
        fmt = "yyyy-mm-dd hh:mm" if isinstance(v, datetime) else "yyyy-mm-dd"
        return ("n", to_excel(v), ("num_left", fmt) if left else ("num", fmt, False), None)

    def link(self, label, sheet: str, row: int, col: str = "A"):
        """A cell that links to another sheet's cell; a str label stays text."""
        loc = f"{quote_sheetname(sheet)}!{col}{row}"
        if isinstance(label, str):
            return ("s", _text(label), ("link",), loc)
        return ("n", label, ("link",), loc)

    def marked_sentence(self, sentence: Optional[str], figure: Optional[str]):
        """The sentence with the figure's words in bold red (rich text); the
        cell's text stays exactly the sentence."""
        if not sentence:
            return None
        s = _text(sentence)
        at = s.find(figure) if figure else -1
        if at < 0 or len(s) >= EXCEL_CELL_LIMIT:
            return self.text(s, wrap=True)
        return ("r", (s[:at], figure, s[at + len(figure):]), ("text", True, False, risky(s)), None)

    def header(self, names, editor=()):
        return [("s", _text(n), ("header", n in editor), None) for n in names]


class _Sheet:
    """A write-only worksheet whose rows we serialise (see above)."""

    FLUSH = 256

    def __init__(self, wb, title: str, widths, freeze: Optional[str] = "A2", landscape: bool = True):
        self.ws = ws = wb.create_sheet(title)
        _setup(ws, widths, freeze, landscape)
        self.cells = _Cells(ws)
        fd, self.rows_path = tempfile.mkstemp(prefix="ledger-rows-", suffix=".xml")
        self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self.n = 0
        self.links: list[tuple[str, str]] = []
        self._buf: list[str] = []
        self._letters: list[str] = []
        self._widths = [float(w) for w in (widths.values() if isinstance(widths, dict) else widths)]
        self._style_cache: dict[tuple, tuple[str, bool, bool]] = {}

    def _style(self, key: tuple) -> tuple[str, bool, bool]:
        """(style attribute, wraps?, bold?) of a style key, cached."""
        got = self._style_cache.get(key)
        if got is None:
            s = self.cells.style_id(key)
            wraps = key[0] in _WRAPPING and (key[0] != "text" or key[1] or key[2])
            got = self._style_cache[key] = (f' s="{s}"' if s else "", wraps, key[0] == "header")
        return got

    def append(self, cells) -> int:
        """Write one row; returns its number."""
        self.n += 1
        r = self.n
        rs = str(r)
        if len(cells) > len(self._letters):
            self._letters = [get_column_letter(i) for i in range(1, len(cells) + 1)]
            self._widths += [10.0] * (len(cells) - len(self._widths))
        letters, style, esc = self._letters, self._style, _esc
        out = [""]  # the row element, once its height is known
        add = out.append
        lines = 1
        for i, c in enumerate(cells):
            if c is None:
                continue
            ref = letters[i] + rs
            if type(c) is tuple:
                kind, v, key, loc = c
                sattr, wraps, bold = style(key)
                if wraps and v:
                    n = _line_count(v if kind != "r" else "".join(v), self._widths[i], bold)
                    if n > lines:
                        lines = n
                if loc:
                    self.links.append((ref, loc))
            else:
                v, sattr = c, ""
                kind = "b" if isinstance(v, bool) else "n" if isinstance(v, (int, float)) else "s"
            if kind == "s":
                add(f'<c r="{ref}"{sattr} t="inlineStr"><is><t xml:space="preserve">{esc(v)}</t></is></c>')
            elif kind == "n":
                add(f'<c r="{ref}"{sattr}><v>{_num(v)}</v></c>')
            elif kind == "r":
                runs = "".join(f'<r>{_FIGURE_RPR if j == 1 else ""}<t xml:space="preserve">{esc(p)}</t></r>'
                               for j, p in enumerate(v) if p)
                add(f'<c r="{ref}"{sattr} t="inlineStr"><is>{runs}</is></c>')
            elif kind == "b":
                add(f'<c r="{ref}"{sattr} t="b"><v>{int(v)}</v></c>')
            else:  # "e": styled, empty
                add(f'<c r="{ref}"{sattr}/>')
        # Wrapped text needs a taller row: neither Excel nor LibreOffice
        # fits row heights when opening a file, so the height is estimated
        # from the text and the column width.
        out[0] = (f'<row r="{rs}" ht="{min(409, 15 * lines)}" customHeight="1">' if lines > 1
                  else f'<row r="{rs}">')
        add("</row>")
        self._buf.append("".join(out))
        if len(self._buf) >= self.FLUSH:
            self.fh.write("".join(self._buf))
            self._buf.clear()
        return r

    def finish(self) -> None:
        """Close the sheet: openpyxl writes its frame and tail, then the rows
        go inside its (empty) sheetData."""
        self.fh.write("".join(self._buf))
        self._buf.clear()
        self.fh.close()
        ws = self.ws
        ws.close()
        frame_path = ws._writer.out
        with open(frame_path, encoding="utf-8") as fh:
            frame = fh.read()
        m = _SHEETDATA.search(frame)
        if m is None or "<hyperlinks" in frame:  # pragma: no cover - openpyxl changed its output
            raise RuntimeError("cannot place rows in the sheet openpyxl wrote")
        tail = frame[m.end():]
        # Internal links (no relationship needed) go where the schema puts
        # <hyperlinks>: before the first of these elements.
        at = min((i for i in (tail.find(t) for t in _AFTER_HYPERLINKS) if i >= 0), default=len(tail))
        with open(frame_path, "w", encoding="utf-8", newline="") as out, \
                open(self.rows_path, encoding="utf-8", newline="") as rows:
            out.write(frame[:m.start()])
            out.write("<sheetData>")
            shutil.copyfileobj(rows, out, 1 << 20)
            out.write("</sheetData>")
            out.write(tail[:at])
            if self.links:
                out.write("<hyperlinks>")
                for i in range(0, len(self.links), 1000):
                    out.write("".join(f'<hyperlink ref="{ref}" location="{_esc_attr(loc)}"/>'
                                      for ref, loc in self.links[i:i + 1000]))
                out.write("</hyperlinks>")
            out.write(tail[at:])
        self.links = []
        self.discard()

    def discard(self) -> None:
        try:
            self.fh.close()
        except Exception:
            pass
        try:
            os.unlink(self.rows_path)
        except OSError:
            pass


_WRAPPING = ("text", "header", "muted")


def _line_count(text: str, width: float, bold: bool = False) -> int:
    """About how many lines ``text`` takes wrapped in a column ``width``
    characters wide (Calibri 11: ~1.1 characters per width unit)."""
    per = max(1, int(width * (1.0 if bold else 1.1)) - 1)
    n = 0
    for para in text.split("\n"):
        n += max(1, -(-len(para) // per))
        if n > 27:  # 409 points, Excel's tallest row
            break
    return n


_SHEETDATA = re.compile(r"<sheetData\s*/>|<sheetData>\s*</sheetData>")
_AFTER_HYPERLINKS = ("<printOptions", "<pageMargins", "<pageSetup", "<headerFooter", "<rowBreaks",
                     "<colBreaks", "<customProperties", "<cellWatches", "<ignoredErrors",
                     "<smartTags", "<drawing", "<legacyDrawing", "<picture", "<oleObjects",
                     "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>")


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


def _add_table(ws, name: str, headers: list[str], rows: int, style="TableStyleMedium2") -> int:
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
    ("Explanation", 56),
    (COL_VERDICT, 15), (COL_REFERENCE, 13), (COL_NOTE, 30), (COL_EDITOR, 12),
    ("Speaker A", 18), ("Speaker B", 18), ("Outlet A", 14), ("Outlet B", 14),
    ("Date A", 12), ("Date B", 12), ("Claim A", 18), ("Claim B", 18), ("Other claims", 24),
    ("Tolerance", 18), ("Suggested action", 11), (COL_RECORDED, 18), (COL_ID, 18),
)
CONFLICT_HEADERS = [h for h, _ in CONFLICT_COLUMNS]

READING_NOTES = (
    ("On Conflicts", "one row per finding, most severe first; the two claims side by side (A, B), "
                  "links to their rows on Claims; filter with the header buttons"),
    ("Verdict", "open, confirmed, corrected, accepted dispute or false alarm (the dropdown); "
                "Reference value: the figure you checked, as a number"),
    ("Conflict id", "how `ledger review` finds the finding again: do not edit it (sorting and "
                    "filtering the rows is fine)"),
    ("On Claims", "every figure the ledger holds; the figure's words are in bold red in its sentence"),
    ("Coverage", "on Documents: the share of a document's figures that became claims "
                 "(claims typing a date are not counted)"),
    ("Numbers and dates", "values are numbers with their unit in the format (100 year, 12.5%); "
                          "dates are dates (Made at, Ingested and Verdict recorded in UTC)"),
)

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
_CLAIM_WRAP = {"sentence"}  # the one long text an editor reads; the rest stay one line

SPEAKER_COLUMNS = (("Speaker", 26), ("Aliases", 30), ("Claims", 9), ("Documents", 11),
                   ("Outlets", 24), ("Figure types", 40), ("Conflicts involved", 12))
DOCUMENT_COLUMNS = (("Document", 30), ("Title", 36), ("Outlet", 16), ("Published", 12),
                    ("Stories", 9), ("Claims", 9), ("Figures", 9), ("Coverage", 10),
                    ("Characters", 11), ("Encoding", 10), ("Notes", 30), ("Ingested", 17),
                    ("SHA-256", 66))
RULE_COLUMNS = (("Code", 9), ("Name", 28), ("Summary", 50), ("Metric", 24), ("Kind", 10),
                ("Groups", 18), ("Claims matched", 10), ("File", 26))


# ---------------------------------------------------------------------------
# gathering


@dataclass(frozen=True, slots=True)
class _Side:
    """What the Conflicts sheet shows of a claim (kept instead of the whole
    claim, so memory follows the findings, not the sentences)."""

    text: str
    value: float
    unit: str
    speaker: Optional[str]
    outlet: Optional[str]
    published: Optional[str]


@dataclass
class _Tally:
    """What the pass over the claims learns, for the other sheets."""

    claims: int = 0
    by_metric: Counter = field(default_factory=Counter)
    by_rule: Counter = field(default_factory=Counter)
    by_kind: Counter = field(default_factory=Counter)
    doc_figure_claims: Counter = field(default_factory=Counter)  # doc sha -> claims on figures
    speaker_claims: Counter = field(default_factory=Counter)
    speaker_docs: dict = field(default_factory=lambda: defaultdict(set))
    speaker_outlets: dict = field(default_factory=lambda: defaultdict(set))
    speaker_metrics: dict = field(default_factory=lambda: defaultdict(Counter))
    first: Optional[str] = None
    last: Optional[str] = None
    rows: dict = field(default_factory=dict)  # claim id -> Claims row (for conflicts' claims)
    records: dict = field(default_factory=dict)  # claim id -> _Side (for conflicts' claims)

    def add(self, c: Claim) -> None:
        self.claims += 1
        self.by_metric[c.metric or "(none)"] += 1
        self.by_rule[c.rule or "(none)"] += 1
        self.by_kind[c.kind or "(none)"] += 1
        if c.kind != "date":  # date-event claims type a date, not one of the figures
            self.doc_figure_claims[c.doc_sha] += 1
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
    """Claims in Claims-sheet order, read in batches."""
    return ledger.iter_claim_records()


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
    """Write the editor's workbook for ``ledger`` to ``path`` (atomically).

    ``progress``: show a progress bar on stderr (default: only for big
    reports, and only when stderr is a terminal)."""
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
    sheets: list[_Sheet] = []

    def sheet(title, widths, **kw) -> _Sheet:
        s = _Sheet(wb, title, widths, **kw)
        sheets.append(s)
        return s

    bar = _Progress(counts["claims"] + len(conflicts), progress)
    ok = False
    try:
        summary = sheet("Summary", [30, 18, 14, 14, 14, 14, 14], freeze=None)
        conf = sheet("Conflicts", [w for _, w in CONFLICT_COLUMNS], freeze="D2")
        claims = sheet("Claims", [CLAIM_WIDTHS.get(h, 12) for h in CLAIM_HEADERS], freeze="B2")
        speakers = sheet("Speakers", [w for _, w in SPEAKER_COLUMNS])
        documents = sheet("Documents", [w for _, w in DOCUMENT_COLUMNS])
        rules_sheet = sheet("Rules", [w for _, w in RULE_COLUMNS])
        tally = _write_claims(claims, _iter_claims(ledger), wanted, claim_conflicts, bar)
        _write_conflicts(conf, conflicts, verdicts, tally, bar)
        _write_speakers(speakers, tally, conflicts, ruleset)
        _write_documents(documents, docs, tally)
        rules, rules_note = _rules_of(ruleset)
        _write_rules(rules_sheet, rules, rules_note, tally, ruleset)
        _write_summary(summary, ledger=ledger, state=state, made=made, docs=docs,
                       conflicts=conflicts, verdicts=verdicts, tally=tally, ruleset=ruleset,
                       rules=rules, rules_note=rules_note, fingerprint=fingerprint)
        for s in sheets:
            s.finish()

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
        ok = True
    finally:
        bar.close()
        if not ok:
            _abandon(wb, sheets)


def _abandon(wb, sheets) -> None:
    """After a failure: delete our row files and openpyxl's per-sheet
    temporary files."""
    for s in sheets:
        s.discard()
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        try:
            if not ws.closed:
                ws.close()
        except Exception:
            pass
        try:
            writer.cleanup()
        except Exception:
            pass


def _write_claims(sh: _Sheet, claims, wanted: set, claim_conflicts: dict, bar: _Progress) -> _Tally:
    st = sh.cells
    sh.append(st.header(CLAIM_HEADERS))
    tally = _Tally()
    text, number, integer, when, boolean = st.text, st.number, st.integer, st.when, st.boolean

    def wrapped(v):
        return text(v, wrap=True)

    # one converter per contract field, chosen once
    convert = []
    for name in CLAIM_FIELDS:
        if name == "sentence":
            convert.append(None)  # needs the figure's words too
        elif name in _CLAIM_NUMBERS:
            convert.append(number)  # needs the unit too
        elif name in _CLAIM_INTS:
            convert.append(integer)
        elif name in _CLAIM_DATES:
            convert.append(when)
        elif name == "cumulative":
            convert.append(boolean)
        else:
            convert.append(wrapped if name in _CLAIM_WRAP else text)
    fields = attrgetter(*CLAIM_FIELDS)
    plan = list(enumerate(convert))
    for c in claims:
        tally.add(c)
        row = sh.n + 1
        if c.id in wanted:
            tally.rows[c.id] = row
            tally.records[c.id] = _Side(c.text, c.value, c.unit, c.speaker, c.outlet, c.published)
        values = fields(c)
        out = []
        for i, f in plan:
            if f is None:
                out.append(st.marked_sentence(values[i], c.text))
            elif f is number:
                out.append(number(values[i], c.unit))
            else:
                out.append(f(values[i]))
        rows = claim_conflicts.get(c.id)
        out.append(st.link(len(rows), "Conflicts", rows[0]) if rows else integer(0))
        sh.append(out)
        if row % 1000 == 0:
            bar.step(1000)
    bar.step((sh.n - 1) % 1000)
    _add_table(sh.ws, "ClaimsTable", CLAIM_HEADERS, sh.n - 1)
    return tally


def _write_conflicts(sh: _Sheet, conflicts: list[Conflict], verdicts: dict, tally: _Tally,
                     bar: _Progress) -> None:
    st = sh.cells
    ws = sh.ws
    sh.append(st.header(CONFLICT_HEADERS, editor=EDITOR_COLUMNS))
    col = {h: get_column_letter(i) for i, h in enumerate(CONFLICT_HEADERS, 1)}
    for i, k in enumerate(conflicts):
        claims = [tally.records.get(cid) for cid in k.claims]
        a = claims[0] if claims else None
        b = claims[1] if len(claims) > 1 else None
        unit = next((c.unit for c in claims if c is not None), None)
        v = verdicts.get(k.id, {})

        def side(c: Optional[_Side], attr: str):
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
                who = ", ".join(dict.fromkeys(x for x in (c.speaker, c.outlet) if x))
                others.append(f"{c.text} [Claims row {tally.rows[cid]}, {cid}]" + (f" ({who})" if who else ""))
        sh.append([
            st.text(k.severity), st.text(k.kind), st.text(k.metric), st.text(k.subject),
            st.text(k.period),
            st.text(side(a, "text"), wrap=True), st.text(side(b, "text"), wrap=True),
            st.number(side(a, "value"), side(a, "unit")), st.number(side(b, "value"), side(b, "unit")),
            st.text(k.explanation, wrap=True),
            st.text(v.get("verdict") or "open", editor=True),
            st.number(v.get("reference_value"), unit, editor=True),
            st.text(v.get("note"), editor=True) or st.empty(),
            st.text(v.get("editor"), editor=True) or st.empty(),
            st.text(side(a, "speaker"), wrap=True), st.text(side(b, "speaker"), wrap=True),
            st.text(side(a, "outlet"), wrap=True), st.text(side(b, "outlet"), wrap=True),
            st.when(side(a, "published")), st.when(side(b, "published")),
            claim_link(0), claim_link(1),
            st.text("; ".join(others), wrap=True) if others else None,
            st.text(k.tolerance, wrap=True), st.text(k.action),
            st.when(v.get("recorded_at")),
            st.text(k.id),
        ])
        if i % 1000 == 999:
            bar.step(1000)
    bar.step(len(conflicts) % 1000)
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


def _write_speakers(sh: _Sheet, tally: _Tally, conflicts: list[Conflict], ruleset) -> None:
    st = sh.cells
    headers = [h for h, _ in SPEAKER_COLUMNS]
    sh.append(st.header(headers))
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
        sh.append([
            st.text(sp) if sp else st.styled("(no speaker found)", ("muted",)),
            st.text(", ".join(aliases.get(sp, ())), wrap=True),
            st.integer(tally.speaker_claims[sp]),
            st.integer(len(tally.speaker_docs[sp])),
            st.text(", ".join(sorted(tally.speaker_outlets[sp])), wrap=True),
            st.text(shown, wrap=True),
            st.integer(involved.get(sp, 0)),
        ])
    _add_table(sh.ws, "SpeakersTable", headers, len(order))


def _write_documents(sh: _Sheet, docs: list[dict], tally: _Tally) -> None:
    st = sh.cells
    headers = [h for h, _ in DOCUMENT_COLUMNS]
    sh.append(st.header(headers))
    for d in docs:
        stories = [x for x in d.get("stories") or [] if isinstance(x, dict)]
        figures = d.get("figures") or 0
        notes = [str(n) for n in d.get("notes") or []]
        published = d.get("published")
        dated = sorted(str(x["published"])[:10] for x in stories if x.get("published"))
        if not published and dated:  # a live blog: dated by its entries
            published = dated[0]
            notes.insert(0, f"no document date; entries dated {dated[0]} to {dated[-1]}")
        titles = [str(x["title"]) for x in stories if x.get("title")]
        title = d.get("title") or (titles[0] + (f" (+{len(titles) - 1} more)" if len(titles) > 1 else "")
                                   if titles else None)
        covered = tally.doc_figure_claims.get(d["sha256"], 0)
        sh.append([
            st.text(d["path"]), st.text(title, wrap=True), st.text(d.get("outlet")),
            st.when(published),
            st.integer(max(len(stories), 1)), st.integer(d["claims"]), st.integer(figures),
            st.percent(covered / figures if figures else None),
            st.integer(d.get("chars")), st.text(d.get("encoding")),
            st.text("; ".join(notes), wrap=True),
            st.when(d.get("ingested_at")), st.text(d["sha256"]),
        ])
    _add_table(sh.ws, "DocumentsTable", headers, len(docs))


def _relative(path, root) -> Optional[str]:
    """A rule file's path relative to its rule set's folder, when inside it."""
    if not path:
        return None
    path = str(path)
    if root:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(str(root)))
        if not rel.startswith(".."):
            return rel
    return path


def _write_rules(sh: _Sheet, rules: list, note: Optional[str], tally: _Tally,
                 rules_root=None) -> None:
    st = sh.cells
    headers = [h for h, _ in RULE_COLUMNS]
    sh.append(st.header(headers))
    seen = set()
    for r in rules:
        code = getattr(r, "code", None)
        seen.add(code)
        groups = getattr(r, "groups", ()) or ()
        sh.append([
            st.text(code or "?"), st.text(getattr(r, "name", None)),
            st.text(getattr(r, "summary", None), wrap=True), st.text(getattr(r, "metric", None)),
            st.text(getattr(r, "kind", None)),
            st.text(groups if isinstance(groups, str) else ", ".join(map(str, groups))),
            st.integer(tally.by_rule.get(code, 0)),
            st.text(_relative(getattr(r, "path", None), getattr(rules_root, "root", None))),
        ])
    # Rules that typed claims in the ledger but are not in this rule set.
    for code, count in sorted(tally.by_rule.items()):
        if code in seen or code == "(none)":
            continue
        why = note or "not in the current rule set (claims typed by an older or other rule set)"
        sh.append([st.text(code), None, st.styled(why, ("muted",)), None, None, None,
                   st.integer(count), None])
    _add_table(sh.ws, "RulesTable", headers, sh.n - 1)


def _write_summary(sh: _Sheet, *, ledger, state, made, docs, conflicts, verdicts, tally, ruleset,
                   rules, rules_note, fingerprint) -> None:
    st = sh.cells
    ws = sh.ws
    ws.print_options.gridLines = False

    def kv(label, *values):
        sh.append([st.styled(label, ("label",)), *values])

    sh.append([st.styled("Fact-check ledger", ("title",))])
    sh.append([st.styled("Work on the Conflicts sheet: fill Verdict, Reference value, Note and "
                         "Editor, save, then run: ledger review <this file>", ("note",))])
    sh.append([])
    kv(LABEL_MADE, st.when(made.isoformat(), left=True), "UTC")
    kv(LABEL_DB, st.text(os.path.abspath(ledger.path)))
    kv(LABEL_STATE, st.integer(state, left=True))
    kv(LABEL_FINDINGS, st.text(fingerprint))
    kv("Documents", st.integer(len(docs), left=True))
    outlets = sorted({d["outlet"] for d in docs if d.get("outlet")})
    kv("Outlets", st.integer(len(outlets), left=True), st.text(", ".join(outlets)))
    dates = [d["published"][:10] for d in docs if d.get("published")]
    first = min([x for x in (tally.first, *dates) if x], default=None)
    last = max([x for x in (tally.last, *dates) if x], default=None)
    kv("Date range", st.when(first, left=True), st.when(last, left=True))
    if rules_note:
        kv("Rule set", st.styled(rules_note, ("muted",)))
    else:
        root = getattr(ruleset, "root", None)
        kv("Rule set", st.integer(len(rules), left=True),
           st.text(f"rules from {os.path.abspath(str(root))}" if root else "rules"))
    kv("Claims", st.integer(tally.claims, left=True))
    kv("Findings", st.integer(len(conflicts), left=True))
    live = {k.id for k in conflicts}
    decided = Counter(v["verdict"] for cid, v in verdicts.items() if cid in live)
    closed = sum(n for vv, n in decided.items() if vv != "open")
    kv("Verdicts recorded", st.integer(closed, left=True), st.text(f"{len(conflicts) - closed} still open"))
    sh.append([])

    # Findings by severity and kind (chart 1 reads this block).
    sh.append([st.styled("Findings by severity and kind", ("section",))])
    kinds = list(KINDS) + sorted({k.kind for k in conflicts} - set(KINDS))
    sevs = list(SEVERITIES) + sorted({k.severity for k in conflicts} - set(SEVERITIES))
    grid = Counter((k.severity, k.kind) for k in conflicts)
    head_row = sh.append(st.header(["Severity", *kinds, "Total"]))
    for s in sevs:
        vals = [grid[(s, k)] for k in kinds]
        sh.append([st.text(s), *(st.integer(x) for x in vals), st.integer(sum(vals))])
    totals = [sum(grid[(s, k)] for s in sevs) for k in kinds]
    sh.append([st.styled("Total", ("label",)), *(st.integer(x) for x in totals),
               st.integer(sum(totals))])
    sh.append([])

    sh.append([st.styled("Verdicts", ("section",))])
    sh.append(st.header(["Verdict", "Findings"]))
    for vv in VERDICTS:
        sh.append([st.text(vv), st.integer(decided.get(vv, 0) if vv != "open" else len(conflicts) - closed)])
    sh.append([])

    # Claims and findings by figure type (chart 2 reads this block).
    sh.append([st.styled("Claims and findings by figure type", ("section",))])
    by_metric_findings = Counter(k.metric or "(none)" for k in conflicts)
    metric_head = sh.append(st.header(["Figure type", "Claims", "Findings"]))
    metrics = sorted(set(tally.by_metric) | set(by_metric_findings),
                     key=lambda m: (-tally.by_metric.get(m, 0), m))
    for m in metrics:
        sh.append([st.text(m), st.integer(tally.by_metric.get(m, 0)),
                   st.integer(by_metric_findings.get(m, 0))])
    sh.append([])

    sh.append([st.styled("Claims by figure kind", ("section",))])
    sh.append(st.header(["Figure kind", "Claims"]))
    for kname, n in tally.by_kind.most_common():
        sh.append([st.text(kname), st.integer(n)])
    sh.append([])

    sh.append([st.styled("Reading this workbook", ("section",))])
    for label, words in READING_NOTES:
        sh.append([st.styled(label, ("label",)), st.styled(words, ("note",))])

    if conflicts:
        ch = BarChart()
        ch.type = "col"
        ch.grouping = "stacked"
        ch.overlap = 100
        ch.title = "Findings by kind and severity"
        ch.y_axis.title = "Findings"
        ch.add_data(Reference(ws, min_col=2, max_col=1 + len(kinds), min_row=head_row + 1,
                              max_row=head_row + len(sevs)), from_rows=True, titles_from_data=False)
        for series, name in zip(ch.series, sevs):
            series.tx = SeriesLabel(v=name)
            colour = SEVERITY_COLOURS.get(name, ("808080",))[0]
            series.graphicalProperties.solidFill = colour
            series.graphicalProperties.line.solidFill = colour
        ch.set_categories(Reference(ws, min_col=2, max_col=1 + len(kinds), min_row=head_row,
                                    max_row=head_row))
        ch.height, ch.width = 7.5, 15
        ws.add_chart(ch, "H3")
    top = min(len(metrics), 15)
    if top:
        ch2 = BarChart()
        ch2.type = "bar"
        ch2.title = "Claims by figure type" + (" (top 15)" if len(metrics) > 15 else "")
        ch2.add_data(Reference(ws, min_col=2, max_col=3, min_row=metric_head,
                               max_row=metric_head + top), titles_from_data=True)
        ch2.set_categories(Reference(ws, min_col=1, min_row=metric_head + 1, max_row=metric_head + top))
        ch2.x_axis.scaling.orientation = "maxMin"  # biggest at the top
        ch2.height, ch2.width = max(7.5, 0.55 * top + 3), 15
        ws.add_chart(ch2, "H21")


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
                cell = cells[i] if i < len(cells) else None
                value = getattr(cell, "value", None)
                if (name == COL_REFERENCE and isinstance(value, (int, float))
                        and not isinstance(value, bool)
                        and _percent_format(getattr(cell, "number_format", None))):
                    value = value * 100  # typed "4.5%": the spreadsheet stored 0.045
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


def _percent_format(fmt) -> bool:
    """Is this a spreadsheet percent format (a bare %, not a quoted "%"
    label like ours)?"""
    if not isinstance(fmt, str):
        return False
    bare = re.sub(r'"[^"]*"|\\.', "", fmt)
    return "%" in bare


def _summary_meta(ws) -> dict:
    labels = {LABEL_STATE: PROP_STATE, LABEL_DB: PROP_DB, LABEL_MADE: PROP_MADE,
              LABEL_FINDINGS: PROP_FINDINGS}
    out = {}
    for row in ws.iter_rows(min_row=1, max_row=30, max_col=2, values_only=True):
        if len(row) >= 2 and row[0] in labels and row[1] is not None:
            v = row[1]
            out[labels[row[0]]] = v.isoformat() + "Z" if isinstance(v, datetime) else v
    return out
