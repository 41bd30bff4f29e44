"""Subjects (prec18): a name inside a relative or participial aside set off by
commas ("X, which makes Y,", "the film, starring Z,") tells of the noun the
aside follows, not of the figure after it; a name past a later figure that a
conjunction joins on is that figure's, not this one's."""

from __future__ import annotations

import pytest

from ._claimkit import subject_of


@pytest.mark.parametrize("text, fig, subject", [
    # a name in a comma aside before the figure is not its subject
    ("A Series of Unfortunate Events, starring Jim Carrey, took $30.2m in its debut weekend.", "$30.2m",
     "Series of Unfortunate Events"),
    ("Shares in Multiplex Group, which is building the new Wembley stadium, fell as much as 19% after it "
     "said it would not make any money on the project.", "as much as 19%", "Multiplex Group"),
    ("Lord Drayson, whose company PowderJect won multi-million pound contracts to provide smallpox vaccine, "
     "gave £500,000 to the party just days before Christmas.", "£500,000", "Drayson"),
    # (a name the sentence gave before the aside stays: "Umbro ... which gave Umbro")
    ("In January, Umbro announced its sponsorship agreement with Chelsea, which gave Umbro the lucrative "
     "right to make replica shirts, would end in 2006, five years earlier than expected.", "five years",
     "Umbro"),
    # (an aside that goes on into another: "Kenteris, 31, who won ... and Thanou, 30, who won")
    ("Kenteris, 31, who won the men's 200m title at the 2000 Sydney Games and Thanou, 30, who won the "
     "women's 100m silver medal in Sydney, face a maximum two-year ban if found guilty.", "100m", "Thanou"),
])
def test_comma_aside(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, subject", [
    # a name past a later figure joined on by "and" is that figure's
    ("The singer's 2004 tour took $90.3m in ticket sales and he sold 1.9 million copies of his latest "
     "album Musicology.", "$90.3m", None),
    ("Virgin Blue was launched four years ago and now has roughly one third of Australia's domestic airline "
     "market.", "four years", "Virgin Blue"),
    # (not a place that scopes both: "... down 60 percent in the rebuilt Marquette Interchange")
    ("Accidents are down 50 percent and injury accidents are down 60 percent in the rebuilt Marquette "
     "Interchange in Milwaukee.", "50 percent", "Marquette Interchange"),
])
def test_next_figures_clause(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, subject", [
    # "among them" lists some of those the figure counts: none of them is its subject
    ("More than a dozen celebrities are scheduled to attend, among them Will Smith, Kevin Spacey and Keanu "
     "Reeves.", "More than a dozen", None),
])
def test_among_them(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, subject", [
    # a place that closes the earlier of two parallel figures is the earlier one's
    ("He said there had been falling cigarette sales of 13% in New York and 16% in Ireland.", "16%", "Ireland"),
    ("Apple expects the Mac mini to sell for £339 in the UK and $499 in the US.", "$499", "United States"),
])
def test_parallel_place(text, fig, subject):
    assert subject_of(text, fig) == subject
