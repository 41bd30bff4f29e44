"""A relative clause set off by commas and the rest of its sentence do not date
each other (session 28): "Carson, who hosted the show for 30 years, died on 23
January" did not host it on 23 January; "Renault, which owns 44% of the carmaker,
in April" does not own it in April only."""

import pytest

from tests._claimkit import claim_of


def _period(text: str, figure: str) -> str | None:
    return claim_of(text, figure, published="2005-01-25").period


@pytest.mark.parametrize("text, figure", [
    ("Carson, who hosted the Tonight Show for 30 years, died on 23 January from emphysema.", "30 years"),
    ("Ray Charles, who died in June 2004, has seven posthumous nominations.", "seven"),
    ("Mr Ghosn is to become chief executive of Renault, which owns 44% of the Japanese carmaker, in April.", "44%"),
    ("The London Assembly, which is made up of 25 members, passed two motions on Monday.", "25"),
])
def test_an_aside_and_its_sentence_do_not_date_each_other(text, figure):
    assert _period(text, figure) is None


@pytest.mark.parametrize("text, figure, want", [
    # a time inside the aside still dates the aside's figure, past a number's own comma
    ("Mr Galloway, who on Thursday won £150,000 in libel damages, said he would stand.", "£150,000", "2005-01-20"),
    # and a time outside any aside dates a figure outside it
    ("The firm, which floated in 2003, made a profit of $5m in 2004.", "$5m", "2004"),
    # an aside with no figure or time leaves the rest of the sentence as it was
    ("Carson, who hosted the Tonight Show, died on 23 January aged 79.", "79", "2005-01-23"),
])
def test_a_time_on_the_same_side_still_dates_the_figure(text, figure, want):
    assert _period(text, figure) == want
