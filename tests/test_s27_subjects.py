"""Subjects, session 27: a stake's owner is not the company it holds a stake in (the
second party the rule's pattern names), a surname after "Mr" is a name even where a short
sentence reads as a title-case headline, another country's Senate or Parliament is that
country's, one person's age in a title-case headline is no place's, and a figure set
against another by "compared to" does not take the name of the other figure's phrase."""

from __future__ import annotations

import pytest

from ._claimkit import typed_by_text as typed


@pytest.mark.parametrize("text, owner, company", [
    ("Mr Glazer holds 28.1% of Manchester United.", "Glazer", "Manchester United"),
    ("Malcolm Glazer holds 28.1% of Manchester United.", "Malcolm Glazer", "Manchester United"),
    ("Mr Glazer holds 28.1% of EADS.", "Glazer", "EADS"),
    ("Mr Glazer Holds 28.1% Of Manchester United", "Glazer", "Manchester United"),
])
def test_a_stake_is_its_holders_not_the_companys(text, owner, company):
    c = typed(text)["28.1%"]
    assert (c.metric, c.subject, c.subject2) == ("percent.stake", owner, company)


def test_the_second_party_of_a_pattern_is_never_the_subject_too():
    # the studio's nominations: not the award's (the owner is not told in the sentence)
    c = typed("The studio won a record 41 Grammy nominations in 1994.")["41"]
    assert c.subject2 == "Grammy" and c.subject != "Grammy"


@pytest.mark.parametrize("text, figure", [
    ("The credit card fraud rate is 0.04 percent, compared to 10 percent of Medicare fraud.", "0.04 percent"),
    ("The credit card fraud rate is 0.04 percent, compared with 10 percent of Medicare fraud.", "0.04 percent"),
    ("In all, they can carry out 10 instruction sequences, compared with two for current Intel chips.", "10"),
])
def test_a_name_past_a_compared_figure_is_that_figures(text, figure):
    assert typed(text)[figure].subject is None


def test_the_compared_figure_keeps_its_own_name():
    got = typed("The credit card fraud rate is 0.04 percent, compared to 10 percent of Medicare fraud.")
    assert got["10 percent"].subject == "Medicare"


@pytest.mark.parametrize("text, figure, subject", [
    ("Ghanaian Parliament Approves 20 Percent Pay Rise For MPs", "20 Percent", "Ghana"),
    ("The Nigerian Senate approved N37 billion for renovation.", "N37 billion", "Nigeria"),
    ("The Kenyan Parliament approved a 20 percent pay rise for MPs.", "20 percent", "Kenya"),
    ("The Indian Parliament passed 12 bills in 2019.", "12", "India"),
])
def test_another_countrys_chamber_is_that_countrys(text, figure, subject):
    assert typed(text)[figure].subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    ("The US Senate approved $40 billion for Ukraine.", "$40 billion", "Senate"),  # the Senate read alone
    ("The British Parliament passed 12 bills in 2019.", "12", "Parliament"),
])
def test_the_chamber_the_gazetteer_reads_alone_stays(text, figure, subject):
    assert typed(text)[figure].subject == subject


def test_a_continents_parliament_is_no_countrys():
    got = typed("The European Parliament passed 12 bills in 2019.")["12"]
    assert got.subject != "Europe"


@pytest.mark.parametrize("text", [
    "Video Of 10-Year-Old Boy Killed In Syria",
    "10-Year-Old Girl In Texas Gives Birth",
])
def test_one_persons_age_in_a_title_case_headline_is_no_places(text):
    c = typed(text)["10-Year"]
    assert c.metric == "people.age" and c.subject not in ("Syria", "Texas")
