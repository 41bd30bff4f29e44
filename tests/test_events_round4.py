"""Event dates, round 4: the curated event verbs of rules/events/EVT150
(lists/events4_verbs.txt), dates with no year in a document with no
publication date, and years before event nouns ("the 1857 revolt")."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from ledger import figures
from ledger.records import YEARLESS_DATE
from ledger.compare import comparable, load_settings

from ._claimkit import RULESET, claims_of


def claims(text: str, published: str | None = None):
    return claims_of(text, published)


def date_claims(text: str, published: str | None = None):
    return [c for c in claims(text, published) if c.kind == "date"]


# ---- 1. canonical event verbs

@pytest.mark.parametrize("text,metric", [
    ("The plant in Ohio was demolished in March 2020.", "event.closure"),
    ("The plant in Ohio was torn down in March 2020.", "event.closure"),
    ("The mill was razed in March 2020.", "event.closure"),
    ("The firm was incorporated in Delaware in March 2020.", "event.founding"),
    ("Jane Doe was hospitalised in March 2020.", "event.illness"),
    ("Jane Doe was diagnosed with cancer in March 2020.", "event.illness"),
    ("Jane Doe broke her leg in March 2020.", "event.injury"),
    ("Jane Doe was buried in March 2020.", "event.burial"),
    ("Jane Doe was cremated in March 2020.", "event.burial"),
    ("Acme filed for bankruptcy in March 2020.", "event.bankruptcy"),
    ("Acme went into administration in March 2020.", "event.bankruptcy"),
    ("Acme rebranded in March 2020.", "event.renaming"),
    ("In March 2020, Acme changed its name to Zenith.", "event.renaming"),
    ("In March 2020, Acme acquired a rival.", "event.acquisition"),
])
def test_verbs_of_one_event_give_one_metric(text, metric):
    # different wordings of one happening name one canonical event
    assert [c.metric for c in date_claims(text)] == [metric]


@pytest.mark.parametrize("verb,metric", [("built a hotel", "event.founding"), ("invented a toy", "event.founding"),
                                         ("was elected", "event.election"), ("resigned", "event.departure")])
def test_a_verb_names_one_event_on_either_side_of_the_date(verb, metric):
    # EVT150 reads "In 1990, X verb" with the metric an earlier rule gives "X verb in 1990"
    before = date_claims(f"In 1990, Jane Doe {verb}.")
    after = date_claims(f"Jane Doe {verb} in 1990.")
    assert [c.metric for c in before] == [c.metric for c in after] == [metric]


def test_another_past_tense_verb_between_stops_the_cue():
    # "signed ... moved abroad in 1981": the date is the move's, not the signature's
    got = date_claims("The official who signed the order moved abroad in 1981.")
    assert [c.rule for c in got if c.rule == "EVT150"] == []


@pytest.mark.parametrize("text", [
    "The index rose in 2021.",
    "Police opened fire on protesters in March 2020.",
])
def test_no_listed_verb_no_event150(text):
    assert [c for c in date_claims(text) if c.rule == "EVT150"] == []


def test_canonical_events_are_all_decided():
    s = load_settings()
    undecided = {c for c in RULESET.lists["events4_verbs"].canonical.values()}
    # every canonical event is either compared (happens once) or never compared
    # (recurs); the choice is tests/test_events_round2.py's ONCE / RECURRING
    from .test_events_round2 import ONCE, RECURRING
    assert {"event." + c for c in undecided} <= set(ONCE) | set(RECURRING)
    assert [m for m in ("event.injury", "event.acquisition", "event.closure") if not s.ignored(m)] == []


# ---- 2. dates with no year

def test_yearless_date_is_resolved_when_the_document_is_dated():
    got = date_claims("Jane Doe was buried on August 13.", "2021-09-01")
    assert [(c.period, c.unit) for c in got] == [("2021-08-13", "date")]


def test_yearless_month_and_day_forms():
    got = date_claims("Jane Doe was buried on 10 August.")
    assert [(c.period, c.value, c.period_start, c.period_end) for c in got] == [("--08-10", 223.0, None, None)]


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_a_yearless_date_never_meets_a_dated_one(day):
    # "buried on August 13" (no year known) and "buried on 13 August 2019":
    # two claims of one key, never compared, whatever the days
    month = day.strftime("%B")
    undated = date_claims(f"Jane Doe was buried on {month} {day.day}.")
    dated = date_claims(f"Jane Doe was buried on {day.day} {month} {day.year}.", "2031-01-01")
    assert len(undated) == len(dated) == 1
    a, b = undated[0], dated[0]
    assert a.unit == YEARLESS_DATE and b.unit == "date" and a.metric == b.metric and a.subject == b.subject
    assert a.period == f"--{day.month:02d}-{day.day:02d}"
    assert a.value == dt.date(2000, day.month, day.day).timetuple().tm_yday
    assert not comparable(a, b)


def test_two_yearless_days_of_one_burial_disagree():
    # the day of a one-off event is a fact whatever the year
    a = date_claims("Jane Doe was buried on August 13.")[0]
    b = date_claims("Jane Doe was buried on August 15.")[0]
    assert comparable(a, b)


# ---- 3. years before event nouns

@pytest.mark.parametrize("text,period", [
    ("The 1857 revolt was crushed within a year.", "1857"),
    ("The 1906 San Francisco earthquake destroyed the city.", "1906"),
    ("The 1665 plague killed a quarter of London.", "1665"),
])
def test_year_before_an_event_noun_is_a_date(text, period):
    got = claims(text)
    assert [(c.kind, c.period) for c in got if c.text == period][:1] == [("date", period)]
    assert not [c for c in got if c.kind != "date" and c.value == float(period)]


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1500, max_value=1899),
       st.sampled_from(("revolt", "rebellion", "earthquake", "famine", "census", "treaty", "mutiny")))
def test_year_before_a_singular_event_noun(year, noun):
    # a number above one before a singular noun is never a count of it
    text = f"Historians still argue about the {year} {noun} and its causes."
    assert [d.year for d in figures.find_dates(text)] == [year]
    assert [f for f in figures.find_figures(text) if f.value == year] == []


@pytest.mark.parametrize("text", [
    "There were 1200 strikes across the country.",  # a plural without "the" may be a count
    "He counted 1500 people at the rally.",
])
def test_counts_stay_counts(text):
    assert [f.value for f in figures.find_figures(text)] != []
