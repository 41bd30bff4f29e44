"""Session 11 lead fixes: a name past a clause about something else is not
the figure's subject; a count of countries is not read past another figure."""

from __future__ import annotations

import pytest

from ._claimkit import claims_of


def _claim(text: str, fig: str):
    cs = [c for c in claims_of(text) if c.text.startswith(fig)]
    assert cs, [(c.text, c.metric) for c in claims_of(text)]
    return cs[0]


@pytest.mark.parametrize("text, fig", [
    # after_any: the name is in a clause about the poll
    ("Almost 23,000 people in 22 countries were questioned for the poll, which was mostly "
     "conducted before the Asian tsunami disaster.", "22"),
    # proper_noun: the name is in a clause about the scheme, the year, the data
    ("The company has an estimated $2.9bn hole in its pilots' pension scheme, which the PBGC "
     "will now guarantee.", "an estimated $2.9bn"),
    ("The weekend's top 12 films took an estimated $121.9m, compared with $165.8m last year, when "
     "the third Lord of the Rings film dominated the box office.", "an estimated $121.9m"),
    ("She and eight others were killed on the plane, which crashed as it left for Florida.", "eight"),
])
def test_a_name_past_a_clause_about_something_else_is_no_subject(text, fig):
    assert _claim(text, fig).subject is None


@pytest.mark.parametrize("text, fig, subject", [
    # a name in the figure's own clause still counts
    ("For 21 countries in Sub-Saharan Africa, we simply do not have data on poverty.", "21", "Africa"),
    ("Shares in the bank rose 5% to 300p, giving Barclays a value of £20bn.", "5%", "Barclays"),
])
def test_a_name_in_the_figures_clause_still_counts(text, fig, subject):
    assert _claim(text, fig).subject == subject


def test_a_count_of_countries_is_not_read_past_another_figure():
    cs = claims_of("Almost 23,000 people in 22 countries were questioned for the poll.")
    assert [c.text for c in cs if c.metric == "members.countries"] == ["22"]


@pytest.mark.parametrize("text, fig, wrong", [
    # a word list that opens a pattern matches whole words only: "lied" is not in "supplied",
    # "pending" not in "spending", "eel" not in "Steel"
    ("Drugs supplied to Africa are now more than thirty times cheaper than in Europe.", "more than thirty",
     "frequency.lied"),
    ("People were spending an average of six hours in the building.", "six hours", "duration.pending"),
    ("Steel output reached a peak of 3 million tonnes.", "3 million tonnes", "animals.size"),
])
def test_a_listed_word_is_not_read_inside_another(text, fig, wrong):
    assert all(c.metric != wrong for c in claims_of(text) if c.text.startswith(fig))


@pytest.mark.parametrize("text, fig, subject", [
    # the last-resort guess takes no name past a clause about something else either
    ("Bill Gates lives in a home worth $147.5 million, which is enough money to buy 1,000 struggling "
     "U.S. families a home.", "$147.5 million", "Bill Gates"),
    ("The three-year research project, which is being presented at a seminar on Tuesday in London, "
     "was partly funded by the Department of Trade and Industry.", "three-year", None),
])
def test_the_guess_takes_no_name_past_a_clause_about_something_else(text, fig, subject):
    assert _claim(text, fig).subject == subject
