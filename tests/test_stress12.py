"""False conflicts of the BBC stress test (every article dated one day) that
came from a misread period, status or speaker: the last months of a year as
its quarter or half, a modal "be" as a forecast of the figure it says
something of (not of a figure the clause only mentions), and a sentence
adverb kept off a speaker's name."""

from __future__ import annotations

import pytest

from ledger.attribute import attribute
from ledger.claims import type_figures

from ._claimkit import RULESET, figures_of, make_doc


def claims_of(text, published="2005-01-01"):
    doc = make_doc(text, published=published)
    figs, dates = figures_of(text)
    return [c for c in type_figures(doc, figs, dates, RULESET) if c.unit != "date"]


def claim(text, fig, published="2005-01-01"):
    return next(c for c in claims_of(text, published) if c.text == fig)


@pytest.mark.parametrize("text,fig,want", [
    ("However, the economy contracted by 0.2% during the last three months of 2004.", "0.2%",
     ("2004-Q4", "2004-10-01", "2004-12-31")),
    ("Sales rose 4% in the first six months of 2004.", "4%", ("2004-H1", "2004-01-01", "2004-06-30")),
    ("Profits rose 7% in the last six months of the year.", "7%", ("2004-H2", "2004-07-01", "2004-12-31")),
    ("Output rose 2% in the first nine months of 2004.", "2%", ("2004-01-01/2004-09-30", "2004-01-01", "2004-09-30")),
])
def test_first_or_last_months_of_a_year(text, fig, want):
    c = claim(text, fig)
    assert (c.period, c.period_start, c.period_end) == want


def test_a_quarter_and_the_year_are_different_periods():
    text = ("Germany's economy grew 1.6% last year after shrinking in 2003. However, the economy "
            "contracted by 0.2% during the last three months of 2004.")
    assert claim(text, "1.6%").period == "2004"
    assert claim(text, "0.2%").period == "2004-Q4"


@pytest.mark.parametrize("text,fig", [
    ("Nearly two million people across Asia could be thrown into poverty because of the tsunami.",
     "Nearly two million"),
    ("Nintendo said 15 games would be available in the UK at launch.", "15"),
    ("Some £3.7bn will be spent on implementing the programme.", "Some £3.7bn"),
    ("In 2004, growth will be between 4.7% and 4.8%, the ministry said.", "between 4.7% and 4.8%"),
])
def test_a_modal_be_makes_the_figure_it_speaks_of_a_forecast(text, fig):
    assert claim(text, fig).status == "forecast"


@pytest.mark.parametrize("text,fig", [
    # the figure sits in a phrase the clause only mentions
    ("Broadband will be made available in the eleven reading rooms of the library.", "eleven"),
    ("Insured damage could be a fraction of the billions of dollars worth of destruction.", "billions of dollars"),
    # a new clause comes between
    ("He won his 60m world indoor silver medal in 2003 and it will be exciting to return.", "60m"),
    ("He has earmarked £4 billion that will be used to reduce taxes.", "£4 billion"),
    # an age is what it is
    ("The 35-year-old Cobh runner may be included in the line-up.", "35-year"),
])
def test_a_modal_be_leaves_other_figures_as_they_are(text, fig):
    cs = [c for c in claims_of(text) if c.text == fig]
    assert cs and all(c.status != "forecast" for c in cs), [(c.text, c.metric, c.status) for c in claims_of(text)]


def test_a_sentence_adverb_is_no_part_of_a_speakers_name():
    text = ("In the past, consoles launched much later in Europe. However Nintendo president Satoru Iwata "
            "said the company was pleased.\nMore than 120 games are in development for the console, Nintendo has said.\n")
    doc = make_doc(text)
    figs, dates = figures_of(text)
    cs = attribute(doc, type_figures(doc, figs, dates, RULESET))
    c = next(c for c in cs if c.text == "More than 120")
    assert c.speaker == "Nintendo"


def test_a_level_now_is_as_of_the_day_not_since_ever():
    text = ("However, he said, now 45% of the Japanese people Ericsson questioned use their camera phone "
            "at least once a month. In 2003 the figure was 29%.")
    now, then = claim(text, "45%"), claim(text, "29%")
    assert (now.period, now.period_start, now.period_end, now.cumulative) == ("now", "2005-01-01", "2005-01-01", False)
    assert then.period == "2003"


def test_a_count_now_is_still_a_running_total():
    c = claim("Ukraine says Russian losses now exceed 800,000 soldiers.", "exceed 800,000")
    assert c.cumulative and c.period_start is None


@pytest.mark.parametrize("text,fig,want", [
    ("Experts predict that by the end of next year the numbers will have risen to more than eight million.",
     "more than eight million", "forecast"),
    ("By the end of 2015, more than 1,300 people will have died on Georgia roads.", "more than 1,300", "forecast"),
    # "will have to": an obligation, not a forecast
    ("Some 1,000 fans of the band will have to pay five pounds for a ticket.", "Some 1,000", "actual"),
])
def test_future_perfect_and_predict_are_forecasts(text, fig, want):
    assert claim(text, fig).status == want


@pytest.mark.parametrize("text,fig,want", [
    ("Experts predict that by the end of next year the numbers will have risen to more than eight million.",
     "more than eight million", ("by 2006", "2006-12-31", "2006-12-31")),
    ("The firm hopes to have 300 stores by next year.", "300", ("by 2006", "2006-12-31", "2006-12-31")),
])
def test_by_next_year_is_a_horizon(text, fig, want):
    c = claim(text, fig)
    assert (c.period, c.period_start, c.period_end) == want
