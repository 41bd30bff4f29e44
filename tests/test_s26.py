"""Figures as news and political claims write them, read in session 26: a focusing adverb
between a change verb and its figure ("retail sales rose just 0.3%"), a quantity that
doubled with no auxiliary ("profits quadrupled"), a rate's target or forecast ("an
inflation target of 2%"), interest told with no "rate", a fraud rate, jobless claims as a
count, a sum that "has been raised", and a stake with no company after it."""

from __future__ import annotations

import pytest

from ._claimkit import typed_by_text as typed


@pytest.mark.parametrize("text, figure, metric", [
    ("Retail sales rose just 0.3% on the month.", "0.3%", "change.sale"),
    ("Retail sales rose by just 0.3% in December.", "0.3%", "change.sale"),
    ("Sales rose only 2% last year.", "2%", "change.sale"),
    ("Prices went up only 2% in March.", "2%", "change.price"),
    ("Exports fell merely 1.2% in March.", "1.2%", "change.export"),
])
def test_a_focusing_adverb_between_verb_and_figure(text, figure, metric):
    assert typed(text)[figure].metric == metric


def test_a_focusing_adverb_after_a_verb_of_no_change_makes_no_change():
    assert all(not c.metric.startswith("change.") for c in typed("Fans arrived just 2% late.").values())


@pytest.mark.parametrize("text, figure, metric, value", [
    ("Between 2000 and 2006, Ohio's health insurance company profits quadrupled.", "quadrupled",
     "change.company_profit", 4),
    ("Sony Ericsson's profits tripled in the third quarter.", "tripled", "change.profit", 3),
])
def test_a_quantity_that_doubled_with_no_auxiliary(text, figure, metric, value):
    c = typed(text)[figure]
    assert (c.metric, c.value, c.unit) == (metric, value, "multiple")


def test_a_double_that_is_a_noun_is_no_change():
    got = typed("De Niro has completed a transatlantic box office double by topping the charts.")
    assert all(not c.metric.startswith("change.") for c in got.values())


@pytest.mark.parametrize("text, figure, metric, status", [
    ("The ECB has an inflation target of 2%.", "2%", "rate.inflation", "target"),
    ("The government has set an economic growth rate target of 5% for next year.", "5%", "economy.rate",
     "target"),
    ("The IMF has a growth forecast of 4.3% for the world economy.", "4.3%", "economy.rate", "forecast"),
])
def test_a_target_or_forecast_of_a_rate(text, figure, metric, status):
    c = typed(text)[figure]
    assert (c.metric, c.status) == (metric, status)


def test_interest_as_a_percentage_is_a_rate_but_an_interest_in_a_firm_is_not():
    assert typed("Payday lenders in Ohio charge 300 percent interest.")["300 percent"].metric == "rate.interest"
    got = typed("The fund bought a 20% interest in the Ohio firm.")
    assert all(c.metric != "rate.interest" for c in got.values())


def test_fraud_rates_are_named_by_their_kind():
    a = typed("In Ohio, the credit card fraud rate is 0.04 percent.")["0.04 percent"]
    b = typed("The tax credit has about a 25 percent fraud rate.")["25 percent"]
    assert (a.metric, b.metric) == ("rate.credit_card_fraud", "rate.fraud")


def test_jobless_claims_are_a_count_and_unemployment_stays_a_rate():
    got = typed("Initial jobless claims in the US jumped to 367,000. In Ohio, unemployment fell to 5%.")
    assert got["367,000"].metric == "level.jobless_claim"
    assert got["5%"].metric == "rate.unemployment"


def test_the_number_of_people_after_a_modal():
    c = typed("In Ohio, the number of teachers could be 30,000.")["30,000"]
    assert (c.metric, c.subject) == ("people.teacher", "Ohio")


def test_a_sum_that_has_been_raised():
    c = typed("So far, more than £1m has been raised for the appeal.")["more than £1m"]
    assert c.metric == "money.raised"
    # a level raised to a new value is not money raised
    got = typed("The bid of $2.9bn has been raised to $3.1bn.")
    assert all(c.metric != "money.raised" for c in got.values())


def test_a_stake_with_no_company_after_it():
    c = typed("Mr Glazer owns 28.1%, and wants the rest.")["28.1%"]
    assert (c.metric, c.subject) == ("percent.stake", "Glazer")
    assert all(c.metric != "percent.stake" for c in typed("Labour held 35%, the poll found.").values())


def test_a_change_through_which_and_gone_up():
    c = typed("India's exports, which went up 20% last year, are slowing.")["20%"]
    assert (c.metric, c.subject) == ("change.export", "India")


@pytest.mark.parametrize("text, figure, value", [
    ("Global temperatures have risen by 1.1C since 1900.", "1.1C", 1.1),
    ("The Earth has warmed by 1 degree Celsius since 1880.", "1 degree Celsius", 1.0),
])
def test_warming_told_by_a_figure_with_its_unit(text, figure, value):
    c = typed(text)[figure]
    assert (c.metric, c.subject, c.value, c.unit) == ("climate.warming", "Earth", value, "degC")


def test_a_population_that_will_reach_a_figure_but_not_a_prison_population():
    c = typed("Nigeria's population will reach 400 million by 2050.")["400 million"]
    assert (c.metric, c.subject, c.status) == ("population.size", "Nigeria", "forecast")
    got = typed("The prison population rose 3% to 80,000 last year.")
    assert got["80,000"].metric == "level.prison_population"


@pytest.mark.parametrize("text, figure", [
    ("A campaign by the Spread Firefox website attempted to raise the $50,000 needed for an advert.", "$50,000"),
    ("Organisers hope to raise at least £250,000 from the show.", "at least £250,000"),
    ("The German carmaker is aiming to boost annual sales in Asia to 150,000 by 2008.", "150,000"),
])
def test_what_someone_tries_or_hopes_to_reach_is_a_target(text, figure):
    assert typed(text)[figure].status == "target"


@pytest.mark.parametrize("text, figure", [
    # the aim comes after the figure
    ("Parmalat has sued 45 banks as it tries to reclaim money paid to banks.", "45"),
    # the figure is in a clause of its own after the aim
    ("We are trying to get across the fact that there are 11m voters over 60.", "11m"),
    # hope the noun
    ("We have a duty to offer hope to the 2 million people who suffer.", "2 million"),
])
def test_an_aim_elsewhere_in_the_sentence_leaves_the_figure_actual(text, figure):
    assert typed(text)[figure].status == "actual"
