"""A figure a passive move is told to reach in the future is a forecast ("its stake would be
reduced to less than 50%", BBC business/092), and "compared to" still ends what "could be" governs
(BBC entertainment/066)."""

from __future__ import annotations

import pytest

from tests._claimkit import claims_of


@pytest.mark.parametrize("text, fig, status", [
    ("Turkcell said its stake would be reduced to less than 50%.", "less than 50%", "forecast"),
    ("There is talk that a takeover bid for the LSE will be raised to £1.5bn.", "£1.5bn", "forecast"),
    ("The average cost of a ticket could be as high as $6.25 in 2004, compared to $5.80 in 2002.",
     "$5.80", "actual"),
    ("He would be able to reach 40% of voters.", "40%", "actual"),
])
def test_status_of_a_moved_figure(text, fig, status):
    got = [c.status for c in claims_of(text) if c.text == fig]
    assert got == [status], [(c.text, c.metric, c.status) for c in claims_of(text)]
