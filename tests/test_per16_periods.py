"""Three period and date faults (per16): a rate written after another figure
is that figure's ("18 hours a day, six days a week"); a weekday or "Today"
inside the name of a newspaper or a programme is no date ("told the Mail on
Sunday", "the Sunday Times", "BBC Radio 4's Today programme"); "killed since
9/11" is a toll's start, not a death date (EVT007's examples)."""

from __future__ import annotations

import pytest

from ledger.claims import type_figures
from ledger.figures import find_dates

from ._claimkit import RULESET, figures_of, make_doc


def claims(text, published="2005-01-01"):
    doc = make_doc(text, published=published)
    figs, dates = figures_of(text)
    return list(type_figures(doc, figs, dates, RULESET))


def claim(text, fig, published="2005-01-01"):
    return next(c for c in claims(text, published) if c.text == fig)


@pytest.mark.parametrize("text,fig,period", [
    # the rate before the figure follows another figure: it is that one's
    ("He is said to have worked an average of 18 hours a day, six days a week after running on a treadmill.",
     "six days", None),
    ("About 3m music files are downloaded every month, and about half a million films are downloaded a day.",
     "about half a million", "per day"),
    ("He worked 18 hours a day, six days a week.", "six days", "per week"),
    ("He worked 18 hours a day, six days a week.", "18 hours", "per day"),
    # a rate before the figure with no figure before it is still its own
    ("Every day, 500 people die on the roads.", "500", "per day"),
    # a share, a duration or a price of one item does not borrow another figure's rate
    ("Contributions increased from £5.5bn to £8.2bn a year, a rise of 49.7%.", "49.7%", None),
    ("The contract was worth £7m a year and accounts for 12% of its patients.", "12%", None),
    ("Mothers would get £170 a week for the first six months after the birth.", "six months", None),
    ("Costco loses $30 million a year by keeping chickens at $4.99 each.", "$4.99", None),
    # a count or a sum with no rate of its own still shares it, as before
    ("If you make $100,000 a year you lose $9,000.", "$9,000", "per year"),
    # a stated conversion right after the rate restates its figure
    ("At least $10 billion per annum (£5.5bn) is needed.", "£5.5bn", "per year"),
    # "weekly" is a rate word like "daily" and "monthly"
    ("BA operates four flights to Jeddah, and three weekly journeys to Riyadh.", "three", "per week"),
])

def test_each_figure_takes_the_rate_written_after_it(text, fig, period):
    assert claim(text, fig).period == period


def test_the_daily_in_a_newspaper_name_is_no_rate():
    text = "The Daily and Sunday Telegraph newspapers are axing 90 journalist jobs."
    assert claim(text, "90").period is None
    assert claim("The Daily Telegraph said 90 jobs would go.", "90").period is None
    assert claim("The plant makes 90 cars daily.", "90").period == "per day"


def test_a_rate_word_after_a_determiner_is_an_adjective_not_a_rate():
    text = "He also earned up to £195,000 for a weekly column in the News of the World."
    assert claim(text, "up to £195,000").period is None
    assert claim("The firm pays its 300 staff weekly.", "300").period == "per week"


@pytest.mark.parametrize("text,day", [
    ("He told the Mail on Sunday that 300 jobs would go.", "Sunday"),
    ("Mr Howard told the Sunday Times the party would cut 35 quangos.", "Sunday"),
    ("A report in the Sunday Telegraph claims 40 MPs will rebel.", "Sunday"),
    ("The Independent on Sunday said 12 schools would close.", "Sunday"),
    ("A report in the Sunday Business claimed 20 staff left.", "Sunday"),
    ("He told Scotland on Sunday that 20 schools would shut.", "Sunday"),
    ("He told BBC Radio 4's Today programme that 300 jobs would go.", "Today"),
])
def test_a_weekday_in_a_title_is_no_date(text, day):
    assert not [d for d in find_dates(text) if d.text == day]
    assert all(c.period is None for c in claims(text))


@pytest.mark.parametrize("text,day", [
    ("The firm cut 300 jobs on Sunday.", "Sunday"),
    ("Scotland beat Wales on Sunday by 20 points.", "Sunday"),
    ("Rallies were held in Scotland on Sunday.", "Sunday"),
    ("He met 30 people on Sunday, police said.", "Sunday"),
    ("He spoke on Sunday's show about 300 jobs.", "Sunday"),
    ("Figures released today show that 300 jobs went.", "today"),
])
def test_a_weekday_outside_a_title_is_still_a_date(text, day):
    assert [d for d in find_dates(text) if d.text == day]


def test_killed_since_a_date_is_no_death_date():
    assert not [c for c in claims("About 250 people have been killed since 9/11, officials said.")
                if c.metric == "event.death"]
    # a toll counted since that day keeps its running period
    c = claim("About 250 people have been killed since 9/11, officials said.", "About 250")
    assert c.period == "since 2001-09-11"
