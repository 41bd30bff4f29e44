"""anaph13: a figure named only by a pointing phrase ("that number had
increased to 9.4 million", "Those figures stood at 65%") takes the metric and
subject of the figure it points back to; an elided noun ("1,000 of these"), a
named quantity ("the number of ...") or a difference ("The figure was 30% more
than in 2003") does not."""

from __future__ import annotations

import pytest

from ._claimkit import claims_of


def _claim(text: str, fig: str):
    for c in claims_of(text, published="2016-05-02"):
        if c.text == fig:
            return c
    return None


@pytest.mark.parametrize("text, earlier, later", [
    ("In South Africa in 1996 there were 3.4 million families residing in formal housing, "
     "but by 2014 that number had increased to 9.4 million.", "3.4 million", "9.4 million"),
    ("The unemployment rate in Canada was 5.7% in 2019. In 2020 the rate rose to 9.5%.", "5.7%", "9.5%"),
    ("Before 2005 the share of Texas students meeting the standard stood at 28% in English and 42% in math. "
     "Those figures stood at 65% and 66% in 2013.", "42%", "66%"),
    ("According to BT, more than 95% of UK homes can receive broadband over the phone line. "
     "It aims to extend this figure to 99.4% by next summer.", "more than 95%", "99.4%"),
    ("Chris Deering predicted that 20 million European households would have HDTV sets by 2008. "
     "Analysts Datamonitor put the figure at 4.6 million by 2008.", "20 million", "4.6 million"),
])
def test_points_back(text, earlier, later):
    a, b = _claim(text, earlier), _claim(text, later)
    assert a is not None and b is not None
    assert (b.rule, b.metric, b.subject, b.subject2) == (a.rule, a.metric, a.subject, a.subject2)


@pytest.mark.parametrize("text, earlier, later", [
    # an elided noun: a part of the count, not a new value of it
    ("The company sold 40,000 cars in 2019, and approaching 1,000 of these were electric.", "40,000", "1,000"),
    # a difference, not the new value
    ("Nokia's market share was 30% in 2004. The figure was 5% more than in 2003.", "30%", "5%"),
    # a quantity named by its own noun
    ("The jobless rate was 5.2% in 2019. The rate of inflation was 7.1% last year.", "5.2%", "7.1%"),
    # another unit class: no figure to point back to
    ("Some 12,000 migrants crossed the Channel in 2020. That figure was 40% of the total.", "Some 12,000", "40%"),
])
def test_does_not_point_back(text, earlier, later):
    a, b = _claim(text, earlier), _claim(text, later)
    assert a is not None
    assert b is None or b.metric != a.metric or b.rule != a.rule


@pytest.mark.parametrize("text, earlier, later, subject", [
    # a place the clause names is the later figure's own party: same metric, another subject
    ("The unemployment rate in France was 8.1% in 2019. In Germany the rate was 3.2%.", "8.1%", "3.2%", "Germany"),
    ("The unemployment rate in Ohio was 4.1% in 2019. In Texas the rate was 3.2%.", "4.1%", "3.2%", "Texas"),
    # a source named before the phrase is not the party: the earlier figure's subject
    ("Chris Deering predicted that 20 million European households would have HDTV sets by 2008. "
     "Analysts Datamonitor put the figure at 4.6 million by 2008.", "20 million", "4.6 million", "Europe"),
])
def test_own_place(text, earlier, later, subject):
    a, b = _claim(text, earlier), _claim(text, later)
    assert a is not None and b is not None
    assert (b.rule, b.metric, b.subject) == (a.rule, a.metric, subject)
