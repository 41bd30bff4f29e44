"""prec29: the source of a figure named by "according to" is not its subject when a reporting trade
or a title is written before its name ("According to technology analysts IDC, ...", "according to
the UK-based journal Screen Digest"); a measure the sentence gives as the world's ("World oil
prices") takes no subject guessed from the sentence before."""

from __future__ import annotations

import pytest

from ._claimkit import claims_of


def _claim(text: str, fig: str):
    for c in claims_of(text, published="2005-01-01"):
        if c.text == fig:
            return c
    return None


@pytest.mark.parametrize("text, fig, source", [
    ("According to technology analysts IDC, a fifth of all hard drives produced will be used in consumer "
     "electronics by 2007.", "2007", "IDC"),
    ("According to Exhibitor Relations President Paul Dergarabedian, the average cost of a cinema ticket "
     "could be as high as $6.25 in 2004, compared to $5.80 in 2002.", "$6.25", "Paul Dergarabedian"),
    ("According to analysts Nielsen//NetRatings, more than 50% of the 22.8 million UK net users regularly "
     "accessing the web from home each month are logging on at high speed.", "22.8 million", "NetRatings"),
    ("A blog is created every 5.8 seconds, according to US research think-tank Pew Internet and American "
     "Life, but less than 40% of the total are updated at least once every two months.", "less than 40%",
     "American Life"),
    ("Online gaming sales are predicted to top a billion US dollars next year, according to the UK-based "
     "journal Screen Digest.", "a billion US dollars", "Screen Digest"),
])
def test_according_to_source_is_no_subject(text, fig, source):
    c = _claim(text, fig)
    assert c is not None
    assert c.subject != source


@pytest.mark.parametrize("text, fig, subject", [
    # the clause points back at the source: its own figure
    ("According to Tesco, its sales rose 5% in 2004.", "5%", "Tesco"),
    # a firm with no trade word before it stays (its own figure, told through "according to")
    ("According to Tesco, sales rose 5% in 2004.", "5%", "Tesco"),
])
def test_according_to_own_figure_kept(text, fig, subject):
    c = _claim(text, fig)
    assert c is not None and c.subject == subject


def test_world_measure_takes_no_previous_subject():
    text = ("Weak data buffets French economy. Official figures showed on Friday that unemployment in France "
            "was unchanged at 9.9% last month. World oil prices have risen by more than 60% since the start "
            "of the year.")
    c = _claim(text, "more than 60%")
    assert c is not None and c.subject is None
