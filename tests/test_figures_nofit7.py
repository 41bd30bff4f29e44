"""Figure forms read in session 5 (helper nofit7): both ends of a change told with one unit."""
import pytest
from hypothesis import given, settings, strategies as st

from ledger.figures import find_figures


def _by_text(text):
    return {f.text: f for f in find_figures(text)}


@pytest.mark.parametrize("text, shown, unit, value", [
    ("The rate rose from 15 to 20 percent last year.", "15", "percent", 15),  # the unit on the second end
    ("The rate rose from around 15 to 20 percent last year.", "around 15", "percent", 15),
    ("Ownership fell from 70 percent to roughly 40, as agreed.", "roughly 40", "percent", 40),
    ("Unemployment fell to 9.6% in December from 10.6 in November.", "10.6", "percent", 10.6),
    ("Sales growth slowed to 9.6%, down from 12 a year ago.", "12", "percent", 12),
    ("Waiting times fell from 36 to just 21 days.", "36", "day", 36),
    ("Users rose from 34 to 54 million.", "34", "count", 34_000_000),  # the scale on the second end
])
def test_a_bare_end_of_a_change_takes_the_other_ends_unit(text, shown, unit, value):
    f = _by_text(text)[shown]
    assert (f.unit, f.value) == (unit, pytest.approx(value))


@pytest.mark.parametrize("text, shown", [
    ("Prices rose from 15% to 20 people.", "20"),  # a noun after it: a count of its own
    ("He moved from 3 to 5 Downing Street.", "3"),
    ("Sales fell from 800 to 1.2 million.", "800"),  # 800 million is no near neighbour of 1.2 million
    ("They will extend leave from six months to nine, with pay.", "nine"),  # no verb of change: as before
])
def test_other_bare_numbers_keep_their_unit(text, shown):
    f = _by_text(text)[shown]
    assert f.unit == "count" and f.value < 1000


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 99), st.integers(1, 99))
def test_both_ends_of_a_percentage_change_are_percentages(a, b):
    figs = find_figures(f"The share fell from {a} to {b} percent in 2004.")
    values = sorted(f.value for f in figs if f.unit == "percent")
    assert values == sorted((a, b)) and not [f for f in figs if f.unit == "count"]


@pytest.mark.parametrize("written, code, value", [
    ("GH¢10 million", "GHS", 10e6), ("GH₵5m", "GHS", 5e6), ("GHC 5m", "GHS", 5e6),
    ("Tsh 300,000", "TZS", 300_000), ("USh 5bn", "UGX", 5e9), ("PKR 50bn", "PKR", 50e9),
    ("Tk 500 crore", "BDT", 5e9), ("Php5 billion", "PHP", 5e9), ("Rp 5 trillion", "IDR", 5e12),
    ("RM5 million", "MYR", 5e6), ("Dh5m", "AED", 5e6), ("FCFA 5m", "XOF", 5e6), ("5m birr", "ETB", 5e6),
    ("NT$5m", "TWD", 5e6), ("E£5bn", "EGP", 5e9),
])
def test_local_currency_codes_and_signs_are_money(written, code, value):
    figs = find_figures(f"The ministry paid {written} to the contractors.")
    assert [(f.unit, f.value) for f in figs] == [(code, pytest.approx(value))]


@pytest.mark.parametrize("text", [
    "Delegates at COP 26 in Glasgow agreed.",  # a code that is an abbreviation stays none
    "The RM 3 engine was shown.",
])
def test_abbreviations_before_numbers_are_not_money(text):
    assert not [f for f in find_figures(text) if f.kind == "money"]


@pytest.mark.parametrize("written", ["K500 million", "Sh5 billion", "P5 billion"])
def test_a_scale_after_a_sum_glued_to_an_unknown_sign_is_not_one_of_it(written):
    # the sign is not read (kwacha, shillings with no country): better no figure than "a million"
    assert not find_figures(f"The council spent {written} on roads.")


def test_fifty_cent_the_rapper_is_no_sum():
    assert not find_figures("Rapper 50 Cent topped the US album chart.")
    assert [f.value for f in find_figures("A stamp costs 50 cents.")] == [0.5]
