"""pct19: rules that read the quantity of a percentage from its construction, any noun
(``after_broad``: PCT720 "the number of X rose N%", PCT721 "a N% rise in X"), and the share
levels told with their whole first (PCT722, PCT723)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledger.rules import RuleError, load_rules

from ._claimkit import RULESET, claims_of
from .test_broad_rules import _rule, _rules_folder


def _tiers(tmp_path: Path, after_extra: str = "after_broad: true\n"):
    root = _rules_folder(tmp_path, wide_money="wages\n")
    pat = "'(?<![a-z])(?P<noun>[a-z]+) (?:rose|fell) {figure}'"
    _rule(root / "t", "HND001", """\
        kind: cue
        metric: 'change.fare'
        units: [percent]
        cues_before: ['fares (?:rose|fell)']
        """, "In Wales, fares rose 3%.")
    _rule(root / "t", "BRD001", f"""\
        kind: pattern
        broad: true
        metric: 'wide.{{noun}}'
        units: [percent]
        cues_after: ['(?:@wide_money)\\.?$']
        patterns: [{pat}]
        """, "In Wales, wages rose 3%.")
    _rule(root / "t", "AFT001", f"kind: pattern\n{after_extra}metric: 'after.{{noun}}'\nunits: [percent]\n"
                                f"patterns: [{pat}]\n", "In Wales, queues rose 3%.")
    _rule(root / "t", "GEN007", f"""\
        kind: pattern
        priority: -10
        metric: 'change.{{noun}}'
        units: [percent]
        patterns: [{pat}]
        """, "In Wales, queues rose 3%.")
    return root


def _rules_of(text, rs):
    return [(c.rule, c.metric) for c in claims_of(text, ruleset=rs)]


def test_an_after_broad_rule_loses_to_named_and_broad_rules_and_beats_fallbacks(tmp_path):
    rs = load_rules(_tiers(tmp_path))
    assert _rules_of("In Wales, fares rose 3%.", rs) == [("HND001", "change.fare")]
    assert _rules_of("In Wales, wages rose 3%.", rs) == [("BRD001", "wide.wage")]
    assert _rules_of("In Wales, queues rose 3%.", rs) == [("AFT001", "after.queue")]


def test_without_after_broad_the_same_rule_is_named_and_beats_the_broad_rule(tmp_path):
    rs = load_rules(_tiers(tmp_path, after_extra=""))
    assert _rules_of("In Wales, wages rose 3%.", rs) == [("AFT001", "after.wage")]


@pytest.mark.parametrize("extra", ["after_broad: 1\n", "after_broad: true\npriority: -1\n",
                                   "after_broad: true\nbroad: true\ncues_after: ['(?:@wide_money)\\\\.?$']\n"])
def test_after_broad_is_a_true_or_false_on_a_plain_pattern_rule(tmp_path, extra):
    with pytest.raises(RuleError, match="after_broad"):
        load_rules(_tiers(tmp_path, after_extra=extra))


def test_after_broad_on_a_cue_rule_is_refused(tmp_path):
    root = _tiers(tmp_path)
    _rule(root / "t", "AFT002", """\
        kind: cue
        after_broad: true
        metric: 'after.x'
        units: [percent]
        cues_before: ['queues rose']
        """, "In Wales, queues rose 3%.")
    with pytest.raises(RuleError, match="after_broad"):
        load_rules(root)


def _got(text):
    return [(c.text, c.rule, c.metric) for c in claims_of(text)]


def test_the_repository_s_after_broad_rules_leave_listed_nouns_to_the_broad_rules():
    # WNC382 (people) and WNC213 (quantities) keep their nouns; PCT720/PCT721 take the rest
    assert _got("The number of Texas teachers increased 20 percent.")[0][1] == "WNC382"
    assert _got("The firm reported a 22% fall in quarterly alimony payments.")[0][1] == "WNC213"
    assert _got("The number of gadgets in the shops is predicted to grow by 11%.") == \
        [("11%", "PCT720", "change.gadget")]
    assert _got("Clearswift has seen a 180% rise in spam.") == [("180%", "PCT721", "change.spam")]


def test_a_change_in_a_time_or_a_turn_of_phrase_names_no_quantity():
    for text in ("Wages showed a 3% rise in real terms.", "Output showed a 5% rise in the first quarter.",
                 "The 40% rise in 2004 was expected.", "Profits showed a 2% rise in line with forecasts."):
        assert all(r not in ("PCT720", "PCT721") for _, r, _ in _got(text)), text


def test_the_after_broad_rules_are_weak_keys():
    from ledger.compare import load_settings  # noqa: PLC0415
    weak = load_settings().weak_rules
    assert "PCT720" in weak and "PCT721" in weak


def test_a_share_told_whole_first_is_a_share_of_that_whole():
    assert _got("The percentage of non-performing loans dropped to 19.1%.") == \
        [("19.1%", "PCT722", "share.non-performing_loan")]
    assert _got("Wisconsin's share of manufacturing jobs rose to 18 percent.") == \
        [("18 percent", "PCT722", "share.manufacturing_job")]
    # a change of the share is not its level; a market's share is PCT381's metric
    assert all(r != "PCT722" for _, r, _ in _got("Its share of the audience soared by 20% in January."))
    assert all(r != "PCT722" for _, r, _ in _got("Ambev's share of the beer market rose to 68%."))


def test_a_people_share_told_whole_first_is_population_share_with_the_group():
    [c] = claims_of("The share of Americans without health insurance is 9 percent.")
    assert (c.rule, c.metric, c.subject) == ("PCT723", "population.share", "United States")
    [c] = claims_of("The percentage of students who graduate on time has risen to 80 percent.")
    assert (c.rule, c.metric, c.subject) == ("PCT723", "population.share", "students")
