"""The editor's workbook: sheets, columns, dropdown, links, tables, panes, safety."""

from __future__ import annotations

import hashlib
import os
from datetime import date, datetime
from types import SimpleNamespace

import pytest
from hypothesis import example, given, settings, strategies as st
from openpyxl import load_workbook
from openpyxl.utils.escape import unescape

from ledger import report
from ledger.records import CLAIM_FIELDS, Claim, Conflict, Document, make_claim_id, make_conflict_id
from ledger.store import Ledger

HOSTILE = ['=HYPERLINK("http://example.com","x")', "@SUM(A1)", "+1+2", "-3-4", "\tTAB", "\rCR"]

SHEETS = ["Summary", "Conflicts", "Claims", "Speakers", "Documents", "Rules"]


def _doc(text: str, path: str, outlet="BBC", published="2025-01-22") -> Document:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return Document(path=path, text=text, sha256=sha, encoding="utf-8", outlet=outlet,
                    published=published, title=f"Story {path}")


def claims_in(doc: Document, specs) -> list[Claim]:
    """Claims for (figure words, value, metric, subject, speaker) at their
    real offsets in the document text."""
    out = []
    for words, value, metric, subject, speaker in specs:
        start = doc.text.index(words)
        end = start + len(words)
        line = doc.text.count("\n", 0, start) + 1
        sent_start = doc.text.rfind("\n", 0, start) + 1
        sent_end = doc.text.find("\n", end)
        sentence = doc.text[sent_start:sent_end if sent_end >= 0 else None]
        out.append(Claim(id=make_claim_id(doc.sha256, start, end), doc=doc.path, doc_sha=doc.sha256,
                         outlet=doc.outlet, published=doc.published, line=line, start=start, end=end,
                         text=words, sentence=sentence, value=value, low=value, high=value,
                         unit="count", hedge=None, metric=metric, subject=subject, speaker=speaker,
                         period="2025", rule="CAS001", column=start - sent_start + 1))
    return out


def conflict(kind, severity, a: Claim, b: Claim, explanation="values differ") -> Conflict:
    return Conflict(id=make_conflict_id(kind, [a.id, b.id]), kind=kind, severity=severity,
                    metric=a.metric, subject=a.subject, claims=(a.id, b.id),
                    explanation=explanation, period="2025", tolerance="5%", action="attribute")


def build_ledger(path: str, *, hostile: bool = True) -> tuple[Ledger, list[Claim], list[Conflict]]:
    """A small ledger: three documents, claims, two conflicts (one error, one
    warning); one document's sentences start with formula-like text."""
    led = Ledger(path)
    d1 = _doc("Officials said 300 people were killed in the strike.\n"
              "The army said 120 soldiers were wounded.\n", "a.txt", "BBC", "2025-01-22")
    d2 = _doc("Hamas said 350 people were killed in the strike.\n"
              "Medics said 90 soldiers were wounded.\n", "b.txt", "Reuters", "2025-01-23")
    c1 = claims_in(d1, [("300", 300, "casualties.killed", "Gaza", "Officials"),
                        ("120", 120, "casualties.wounded", "Gaza", "the army")])
    c2 = claims_in(d2, [("350", 350, "casualties.killed", "Gaza", "Hamas"),
                        ("90", 90, "casualties.wounded", "Gaza", None)])
    led.add_document(d1, c1, figures=3)
    led.add_document(d2, c2, figures=2)
    claims = c1 + c2
    if hostile:
        text = "\n".join(f"{h} said 7 people were hurt." for h in HOSTILE) + "\n"
        d3 = _doc(text, "=evil.txt", "@outlet", "2025-01-24")
        c3 = claims_in(d3, [("7", 7, "=casualties.hurt", "@SUM(A1)", HOSTILE[0])])
        # every hostile line as its own claim sentence
        for i, h in enumerate(HOSTILE):
            start = text.index(h)
            c3.append(Claim(id=make_claim_id(d3.sha256, start, start + 1), doc=d3.path,
                            doc_sha=d3.sha256, outlet=d3.outlet, published=d3.published,
                            line=i + 1, start=start, end=start + 1, text=h[:1], sentence=h,
                            value=float(i), low=None, high=None, unit="percent", hedge=h,
                            metric="hostile", subject=h, speaker=h, period=h, story=h))
        led.add_document(d3, c3, figures=len(c3))
        claims += c3
    conflicts = [conflict("contradiction", "error", c1[0], c2[0], "300 vs 350 killed"),
                 conflict("disputed", "warning", c1[1], c2[1], "=1+1 wounded differ")]
    led.replace_conflicts(conflicts)
    return led, claims, conflicts


