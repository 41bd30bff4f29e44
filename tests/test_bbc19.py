"""bbc19: the earlier value of a comparison or the next figure of a list, read past the bracket
that closes the previous figure's stated conversion ("a pre-tax profit of £75m ($141m) compared
with £125m a year earlier"); "against" an earlier value only with a phrase of an earlier time
after it; another party after the earlier value's conversion keeps it apart ("$576m (£306m) for
The Incredibles"); a stated conversion takes the party of the figure it restates."""

from __future__ import annotations

import pytest

from ._claimkit import claims_of


def _claim(text: str, fig: str):
    for c in claims_of(text, published="2005-02-10"):
        if c.text == fig:
            return c
    return None


@pytest.mark.parametrize("text, main, other", [
    ("Reporting its results for the three months to 31 December 2004, the airline made a pre-tax profit "
     "of £75m ($141m) compared with £125m a year earlier.", "£75m", "£125m"),
    ("Despite seeing net profits rise by 44% to $205.4m (£110m) during October to December, from $142m "
     "a year earlier, Wall Street had expected more.", "$205.4m", "$142m"),
    ("Meanwhile, Southwest Airlines saw its fourth-quarter 2004 profits fall 15% to $56m, against $66m "
     "a year earlier.", "$56m", "$66m"),
    ("The sequel narrowly beat its predecessor, which took $38.1m (£19.8m) on its opening weekend and "
     "$184m (£95.8m) in total at the box office.", "$38.1m", "$184m"),
])
def test_earlier_value_past_a_conversion(text, main, other):
    a, b = _claim(text, main), _claim(text, other)
    assert a is not None and b is not None
    assert b.metric == a.metric and b.rule == a.rule


@pytest.mark.parametrize("text, fig", [
    # "against" with no earlier time after it: not an earlier value
    ("Southwest Airlines saw its profits fall 15% to $56m, against $66m expected by analysts.", "$66m"),
    # an exchange rate against a currency, not against an earlier value
    ("The firm made a profit of $56m, against the euro worth $1.30.", "$1.30"),
])
def test_against_needs_an_earlier_time(text, fig):
    c = _claim(text, fig)
    assert c is None or c.metric not in ("company.profit",)


def test_other_party_after_a_conversion():
    text = ("The film Shrek 2 took $881m (£468m) at the box office around the world, compared with "
            "$576m (£306m) for The Incredibles.")
    a, b = _claim(text, "$881m"), _claim(text, "$576m")
    assert a is not None
    assert b is None or b.subject != a.subject


def test_conversion_takes_the_party_of_its_figure():
    text = "New Bruce Willis movie Hostage opened at number four with $9.8m (£5.1m) at the box office."
    a, b = _claim(text, "$9.8m"), _claim(text, "£5.1m")
    assert a.metric == b.metric == "film.box_office"
    assert a.subject == b.subject == "Hostage"
