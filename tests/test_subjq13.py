"""Subjects, subjq13: a word of the generated WordNet lists that opens a
sentence is no name ("Airliner flips over", "Railways have cancelled",
"Bouncers stepped in") unless the document writes it as a name inside a
sentence ("its Travelers arm ... Travelers had sales"), nor an acronym, an
animal or a plant ("CAS has said", "Brent crude"); "Its sales" at the start of
a sentence is the name that opens the sentence before."""

from __future__ import annotations

import pytest

from ._claimkit import subject_of


@pytest.mark.parametrize("text, fig, subject", [
    ("Citigroup has sold its Travelers arm to Metlife. Travelers had sales of $5.2bn in 2004.", "$5.2bn",
     "Travelers"),
    ("CAS has said that a ruling is normally given within four months of an appeal.", "four months", "CAS"),
    ("A switch to new models hit luxury marque Mercedes-Benz, with sales down 3.1% at 1.06 million. "
     "Chrysler avoided the fate of US rivals Ford and General Motors. Its sales rose 3.5% to 2.7 million units.",
     "3.5%", "Chrysler"),
    ("A US company has pulled out of a major contract. Contrack International heads a coalition of firms "
     "working on a series of schemes. Its withdrawal from the $325m contract is thought to be the largest.",
     "$325m", "Contrack International"),
])
def test_subject(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, wrong", [
    ("Airliner flips over 360 degrees during landing in typhoon.", "over 360", "Airliner"),
    ("Bouncers stepped in and the band left the stage, but returned after five minutes.", "five minutes",
     "Bouncers"),
    ("Tuppence does not sound like a great deal but every year that's an increase of about £750.", "about £750",
     "Tuppence"),
])
def test_no_word_subject(text, fig, wrong):
    assert subject_of(text, fig) != wrong
