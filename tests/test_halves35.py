"""halves35: a halving is a change of -50%, not a two-fold fall read upside down.

"halved" is the multiple 0.5: the new level over the old, its own factor, as "doubled" (2) is.
Before, units.change_factor read any falling multiple as a fold ("reduced four-fold": 1/4), so
"halved" became 1/0.5 = 2, a rise of 100%; compare's floor of one for multiples made it 0%.
A hedge on a shrinking verb bounds the other side ("more than halved": under half the old level),
and the direction of "more than doubled" is read past its hedge."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledger import compare, documents, figures, pipeline
from ledger.direction import DOWN, UP, read_direction
from ledger.records import PERCENT_CHANGE, Claim
from ledger.rules import load_rules
from ledger.units import factor_falls, normalise, percent_change


@pytest.mark.parametrize("direction, x, want", [
    (DOWN, 0.5, -50.0),  # "halved"
    (UP, 2, 100.0),  # "doubled"
    (DOWN, 4, -75.0),  # "fell four-fold"
    (DOWN, 2, -50.0),  # "fell two-fold": a halving told as a fold
])
def test_multiple_as_percent_change(direction, x, want):
    assert percent_change(direction, "multiple", x) == pytest.approx(want)


def test_a_halving_keeps_its_ends_in_order():
    assert factor_falls(DOWN, "multiple", 4.0)
    assert not factor_falls(DOWN, "multiple", 0.5)
    assert factor_falls(DOWN, "percent", 30.0)


@pytest.mark.parametrize("text, low, high", [
    ("Profits more than halved last year.", None, 0.5),
    ("Profits nearly halved last year.", 0.5, 0.55),
    ("Profits halved last year.", 0.5, 0.5),
    # a growing verb keeps the hedge's side
    ("Profits more than doubled last year.", 2.0, None),
    ("Profits almost doubled last year.", 1.8, 2.0),
])
def test_hedge_on_a_shrinking_verb(text, low, high):
    [f] = [f for f in figures.find_figures(text) if f.unit == "multiple"]
    assert (f.low, f.high) == (pytest.approx(low) if low is not None else None,
                               pytest.approx(high) if high is not None else None)


@pytest.mark.parametrize("sentence, figure, want", [
    ("Profits more than doubled last year.", "more than doubled", UP),
    ("Profits nearly halved last year.", "nearly halved", DOWN),
])
def test_direction_read_past_the_hedge(sentence, figure, want):
    i = sentence.index(figure)
    assert read_direction(sentence, i, i + len(figure)) == want


def _claim(**kw) -> Claim:
    base = dict(id="x", doc="d", doc_sha="s", outlet=None, published="2024-01-01", line=1, start=0, end=6,
                text="halved", sentence="Sales halved.", value=0.5, low=0.5, high=0.5, unit="multiple",
                hedge=None, metric="change.sale", subject="Acme", period=None, rule="WNC700", direction=DOWN)
    base.update(kw)
    return Claim(**base)


@given(st.floats(min_value=0.05, max_value=0.95), st.floats(min_value=0.0, max_value=0.04))
def test_shrinking_interval_stays_ordered_and_below_zero(v, width):
    c = normalise(_claim(value=v, low=v - width, high=v))
    assert c.norm_unit == PERCENT_CHANGE
    assert -100.0 <= c.norm_low <= c.norm_value <= c.norm_high < 0


@pytest.fixture(scope="module")
def ruleset():
    return load_rules()


def _claims(text: str, ruleset):
    doc = documents.load_text(text, path="halves35.txt", outlet="Paper", published="2024-05-01")
    return [c for c in pipeline.extract(doc, ruleset) if (c.metric or "").startswith("change.")]


def test_halved_meets_fell_by_half(ruleset):
    got = _claims("Russia has halved its gas exports to Europe since 2021.\n\n"
                  "Russia's gas exports to Europe have fallen by 50% since 2021.\n\n"
                  "Russia's gas exports to Europe have halved since 2021.\n", ruleset)
    assert len(got) == 3
    assert {(c.metric, c.subject, c.subject2) for c in got} == {("change.gas_export", "Russia", "Europe")}
    assert {compare.key(c) for c in got} == {compare.key(got[0])}
    assert all(c.norm_value == pytest.approx(-50) for c in got)


@pytest.mark.parametrize("text, metric, value", [
    ("Russia has halved its oil output since 2021.", "change.oil_output", 0.5),
    ("China's exports to the US doubled last year.", "change.export", 2.0),
    ("The number of migrants crossing the Channel has tripled since 2019.", "change.migrant", 3.0),
    ("Kenya's coffee exports more than halved in 2004.", "change.coffee_export", 0.5),
])
def test_verb_multiples_are_claimed(ruleset, text, metric, value):
    [c] = _claims(text, ruleset)
    assert (c.metric, c.value) == (metric, value)


# ---------------------------------------------------------------- s35 probes: thresholds, index points, poll leads

@pytest.mark.parametrize("text, figure, metric", [
    # a threshold a quantity moved past is the level it reached, not the size of its move
    ("Unemployment in Spain dropped below 12% for the first time since 2008.", "below 12%", "economy.rate"),
    ("Oil prices were falling below $35 a barrel.", "below $35", "money.price"),
    # the size of rises kept below a bound is still a change
    ("Ministers say the move should keep council tax rises below 5% next year.", "below 5%", "change.tax"),
    # a stock index's points are not percentage points, even beside a percent
    ("The FTSE 100 closed up 1.2% at 7,650 points.", "7,650", "markets.level"),
    ("The Dow Jones index had risen 20.54 points, or 0.2%, to 10,847.66.", "20.54", "markets.move"),
    ("Labour's lead over the Conservatives has narrowed to 12 points, a YouGov poll found.", "12", "politics.poll_lead"),
])
def test_s35_probe_keys(ruleset, text, figure, metric):
    doc = documents.load_text(text, path="s35.txt", outlet="Paper", published="2024-05-01")
    got = {c.text: c.metric for c in pipeline.extract(doc, ruleset)}
    assert got.get(figure) == metric, got


def test_points_past_100_are_never_percentage_points():
    [f] = [f for f in figures.find_figures("Shares rose 3% as the index closed at 7,650 points.") if f.value == 7650]
    assert f.unit == "count"
    [f] = [f for f in figures.find_figures("Labour is up 3 points to 45% in the poll.") if f.value == 3]
    assert f.unit == "percentage_point"
