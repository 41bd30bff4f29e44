"""Event dates, round 5: events named by a noun (rules/events/EVT170,
lists/events5_nouns.txt) share the canonical events of the verb and noun
rules, and a year of 1500-1899 before one of those nouns is a year."""

from __future__ import annotations

import pytest


from ._claimkit import RULESET, claims_of


def date_claims(text: str):
    return [c for c in claims_of(text) if c.kind == "date"]


@pytest.mark.parametrize("noun,verb,metric", [
    ("the merger of Acme and Zenith", "Acme acquired Zenith", "event.acquisition"),
    ("the bankruptcy of Acme", "Acme filed for bankruptcy", "event.bankruptcy"),
    ("the resignation of Jane Doe", "Jane Doe resigned", "event.departure"),
])
def test_a_noun_and_a_verb_name_one_event(noun, verb, metric):
    by_noun = date_claims(f"{noun[0].upper()}{noun[1:]} in 1990 surprised markets.")
    by_verb = date_claims(f"{verb} in 1990.")
    assert [c.metric for c in by_noun] == [c.metric for c in by_verb] == [metric]


@pytest.mark.parametrize("noun", ["cloudburst", "blockade", "stampede", "scandal", "merger"])
def test_a_year_before_a_listed_event_noun_is_a_year(noun):
    got = date_claims(f"The 1806 {noun} shook the town of Exeter.")
    # (a noun an earlier rule reads keeps that rule: "stampede" is EVT014's)
    assert [c.period for c in got] == ["1806"]


def test_a_plural_count_before_a_noun_stays_a_count():
    assert date_claims("Some 1806 protesters marched on Exeter.") == []


def test_every_canonical_event_of_the_noun_list_is_decided():
    from ledger.compare import load_settings
    s = load_settings()
    canon = {"event." + c for c in RULESET.lists["events5_nouns"].canonical.values()}
    new = {"event.crisis", "event.scandal", "event.reshuffle", "event.spaceflight", "event.astronomy"}
    assert new <= canon
    assert [m for m in new if not s.ignored(m)] == []
