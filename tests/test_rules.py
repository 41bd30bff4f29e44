"""Every rule's examples, as tests (ids like CAS001_match_0), plus meta-tests
on the rule library and on the loader's error messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledger.examples import match_problems, no_match_problems
from ledger.rules import RuleError, load_rules

from ._claimkit import RULESET

ROOT = Path(__file__).resolve().parent.parent / "rules"


def _cases(which):
    for rule in RULESET.rules:
        examples = rule.match_examples if which == "match" else rule.no_match_examples
        for i, ex in enumerate(examples):
            yield pytest.param(rule, ex, id=f"{rule.code}_{which}_{i}")


@pytest.mark.parametrize("rule,ex", list(_cases("match")))
def test_rule_match_example(rule, ex):
    problems = match_problems(rule, ex, RULESET)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("rule,ex", list(_cases("no_match")))
def test_rule_no_match_example(rule, ex):
    problems = no_match_problems(rule, ex, RULESET)
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- meta-tests


def test_library_is_not_empty():
    assert len(RULESET) >= 30


@pytest.mark.parametrize("rule", RULESET.rules, ids=lambda r: r.code)
def test_rule_is_documented_and_tested_both_ways(rule):
    assert Path(rule.path).stem == rule.code
    assert rule.summary and rule.why
    assert rule.match_examples, f"{rule.code} has no match examples"
    assert rule.no_match_examples, f"{rule.code} has no no_match examples"
    assert "all" in rule.groups


def test_codes_and_names_unique():
    codes = [r.code for r in RULESET.rules]
    names = [r.name for r in RULESET.rules]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)


def test_a_key_given_twice_fails_at_load_with_its_line(tmp_path):
    """YAML keeps the last of two equal keys without a word; a rule file that
    gives one twice (an example's second "subject:") fails at load, naming the
    file and the second key's line."""
    from ledger.rules import load_rule_file, load_rules

    lists = load_rules(ROOT).lists
    src = (ROOT / "events" / "EVT016.yml").read_text(encoding="utf-8")
    assert "      metric: event.sport\n" in src
    bad = tmp_path / "EVT016.yml"
    bad.write_text(src.replace("      metric: event.sport\n", "      metric: event.sport\n      metric: event.other\n", 1),
                   encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rule_file(bad, lists)
    first = src.splitlines().index("      metric: event.sport") + 1
    assert info.value.path == str(bad) and info.value.line == first + 1
    assert f"key 'metric' given twice in one mapping (first on line {first})" in info.value.msg
