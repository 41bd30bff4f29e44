"""Economic figures as business news writes them: a manner adverb between a change verb and
its figure, a time or an aside between a rate and its verb, a second part of a sentence with
its own time ("rose by 4.7% and in 2002 by 8.6%"), a world scope that no place after a
later figure takes over; and two readings of figures: a currency code is a word of its own
("a serious $9bn headache" holds no "us $"), and a count glued to a compound of two words
("four-wheel-drive vehicles") counts nothing."""

from __future__ import annotations

import pytest

from ._claimkit import figures_of, typed_by_text as typed


@pytest.mark.parametrize("text, figure, metric", [
    ("Imports rose sharply by 16.3%.", "16.3%", "change.import"),
    ("Imports rose even faster, by 16.3%.", "16.3%", "change.import"),
    ("Oil prices fell steeply 20%.", "20%", "change.oil_price"),
    ("Sales rose again by 5%.", "5%", "change.sale"),
])
def test_a_manner_adverb_between_verb_and_figure(text, figure, metric):
    assert typed(text)[figure].metric == metric


def test_no_change_verb_no_manner_cut():
    # "quickly" after a verb that names no change does not make a change of the noun before
    assert all(not c.metric.startswith("change.") for c in typed("Imports arrived quickly, by 5%.").values())


@pytest.mark.parametrize("text, figure, metric, period", [
    ("The jobless rate average for the whole of 2004 was 11.5%.", "11.5%", "rate.unemployment", "2004"),
    ("Inflation last month was 2.1%.", "2.1%", "rate.inflation", "2004-12"),
    ("Economic growth in 2004 was about 4.7%.", "about 4.7%", "economy.rate", "2004"),
    ("GDP growth in the third quarter was 0.4%.", "0.4%", "economy.rate", None),
])
def test_a_time_between_the_rate_and_its_verb(text, figure, metric, period):
    c = typed(text)[figure]
    assert c.metric == metric
    if period is not None:
        assert c.period == period


def test_the_jobless_rate_is_the_unemployment_rate():
    a = typed("Brazil's jobless rate was 9.6% in December.")["9.6%"]
    b = typed("The unemployment rate in Brazil was 10.6% in December.")["10.6%"]
    assert (a.metric, a.subject) == (b.metric, b.subject) == ("rate.unemployment", "Brazil")


def test_a_time_between_noun_and_verb_is_not_the_noun():
    # the fallback used to name the quantity by the time ("level.month", "level.quarter")
    got = typed("Exports last month were $20bn. Car sales in the third quarter were 2,000.")
    assert got["$20bn"].metric == "level.export"
    assert got["2,000"].metric == "level.car_sale"


@pytest.mark.parametrize("text", [
    "In 1998, contributions rose by 4.7% and in 2002 by 8.6%.",
    "Contributions rose by 4.7% in 1998 and by 8.6% in 2002.",
])
def test_the_second_part_has_its_own_time_and_figure(text):
    got = typed(text)
    assert (got["4.7%"].metric, got["4.7%"].period) == ("change.contribution", "1998")
    assert (got["8.6%"].metric, got["8.6%"].period) == ("change.contribution", "2002")


def test_a_time_that_opens_the_next_clause_is_not_this_figures():
    got = typed("Exports rose 5% and in 2003 imports rose 3%.")
    assert got["5%"].period != "2003"
    assert got["3%"].period == "2003"


def test_a_world_scope_is_not_the_next_figures_place():
    got = typed("Steel prices rose by 8% globally in January alone and by 24% in China.")
    assert got["8%"].subject is None
    assert got["24%"].subject == "China"


def test_a_place_after_parallel_figures_still_scopes_both():
    got = typed("Unemployment rose by 2% and by 3% in China.")
    assert got["2%"].subject == got["3%"].subject == "China"


@pytest.mark.parametrize("text, figure, metric", [
    ("GE said orders in the fourth quarter were 15% higher than in the same period of 2003.", "15%", "change.order"),
    ("Stockpiles are 9% higher than at this time last year.", "9%", "change.stockpile"),
    ("Profits were 20% up on last year.", "20%", "change.profit"),
])
def test_higher_or_lower_by_the_figure_is_a_change_not_a_level(text, figure, metric):
    assert typed(text)[figure].metric == metric


@pytest.mark.parametrize("text, figure", [
    ("Sales were 5% down on 2003.", "5%"),
    ("Orders were 15% higher than in 2003.", "15%"),
])
def test_the_year_a_change_is_set_against_is_not_its_period(text, figure):
    assert typed(text)[figure].period is None


def test_the_changes_own_year_stands_before_than():
    assert typed("Exports were 10% higher in 2004 than in 2003.")["10%"].period == "2004"


@pytest.mark.parametrize("text, figure", [
    ("Yukos says the buyer has bought itself a serious $9bn headache.", "$9bn"),
    ("It was a famous $9bn deal.", "$9bn"),
    ("The US $9bn deal fell through.", "US $9bn"),
])
def test_a_currency_code_before_the_sign_is_a_word_of_its_own(text, figure):
    figs, _ = figures_of(text)
    assert [(f.text, f.kind) for f in figs] == [(figure, "money")]


def test_a_count_glued_to_a_long_compound_counts_nothing():
    assert "four" not in typed("Carmakers sell four-wheel-drive vehicles in the US.")
    # a compound of one word is still read: the panel's size
    assert typed("The three-judge panel ruled on Monday.")["three"].metric == "size.panel"


def test_a_quantity_thought_to_be_a_figure_is_named_by_its_noun():
    assert typed("The toll is thought to be 300.")["300"].metric == "level.toll"
    got = typed("There are now thought to be more than 100,000 viruses.")["more than 100,000"]
    assert got.metric != "level.thought"


@pytest.mark.parametrize("text, figure, status", [
    ("It has proved such a tempting target that there are 100,000 viruses.", "100,000", "actual"),
    ("Hackers see it as an easy target: 500 attacks a day.", "500", "actual"),
    ("The government set a target of 3,000 new homes.", "3,000", "target"),
])
def test_a_target_that_is_attacked_is_no_status(text, figure, status):
    assert typed(text)[figure].status == status
