"""Figures the reader used to skip (nofig14): a year of the common era ("79 A.D.", "AD 79"),
a year named as one outside 1500-2099 ("in the year 2175"), "9/11" as the date of the 2001
attacks after a preposition of time, and "one day" given per period ("one day every year")."""

from __future__ import annotations

import pytest

from ledger import figures


def _dates(text):
    return [(d.text, d.year, d.month, d.day) for d in figures.find_dates(text)]


@pytest.mark.parametrize("text, want", [
    ("A man died in Pompeii in 79 A.D.", ("79 A.D.", 79, None, None)),
    ("The Normans came in 1066 AD.", ("1066 AD", 1066, None, None)),
    ("Vesuvius erupted in AD 79, burying the town.", ("AD 79", 79, None, None)),
    ("The church was built around 800 CE.", ("800 CE", 800, None, None)),
    ("Bennu will collide with the Earth in the year 2175", ("the year 2175", 2175, None, None)),
    ("Video shows a missile hitting the Pentagon on 9/11.", ("9/11", 2001, 9, 11)),
    ("Security spending rose after 9/11 and the recession.", ("9/11", 2001, 9, 11)),
])
def test_read_as_dates(text, want):
    assert want in _dates(text)


@pytest.mark.parametrize("text", [
    "Rome was founded in 753 BC.",  # no calendar date before year 1: left alone
    "Fahrenheit 9/11 won the best documentary prize.",  # a title
    "The 9/11 attacks changed air travel.",  # the event's name, not a date written as one
    "He went 9/11 from the free-throw line.",  # a tally
    "Post-9/11 security was tightened.",  # an era
    "Prices were up 9/11 of the time.",
])
def test_not_read_as_dates(text):
    assert not any(t == "9/11" or y is not None and y < 1500 for t, y, _, _ in _dates(text))


def test_era_year_is_no_count():
    # "AD 79" was read as a count of 79; like "79 AD" it is a year, not a figure
    assert [f.text for f in figures.find_figures("Pompeii was buried in AD 79 by ash.")] == []


@pytest.mark.parametrize("text, unit", [
    ("Sudha Murty spends one day every year selling vegetables.", "day"),
    ("He works one day a week at the shop.", "day"),
    ("The market opens one day each month.", "day"),
])
def test_one_day_per_period_is_a_figure(text, unit):
    figs = figures.find_figures(text)
    assert [(f.text, f.value, f.unit) for f in figs] == [("one day", 1.0, unit)]


@pytest.mark.parametrize("text", [
    "One day the American people will know their place.",
    "One day a year later he came back.",
    "He was released one day a week ago.",
    "They met one day in the week before the vote.",
])
def test_one_day_alone_is_no_figure(text):
    assert [f.text for f in figures.find_figures(text)] == []
