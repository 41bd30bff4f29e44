"""cnt26: figures no rule claimed, read by general constructions: the level a
quantity rose or fell to with a modal, an adverb or the year of the change
(WNV247), a party's members counted with a qualifier (PPL131), a gap kept or
given (DIS001), a share of what another party spends or earns (CMP931), and an
injured player's time out (DUR932), a stake cut or raised to a level (PCT933)."""

from __future__ import annotations

import pytest

from tests._claimkit import claims_of


def _claim(text: str, fig: str):
    cs = [c for c in claims_of(text) if c.text == fig]
    return cs[0] if cs else None


@pytest.mark.parametrize("text, fig, metric, subject", [
    ("Its rivals saw Vodafone's debt soar to 72bn euros by 2002.", "72bn euros", "level.debt", "Vodafone"),
    # the end of a move is read as the level told plainly ("sales were 789m euros": BUS001; move_ends)
    ("The firm said sales were down 4% in 2004 to 789m euros.", "789m euros", "company.sale", None),
    ("Analysts say full-year profit will rise about 11% to around $720 million.", "around $720 million",
     "level.full-year_profit", None),
    ("Five top Republicans are facing an ethics inquiry.", "Five", "people.count", "Republicans"),
    ("Three Leading Democrats Facing Questions Over Funds", "Three", "people.count", "Democrats"),
    ("Drivers must leave 1.5 metres when passing a horse.", "1.5 metres", "measures.distance", None),
    ("Ohio spends less than 10 percent of what the average state spends on parks.", "less than 10 percent",
     "ratio.spending", "Ohio"),
    ("Women in Texas earn 80 percent of what men earn.", "80 percent", "ratio.pay", None),
    ("Liverpool's Steven Gerrard will be out for six weeks with a broken foot.", "six weeks",
     "duration.sideline", None),
    ("The board voted to cut Nokia's stake in the venture from 60% to 45%.", "45%", "percent.stake", "Nokia"),
    ("Its stake would be reduced to less than 50%.", "less than 50%", "percent.stake", None),
])
def test_read(text, fig, metric, subject):
    c = _claim(text, fig)
    assert c is not None, [(x.text, x.metric) for x in claims_of(text)]
    assert c.metric == metric
    if subject is not None:
        assert c.subject == subject


@pytest.mark.parametrize("text, fig, metric", [
    ("I joined the Gang of 14, seven Republicans, seven Democrats.", "14", "people.count"),
    ("About 70 percentof Republicans nationwide disagree.", "About 70", "people.count"),
    ("Ohio spends 10 percent of what they spend.", "10 percent", "ratio.spending"),
    ("The jury was out for three days.", "three days", "duration.sideline"),
    ("He was told to keep 5 kg of rice.", "5 kg", "measures.distance"),
    ("Nokia's profits were reduced to 5% of sales.", "5%", "percent.stake"),
])
def test_not_read(text, fig, metric):
    c = _claim(text, fig)
    assert c is None or c.metric != metric


def test_share_of_what_names_the_other_party():
    c = _claim("Ohio spends less than 10 percent of what the average state spends on parks.", "less than 10 percent")
    assert c.subject2 == "average state"
