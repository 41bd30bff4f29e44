"""The pre-publish gate end to end: drafts written against the seeds' ledger.

The seeds are ingested once (the whole pipeline and compare), then drafts in
tests/fixtures/drafts are checked with ``check_files`` and the ``ledger
check`` command.  Expected positions are found in the draft text itself.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from ledger import check, documents, pipeline, rules
from ledger.check import check_files
from ledger.cli import ingest_paths, main
from ledger.store import Ledger

from .conftest import REPO, SEEDS

DRAFTS = REPO / "tests" / "fixtures" / "drafts"
PLANTED = DRAFTS / "planted_errors.md"
CLEAN = DRAFTS / "clean.md"
UNRELATED = DRAFTS / "unrelated.md"

# (figure as written in the draft, the seed's figure it garbles, kind of error)
ERRORS = [
    ("4,200", "2,400", "transposed digits"),
    ("some 30,000", "some 300,000", "dropped zero"),
    ("$2.2 million", "$2.2 billion", "million for billion"),
    ("90-week", "90-day", "wrong unit"),
    ("84%", "125%", "a figure from the wrong country (China's tariff on the US)"),
]


@pytest.fixture(scope="module")
def ruleset():
    return rules.load_rules(None)


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory, ruleset):
    path = str(tmp_path_factory.mktemp("seedledger") / "ledger.db")
    with Ledger(path) as led:
        summary = ingest_paths(led, [str(SEEDS)], ruleset)
    assert summary["new"] == 5
    return path


@pytest.fixture
def led(seed_db):
    with Ledger(seed_db, readonly=True) as ledger:
        yield ledger


def position(text: str, figure: str) -> tuple[int, int]:
    i = text.index(figure)
    assert text.find(figure, i + 1) == -1, f"{figure!r} is ambiguous in the draft"
    return text.count("\n", 0, i) + 1, i - (text.rfind("\n", 0, i) + 1) + 1


def key(f):
    return (f.line, f.column, f.text, f.code, f.severity, f.message)


@pytest.fixture(scope="module")
def planted(seed_db, ruleset):
    with Ledger(seed_db, readonly=True) as led:
        return check_files([str(PLANTED)], led, ruleset)


# Upstream gaps, named here rather than worked around in the gate: a figure
# extracted but typed with another metric than the seed's, so that nothing in
# the ledger is comparable with it.  (None open now; "some 30,000" was one,
# fixed in rule TRP002 by requiring the withdrawal in the figure's sentence.)
UPSTREAM: dict[str, str] = {}


def _cases():
    for wrong, right, what in ERRORS:
        marks = [pytest.mark.xfail(reason=UPSTREAM[wrong], strict=False)] if wrong in UPSTREAM else []
        yield pytest.param(wrong, right, what, marks=marks, id=what.split(" (")[0])


@pytest.mark.parametrize("wrong,right,what", list(_cases()))
def test_each_planted_error_is_caught_at_its_line_and_column(planted, wrong, right, what):
    text = PLANTED.read_text(encoding="utf-8")
    got = {f.text: f for f in planted.findings}
    assert wrong in got, f"missed the {what}: {wrong!r} (the ledger has {right!r})"
    f = got[wrong]
    assert (f.line, f.column) == position(text, wrong)
    assert f.severity == "error" and f.kind == "contradiction" and f.code == "LG001"
    assert right in [r.text for r in f.ledger]
    ref = next(r for r in f.ledger if r.text == right)
    assert "seeds" in ref.doc and right in ref.sentence
    assert f.metric and f.message.startswith(wrong)


def test_nothing_but_the_planted_errors_is_raised(planted):
    wrong = {e[0] for e in ERRORS}
    assert [f.text for f in planted.findings if f.text not in wrong] == []
    # the one right figure in the draft ("457 British troops") matched the ledger
    assert planted.matched >= 1


def test_a_clean_draft_passes(led, ruleset):
    result = check_files([str(CLEAN)], led, ruleset)
    assert result.findings == ()
    # the draft restates seed figures; each one found and matched
    seeds = " ".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    restated = [c for c in pipeline.extract(next(documents.load_paths([str(CLEAN)])), ruleset)
                if c.text in seeds]
    assert len(restated) >= 5
    assert result.matched >= len(restated)
    assert result.matched + result.not_in_ledger == result.claims_checked
    assert main(["check", str(CLEAN), "--db", led.path]) == 0


def test_a_draft_of_unrelated_figures_raises_nothing(led, ruleset):
    result = check_files([str(UNRELATED)], led, ruleset)
    assert result.findings == ()
    assert result.matched == 0 and result.not_in_ledger == result.claims_checked
    assert main(["check", str(UNRELATED), "--db", led.path, "--fail-on", "info"]) == 0


def _docx_twin(md_path, out_path):
    import docx

    document = docx.Document()
    for line in md_path.read_text(encoding="utf-8").split("\n")[:-1]:
        document.add_paragraph(line)
    document.save(str(out_path))


def test_a_docx_twin_is_checked_the_same_as_its_markdown(led, ruleset, tmp_path):
    twin = tmp_path / "planted_errors.docx"
    _docx_twin(PLANTED, twin)
    md = check_files([str(PLANTED)], led, ruleset)
    dx = check_files([str(twin)], led, ruleset)
    assert [key(f) for f in dx.findings] == [key(f) for f in md.findings]
    assert {f.file for f in dx.findings} == {str(twin)}
    assert (dx.claims_checked, dx.matched, dx.not_in_ledger) == (md.claims_checked, md.matched, md.not_in_ledger)


def test_an_html_draft_is_checked_like_its_markdown(led, ruleset, tmp_path):
    import html

    paras = [ln for ln in PLANTED.read_text(encoding="utf-8").splitlines() if ln.strip()]
    page = tmp_path / "planted.html"
    page.write_text("<html><head><title>Draft</title><script>var x = 90;</script></head><body>"
                    + "".join(f"<p>{html.escape(p)}</p>" for p in paras) + "</body></html>",
                    encoding="utf-8")
    md = check_files([str(PLANTED)], led, ruleset)
    ht = check_files([str(page)], led, ruleset)
    assert sorted((f.text, f.code) for f in ht.findings) == sorted((f.text, f.code) for f in md.findings)
    assert ht.findings and all(f.file == str(page) for f in ht.findings)


def test_inline_marker_in_a_draft(led, ruleset, tmp_path):
    text = PLANTED.read_text(encoding="utf-8")
    line_no, _ = position(text, "4,200")
    lines = text.split("\n")
    lines[line_no - 1] += ' <!-- ledger: accept "Pentagon revised list, 12 May (8,000 figure)" -->'
    draft = tmp_path / "marked.md"
    draft.write_text("\n".join(lines), encoding="utf-8")
    result = check_files([str(draft)], led, ruleset)
    accepted = [f for f in result.findings if f.accepted]
    assert [(f.text, f.accepted) for f in accepted] == [
        ("4,200", "inline: Pentagon revised list, 12 May (8,000 figure)")]
    unmarked = check_files([str(PLANTED)], led, ruleset)
    assert len(result.open) == len(unmarked.open) - 1  # and the figure in the reason is not checked
    assert "1 accepted inline" in check.summary(result)


def test_command_outputs_and_baseline(seed_db, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no ledger.toml or [tool.ledger] here
    draft = tmp_path / "draft.md"
    shutil.copy(PLANTED, draft)
    args = ["check", "draft.md", "--db", seed_db]

    with Ledger(seed_db, readonly=True) as led:
        n = len(check_files(["draft.md"], led, rules.load_rules(None)).findings)
    assert n >= 4

    assert main(args) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == n + 1
    assert all(line.startswith("draft.md:") and " error LG001 " in line for line in out[:-1])
    assert out == sorted(out[:-1], key=lambda s: [int(x) for x in s.split(":")[1:3]]) + out[-1:]
    assert f"{n} errors" in out[-1]

    assert main(args + ["--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert len(data["findings"]) == n and data["claims_checked"] >= n
    for f in data["findings"]:
        assert {"file", "line", "column", "text", "value", "unit", "metric", "subject", "kind",
                "severity", "message", "ledger"} <= set(f)
        assert f["ledger"] and {"id", "doc", "outlet", "speaker", "text", "value", "sentence"} <= set(f["ledger"][0])

    assert main(args + ["--format", "sarif"]) == 1
    sarif = json.loads(capsys.readouterr().out)
    assert len(sarif["runs"][0]["results"]) == n

    assert main(args + ["--format", "github"]) == 1
    gh = capsys.readouterr().out.splitlines()
    assert all(line.startswith("::error file=draft.md,line=") for line in gh[:-1])

    assert main(args + ["--update-baseline"]) == 0
    assert f"{n} accepted findings" in capsys.readouterr().out
    assert (tmp_path / ".ledger-baseline.json").exists()
    assert main(args) == 0
    assert f"({n} accepted by the baseline, 0 accepted inline)" in capsys.readouterr().out
    # a new error is not covered by the baseline
    draft.write_text(draft.read_text().replace("457 British", "45 British"))
    assert main(args) == 1
    assert " 45 " in capsys.readouterr().out


def test_config_file_sets_database_and_fail_on(seed_db, tmp_path, capsys):
    cfg = tmp_path / "ledger.toml"
    cfg.write_text(f'database = "{seed_db}"\nignore = ["LG001"]\n')
    assert main(["check", str(PLANTED), "--config", str(cfg)]) == 0
    assert "0 errors" in capsys.readouterr().out


def test_unreadable_or_missing_draft_exits_2(seed_db, tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.md"), "--db", seed_db]) == 2
    assert "nope.md" in capsys.readouterr().err
    empty = tmp_path / "empty.md"
    empty.write_text("")
    assert main(["check", str(empty), str(CLEAN), "--db", seed_db]) == 2


@pytest.mark.parametrize("text", [None, "Rhode Island has the second-highest rate of Lyme disease in "
                                          "the country, the state announced on Wednesday 2 April.\n"])
def test_check_keeps_pandas_openpyxl_and_pint_off_the_path(seed_db, tmp_path, text):
    """Also for a draft with a rank and an undated day (units of our own)."""
    draft = CLEAN
    if text:
        draft = tmp_path / "draft.md"
        draft.write_text(text, encoding="utf-8")
    code = (
        "import sys\n"
        "from ledger.cli import main\n"
        f"rc = main(['check', {str(draft)!r}, '--db', {seed_db!r}])\n"
        "heavy = [m for m in ('pandas', 'openpyxl', 'pint') if m in sys.modules]\n"
        "print('RESULT', rc, ','.join(heavy) or '-')\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(REPO),
                       timeout=120)
    last = [ln for ln in p.stdout.splitlines() if ln.startswith("RESULT")]
    assert last, p.stderr
    assert last[-1] == "RESULT 0 -", p.stdout + p.stderr

