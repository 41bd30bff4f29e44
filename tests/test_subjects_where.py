"""A place the sentence gives only as where an event happened is not the
date's subject when a person or a named body acts there
(ledger.subjects._where_only); a place's own event keeps it."""

from __future__ import annotations

import pytest

from ._claimkit import claims_of, date_subject_of as _date_subject


def test_the_unnamed_actor_is_the_subject_not_where_he_acts():
    # (the man the text describes, ledger/described_person.py; never Pompeii)
    assert _date_subject("A photograph shows the remains of a man who died while masturbating in Pompeii in 79 A.D.",
                         "79 A.D.") == "man"


@pytest.mark.parametrize("text,date", [
    ("He arrived in Britain on 5 March 2004 after flying from the United States.", "5 March 2004"),
    ("In 1969, he moved to Nassau in the Bahamas, with his wife Sheila.", "1969"),
    ("The Oscars will take place at Hollywood's Kodak Theatre on 27 February.", "27 February"),
])
def test_where_an_actor_acts_is_not_the_subject(text, date):
    assert _date_subject(text, date) is None


@pytest.mark.parametrize("text,date,subject", [
    ("Video shows looting in Chicago in April 2023", "April 2023", "Chicago"),
    ("Sony's PlayStation Portable (PSP) will go on sale in Japan on 12 December.", "12 December", "Japan"),
    ("In May 2023, a giant outline was created in a lawn in Bath.", "May 2023", "Bath"),
    ("Kennedy was assassinated in Dallas in 1963.", "1963", "Kennedy"),
])
def test_a_places_own_event_keeps_it(text, date, subject):
    assert _date_subject(text, date) == subject


@pytest.mark.parametrize("text,date,subject", [
    # the place right after the event's noun is its scope
    ("Rajnath Singh requested people not to throw shoes at leaders campaigning for the 2022 elections in "
     "Uttar Pradesh", "2022", "India"),
    # a place that owns the event
    ("Pieter de Villiers and Ludovic Valbon picked up injuries in France's 16-9 win on 26 February 2005.",
     "26 February 2005", "France"),
    # a name in another clause does not act where the place is
    ("Forsyth says 3000 died over 30 years; 3000 people died in one morning in NY on September 11th 2001.",
     "September 11th 2001", "NY"),
])
def test_a_places_scope_or_own_event_keeps_it(text, date, subject):
    assert _date_subject(text, date) == subject


def test_the_named_actor_that_opens_the_sentence_takes_the_date():
    text = "Kim Collins will compete in the 60m at the Norwich Union Grand Prix in Birmingham on 18 February 2006."
    assert _date_subject(text, "18 February 2006") == "Kim Collins"


def test_a_backer_is_not_the_subject():
    text = "The Saudi-backed LIV Golf firm paid $200m in 2022."
    assert "Saudi Arabia" not in {c.subject for c in claims_of(text)}


@pytest.mark.parametrize("text,date,subject", [
    # a storm or an earthquake is about the place it struck, whatever name the storm has
    ("Video shows Typhoon Molave making landfall in Vietnam in October 2020", "October 2020", "Vietnam"),
    ("Videos show destruction caused by Typhoon Mawar in Japan in June 2023", "June 2023", "Japan"),
])
def test_a_disaster_is_about_the_place_it_struck(text, date, subject):
    assert _date_subject(text, date) == subject
