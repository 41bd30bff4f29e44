"""pct20: a rise or fall told as the object of a light verb whose subject is the quantity
(PCT760: "Japan's box office received a 3.8% boost", "profits, which showed a 5.5% rise"),
the quantity from the WordNet list of quantities WNC213 reads."""

from __future__ import annotations

import pytest

from ._claimkit import claims_of


def _one(text: str, fig: str):
    cs = [c for c in claims_of(text) if c.text.startswith(fig)]
    assert cs, [(c.text, c.metric) for c in claims_of(text)]
    return cs[0]


@pytest.mark.parametrize("text, fig, metric", [
    ("Japan's box office received a 3.8% boost last year.", "3.8%", "change.box_office"),
    ("Steel output in Ohio suffered a 4% drop in March.", "4%", "change.steel_output"),
    ("Ticket takings have enjoyed a rise of 2.5% this year.", "2.5%", "change.ticket_taking"),
    ("Their earnings recorded a 12 percent decline in the first quarter.", "12 percent", "change.earning"),
    ("Ticket receipts, which saw a 9% jump, beat forecasts.", "9%", "change.ticket_receipt"),
])
def test_light_verb_change_reads_the_quantity_before_it(text, fig, metric):
    c = _one(text, fig)
    assert (c.metric, c.rule) == (metric, "PCT760")


@pytest.mark.parametrize("text, fig, metric", [
    # PCT761: the quantity from the closed lists (CHG001's, CHG430's), where CHG430 does not read it
    ("Broadband boosted the group's profits, which showed a 5.5% rise to 18.3bn euros.", "5.5%", "change.profit"),
    ("The Ohio economy suffered a 2% contraction in 2009.", "2%", "change.economy"),
    ("Tourism revenues received a 12% boost last year.", "12%", "change.revenue"),
])
def test_light_verb_change_closed_lists(text, fig, metric):
    c = _one(text, fig)
    assert (c.metric, c.rule) == (metric, "PCT761")


def test_light_verb_subject_is_the_owner():
    c = _one("Japan's box office received a 3.8% boost last year.", "3.8%")
    assert c.subject == "Japan"


@pytest.mark.parametrize("text, fig", [
    # what changed is named after "in": the rules that read that noun (PCT721, CHG001, WNC213)
    ("The company saw a 3% rise in December sales.", "3%"),
    ("Box office takings showed a 3% rise in the number of tickets.", "3%"),
    # the subject of the light verb is no quantity: an agent
    ("The company reported a 5% rise last year.", "5%"),
    ("Analysts saw a 12% increase in the quarter.", "12%"),
    ("Voters suffered a 4% drop in March.", "4%"),
])
def test_no_light_verb_change_without_the_quantity(text, fig):
    c = _one(text, fig)
    assert c.rule != "PCT760"


@pytest.mark.parametrize("text, fig, metric", [
    ("The prices are dropping an average of 20% every year, according to analysts.", "20%", "change.price"),
    ("Wages are growing an average of 4% a year.", "4%", "change.wage"),
    ("With the division's sales jumping by 21.1% during 2004, the brand recovered.", "21.1%", "change.sale"),
])
def test_progressive_change_verb(text, fig, metric):
    # WNC213 reads a change verb in -ing form, also through a level word ("an average of")
    assert _one(text, fig).metric == metric


def test_progressive_verb_needs_a_listed_quantity():
    c = _one("Ticket queues are growing an average of 4% a year.", "4%")
    assert c.rule != "WNC213"
