"""``ledger review WORKBOOK.xlsx``: the editor's verdicts back into the ledger.

The workbook's Conflicts sheet is read by :func:`ledger.report.read_editor_rows`
(the report module owns the workbook format); this module checks what the
editor wrote and records it with :meth:`Ledger.record_verdicts`.

* Rows are matched by the stable ``Conflict id``, never by row number, so an
  editor may sort, filter or reorder the sheet freely.
* A verdict must be one of :data:`ledger.report.VERDICTS` (case and spacing
  are forgiven); anything else is refused, naming the cell:
  ``Conflicts!K7: 'maybe' is not a verdict; use one of: open, ...``.
  A reference value must be a number.  One bad cell refuses the whole
  workbook: nothing is recorded until every cell reads.
* Only rows that differ from what the ledger holds are recorded.  An empty
  Verdict with a note, reference or editor counts as ``open``.  Clearing a
  row does not erase a recorded verdict (choose ``open`` to reopen it).

Stale workbooks
---------------
The workbook stores the ledger state it was made from (and a fingerprint of
the findings).  When the ledger has moved on since, review always says so,
and then:

* refuses (unless ``--force``) when the findings changed since the workbook
  was made, when the workbook is *newer* than the ledger or from another
  ledger, or when a row would overwrite a verdict recorded since the
  workbook was made from a different workbook (two editors on one finding);
* otherwise (only verdicts were recorded since, e.g. this same workbook was
  reviewed before) records the changed rows with a warning.

With ``--force`` it records what it can: rows whose finding is no longer in
the ledger are skipped, with a warning naming the cell.
"""

from __future__ import annotations

import math
import re
from datetime import datetime
from dataclasses import dataclass, field
from typing import Optional

from . import report
from .report import VERDICTS


class ReviewError(Exception):
    """The workbook cannot be recorded; the message says why (and where)."""


@dataclass
class ReviewResult:
    recorded: int = 0
    unchanged: int = 0
    skipped: int = 0
    rows: int = 0
    warnings: list[str] = field(default_factory=list)
    changes: list[tuple] = field(default_factory=list)  # what was (or would be) recorded

    def summary(self, dry_run: bool = False) -> str:
        verb = "would record" if dry_run else "recorded"
        return (f"{verb} {self.recorded} verdict(s) from {self.rows} finding row(s)"
                f" ({self.unchanged} unchanged, {self.skipped} skipped)")


_SPACES = re.compile(r"[\s_]+")


