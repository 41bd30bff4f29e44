"""An election result told for a named place ("31% of the vote in Erewash") is that place's
result, not the party's whole one (ledger/compare.py ``_read_place``); the BBC stress test
compared UKIP's share in one district with its national share."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from ledger import compare


@pytest.mark.parametrize("sentence, text, metric, place", [
    # BBC politics/333, and the forms a place result takes
    ("UKIP won 31% of the vote in Erewash in last June's European elections.", "31%", "politics.poll_share", "erewash"),
    ("Labour won 39% of the vote in Scotland.", "39%", "politics.poll_share", "scotland"),
    ("The Liberal Democrats took 45% of votes across Cornwall.", "45%", "politics.poll_share", "cornwall"),
    ("The party won three seats in Northern Ireland.", "three", "politics.seats", "northern ireland"),
    ("The party won 12 MEPs in Wales.", "12", "politics.seats", "wales"),
    # no place: the whole result (BBC politics/281), a date, a body, an election, a poll
    ("UKIP won 12 seats and 16.1% of the vote at the European elections.", "16.1%", "politics.poll_share", ""),
    ("Labour won 40% of the vote in May.", "40%", "politics.poll_share", ""),
    ("Labour won 12 seats in Parliament.", "12", "politics.seats", ""),
    ("UKIP won 16% of the vote in European elections.", "16%", "politics.poll_share", ""),
    ("Labour is on 40% of the vote in YouGov's latest poll.", "40%", "politics.poll_share", ""),
    ("Labour is on 40% in the latest YouGov poll.", "40%", "politics.poll_share", ""),
    ("Labour won 39% of the vote in the Scottish Parliament election.", "39%", "politics.poll_share", ""),
    # "the" before the name is not read (a miss, never a false place): "in the UK" is the whole
    ("Labour won 36% of the vote in the UK.", "36%", "politics.poll_share", ""),
    # not an election result
    ("Sales rose 31% of the total in Erewash.", "31%", "change.sale", ""),
])
def test_place_of_an_election_result(sentence, text, metric, place):
    assert compare._read_place(SimpleNamespace(sentence=sentence, text=text, metric=metric)) == place
