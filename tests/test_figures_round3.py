"""Figure forms read in round 3 (helper fig3): multiples before a comparison, vague money, ranks, changes
written as from-to, quoted title years and phone numbers."""
import pytest

from ledger.figures import find_dates, find_figures


def _one(text):
    figs = find_figures(text)
    assert len(figs) == 1, figs
    return figs[0]


@pytest.mark.parametrize("text, value", [
    ("vaccinated people are twice as likely to be hospitalised", 2.0),
    ("Americans are 25x more likely to be shot", 25.0),
    ("the risk is thrice the national rate", 3.0),
])
def test_multiple_before_a_comparison(text, value):
    f = _one(text)
    assert (f.unit, f.kind, f.value) == ("multiple", "multiple", value)


@pytest.mark.parametrize("text", ["He came twice.", "They meet twice a week.", "the 25x25 grid", "model 25x"])
def test_no_multiple_without_a_comparison(text):
    assert not [f for f in find_figures(text) if f.unit == "multiple"]


@pytest.mark.parametrize("text, unit, low, high", [
    ('paid him "millions of dollars" to stay quiet', "USD", 2e6, 1e9),
    ("it cost billions of euros", "EUR", 2e9, 1e12),
    ("a multibillion-naira brewery", "NGN", 2e9, 1e12),
    ("a multimillion-dollar deal", "USD", 2e6, 1e9),
    ("has run up trillions of dollars in debt", "USD", 2e12, 1e15),
    ("a multitrillion-dollar plan", "USD", 2e12, 1e15),
])
def test_vague_money(text, unit, low, high):
    f = _one(text)
    assert (f.unit, f.kind, f.low, f.high, f.high_strict) == (unit, "vague", low, high, True)


def test_vague_pounds_of_something_is_mass():
    assert _one("thousands of pounds of explosives").unit == "lb"


@pytest.mark.parametrize("text, value, shown", [
    ("Rhode Island has the second-highest incidence of Lyme disease", 2, "second-highest"),
    ("Texas is the nation's third largest producer of wind power", 3, "third largest"),
    ("the number one killer of teens", 1, "number one"),
    ("child care is the No. 1 reason people give", 1, "No. 1"),
    ("the song hit No. 12 on the charts", 12, "No. 12"),
])
def test_ranks(text, value, shown):
    f = _one(text)
    assert (f.unit, f.kind, f.value, f.text) == ("rank", "rank", value, shown)


@pytest.mark.parametrize("text", ["He lives at No. 10 Downing Street.", "the number of people", "It came second."])
def test_no_rank(text):
    assert not [f for f in find_figures(text) if f.unit == "rank"]


@pytest.mark.parametrize("text, values", [
    ("Oil gained $1.32 to $44.45 a barrel", [1.32, 44.45]),
    ("the graduation rate has gone from 86 percent to 88 percent", [86, 88]),
    ("black life expectancy rose from age 53 to 60 in five years", [53, 60]),
    ("the municipality managed to reduce annual water losses from 34.8% to 12.1%", [34.8, 12.1]),
    ("My administration increased the share allocation to county governments from the mandated 15% to 32%",
     [15, 32]),
])
def test_change_from_to_is_two_figures(text, values):
    assert [f.value for f in find_figures(text)][:2] == values


@pytest.mark.parametrize("text, low, high", [
    ("from 10 to 20 people were hurt", 10, 20),
    ("temperatures ranged from 30C to 10C", 10, 30),
    ("exercise reduces the risk of death from any cause by 30 to 40%", 30, 40),
])
def test_ranges_stay_ranges(text, low, high):
    f = _one(text)
    assert (f.kind, f.low, f.high) == ("range", low, high)


def test_quoted_title_year_is_no_date():
    text = "criticism of the \u201c2000 Mules\u201d movie is unfounded"
    assert not find_dates(text) and not find_figures(text)
    assert [d.year for d in find_dates("In 2020 Trump said so")] == [2020]


@pytest.mark.parametrize("text", ["Women can call 9969777888, a safety helpline",
                                  "phones explode if you receive a number from 777888999"])
def test_phone_numbers_are_no_figures(text):
    assert not find_figures(text)


def test_long_number_without_a_phone_word_is_a_figure():
    assert _one("123456789101231").value == 123456789101231


def test_minor_currency_of_a_named_country():
    f = _one("65 Canadian cents")
    assert (f.unit, f.value) == ("CAD", 0.65)
