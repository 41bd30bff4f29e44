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
