"""`ledger review`: verdicts from a filled workbook back into the ledger."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st
from openpyxl import load_workbook

from ledger import report, review
from ledger.cli import main
from ledger.records import Claim, Conflict, make_conflict_id
from ledger.store import Ledger

from .test_report import RULESET, _doc, build_ledger, claims_in, headers


def fill(path, out, by_id: dict[str, dict], *, reverse_rows: bool = False):
    """Fill editor columns with openpyxl, finding rows by conflict id (and
    optionally sorting the sheet's rows in reverse first, as an editor might)."""
    wb = load_workbook(path)
    ws = wb["Conflicts"]
    h = headers(ws)
    if reverse_rows:
        rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
        for r, values in zip(ws.iter_rows(min_row=2), reversed(rows)):
            for cell, v in zip(r, values):
                cell.value = v
    for row in ws.iter_rows(min_row=2):
        cid = row[h.index("Conflict id")].value
        for col, value in by_id.get(cid, {}).items():
            cell = row[h.index(col)]
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"  # typed as text (as Excel keeps '=... once quote-prefixed)
    wb.save(out)
    return h


@pytest.fixture
def setup(tmp_path):
    db = str(tmp_path / "ledger.db")
    led, claims, conflicts = build_ledger(db)
    led.close()
    out = tmp_path / "w.xlsx"
    with Ledger(db) as led:
        report.write_report(led, str(out), ruleset=RULESET)
    return db, claims, conflicts, out, tmp_path


def editor_values(path) -> dict[str, tuple]:
    ws = load_workbook(path)["Conflicts"]
    h = headers(ws)
    return {r[h.index("Conflict id")]: (r[h.index("Verdict")], r[h.index("Reference value")],
                                        r[h.index("Note")], r[h.index("Editor")])
            for r in ws.iter_rows(min_row=2, values_only=True)}


def test_round_trip(setup, capsys):
    db, claims, conflicts, out, tmp = setup
    k1, k2 = conflicts
    filled = tmp / "filled.xlsx"
    fill(out, filled, {k1.id: {"Verdict": "confirmed", "Reference value": 320, "Note": "MoH figure",
                               "Editor": "AB"},
                       k2.id: {"Verdict": "false alarm", "Note": "=different units"}},
         reverse_rows=True)
    assert main(["review", str(filled), "--db", db]) == 0
    assert "recorded 2 verdict(s)" in capsys.readouterr().out
    with Ledger(db) as led:
        v = led.verdicts()
        assert v[k1.id]["verdict"] == "confirmed" and v[k1.id]["reference_value"] == 320
        assert v[k1.id]["note"] == "MoH figure" and v[k1.id]["editor"] == "AB"
        assert v[k2.id]["verdict"] == "false alarm" and v[k2.id]["note"] == "=different units"
        again = tmp / "again.xlsx"
        report.write_report(led, str(again), ruleset=RULESET)
    shown = editor_values(again)
    assert shown[k1.id] == ("confirmed", 320, "MoH figure", "AB")
    assert shown[k2.id] == ("false alarm", None, "=different units", None)
    # the editor's "=..." note came back as text, not a formula
    ws = load_workbook(again)["Conflicts"]
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    # reviewing the fresh workbook unchanged records nothing
    assert main(["review", str(again), "--db", db]) == 0
    assert "recorded 0 verdict(s)" in capsys.readouterr().out


def test_unknown_verdict_refused_naming_cell(setup, capsys):
    db, claims, conflicts, out, tmp = setup
    filled = tmp / "bad.xlsx"
    h = fill(out, filled, {conflicts[0].id: {"Verdict": "maybe"},
                           conflicts[1].id: {"Verdict": "confirmed"}})
    assert main(["review", str(filled), "--db", db]) == 2
    err = capsys.readouterr().err
    col = load_workbook(filled)["Conflicts"].cell(row=1, column=h.index("Verdict") + 1).column_letter
    assert f"Conflicts!{col}2: 'maybe' is not a verdict; use one of: open, confirmed" in err
    with Ledger(db) as led:
        assert led.verdicts() == {}  # one bad cell: nothing recorded


def test_bad_reference_value_refused(setup, capsys):
    db, claims, conflicts, out, tmp = setup
    filled = tmp / "bad.xlsx"
    fill(out, filled, {conflicts[1].id: {"Reference value": "about 3"}})
    assert main(["review", str(filled), "--db", db]) == 2
    assert "'about 3' is not a number" in capsys.readouterr().err


def test_stale_workbook_refused_when_findings_changed(setup, capsys):
    db, claims, conflicts, out, tmp = setup
    filled = tmp / "f.xlsx"
    fill(out, filled, {conflicts[0].id: {"Verdict": "corrected"}})
    with Ledger(db) as led:  # a new document and a new finding since the workbook
        d = _doc("Later, officials said 400 people were killed.\n", "c.txt")
        (c,) = claims_in(d, [("400", 400, "casualties.killed", "Gaza", "Officials")])
        led.add_document(d, [c])
        first = next(x for x in claims if x.metric == "casualties.killed")
        led.replace_conflicts(conflicts + [Conflict(
            id=make_conflict_id("superseded", [first.id, c.id]), kind="superseded", severity="info",
            metric=c.metric, subject=c.subject, claims=(first.id, c.id), explanation="updated")])
    assert main(["review", str(filled), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "older ledger state" in err and "findings have changed" in err and "--force" in err
    with Ledger(db) as led:
        assert led.verdicts() == {}
    assert main(["review", str(filled), "--db", db, "--force"]) == 0
    with Ledger(db) as led:
        assert led.verdicts()[conflicts[0].id]["verdict"] == "corrected"


def test_older_state_only_verdicts_changed_records_with_warning(setup, capsys):
    db, claims, conflicts, out, tmp = setup
    first = tmp / "1.xlsx"
    fill(out, first, {conflicts[0].id: {"Verdict": "confirmed"}})
    assert main(["review", str(first), "--db", db]) == 0
    capsys.readouterr()
    # the same workbook, edited further, reviewed again: the ledger moved on
    # only by this workbook's own verdicts, so it records, and says so
    second = tmp / "2.xlsx"
    fill(first, second, {conflicts[1].id: {"Verdict": "accepted dispute"}})
    assert main(["review", str(second), "--db", db]) == 0
    captured = capsys.readouterr()
    assert "older ledger state" in captured.err
    assert "recorded 1 verdict(s)" in captured.out
    with Ledger(db) as led:
        assert led.verdicts()[conflicts[1].id]["verdict"] == "accepted dispute"


def test_two_editors_on_one_finding_refused(setup, capsys):
    db, claims, conflicts, out, tmp = setup
    a, b = tmp / "a.xlsx", tmp / "b.xlsx"
    fill(out, a, {conflicts[0].id: {"Verdict": "confirmed"}})
    with Ledger(db) as led:  # editor B works from a fresher report
        led.record_verdicts([(conflicts[1].id, "open", None, "looking", "B")])
        report.write_report(led, str(tmp / "fresh.xlsx"))
    fill(tmp / "fresh.xlsx", b, {conflicts[0].id: {"Verdict": "false alarm"}})
    assert main(["review", str(b), "--db", db]) == 0
    capsys.readouterr()
    assert main(["review", str(a), "--db", db]) == 2  # would overwrite B's newer verdict
    assert "got a verdict since the workbook was made" in capsys.readouterr().err


def test_not_a_ledger_workbook(tmp_path, capsys):
    from openpyxl import Workbook

    Ledger(str(tmp_path / "l.db")).close()
    p = tmp_path / "other.xlsx"
    Workbook().save(p)
    assert main(["review", str(p), "--db", str(tmp_path / "l.db")]) == 2
    assert "no Conflicts sheet" in capsys.readouterr().err
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip")
    assert main(["review", str(junk), "--db", str(tmp_path / "l.db")]) == 2


def test_dry_run_records_nothing(setup, capsys):
    db, claims, conflicts, out, tmp = setup
    filled = tmp / "f.xlsx"
    fill(out, filled, {conflicts[0].id: {"Verdict": "confirmed"}})
    assert main(["review", str(filled), "--db", db, "--dry-run"]) == 0
    assert "would record 1" in capsys.readouterr().out
    with Ledger(db) as led:
        assert led.verdicts() == {}


@given(st.sampled_from(report.VERDICTS), st.sampled_from(["", " ", "  "]), st.booleans())
def test_parse_verdict_forgives_case_and_spacing(v, pad, upper):
    written = pad + (v.upper() if upper else v.title()).replace(" ", "  ") + pad
    assert review.parse_verdict(written) == v


@given(st.text(min_size=1).filter(lambda s: " ".join(s.split()).lower() not in report.VERDICTS
                                  and s.strip()))
def test_parse_verdict_refuses_the_rest(s):
    with pytest.raises(ValueError):
        review.parse_verdict(s.replace("_", "x"))


def test_percent_typed_reference_is_read_as_percent(setup, capsys):
    """An editor typing "4.5%" makes the spreadsheet store 0.045 with a
    percent format; the reference value recorded is 4.5."""
    db, claims, conflicts, out, tmp = setup
    wb = load_workbook(out)
    ws = wb["Conflicts"]
    h = headers(ws)
    for row in ws.iter_rows(min_row=2):
        if row[h.index("Conflict id")].value == conflicts[0].id:
            cell = row[h.index("Reference value")]
            cell.value, cell.number_format = 0.045, "0.0%"
    wb.save(tmp / "pct.xlsx")
    assert main(["review", str(tmp / "pct.xlsx"), "--db", db]) == 0
    with Ledger(db) as led:
        assert led.verdicts()[conflicts[0].id]["reference_value"] == pytest.approx(4.5)


def test_clearing_a_row_keeps_the_recorded_verdict(setup, capsys):
    db, claims, conflicts, out, tmp = setup
    first = tmp / "1.xlsx"
    fill(out, first, {conflicts[0].id: {"Verdict": "confirmed", "Note": "ok"}})
    assert main(["review", str(first), "--db", db]) == 0
    with Ledger(db) as led:
        report.write_report(led, str(tmp / "fresh.xlsx"))
    cleared = tmp / "cleared.xlsx"
    fill(tmp / "fresh.xlsx", cleared, {conflicts[0].id: {"Verdict": None, "Note": None}})
    assert main(["review", str(cleared), "--db", db]) == 0
    with Ledger(db) as led:
        assert led.verdicts()[conflicts[0].id]["verdict"] == "confirmed"


def test_no_ledger_no_review(setup, capsys, tmp_path):
    db, claims, conflicts, out, tmp = setup
    missing = tmp_path / "elsewhere" / "none.db"
    assert main(["review", str(out), "--db", str(missing)]) == 2
    assert "no ledger database here" in capsys.readouterr().err
    assert not missing.exists()
