"""Subjects, carry8: a nationality before a person's calling and name
describes the person; a feast is no subject; a sentence about people does not
take the place the sentence before names."""

from __future__ import annotations

import pytest

from ._claimkit import subject_of


@pytest.mark.parametrize("text, fig, subject", [
    # a demonym, a calling and a name: the person's own figure
    ("Australian athlete Jana Pittman ran 53.4 seconds in the final.", "53.4", "Jana Pittman"),
    ("US actor Jamie Foxx has been given two nominations for Golden Globe awards.", "two", "Jamie Foxx"),
    ("Scottish rock band Franz Ferdinand have won two Brit Awards.", "two", "Franz Ferdinand"),
    ("Irishman JP McManus now owns 28.9% of the club.", "28.9%", "JP McManus"),
    # a country's name that ends an organisation's name
    ("Meanwhile, flag carrier Air India is considering buying 50 new aircraft.", "50", "Air India"),
    ("According to its accounts, Media Lab Europe said it spent 8.16 million euros in 2003.", "8.16",
     "Media Lab Europe"),
])
def test_subject(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, wrong", [
    # a country's own name before a calling is its team: the country stays
    ("England coach Andy Robinson said his side were denied two tries in the loss.", "two", "Andy Robinson"),
    # a country's box office or chart is a market, not the party
    ("The blockbuster earned just $13.5m over three days at the US box office.", "$13.5m", "United States"),
    ("Rock legend Elvis is set to top the UK singles chart on Sunday, 27 years after his death.", "27 years",
     "United Kingdom"),
    # a region, a sentence's first word: the country stays
    ("For 21 countries in Sub-Saharan Africa, we have no data.", "21", "Sub-Saharan Africa"),
    # a feast is a time of year
    ("Sales over Christmas rose 2.3% at the chain.", "2.3%", "Christmas"),
    ("Half of spam received since Christmas has been health-related.", "Half", "Christmas"),
    # a sentence about people, after one that names a place
    ("Two men were arrested in Leeds on Friday. They are next due in court on 18 April.", "18 April",
     "United Kingdom"),
    ("Sri Lanka's banks were hit hard by the tsunami. He estimated the bank's loss at 3bn rupees.", "3bn",
     "Sri Lanka"),
])
def test_not_subject(text, fig, wrong):
    assert subject_of(text, fig) != wrong


def test_place_before_kept_for_a_thing():
    # a sentence that names no one and speaks of no person keeps the place before
    text = "Indonesia has raised its fuel subsidies. It spent 59.2 trillion rupiah on fuel in 2004."
    assert subject_of(text, "59.2") == "Indonesia"
