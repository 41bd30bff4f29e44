"""The pre-publish gate on hand-made claims: judging, acceptance, outputs, config.

The draft and ledger claims here are built by hand (no extraction stage), so
these tests pin the gate's own decisions; tests/test_check_drafts.py runs the
whole pipeline on drafts written against the seeds.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from ledger import check, compare
from ledger.check import CheckResult, CheckSettings, check_claims, find_markers, fingerprint
from ledger.config import ConfigError, find_config, load_config
from ledger.documents import load_text
from ledger.records import FINDING_FIELDS, LEDGER_REF_FIELDS, Claim, Finding, LedgerRef, make_claim_id
from ledger.store import Ledger

SETTINGS = compare.Settings(moving=(("casualties.total", True),))


def claims_in(doc, figures):
    """Claims for ``figures``: (figure text as written, value, dict of overrides),
    located in the document text (first occurrence after the previous one)."""
    out = []
    pos = 0
    for text, value, over in figures:
        start = doc.text.index(text, pos)
        pos = start + len(text)
        line = doc.text.count("\n", 0, start) + 1
        col = start - (doc.text.rfind("\n", 0, start) + 1) + 1
        line_start = doc.text.rfind("\n", 0, start) + 1
        line_end = doc.text.find("\n", start)
        fields = dict(
            id=make_claim_id(doc.sha256, start, pos), doc=doc.path, doc_sha=doc.sha256,
            outlet=doc.outlet, published=doc.published, line=line, start=start, end=pos,
            text=text, sentence=doc.text[line_start:line_end if line_end >= 0 else None].strip(),
            value=float(value), low=float(value), high=float(value), unit="count", hedge=None,
            metric="casualties.killed", subject="Kabul", column=col,
            norm_value=float(value), norm_low=float(value), norm_high=float(value), norm_unit="count")
        fields.update(over)
        out.append(Claim(**fields))
    return out


def add(led, text, figures, *, path="a.txt", outlet="Sky News", published="2021-08-20"):
    doc = load_text(text, path, outlet=outlet, published=published)
    cs = claims_in(doc, figures)
    led.add_document(doc, cs)
    return cs


def store_conflicts(led):
    led.replace_conflicts(compare.find_conflicts(led.claim_records(), SETTINGS))


def draft(text, figures, path="draft.md"):
    doc = load_text(text, path)
    return doc, claims_in(doc, figures)


def run_check(led, doc, cs, **kw):
    s = CheckSettings(compare=SETTINGS, **kw)
    masked, reasons, _ = find_markers(doc.text)
    return check_claims(doc, cs, led, s, reasons=reasons)


@pytest.fixture
def led(db_path):
    with Ledger(db_path) as ledger:
        yield ledger


# ---------------------------------------------------------------------------
# judging


def test_matching_and_absent_figures_are_counted_not_reported(led):
    add(led, "The blast killed 170 people in Kabul.\n", [("170", 170, {})])
    doc, cs = draft("The attack killed 170 people.\nSome 40 schools shut.\n",
                    [("170", 170, {}), ("40", 40, {"metric": "schools.closed"})])
    findings, counts = run_check(led, doc, cs)
    assert findings == []
    assert counts == {"checked": 2, "matched": 1, "absent": 1}


def test_a_conflicting_figure_is_an_error_citing_the_ledger(led):
    ledger_claims = add(led, "The blast killed 170 people in Kabul, officials said.\n",
                        [("170", 170, {})])
    doc, cs = draft("Headline\n\nThe attack in Kabul killed 17 people.\n", [("17", 17, {})])
    findings, counts = run_check(led, doc, cs)
    assert counts["checked"] == 1 and counts["matched"] == 0
    [f] = findings
    assert (f.code, f.severity, f.kind) == ("LG001", "error", "contradiction")
    assert (f.file, f.line, f.column, f.text) == ("draft.md", 3, doc.text.splitlines()[2].index("17") + 1, "17")
    assert [r.id for r in f.ledger] == [ledger_claims[0].id]
    ref = f.ledger[0]
    assert (ref.outlet, ref.published, ref.sentence) == ("Sky News", "2021-08-20",
                                                         "The blast killed 170 people in Kabul, officials said.")
    assert "170" in f.message and "correct" in f.message


def test_far_claims_are_the_newest_of_the_drafts_own_status(led, monkeypatch):
    """A key's newer claims of another status (estimates) do not crowd out an
    older actual figure from the far look-up: the gate reads the newest claims
    of the draft's own status and running-total flag, however many others the
    key holds."""
    monkeypatch.setattr(check, "MAX_FAR", 2)  # looks at 4 * MAX_FAR = 8 rows
    old = add(led, "The blast killed 170 people in Kabul.\n", [("170", 170, {})],
              path="old.txt", published="2021-08-01")
    for day in range(10, 20):  # ten newer estimates, far from the draft's figure
        add(led, f"An estimated 900 people died in Kabul, day {day}.\n",
            [("900", 900, {"status": "estimate"})], path=f"est{day}.txt", published=f"2021-08-{day}")
    doc, cs = draft("The attack in Kabul killed 17 people.\n", [("17", 17, {})])
    findings, _ = run_check(led, doc, cs)
    [f] = findings
    assert f.code == "LG001" and [r.id for r in f.ledger] == [old[0].id]


def test_a_figure_within_tolerance_of_a_hedged_ledger_figure_matches(led):
    add(led, "About 10,000 people fled Kabul.\n",
        [("About 10,000", 10000, {"hedge": "about", "low": None, "high": None,
                                  "norm_low": None, "norm_high": None,
                                  "precision_low": 9500.0, "precision_high": 10500.0})])
    doc, cs = draft("Some 10,400 people fled.\n", [("10,400", 10400, {})])
    findings, counts = run_check(led, doc, cs)
    assert findings == [] and counts["matched"] == 1


def two_sources(led):
    add(led, "The blast killed 170 people.\n", [("170", 170, {})], path="a.txt")
    add(led, "The blast killed 180 people.\n", [("180", 180, {})], path="b.txt", outlet="BBC")
    store_conflicts(led)


def test_the_editor_confirmed_figure_is_the_reference(led):
    two_sources(led)
    [conflict] = led.conflict_records()
    led.record_verdicts([(conflict.id, "confirmed", 180.0, "hospital list", "ed")])

    doc, cs = draft("It killed 170 people.\n", [("170", 170, {})])
    findings, _ = run_check(led, doc, cs)
    [f] = findings
    assert f.code == "LG002" and f.severity == "error"
    assert "180" in f.message and f.ledger[0].value == 180

    doc, cs = draft("It killed 180 people.\n", [("180", 180, {})])
    findings, counts = run_check(led, doc, cs)
    assert findings == [] and counts["matched"] == 1


def test_without_a_verdict_a_figure_one_source_gives_matches(led):
    two_sources(led)
    doc, cs = draft("It killed 170 people.\n", [("170", 170, {})])
    findings, counts = run_check(led, doc, cs)
    assert findings == [] and counts["matched"] == 1


def test_unattributed_figure_disputed_between_named_sources_is_a_warning(led):
    add(led, "The Taliban said 300 died.\n", [("300", 300, {"speaker": "Taliban"})], path="a.txt")
    add(led, "The UN said 900 died.\n", [("900", 900, {"speaker": "United Nations"})], path="b.txt")
    store_conflicts(led)
    assert [k.kind for k in led.conflict_records()] == ["disputed"]

    doc, cs = draft("At least 300 died.\n", [("300", 300, {})])
    [f] = run_check(led, doc, cs)[0]
    assert (f.code, f.severity, f.kind) == ("LG003", "warning", "disputed")
    assert {r.speaker for r in f.ledger} == {"Taliban", "United Nations"}
    assert "attribute" in f.message

    doc, cs = draft("The Taliban said 300 people died.\n", [("300", 300, {"speaker": "Taliban"})])
    findings, counts = run_check(led, doc, cs)
    assert findings == [] and counts["matched"] == 1


def test_attributed_figure_other_sources_put_differently_is_info(led):
    add(led, "The UN said 900 died.\n", [("900", 900, {"speaker": "United Nations"})])
    doc, cs = draft("The Red Cross said 400 died.\n", [("400", 400, {"speaker": "Red Cross"})])
    [f] = run_check(led, doc, cs)[0]
    assert (f.code, f.severity) == ("LG005", "info")


def test_a_superseded_figure_is_a_warning(led):
    kw = {"metric": "casualties.total", "cumulative": False}
    add(led, "The toll rose to 100.\n", [("100", 100, kw)], path="a.txt", published="2021-08-01")
    add(led, "The toll rose to 250.\n", [("250", 250, kw)], path="b.txt", published="2021-08-10")
    store_conflicts(led)
    assert [k.kind for k in led.conflict_records()] == ["superseded"]
    doc, cs = draft("The toll is 100.\n", [("100", 100, kw)])
    [f] = run_check(led, doc, cs)[0]
    assert (f.code, f.severity, f.kind) == ("LG004", "warning", "superseded")
    assert f.ledger[0].value == 250
    doc, cs = draft("The toll is 250.\n", [("250", 250, kw)])
    assert run_check(led, doc, cs)[0] == []


def test_an_undated_draft_updating_a_running_total_is_not_a_contradiction(led):
    kw = {"metric": "casualties.total"}
    add(led, "The toll rose to 250.\n", [("250", 250, kw)], published="2021-08-10")
    doc, cs = draft("The toll has risen to 400.\n", [("400", 400, kw)])
    findings, counts = run_check(led, doc, cs, today="2021-08-12")
    assert findings == [] and counts["matched"] == 1
    doc, cs = draft("The toll has fallen to 90.\n", [("90", 90, kw)])  # a running total cannot fall
    [f] = run_check(led, doc, cs, today="2021-08-12")[0]
    assert f.code == "LG001"


def test_the_draft_is_never_compared_with_itself(led):
    doc, cs = draft("The attack killed 17 people.\n", [("17", 17, {})])
    led.add_document(doc, cs)
    findings, counts = run_check(led, doc, cs)
    assert findings == [] and counts["absent"] == 1


def test_select_and_ignore(led):
    add(led, "The blast killed 170 people.\n", [("170", 170, {"rule": "CAS001"})])
    doc, cs = draft("It killed 17 people.\n", [("17", 17, {"rule": "CAS001"})])
    assert len(run_check(led, doc, cs)[0]) == 1
    assert run_check(led, doc, cs, ignore=("LG001",))[0] == []
    findings, counts = run_check(led, doc, cs, ignore=("CAS",))
    assert findings == [] and counts["checked"] == 0
    assert len(run_check(led, doc, cs, select=("CAS001", "LG"))[0]) == 1
    assert run_check(led, doc, cs, select=("TRP",))[0] == []


# ---------------------------------------------------------------------------
# accepting findings


def test_inline_markers_accept_the_findings_on_their_line(led):
    add(led, "The blast killed 170 people.\n", [("170", 170, {})])
    text = ('It killed 17 people. <!-- ledger: accept "hospital count, 1 May" -->\n'
            "Later 17 died, officials said.\n")
    doc, cs = draft(text, [("17", 17, {}), ("17", 17, {})])
    findings, _ = run_check(led, doc, cs)
    assert [f.accepted for f in findings] == ["inline: hospital count, 1 May", None]


@pytest.mark.parametrize("marker,reason", [
    ('<!-- ledger: accept "a reason" -->', "a reason"),
    ("<!--ledger: accept: plain words-->", "plain words"),
    ("[ledger: accept: figure from the 2 May update]", "figure from the 2 May update"),
    ("[Ledger: Accept: X]", "X"),
])
def test_marker_forms(marker, reason):
    text = f"First line.\nIt killed 17 people. {marker} End.\n"
    masked, reasons, n = find_markers(text)
    assert n == 1 and reasons == {2: reason}
    assert len(masked) == len(text) and "ledger" not in masked
    assert masked.index("End.") == text.index("End.")


def test_a_marker_without_a_reason_accepts_nothing():
    masked, reasons, n = find_markers("It killed 17 people. <!-- ledger: accept -->\n")
    assert n == 1 and reasons == {}


@given(st.lists(st.sampled_from(["plain 17 text", "\n", '<!-- ledger: accept "r 5" -->',
                                 "[ledger: accept: why 3]", "<!-- other -->", "x"]), max_size=12))
@hsettings(max_examples=200, deadline=None)
def test_masking_keeps_offsets_and_lines(parts):
    text = "".join(parts)
    masked, reasons, n = find_markers(text)
    assert len(masked) == len(text)
    assert [i for i, ch in enumerate(masked) if ch == "\n"] == [i for i, ch in enumerate(text) if ch == "\n"]
    assert "ledger:" not in masked
    assert all(1 <= line <= text.count("\n") + 1 for line in reasons)


def test_fingerprint_ignores_line_but_not_the_figure():
    a = fingerprint("drafts/a.md", "LG001", "m", "s", "17", "It killed 17  people.")
    assert a == fingerprint("drafts/./a.md", "LG001", "m", "s", "17", "It killed 17 people.")
    assert a != fingerprint("drafts/a.md", "LG001", "m", "s", "18", "It killed 17 people.")
    assert a != fingerprint("drafts/b.md", "LG001", "m", "s", "17", "It killed 17 people.")


def test_baseline_accepts_known_findings_and_survives_edits_elsewhere(led, tmp_path):
    add(led, "The blast killed 170 people.\n", [("170", 170, {})])
    doc, cs = draft("It killed 17 people.\n", [("17", 17, {})])
    findings, _ = run_check(led, doc, cs)
    path = str(tmp_path / "baseline.json")
    assert check.write_baseline(path, findings) == 1
    accepted = check.load_baseline(path)
    doc2, cs2 = draft("A new first paragraph.\n\nIt killed 17 people.\n", [("17", 17, {})])
    [f] = run_check(led, doc2, cs2, baseline=accepted)[0]
    assert f.accepted == "baseline" and f.line == 3
    doc3, cs3 = draft("It killed 16 people.\n", [("16", 16, {})])
    [f] = run_check(led, doc3, cs3, baseline=accepted)[0]
    assert f.accepted is None


def test_a_bad_baseline_file_is_an_error(tmp_path):
    p = tmp_path / "b.json"
    p.write_text("[1, 2]")
    with pytest.raises(check.CheckError, match="not a ledger baseline"):
        check.load_baseline(str(p))
    assert check.load_baseline(str(tmp_path / "missing.json")) == frozenset()


# ---------------------------------------------------------------------------
# outputs


def _finding(file, line, col, severity="error", code="LG001", accepted=None, text="17"):
    ref = LedgerRef(id="c1", doc="seeds/a.txt", outlet="Sky News", speaker=None, text="170",
                    value=170.0, sentence="It killed 170.", published="2021-08-20", unit="count")
    return Finding(file=file, line=line, column=col, text=text, value=17.0, unit="count",
                   metric="casualties.killed", subject="Kabul", kind="contradiction",
                   severity=severity, message=f"{text} conflicts, with: a comma\nand newline",
                   ledger=(ref,), code=code, fingerprint=f"fp{line}{col}", accepted=accepted)


@pytest.fixture
def result():
    fs = [_finding("b.md", 2, 5), _finding("a.md", 10, 3, "warning", "LG003"),
          _finding("a.md", 2, 7, "info", "LG005"), _finding("a.md", 4, 1, accepted="baseline"),
          _finding("a.md", 5, 1, accepted="inline: ok")]
    fs.sort(key=check._order)
    return CheckResult(findings=tuple(fs), claims_checked=12, matched=4, not_in_ledger=3,
                       files=("a.md", "b.md"))


def test_text_output_one_sorted_line_per_open_finding_then_summary(result):
    lines = check.format_text(result).splitlines()
    assert [ln.split(":")[0:3] for ln in lines[:-1]] == [["a.md", "2", "7"], ["a.md", "10", "3"],
                                                        ["b.md", "2", "5"]]
    assert lines[0].startswith("a.md:2:7: info LG005 ")
    assert lines[-1].startswith("2 files checked: 12 figures checked, 4 matched the ledger, "
                                "3 not in the ledger; 1 error, 1 warning, 1 info")
    assert "(1 accepted by the baseline, 1 accepted inline)" in lines[-1]


def test_json_output_keeps_the_contract(result):
    data = json.loads(check.format_json(result))
    assert data["claims_checked"] == 12
    assert len(data["findings"]) == 3 and len(data["accepted"]) == 2
    for f in data["findings"]:
        assert list(f)[:len(FINDING_FIELDS)] == list(FINDING_FIELDS)
        for ref in f["ledger"]:
            assert list(ref)[:len(LEDGER_REF_FIELDS)] == list(LEDGER_REF_FIELDS)
    assert data["findings"][0]["value"] == 17 and isinstance(data["findings"][0]["value"], int)
    assert data["summary"]["accepted_inline"] == 1


def test_sarif_output(result):
    data = json.loads(check.format_sarif(result))
    assert data["version"] == "2.1.0"
    run = data["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rule_ids == sorted(check.CODES)
    assert len(run["results"]) == 5
    for r in run["results"]:
        assert rule_ids[r["ruleIndex"]] == r["ruleId"]
        region = r["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["endColumn"] > region["startColumn"]
    levels = sorted(r["level"] for r in run["results"])
    assert levels == ["error", "error", "error", "note", "warning"]
    kinds = sorted(s["kind"] for r in run["results"] for s in r.get("suppressions", []))
    assert kinds == ["external", "inSource"]


def test_github_output_escapes_annotations(result):
    lines = check.format_github(result).splitlines()
    assert lines[0].startswith("::notice file=a.md,line=2,col=7,endColumn=9,title=ledger LG005::")
    assert all("\n" not in ln for ln in lines)
    assert "%0A" in lines[0] and "with: a comma" in lines[0]
    assert lines[1].startswith("::warning ") and lines[2].startswith("::error file=b.md")
    assert lines[-1].startswith("2 files checked")


def test_exit_codes_follow_fail_on(result):
    assert result.exit_code("error") == 1
    clean = CheckResult(findings=tuple(f for f in result.findings if f.severity != "error" or f.accepted))
    assert clean.exit_code("error") == 0
    assert clean.exit_code("warning") == 1
    only_info = CheckResult(findings=tuple(f for f in clean.findings if f.severity == "info"))
    assert only_info.exit_code("warning") == 0 and only_info.exit_code("info") == 1


# ---------------------------------------------------------------------------
# configuration and the command's failures


def test_config_from_pyproject_and_ledger_toml(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.ledger]\ndatabase = "data/l.db"\nfail-on = "warning"\n'
        'ignore = ["lg004"]\n')
    sub = tmp_path / "drafts"
    sub.mkdir()
    cfg = load_config(start=str(sub))
    assert cfg.database == str(tmp_path.resolve() / "data" / "l.db")
    assert (cfg.fail_on, cfg.ignore) == ("warning", ("LG004",))
    (sub / "ledger.toml").write_text('fail-on = "info"\nselect = "CAS"\n')
    cfg = load_config(start=str(sub))
    assert (cfg.fail_on, cfg.select, cfg.database) == ("info", ("CAS",), None)


def test_pyproject_without_a_ledger_table_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    found = find_config(str(tmp_path))
    assert found is None or tmp_path.resolve() not in found.parents


@pytest.mark.parametrize("body,msg", [
    ('fail-on = "fatal"\n', "fail-on must be one of"),
    ('colour = 1\n', "unknown key 'colour'"),
    ('select = [1]\n', "select must be a list"),
    ('fail-on = \n', "not valid TOML"),
])
def test_bad_config_names_file_and_key(tmp_path, body, msg):
    p = tmp_path / "ledger.toml"
    p.write_text(body)
    with pytest.raises(ConfigError, match=msg) as exc:
        load_config(str(p))
    assert str(p) in str(exc.value)


def test_missing_database_exits_2_with_a_clear_message(tmp_path, capsys):
    d = tmp_path / "d.md"
    d.write_text("It killed 17 people.\n")
    rc = check.run([str(d)], db=str(tmp_path / "none.db"))
    err = capsys.readouterr().err
    assert rc == 2 and "no ledger database" in err and "none.db" in err


def test_bad_config_exits_2(tmp_path, capsys):
    p = tmp_path / "ledger.toml"
    p.write_text('fail-on = "fatal"\n')
    assert check.run(["x.md"], config=str(p)) == 2
    assert "fail-on" in capsys.readouterr().err


# ---------------------------------------------------------------------------
# the near/far split never hides an agreeing ledger claim


_HEDGES = [(None, "exact"), ("about", "approx"), ("more than", "gt"), ("nearly", "below"),
           ("up to", "le"), ("some", "approx")]


@st.composite
def _claim_pairs(draw):
    unit = draw(st.sampled_from(["count", "percent"]))
    metric = draw(st.sampled_from(["casualties.killed", "trade.tariff_rate", "money.aid", "x.y"]))
    out = []
    base = draw(st.floats(min_value=0.5, max_value=1e7, allow_nan=False))
    for ratio in (1.0, draw(st.floats(min_value=0.3, max_value=3.0))):
        v = base * ratio
        hedge, kind = draw(st.sampled_from(_HEDGES))
        lo, hi = {"exact": (v, v), "approx": (v * 0.9, v * 1.1), "gt": (v, None),
                  "below": (v * 0.9, v), "le": (None, v)}[kind]
        prec = draw(st.sampled_from([None, 0.05]))
        out.append(dict(value=v, low=lo, high=hi, hedge=hedge, norm_value=v, norm_low=lo, norm_high=hi,
                        norm_unit=unit, unit=unit, metric=metric,
                        precision_low=v * (1 - prec) if prec else None,
                        precision_high=v * (1 + prec) if prec else None))
    return out


@given(_claim_pairs())
@hsettings(max_examples=400, deadline=None)
def test_agreeing_claims_are_always_near(pair):
    a_over, b_over = pair
    doc_a = load_text("It was 1 then.\n", "a.txt", published="2021-08-20")
    doc_b = load_text("It was 1 now.\n", "b.txt", published="2021-08-20")
    a = claims_in(doc_a, [("1", a_over["value"], a_over)])[0]
    b = claims_in(doc_b, [("1", b_over["value"], b_over)])[0]
    s = compare.load_settings()
    if compare.comparable(a, b, s) and compare.judge(a, b, s) is None:
        ia = check._interval(a.norm_low, a.norm_high, a.norm_value, a.hedge)
        ib = check._interval(b.norm_low, b.norm_high, b.norm_value, b.hedge)
        assert check._near(ia, ib, check.NEAR_FACTOR)


def test_pre_commit_hook_runs_the_check_on_every_draft_suffix():
    import re

    import yaml

    from ledger import documents
    from ledger.cli import cli

    from .conftest import REPO

    [hook] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "ledger-check" and hook["language"] == "python"
    assert hook["entry"].split()[:2] == ["ledger", "check"] and "check" in cli.commands
    for suffix in documents.SUFFIXES:
        assert re.search(hook["files"], f"drafts/story{suffix}"), suffix
    assert not re.search(hook["files"], "drafts/photo.jpg")


def test_a_bad_tolerances_file_beside_the_rules_exits_2_naming_it(tmp_path, capsys, db_path):
    import shutil as _shutil

    from .conftest import REPO

    rules_copy = tmp_path / "rules"
    _shutil.copytree(REPO / "rules", rules_copy)
    (rules_copy / "tolerances.yaml").write_text("version: 1\ndefault: {relative: -3}\n")
    Ledger(db_path).close()
    draft_file = tmp_path / "d.md"
    draft_file.write_text("It killed 17 people.\n")
    rc = check.run([str(draft_file)], db=db_path, rules_dir=str(rules_copy))
    err = capsys.readouterr().err
    assert rc == 2 and "tolerances.yaml" in err


def test_published_dates_an_undated_draft(tmp_path, capsys):
    """``check --published``: the draft's "on 23 February" becomes a date of
    that year and meets the ledger's; without it, it stays a day with no year
    and is compared with nothing."""
    from ledger.cli import main

    db = str(tmp_path / "l.db")
    (tmp_path / "a.txt").write_text("Russia invaded Ukraine on 24 February 2022, officials said.\n")
    draft = tmp_path / "draft.md"
    draft.write_text("Russia invaded Ukraine on 23 February, officials said.\n")
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", db, "--published", "2022-03-01"]) == 0
    capsys.readouterr()
    assert main(["check", str(draft), "--db", db, "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["findings"] == [] and out["summary"]["not_in_ledger"] == 1
    assert main(["check", str(draft), "--db", db, "--format", "json", "--published", "2022-03-05"]) == 1
    [f] = json.loads(capsys.readouterr().out)["findings"]
    assert (f["code"], f["text"], f["metric"]) == ("LG001", "23 February", "event.invasion")
    assert "24 February 2022" in f["message"]
    # a draft dated by its sidecar keeps that date: 24 February 2023 is not 2022's
    draft.write_text("Russia invaded Ukraine on 24 February, officials said.\n")
    assert main(["check", str(draft), "--db", db, "--format", "json", "--published", "2022-03-05"]) == 0
    (tmp_path / "sources.yaml").write_text("draft.md: {published: 2023-03-01}\n")
    assert main(["check", str(draft), "--db", db, "--format", "json", "--published", "2022-03-05"]) == 1
    capsys.readouterr()
    assert main(["check", str(draft), "--db", db, "--published", "not-a-date"]) == 2
