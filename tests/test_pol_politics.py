"""Politics and public-policy rules (rules/politics POL006..POL011, MEM004..MEM006,
rules/topics HLT004..HLT005): division tallies, majorities, poll shares by party,
poll leads, waiting lists and times, and which of them are compared."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from ledger.compare import load_settings

from ._claimkit import claims_of


def typed(text: str):
    return {(c.metric, c.value, c.subject) for c in claims_of(text) if c.unit != "date"}


@settings(max_examples=25, deadline=None)
@given(st.integers(200, 450), st.integers(1, 300),
       st.sampled_from(["MPs passed the bill by {a} votes to {b}", "MPs voted {a}-{b} in favour of the bill"]))
def test_division_tally_splits_for_and_against(a, d, form):
    # an ascending pair ("100-150") reads as a range, a pair under 200 ("120-99")
    # as a score, and a tie ("100-100") as
    # one number: the figure finder's call, not a tally's; a tally that passed
    # has more votes for
    b = max(1, a - d)
    text = form.format(a=a, b=b) + " on Monday."
    metrics = {(m, v) for m, v, _ in typed(text)}
    assert ("politics.votes_for", a) in metrics
    assert ("politics.votes_against", b) in metrics


@settings(max_examples=25, deadline=None)
@given(st.integers(30, 45), st.integers(20, 29), st.integers(10, 19))
def test_poll_shares_go_to_the_party_named_with_them(x, y, z):
    # the leader's share is the larger: "by 25% to 26%" reads as a range
    text = f"The latest ICM poll has Labour ahead of the Tories by {x}% to {y}%, with the Lib Dems on {z}%."
    got = {(m, v, s) for m, v, s in typed(text)}
    assert ("politics.poll_share", x, "Labour") in got
    assert ("politics.poll_share", y, "Conservatives") in got
    assert ("politics.poll_share", z, "Liberal Democrats") in got


@pytest.mark.parametrize("text,metric,value", [
    ("The government saw its 161-strong majority cut to just 14 in the Commons.", "politics.majority", 14),
    ("Labour's majority was reduced to 14 on the amendment.", "politics.majority", 14),
    ("Labour has a five-point lead over the Conservatives, the poll suggests.", "politics.poll_lead", 5),
    ("Some 311,000 people were waiting for NHS treatment in Wales.", "health.waiting_list", 311000),
    ("The hospital will stop treating patients who have waited more than three months.", "health.waiting_time", 3),
    ("The union has 800,000 members.", "organisation.members", 800000),
    ("The assembly is made up of 25 members elected every four years.", "politics.seats", 25),
])
def test_metric(text, metric, value):
    assert metric in {m for m, v, _ in typed(text) if v == value}


@pytest.mark.parametrize("text", [
    "Chelsea won 3-1 by 20 minutes to spare.",
    "A majority of 300 people questioned said no.",
    "Fans waited three hours outside the stadium.",
    "The band's 4 members said the tour was over, the poll of fans showed 40% said yes.",
])
def test_not_politics(text):
    got = {m for m, _, _ in typed(text)}
    assert not got & {"politics.votes_for", "politics.votes_against", "politics.majority",
                      "health.waiting_time", "politics.seats"}


def test_tallies_and_majorities_are_not_compared():
    cfg = load_settings()
    for metric in ("politics.votes_for", "politics.votes_against", "politics.majority"):
        assert cfg.ignored(metric)
    assert not cfg.ignored("politics.poll_share")
