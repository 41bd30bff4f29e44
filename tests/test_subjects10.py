"""Subjects, round 10 (precision): a wrong subject is worse than none --
a place's name kept whole, a firm before its country, a person before
an age's calling, a source behind an aside, no name from inside the second
party, a city's own named thing, a name in another clause or one of those
counted."""

from __future__ import annotations

import pytest

from ._claimkit import subject_of


@pytest.mark.parametrize("text, fig, subject", [
    # a place's name kept whole
    ("For much of the watching media there can only be two possible outcomes in New York - win or lose.",
     "two", "New York"),
    # the firm, not its country
    ("US phone company SBC bought AT&T for $16bn.", "$16bn", "SBC"),
    ("General Motors of the US cut 5,000 jobs.", "5,000", "General Motors"),
    ("One of the US's biggest satellite TV companies, DirectTV, has launched a DVR with 100-hours of "
     "recording capability.", "100-hours", "DirectTV"),
    # the person named after an age's calling, or after a nationality
    ("In answer to a question from 22-year-old Liverpool student David Dunne, Mr Blair said talking was "
     "the only answer.", "22-year", "David Dunne"),
    ("The US has announced that 48-year-old Australian Mamdouh Habib will be released.", "48-year",
     "Mamdouh Habib"),
    # the source behind an aside reports the figure of the name inside it
    ("Rod Eddington, BA's chief executive, said fuel costs rose by £106m.", "£106m", "BA"),
    ("According to Ofcom there were almost four million broadband users in the UK in April 2004.",
     "almost four million", "United Kingdom"),
    # not a name inside the second party
    ("Democrats paid former Twitter CEO Jack Dorsey $5m.", "$5m", "Democrats"),
    # a city's own named thing, not its country
    ("And at the 2004 Berlin Film Festival the jury could not choose between her and Charlize Theron.",
     "2004", "Berlin Film Festival"),
    # a new clause led by its own name
    ("Western firms are mounting a fight for market share in China, and Lenovo's sales were down 3.7%.",
     "3.7%", "Lenovo"),
    # a name between a parallel figure and this one is the other figure's
    ("Recent medical checks were carried out on 175,000 people at Heathrow Airport and 10,000 at Gatwick.",
     "10,000", "Gatwick"),
    # the economy forecast, not the forecaster
    ("The outlook was worst for the eurozone, with growth forecasts slipping to 1.8% from 2.0% this year, "
     "the OECD said.", "1.8%", "Eurozone"),
])
def test_subject(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig", [
    # better none than a wrong one
    ("The 32-year-old Spaniard came through 6-3 3-6 6-3 for her first title since Berlin in 2000.", "32-year"),
    ("\"I wish I was playing for Real Madrid,\" the 21-year-old told Cadena Cope.", "21-year"),
    ("The Australian firm made a profit of $30m.", "$30m"),
    ("Dozens of lives were lost in clashes with the police.", "Dozens"),
    ("The band have three more efforts on the list, including fifth-placed Paranoid.", "three"),
])
def test_no_wrong_subject(text, fig):
    assert subject_of(text, fig) is None
