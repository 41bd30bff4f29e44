"""Trade figures have two parties: the owner of a balance, exports or imports,
and the country it trades with (rules MON008, MON004, CHG001, CHG226 name the
second party through their own words: "deficit with", "exports to")."""

import pytest

from tests._claimkit import claims_of


def _pair(text: str, fig: str):
    cs = [c for c in claims_of(text) if c.text == fig]
    assert cs, [(c.text, c.metric) for c in claims_of(text)]
    return cs[0].metric, cs[0].subject, cs[0].subject2


@pytest.mark.parametrize("text, fig, metric, subject, subject2", [
    ("Britain's trade deficit with China widened to £20bn last year.", "£20bn", "money.fiscal",
     "United Kingdom", "China"),
    ("The US trade deficit with China rose 20% to $162bn in 2004.", "$162bn", "money.fiscal",
     "United States", "China"),
    ("China's trade surplus with the US widened to $200bn.", "$200bn", "money.fiscal", "China", "United States"),
    ("The EU's trade surplus with the US grew to €80bn.", "€80bn", "money.fiscal", "European Union",
     "United States"),
    ("Japan's exports to China rose 12% in March.", "12%", "change.export", "Japan", "China"),
    ("Germany's imports from Russia fell 30% last year.", "30%", "change.import", "Germany", "Russia"),
    ("US exports to Mexico were worth $256bn.", "$256bn", "money.valuation", "United States", "Mexico"),
    # the other party is never the owner too
    ("The deficit with China, up 30.5% at $162bn, was the largest ever recorded.", "30.5%", "change.deficit",
     None, "China"),
    ("Sales to China rose 12% in the quarter.", "12%", "change.sale", None, "China"),
])
def test_trade_parties(text, fig, metric, subject, subject2):
    assert _pair(text, fig) == (metric, subject, subject2)


@pytest.mark.parametrize("text, fig, subject", [
    # a country before its own exports is the owner, not a second party (that reading is a duty's:
    # "tariffs on Chinese imports")
    ("For all of 2004, US exports rose 12.3% to $1.15 trillion.", "12.3%", "United States"),
    ("The gap between US exports and imports hit an all-time high of $671.7bn in 2004.", "$671.7bn",
     "United States"),
])
def test_own_exports_have_no_second_party(text, fig, subject):
    assert _pair(text, fig)[1:] == (subject, None)


def test_duty_on_goods_keeps_its_target():
    cs = [c for c in claims_of("The US imposed a 25% tariff on Chinese imports.") if c.text == "25%"]
    assert cs and cs[0].subject2 == "China"


def test_lowercase_word_after_to_is_no_trading_partner():
    # "the state pension to be increased from £79.60": no country follows "to"
    assert not [c for c in claims_of("We've called for the state pension to be increased from £79.60 to "
                                     "the pensioner credit guarantee level of £105.45.") if c.metric == "change.pension"]
