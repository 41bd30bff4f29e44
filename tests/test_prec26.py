"""prec26: fewer false findings in the BBC stress test (all 2,225 BBC articles
ingested with one date), by typing claims so that two different facts are not
keyed alike."""
import pytest

from tests._claimkit import claims_of


def _one(text, rule=None):
    got = [c for c in claims_of(text) if rule is None or c.rule == rule]
    assert len(got) == 1, got
    return got[0]


# ------------------------------------------------- EVT864: what was won

@pytest.mark.parametrize("text, metric", [
    ("And can the Welsh revival continue all the way to a first Grand Slam since 1978?", "event.last_grand_slam"),
    ("Jones hailed Henson's contribution to Wales' first win over England in Cardiff since 1993.", "event.last_win"),
    ("Chelsea could win their first league title since 1955.", "event.last_title"),
    ("She won Britain's first gold medal since 1996.", "event.last_medal"),
    ("They completed a first clean sweep since 1987.", "event.last_clean_sweep"),
])
def test_first_since_names_what_was_won(text, metric):
    got = [c for c in claims_of(text) if c.rule == "EVT864"]
    if metric is None:
        assert not got
    else:
        assert [c.metric for c in got] == [metric]


def test_first_grand_slam_and_first_win_are_two_facts():
    a = _one("Wales want a first Grand Slam since 1978.", "EVT864")
    b = _one("It was Wales' first win over England in Cardiff since 1993.", "EVT864")
    assert a.subject == b.subject == "Wales"
    assert a.metric != b.metric
