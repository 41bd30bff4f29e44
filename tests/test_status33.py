"""A date whose own verb tells an act done in the past is actual, whatever status
word stands around it in the clause (session 33): the rally calls for a line to
be reopened, but the line was closed in 1969; the rebate was pledged to be kept,
but it was secured in 1984.  A date of an act to come, or under a condition,
keeps the clause's status."""

import pytest

from tests._claimkit import claim_of


@pytest.mark.parametrize("text, figure", [
    ("Campaigners held a rally calling for a rail link which was closed in 1969 to be reopened.", "1969"),
    ("The minister promised to keep the rebate, secured in 1984 by the then prime minister.", "1984"),
    ("Rules introduced in 2002 demand that cafes stand far from schools.", "2002"),
    ("He went back on a pledge to step down after his allies intervened in June 2004.", "June 2004"),
    ("The army will return ten times the size of the one which invaded the country in 2022.", "2022"),
])
def test_a_past_act_dated_by_its_own_verb_is_actual(text, figure):
    assert claim_of(text, figure).status == "actual"


@pytest.mark.parametrize("text, figure", [
    ("Campaigners demand that the line be reopened in 2010.", "2010"),
    ("The economy would miss its target if the cycle ended in 2006.", "2006"),
    ("Analysts predicted that the number of handsets sold in 2025 would double.", "2025"),
    ("The firm's plans to cut 10,000 jobs by 2026 were announced.", "2026"),
    # an adverb, or a second word joined by "and", between the modal and the past form
    ("The bridge is due to be officially opened on 31 December 2030.", "31 December 2030"),
    ("The squad will need to be fully fit and motivated in 2031.", "2031"),
    # a past form used as an adjective is no act done
    ("Residents oppose the proposed expansion in 2030.", "2030"),
    ("They kept their long-recognised promise in 2004.", "2004"),
])
def test_a_date_to_come_or_under_a_condition_keeps_its_status(text, figure):
    assert claim_of(text, figure).status != "actual"
