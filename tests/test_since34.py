"""since34: a superlative or a record before "since" ("the highest since 1992", "its lowest level
since 1975", "the biggest one-day gain since March") gives the figure no period from the date: the
figure is not a running total from then, only the highest for that long."""

from __future__ import annotations

import pytest

from ledger import documents, pipeline
from ledger.rules import load_rules


@pytest.fixture(scope="module")
def ruleset():
    return load_rules()


def _claim(text: str, figure: str, ruleset):
    doc = documents.load_text(text, path="since34.txt", published="2005-06-01")
    return next(c for c in pipeline.extract(doc, ruleset) if c.text == figure)


@pytest.mark.parametrize("text, figure", [
    ("Turnout was 67.3%, the highest since 1992.", "67.3%"),
    ("Unemployment fell to 4.6%, its lowest level since 1975.", "4.6%"),
    ("Inflation hit 3.1% in Wales, the highest rate since May.", "3.1%"),
    ("The trade deficit reached $60bn, a record since 1992.", "$60bn"),
    ("The US trade deficit widened to $60bn, the widest since 1992.", "$60bn"),
])
def test_a_superlative_since_gives_no_running_total(text, figure, ruleset):
    c = _claim(text, figure, ruleset)
    assert not c.cumulative
    assert not (c.period or "").startswith("since")


@pytest.mark.parametrize("text, figure, period", [
    ("Sales have risen 30% since 2001.", "30%", "since 2001"),
    ("Since 1997, the economy has grown 40%.", "40%", "since 1997"),
    # a superlative far from "since", or in another clause, leaves the running total
    ("It was the best year for exports; sales have risen 30% since 2001.", "30%", "since 2001"),
])
def test_a_plain_since_stays_a_running_total(text, figure, period, ruleset):
    c = _claim(text, figure, ruleset)
    assert c.cumulative and c.period == period


def test_the_figure_keeps_a_period_of_its_own(ruleset):
    # "in 2004" is the figure's own year; "since 2000" only says how long it is the best
    c = _claim("Singapore's economy grew 8.1% in 2004, its best performance since 2000.", "8.1%", ruleset)
    assert c.period == "2004" and not c.cumulative
