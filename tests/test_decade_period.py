"""A decade is ten years: "created in the 1970s" is 1970-01-01 to 1979-12-31, not the year 1970
(the BBC stress test set "the reserve, created in 1970s" against a date of 2003 as the year
1970, and a decade's date would have contradicted any year inside it)."""

import datetime as dt

from tests._claimkit import claims_of


def test_a_decade_spans_ten_years():
    (c,) = [c for c in claims_of("The band was founded in the 1970s in London.") if c.unit == "date"]
    assert (c.period, c.period_start, c.period_end) == ("1970/1979", "1970-01-01", "1979-12-31")
    assert dt.date.fromordinal(int(c.low)) == dt.date(1970, 1, 1)
    assert dt.date.fromordinal(int(c.high)) == dt.date(1979, 12, 31)


def test_a_year_stays_a_year():
    (c,) = [c for c in claims_of("The band was founded in 1975 in London.") if c.unit == "date"]
    assert (c.period, c.period_start, c.period_end) == ("1975", "1975-01-01", "1975-12-31")
