"""An earlier value named as an estimate, a figure or a forecast ("rose to 300,
from a previous estimate of 250") is typed by the later value's rule, as
"up from 250" already was; it used to be a fallback's level.estimate."""

import pytest

from tests._claimkit import claims_of


@pytest.mark.parametrize("text, later, earlier, metric", [
    ("The death toll rose to 300, from a previous estimate of 250.", "300", "250", "casualties.killed"),
    ("Officials raised the death toll to 300 from an earlier figure of 250.", "300", "250", "casualties.killed"),
    ("The government revised its growth forecast to 2.5%, down from an earlier estimate of 3%.", "2.5%", "3%",
     "economy.rate"),
    ("The company now expects profits of £2bn, up from a previous forecast of £1.8bn.", "£2bn", "£1.8bn",
     "company.profit"),
])
def test_earlier_estimate_takes_the_later_metric(text, later, earlier, metric):
    by_text = {c.text: c for c in claims_of(text)}
    assert by_text[later].metric == metric
    assert by_text[earlier].metric == metric
    assert by_text[earlier].rule == by_text[later].rule


def test_estimate_of_something_else_is_not_an_earlier_value():
    # "an estimate of" with no earlier-value lead is no part of the list
    cs = {c.text: c for c in claims_of("The death toll rose to 300, and the army gave an estimate of 40 tanks lost.")}
    assert cs["300"].metric == "casualties.killed"
    assert "40" not in cs or cs["40"].metric != "casualties.killed"
