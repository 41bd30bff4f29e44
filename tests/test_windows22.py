"""A window that ends at publication ("over the past three years", "in the last decade") is
the figure's period, a running total from its first day (periods._named_periods); "last
year" alone stays the calendar year before, and "the previous year" an earlier value's."""

import pytest

from tests._claimkit import claims_of


def _period(text: str, figure: str):
    got = {c.text: c for c in claims_of(text, published="2005-01-27")}
    c = got[figure]
    return c.period, c.period_start, c.period_end, c.cumulative


@pytest.mark.parametrize("text, figure, want", [
    ("During the past three years, 12 schools closed in Ruritania.", "12",
     ("past 3 years", "2002-01-27", "2005-01-27", True)),
    ("Over the past decade, the city has built 2,000 homes.", "2,000",
     ("past decade", "1995-01-27", "2005-01-27", True)),
    ("In the last year, 300 people died.", "300", ("past year", "2004-01-27", "2005-01-27", True)),
    ("In the past week, 40 attacks were recorded.", "40", ("past week", "2005-01-20", "2005-01-27", True)),
    ("Over the past 12 months, prices rose 5%.", "5%", ("past 12 months", "2004-01-27", "2005-01-27", True)),
    # not a window
    ("Last year, 300 people died.", "300", ("2004", "2004-01-01", "2004-12-31", False)),
    ("Sales rose to $5bn in 2004 from $4bn in the previous year.", "$4bn", ("2003", "2003-01-01", "2003-12-31", False)),
])
def test_a_window_ends_at_publication(text, figure, want):
    assert _period(text, figure) == want


def test_no_window_without_a_publication_date():
    (c,) = [c for c in claims_of("During the past three years, 12 schools closed in Ruritania.") if c.text == "12"]
    assert c.period is None