RULESET = SimpleNamespace(rules=[SimpleNamespace(code="CAS001", name="casualties.killed",
                                                 summary="People killed", metric="casualties.killed",
                                                 kind="cue", groups=("casualties",), path="rules/x.yml"),
                                 SimpleNamespace(code="CAS002", name="casualties.wounded",
                                                 summary="People wounded",
                                                 metric="casualties.wounded", kind="cue",
                                                 groups=("casualties",), path="rules/y.yml")],
                          root="/nonexistent")


@pytest.fixture
def made(tmp_path):
    led, claims, conflicts = build_ledger(str(tmp_path / "ledger.db"))
    out = tmp_path / "out" / "ledger.xlsx"
    report.write_report(led, str(out), ruleset=RULESET)
    yield led, claims, conflicts, out
    led.close()


def headers(ws) -> list:
    return [c.value for c in ws[1]]


def test_sheets_and_columns(made):
    led, claims, conflicts, out = made
    wb = load_workbook(out)
    assert wb.sheetnames == SHEETS
    conf = headers(wb["Conflicts"])
    for col in ("Severity", "Kind", "Figure type", "Subject", "Period", "Value A", "Value B",
                "Speaker A", "Speaker B", "Outlet A", "Outlet B", "Date A", "Date B", "Explanation",
                "Claim A", "Claim B", "Verdict", "Reference value", "Note", "Editor", "Conflict id"):
        assert col in conf
    assert headers(wb["Claims"])[:len(CLAIM_FIELDS)] == list(CLAIM_FIELDS)
    assert headers(wb["Speakers"])[:4] == ["Speaker", "Aliases", "Claims", "Documents"]
    assert "Coverage" in headers(wb["Documents"])
    assert headers(wb["Rules"])[:3] == ["Code", "Name", "Summary"]
    # one row per claim / finding / document
    assert wb["Claims"].max_row == 1 + len(claims)
    assert wb["Conflicts"].max_row == 1 + len(conflicts)
    assert wb["Documents"].max_row == 1 + 3
    ids = [r[conf.index("Conflict id")] for r in wb["Conflicts"].iter_rows(min_row=2, values_only=True)]
    assert sorted(ids) == sorted(c.id for c in conflicts)


def test_types_numbers_and_dates(made):
    led, claims, conflicts, out = made
    wb = load_workbook(out)
    ws = wb["Claims"]
    h = headers(ws)
    by_id = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    for c in claims:
        row = by_id[c.id]
        assert row[h.index("value")] == c.value
        assert isinstance(row[h.index("line")], int)
        assert row[h.index("published")] == datetime.fromisoformat(c.published)
        assert row[h.index("sentence")] == c.sentence  # exact text (figure only highlighted)
    cell = ws.cell(row=2, column=h.index("published") + 1)
    assert cell.is_date and cell.number_format == "yyyy-mm-dd"
    assert ws.cell(row=2, column=h.index("value") + 1).data_type == "n"
    docs = wb["Documents"]
    dh = headers(docs)
    row = next(r for r in docs.iter_rows(min_row=2) if r[0].value == "a.txt")
    assert row[dh.index("Coverage")].value == pytest.approx(2 / 3)
    assert row[dh.index("Coverage")].number_format == "0%"


