"""An earlier value set against a value (", up from $179.1m", "down from 6.3%") is typed with
it across the figures and dates of a time that stand between them (claims._earlier_past_others)."""

import pytest

from tests._claimkit import claims_of


def _by_text(text, published="2005-01-27"):
    return {c.text: c for c in claims_of(text, published=published)}


def test_earlier_value_past_a_duration_and_a_date():
    got = _by_text("Nike posted a profit of $261.9m for the three months to 30 November, "
                   "up from $179.1m in the same period last year.")
    later, earlier = got["$261.9m"], got["$179.1m"]
    assert (earlier.metric, earlier.subject) == (later.metric, later.subject) == ("company.profit", "Nike")
    # the period is the later value's, set back a year
    assert (earlier.period_start, earlier.period_end) == ("2003-09-01", "2003-11-30")


def test_earlier_value_past_a_date_in_its_clause():
    got = _by_text("Inflation slowed to 5.3% in the quarter ending September 30, down from 6.3% in the first quarter.")
    assert got["6.3%"].metric == got["5.3%"].metric == "rate.inflation"


@pytest.mark.parametrize("text, figure", [
    # a list, not a value set against another: two facts
    ("Nike posted a profit of $261.9m for the three months to 30 November, and Adidas $179.1m.", "$179.1m"),
    # another party's value ("for Adidas") is not this one's earlier value
    ("Nike posted a profit of $261.9m for the three months to 30 November, compared with $179.1m for Adidas.",
     "$179.1m"),
])
def test_not_an_earlier_value(text, figure):
    c = _by_text(text).get(figure)
    assert c is None or (c.metric, c.subject) != ("company.profit", "Nike")


# periods._not_in_window: a window ending at publication is not an age's, nor a second reported clause's

def test_an_age_takes_no_window():
    got = _by_text("Rents have increased hugely over the past 5 years, which has made living for "
                   "the average 18-21 years old very difficult.")
    assert got["18-21 years"].period is None


def test_a_second_reported_clause_has_its_own_time():
    got = _by_text("Figures show that TB in England has increased by 25% over the last 10 years and that "
                   "nearly two-thirds of people with the disease were born overseas.")
    assert got["nearly two-thirds"].period is None


def test_a_window_stays_with_its_own_clause():
    got = _by_text("Over the past three years, 12 schools closed.")
    assert got["12"].period == "past 3 years"
