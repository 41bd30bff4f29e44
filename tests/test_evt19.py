"""evt19: dated happenings the broad event rules missed -- an act after a chain verb and "to"
(WNE690), an -ing complement after a listed verb, hyphenated compound adjectives."""

from __future__ import annotations

import pytest

from ledger.claims import _CHAIN_MARK, _compound_adjective
from tests._claimkit import RULESET, claims_of


def _dated(text: str, date: str):
    cs = [c for c in claims_of(text) if c.text == date]
    return cs[0] if cs else None


@pytest.mark.parametrize("text,date,metric,subject", [
    ("In 2005, Dan Branch tried to expand third-trimester abortions in Texas.", "2005", "event.expand", "Dan Branch"),
    ("In 2014 South Africa managed to employ even more people.", "2014", "event.employ", "South Africa"),
    ("The city council sought to widen the old bridge in March 2019.", "March 2019", "event.widen", None),
    ("In 1998, the generals agreed to lay down their weapons.", "1998", "event.lay_down", None),
    ("The board unanimously opted to shrink the fleet in 2011.", "2011", "event.shrink", None),
])
def test_chained_act(text, date, metric, subject):
    c = _dated(text, date)
    assert c is not None and c.metric == metric and c.rule == "WNE690"
    if subject is not None:
        assert c.subject == subject


@pytest.mark.parametrize("text,date", [
    ("Production began to fall in 1970.", "1970"),
    ("The council refused to expand the scheme in 2003.", "2003"),
    ("The two sides agreed to terms in 2004.", "2004"),
    ("She decided to be a doctor in 1990.", "1990"),
    ("He went on to the final in 1990.", "1990"),
    ("In 1970 the G8 agreed to spend 0.7% of their incomes on aid.", "1970"),
])
def test_no_chained_act(text, date):
    c = _dated(text, date)
    assert c is None or c.rule != "WNE690"


def test_a_listed_act_keeps_its_own_rule():
    c = _dated("In 1999, Mr Thoday managed to buy the rights to the story.", "1999")
    assert c.metric == "event.buy" and c.rule == "WNE218"


def test_chain_list_marks_every_verb():
    [rule] = [r for r in RULESET.rules if r.code == "WNE690"]
    assert rule.broad_canon and all(v.endswith(_CHAIN_MARK) for v in rule.broad_canon.values())


@pytest.mark.parametrize("text,date,metric", [
    ("I stopped requesting earmarks in 2008.", "2008", "event.stop"),
    ("Jet began flying in 1993 and now has rivals.", "1993", "event.begin"),
    ("Smart has lost money since it started trading in 1998.", "1998", "event.start"),
])
def test_gerund_complement(text, date, metric):
    c = _dated(text, date)
    assert c is not None and c.metric == metric and c.rule == "WNE656"


@pytest.mark.parametrize("word,adj", [
    ("high-powered", True), ("recently-destroyed", True), ("state-owned", True), ("long-running", True),
    ("re-elected", False), ("co-founded", False), ("elected", False), ("well-to-do", False),
])
def test_compound_adjective(word, adj):
    assert _compound_adjective(word) is adj


def test_compound_adjective_does_not_end_the_search():
    c = _dated("The company only began assembling luxury high-powered sedans in China in 2003.", "2003")
    assert c is not None and c.metric == "event.begin"


@pytest.mark.parametrize("text,date,metric", [
    ("The song first topped the charts in 1958.", "1958", "event.top"),
    ("In 1987, The Joshua Tree broke sales records.", "1987", "event.break"),
    ("The book was adapted into a hit film in 1970.", "1970", "event.adapt"),
    ("In 1997 he directed his only film.", "1997", "event.direct"),
    ("She also starred in a remake of the film in 2002.", "2002", "event.star"),
])
def test_curated_event_verbs(text, date, metric):
    c = _dated(text, date)
    assert c is not None and c.metric == metric and c.rule == "WNE691"


@pytest.mark.parametrize("text,date", [
    ("The team placed third in 2005.", "2005"),
    ("Sales topped the 100,000 mark in 2004.", "2004"),
    ("Costs were broken down by region in 2019.", "2019"),
])
def test_curated_event_verbs_not(text, date):
    c = _dated(text, date)
    assert c is None or c.rule != "WNE691"


def test_date_after_fronted_subordinate_clause():
    c = _dated("Whilst jobs were lost, in 2014 South Africa has actually managed to employ more people.", "2014")
    assert c is not None and c.metric == "event.employ" and c.subject == "South Africa"


def test_date_set_off_after_fronted_clause_is_not_read_forward():
    # the date between commas may be the subordinate clause's own: no verb after it is read
    c = _dated("When he refused to back the plan, in 1968, the minister launched a review.", "1968")
    assert c is None or c.metric != "event.launch"
