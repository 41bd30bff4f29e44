"""Subjects, round 7: a name the gazetteer does not hold, read where the rule
looks for its subject; "the 28-year-old" as a description of someone named
before; a legislator after his country's name."""

from __future__ import annotations

import pytest

from ._claimkit import subject_of


@pytest.mark.parametrize("text, fig, subject", [
    # a place or person the gazetteer does not list, where the rule's strategies look
    ("Two people in Newry go around claiming to be homeless.", "Two", "Newry"),
    ("Loretta Lynch’s nomination has been sitting there longer than the previous seven "
     "attorney general nominees combined.", "seven", "Loretta Lynch"),
    # an age standing for the person named before it
    ("Andy Murray won on Sunday. The 18-year-old will play Henman next.", "18", "Andy Murray"),
    ("Gianni Versace was a genius. The 51-year-old designer was shot outside his Florida home.", "51",
     "Gianni Versace"),
    ("Olympic champion Kenenisa Bekele is determined to break the record.\n\n"
     "The 22-year-old will again be chasing a record held by Haile Gebrselassie.", "22", "Kenenisa Bekele"),
    ("Joss Stone, the 17-year-old soul singer from Devon, was a new entry in the list.", "17", "Joss Stone"),
    # a legislator acts as himself, not as his country
    ('Says U.S. Rep. Connie Mack "took seven and a half years to finish college."', "seven", "Connie Mack"),
])
def test_subject(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, wrong", [
    # a name that reports the figure, or one of a list it counts, is not its subject
    ("There would be 42 ethnic minority MPs, said John Hartley.", "42", "John Hartley"),
    # an age is no one's but its person's: not the place, nor a person only mentioned
    ("Andy Murray won on Sunday. The 18-year-old will play Tim Henman in Sheffield.", "18", "Sheffield"),
    ("The 28-year-old has been in great form in Madrid.", "28", "Spain"),
    ("She overhauled rival Maria Mutola to win the 800m. Just five days later, the 34-year-old "
     "made it double gold.", "34", "Maria Mutola"),
    ("On a visit to India, the 60-year-old actor said he hoped to start shooting next year.", "60", "India"),
])
def test_not_subject(text, fig, wrong):
    assert subject_of(text, fig) != wrong


def test_a_thing_of_an_age_keeps_its_subject():
    # "the 15-year-old ban" is a thing's age, not a person's description
    assert subject_of("The 15-year-old ban was imposed after China's crackdown on protesters.", "15") == "China"


def test_an_owner_before_a_person_is_not_part_of_the_name():
    # "Manchester City's Paul Bosvelt": the person, not the club's name run into his
    assert subject_of('Manchester City\'s Paul Bosvelt will find out "within a month" whether he is to be '
                    'offered a new one-year deal.', "one-year") == "Paul Bosvelt"


def test_a_firms_figure_in_a_bare_sentence_is_the_firm_of_the_story():
    text = ("Barclays, the UK's third-biggest bank, has seen annual pre-tax profits climb to record levels.\n\n"
            "Profits for the year to 31 December rose 20% to £4.6bn.")
    assert subject_of(text, "£4.6bn") == "Barclays"


def test_a_nation_and_a_name_after_it_are_a_firm_for_the_airline():
    text = ("British Airways has blamed high fuel prices for a drop in profits.\n\n"
            "Reporting its results for the quarter, the airline made a pre-tax profit of £75m.")
    assert subject_of(text, "£75m") == "British Airways"
