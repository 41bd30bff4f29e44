"""`ledger rules` and `ledger coverage`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from ledger.cli import cli

from ._claimkit import RULESET


def test_rules_lists_every_rule_with_code_name_summary():
    res = CliRunner().invoke(cli, ["rules"])
    assert res.exit_code == 0
    for rule in RULESET.rules:
        assert rule.code in res.output and rule.name in res.output


def test_rules_jsonl_and_group_filter():
    res = CliRunner().invoke(cli, ["rules", "--format", "jsonl", "--group", "casualties"])
    rows = [json.loads(line) for line in res.output.splitlines() if line.startswith("{")]
    assert rows and all("casualties" in r["groups"] for r in rows)
    assert {"code", "name", "summary", "metric", "kind"} <= set(rows[0])


def test_coverage_lists_unclaimed_figures_per_document_with_total(tmp_path):
    # (s31: "page 12" names a page, no figure; a number counted to is still one no rule types)
    (tmp_path / "a.txt").write_text("Russia launched 40 drones. Count to 12.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("About 300 people were killed.\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["coverage", str(tmp_path)])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert any(line.endswith("a.txt:1:37: 12 (count)") for line in lines), lines
    assert any("a.txt: 2 figures, 1 claimed, 1 unclaimed" in line for line in lines)
    assert any("b.txt: 1 figures, 1 claimed, 0 unclaimed" in line for line in lines)
    assert lines[-1] == "total: 2 documents, 3 figures, 2 claimed (66.7%), 1 unclaimed"


def test_coverage_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text("Count to 12.\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["coverage", "--format", "jsonl", str(tmp_path / "a.txt")])
    rows = [json.loads(line) for line in res.output.splitlines() if line.startswith("{")]
    assert rows[0]["text"] == "12" and rows[0]["line"] == 1
    assert rows[-1] == {"total": {"documents": 1, "figures": 1, "claimed": 0, "unclaimed": 1}}


def test_a_rules_folder_in_the_working_directory_is_not_picked_up(tmp_path, monkeypatch):
    """The default is ledger's own rules, as --rules says: a stray rules/ folder
    in the working directory (another project's, half a newsroom's) is not
    mixed in; it is used only when asked for with --rules."""
    from ledger import rules as rules_mod

    (tmp_path / "rules" / "fam").mkdir(parents=True)
    (tmp_path / "rules" / "fam" / "TST001.yml").write_text("code: [broken\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LEDGER_RULES", raising=False)
    assert len(rules_mod.load_rules()) > 50
    with pytest.raises(rules_mod.RuleError):
        rules_mod.load_rules("rules")
