"""Every rule's examples, as tests (ids like CAS001_match_0), plus meta-tests
on the rule library and on the loader's error messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledger.claims import type_figures
from ledger.records import Document
from ledger.rules import RuleError, load_rules

from ._claimkit import RULESET, figures_of, make_doc

ROOT = Path(__file__).resolve().parent.parent / "rules"


def _cases(which):
    for rule in RULESET.rules:
        examples = rule.match_examples if which == "match" else rule.no_match_examples
        for i, ex in enumerate(examples):
            yield pytest.param(rule, ex, id=f"{rule.code}_{which}_{i}")


def _claims(text, published="2025-01-22"):
    doc = make_doc(text, published=published)
    figs, dates = figures_of(text)
    return type_figures(doc, figs, dates, RULESET)


def _pick(claims, text, expect):
    want = expect.get("figure")
    if want is not None:
        start = text.index(want)
        hits = [c for c in claims if c.start <= start < c.end or start <= c.start < start + len(want)]
        assert hits, f"no claim on the figure {want!r}; claims: {[(c.text, c.rule) for c in claims]}"
        return hits[0]
    return None


@pytest.mark.parametrize("rule,ex", list(_cases("match")))
def test_rule_match_example(rule, ex):
    claims = _claims(ex.text)
    expect = ex.expect
    claim = _pick(claims, ex.text, expect)
    if claim is None:
        mine = [c for c in claims if c.rule == rule.code]
        assert mine, (f"{rule.code} ({rule.path}:{ex.line}) gave no claim; "
                      f"claims: {[(c.text, c.rule) for c in claims]}")
        claim = mine[0]
    assert claim.rule == rule.code, f"{claim.text!r} was typed by {claim.rule}, not {rule.code}"
    assert claim.metric == expect.get("metric", rule.metric)
    for key in ("subject", "subject2", "unit", "status", "period", "cumulative"):
        if key in expect:
            assert getattr(claim, key) == expect[key], f"{key}: {getattr(claim, key)!r} != {expect[key]!r}"
    for key in ("value", "low", "high"):
        if key in expect:
            got = getattr(claim, key)
            if expect[key] is None:
                assert got is None, f"{key}: {got!r} is not None"
            else:
                assert got == pytest.approx(expect[key], rel=1e-6), f"{key}: {got!r} != {expect[key]!r}"


@pytest.mark.parametrize("rule,ex", list(_cases("no_match")))
def test_rule_no_match_example(rule, ex):
    claims = _claims(ex.text)
    mine = [(c.text, c.metric) for c in claims if c.rule == rule.code]
    assert not mine, f"{rule.code} ({rule.path}:{ex.line}) typed {mine} in a no_match example"


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
