"""Subjects (round 18): possessives that lost their apostrophe give the owner's
name; names cut short (an opening pair of common words, "X and Y
Administration", "Air Force One"), holidays, units and lone name words are no
names; judged kinds of people are groups; an office held in the statement
gives a subjectless figure its place or person."""

from __future__ import annotations

import pytest

from ledger.matching import lexicon
from ledger.subjects import _bare_owner, _lex_names

from ._claimkit import RULESET, subject_of

LEX = lexicon(RULESET)


@pytest.mark.parametrize("text, fig, subject", [
    # a possessive without its apostrophe: the owner by his name
    ("Under President Barack Obamas watch, oil production on federal lands has decreased 14 percent over the "
     "past year.", "14 percent", "Barack Obama"),
    ("Re: (Marco) Rubios support of earmark ban: In 2002 alone, he requested 37 earmarks worth $43 million.",
     "$43 million", "Marco Rubio"),
    ("The state budget has actually grown by $4.6 billion under Gov. Scott Walkers actions.", "$4.6 billion",
     "Scott Walker"),
    ("New Castle Countys unemployment rate has not almost doubled in the last two years.", "two years",
     "New Castle County"),
    ("Gov. Maggie Hassans budget proposal raises taxes on small businesses and increases taxes and fees by "
     "$100 million.", "$100 million", "Maggie Hassan"),
    # (a body's name keeps its "s")
    ("The House of Delegates budget bill cuts $50 million from education.", "$50 million", "House of Delegates"),
    # judged kinds of people
    ("60 percent of people on food assistance are working.", "60 percent", "food stamp recipients"),
    ("Says crime statistics show blacks kill 81 percent of white homicide victims.", "81 percent", "Black people"),
    # a group after the figure that leads the next figure is that figure's
    ("Those on low incomes will account for a quarter of the digital have-nots, the disabled will make up 16% "
     "and the elderly nearly a third by 2025.", "16%", "disabled people"),
    ("NASCAR fans are twice as likely as non fans to serve in the military and 37 percent of active "
     "servicemembers and veterans are NASCAR fans.", "37 percent", "service members"),
    ("State employees havent received a raise in five or six years.", "five or six years", "state employees"),
    # an office held in the statement
    ("When I was mayor of New York City, I encouraged adoptions. Adoptions went up 65-70 percent. Abortions "
     "went down 16 percent.", "16 percent", "New York City"),
    ("832,000 people lost their job while (Charlie Crist was)governor.", "832,000", "Charlie Crist"),
])
def test_subject(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig", [
    ("Blue Cross headquarters has \"a $30,000 granite table.\"", "$30,000"),
    ("They will keep the temperature from rising nearly five one-hundredths of a degree Fahrenheit.", "nearly five"),
    ("If you threw a barbecue yesterday for the Memorial weekend, it was 29 percent more expensive than last "
     "year.", "29 percent"),
    ("Nine out of the 10 poorest states are Red states.", "Nine"),
    ("In the last 6 years, there have been 420 elections for State Senator and State Representative.", "420"),
    # kinds of people written as the other party are no groups, and one after the figure is no guess
    ("He promised to increase income tax on those earning more than £100,000 a year to pay for free personal "
     "care for the elderly.", "more than £100,000"),
    ("Says a prank phone call caused 400 children to be taken from their parents... without warrant.", "400"),
])
def test_no_wrong_subject(text, fig):
    assert subject_of(text, fig) is None


@pytest.mark.parametrize("sent, names", [
    ("But a ham sandwich on two slices of bread is the responsibility of the Food and Drug Administration.",
     ["Food and Drug Administration"]),
    ("Boeing is building a brand new 747 Air Force One for future presidents", ["Air Force One"]),
    ("The House voted to cap insulin prices", ["House"]),
    ("On Labor Day 5 people", []),
])
def test_names(sent, names):
    assert [n[2] for n in _lex_names(sent, LEX)] == names


@pytest.mark.parametrize("subj, text, owner", [
    ("Barack Obamas", "Says President Barack Obamas own economists say the stimulus cost $278K per job.",
     "Barack Obama"),
    ("Trumps", "Independent analysts found that Trumps tax plan would rack up $30 trillion in debt.", "Donald Trump"),
    ("Bernie Sanders", "Bernie Sanders votes 98 percent of the time with Democrats.", "Bernie Sanders"),
    ("Maxine Waters", "Maxine Waters attended only ten percent of meetings.", "Maxine Waters"),
    ("Obamas", "The Obama's paid $100,000 in taxes.", "Obamas"),  # a text with apostrophes keeps its words
])
def test_bare_owner(subj, text, owner):
    assert _bare_owner(subj, text, LEX) == owner


@pytest.mark.parametrize("text, fig, subject", [
    # a sentence adverb or an office held before is no part of the name; an ellipsis ends it
    ("Recently Rick Scott closed 30 womens health care centers across the state.", "30", "Rick Scott"),
    ("Then-Gov. Carl Sanders put 56 percent of the state budget into education.", "56 percent", "Carl Sanders"),
    # a person's name that lost its space
    ("Says DonaldTrump got, you know, $1.8 billion worth of free media.", "$1.8 billion", "Donald Trump"),
    ("Says MarcoRubio voted to slash school funding by $1 billion.", "$1 billion", "Marco Rubio"),
    # a name that is one with its number is not the subject
    ("John McCain \"is proposing tax cuts that would give the average Fortune 500 CEO an additional $700,000 in "
     "tax cuts.\"", "$700,000", "John McCain"),
])
def test_subject_names(text, fig, subject):
    assert subject_of(text, fig) == subject
