"""Subjects, subjq12: precision.  A place that says where a firm is based, a
demonym used as one person's noun, a descriptor after a country ("US TV"), a
hyphenated word before a name, a place where a person spends time, a country a
firm named before trades in, and a vague opening phrase name no subject; a
name that holds "and" is read whole."""

from __future__ import annotations

import pytest

from ._claimkit import claims_of, subject_of


@pytest.mark.parametrize("text, fig, subject", [
    # a name with "and" inside
    ("In 2002, the British Academy of Film and Television decided to split the awards.", "2002",
     "British Academy of Film and Television"),
    ("The Public and Commercial Services Union will co-ordinate any action with up to six other public sector "
     "unions.", "up to six", "Public and Commercial Services Union"),
    # a hyphenated word before a name is no part of it
    ("State-owned Rosneft bought the unit for $9.3bn.", "$9.3bn", "Rosneft"),
    ("A tie-up between Barclays and California-based Wells Fargo would create the world's fourth biggest bank, "
     "valued at $180bn.", "$180bn", "Wells Fargo"),
    ("The seller - Irish-based property firm Quinlan Private - bought the Savoy for £750m last year.", "£750m",
     "Quinlan Private"),
    # a demonym that is an adjective keeps its country
    ("The Afghan armed forces, with some 300,000 personnel, outnumber the Taliban.", "some 300,000", "Afghanistan"),
    ("The Russian economy grew 7% last year.", "7%", "Russia"),
    # "of" is no place a firm trades in
    ("The group is the first of Britain's five big banks to report 2004 results.", "five", "United Kingdom"),
    ("Unemployment rose to 7% in Spain.", "7%", "Spain"),
])
def test_subject(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, wrong", [
    ("The US-based company sold 19.6 million shares at $85 each.", "$85", "United States"),
    ("The American spent three days at the camp in La Manga.", "three days", "United States"),
    ("The Russian, ranked sixth in the world, broke Williams three times in the first set.", "sixth", "Russia"),
    ("He had to spend an extra 24 hours in Nairobi before rejoining the committee.", "24 hours", "Kenya"),
    ("The company is still by far the biggest player in China, with more than a quarter of the market.",
     "more than a quarter", "China"),
    ("A similar TV benefit carried by all four primary US TV networks raised more than $150m.", "four", "US TV"),
    ("The full programme will be announced on 1 February.", "1 February", "full programme"),
])
def test_not_subject(text, fig, wrong):
    assert subject_of(text, fig) != wrong


def test_demonym_person_resolves_or_stays_empty():
    # the person named before, or no one: not another name of the sentence
    text = "The Italian was sent off for bringing down Shola Ameobi in the final minute of Sunday's match."
    cs = [c for c in claims_of(text, published="2005-01-10") if c.text == "Sunday"]
    assert cs and cs[0].subject is None
