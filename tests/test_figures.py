"""Tests for the quantity layer (ledger.figures): newsroom forms, positive and negative."""

import pytest

from ledger.figures import find_dates, find_figures


def figs(text):
    return [(f.text, f.value, f.unit) for f in find_figures(text)]


def one(text):
    found = find_figures(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("2,000", 2000, "count"),
        ("1 500", 1500, "count"),
        (".08", 0.08, "count"),
        ("2.5", 2.5, "count"),
        ("1.5 million", 1.5e6, "count"),
        ("3bn", 3e9, "count"),
        ("10k", 1e4, "count"),
        ("£2.2bn", 2.2e9, "GBP"),
        ("$94,000", 94000, "USD"),
        ("€27,500", 27500, "EUR"),
        ("USD34.6 million", 34.6e6, "USD"),
        ("GBP 27 million", 27e6, "GBP"),
        ("27 million euros", 27e6, "EUR"),
        ("£640,000", 640000, "GBP"),
        ("5%", 5, "percent"),
        ("5 per cent", 5, "percent"),
        ("5 percent", 5, "percent"),
        ("0.3 percentage points", 0.3, "percentage_point"),
        ("2pp", 2, "percentage_point"),
    ],
)
def test_digit_forms(text, value, unit):
    f = one(text)
    assert f.value == pytest.approx(value)
    assert f.unit == unit
    assert f.text == text


def test_offsets_and_lines():
    text = "Intro line\nMore than 300 people died.\n"
    (f,) = find_figures(text)
    assert text[f.start:f.end] == "More than 300"
    assert f.line == 2
    assert text[f.number_start:f.number_end] == "300"


@pytest.mark.parametrize(
    "text",
    ["in 2022", "29 February 2020", "at 12:14", "the 45th president", "F-16 jets", "COVID-19 cases",
     "the G7 summit", "Article 17 says", "call 020 7946 0018"],
)
def test_not_figures(text):
    assert find_figures(text) == ()


def test_hedges():
    f = one("more than 300")
    assert (f.low, f.high, f.low_strict) == (300, None, True)
    f = one("nearly 2,000")
    assert f.high == 2000 and f.high_strict and f.low < 2000
    f = one("up to 700")
    assert (f.low, f.high) == (None, 700)


def test_dates_found():
    ds = find_dates("It happened on 29 February 2020, in March 2003 and in 2022, yesterday.")
    texts = [d.text for d in ds]
    assert "29 February 2020" in texts and "March 2003" in texts and "2022" in texts and "yesterday" in texts
