"""Event-date rules, round 2 (rules/events/EVT023..EVT032, and the
"In DATE, X verb" cues of EVT007..EVT022): which rule types a date, and which
event metrics are compared."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from ledger.compare import load_settings

from ._claimkit import RULESET, claims_of


def date_claims(text: str):
    return [(c.metric, c.period) for c in claims_of(text) if c.unit == "date"]


@pytest.mark.parametrize("text,metric,period", [
    ("Residents of Kenya will need a permit to fish starting in 2025.", "event.effective", "2025"),
    ("Drivers in Germany must renew their licences by 19 January 2033.", "event.deadline", "2033-01-19"),
    ("Clip from the 1998 film Armageddon shared as footage of a real asteroid.", "event.release", "1998"),
    ("Pope Francis was born in 1936 in Buenos Aires.", "event.birth", "1936"),
    ("Tom Cruise and Katie Holmes divorced in 2012.", "event.marriage", "2012"),
    ("The journalist went missing in Mexico in March 2019.", "event.disappearance", "2019-03"),
    ("Cholera broke out in Haiti in October 2010.", "event.outbreak", "2010-10"),
    ("Italy's national lockdown was lifted on 18 May 2020.", "event.lockdown", "2020-05-18"),
    ("The Queen received her first dose of the vaccine in January 2021.", "event.vaccination", "2021-01"),
    ("Greta Thunberg sailed to New York in August 2019.", "event.travel", "2019-08"),
])
def test_round2_metric(text, metric, period):
    assert date_claims(text) == [(metric, period)]


@pytest.mark.parametrize("text", [
    "Babies born in 2020 have weaker immune systems.",  # a cohort, not one birth
    "The number of COVID-19 deaths recorded so far in 2021 has surpassed the total.",  # a toll's period
    "Sales had risen by 2019 to a record.",  # "by" with no obligation is not a deadline
])
def test_not_an_event_date(text):
    assert not {m for m, _ in date_claims(text)} & {"event.birth", "event.death", "event.deadline"}


VERBS = (("resigned", "event.departure"), ("was arrested", "event.legal"), ("died", "event.death"),
         ("announced a new plan", "event.announcement"), ("hosted a dinner", "event.meeting"))


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1950, max_value=2030), st.sampled_from(VERBS),
       st.sampled_from(("In {m} {y}, ", "In {m} {y} ", "{m} {y}, ")),
       st.sampled_from(("the minister", "Jane Doe, a local councillor,", "the \"ousted\" mayor")))
def test_date_first_sentences(year, verb, lead, who):
    # "In May 2019, X resigned", with or without a comma, with an apposition
    # or a quoted word before the verb: the date is the event's
    words, metric = verb
    text = lead.format(m="May", y=year) + who + " " + words + "."
    assert date_claims(text) == [(metric, f"{year}-05")]


ONCE = ("event.birth", "event.death", "event.burial", "event.founding", "event.citizenship", "event.listing",
        "event.invasion", "event.withdrawal", "event.took_charge", "event.departure")
RECURRING = ("event.effective", "event.deadline", "event.release", "event.marriage", "event.disappearance",
             "event.outbreak", "event.lockdown", "event.vaccination", "event.travel",
             "event.scheduled", "event.election", "event.history", "event.statement",
             # canonical events of rules/events/EVT150 (lists/events4_verbs.txt) that recur
             "event.childbirth", "event.education", "event.conversion", "event.injury", "event.illness",
             "event.joining", "event.employment", "event.service", "event.nomination", "event.defection",
             "event.creation", "event.discovery", "event.opening", "event.closure", "event.renaming",
             "event.acquisition", "event.sale", "event.bankruptcy", "event.layoffs", "event.signing",
             "event.recognition", "event.crime", "event.recording", "event.decision", "event.law",
             "event.legal", "event.conflict", "event.protest", "event.disaster", "event.meeting",
             "event.publication", "event.award", "event.sport", "event.patent",
             # EVT567/EVT970 last occurrences: the key does not say of what
             "event.last_win", "event.last_raise",
             # canonical events of rules/events/EVT170 (lists/events5_nouns.txt) that recur
             "event.crisis", "event.scandal", "event.reshuffle", "event.spaceflight", "event.astronomy")


def test_recurring_event_metrics_are_never_compared():
    s = load_settings()
    assert [m for m in RECURRING if not s.ignored(m)] == []
    assert [m for m in ONCE if s.ignored(m)] == []


def test_every_event_metric_is_decided():
    # a new event rule must say whether its event recurs for one subject
    metrics = {r.metric for r in RULESET.rules if r.code.startswith("EVT") and int(r.code[3:]) >= 23
               and "{cue}" not in r.metric}
    # a {cue} metric names the canonical events of the mapped list its cues use
    for name in ("events4_verbs", "events5_nouns"):
        metrics |= {"event." + c for c in RULESET.lists[name].canonical.values()}
    assert metrics <= set(ONCE) | set(RECURRING)
