"""A day or month written with no year is the last one before publication,
unless its clause speaks of what is to come ("will", "is due", "begins",
"next"): then it is the next one ("The awards will be held on 8 December"
in a paper of 1 January 2005 is 8 December 2005, not 2004)."""

from __future__ import annotations

import pytest

from ledger.claims import type_figures

from ._claimkit import RULESET, figures_of, make_doc


def claim(text, fig, published="2005-01-01"):
    doc = make_doc(text, published=published)
    figs, dates = figures_of(text)
    return next(c for c in type_figures(doc, figs, dates, RULESET) if c.text == fig)


@pytest.mark.parametrize("text,fig,period", [
    ("Alicia Keys has 12 nominations for the awards, which will be held on 8 December at the MGM Grand.",
     "8 December", "2005-12-08"),
    ("Mr Khatami's second term as president ends on 1 August.", "1 August", "2005-08-01"),
    ("Opec members are next meeting to discuss production levels on 16 March.", "16 March", "2005-03-16"),
    # a day more than a week before the paper's date: the next year's
    ("The final will take place on 3 January.", "3 January", "2006-01-03"),
])
def test_a_date_in_a_clause_about_the_future_is_the_next_one(text, fig, period):
    published = "2005-01-20" if fig == "3 January" else "2005-01-01"
    assert claim(text, fig, published).period == period


@pytest.mark.parametrize("text,fig,period", [
    # past tense, or a company called Next: the last one before publication, as before
    ("Next's profits in the five months from 3 August to 24 December were £120m.", "£120m", "2004-12-24"),
    ("The summit opened on 16 December and was told aid would rise.", "16 December", "2004-12-16"),
])

def test_a_date_in_a_clause_about_the_past_is_the_last_one(text, fig, period):
    assert claim(text, fig).period == period


def test_a_day_of_the_last_week_stays_in_its_year_whatever_the_tense():
    # "will" before a day a few days gone: the sentence mixes its times, the day is the recent one
    assert claim("Prices will rise, the firm said on 3 January.", "3 January", "2005-01-05").period == "2005-01-03"


@pytest.mark.parametrize("text,fig,status", [
    # the date of an event to come is a forecast
    ("An asteroid known as Bennu will collide with the Earth in the year 2175.", "the year 2175", "forecast"),
    ("The Golden Globes ceremony will take place on 16 January, with the Oscars following on 27 February.", "16 January",
     "forecast"),
    # "Will" the name, a date gone by and a date the "will" does not reach keep their status
    ("Celebrities were shocked after Will Smith slapped Chris Rock at the Oscars in 2022.", "2022", "actual"),
    ("The firm, founded in 1990, will close.", "1990", "actual"),
])
def test_the_date_of_an_event_to_come_is_a_forecast(text, fig, status):
    assert claim(text, fig).status == status


@pytest.mark.parametrize("text,fig,period", [
    # 1 January 2005 was a Saturday: "on Saturday" to come is a week on; gone, the same day
    ("The court will hear the case on Saturday.", "Saturday", "2005-01-08"),
    ("Second seed Andre Agassi opens his campaign on Tuesday against a wildcard.", "Tuesday", "2005-01-04"),
    ("Opec ministers met on Tuesday to discuss output.", "Tuesday", "2004-12-28"),
    # a comparison's base is a day gone, whatever the tense before it
    # (s27: the $76 of "will pay $76 for each share, 6% more than Wednesday's closing price" has no
    # period now: Wednesday is the base of the 6%, tests/test_s27.py)
    ("The offer will be 76p a share, up from 70p on Wednesday.", "70p", "2004-12-29"),
    ("The firm will pay $76 for each share, compared with $70 on Wednesday.", "$70", "2004-12-29"),
])
def test_a_weekday_in_a_clause_about_the_future_is_the_next_one(text, fig, period):
    assert claim(text, fig).period == period
