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
