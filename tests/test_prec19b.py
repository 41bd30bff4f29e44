"""prec19b (precision of named claims on even BBC files): an age's referent is
not a person named after a preposition; product words are no one's name; "the
Russian world number five" is a player, not Russia."""

from __future__ import annotations

import pytest

from ._claimkit import subject_of


@pytest.mark.parametrize("text, fig, wrong", [
    # "in the absence of Jonny Wilkinson": not who the sentence is about (sport/342)
    ("Robinson, stand-in captain in the absence of Jonny Wilkinson, had been due to lead England. "
     "The 30-year-old will undergo an operation on Friday.", "30", "Jonny Wilkinson"),
    ("England captain Jason Robinson will miss the rest of the Six Nations.\n\n"
     "Robinson, stand-in captain in the absence of Jonny Wilkinson, had been due to lead England. "
     "The 30-year-old will undergo an operation on Friday.", "30", "Jonny Wilkinson"),
    # a product word is no one's name
    ("More than 45,000 people were surveyed by digital TV station.", "More than 45,000", "TV"),
    ("Nicholas Negroponte says he is developing a laptop PC that will go on sale for less than $100.", "less than $100", "PC"),
    # a demonym before a player's ranking is the player, not the country
    ("Belgian sports minister Claude Eerdekens said that the Russian world number five tested positive "
     "for the stimulant ephedrine on 19 December.", "19 December", "Russia"),
])
def test_not_subject(text, fig, wrong):
    assert subject_of(text, fig) != wrong


@pytest.mark.parametrize("text, fig, subject", [
    # a possessor after a preposition is still the person the story is about
    ("Versace art portfolio up for sale\n\nThe art collection of murdered fashion designer Gianni Versace "
     "could fetch up to £9m.\n\n"
     "Among the pictures for sale are works by Roy Lichtenstein, Andy Warhol and Henri Matisse. "
     "The collection was housed at Versace's six-storey New York townhouse. "
     "The 51-year-old designer was shot outside his Florida home in 1997.", "51", "Gianni Versace"),
    ("Olympic champion Kenenisa Bekele is determined to win. The 22-year-old will run in Birmingham.", "22",
     "Kenenisa Bekele"),
    ("More than 45,000 people were surveyed by digital TV station Music Choice.", "More than 45,000", "Music Choice"),
])
def test_subject(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, figs, metric", [
    # a stated conversion is the same sum as the figure it restates: one reading for both (prec19b)
    ("The US Justice Department is to try to overturn a court ruling that threw out its claim for "
     "$280bn (£149bn) in damages.", ("$280bn", "£149bn"), None),
    ("The 66-year-old criticised his 3000 euros (£2,060) punishment.", ("3000 euros", "£2,060"), None),
    ("It has earmarked 100 trillion won ($96bn) for the first six months of 2005.", ("100 trillion won", "$96bn"),
     "money.earmark"),
])
def test_stated_conversion_has_the_reading_of_what_it_restates(text, figs, metric):
    from ._claimkit import claims_of
    got = {c.text: c.metric for c in claims_of(text)}
    assert got[figs[0]] == got[figs[1]], got
    if metric:
        assert got[figs[0]] == metric


@pytest.mark.parametrize("text, fig, subject", [
    # a body's name after a country or demonym runs on to its kind (prec19b)
    ("The UK Independence Party received £63,081 in 2004.", "£63,081", "UK Independence Party"),
    ("British Airways said it would cut 600 jobs.", "600", "British Airways"),
])
def test_a_body_named_after_its_country(text, fig, subject):
    assert subject_of(text, fig) == subject
