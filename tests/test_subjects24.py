"""Subjects: the Americas' regions are their own, not the United States that
"America" alone names; a Mexican state named with a US state's name is Mexico;
a country's government body that reports a figure about no one else reports
its country's."""

from __future__ import annotations

import pytest

from ledger.claims import type_figures

from ._claimkit import RULESET, figures_of, make_doc


def subjects(text):
    doc = make_doc(text, published="2005-01-10")
    figs, dates = figures_of(text)
    return [(c.metric, c.subject) for c in type_figures(doc, figs, dates, RULESET)]


@pytest.mark.parametrize("text, metric, subject", [
    ("Remittances to Latin America reached $45bn last year.", "level.remittance", "Latin America"),
    ("Sales in North America rose 12% last year.", "change.sale", "North America"),
    ("The storm killed 300 people in Central America.", "casualties.killed", "Central America"),
    ("The storm killed 300 people in South America.", "casualties.killed", "South America"),
    ("The storm killed 300 people in the Americas.", "casualties.killed", "Americas"),
    ("Some 40,000 Latin Americans live in Madrid.", "people.count", "Latin America"),
    ("The storm killed 300 people in Baja California.", "casualties.killed", "Mexico"),
    # a region of the United States is still the United States
    ("Rural America lost 300,000 jobs last year.", "economy.jobs_lost", "United States"),
    ("Corporate America spent $20bn on lobbying last year.", "money.lobbying", "United States"),
    ("The storm killed 300 people in California.", "casualties.killed", "California"),
])
def test_region_subjects(text, metric, subject):
    assert subjects(text) == [(metric, subject)]


@pytest.mark.parametrize("text, metric, subject", [
    # a country's government body reports its country's figure when the clause names no one else
    ("The US Department of Energy reported that crude stockpiles had fallen 1m barrels to 294.3m.",
     "level.stockpile", "United States"),
    ("The German Federal Statistics Office said unemployment rose to 5.2 million.", "rate.unemployment", "Germany"),
    # ... and not when it names someone
    ("The US Energy Information Administration said Iran exported 2.1 million barrels a day.",
     "economy.production", "Iran"),
])
def test_a_national_body_reports_its_country(text, metric, subject):
    assert subjects(text) == [(metric, subject)]
