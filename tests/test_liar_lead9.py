"""Claims stage fixes found in PolitiFact statements (LIAR dev, even ids)."""

import pytest

from tests._claimkit import claims_of


def _one(text, fig):
    cs = [c for c in claims_of(text, published="2012-01-01") if c.text.startswith(fig)]
    assert cs, [(c.text, c.metric) for c in claims_of(text, published="2012-01-01")]
    return cs[0]


def test_a_fact_checkers_says_opens_no_clause_of_its_own():
    # "Says <claim>": the date's clause begins after "Says", so the verb after the date is found
    c = _one("Says Texas legislators in 2011 approved the state budget.", "2011")
    assert (c.metric, c.subject) == ("event.approve", "Texas")


@pytest.mark.parametrize("text, fig, metric", [
    ("Members of Congress have gone eight decades without a pay cut.", "eight decades", "duration.since_last"),
    ("Providence has the lowest crime rate in three decades.", "three decades", "duration.since_last"),
])
def test_decades_are_durations(text, fig, metric):
    assert _one(text, fig).metric == metric


@pytest.mark.parametrize("text, fig, metric, subject", [
    ("Obama said 22 times that he could not change immigration law by himself.", "22", "frequency.statement",
     "Barack Obama"),
    ("Romney released only 2 years of tax returns.", "2 years", "duration.tax_return", "Romney"),
])
def test_a_persons_own_record_keeps_the_person(text, fig, metric, subject):
    c = _one(text, fig)
    assert (c.metric, c.subject) == (metric, subject)