def test_dropdown_tables_panes(made):
    led, claims, conflicts, out = made
    wb = load_workbook(out)
    ws = wb["Conflicts"]
    h = headers(ws)
    vcol = h.index("Verdict") + 1
    letter = ws.cell(row=1, column=vcol).column_letter
    dvs = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert len(dvs) == 1
    dv = dvs[0]
    assert dv.formula1 == '"open,confirmed,corrected,accepted dispute,false alarm"'
    assert dv.showErrorMessage and dv.errorStyle == "stop"
    assert f"{letter}2" in dv.sqref and f"{letter}{1 + len(conflicts)}" in dv.sqref
    for name in SHEETS[1:]:
        sheet = wb[name]
        assert sheet.freeze_panes is not None and sheet.freeze_panes.endswith("2"), name
        assert len(sheet.tables) == 1, name
        table = next(iter(sheet.tables.values()))
        assert [c.name for c in table.tableColumns] == headers(sheet)
        assert table.ref.startswith("A1:")
    # severity colours by conditional formatting on the Severity column
    rules = [r for cf in ws.conditional_formatting for r in cf.rules]
    assert {r.formula[0] for r in rules} >= {'"error"', '"warning"', '"info"'}
    # charts on the Summary (openpyxl does not read charts back: look in the package)
    import zipfile

    with zipfile.ZipFile(out) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 2
        assert b"Findings by kind and severity" in z.read(charts[0])


def test_links_go_to_each_claims_row(made):
    led, claims, conflicts, out = made
    wb = load_workbook(out)
    ws = wb["Conflicts"]
    h = headers(ws)
    claim_rows = {r[0].value: r[0].row for r in wb["Claims"].iter_rows(min_row=2)}
    for row in ws.iter_rows(min_row=2):
        k = next(c for c in conflicts if c.id == row[h.index("Conflict id")].value)
        for col, cid in zip(("Claim A", "Claim B"), k.claims):
            cell = row[h.index(col)]
            assert cell.value == cid
            assert cell.hyperlink is not None
            assert cell.hyperlink.location == f"'Claims'!A{claim_rows[cid]}"
    # and back: a claim in a conflict links to its Conflicts row
    ch = headers(wb["Claims"])
    linked = [r for r in wb["Claims"].iter_rows(min_row=2) if r[ch.index("conflicts")].hyperlink]
    assert {r[0].value for r in linked} == {cid for k in conflicts for cid in k.claims}


def test_hostile_text_stays_text(made):
    """Formula-like strings from documents are string cells, never formulas."""
    led, claims, conflicts, out = made
    wb = load_workbook(out)
    seen = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value in HOSTILE:
                    assert cell.data_type == "s"
                    assert cell.quotePrefix, (ws.title, cell.coordinate)
                    seen.add(cell.value)
    # LibreOffice strips a leading tab/CR on load, but openpyxl sees them all
    assert seen == set(HOSTILE)
    import zipfile

    with zipfile.ZipFile(out) as z:
        for n in z.namelist():
            if n.startswith("xl/worksheets/sheet"):
                assert b"<f>" not in z.read(n), n


def test_verdict_columns_prefilled_open(made):
    led, claims, conflicts, out = made
    ws = load_workbook(out)["Conflicts"]
    h = headers(ws)
    assert [r[h.index("Verdict")] for r in ws.iter_rows(min_row=2, values_only=True)] == ["open"] * 2


def test_summary_state_and_properties(made):
    led, claims, conflicts, out = made
    sheet = report.read_editor_rows(str(out))
    assert sheet.state == led.state()
    assert sheet.findings == report.findings_fingerprint(conflicts)
    assert {r.conflict_id for r in sheet.rows} == {c.id for c in conflicts}
    assert sheet.rows[0].verdict.coordinate.startswith("Conflicts!")
    values = {r[0]: r[1] for r in load_workbook(out)["Summary"].iter_rows(values_only=True) if r}
    assert values["Ledger state"] == led.state()
    assert values["Claims"] == len(claims)
    assert values["Findings"] == len(conflicts)
    assert values["Documents"] == 3


def test_rules_sheet_from_ruleset_and_degrades(tmp_path):
    led, claims, conflicts = build_ledger(str(tmp_path / "l.db"), hostile=False)
    with led:
        out = tmp_path / "r.xlsx"
        report.write_report(led, str(out), ruleset=RULESET)
        rows = list(load_workbook(out)["Rules"].iter_rows(min_row=2, values_only=True))
        assert [(r[0], r[6]) for r in rows] == [("CAS001", 4), ("CAS002", 0)]
        report.write_report(led, str(out), ruleset=None)  # no rule set: still a workbook
        rows = list(load_workbook(out)["Rules"].iter_rows(min_row=2, values_only=True))
        assert rows[0][0] == "CAS001" and "no rule set" in rows[0][2]


