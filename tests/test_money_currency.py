"""Currencies newsrooms in South Africa, Nigeria, India, Kenya and the US write in ways the
figures layer did not read: rand and naira as one capital letter ("R1.3 trillion", "N25,750"),
rupees and shillings with a space ("Rs 5 crore", "Ksh 146.5 billion") and "24 grand".  Each form
has its look-alikes that must stay what they were (rules/figures/currencies.tsv, ledger/figures.py)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledger.figures import find_figures


def money(text):
    return [(f.text, round(f.value, 6), f.unit) for f in find_figures(text) if f.kind == "money"]


def units(text):
    return [f.unit for f in find_figures(text)]


@pytest.mark.parametrize(
    "text,figure,value,unit",
    [
        ("more than R1.3 trillion has been invested to build homes", "R1.3 trillion", 1.3e12, "ZAR"),
        ("the industry has invested R800 million to upgrade production", "R800 million", 8e8, "ZAR"),
        ("black people earning more than R400,000 a year", "R400,000", 4e5, "ZAR"),
        ("a R5m deal", "R5m", 5e6, "ZAR"),
        ("not more than N70 million to conduct his election", "N70 million", 7e7, "NGN"),
        ("giving out N25,750 which can be accessed", "N25,750", 25750, "NGN"),
        ("A presidential candidate needs to have N1 billion.", "N1 billion", 1e9, "NGN"),
        ("N1.5bn was stolen", "N1.5bn", 1.5e9, "NGN"),
        ("Those forcing vaccination will be fined Rs 5 crore.", "Rs 5 crore", 5e7, "INR"),
        ("Rs 173 will be deducted", "Rs 173", 173, "INR"),
        ("a budget of Ksh 146.5 billion", "Ksh 146.5 billion", 1.465e11, "KES"),
        ("the single mom getting 24 grand in benefits", "24 grand", 24000, "USD"),
        ("He makes fifty grand a year.", "fifty grand", 50000, "USD"),
        ("she paid 10 grand.", "10 grand", 10000, "USD"),
    ],
)
def test_currency_forms_are_read_as_money(text, figure, value, unit):
    got = money(text)
    assert len(got) == 1
    f, v, u = got[0]
    assert figure in f
    assert v == pytest.approx(value)
    assert u == unit


@pytest.mark.parametrize(
    "text",
    [
        "Wearing two face masks offers stronger protection than wearing one N95 mask.",
        "The virus has an R0 of 2.5 in crowded places.",
        "The R number is between 0.8 and 1.1.",
        "Take the R2 road to the N3 highway.",
        "The R800 printer costs less.",
        "He won 3 grand slams and 2 grand finals.",
        "She won the 2 Grand Prix races.",
        "a 1 grand total",
        "Article N 2,000 of the code.",
    ],
)
def test_look_alikes_are_not_money(text):
    assert money(text) == []


def test_a_letter_glued_to_a_small_number_is_a_code_not_a_count():
    # "N95" and "R0" were no figure before rand and naira were known; they stay so
    assert [f.text for f in find_figures("one N95 mask and R0 values")] == ["one"]


def test_a_spaced_single_letter_is_not_a_currency():
    assert units("Formula R 5 million viewers") == ["count"]


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["R", "N"]))
def test_a_scaled_sum_after_a_letter_is_money_and_a_bare_one_is_not(n, sign):
    code = {"R": "ZAR", "N": "NGN"}[sign]
    scaled = money(f"They spent {sign}{n} million on it.")
    assert [(v, u) for _, v, u in scaled] == [(pytest.approx(n * 1e6), code)]
    assert money(f"They bought {sign}{n} masks.") == []


@pytest.mark.parametrize("text,figure,unit", [
    ("RBI is taking back Rs. 2000 notes.", "Rs. 2000", "INR"),
    ("RBI is taking back Rs 2000 notes.", "Rs 2000", "INR"),
    ("USD 2000 was paid", "USD 2000", "USD"),
])
def test_a_year_like_sum_after_a_spaced_currency_is_money(text, figure, unit):
    assert [(f, u) for f, _, u in money(text)] == [(figure, unit)]


@pytest.mark.parametrize("text", ["They met in 2000 and in 2010.", "Route R 2000 was closed.",
                                  "the US 2000 census"])
def test_a_year_without_a_currency_stays_a_year(text):
    assert list(find_figures(text)) == []
