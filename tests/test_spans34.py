"""(spans34) A span of time written in the sentence is the figure's period as one span:
"from 2003 to 2008", "from January 2003 until December 2008", "from March to June 2008",
"in 2003-08", "the five years to 2008".  Read as its first or last year, a six-year total
met one year's figure as the same fact (ledger/compare.py compares only overlapping periods
of like length).  The two ends of a move keep their own years, a financial year ("2003-04")
keeps its first, and "from 2003" alone stays what it was."""

from __future__ import annotations

import pytest

from ._claimkit import claims_of

PUB = "2010-01-01"


def _period(text: str, fig: str):
    got = {c.text: c for c in claims_of(text, published=PUB)}
    assert fig in got, sorted(got)
    c = got[fig]
    return c.period, c.period_start, c.period_end


@pytest.mark.parametrize("text, fig, label, start, end", [
    # a span of years after "from" (to, through, until, till, up to)
    ("Ruritania lost 41,000 jobs from 2001 to 2006.", "41,000", "2001/2006", "2001-01-01", "2006-12-31"),
    ("Ruritania lost 41,000 jobs from 2001 through 2006.", "41,000", "2001/2006", "2001-01-01", "2006-12-31"),
    ("Ruritania lost 41,000 jobs from 2001 until 2006.", "41,000", "2001/2006", "2001-01-01", "2006-12-31"),
    ("Ruritania lost 41,000 jobs from 2001 up to 2006.", "41,000", "2001/2006", "2001-01-01", "2006-12-31"),
    ("From 1998 to 2004, Freedonia added 230,000 jobs.", "230,000", "1998/2004", "1998-01-01", "2004-12-31"),
    # months and years at either end
    ("Freedonia added 87,000 jobs from January 1999 until December 2004.", "87,000", "1999/2004",
     "1999-01-01", "2004-12-31"),
    ("Freedonia added 87,000 jobs from April 1999 to June 2004.", "87,000", "1999-04-01/2004-06-30",
     "1999-04-01", "2004-06-30"),
    ("Freedonia added 87,000 jobs between April 1999 and June 2004.", "87,000", "1999-04-01/2004-06-30",
     "1999-04-01", "2004-06-30"),
    # months of one year after "from", as after "between" (not the last March before publication)
    ("Ruritania lost 16,000 jobs from March to June 2007.", "16,000", "2007-03-01/2007-06-30",
     "2007-03-01", "2007-06-30"),
    ("Ruritania lost 16,000 jobs from April until September 2007.", "16,000", "2007-04-01/2007-09-30",
     "2007-04-01", "2007-09-30"),
    # a span that runs over the new year ends in the year named
    ("Ruritania lost 16,000 jobs from November to February 2007.", "16,000", "2006-11-01/2007-02-28",
     "2006-11-01", "2007-02-28"),
    # days at both ends, the year written once at the end (not the last 3 March before publication)
    ("Ruritania lost 16,000 jobs from 3 March to 5 June 2007.", "16,000", "2007-03-03/2007-06-05",
     "2007-03-03", "2007-06-05"),
    ("Ruritania lost 16,000 jobs between March 3 and June 5, 2007.", "16,000", "2007-03-03/2007-06-05",
     "2007-03-03", "2007-06-05"),
    ("Ruritania lost 16,000 jobs from 20 December to 5 January 2007.", "16,000", "2006-12-20/2007-01-05",
     "2006-12-20", "2007-01-05"),
    # a range of years written with a hyphen, an en dash or a slash
    ("Ruritania lost 41,000 jobs in 2001-06.", "41,000", "2001/2006", "2001-01-01", "2006-12-31"),
    ("Ruritania lost 41,000 jobs over 2001-2006.", "41,000", "2001/2006", "2001-01-01", "2006-12-31"),
    ("Ruritania lost 41,000 jobs in 2001\u201306.", "41,000", "2001/2006", "2001-01-01", "2006-12-31"),
    ("The toll claim of $12m covers the 1997-2001 period.", "$12m", "1997/2001", "1997-01-01", "2001-12-31"),
    ("Sales rose 30% in 1998-02, the firm said.", "30%", "1998/2002", "1998-01-01", "2002-12-31"),
    # the years that end with a year or a month named
    ("Freedonia added 230,000 jobs in the five years to 2006.", "230,000", "2002/2006", "2002-01-01", "2006-12-31"),
    ("Freedonia's economy grew by 31% in the decade to 2006.", "31%", "1997/2006", "1997-01-01", "2006-12-31"),
    ("Freedonia's economy grew by 14% in the three years to March 2006.", "14%", "2003-04-01/2006-03-31",
     "2003-04-01", "2006-03-31"),
])
def test_a_span_is_one_period(text, fig, label, start, end):
    assert _period(text, fig) == (label, start, end)


@pytest.mark.parametrize("text, fig, label", [
    # the two ends of a move keep their own years
    ("Sales at Acme rose from $3m in 2001 to $7m in 2006.", "$3m", "2001"),
    ("Sales at Acme rose from $3m in 2001 to $7m in 2006.", "$7m", "2006"),
    ("The jobless rate in Ruritania went from 6.1 percent in 2001 to 4.2 percent in 2006.", "6.1 percent", "2001"),
    ("The jobless rate in Ruritania went from 6.1 percent in 2001 to 4.2 percent in 2006.", "4.2 percent", "2006"),
    # two years in a row are a financial year or a season: its first year, as before
    ("The council spent £7m on roads in 2004-05.", "£7m", "2004"),
    ("The council spent £7m on roads in 2004/05.", "£7m", "2004"),
    ("The council spent £7m on roads in 2004\u201305.", "£7m", "2004"),
    # "from" with one year only: as before
    ("Ruritania has lost 41,000 jobs from 2001.", "41,000", "2001"),
    # the ends in the wrong order: no span
    ("Ruritania lost 41,000 jobs from 2006 to 2001.", "41,000", "2006"),
    # "up to 2006" with no "from": as before
    ("Ruritania lost 41,000 jobs in the years up to 2006.", "41,000", "2006"),
    # "five years to 2006" with no "the": no window read
    ("The site took five years to 2006 to finish, costing $40m.", "$40m", "2006"),
])
def test_not_a_span(text, fig, label):
    assert _period(text, fig)[0] == label


def test_a_range_of_values_is_no_span():
    # "from 10 to 20" are figures, not years; the span is the years'
    got = {c.text: c for c in claims_of("The price of bread in Ruritania rose from 10 to 20 between 2001 and 2006.",
                                        published=PUB)}
    for fig in ("10", "20"):
        if fig in got:
            assert got[fig].period == "2001/2006"


def test_one_span_and_one_year_are_not_the_same_period():
    from ledger.compare import comparable
    a = {c.text: c for c in claims_of("Ruritania lost 41,000 jobs from 2001 to 2006.", published=PUB)}["41,000"]
    b = {c.text: c for c in claims_of("Ruritania lost 9,000 jobs in 2001.", published=PUB)}["9,000"]
    assert a.metric == b.metric and a.subject == b.subject
    assert not comparable(a, b)


def test_an_event_date_is_left_alone():
    # a date claim is the date itself: "lasted from 2001 to 2006" keeps the year it names
    cs = [c for c in claims_of("The war in Ruritania lasted from 2001 to 2006.", published=PUB) if c.unit == "date"]
    assert all(c.period == c.text for c in cs)
