"""subj31: subjects for named claims that came back with none, where the sentence names who or
what the figure is about:

* the agent of a participle after the noun a share counts ("two-thirds of groups targeted by
  the IRS", "... targeted for IRS scrutiny");
* the first capitalised name of a happening noun's "of" phrase that the gazetteer does not hold
  ("the collapse of the Twin Towers on 11 September 2001");
* a person written by an age between a fronted date and the verb ("In July 2021, a 10-year-old in
  Colorado died"), and a noun given a name by "named" or "called" ("a boy named X died").
"""

import pytest

from tests._claimkit import claims_of, date_subject_of, subject_of


@pytest.mark.parametrize("text, fig, subject", [
    ("Two-thirds of groups targeted by the IRS were not conservative.", "Two-thirds", "IRS"),
    ("Says two-thirds of groups targeted for IRS scrutiny were not conservative.", "two-thirds", "IRS"),
    ("Half of the schools inspected by Ofsted were rated good.", "Half", "Ofsted"),
    ("Half of the schools inspected by Ofsted in March were rated good.", "Half", "Ofsted"),
    ("About 30% of cases handled by the FBI were closed.", "About 30%", "FBI"),
    ("A third of the firms selected for SEC review were banks.", "A third", "SEC"),
])
def test_agent_of_the_counted_nouns_participle(text, fig, subject):
    assert subject_of(text, fig) == subject


def test_agent_that_only_qualifies_the_next_name():
    # "filtered by Symantec subsidiary Brightmail": the subsidiary filters, not its parent
    text = "Mr Hogan said 90% of the junk mail filtered by Symantec subsidiary Brightmail was spotted early."
    assert subject_of(text, "90%") == "Brightmail"


def test_for_without_a_noun_of_examining_is_no_agent():
    # "picked for" a name: the name is the agent only before a noun of examining
    from ledger.subjects import _FOR_SCRUTINY
    assert _FOR_SCRUTINY.match(" contracts") is None
    assert _FOR_SCRUTINY.match(" scrutiny") is not None


@pytest.mark.parametrize("text, date, subject", [
    ("A journal concluded that the collapse of the Twin Towers and World Trade Center Building 7 "
     "on 11 September 2001 was the result of a controlled demolition.", "11 September 2001", "Twin Towers"),
    ("Nobody forgot the collapse of Lehman Brothers in September 2008.", "September 2008", "Lehman Brothers"),
])
def test_name_of_a_happening_nouns_of_phrase(text, date, subject):
    assert date_subject_of(text, date) == subject


def test_happening_noun_of_a_common_noun_has_no_subject():
    assert date_subject_of("The collapse of the bridge in 2018 was avoidable.", "2018") is None


@pytest.mark.parametrize("text, date, metric, subject", [
    ("In July 2021, a 10-year-old in Colorado died from the plague.", "July 2021", "event.death", "Colorado"),
    ("In June 2017, a 57-year-old man in Ohio was arrested for fraud.", "June 2017", "event.legal", "Ohio"),
    ("In January 2022, a 7-year-old boy named Lachlan Leary died from a heart attack.", "January 2022",
     "event.death", "Lachlan Leary"),
    ("In 2019, a man called Tom Baker was arrested.", "2019", "event.legal", "Tom Baker"),
])
def test_fronted_date_of_a_person_by_age_or_name(text, date, metric, subject):
    [c] = [c for c in claims_of(text) if date in c.text]
    assert (c.metric, c.subject) == (metric, subject)


def test_age_keeps_no_place():
    # prec21 stands: one person's age is no place's figure
    [c] = [c for c in claims_of("In July 2021, a 10-year-old in Colorado died from the plague.")
           if c.metric == "people.age"]
    assert c.subject is None


def test_called_as_the_clauses_own_verb():
    # "Tom Baker called Ford": a verb after a name, not a naming participle
    assert date_subject_of("In 2019, Tom Baker called Ford to complain.", "2019") == "Tom Baker"
    assert date_subject_of("In 2019, he called Ford to complain.", "2019") is None


def test_place_inside_a_happening_nouns_phrase():
    text = "Following the collapse of major investment banks on Wall Street in 2007, nobody was prosecuted."
    assert date_subject_of(text, "2007") == "Wall Street"
    # a name that is not led by a place preposition is no place of the happening
    assert date_subject_of("The mistrial of the officers in May 2021 angered the city.", "May 2021") is None


def test_named_man_is_the_arrests_subject():
    # (s31: was None in actor21) the man the participle names is the one arrested
    assert date_subject_of("In 2015, a man named John Smith was arrested.", "2015") == "John Smith"
