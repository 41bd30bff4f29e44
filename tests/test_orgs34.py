"""Subjects, orgs34: a firm or body whose name holds a place is the subject as
the whole name, not the bare place ("Air Mauritius", "Bank of Cyprus"); the
place itself stays where the sentence is about it."""

from __future__ import annotations

import pytest

from ._claimkit import subject_of


@pytest.mark.parametrize("text, fig, subject", [
    # a carrier's or a body's name that opens the sentence and ends with a country
    ("Air Canada flew 31 million travellers in 2009.", "31 million", "Air Canada"),
    ("Air Malta cut 250 jobs last winter.", "250", "Air Malta"),
    ("Radio France lost 4% of its listeners last year.", "4%", "Radio France"),
    ("Cricket Australia paid its players A$90m last season.", "A$90m", "Cricket Australia"),
    # a word of no English before the country opens a firm's name
    ("Vodafone Spain added 400,000 customers in the quarter.", "400,000", "Vodafone Spain"),
    # a commercial bank named after a country, written without an article
    ("Bank of Cyprus lost 1.2bn euros in 2012.", "1.2bn", "Bank of Cyprus"),
    ("Profits at Bank of Ireland fell 30% to 500m euros.", "30%", "Bank of Ireland"),
    ("Shareholders of Bank of China received a dividend of 8 cents.", "8 cents", "Bank of China"),
    # a country's possessive before a firm or a person that heads the clause: theirs
    ("Ireland's Aer Lingus carried 9 million passengers last year.", "9 million", "Aer Lingus"),
    ("Germany's Lufthansa has ordered 20 new jets.", "20", "Lufthansa"),
    ("Shares fell, with Korea's Hyundai Motor sliding 2.4%.", "2.4%", "Hyundai Motor"),
    ("Spain's Nadal, seeded two, has won 14 titles on clay.", "14", "Nadal"),
])
def test_subject(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, subject", [
    # a word that only opens the sentence: the country stays
    ("Although Canada flew 31 million travellers in 2009, it lost money.", "31 million", "Canada"),
    ("Meanwhile Spain added 400,000 jobs in the quarter.", "400,000", "Spain"),
    ("Weak German exports fell 3% in March.", "3%", "Germany"),
    ("Today Malta has 500,000 people.", "500,000", "Malta"),
    # a central bank takes the article: it speaks for its country's money
    ("The Bank of Korea kept its main interest rate at 3.25% on Thursday.", "3.25%", "South Korea"),
    # the country's own figures, its title-holders, its bodies that report them, a name before a noun
    ("Cyprus's exports rose 12% last year.", "12%", "Cyprus"),
    ("Canada's Finance Minister Jim Flaherty said growth would reach 2.5%.", "2.5%", "Canada"),
    ("Britain's ONS said 80,000 jobs were lost.", "80,000", "United Kingdom"),
    ("Spain's Davis Cup team won 5 matches in 2008.", "5", "Spain"),
    ("Russia's Sarmat-2 has a range of 18,000 km.", "18,000 km", "Russia"),
])
def test_place_kept(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, subject", [
    # a country that opens the sentence and acts on a figure whose phrase holds a demonym: its figure
    ("Canada banned 12 Russian vessels from its ports.", "12", "Canada"),
    ("Japan has deported about 400 Vietnamese workers this year.", "about 400", "Japan"),
])
def test_actor_over_demonym(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, subject", [
    # no actor of the figure's own clause: the demonym stays
    ("There are 40 Russian vessels in the harbour.", "40", "Russia"),
    ("Canada says there are at least 70 Russian vessels fishing in its waters.", "at least 70", "Russia"),
])
def test_demonym_kept(text, fig, subject):
    assert subject_of(text, fig) == subject
