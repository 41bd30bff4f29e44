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
