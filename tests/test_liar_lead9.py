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


@pytest.mark.parametrize("text, period", [
    ("Prices will rise 5% next year.", "2010"),
    ("Unemployment could top 9 percent next month.", "2009-07"),
])
def test_next_year_and_month_resolve_after_publication(text, period):
    cs = claims_of(text, published="2009-06-17")
    assert [(c.period, c.status) for c in cs] == [(period, "forecast")]


def test_next_week_is_the_week_after_the_papers():
    from ledger.periods import _relative
    import datetime as dt
    a, b, label = _relative("next week", dt.date(2009, 6, 17))  # a Wednesday
    assert (a, b) == (dt.date(2009, 6, 22), dt.date(2009, 6, 28))


@pytest.mark.parametrize("text", [
    "Unemployment will average 10 percent for the rest of the year.",
    "Unemployment could top 9 percent.",
    "Inflation will hit 4 percent.",
])
def test_will_or_could_with_a_verb_of_level_is_a_forecast(text):
    assert {c.status for c in claims_of(text, published="2009-06-17")} == {"forecast"}


@pytest.mark.parametrize("text, fig, subject", [
    ("October's deficit was £5bn.", "£5bn", None),
    ("Monday's rally drew 5,000 people.", "5,000", None),
    ("May's government spent £5bn.", "£5bn", "May"),  # a surname too
])
def test_a_day_or_month_owns_no_figure(text, fig, subject):
    assert _one(text, fig).subject == subject
