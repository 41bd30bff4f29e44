"""Percentages and fractions that only a fallback rule typed, in constructions that recur
in readable text: a share of the people a participle marks out ("69 percent of those
arrested", POP595), a quantity raised or cut by a fraction or behind a body's name
("cutting the Milwaukee County Board budget by two-thirds", CHG518), and a stake in a
company named by a firm noun behind a modifier or by its shares ("owns 44% of the Japanese
carmaker", "owns 6.7% of Circuit City's shares", PCT248)."""

from __future__ import annotations

import pytest

from ._claimkit import claim_of as _one, claims_of


@pytest.mark.parametrize("text, figure, metric, rule", [
    ("White men account for 69 percent of those arrested for violent crimes.",
     "69 percent", "population.share", "POP595"),
    ("At least a quarter of those apprehended at the border have criminal records.",
     "At least a quarter", "population.share", "POP595"),
    ("It is thought that 40% of those buying home net security programs are retired.",
     "40%", "population.share", "POP595"),
    ("A referendum gives the people the chance to decide on cutting the Milwaukee County Board budget by two-thirds.",
     "two-thirds", "change.budget", "CHG518"),
    ("Highfields already owns 6.7% of Circuit City's shares.", "6.7%", "percent.stake", "PCT248"),
    ("Renault, which owns 44% of the Japanese carmaker, backed the plan.", "44%", "percent.stake", "PCT248"),
])
def test_named_rule_types_it(text, figure, metric, rule):
    c = _one(text, figure)
    assert (c.metric, c.rule) == (metric, rule)


def test_subjects():
    assert _one("Highfields already owns 6.7% of Circuit City's shares.", "6.7%").subject2 == "Circuit City"
    assert _one("They decided on cutting the Milwaukee County Board budget by 20 percent.",
                "20 percent").subject == "Milwaukee County Board"


@pytest.mark.parametrize("text, figure, metric", [
    # the people a poll asked are PCT725's; goods sold are no people; a contraction is no participle
    ("Only 51% of those polled had made up their minds.", "51%", "politics.opinion_share"),
    ("Some 40% of those sold in Europe were diesels.", "40%", None),
    ("Half of those weren't even in the top flight.", "Half", None),
    # a share of a firm's debt is no stake
    ("Renault owns 44% of the carmaker's debt.", "44%", "share.debt"),
])
def test_not_read_as_the_new_constructions(text, figure, metric):
    got = {c.text: c for c in claims_of(text)}
    if metric is None:
        assert figure not in got or got[figure].metric not in ("population.share", "percent.stake")
    else:
        assert got[figure].metric == metric
