"""Periods the date finder does not read (period10): named days, quarters and
halves, "the three months to December", horizons ("by 2011"), "before 2005",
the period carried from the sentence before in a results story, a comparison's
base ("from $1.2974 on Thursday", "a year earlier"), stated conversions."""

from __future__ import annotations

import pytest

from ledger.claims import type_figures

from ._claimkit import RULESET, figures_of, make_doc


def claims_of(text, published="2005-01-01"):
    doc = make_doc(text, published=published)
    figs, dates = figures_of(text)
    return [c for c in type_figures(doc, figs, dates, RULESET) if c.unit != "date"]


def period_of(text, fig, published="2005-01-01"):
    c = next(c for c in claims_of(text, published) if c.text == fig)
    return c.period, c.period_start, c.period_end, c.cumulative


@pytest.mark.parametrize("text,fig,want", [
    # named days, resolved against the publication date (a Saturday, 1 January 2005)
    ("US Airways cancelled over 100 flights on Christmas Day.", "over 100",
     ("2004-12-25", "2004-12-25", "2004-12-25", False)),
    ("The film made $12.2m on New Year's Eve.", "$12.2m", ("2004-12-31", "2004-12-31", "2004-12-31", False)),
    ("The film took $18m on New Year's Day.", "$18m", ("2005-01-01", "2005-01-01", "2005-01-01", False)),
    ("Sales rose 5% at Easter 2004.", "5%", ("2004-04-09/2004-04-12", "2004-04-09", "2004-04-12", False)),
    ("Sales rose 3% on Thanksgiving.", "3%", ("2004-11-25", "2004-11-25", "2004-11-25", False)),
    # quarters, halves and "the N months to"
    ("The firm said it earned $10m in the third quarter.", "$10m", ("2004-Q3", "2004-07-01", "2004-09-30", False)),
    ("The firm earned $10m in the fourth quarter of 2003.", "$10m", ("2003-Q4", "2003-10-01", "2003-12-31", False)),
    ("Sales in the first half of 2004 rose 5%.", "5%", ("2004-H1", "2004-01-01", "2004-06-30", False)),
    ("Operating profit in the three months to 31 December was 9.5bn kronor.", "9.5bn kronor",
     ("2004-Q4", "2004-10-01", "2004-12-31", False)),
    ("Lenovo's profit for the three months to December was HK$327m.", "HK$327m",
     ("2004-Q4", "2004-10-01", "2004-12-31", False)),
    ("Net profit in the six months ending 31 December rose to A$458.4m.", "A$458.4m",
     ("2004-H2", "2004-07-01", "2004-12-31", False)),
    ("The US giant earned $630m in the October-to-December period.", "$630m",
     ("2004-Q4", "2004-10-01", "2004-12-31", False)),
    ("Net profits rose by 44% to $205.4m during October to December, from $142m a year earlier.", "$205.4m",
     ("2004-Q4", "2004-10-01", "2004-12-31", False)),
    ("Net profits rose by 44% to $205.4m during October to December, from $142m a year earlier.", "$142m",
     ("2003-Q4", "2003-10-01", "2003-12-31", False)),
    ("Revenues increased 11% to $3.1bn, from $2.8bn for the same period in 2003.", "$3.1bn",
     (None, None, None, False)),
    ("Sales fell by 23% from 36,185 in 2003 to 28,041 for the same period in 2004.", "28,041",
     ("2004", "2004-01-01", "2004-12-31", False)),
    # a horizon, and what came before a year
    ("The Conservatives' plans would see some £50bn in spending cuts by 2011.", "some £50bn",
     ("by 2011", "2011-12-31", "2011-12-31", False)),
    ("Before 2005, the share of students meeting the standard stood at 28%.", "28%",
     ("before 2005", None, "2004-12-31", False)),
    # more rates; "a year earlier" is no rate
    ("Doubling the £400m being spent yearly on a vaccine could save lives, Mr Brown said on Thursday.", "£400m",
     ("per year", None, None, False)),
])
def test_named_periods(text, fig, want):
    assert period_of(text, fig) == want


def test_a_year_earlier_is_the_base_not_a_rate():
    p = period_of("Net profit in the six months ending 31 December rose 28% to A$458.4m ($357.6m; £191m) "
                  "from a year earlier.", "£191m")
    assert p[0] != "per year" and p[1:3] == ("2004-07-01", "2004-12-31")


def test_the_compared_figure_owns_the_date_after_it():
    text = "In late trading in New York, the dollar reached $1.2871 against the euro, from $1.2974 on Thursday."
    assert period_of(text, "$1.2871")[1] is None
    text = "Operating profit was 9.5bn kronor (£722m; $1.3bn) against 6.3bn kronor last year."
    assert period_of(text, "9.5bn kronor")[1] is None


def test_a_year_ago_shifts_the_period_back():
    text = "The firm said it earned $10m (£19.2m) in the third quarter, down from a profit of $133m a year ago."
    assert period_of(text, "$133m")[1:3] == ("2003-07-01", "2003-09-30")
    assert period_of(text, "£19.2m")[1:3] == ("2004-07-01", "2004-09-30")


def test_the_reporting_period_carries_from_the_sentence_before():
    text = ("The US giant earned $630m (£481.5m) in the October-to-December period, down from $1bn in the "
            "fourth quarter of 2003. GM's revenues rose 4.7% to $51.2bn from $48.8bn a year earlier.\n"
            "For the whole of 2004, GM's annual revenue rose 4.5% to $193bn.\n")
    assert period_of(text, "$51.2bn")[1:3] == ("2004-10-01", "2004-12-31")
    assert period_of(text, "$193bn")[1:3] == ("2004-01-01", "2004-12-31")


def test_the_quarter_points_back_across_paragraphs():
    text = ("Reporting its results for the three months to 31 December 2004, the airline made a pre-tax "
            "profit of £75m.\nTurnover for the quarter was up 4.3% to £1.97bn.\n")
    assert period_of(text, "£1.97bn")[1:3] == ("2004-10-01", "2004-12-31")


def test_no_carry_without_a_reporting_period():
    text = "The firm was founded in 1990.\nIt employs 3,000 people.\n"
    assert period_of(text, "3,000")[1] is None


def test_named_day_after_before_is_no_period():
    assert period_of("Before Christmas Day, Cairn's shares lost 18%.", "18%")[1] is None


def test_no_publication_date_no_guess():
    assert period_of("The firm earned $10m in the third quarter.", "$10m", published=None)[1] is None


def test_no_carry_from_a_plan_with_no_figure():
    text = ("He said Opec was unlikely to stick to its plan to cut output in the second quarter. "
            "In London, Brent crude fell 32 cents to $49.74 a barrel.\n")
    assert period_of(text, "$49.74")[1] is None


def test_until_a_quarter_is_no_period_and_next_year_is_read():
    assert period_of("It will take until the fourth quarter of next year before five provinces recover.",
                     "five")[1] is None
    assert period_of("Sales should rise 5% in the fourth quarter of next year.", "5%")[1:3] == \
        ("2006-10-01", "2006-12-31")


def test_after_a_date_written_after_the_figure_is_from_that_day_on():
    # "paid in claims filed after March 2003": since then, not March 2003 alone
    assert period_of("Insurers have paid $1.3 trillion in claims filed after March 2003.", "$1.3 trillion")[0] \
        == "since 2003-03"
    # "after Monday's 4% gain": the day of the gain
    assert period_of("Shares fell 2% on Tuesday, after Monday's 4% gain.", "4%")[0] == "2004-12-27"
