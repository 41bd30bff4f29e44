"""Dates (date12): the bounds "for" and "since" in the broad date rule's verb
search, a name's number that is no date ("Agenda 2030"), and a year of 1500-1899
before a life's dated noun ("the 1816 death")."""

from __future__ import annotations

import pytest

from ledger import figures

from .test_broad_rules import _date_ruleset, _rules_of


@pytest.fixture
def rs(tmp_path):
    return _date_ruleset(tmp_path, "cancelled => cancel\npostponed => postpone\ninvestigated => investigate\n"
                         "claimed => claim\nwon => win\n")


@pytest.mark.parametrize("text, metric", [
    # "for" before a school or fiscal year, or a full date
    ("Telangana has cancelled school fees for 2020-21.", "event.cancel"),
    ("The council postponed the vote for 22 March 2020.", "event.postpone"),
    # "since" right after a perfect's verb
    ("The FBI has investigated him since 2019.", "event.investigate"),
])
def test_for_and_since_bind_a_date_to_a_fitting_verb(rs, text, metric):
    assert ("BRD005", metric) in _rules_of(text, rs)


@pytest.mark.parametrize("text", [
    "The council cancelled the figures for 2021.",  # a bare year after "for": a period, not a date
    "They claimed their first Grand Slam since 1948.",  # a comparison's noun
    "Reagan won the state since 1980.",  # no perfect
])
def test_for_and_since_do_not_bind_otherwise(rs, text):
    assert not any(r == "BRD005" for r, _ in _rules_of(text, rs))


@pytest.mark.parametrize("text", [
    "Covid is used to usher in Agenda 2030 which will enslave humanity.",
    "Refunds for customers who purchased Cyberpunk 2077.",
    "PCs running Windows 2000 were hit.",
    "Suspects were held under the Terrorism Act 2000 for questioning.",
])
def test_a_names_number_is_no_date(text):
    assert figures.find_dates(text) == ()
    assert not [f for f in figures.find_figures(text) if f.text.isdigit() and len(f.text) == 4]


@pytest.mark.parametrize("text, year", [
    ("Umbro was boosted by the Euro 2004 tournament.", 2004),
    ("He slapped Chris Rock at Oscars 2022.", 2022),
    ("India lost in the World Cup 2019 semi-final.", 2019),
    ("Maryland issued these Independence Day 2020 guidelines.", 2020),
    ("Sales rose In 2004, Says Firm.", 2004),
    ("Revenue fell in Q1 2020.", 2020),
    ("Well 1981 was the year he toured.", 1981),
])
def test_an_events_year_and_a_headlines_year_stay_dates(text, year):
    assert [d.year for d in figures.find_dates(text)] == [year]


def test_a_year_before_a_lifes_noun_is_a_date():
    assert [d.year for d in figures.find_dates("The 1816 death of Gouverneur Morris was sudden.")] == [1816]
    assert [d.year for d in figures.find_dates("The 1793 execution of Louis XVI ended it.")] == [1793]
