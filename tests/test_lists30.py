"""Later figures of a list whose noun is left out (lists30): they take the first figure's
metric, and their own party when one is named right by them ("compared to 30% in Frankfurt,
31% in New York"; "Labour by more than 80,000 and the Tories by almost 100,000"); a list of
different measures is not merged."""

import pytest

from .test_claims import claims_of


def _by_text(text):
    return {c.text: c for c in claims_of(text)}


def test_a_compared_figure_with_its_own_place_is_that_places_of_the_same_metric():
    text = ("The unemployment rate in the region was 9% in Germany, compared with 7% in France and 12% in "
            "Spain, the agency said.")
    got = _by_text(text)
    assert got["9%"].metric == got["7%"].metric == got["12%"].metric == "rate.unemployment"
    assert (got["9%"].subject, got["7%"].subject, got["12%"].subject) == ("Germany", "France", "Spain")


def test_a_list_after_a_compared_figure_goes_on_with_each_cities_own_share():
    text = ("RSA said that 26% of wi-fi networks found in London used default settings, compared to 30% in "
            "Frankfurt, 31% in New York and 28% in San Francisco.")
    got = _by_text(text)
    assert got["30%"].metric == got["31%"].metric == got["28%"].metric == got["26%"].metric
    assert (got["30%"].subject, got["31%"].subject) == ("Frankfurt", "New York")


def test_a_compared_figure_with_its_own_party_is_not_an_earlier_value():
    text = ("The unemployment rate in the region was 9% in Germany in 2004, compared with 7% in France, "
            "the agency said.")
    got = _by_text(text)
    assert got["7%"].period == got["9%"].period


@pytest.mark.parametrize("text,first,later,owners", [
    ("Mr Howard said both parties planned to cut the number of civil servants at Whitehall - Labour by more than "
     "80,000 and the Tories by almost 100,000 - and should accept a drop in their own numbers.",
     "more than 80,000", "almost 100,000", ("Labour", "Conservatives")),
    ("Labour's campaign cost £1.7m, the Lib Dems' £1.19m and the Greens' £404,000, according to figures from "
     "the Electoral Commission.", "£1.7m", "£1.19m", ("Labour", "Liberal Democrats")),
])
def test_a_party_named_before_a_later_figure_in_the_first_ones_form_is_its_owner(text, first, later, owners):
    got = _by_text(text)
    assert got[later].metric == got[first].metric
    assert (got[first].subject, got[later].subject) == owners


def test_a_further_share_of_the_same_people_takes_their_metric():
    got = _by_text("The survey found 17% of readers have switched suppliers and a further 16% are considering "
                   "changing in the near future.")
    assert got["16%"].metric == got["17%"].metric


def test_a_further_count_after_a_new_verb_is_not_merged():
    got = _by_text("At least three people from Scotland died in the disaster and a further three are on the "
                   "missing list, the first minister said.")
    assert "three" not in got or got["three"].metric != got["At least three"].metric


def test_a_list_of_different_measures_is_not_merged():
    got = _by_text("The country had 3% inflation and 5% unemployment last year, the government said.")
    assert got["3%"].metric != got["5%"].metric


def test_a_sum_in_a_place_is_not_the_places():
    got = _by_text("The carmaker said it had invested $500m in China last year, compared with $300m in India.")
    assert "$300m" not in got or got["$300m"].subject != "India"


def test_a_votes_figure_for_another_candidate_still_takes_no_first_owner():
    text = ("Michael Howard won the seat with 20,645 votes, compared to 14,738 for the Liberal Democrat "
            "candidate Peter Carroll.")
    got = _by_text(text)
    assert "14,738" not in got or got["14,738"].subject != "Michael Howard"


def test_as_well_as_joins_a_list_like_and():
    got = _by_text("The dollar has fallen by 50% against the euro - as well as by 30% against the yen - in the "
                   "past three years, traders said.")
    assert "30%" in got and got["30%"].metric == got["50%"].metric


@pytest.mark.parametrize("text, rate, base, later", [
    ("Sweden has 62 mobile phones per 100 people, compared with 45 in Germany and 38 in France.",
     "62", "100", ("45", "38")),
    ("There were 12 deaths per 100,000 people in Scotland, compared with 9 in England and 7 in Wales.",
     "12", "100,000", ("9", "7")),
    ("Nigeria's infant mortality rate is 72 per 1,000 births, compared with 5 in Britain.", "72", "1,000", ("5",)),
])
def test_a_list_after_a_rate_per_base_goes_on_with_the_rate_not_the_base(text, rate, base, later):
    # (prec31) the odd-file judge found the later figures typed as the base's people count
    got = _by_text(text)
    assert base not in got  # the base a rate is told per is no claim of its own
    for t in later:
        assert got[t].metric == got[rate].metric


def test_a_base_alone_after_a_rate_is_no_claim():
    got = _by_text("Figures show that currently only eight people per thousand are car owners.")
    assert "thousand" not in got
