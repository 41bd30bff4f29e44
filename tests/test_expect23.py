"""What someone expects is a forecast, told after the verb (claims._cue_off, the cue
"expects" of rules/lists/status.txt); what is expected of a known thing is not."""

import pytest

from tests._claimkit import claims_of


def _status(text, figure):
    got = {c.text: c for c in claims_of(text, published="2005-01-27")}
    assert figure in got, sorted(got)
    return got[figure].status


@pytest.mark.parametrize("text, figure", [
    ("Hyundai expects its sales in India to grow 16% in 2005.", "16%"),
    ("NAAMSA said it expects sales to top 500,000 in 2005.", "500,000"),
    ("The French statistics agency expects the economy to grow by about 2.4% this year.", "about 2.4%"),
    ("The Countryside Alliance says it expects up to 4,000 supporters to demonstrate.", "up to 4,000"),
])
def test_an_expectation_is_a_forecast(text, figure):
    assert _status(text, figure) == "forecast"


@pytest.mark.parametrize("text, figure", [
    # a figure in a phrase of its own after the expected act
    ("SBC Communications said it expects to cut around 12,800 jobs following its $16bn takeover of AT&T.",
     "$16bn"),
    # what is expected of a known thing
    ("He expects his five-year term in office to be judged on Europe's success.", "five-year"),
    # a figure before the verb
    ("Most managers want a four-year contract and then expect it to be paid off.", "four-year"),
])
def test_not_an_expectation(text, figure):
    assert _status(text, figure) == "actual"
