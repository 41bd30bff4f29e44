"""A war or conflict a count or a sum is over is a running total to date
(session 29): "Russian losses in the war stand at 600,000" is the war's total so
far, like "losses now exceed 800,000", so the gate compares the two; a time of
the clause's own still wins, and "the war on drugs" is no war."""

import pytest

from tests._claimkit import claim_of


@pytest.mark.parametrize("text, figure", [
    ("Kyiv says Russian losses in the war stand at 600,000.", "600,000"),
    ("Some 58,000 Americans were killed in the war.", "Some 58,000"),
    ("The country spent $60bn during the conflict.", "$60bn"),
    ("In the war, 300 civilians have died.", "300"),
])
def test_a_count_or_sum_over_the_war_is_a_running_total(text, figure):
    c = claim_of(text, figure, published="2025-01-25")
    assert (c.period, c.cumulative, c.period_end) == ("to date", True, "2025-01-25")


@pytest.mark.parametrize("text, figure, want", [
    # a time of the clause's own is the figure's
    ("500 soldiers were killed in the war in 2023.", "500", "2023"),
    # a campaign called a war is not one
    ("Police made 1,000 arrests in the war on drugs.", "1,000", None),
    # a share is not a running total
    ("Turnout fell 5% during the war.", "5%", None),
])
def test_other_times_and_other_wars_are_left_alone(text, figure, want):
    c = claim_of(text, figure, published="2025-01-25")
    assert c.period == want and not (want is None and c.cumulative)
