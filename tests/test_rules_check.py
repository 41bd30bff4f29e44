"""`ledger rules --check`: a newsroom's edited rule set runs its own examples."""

import shutil

from ledger.cli import main

from .conftest import REPO


def test_shipped_rules_pass_their_examples(capsys):
    assert main(["rules", "--check"]) == 0
    assert "0 failing" in capsys.readouterr().err


def test_an_example_the_rule_no_longer_matches_is_named(tmp_path, capsys):
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    rule = rules / "military" / "TRP002.yml"
    text = rule.read_text()
    assert "value: 2500" in text
    rule.write_text(text.replace("value: 2500", "value: 2600", 1))
    rc = main(["rules", "--check", "--rules", str(rules), "--group", "TRP002"])
    out, err = capsys.readouterr()
    assert rc == 1
    assert "TRP002.yml:" in out and "value 2500" in out and "2600" in out
