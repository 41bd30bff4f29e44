"""The two ends of a move, "from A to B": one quantity at two times.  The later figure
is read as the earlier one is (and the other way round when only a fallback rule read
the earlier one), and a time written after the earlier figure is its own, not the
later figure's."""

from __future__ import annotations

import pytest

from ._claimkit import claims_of


def _by_text(text, published=None):
    return {c.text: c for c in claims_of(text, published=published)}


@pytest.mark.parametrize("text, first, second, metric", [
    # the earlier figure's own time stands between the two ends
    ("The jobless rate in Ruritania went from 5.6 percent in 2005 to 4.1 percent in 2010.",
     "5.6 percent", "4.1 percent", "change.unemployment"),
    ("The matric pass rate has gone up from around 61% in 2009 to 78% last year.",
     "around 61%", "78%", "change.matric_pass"),
    # a fallback's reading of the earlier figure ("change.ruritania") gives way to the later one's
    ("The number of police officers in Ruritania fell from 195,000 to 176,000.",
     "195,000", "176,000", "members.police_officer"),
    ("The number of teachers in Ruritania fell from 195,000 in 2010 to 176,000 in 2020.",
     "195,000", "176,000", "people.teacher"),
])
def test_both_ends_of_a_move_are_one_quantity(text, first, second, metric):
    got = _by_text(text)
    assert first in got and second in got, sorted(got)
    assert got[first].metric == got[second].metric == metric


def test_the_earlier_figures_time_is_not_the_later_ones():
    got = _by_text("The jobless rate in Ruritania went from 5.6 percent in 2005 to 4.1 percent in 2010.")
    assert got["5.6 percent"].period == "2005"
    assert got["4.1 percent"].period == "2010"
    # with no time of its own, the later figure does not take 2000
    got = _by_text("The number of refugees rose from 120,000 in 2000 to 1.2 million.")
    assert got["120,000"].period == "2000"
    assert got["1.2 million"].period != "2000"


@pytest.mark.parametrize("text, fig", [
    # not a move: the figures are joined by more than a time and "to"
    ("The jobless rate in Ruritania was 5.6 percent in 2005, and the debt came to 4.1 billion.", "4.1 billion"),
    # "to" with no "from" before the first figure: a list, not a move
    ("Ruritania sent 300 troops in 2005 to 12 countries.", "12"),
])
def test_no_move_no_shared_reading(text, fig):
    got = _by_text(text)
    first = next(iter(got.values()))
    assert fig not in got or got[fig].metric != first.metric
