"""levels10: pattern rules read the quantity through the words that name a
level but not its quantity ("by an average of 3.6%", "to a record $180bn",
"reached a peak of 13.1%"), through a forecast's auxiliary before a change
verb ("the economy is expected to grow by 3%") and through a relative pronoun
or a short aside between the quantity and its verb ("the economy, which
shrank 0.2%"); the metric still comes from the rules' closed lists."""

from __future__ import annotations

import pytest

from ._claimkit import claims_of


def _claim(text: str, fig: str):
    for c in claims_of(text):
        if c.text == fig:
            return c
    return None


@pytest.mark.parametrize("text, fig, metric, status", [
    # a forecast's auxiliary: the quantity is the subject of the change verb
    ("The economy is expected to grow by 3% next year.", "3%", "change.economy", "forecast"),
    ("Thailand's economy is now expected to grow by 5.7% in 2005.", "5.7%", "change.economy", "forecast"),
    ("The country's economy is set to grow about 8% this year.", "about 8%", "change.economy", None),
    # a level word between the verb and the figure
    ("While the global economy contracted by an average of 3.6% last year, we grew.", "3.6%",
     "change.global_economy", "actual"),
    ("House prices rose by an average of 3% last year.", "3%", "change.house_price", "actual"),
    ("M&S cuts prices by average of 24%.", "24%", "change.price", None),
    ("The unemployment rate reached a peak of 13.1% in April.", "13.1%", "rate.unemployment", "actual"),
    ("Foreign oil exports surged by 35.7% to a record $180.7bn.", "$180.7bn", "level.oil_export", None),
    # a relative pronoun or an aside between the quantity and its verb
    ("This is due to the faltering German economy, which shrank 0.2% in the last quarter.", "0.2%",
     "change.economy", None),
    ("Figures showed that GDP, on an annualised basis, fell 0.5% in the last three months.", "0.5%",
     "change.gdp", None),
])
def test_reads_through(text, fig, metric, status):
    c = _claim(text, fig)
    assert c is not None and c.metric == metric
    if status:
        assert c.status == status


@pytest.mark.parametrize("text, fig, wrong", [
    # a possessive's average is that owner's level, not a verb's
    ("Prices are now well above 2004's average of $41.48 a barrel.", "$41.48", "change.price"),
    # a forecast that is not before a change verb is left alone
    ("The economy is expected to be strong, with 3% growth.", "3%", "change.economy"),
    # an aside that is not in the closed list is not read through
    ("GDP, the bank said, fell 0.5% last quarter.", "0.5%", "change.gdp"),
    # a level word with no quantity the rules list keeps the fallback
    ("He worked an average of 18 hours a day.", "18 hours", "change.hour"),
])
def test_not_read_through(text, fig, wrong):
    c = _claim(text, fig)
    assert c is None or c.metric != wrong


@pytest.mark.parametrize("text, fig, metric", [
    # an evaluative word between the article and the figure (a closed list)
    ("China's economy has expanded by a breakneck 9.5% during 2004.", "9.5%", "change.economy"),
    ("During that time, sales grew a lacklustre 2.9% in 2001.", "2.9%", "change.sale"),
    # a forecast's "to be" before a level
    ("The EU's economic growth rate is projected to be 2% this year.", "2%", "level.economic_growth"),
])
def test_reads_through_more(text, fig, metric):
    c = _claim(text, fig)
    assert c is not None and c.metric == metric


def test_between_and_is_not_the_subject_noun():
    # the gap is the quantity, not the imports after "between ... and"
    c = _claim("The gap between US exports and imports hit an all-time high of $671.7bn in 2004.", "$671.7bn")
    assert c is None or c.metric != "level.import"
    # "and" alone still starts a new clause: its noun is read
    c = _claim("Some 45 children died before 2015 and aid budgets are half their 1960 levels.", "half")
    assert c is not None and c.metric == "level.aid_budget"


@pytest.mark.parametrize("text, fig, metric", [
    # a qualifier between the quantity and its change verb
    ("Net profit in the six months ending 31 December rose 28% to A$458m.", "28%", "change.net_profit"),
    ("Overall sales across both its retail and mail order divisions were up 12.4%, Next said.", "12.4%",
     "change.sale"),
    ("China remains the main concern for BMW after sales there fell 16% last year.", "16%", "change.sale"),
])
def test_reads_through_qualifier(text, fig, metric):
    c = _claim(text, fig)
    assert c is not None and c.metric == metric


@pytest.mark.parametrize("text, fig, wrong", [
    # a qualifier is not read across a clause: "concern ... fell" is not a change of concern
    ("The main concern for BMW after sales there fell 16% last year.", "16%", "change.concern"),
    # nor across "to" (a period's two ends)
    ("Same store sales in the five months from 3 August to 24 December were up 2.9%.", "2.9%",
     "change.december"),
])
def test_qualifier_not_read_across(text, fig, wrong):
    c = _claim(text, fig)
    assert c is None or c.metric != wrong or c.rule.startswith("GEN")