def parse_verdict(value) -> Optional[str]:
    """The verdict an editor's cell holds: one of VERDICTS, None for empty;
    ValueError otherwise."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(value)
    s = _SPACES.sub(" ", value).strip().lower()
    if not s:
        return None
    if s in VERDICTS:
        return s
    raise ValueError(value)


def parse_number(value) -> Optional[float]:
    """A reference value: a number, a numeric string ("1,200", "4.5%"), or
    empty; ValueError otherwise."""
    if value is None or isinstance(value, bool):
        if isinstance(value, bool):
            raise ValueError(value)
        return None
    if isinstance(value, (int, float)):
        f = float(value)
    else:
        s = str(value).strip().replace(",", "").replace("\u00a0", "").replace(" ", "")
        if not s:
            return None
        s = s.rstrip("%")
        f = float(s)  # ValueError for anything else
    if math.isnan(f) or math.isinf(f):
        raise ValueError(value)
    return f


def _text(value) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    s = str(value).strip()
    return s or None


def _show(value) -> str:
    s = repr(value)
    return s if len(s) <= 60 else s[:57] + "...'"


_BAD = object()


def _parse(cell, parser, complaint: str, problems: list[str]):
    try:
        return parser(cell.value)
    except ValueError:
        problems.append(f"{cell.coordinate}: {_show(cell.value)} {complaint}")
        return _BAD


def read_verdicts(sheet: report.EditorSheet) -> tuple[dict[str, tuple], list[str]]:
    """conflict id -> (verdict, reference, note, editor, id cell) from the
    rows the editor touched, and the problems found (each naming a cell)."""
    problems: list[str] = []
    out: dict[str, tuple] = {}
    for row in sheet.rows:
        verdict = _parse(row.verdict, parse_verdict, "is not a verdict; use one of: "
                         + ", ".join(VERDICTS), problems)
        ref = _parse(row.reference, parse_number, "is not a number; the reference value is the "
                     "figure you checked, e.g. 1200 or 4.5", problems)
        if verdict is _BAD or ref is _BAD:
            continue
        note, editor = _text(row.note.value), _text(row.editor.value)
        if verdict is None and ref is None and note is None and editor is None:
            continue  # untouched
        entry = (verdict or "open", ref, note, editor, row.id_cell, row.recorded)
        prev = out.get(row.conflict_id)
        if prev is not None and prev[:4] != entry[:4]:
            problems.append(f"{row.id_cell}: conflict {row.conflict_id} appears twice with different "
                            f"verdicts (also at {prev[4]}); keep one row")
            continue
        out[row.conflict_id] = entry
    return out, problems


def review_workbook(ledger, path: str, *, force: bool = False, dry_run: bool = False) -> ReviewResult:
    """Check the workbook's editor columns and record the changed verdicts.

    Raises ReviewError (nothing recorded) for bad cells or a stale workbook
    (unless ``force``)."""
    try:
        sheet = report.read_editor_rows(path)
    except report.WorkbookError as exc:
        raise ReviewError(str(exc)) from None
    result = ReviewResult(rows=len(sheet.rows))
    wanted, problems = read_verdicts(sheet)
    if problems:
        more = f"\n(and {len(problems) - 20} more)" if len(problems) > 20 else ""
        raise ReviewError(f"{path}: nothing recorded; fix these cells and run again:\n  "
                          + "\n  ".join(problems[:20]) + more)

    current = ledger.verdicts()
    conflicts = ledger.conflict_records()
    live = {c.id for c in conflicts}
    changes = []
    for cid, (verdict, ref, note, editor, cell, shown) in wanted.items():
        have = current.get(cid)
        if have is not None:
            same = (have["verdict"], have["reference_value"], have["note"], have["editor"]) == (
                verdict, ref, note, editor)
        else:
            same = (verdict, ref, note, editor) == ("open", None, None, None)
        if same:
            result.unchanged += 1
        else:
            changes.append((cid, verdict, ref, note, editor, cell, shown))

    stale = _staleness(ledger, sheet, conflicts, current, changes)
    if stale.refuse and changes and not force:
        raise ReviewError(f"{path}: {stale.message}; nothing recorded. "
                          f"Write a fresh workbook with `ledger report` and carry the verdicts over, "
                          f"or run `ledger review --force` to record them anyway.")
    if stale.message:
        result.warnings.append(f"{path}: {stale.message}" + ("; recording anyway (--force)"
                                                           if stale.refuse and changes else ""))

    rows = []
    for cid, verdict, ref, note, editor, cell, _shown in changes:
        if cid not in live:
            result.skipped += 1
            result.warnings.append(f"{cell}: finding {cid} is no longer in the ledger; its verdict "
                                   f"was not recorded")
            continue
        rows.append((cid, verdict, ref, note, editor))
    result.changes = rows
    if rows and not dry_run:
        ledger.record_verdicts(rows, from_state=sheet.state)
    result.recorded = len(rows)
    return result


@dataclass
class _Stale:
    message: Optional[str] = None
    refuse: bool = False


def _staleness(ledger, sheet, conflicts, current: dict, changes: list) -> _Stale:
    now = ledger.state()
    if sheet.state is None:
        return _Stale("the workbook does not say which ledger state it was made from "
                      "(not made by `ledger report`?)", True)
    fingerprint = report.findings_fingerprint(conflicts)
    if sheet.state == now:
        if sheet.findings and sheet.findings != fingerprint:
            return _Stale(f"the workbook was made from another ledger (same state {now}, "
                          f"different findings)", True)
        return _Stale()
    if sheet.state > now:
        return _Stale(f"the workbook was made from ledger state {sheet.state}, but this ledger is at "
                      f"state {now}: it comes from another (or a newer) ledger", True)
    msg = f"the workbook was made from an older ledger state ({sheet.state}; the ledger is now at {now})"
    if sheet.findings and sheet.findings != fingerprint:
        return _Stale(msg + "; the findings have changed since", True)
    clashes = []
    for cid, *_values, cell, shown in changes:
        have = current.get(cid)
        if have and have.get("from_state") != sheet.state and _since(have, shown, sheet):
            clashes.append(f"{cell} ({cid}, recorded {have['recorded_at']} from another workbook)")
    if clashes:
        return _Stale(msg + "; these findings got a verdict since the workbook was made: "
                      + ", ".join(clashes[:5]) + (" ..." if len(clashes) > 5 else ""), True)
    return _Stale(msg + " (only verdicts changed since)", False)


def _since(have: dict, shown, sheet) -> bool:
    """Was the ledger's verdict recorded after the workbook was made?  The
    workbook shows when the verdict it displays was recorded (empty if
    none); a different time means someone recorded one since.  Without that
    column, compare with the time the workbook was made."""
    recorded = have.get("recorded_at") or ""
    if shown is None:
        return recorded > (sheet.made_at or "")
    value = shown.value
    if isinstance(value, datetime):
        value = value.strftime("%Y-%m-%dT%H:%M:%SZ")
    return (value or "") != recorded
