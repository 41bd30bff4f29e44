"""Sport rules (rules/sport SPT*): tallies, events, times and marks, and that
none of them is compared (a team plays every week, an athlete runs many races)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from ledger.compare import comparable, load_settings

from ._claimkit import RULESET
from ._claimkit import claims_of as _typed


def claims_of(text: str):
    return [c for c in _typed(text) if c.unit != "date"]


def typed(text: str):
    return {(c.metric, c.value) for c in claims_of(text)}


@settings(max_examples=25, deadline=None)
@given(st.integers(2, 400), st.sampled_from([
    ("goals", "sport.goal"), ("appearances", "sport.appearance"), ("caps", "sport.cap"),
    ("tries", "sport.try"), ("wickets", "sport.wicket"), ("aces", "sport.ace"),
    ("unforced errors", "sport.unforced_error"), ("league games", "sport.game")]))
def test_a_tally_in_sports_copy_names_what_is_counted(n, noun):
    word, metric = noun
    text = f"The striker has {n} {word} for the club this season, the coach said."
    assert (metric, n) in typed(text)


@pytest.mark.parametrize("text", [
    "The FTSE 100 index fell 30 points to 4,850.",
    "The firm sold 20 million sets last year.",
    "The singer made 40 appearances on television last year.",
    "The regulator set three price caps for the year.",
])
def test_a_tally_word_outside_sport_is_not_a_sport_tally(text):
    assert not [m for m, _ in typed(text) if m.startswith("sport.")]


@pytest.mark.parametrize("text,metric,value", [
    ("She will defend her 800m title in Sheffield next month.", "sport.event_distance", 800),
    ("He set a personal best of 44.93 seconds at the indoor meeting.", "sport.race_time", 44.93),
    ("The jumper cleared 5.01m at the indoor championships.", "sport.field_mark", 5.01),
])
def test_event_time_and_mark(text, metric, value):
    assert (metric, value) in typed(text)


def test_two_tallies_of_one_player_are_never_compared():
    # two matches, two seasons or two clubs: "scored 12 goals" and "scored 25 goals" are two facts
    a = claims_of("Rooney scored 12 goals for the club in the league last season.")
    b = claims_of("Rooney scored 25 goals for the club in the league last season.")
    ga = [c for c in a if c.metric == "sport.goal"]
    gb = [c for c in b if c.metric == "sport.goal"]
    assert ga and gb
    assert not comparable(ga[0], gb[0])


def test_every_sport_metric_is_left_uncompared():
    s = load_settings()
    metrics = {r.metric for r in RULESET.rules if r.code.startswith("SPT")}
    assert metrics and all(s.ignored(m.replace("{noun}", "goal")) for m in metrics)
