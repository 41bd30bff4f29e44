"""names32: a number inside a title or a programme's name is no measure ("the 21 Grams actress",
"a 60 Minutes interview", "the film 127 Hours"), while units in headlines, abbreviations and
German keep reading as units."""

import pytest

from ledger import figures
from tests._claimkit import claims_of


def _figs(text):
    return [(text[f.start:f.end], f.value, f.unit) for f in figures.find_figures(text)]


@pytest.mark.parametrize("text, gone", [
    ("Her co-star in the 9 Grams drama said the shoot had been hard.", "9 Grams"),
    ("He told a 60 Minutes reporter that he would not resign.", "60 Minutes"),
    ("She starred in the film 127 Hours before moving into theatre.", "127 Hours"),
    ("The romantic comedy 500 Days of Summer was shot in Los Angeles.", "500 Days"),
    ("The rapper's film 8 Mile is set in Detroit, where he grew up.", "8 Mile"),
    ("The channel's 24 Hours in Police Custody series returns next month.", "24 Hours"),
    ("The actor, who appeared in Twelve Years a Slave, spoke at the event.", "Twelve Years"),
    ("He said the 24 Hour Party People soundtrack was still his favourite.", "24 Hour"),
])
def test_titled_unit_is_no_measure(text, gone):
    got = _figs(text)
    assert all(gone not in t and t not in gone for t, _, _ in got), got
    assert all(gone not in c.text for c in claims_of(text))


def test_rest_of_the_sentence_still_read():
    got = _figs("The singer from the 9 Grams cast bought a house for $2m last year.")
    assert [(t, u) for t, _, u in got] == [("$2m", "USD")]


@pytest.mark.parametrize("text, fig, unit", [
    # prose writes units in lower case
    ("The man was jailed for 10 years on Monday after a trial.", "10 years", "year"),
    ("She waited 60 minutes for the bus in the rain.", "60 minutes", "min"),
    # a headline in title case, long or short
    ("Man Jailed For 10 Years Over Fraud At Local Charity", "10 Years", "year"),
    ("Jailed For 10 Years", "10 Years", "year"),
    # abbreviations, capitalised or not
    ("The farm produces 5 MW and the line carries 100 Mbps over its cables.", "5 MW", "MW"),
    ("The road runs for 3 Km along the coast of the island.", "3 Km", "km"),
    ("The phone has 10 GB of storage for pictures and music.", "10 GB", "GB"),
    # a technical unit some copy capitalises, and a unit named after a person
    ("The new battery stores 5 Kilowatts of power for the house.", "5 Kilowatts", "kW"),
    ("It was 30 Degrees Celsius in the shade, forecasters said.", "30 Degrees Celsius", "degC"),
    # German capitalises every noun
    ("Die Strecke ist 5 Kilometer lang und wurde im Jahr gebaut.", "5 Kilometer", "km"),
])
def test_units_kept(text, fig, unit):
    got = _figs(text)
    assert any(t.endswith(fig) and u == unit for t, _, u in got), got


@pytest.mark.parametrize("text, fig, unit", [
    ("Firm Wins £5 Million Contract To Build New Bridges Across River", "£5 Million", "GBP"),
    ("Sales Up 5 Per Cent As Shoppers Return To The High Street", "5 Per Cent", "percent"),
    ("The band Blink-182 sold 50 million records around the world.", "50 million", "count"),
])
def test_scales_and_names_unchanged(text, fig, unit):
    got = _figs(text)
    assert any(t == fig and u == unit for t, _, u in got), got


@pytest.mark.parametrize("text, fig, unit, value", [
    ("The family waited nine long years for an inquiry.", "nine long years", "year", 9),
    ("He spent three whole weeks in a hospital bed.", "three whole weeks", "week", 3),
    ("The strike lasted four full days before talks resumed.", "four full days", "day", 4),
    ("The crew spent 14 long months at sea.", "14 long months", "month", 14),
    ("She wanted to stay for one more year at the club.", "one more year", "year", 1),
    ("The rain fell for six solid hours on the festival.", "six solid hours", "hour", 6),
])
def test_word_between_number_and_time_unit(text, fig, unit, value):
    got = _figs(text)
    assert (fig, value, unit) in got, got
    assert not any(c.metric.startswith("count.") for c in claims_of(text))


@pytest.mark.parametrize("text", [
    "Exports fell for five consecutive months, the office said.",
    "The club has won the league three straight years.",
])
def test_streak_stays_a_count_for_its_rule(text):
    cs = claims_of(text)
    assert [c.metric for c in cs] == ["duration.streak"], [(c.text, c.metric) for c in cs]


@pytest.mark.parametrize("text, fig", [
    ("The airline flies 12 long-haul routes from the airport.", "12"),
    ("The firm hired 40 full-time staff in the town.", "40"),
    ("He was paid two more years' wages after he left.", "two"),
])
def test_no_time_unit_after_the_word(text, fig):
    got = _figs(text)
    assert got and got[0][0] == fig and got[0][2] == "count", got


@pytest.mark.parametrize("text", [
    "The theatre company staged The 39 Steps for a month.",
    "Critics praised Casablanca, The 400 Blows and Vertigo in the poll.",
])
def test_capital_the_opens_a_title(text):
    assert not any(t in ("39", "400") for t, _, _ in _figs(text)), _figs(text)


@pytest.mark.parametrize("text, fig", [
    ("The 39 victims were named by police on Monday.", "39"),
    ('He told reporters: "The 12 men were released last night."', "12"),
    ("Police Say The 12 Men Were Arrested At The Scene Last Night", "12"),
    ("Officers said the 12 men were arrested at the scene.", "12"),
])
def test_the_before_a_count_kept(text, fig):
    assert any(t == fig for t, _, _ in _figs(text)), _figs(text)
