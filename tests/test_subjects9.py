"""Subjects, round 9: names the sentence gives that the subject finder
missed -- a passive's subject behind a long appositive, the owner of the
noun phrase a figure is about when it stands after the figure, a place that
scopes the figure after it, a numbered name that acts."""

from __future__ import annotations

import pytest

from ._claimkit import subject_of


@pytest.mark.parametrize("text, fig, subject", [
    # a passive's subject behind an appositive led by an article, brackets and all
    ("Egas Moniz, the inventor of the lobotomy technique for treating patients (particularly people "
     "with schizophrenia), was awarded a Nobel Prize in 1949 for his work.", "1949", "Egas Moniz"),
    # the owner of the noun phrase after the figure
    ("Says six studies verify that the math adds up for Mitt Romney’s tax plan.", "six", "Mitt Romney"),
    # where the people counted come from
    ("Nine men from West Yorkshire have been arrested and freed on bail.", "Nine", "West Yorkshire"),
    ("Two men, both from Keighley, were arrested in September.", "Two", "Keighley"),
    # a listed name that qualifies the noun after the figure
    ("As a result three of the major stakeholders in English rugby have launched an audit.", "three",
     "England"),
    # a passive's subject before an aside that ends with another name
    ("Jones, the lawyer for Smith, was hired in 2003.", "2003", "Jones"),
    # the place that scopes a copula's subject
    ("The age of consent in most states in the U.S. is 16 years of age.", "16", "United States"),
    # a gerund after "since", "after": its subject is the clause's
    ("Federer has been without a coach since splitting with Peter Lundgren in 2003.", "2003", "Federer"),
    ("Instead, Eastwood took his second Oscar for best director after winning for Unforgiven in 1993.", "1993",
     "Eastwood"),
    # a numbered name that acts
    ("NASA warned that Asteroid 52768 (1998 OR2) could hit Earth in April 2020.", "April 2020",
     "Asteroid 52768"),
])
def test_subject(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, wrong", [
    # a contraction is no owner
    ("We are above 800 million, more than half the Muslims on Earth That’s not a minority.", "more than half",
     "Earth That"),
    # an owner past a reporting word, or in another clause, is not the figure's
    ("About 40 studies were published, according to Mitt Romney’s campaign.", "About 40", "Mitt Romney"),
    ("Six studies were published while Mitt Romney’s plan was debated.", "Six", "Mitt Romney"),
    # a sum is its payer's, not whose it is paid to or for
    ("The man gave 20 dollars to Hillary Clinton's foundation.", "20 dollars", "Hillary Clinton"),
    ("He paid $5,000 for Trump's book.", "$5,000", "United States"),
    # troops sent somewhere are not that place's
    ("They sent 300 troops to Ukraine's border.", "300", "Ukraine"),
    # a country glued to a firm's name is the firm's, not the figure's subject
    ("The MPs found the £456m system from American IT giant EDS was not working.", "£456m", "American IT"),
    # a gerund's subject is not a name in another clause, nor past reported speech
    ("Smith said that, since joining Chelsea in 2004, he had improved.", "2004", "Smith"),
    # a numbered name before a preposition is not acting ("hosted Number 73 in the 1980s, won")
    ("Former presenter Andrea Arnold, who hosted Number 73 in the 1980s, won best short film.", "1980s",
     "Number 73"),
])
def test_not_subject(text, fig, wrong):
    assert subject_of(text, fig) != wrong


def test_an_event_date_is_not_read_from_after_it():
    # an event's date stays its actor's: a possessive after it names no one who acted
    assert subject_of("The video was posted in May 2023 about Joe Biden’s speech.", "May 2023") != "Joe Biden"
