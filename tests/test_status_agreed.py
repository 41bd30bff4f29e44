"""An agreement to act is a pledge, a threat a proposal (rules/lists/status.txt): neither is a
figure in force, so neither is set against one that is."""

import pytest

from tests._claimkit import claims_of


@pytest.mark.parametrize("text, status", [
    ("Nato members agreed to spend 5% of GDP on defence by 2035.", "pledge"),
    ("Marsh agreed to pay $850m to settle the suit.", "pledge"),
    ("Trump threatened a 100% tariff on BRICS nations.", "proposal"),
    ("Trump threatened to impose tariffs of 25% on Mexico.", "proposal"),
    # not an agreement to act, not a threat of one
    ("The two sides agreed to a ceasefire that left 300 prisoners in custody.", "actual"),
    ("Floods threatened 2,000 homes in the valley.", "actual"),
    ("Half of all CEOs say that the threat of shutdown set back their plans.", "actual"),
    # people's predicted spending stays a forecast, not a pledge
    ("Forecasts predict that British people will spend £4bn buying gifts online.", "forecast"),
])
def test_status(text, status):
    got = claims_of(text)
    assert got and {c.status for c in got} == {status}
