"""rates32: a count told per a base is a rate (RAT932, rate.{noun}), not a count; the base and a
rate's numerator that names no counted thing are no claims; the base's group owns nothing."""

import pytest

from .test_claims import claims_of


def _by_text(text):
    return {c.text: c for c in claims_of(text)}


@pytest.mark.parametrize("text, fig, metric, value", [
    ("Finland has 71 landlines per 100 people, the regulator said.", "71", "rate.landline", 71),
    ("Cuba has 8.4 doctors for every 1,000 residents.", "8.4", "rate.doctor", 8.4),
    ("The county recorded 9 road deaths per 100,000 inhabitants last year.", "9", "rate.road_death", 9),
    ("There are 1.5 bicycles per household in the Netherlands.", "1.5", "rate.bicycle", 1.5),
    ("The estate has three cars for every four homes.", "three", "rate.car", 3),
])
def test_a_count_per_a_base_is_a_rate_of_its_counted_thing(text, fig, metric, value):
    got = _by_text(text)
    assert got[fig].metric == metric and got[fig].value == value
    for base in ("100", "1,000", "100,000", "four"):
        assert base not in got or base == fig


def test_the_place_of_a_rate_is_its_subject():
    got = _by_text("Portugal has 45 pharmacies per 100,000 people.")
    assert got["45"].metric == "rate.pharmacy" and got["45"].subject == "Portugal"


def test_the_group_a_rate_is_per_is_not_its_subject():
    got = _by_text("There are two televisions for every three households.")
    assert got["two"].metric == "rate.television"
    assert got["two"].subject != "households"


@pytest.mark.parametrize("text, fig, metric", [
    ("Finland has 71 smartphones in its schools.", "71", "goods.smartphone"),
    ("Cuba trained 300 doctors last year.", "300", "people.doctor"),
])
def test_a_plain_count_stays_a_count(text, fig, metric):
    got = _by_text(text)
    assert got[fig].metric == metric


def test_a_count_of_people_per_a_base_is_no_count_of_people():
    # "N people per thousand are X" names no thing counted: no claim rather than a count of people
    got = _by_text("Only six people per thousand own a dishwasher in the region.")
    assert "six" not in got or not got["six"].metric.startswith("people.")
    assert "thousand" not in got


def test_a_fronted_base_is_no_claim():
    got = _by_text("For every 40 pupils who sit the exam, 12 fail it.")
    assert "40" not in got


def test_a_base_after_per_alone_is_no_claim():
    got = _by_text("The death rate per 100,000 people was 15 in Leeds.")
    assert "100,000" not in got


def test_a_share_told_in_every_keeps_its_reading():
    got = _by_text("One in every four adults smokes.")
    assert got["One in every four"].metric == "population.share"


# ---- a study, a publication or a reporting body named as the one who found or said the figure is
# no subject of what it reports (its own figure stays its own)

@pytest.mark.parametrize("text, fig, not_subject", [
    ("The Lancet Journal concluded that the cyclone in May 2008 was the deadliest in decades.", "May 2008",
     "Lancet Journal"),
    ("A survey by Acme Polling predicted that the number of tablets sold in 2026 would double.", "2026",
     "Acme Polling"),
    ("The Quarterly Review of Economics found 4,000 farmers had lost their land in Peru.", "4,000",
     "Quarterly Review of Economics"),
    ("A report by the Institute for Rural Studies found 3 million households would pay more.", "3 million",
     "Institute for Rural Studies"),
    ("A Scottish Audit Office report on the 15 largest schemes says costs have risen by £2.3bn.", "£2.3bn",
     "Scottish Audit Office"),
    ("The number of homes on fibre rose by 21% in a year, said the US Federal Trade Commission.", "21%",
     "US Federal Trade Commission"),
])
def test_a_reporting_source_is_no_subject_of_its_finding(text, fig, not_subject):
    got = _by_text(text)
    assert got[fig].subject != not_subject


@pytest.mark.parametrize("text, fig, subject", [
    # a body's own figure, pointed back at by "its"
    ("The Royal Institute said its income rose 7% last year.", "7%", "Royal Institute"),
    # the date a body said something is its own
    ("The Office for National Statistics said in a speech in 2013 that growth was slow.", "2013",
     "Office for National Statistics"),
    # a body that says something may be a party to it: only a study's finding loses its maker
    ("The University of Leeds said the hearing is scheduled to begin in March 2027.", "March 2027",
     "University of Leeds"),
])
def test_a_body_keeps_its_own_figure(text, fig, subject):
    got = _by_text(text)
    assert got[fig].subject == subject