def test_empty_ledger(tmp_path):
    with Ledger(str(tmp_path / "e.db")) as led:
        out = tmp_path / "e.xlsx"
        report.write_report(led, str(out))
        wb = load_workbook(out)
        assert wb.sheetnames == SHEETS
        assert wb["Conflicts"].max_row <= 2


def test_atomic_write_keeps_last_good(tmp_path, monkeypatch):
    led, claims, conflicts = build_ledger(str(tmp_path / "l.db"), hostile=False)
    with led:
        out = tmp_path / "w.xlsx"
        report.write_report(led, str(out))
        good = out.read_bytes()

        def boom(*a, **k):
            raise RuntimeError("disk full")

        monkeypatch.setattr(report, "_write_documents", boom)
        with pytest.raises(RuntimeError):
            report.write_report(led, str(out))
        assert out.read_bytes() == good
        assert not [n for n in os.listdir(tmp_path) if n.endswith(".tmp")]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=()), max_size=60))
def test_text_is_xml_safe(s):
    out = report._text(s)
    assert not report._XML_ILLEGAL.search(out)
    assert len(out) <= report.EXCEL_CELL_LIMIT


def test_long_text_cut_visibly():
    s = "x" * 40000
    out = report._text(s)
    assert len(out) == report.EXCEL_CELL_LIMIT
    assert out.endswith("more characters]") and "cut" in out
    assert report._text("a\x00b\x0bc\ud800d") == "abcd"


def test_long_sentence_and_control_chars_written(tmp_path):
    led = Ledger(str(tmp_path / "l.db"))
    with led:
        text = "Bad\x07 text " + "y" * 40000 + " said 5 people died."
        d = _doc(text, "long.txt")
        c = claims_in(d, [("5", 5, "casualties.killed", None, None)])
        led.add_document(d, c)
        out = tmp_path / "l.xlsx"
        report.write_report(led, str(out))
        ws = load_workbook(out)["Claims"]
        h = headers(ws)
        sentence = next(ws.iter_rows(min_row=2, values_only=True))[h.index("sentence")]
        assert len(sentence) == report.EXCEL_CELL_LIMIT and sentence.endswith("more characters]")
        assert "\x07" not in sentence


def _one_claim_ledger(tmp_path, **fields) -> tuple[Ledger, Claim]:
    led = Ledger(str(tmp_path / "one.db"))
    d = _doc("Officials said 300 people were killed.\n", "one.txt")
    (c,) = claims_in(d, [("300", 300, "casualties.killed", "Gaza", "Officials")])
    import dataclasses

    c = dataclasses.replace(c, **fields)
    led.add_document(d, [c])
    return led, c


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=80))
@example("_x0000_")
@example("a_x0041_b")
def test_any_text_comes_back_as_written_text(tmp_path_factory, s):
    """Whatever a document says (formula-like, control characters, _x0041_
    escapes, leading spaces...) comes back as a string cell holding exactly
    the XML-safe text.  A literal "_x0041_" is written "_x005F_x0041_", which
    Excel reads back as "_x0041_" (ECMA-376 ST_Xstring); openpyxl does not
    decode such escapes in inline strings, so the test decodes them as Excel
    does (openpyxl.utils.escape.unescape)."""
    tmp = tmp_path_factory.mktemp("t")
    led, c = _one_claim_ledger(tmp, subject=s, speaker="=" + s, hedge=s or None)
    with led:
        out = tmp / "t.xlsx"
        report.write_report(led, str(out))
    ws = load_workbook(out)["Claims"]
    h = headers(ws)
    row = next(ws.iter_rows(min_row=2))
    for name, written in (("subject", s), ("speaker", "=" + s), ("hedge", s or None)):
        cell = row[h.index(name)]
        expected = report._text(written) if written is not None else None
        got = unescape(cell.value) if isinstance(cell.value, str) else cell.value
        assert got == (expected or None), name
        if cell.value is not None:
            assert cell.data_type == "s"


def test_date_figures_show_as_dates(tmp_path):
    ordinal = date(2020, 2, 29).toordinal()
    led, c = _one_claim_ledger(tmp_path, unit="date", value=float(ordinal), low=float(ordinal),
                               high=float(ordinal), kind="date")
    with led:
        out = tmp_path / "d.xlsx"
        report.write_report(led, str(out))
    ws = load_workbook(out)["Claims"]
    h = headers(ws)
    cell = next(ws.iter_rows(min_row=2))[h.index("value")]
    assert cell.is_date and cell.value == datetime(2020, 2, 29)


