"""fold34: a change's direction (ledger/direction.py) and its comparison as a signed percent of the
old level (units.percent_change), so that "cut to a quarter of", "reduced four-fold" and "fell by
75%" are one value and "rose 30%" and "fell 30%" are not."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledger import compare, documents, pipeline
from ledger.direction import DOWN, TO, UP, read_direction
from ledger.records import PERCENT_CHANGE, Claim
from ledger.rules import load_rules
from ledger.units import normalise, percent_change


def _dir(sentence: str, figure: str):
    i = sentence.index(figure)
    return read_direction(sentence, i, i + len(figure))


@pytest.mark.parametrize("sentence, figure, want", [
    ("Exports from the port rose 12% last year.", "12%", UP),
    ("The firm reported a 20% drop in profits.", "20%", DOWN),
    ("Petrol would be at least 15% higher.", "15%", UP),
    ("Fares will be 10% lower from Monday.", "10%", DOWN),
    ("The council cut its road budget by a third.", "a third", DOWN),
    ("The mill reduced its coal use four-fold.", "four-fold", DOWN),
    ("Wheat exports fell four-fold in two years.", "four-fold", DOWN),
    ("The co-op boosted its milk output ten-fold.", "ten-fold", UP),
    ("Rents have doubled since 2001.", "doubled", UP),
    ("Its losses halved in a year.", "halved", DOWN),
    ("Output was cut to a quarter of its pre-war level.", "a quarter", TO),
    ("Herring catches fell to 40% of their peak.", "40%", TO),
    ("Sales fell more than 30% in March.", "30%", DOWN),
    ("Fees could rise by up to 8% next year.", "8%", UP),
    ("Wages fell in 2003 but rose 6% in 2004.", "6%", UP),
    ("Wages rose in 2003 but fell 6% in 2004.", "6%", DOWN),
])
def test_direction_read(sentence, figure, want):
    assert _dir(sentence, figure) == want


@pytest.mark.parametrize("sentence, figure", [
    # an end of a move, or the value compared with, is no move of its own
    ("Spending grew 4.2% in the quarter, down from the previous quarter's 5.1%.", "5.1%"),
    ("Bonus rates were cut from 2.5% to 2%.", "2.5%"),
    ("Bonus rates were cut from 2.5% to 2%.", "2%"),
    # a level reached is not a share of the old level
    ("The rate fell to 5% last year.", "5%"),
    ("The deficit fell to 3% of GDP.", "3%"),
    # a fraction of a point is no share of the old level
    ("The bank raised rates by a quarter of a point.", "a quarter"),
    # no word says which way
    ("The change was 12% in all.", "12%"),
])
def test_direction_not_read(sentence, figure):
    assert _dir(sentence, figure) is None


@pytest.mark.parametrize("direction, unit, x, want", [
    (UP, "percent", 30, 30.0),
    (DOWN, "percent", 30, -30.0),
    (DOWN, "percent", 75, -75.0),
    (DOWN, "multiple", 4, -75.0),
    (UP, "multiple", 2, 100.0),
    (TO, "fraction", 0.25, -75.0),
    (TO, "percent", 25, -75.0),
    (DOWN, "fraction", 1 / 3, -100 / 3),
    (UP, "fraction", 0.5, 50.0),
])
def test_percent_change(direction, unit, x, want):
    assert percent_change(direction, unit, x) == pytest.approx(want)


@pytest.mark.parametrize("direction, unit, x", [
    (None, "percent", 30),  # no direction
    (UP, "percentage_point", 2),  # points are no share of the old level
    (UP, "USD", 5e9),  # money changes stay in money
    (DOWN, "percent", 150),  # a fall of more than the whole
    (TO, "multiple", 4),  # "to four-fold" is no share of the old level
])
def test_percent_change_none(direction, unit, x):
    assert percent_change(direction, unit, x) is None


def test_direction_is_an_appended_field_and_a_column(tmp_path):
    import sqlite3

    from ledger.records import CLAIM_FIELDS
    from ledger.store import SCHEMA_VERSION, Ledger

    assert CLAIM_FIELDS[-1] == "direction"
    assert CLAIM_FIELDS.index("direction") == CLAIM_FIELDS.index("per_base") + 1
    db = str(tmp_path / "l.db")
    with Ledger(db):
        pass
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
    assert "direction" in [r[1] for r in con.execute("PRAGMA table_info(claims)")]
    con.close()


def test_direction_is_stored_and_read_back(tmp_path):
    from ledger.store import Ledger

    doc = documents.load_text("Kenya's coffee exports fell 30% in 2004.\n", path="k.txt", published="2005-01-01")
    cs = list(pipeline.extract(doc, load_rules()))
    with Ledger(str(tmp_path / "l.db")) as led:
        led.add_document(doc, cs)
        [c] = [c for c in led.claim_records() if c.text == "30%"]
    assert c.direction == DOWN and c.norm_unit == PERCENT_CHANGE


def _claim(**kw) -> Claim:
    base = dict(id="x", doc="d", doc_sha="s", outlet=None, published="2024-01-01", line=1, start=0, end=3,
                text="30%", sentence="Sales fell 30%.", value=30.0, low=30.0, high=30.0, unit="percent",
                hedge=None, metric="change.sale", subject="Acme", period=None, rule="CHG001")
    base.update(kw)
    return Claim(**base)


def test_normalise_turns_only_changes_with_a_direction():
    assert normalise(_claim(direction=DOWN)).norm_unit == PERCENT_CHANGE
    assert normalise(_claim(direction=DOWN)).norm_value == pytest.approx(-30)
    assert normalise(_claim(direction=None)).norm_unit == "percent"
    # a level that some rule called a change keeps its unit when it carries no direction; a level
    # metric is never turned, whatever its direction
    assert normalise(_claim(metric="level.sale", direction=DOWN)).norm_unit == "percent"


@given(st.sampled_from([UP, DOWN, TO]), st.sampled_from(["percent", "fraction", "multiple"]),
       st.floats(min_value=0.01, max_value=99, allow_nan=False), st.floats(min_value=0.0, max_value=50))
def test_normalised_interval_stays_ordered(direction, unit, lo, width):
    if unit == "fraction":
        lo, width = lo / 100, width / 100
    if unit == "multiple":
        lo = lo + 1
    hi = lo + width
    c = normalise(_claim(unit=unit, value=lo, low=lo, high=hi, direction=direction))
    if c.norm_unit != PERCENT_CHANGE:
        return  # no share of the old level (a fall of more than the whole, "to" a multiple)
    assert c.norm_low <= c.norm_value + 1e-9 or math.isclose(c.norm_low, c.norm_value)
    assert c.norm_low <= c.norm_high
    assert c.norm_low >= -100.0 - 1e-9


@pytest.fixture(scope="module")
def ruleset():
    return load_rules()


def _claims(text: str, ruleset):
    doc = documents.load_text(text, path="fold34.txt", outlet="Paper", published="2024-05-01")
    return list(pipeline.extract(doc, ruleset))


def test_four_ways_of_one_cut_share_key_and_value(ruleset):
    text = ("Russia cut its gas exports to Europe to a quarter of their pre-war level.\n\n"
            "Russia reduced its gas exports to Europe four-fold from their pre-war level.\n\n"
            "Russia cut its gas exports to Europe by 75%.\n\n"
            "Russia's gas exports to Europe fell four-fold.\n")
    got = [c for c in _claims(text, ruleset) if (c.metric or "").startswith("change.")]
    assert len(got) == 4
    assert {compare.key(c) for c in got} == {compare.key(got[0])}
    assert {(c.metric, c.subject, c.subject2) for c in got} == {("change.gas_export", "Russia", "Europe")}
    assert all(c.norm_unit == PERCENT_CHANGE and c.norm_value == pytest.approx(-75) for c in got)


def test_rise_and_fall_of_one_size_differ(ruleset):
    up, down = (_claims(t, ruleset)[0] for t in ("Kenya's coffee exports rose 30% in 2004.",
                                                   "Kenya's coffee exports fell 30% in 2004."))
    assert compare.key(up) == compare.key(down)
    assert (up.direction, down.direction) == (UP, DOWN)
    assert up.norm_value == pytest.approx(30) and down.norm_value == pytest.approx(-30)
