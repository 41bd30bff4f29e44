"""Status words (rules/lists/status.txt).  An agreement to act is a pledge, a threat a proposal:
neither is a figure in force, so neither is set against one that is.  A benchmark rate, a goal
scored and an attack's targets set no target."""

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
    # a benchmark is in force; a goal and targets set a target only before what they set
    ("The European Central Bank left its benchmark interest rate unchanged at 2% on Thursday.", "actual"),
    ("The defender lashed home a shot for his first goal in 16 months.", "actual"),
    ("Bot nets launched denial-of-service attacks on 99 separate targets.", "actual"),
    ("The EU kept its emissions targets of 40% for 2030.", "target"),
    ("The CSA said its goal of reaching 85% of the population was achievable.", "target"),
    ("Inflation remains within the Bank's 2-3% target range.", "target"),
    # people's predicted spending stays a forecast, not a pledge
    ("Forecasts predict that British people will spend £4bn buying gifts online.", "forecast"),
])
def test_status(text, status):
    got = claims_of(text)
    assert got and {c.status for c in got} == {status}
