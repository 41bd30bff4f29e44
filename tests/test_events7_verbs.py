"""Round 7 additions to lists/events4_verbs.txt (rules/events/EVT150): a sample
of the new wordings dates the canonical event it names, on either side of the
date, and the two-sense verbs the list leaves out date no EVT150 event."""

from __future__ import annotations

import pytest

from ._claimkit import claims_of


def evt150(text: str):
    return [(c.metric, c.period) for c in claims_of(text) if c.rule == "EVT150"]


@pytest.mark.parametrize("text,metric,period", [
    ("Parmalat went bust in December 2003 after an accounting scandal.", "event.bankruptcy", "2003-12"),
    ("Mr Martin was freed from prison in July 2003.", "event.legal", "2003-07"),
    ("The former chief executive pleaded guilty in March 2006.", "event.legal", "2006-03"),
    ("The singer had a daughter in 2011.", "event.childbirth", "2011"),
    ("The prime minister's aide quit in 1998.", None, "1998"),
    ("Apollo 11 blasted off from Florida in July 1969.", "event.spaceflight", "1969-07"),
    ("The Belgian king converted to Catholicism in 1890.", "event.conversion", "1890"),
    ("The striker signed for Chelsea in August 2004.", "event.joining", "2004-08"),
    ("The ferry collided with a cargo ship in May 2002.", "event.disaster", "2002-05"),
    ("In 2005, the old brewery was bulldozed.", "event.closure", "2005"),
])
def test_new_wording_dates_its_event(text, metric, period):
    got = evt150(text)
    if metric is None:  # read by an earlier rule (EVT022 departure), not EVT150
        assert got == []
    else:
        assert got == [(metric, period)]


@pytest.mark.parametrize("text", [
    "The family settled in Ohio in 1850.",
    "The roof collapsed in 2009.",
    "The lorry overturned on the motorway in May 2011.",
    "Police raided the offices in June 2016.",
])
def test_two_sense_verbs_are_left_out(text):
    assert evt150(text) == []
