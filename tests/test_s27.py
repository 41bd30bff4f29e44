"""Figures as business news writes them, read in session 27: a year a change is set
against is not the year of the level beside it ("sold 95,000 cars, up 2.6% on 2003"),
an interest rate raised "five times last year to 2.25%", what is "destroyed" or
"intercepted" is a weapon only where the sentence names one, staff as the agent of a
passive are not counted, and a promise of money is not earnings."""

from __future__ import annotations

import pytest

from ._claimkit import typed_by_text as typed


@pytest.mark.parametrize("text, figure", [
    ("Sales were 95,000, up 2.6% on 2003.", "95,000"),
    ("Profits were £20m, down 5% from 2003.", "£20m"),
    ("Its Global Investors wing made £347m, an 82% jump on 2003 figures.", "£347m"),
    ("The firm will pay $76 for each Guidant share, 6% more than Wednesday's closing price.", "$76"),
])
def test_the_year_a_change_is_set_against_is_not_the_level_s(text, figure):
    c = typed(text, published="2005-01-01")[figure]
    assert c.period is None, c.period


def test_a_change_from_a_year_that_opens_a_span_still_dates_the_level():
    # "from 2003 to 2004" is a span, not a base the change is set against
    c = typed("Profits were £20m, up 5% from 2003 to 2004.", published="2005-01-01")["£20m"]
    assert c.period is not None


def test_a_year_after_more_than_is_the_base_of_the_change():
    c = typed("Sales were 30% more than in 2003.", published="2005-01-01")["30%"]
    assert c.period != "2003"


@pytest.mark.parametrize("text", [
    "The Fed lifted borrowing costs five times last year to 2.25%.",
    "The Fed raised interest rates for the fifth time this year to 2.25%.",
    "The Fed lifted borrowing costs last year to 2.25%.",
])
def test_a_rate_raised_how_often_or_when_to_a_level(text):
    c = typed(text)["2.25%"]
    assert (c.metric, c.subject, c.value) == ("economy.rate", "Federal Reserve", 2.25)


@pytest.mark.parametrize("text, figure", [
    ("The Department of Work and Pensions destroyed nearly 37,000 files last year.", "nearly 37,000"),
    ("Three others had been intercepted by security staff as they tried to join the five.", "Three"),
])
def test_what_is_destroyed_or_intercepted_is_no_weapon_unless_named(text, figure):
    c = typed(text).get(figure)
    assert c is None or c.metric not in ("weapons.downed", "personnel.present"), c.metric


def test_a_named_weapon_destroyed_is_still_downed():
    c = typed("Russia said it destroyed 20 drones overnight.")["20"]
    assert (c.metric, c.subject) == ("weapons.downed", "Russia")


def test_a_promise_of_money_is_not_earnings():
    got = typed("The government promised an extra £50m.").get("£50m")
    assert got is None or got.metric != "money.earnings"


# -- title-case headlines: a capitalised number is a number there (figures._title_line) --

from ledger.figures import find_figures  # noqa: E402


@pytest.mark.parametrize("text, shown, value", [
    ("The Video Shows a Hindu Priest Getting Caught with Two Women by People in India.", "Two", 2),
    ("Photos Show PM Modi Changed His Clothes Four Times to Meet Different Leaders", "Four", 4),
    ("The City of Cape Town Runs Six Facilities Dedicated to Providing Treatment", "Six", 6),
    ("The Austin School District Calendar Lists 64 Different Dates for Either a State-mandated Test", "64", 64),
    ("Says Donald Trump Has Written 10 Checks to Hillary Clinton", "10", 10),
    ("Texas Will Have More Money in Reserve Than the Other 49 States Combined", "49", 49),
    ("BJP Leaders Begging to Defence Minister Rajnath Singh to Cancel 3 Farmer Bills", "3", 3),
    ("The California Senate Voted 28-8 in Favor of Exempting Lawmakers", "28", 28),
])
def test_a_number_in_a_title_case_headline_counts(text, shown, value):
    assert [f.value for f in find_figures(text) if f.text == shown] == [value]


@pytest.mark.parametrize("text, shown", [
    ("England Beat Wales to Win the Six Nations Title in Cardiff", "Six"),
    ("Watch BBC One Tonight for the Big Match Against Wales", "One"),
    ("Trump Travels to Area 51 With Senior Aides", "51"),
    ("Users Urged to Upgrade to Windows 10 Before Support Ends", "10"),
    ("Microsoft Says Windows 10 Users Must Update Their Systems", "10"),
    ("Does This Video Show Leopard 2 Tanks Stuck In Ukraine?", "2"),
    ("The Six Nations starts on Saturday.", "Six"),  # not a title-case line: a name as before
])
def test_a_name_with_a_number_in_a_title_case_headline_stays_a_name(text, shown):
    assert not [f for f in find_figures(text) if f.text == shown and f.unit == "count"]


@pytest.mark.parametrize("text, figure", [
    ("Federal Spending Rose 8 Percent Last Year", "8 Percent"),
    ("Text Message Falsely Claims The Federal Government Plans To Institute 30 Days Of Martial Law To Curb The "
     "Spread Of Coronavirus", "30 Days"),
])
def test_federal_in_a_title_case_headline_is_the_united_states(text, figure):
    assert typed(text)[figure].subject == "United States"


@pytest.mark.parametrize("text, figure, subject", [
    ("The Federal Reserve Raised Rates to 2 Percent", "2 Percent", "Federal Reserve"),
    ("Germany Says Federal Budget Will Rise by 5 Percent", "5 Percent", "Germany"),
])
def test_another_federal_owner_in_a_title_case_headline_stands(text, figure, subject):
    assert typed(text)[figure].subject == subject


def test_a_word_of_english_before_a_weak_head_is_no_name_in_a_title_case_headline():
    # "Law" ends names ("Buffett Rule", "Sturgis Motorcycle Rally") after a word that is no word of
    # English; "Martial" is one, so "Martial Law" is no owner
    c = typed("Text Message Claims The Government Plans To Institute 30 Days Of Martial Law")["30 Days"]
    assert c.subject != "Martial Law"


def test_a_word_of_english_before_a_body_s_head_is_a_name_in_a_title_case_headline():
    c = typed('"We Went from Losing 3 Million Jobs in the Last Six Months of the Bush Administration," '
              'Adding Almost 600,000 Private Sector Jobs in the First Six Months.')["3 Million"]
    assert c.subject == "Bush Administration"


@pytest.mark.parametrize("text, figure, subject", [
    ('"Breaking: Four Million Democrat Votes Just Declared Fraudulent."', "Four Million", "Democrats"),
    ("The Republican Convention Drew 2 Million Viewers on Tuesday Night", "2 Million", "Republicans"),
    ("The Democratic Republic of Congo Has 5 Million Displaced People", "5 Million", "Democratic Republic of Congo"),
])
def test_a_party_adjective_in_a_title_case_headline_names_the_party(text, figure, subject):
    assert typed(text)[figure].subject == subject
