"""prec32: precision fixes from the held-out judge's classes of wrong claims on odd BBC files
(bench/results/precision_bbc_odd_s31_changes.txt).  Every text here is written for the test."""

from __future__ import annotations

import pytest

from ledger.figures import find_figures

from tests._claimkit import claims_of


def _figures(text):
    return [(f.text, f.unit) for f in find_figures(text)]


# --- an age band before a list of shares is no share ------------------------------------------


@pytest.mark.parametrize("text,band", [
    ("In the poll, 14% of those aged 18-29 and 9% of those aged 30-49 said so.", "18-29"),
    ("Some 30% of people aged 65 and 12% of the rest agreed.", "65"),
    ("Of voters ages 18 to 24, 40% and 35% of the others backed him.", "18 to 24"),
])
def test_a_number_after_aged_is_not_given_the_next_shares_unit(text, band):
    got = dict(_figures(text))
    assert got.get(band) == "count", got
    assert all(c.metric != "politics.opinion_share" or c.text != band for c in claims_of(text))


@pytest.mark.parametrize("text,shares", [
    ("Rates of 5, 10 and 15 per cent apply.", ["5", "10", "15 per cent"]),
    ("Turnout was 40, 45 and 50% in the three seats.", ["40", "45", "50%"]),
])
def test_a_bare_list_before_a_share_still_shares_its_unit(text, shares):
    got = dict(_figures(text))
    assert [got.get(s) for s in shares] == ["percent"] * len(shares), got
