"""session 22 (prec22, QuanTemp precision audit): a precision audit of QuanTemp's named claims.

An accord named after a city is no figure of the city's country, also past an editor's bracket
around part of its name ("the (Paris climate) deal", "the Paris (climate) deal"): PolitiFact
puts words it supplies in brackets, which hid the accord's noun from _ACCORD_AFTER."""

from __future__ import annotations

import pytest

from ._claimkit import claim_of


@pytest.mark.parametrize("text, figure, subject", [
    ("A study showed that the (Paris climate) deal could cost 2.7 million lost jobs in the U.S. by 2025.",
     "2.7 million", "United States"),
    ("The Paris (climate) deal will cost 6,000 jobs.", "6,000", None),
    ("The Paris climate deal will cost 6,000 jobs.", "6,000", None),
])
def test_bracketed_accord_names_no_country(text, figure, subject):
    assert claim_of(text, figure).subject == subject


def test_bracketed_city_is_still_a_place():
    # a bracket with no accord's noun after it leaves the city its country's
    assert claim_of("Paris (France) has 2 million people.", "2 million").subject == "France"
