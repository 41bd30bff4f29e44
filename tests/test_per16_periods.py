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
])
def test_each_figure_takes_the_rate_written_after_it(text, fig, period):
    assert claim(text, fig).period == period


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
