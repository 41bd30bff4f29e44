"""The count of a ranked few ("the eurozone's two biggest economies") is not the size of the
group it is drawn from, nor another writer's ranked few (ledger/compare.py ``_read_ranked``)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from ledger import compare


@pytest.mark.parametrize("sentence, text, unit, ranked", [
    # BBC business/413, and the forms of the BBC corpus
    ("The eurozone's two biggest economies left the pact in tatters.", "two", "count", True),
    ("Its 10 largest shareholders backed the deal.", "10", "count", True),
    ("The three main parties agreed.", "three", "count", True),
    ("The two most senior executives resigned.", "two", "count", True),
    ("The bank is one of the top ten biggest banks.", "ten", "count", True),
    # the group itself, a ranking after a noun, and a measure that is no count
    ("The eurozone's 12 member states met.", "12", "count", False),
    ("The 12 members of the biggest bloc met.", "12", "count", False),
    ("Shares rose 5% most of the day.", "5%", "percent", False),
])
def test_ranked_few(sentence, text, unit, ranked):
    assert compare._read_ranked(SimpleNamespace(sentence=sentence, text=text, unit=unit)) is ranked


@pytest.mark.parametrize("sentence, text, metric, whole", [
    # the whole membership: an owner, "the", "has" (BBC politics/303)
    ("Labour emerged with the most seats - but its 301 MPs were 17 short of a majority.", "301", "members.mps", True),
    ("NATO has 32 member states.", "32", "members.countries", True),
    ("The 27 member states agreed.", "27", "members.countries", True),
    ("Labour's 413 MPs met.", "413", "members.mps", True),
    # the members who act (BBC politics/227, politics/180)
    ("Up to 30 Labour MPs could oppose the scheme.", "Up to 30", "members.mps", False),
    ("The bill passed despite rebellion by 34 Labour MPs.", "34", "members.mps", False),
    ("Thirty NATO ambassadors were taking part in the meeting.", "Thirty", "members.ambassadors", False),
    # not a count of members
    ("Its 301 stores closed.", "301", "businesses.store", None),
])
def test_whole_or_acting(sentence, text, metric, whole):
    assert compare._read_whole(SimpleNamespace(sentence=sentence, text=text, metric=metric)) is whole
