"""Event-date rules (rules/events/EVT006..EVT022): which rule types a date,
and how a date without a year is resolved."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from ledger import figures

from ._claimkit import claims_of


def date_claims(text: str, published: str | None = None):
    return [c for c in claims_of(text, published) if c.kind == "date"]


@pytest.mark.parametrize("text,metric,period", [
    ("Video shows a man who died in 2018 in Lagos.", "event.death", "2018"),
    ("The United States signed a peace deal with the Taliban on 29 February 2020.", "event.agreement",
     "2020-02-29"),
    ("President Trump signed legislation in 2017 forbidding Christmas music.", "event.law", "2017"),
    ("Photo shows a crowded street in Lagos in 2017.", "media.date", "2017"),
    ("Hundreds of papers published in 2017 prove that global warming is a myth.", "event.publication", "2017"),
    ("In May 2021, Target announced that it would no longer sell Pokemon cards.", "event.announcement",
     "2021-05"),
])
def test_event_metric(text, metric, period):
    got = [(c.metric, c.period) for c in date_claims(text)]
    assert got == [(metric, period)]


def test_a_count_beside_the_date_is_not_an_event_date():
    # "In March 2024, 312 civilians were killed": the date is the period of the toll
    assert date_claims("In March 2024, 312 Ukrainian civilians were killed, the UN said.") == []


def test_no_year_and_no_publication_date_keeps_the_claim_with_no_year():
    # a bare claim: "on August 13" names no year, and none is invented; the
    # claim is kept (a desk checks the day), with no period_start/end and a
    # unit of its own, so it never meets a dated event (tests/test_events_round4.py)
    got = date_claims("The FDA approved the drug on August 13.")
    assert [(c.metric, c.period, c.period_start, c.unit, c.value) for c in got] == [
        ("event.decision", "--08-13", None, "yearless_date", 226.0)]


@pytest.mark.parametrize("published,period", [
    ("2021-09-01", "2021-08-13"),
    ("2021-03-01", "2020-08-13"),  # a date well after publication is last year's
])
def test_no_year_is_resolved_against_the_publication_date(published, period):
    got = date_claims("The FDA approved the drug on August 13.", published)
    assert [(c.metric, c.period) for c in got] == [("event.decision", period)]


TEMPLATES = (
    ("Clint Eastwood died of a heart attack in {y}.", "event.death"),
    ("Video from {y} shows a crowd in Paris.", "media.date"),
    ("Apple announced the new phone in {y}.", "event.announcement"),
    ("A {y} Harvard University study proved nothing.", "event.publication"),
    ("Ballots from the {y} presidential election were found in a ditch.", "event.election"),
)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1900, max_value=2030), st.sampled_from(TEMPLATES))
def test_the_year_is_the_period(year, template):
    text, metric = template
    got = date_claims(text.format(y=year))
    assert [(c.metric, c.period) for c in got] == [(metric, str(year))]


@pytest.mark.parametrize("text,found,ymd", [
    ("A woman entered an Uber on 18February 2019 in Tampa.", "18February 2019", (2019, 2, 18)),
    ("My opponent in November of 2008 sent a missive.", "November of 2008", (2008, 11, None)),
    ("the 3Dmodel shown in 2020", "2020", (2020, None, None)),  # no month after the digit: no glued day
])
def test_find_dates_glued_day_and_month_of_year(text, found, ymd):
    got = [(d.text, (d.year, d.month, d.day)) for d in figures.find_dates(text)]
    assert got == [(found, ymd)]
