"""Subjects in text that lost its apostrophes (PolitiFact statements as the
LIAR data set writes them: "Says Scott Walkers budget", "Georgias fields",
"Thats 84 percent"), population groups a share is of ("50 percent of
millennials"), and the place people move to ("110 people a day move
to Texas")."""

from __future__ import annotations

import pytest

from ledger.matching import lexicon
from ledger.subjects import _bare_possessives

from ._claimkit import RULESET, subject_of


@pytest.mark.parametrize("text, fig, subject", [
    # a possessive without its apostrophe: the owner, as with one
    ("Workers who pick produce in Georgias fields can make $12 to $18 an hour.", "$12", "Georgia"),
    ("Since the stimulus package was passed, Ohios lost over 100,000 more jobs.", "over 100,000", "Ohio"),
    ("Since Sherrod Brown and the Democrats rammed the economic stimulus bill through, Ohios unemployment "
     "rate has risen to 9.6 percent, above the national average.", "9.6 percent", "Ohio"),
    ("Says New Jerseys unemployment rate is 9 percent.", "9 percent", "New Jersey"),
    ("Wisconsins effective unemployment rate is 20 percent.", "20 percent", "Wisconsin"),
    ("Japans interest on its own debt is 25 percent of its national budget", "25 percent", "Japan"),
    # a given name and a surname before a noun
    ("Says Scott Walkers budget cuts $800 million from schools.", "$800 million", "Scott Walker"),
    ("Says cuts by Gov. Rick Perrys administration left 12,000 teachers without a job.", "12,000",
     "Rick Perry"),
    ("Jason Carters plan: increase spending by $12.5 billion.", "$12.5 billion", "Jason Carter"),
    # a surname that ends in "s" stays whole
    ("Says Bernie Sanders top 10 donors are labor unions.", "10", "Bernie Sanders"),
    # a population group the share is of
    ("Says 50 percent of millennials dont associate with any political party.", "50 percent", "millennials"),
    ("Only 14 percent of Catholics agree with the position.", "14 percent", "Catholics"),
    ("44% of homeless people are employed.", "44%", "homeless people"),
    ("91 percent of Latinos support the DREAM Act.", "91 percent", "Hispanics"),
    ("Half of illegal immigrants come on legal visas and then overstay.", "Half", "illegal immigrants"),
    # people who move to a place: its count
    ("More than 1,000 people ... move to Texas every day.", "More than 1,000", "Texas"),
    ("Almost 1,000 people a day are moving to Florida because they are more free here.", "Almost 1,000",
     "Florida"),
    ("A million people a year come into the U.S. legally.", "A million", "United States"),
])
def test_subject(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig", [
    # a contraction that lost its apostrophe names no one
    ("The American people say, dont touch Social Security, dont touch Medicare, dont cut defense. "
     "Thats 84 percent of the federal budget.", "84 percent"),
    ("Weve had about 3,000 murders in connection with lax border security.", "about 3,000"),
    ("Shes the one, her budget left us with a $2 billion budget deficit.", "$2 billion"),
    # a number word that opens a sentence is no name
    ("Forty per cent fall in the key 16 to 35-year-old demographic.", "16 to 35-year"),
    ("Sixty percent of the population wanted to live somewhere else.", "Sixty percent"),
    # a group joined to the one a figure counts is counted too, not the subject
    ("The tax cut deal is giving $700 billion to millionaires and billionaires.", "$700 billion"),
    # troops sent to a place are not its own
    ("About 2,000 troops were sent to Iraq last year.", "About 2,000"),
])
def test_no_wrong_subject(text, fig):
    # (not billionaires: a public sum in dollars that no one owns takes, as a last resort, the
    # country of its currency, cur21: ledger/currency_owner.py)
    # (nor "Thats"; "84 percent of the federal budget" is the US's: a figure of "the federal"
    # budget that no one else owns, subj24: ledger/federal_owner.py)
    assert subject_of(text, fig) in ((None, "United States") if fig in ("$700 billion", "84 percent") else (None,))


LEX = lexicon(RULESET)


@pytest.mark.parametrize("sent, restored", [
    ("Says Scott Walkers budget cuts $8 million.", "Says Scott Walker’ budget cuts $8 million."),
    ("Georgias fields", "Georgia’ fields"),
    ("Says New Jerseys unemployment", "Says New Jersey’ unemployment"),
])
def test_restored(sent, restored):
    out = _bare_possessives(sent, LEX)
    assert out == restored and len(out) == len(sent)


@pytest.mark.parametrize("sent", [
    "Texas spends $5 billion a year.",  # a name that ends in "s"
    "Massachusetts spends $5 billion a year.",
    "The Americas account for 40 percent of exports.",  # a place, not a possessive
    "The Obamas paid $100,000 in taxes.",  # a family
    "Bernie Sanders won 46 percent of the vote.",  # a surname, then a verb
    "Paula Jones case cost $850,000.",  # a surname of its own
    "Kim Myers voted for 12 tax increases.",
    "President Barack Obamas policies have increased unemployment in Pennsylvania 19 percent.",  # a leader
    "Scott Walker's budget and Georgias fields",  # a text with apostrophes keeps its words
])
def test_not_restored(sent):
    assert _bare_possessives(sent, LEX) == sent
