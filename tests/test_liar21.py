"""session 21 (liar21): constructions LIAR's even statements left to a fallback or to no rule.

A verb that figures.py reads as a hedge ("topped 80 percent", "have exceeded 10 percent") is
part of the figure's text, so a pattern that names the verb before {figure} ("rate topped
{figure}", RAT001's list) never matched: the pattern rules now see the verb before the masked
figure (matching._masked); the figure's text and its hedge are unchanged."""

from __future__ import annotations

import pytest

from ._claimkit import claim_of as _one


@pytest.mark.parametrize("text, figure, metric, rule", [
    ("Georgias high school graduation rate topped 80 percent in 2010.",
     "topped 80 percent", "rate.graduation", "RAT001"),
    ("The unemployment rate exceeded 10 percent last year.",
     "exceeded 10 percent", "rate.unemployment", "RAT001"),
])
def test_verb_hedge_seen_by_patterns(text, figure, metric, rule):
    c = _one(text, figure)
    assert (c.metric, c.rule) == (metric, rule)
    if "Georgia" in text:
        assert c.subject == "Georgia"


def test_hedge_kept():
    c = _one("The unemployment rate exceeded 10 percent last year.", "exceeded 10 percent")
    assert (c.value, c.hedge, c.low, c.high, c.low_strict) == (10, "exceeded", 10, None, True)


@pytest.mark.parametrize("text, figure, value", [
    ("The U.S. is spending one out of every six Defense Department dollars on Afghanistan.",
     "one out of every six", 1 / 6),
    ("One out of every 10 Americans is on food stamps.", "One out of every 10", 0.1),
    ("One in every three women has an abortion.", "One in every three", 1 / 3),
])
def test_out_of_every_is_a_fraction(text, figure, value):
    from ledger import figures
    got = {f.text: f for f in figures.find_figures(text)}
    assert figure in got, sorted(got)
    assert (got[figure].unit, got[figure].value) == ("fraction", pytest.approx(value))


def test_surpassed_and_exceeding_stay_in_the_figure():
    # read as "X {figure}", as before: "deaths exceeding 2,000" keeps its claim
    assert _one("There were deaths exceeding 2,000 in Iraq.", "exceeding 2,000")
