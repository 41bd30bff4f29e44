"""The ends of a move are levels of the quantity that moved (ledger/move_ends.py).

"rose 1 point to 6.2%" and "rose from 5.2% to 6.2%" state the level 6.2% as
"rose to 6.2%" does: the same key, so a story that tells the level twice can
be checked, and a level is never set against a change as one fact."""

from __future__ import annotations

import pytest

from ._claimkit import claims_of


def _by_text(text):
    return {c.text: c for c in claims_of(text)}


@pytest.mark.parametrize("text, level", [
    ("The jobless rate rose to 6.2% in March.", "6.2%"),
    ("The jobless rate rose 1% to 6.2% in March.", "6.2%"),
    ("The jobless rate rose 1 point to 6.2% in March.", "6.2%"),
    ("The jobless rate rose by 1 percentage point to 6.2% in March.", "6.2%"),
    ("The jobless rate rose from 5.2% to 6.2% in March.", "6.2%"),
    ("The jobless rate rose by 1 point from 5.2% to 6.2% in March.", "6.2%"),
    ("The jobless rate in Ruritania rose 1 point to 6.2% in March.", "6.2%"),
])
def test_a_level_has_one_key_however_the_move_is_told(text, level):
    got = _by_text(text)
    assert got[level].metric == "rate.unemployment"


@pytest.mark.parametrize("text, size, metric", [
    ("The jobless rate rose 1 point to 6.2% in March.", "1 point", "change.unemployment"),
    ("Unemployment fell 0.2 points to 5.1% in June.", "0.2 points", "change.unemployment"),
    ("Since the Conservatives came to government, national debt has increased by £1.05 trillion to £2 trillion.",
     "£1.05 trillion", "change.national_debt"),
])
def test_the_size_of_the_move_stays_a_change(text, size, metric):
    assert _by_text(text)[size].metric == metric


def _dated(text):
    return {c.text: c for c in claims_of(text, published="2024-04-02")}


def test_the_earlier_end_is_the_same_quantity_at_its_own_time():
    got = _dated("The jobless rate in Ruritania rose from 5.2% in February to 6.2% in March.")
    assert got["5.2%"].metric == got["6.2%"].metric == "rate.unemployment"
    assert (got["5.2%"].period, got["6.2%"].period) == ("2024-02", "2024-03")


def test_the_earlier_end_does_not_take_the_later_ends_time():
    got = _dated("The jobless rate in Ruritania rose from 5.2% to 6.2% in March.")
    assert got["6.2%"].period == "2024-03"
    assert got["5.2%"].period != "2024-03"


def test_a_company_level_goes_to_its_own_rule():
    # "Chrysler's sales jumped to 136,000" is units sold (BUS002), however the move is told
    got = _by_text("Chrysler's sales jumped by 21.1% during 2004 to 136,000.")
    assert got["136,000"].metric == "sales.units"
    assert got["21.1%"].metric.startswith("change.")


@pytest.mark.parametrize("text", [
    # no level rule reads the quantity: the ends keep the change rule's reading, as before
    "Gas prices went up 67 percent.",
    "Prices rose 3% on Monday.",
])
def test_no_move_end_no_change(text):
    got = _by_text(text)
    assert all(c.metric.startswith("change.") for c in got.values())


def test_a_level_rule_that_reads_the_move_keeps_it():
    got = _by_text("The prison population rose 3% to 80,000 last year.")
    assert (got["80,000"].rule, got["80,000"].metric) == ("LVL927", "level.prison_population")
