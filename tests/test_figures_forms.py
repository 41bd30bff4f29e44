"""Less common written forms of the quantity layer, each with its positive and negative cases:
unit words after an article, rates, powers, temperatures without a degree sign, inches closing
a line, signs written apart, decimal commas."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledger.figures import find_figures


def values(text):
    return [(round(f.value, 9), f.unit) for f in find_figures(text)]


def texts(text):
    return [f.text for f in find_figures(text)]


# --------------------------------------------------------------------------
# "a gallon", "a penny", "a baker's dozen": one of the unit (rules/figures/article_units.tsv)


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("I want a gallon of beer", 1, "gallon"),
        ("A kibibyte is 1,024 bytes", 1, "KiB"),
        ("Oh look, a penny!", 0.01, "GBP"),
        ("A baker's dozen rolls", 13, "count"),
        ("a square dozen eggs", 144, "count"),
        ("It weighs about a kilogram", 1, "kg"),
    ],
)
def test_a_unit_word_is_one_of_the_unit(text, value, unit):
    assert values(text)[0] == (pytest.approx(value), unit)


def test_a_unit_word_after_a_figure_is_a_rate_not_a_figure():
    assert values("Petrol rose 2p a litre") == [(0.02, "GBP")]
    assert values("It does 40 miles a gallon") == [(40, "mile")]
    assert values("Duty was cut by a penny a litre") == [(0.01, "GBP")]


def test_unit_words_without_an_article_or_ambiguous_are_not_figures():
    assert find_figures("the price per gallon and the penny dropped") == ()
    assert find_figures("a gross error, an hour later, a pound of flesh, a foot soldier") == ()
    assert find_figures("She had not received a penny of it; not a penny more") == ()
    assert find_figures("Baker's dozen is a phrase; the square in town") == ()
    assert values("squares of a dozen kinds") == [(12, "count")]


# --------------------------------------------------------------------------
# rates: "four times a week"


def test_times_per_span_is_a_rate():
    assert values("it's used four times per week") == [(4, "1 / week")]
    assert values("He trains 3 times a day.") == [(3, "1 / day")]


def test_times_without_a_span_is_not_a_rate():
    assert values("ten times more") == [(10, "multiple")]
    assert values("He was hit 4 times a week ago") == [(4, "count")]
    assert values("He was hit 4 times in a week") == [(4, "count")]


# --------------------------------------------------------------------------
# powers and inverse seconds


def test_powers_with_a_caret():
    assert values("exactly 8x2^10 bits") == [(8192, "bit")]
    assert values("Violet light oscillates at 4e14 s-1") == [(4e14, "Hz")]


def test_products_without_a_caret_are_not_powers():
    assert find_figures("a 2x4 plank on an 8x2 grid") == ()
    assert find_figures("the company filed an S-1") == ()
    assert values("10 S-1 filings") == [(10, "count")]


# --------------------------------------------------------------------------
# temperatures: "30 C", "-273.15° on the Celsius scale", "573.15K" beside other temperatures


def test_celsius_without_a_degree_sign():
    assert values("Its 30 C outside!") == [(30, "degC")]
    assert values("It reached 30 C. Then it rained") == [(30, "degC")]


def test_capital_c_that_is_not_celsius():
    assert values("after 30 C-sections") == [(30, "count")]
    assert values("scored 3 C. S. Lewis") == [(3, "count")]
    assert values("cost $30 C") == [(30, "USD")]


def test_degree_sign_with_the_scale_named_after_it():
    assert values("absolute zero is -273.15\u00b0 on the Celsius scale") == [(0, "K"), (-273.15, "degC")]
    assert values("which equals -459.67\u00b0 on the Fahrenheit scale") == [(-459.67, "degF")]
    assert values("Water boils at 100\u00b0 Celsius") == [(100, "degC")]


def test_degree_sign_alone_is_not_a_temperature():
    assert values("a 45\u00b0 angle") == [(45, "count")]


def test_k_is_kelvin_only_beside_temperatures():
    assert values("300 \u00b0C (572 \u00b0F, 573.15K)") == [(300, "degC"), (572, "degF"), (573.15, "K")]
    assert values("a salary of 32K") == [(32000, "count")]
    assert values("He ran the 10K in 30 minutes") == [(10000, "count"), (30, "min")]


# --------------------------------------------------------------------------
# inches: "2 in" closing a line, "2 in." before a dimension word


def test_in_closing_a_line_is_inches():
    assert values("The length of my pencil is 2 in.") == [(2, "inch")]
    assert values("The length of my pencil is 2 in") == [(2, "inch")]
    assert values("a board 2 in. thick") == [(2, "inch")]
    assert values("a pencil (2 in)") == [(2, "inch")]


def test_in_before_words_is_not_inches():
    assert values("Get together for 2 in april") == [(2, "count")]
    assert values("They let 2 in. Then they shut the door") == [(2, "count")]
    assert values("They kept one in.") == [(1, "count")]


# --------------------------------------------------------------------------
# signs written apart: accounting brackets, a spaced minus alone on its line


def test_accounting_brackets_after_is_are_negative():
    f = find_figures("The annual revenue is ($99.99).")[0]
    assert (f.value, f.unit, f.text) == (-99.99, "USD", "($99.99)")
    assert values("Net loss: ($5m)") == [(-5e6, "USD")]


def test_bracketed_amounts_that_are_asides_or_conversions_stay_positive():
    assert values("The fee ($25) is due") == [(25, "USD")]
    assert values("It cost \u20ac90 ($99.99)") == [(90, "EUR"), (99.99, "USD")]


def test_spaced_minus_alone_on_its_line_is_a_sign():
    assert values("- 1 4/5") == [(-1.8, "count")]
    assert values("- 10  k") == [(-10000, "count")]


def test_bullets_and_dashes_are_not_signs():
    assert values("- 10 people were hurt\n- 5 died") == [(10, "count"), (5, "count")]
    assert values("It was - 5 outside") == [(5, "count")]


# --------------------------------------------------------------------------
# decimal commas


def test_decimal_comma_where_nothing_makes_a_list():
    assert values("The number is 1,3.") == [(1.3, "count")]
    assert values("It grew 1,5% last year") == [(1.5, "percent")]


def test_commas_in_lists_and_thousands_are_not_decimal():
    assert values("chapters 1,3 and 5") == [(1, "count"), (3, "count"), (5, "count")]
    assert values("2,3,4") == [(2, "count"), (3, "count"), (4, "count")]
    assert values("1,3-butadiene") == [(1, "count"), (3, "count")]
    assert values("at (1,2)") == [(1, "count"), (2, "count")]
    assert values("a 1,300 rise") == [(1300, "count")]


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_three_digits_after_a_comma_are_thousands(a, b):
    assert values(f"The total is {a},{b:03d}.") == [(a * 1000 + b, "count")]


# --------------------------------------------------------------------------
# context that decides a unit: pounds of weight where prices are in dollars, metres beside
# centimetres, the Tamil rupee sign


def test_pound_adjective_is_weight_where_prices_are_in_dollars():
    text = "buy a twenty pound bag of pinto beans for $13."
    assert values(text) == [(20, "lb"), (13, "USD")]


def test_pound_adjective_is_money_elsewhere():
    assert values("He paid a twenty pound fine.") == [(20, "GBP")]
    assert values("a five pound note and $5") == [(5, "GBP"), (5, "USD")]


def test_m_beside_small_lengths_is_metres():
    assert values("1m is equal to 10 dm") == [(1, "m"), (10, "dm")]
    assert values("The 5m project built 10km of road") == [(5e6, "count"), (10, "km")]
    assert values("It cost \u00a35m to fix 10mm cracks") == [(5e6, "GBP"), (10, "mm")]


def test_rupee_sign_in_tamil():
    assert values("lend me 100,000 \u0bb0\u0bc2 for an emergency") == [(100000, "LKR")]


# --------------------------------------------------------------------------
# ranges of ranks (ordinals are not figures on their own)


def test_a_range_of_ranks():
    f = find_figures("He ranks between the tenth and the fifteenth.")[0]
    assert (f.low, f.high, f.unit, f.kind) == (10, 15, "rank", "range")
    f = find_figures("He ranks higher than the tenth but lower than the fifteenth.")[0]
    assert (f.low, f.high, f.low_strict, f.high_strict) == (10, 15, True, True)


def test_ordinals_outside_a_range_of_ranks_are_not_figures():
    assert find_figures("the third time, the fifteenth century") == ()
    assert find_figures("between the third and fourth quarters") == ()
    assert find_figures("They rose from the fifth to the tenth place") == ()
    assert find_figures("between the fifth and the third") == ()


# --------------------------------------------------------------------------
# "a twenty-first": a fraction only where a fraction's words follow


def test_an_article_and_a_compound_ordinal_make_a_fraction():
    assert values("a twenty-first") == [(round(1 / 21, 9), "fraction")]
    assert values("only a thirty-second of the vote") == [(round(1 / 32, 9), "fraction")]


def test_compound_ordinals_before_nouns_are_not_figures():
    assert find_figures("a twenty-first century problem; the twenty-first century; his forty-fifth birthday") == ()
    assert values("a thirty-second advert") == [(30, "s")]


def test_by_x_to_y_from_z_is_three_figures_not_a_range():
    """"raised by 25% to 50% from 25%": the change, the new level, the old."""
    from ledger.figures import find_figures

    figs = find_figures("The United States raised its tariff on steel by 25% to 50% from 25%.")
    assert [(f.text, f.low, f.high) for f in figs] == [("25%", 25, 25), ("50%", 50, 50), ("25%", 25, 25)]
    (r,) = find_figures("Turnout was 25% to 50%.")
    assert (r.low, r.high) == (25, 50)
