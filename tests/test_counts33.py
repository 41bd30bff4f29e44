"""counts33: more constructions whose counted noun stands before the figure
(matching._noun_view): "the numbers of X ... to N", "rose by 12% to N", a plural
subject of a copula, of a verb of reaching or of a move "to" N, and a phrase
before a colon; a sentence-initial capital is the sentence's, not a name's."""

from __future__ import annotations

import pytest

from tests._claimkit import claims_of


def _claim(text: str, fig: str):
    cs = [c for c in claims_of(text) if c.text == fig]
    return cs[0] if cs else None


@pytest.mark.parametrize("text, fig, metric", [
    ("In the survey, the numbers of camera phones in Wales more than doubled to 9 million.", "9 million",
     "goods.phone"),
    ("The total number of charter schools in Ohio rose by 12% to 4,000 last year.", "4,000", "facilities.school"),
    ("Registered voters in Ohio reached 8 million.", "8 million", "people.voter"),
    ("Refugees admitted by Canada reached 25,000.", "25,000", "people.refugee"),
    ("Supporters at the rally were about 300.", "about 300", "people.supporter"),
    ("Homeless veterans in Texas: 40,000.", "40,000", "people.veteran"),
])
def test_noun_before_the_figure_is_counted(text, fig, metric):
    c = _claim(text, fig)
    assert c is not None and c.metric == metric, [(x.text, x.metric, x.rule) for x in claims_of(text)]


def test_a_capital_that_opens_the_sentence_is_no_name():
    """ "Registered nurses in Texas: 40,000" counts what "40,000 registered nurses" counts."""
    a = _claim("Registered nurses in Texas: 40,000.", "40,000")
    b = _claim("Texas has 40,000 registered nurses.", "40,000")
    assert a.metric == b.metric and a.subject == b.subject == "Texas"


@pytest.mark.parametrize("text, fig", [
    ("The suspects in the robbery were 17.", "17"),  # an age after a copula, not a count
    ("Subscribers need to prove they are over 18 before the filter is lifted.", "over 18"),
    ("He named two crucial facts of the new threat: 1) rising costs.", "1"),  # a list's label
])
def test_no_count_of_the_noun_before(text, fig):
    c = _claim(text, fig)
    assert c is None or not c.metric.startswith(("people.", "items.")), (c.metric, c.rule)
