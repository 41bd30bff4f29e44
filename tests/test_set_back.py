"""An earlier value told by its distance from a later one ("compared to $45.9bn a year
ago") is of the later value's period set back by that distance (periods.set_back)."""

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from ledger.periods import _AGO, _month_range, set_back, span_label
from tests._claimkit import claims_of


def _back(after: str, start: str, end: str):
    m = _AGO.match(after)
    assert m is not None, after
    return set_back(m, start, end)


@pytest.mark.parametrize("after, start, end, want", [
    (" a year ago", "2004-10-01", "2004-12-31", "2003-Q4"),
    (" a year earlier", "2004-01-01", "2004-12-31", "2003"),
    (" in the same period last year", "2004-07-01", "2004-09-30", "2003-Q3"),
    (" for the corresponding quarter of the previous year", "2004-07-01", "2004-09-30", "2003-Q3"),
    (" in the same period of 2002", "2004-01-01", "2004-06-30", "2002-H1"),
    (" in the year-earlier quarter", "2004-04-01", "2004-06-30", "2003-Q2"),
    (" a month earlier", "2004-12-01", "2004-12-31", "2004-11"),
    (" in the previous quarter", "2004-10-01", "2004-12-31", "2004-Q3"),
    (" a week earlier", "2004-12-20", "2004-12-26", "2004-12-13/2004-12-19"),
    (" ($235m) a year earlier", "2004-01-01", "2004-12-31", "2003"),
    (" a year ago", "2004-02-29", "2004-02-29", "2003-02-28"),
])
def test_the_later_period_set_back(after, start, end, want):
    assert _back(after, start, end)[0] == want


@pytest.mark.parametrize("after, start, end", [
    (" a month earlier", "2004-01-01", "2004-12-31"),  # a month before a year's figure: no period
    (" a week ago", "2004-12-01", "2004-12-31"),
    (" a year ago", None, None),  # nothing to set back from
    (" a year ago", "2004-01-01", None),
    (" in the same period of 2005", "2004-01-01", "2004-03-31"),  # not earlier at all
])
def test_no_period_to_set_back(after, start, end):
    assert _back(after, start, end) is None


@pytest.mark.parametrize("after", [" a year", " last year", " from a year ago", " per year ago"])
def test_no_distance_back(after):
    assert _AGO.match(after) is None


@given(st.integers(1990, 2030), st.sampled_from([(1, 3), (4, 3), (7, 6), (1, 12), (5, 1), (12, 1)]))
def test_a_year_back_keeps_the_shape_of_the_period(year, first_and_months):
    first, months = first_and_months
    a = dt.date(year, first, 1)
    b = _month_range(year, first + months - 1)[1]
    label, s, e = _back(" a year earlier", a.isoformat(), b.isoformat())
    assert (s, e) == (a.replace(year=year - 1).isoformat(), _month_range(year - 1, first + months - 1)[1].isoformat())
    assert label == span_label(a, b).replace(str(year), str(year - 1), 1)


def _periods(text: str) -> dict:
    return {c.text: c.period for c in claims_of(text, published="2005-01-27")}


def test_an_earlier_value_takes_the_later_ones_quarter_set_back():
    got = _periods("Fourth quarter turnover at Ford was $44.7bn, compared to $45.9bn a year ago.")
    assert got == {"$44.7bn": "2004-Q4", "$45.9bn": "2003-Q4"}


def test_the_same_period_last_year_is_not_last_year():
    got = _periods("Acme's third-quarter profit was $1.2bn, against $900m in the same period last year.")
    assert got == {"$1.2bn": "2004-Q3", "$900m": "2003-Q3"}


def test_a_stated_conversion_is_set_back_with_its_figure():
    got = _periods("Acme's pre-tax profit was £75m ($141m) in 2004, compared with £125m ($235m) a year earlier.")
    assert got == {"£75m": "2004", "$141m": "2004", "£125m": "2003", "$235m": "2003"}


def test_an_earlier_value_with_nothing_to_set_back_from_has_no_period():
    got = _periods("Acme's profit for the year was $3bn, compared with $2bn a year earlier.")
    assert got == {"$3bn": None, "$2bn": None}


def test_a_share_price_in_trading_takes_no_reporting_period():
    # "during October to December" is one span now, and a period carried through the paragraph;
    # a price "in after-hours trade" has a time of its own
    got = _periods("Net profits rose by 44% to $205.4m during October to December, from $142m a year "
                   "earlier. EBay stock fell to $92.9 in after-hours trade, from a $103.05 end on Nasdaq.")
    assert got["$205.4m"] == "2004-Q4" and got["$142m"] == "2003-Q4" and got["$92.9"] is None
