"""A stated conversion in brackets restates the figure before it (claims._conversions_alike): the
same metric, rule, owner, status and hedge ("more than $20bn (£11bn)" is more than £11bn too)."""

import pytest

from tests._claimkit import claims_of


def _pair(text):
    cs = [c for c in claims_of(text) if c.unit not in ("date", "yearless_date")]
    assert len(cs) == 2, cs
    return cs


@pytest.mark.parametrize("text", [
    "Yukos is claiming more than $20bn (£11bn) in damages from the banks.",
    "It has earmarked 100 trillion won ($96bn) for investment in the first half.",
    "The singer banked $56.5m (£30.4m) from the sales of his album Musicology.",
    "Parmalat's debts of $18.34bn (£9.6bn) were revealed in 2003.",
])
def test_a_conversion_reads_as_the_figure_it_restates(text):
    a, b = _pair(text)
    assert b.linked == a.id
    assert (b.rule, b.metric, b.subject, b.subject2, b.status) == (a.rule, a.metric, a.subject, a.subject2, a.status)


def test_a_hedge_bounds_the_conversion_too():
    a, b = _pair("Yukos is claiming more than $20bn (£11bn) in damages from the banks.")
    assert (a.hedge, b.hedge) == ("more than", "more than")
    assert b.low == pytest.approx(11e9) and b.high is None


def test_an_approximate_figure_s_conversion_is_approximate():
    a, b = _pair("Europe has given around €118 billion ($126 billion) in aid to Ukraine.")
    assert b.low == pytest.approx(a.low * 126 / 118) and b.high == pytest.approx(a.high * 126 / 118)

