"""Subjects (prec20): a place where a named firm spends, invests, or cuts or
creates jobs is not the figure's owner, the firm is ("Ford agreed to invest
$900 million at an Ohio plant": Ford); with no firm named, the place stays.
A group named after the figure behind a preposition of the predicate is where
or to whom the act went, no subject ("toilets were built in rural
households"), unless it is a rate's or a change's group, an agent or a
recipient."""

from __future__ import annotations

import pytest

from ._claimkit import claims_of, subject_of


@pytest.mark.parametrize("text, fig, subject", [
    # a firm that opens the clause owns what it spends or invests where it names
    ("Ford agreed to invest $900 million at an Ohio plant.", "$900 million", "Ford"),
    ("Toyota will invest $1.3bn in Kentucky.", "$1.3bn", "Toyota"),
    ("Nissan plans to spend $500m at its new plant in Sunderland.", "$500m", "Nissan"),
    # jobs cut or created by a firm stay the firm's
    ("General Motors is cutting 4,000 jobs in Canada.", "4,000", "General Motors"),
    ("Siemens has cut 1,200 jobs in Germany.", "1,200", "Siemens"),
    # no firm named: the place stays (a government spending in a place)
    ("The federal government spent $5 billion in Alaska last year.", "$5 billion", "Alaska"),
    # a place's own figure stays
    ("Ohio is losing over 700 family farms a year.", "over 700", "Ohio"),
])
def test_firm_spends_in_a_place(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig", [
    ("6.5 crore toilets were built in rural households between the years 1947-2014.", "6.5 crore"),
    ("Man puts on his terrace 70 fake plants of weed to taunt the police.", "70"),
    ("Murderers who face a 15-year tariff could get five years knocked off if they give themselves up "
     "to the police.", "15-year"),
])
def test_group_in_the_predicate_is_no_subject(text, fig):
    assert subject_of(text, fig) is None


@pytest.mark.parametrize("text, fig, subject", [
    # the agent of a passive stays
    ("Two men were beaten by the police for not wearing a helmet.", "Two", "police"),
    # a group that opens the clause stays
    ("500,000 federal workers make more than $100,000 a year.", "more than $100,000", "federal workers"),
])
def test_group_kept(text, fig, subject):
    assert subject_of(text, fig) == subject


def _ctx(sent: str, fig: str):
    class Ctx:  # the fields the helper reads
        pass
    ctx = Ctx()
    ctx.sent, ctx.fs = sent, sent.index(fig)
    ctx.fe = ctx.fs + len(fig)
    return ctx


@pytest.mark.parametrize("sent, fig, group, dropped", [
    ("6.5 crore toilets were built in rural households.", "6.5 crore", "households", True),
    ("It aims to create 400,000 jobs and to hire new workers.", "400,000", "workers", True),
    # a rate's or a change's group is the figure's
    ("Obesity rose 20% in children.", "20%", "children", False),
    ("Covid deaths rose by 3,000 in the elderly.", "3,000", "elderly", False),
    # an agent, a recipient, an owner, a group before the figure
    ("Two men were beaten by the police.", "Two", "police", False),
    ("A flu shot was given to 3,000 pregnant women.", "3,000", "women", False),
    ("A flu shot given to pregnant women caused 40 deaths.", "40", "women", False),
    ("Sales rose 28 units at young women's retailer Bebe.", "28", "women", False),
])
def test_object_group_helper(sent, fig, group, dropped):
    import regex
    from ledger.subjects import _group_in_predicate
    assert _group_in_predicate(_ctx(sent, fig), regex.search(group, sent)) is dropped


@pytest.mark.parametrize("text, fig, subject", [
    # a name whose price or move the clause tells, traded in a place named after "in"
    ("Steel shares fell across Europe on Tuesday. In London, Corus fell 2.2% to 55.57 pence.", "2.2%", "Corus"),
    ("Steel shares fell across Europe on Tuesday. In London, Corus fell 2.2% to 55.57 pence.", "55.57 pence",
     "Corus"),
    ("In London, Brent crude fell 32 cents to $49.74 a barrel.", "$49.74", "Brent"),
    ("Steel shares fell. In Europe, Arcelor shed 2.1% to 17.58 euros in Paris, with ThyssenKrupp dropping 1.7% "
     "to 16.87 euros.", "1.7%", "ThyssenKrupp"),
    # no name acts on the figure: the place stays
    ("Shares in Tokyo fell 2% on Monday.", "2%", "Japan"),
])
def test_traded_in_a_place(text, fig, subject):
    assert subject_of(text, fig) == subject