def test_progress_only_when_asked_or_on_a_terminal(tmp_path, capsys):
    led, c = _one_claim_ledger(tmp_path)
    with led:
        report.write_report(led, str(tmp_path / "a.xlsx"))  # stderr is not a terminal here
        assert capsys.readouterr().err == ""
        report.write_report(led, str(tmp_path / "b.xlsx"), progress=True)
        assert "writing workbook" in capsys.readouterr().err


def test_state_read_from_summary_when_properties_are_lost(made):
    """A program that drops custom document properties still leaves the
    Summary sheet, where the state is written too."""
    led, claims, conflicts, out = made
    wb = load_workbook(out)
    wb.custom_doc_props = type(wb.custom_doc_props)()
    wb.save(out.with_name("stripped.xlsx"))
    sheet = report.read_editor_rows(str(out.with_name("stripped.xlsx")))
    assert sheet.state == led.state()
    assert sheet.findings == report.findings_fingerprint(conflicts)
    assert sheet.made_at and sheet.made_at.endswith("Z")


# CT_Worksheet's children, in the order the OOXML schema requires them
# (Excel refuses a sheet whose elements are out of order).
WORKSHEET_ORDER = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData",
                   "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter",
                   "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr",
                   "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions",
                   "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
                   "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
                   "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects",
                   "controls", "webPublishItems", "tableParts", "extLst"]


def test_sheet_xml_is_well_formed_and_in_schema_order(made):
    """Our rows and links are spliced into openpyxl's sheets: every sheet
    must still parse, keep the schema's element order, and number its rows
    and cells in order."""
    import re
    import zipfile

    from lxml import etree

    led, claims, conflicts, out = made
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(out) as z:
        sheets = [n for n in z.namelist() if re.match(r"xl/worksheets/sheet\d+\.xml$", n)]
        assert len(sheets) == len(SHEETS)
        for name in sheets:
            root = etree.fromstring(z.read(name))
            tags = [c.tag.replace(ns, "") for c in root]
            positions = [WORKSHEET_ORDER.index(t) for t in tags]
            assert positions == sorted(positions), (name, tags)
            rows = root.find(f"{ns}sheetData").findall(f"{ns}row")
            assert [int(r.get("r")) for r in rows] == list(range(1, len(rows) + 1)), name
            for r in rows:
                cols = [re.match(r"[A-Z]+", c.get("r")).group() for c in r]
                keys = [(len(c), c) for c in cols]
                assert keys == sorted(keys) and len(set(cols)) == len(cols), (name, r.get("r"))
                if r.get("ht"):
                    assert r.get("customHeight") == "1" and 15 < float(r.get("ht")) <= 409


def test_a_day_with_no_year_is_shown_as_day_and_month(tmp_path):
    """A date with no year and no publication date to resolve it ("held on
    August 13") is kept as the day of a leap year; the workbook shows it as
    "13 August" and the conflict text as "13 August (no year)", never 226."""
    from datetime import datetime

    from openpyxl import load_workbook

    from ledger.compare import _interval
    from ledger.documents import load_text
    from ledger.pipeline import extract
    from ledger.report import write_report
    from ledger.rules import load_rules
    from ledger.store import Ledger

    assert _interval(226.0, 226.0, "yearless_date") == "13 August (no year)"
    assert _interval(214.0, 244.0, "yearless_date") == "1 August (no year) to 31 August (no year)"
    doc = load_text("The protest in Wigan was held on August 13, organisers said.\n", path="a.txt")
    claims = extract(doc, load_rules())
    assert [(c.unit, c.value, c.period) for c in claims] == [("yearless_date", 226.0, "--08-13")]
    db, out = tmp_path / "l.db", tmp_path / "r.xlsx"
    with Ledger(str(db)) as led:
        led.add_document(doc, claims)
        write_report(led, str(out))
    cells = [c for row in load_workbook(out)["Claims"].iter_rows() for c in row if c.number_format == "d mmmm"]
    assert cells and all(c.value == datetime(2000, 8, 13) for c in cells)
