"""The second party of a claim (the target or scope of a figure) and stated
conversions: a place within a country keeps its own name, "the country" /
"the region" are resolved to what the text named before, and "€40bn ($43bn)"
links the bracketed figure to the one it restates."""

from __future__ import annotations

import pytest

from ledger.claims import type_figures

from ._claimkit import RULESET, figures_of, make_doc


def claim(text, figure):
    doc = make_doc(text, published="2025-01-22")
    figs, dates = figures_of(text)
    hits = [c for c in type_figures(doc, figs, dates, RULESET) if c.text == figure]
    assert len(hits) == 1, [(c.text, c.metric) for c in type_figures(doc, figs, dates, RULESET)]
    return hits[0]


@pytest.mark.parametrize("text, figure, subject, subject2", [
    ("Russia launched 40 drones on Kharkiv overnight.", "40", "Russia", "Kharkiv"),
    ("Russia launched 40 drones on Ukraine overnight.", "40", "Russia", "Ukraine"),
    # "the country": the country named before it that is not the subject
    ("Ukraine's air force has said Russia had launched an overnight attack on the country "
     "with 99 drones.", "99", "Russia", "Ukraine"),
    # "the region": the place named last, here in the sentence before
    ("Russian forces launched 430 strikes on nine settlements in Zaporizhzhia in a single day. "
     "Ivan Fedorov said Moscow's troops used more than 260 drones to attack settlements in the region.",
     "more than 260", "Russia", "Zaporizhzhia"),
])
def test_second_party(text, figure, subject, subject2):
    c = claim(text, figure)
    assert (c.subject, c.subject2) == (subject, subject2)


def test_a_place_as_subject_still_stands_for_its_country():
    c = claim("Kharkiv has received 312,000 refugees this year.", "312,000")
    assert c.subject == "Ukraine"


def test_the_region_with_no_place_named_before_stays_empty():
    c = claim("Russia used more than 260 drones to attack settlements in the region.", "more than 260")
    assert c.subject2 is None


def test_stated_conversion_is_linked_to_the_figure_it_restates():
    text = "Europe has given around €118 billion ($126 billion) in aid to Ukraine."
    doc = make_doc(text, published="2025-01-22")
    figs, dates = figures_of(text)
    eur, usd = type_figures(doc, figs, dates, RULESET)
    assert (eur.unit, usd.unit) == ("EUR", "USD")
    assert usd.linked == eur.id and eur.linked is None


def test_a_link_never_points_at_a_figure_no_rule_typed():
    text = "The fund was worth €85 billion ($91 billion) last year, and the US €85 billion ($91 billion)."
    doc = make_doc(text, published="2025-01-22")
    figs, dates = figures_of(text)
    cs = type_figures(doc, figs, dates, RULESET)
    ids = {c.id for c in cs}
    assert all(c.linked in ids for c in cs if c.linked)


@pytest.mark.parametrize("text, figure, subject", [
    ("British Airways made a pre-tax profit of £75m last year.", "£75m", "British Airways"),
    ("France Telecom made a pre-tax profit of €1.2bn last year.", "€1.2bn", "France Telecom"),
    # the state and its institutions stay the country
    ("The British Army has sent 300 troops to Estonia.", "300", "United Kingdom"),
    ("US President Donald Trump imposed a 25% tariff on steel.", "25%", "United States"),
])
def test_a_name_that_starts_with_a_country_is_its_own_subject(text, figure, subject):
    assert claim(text, figure).subject == subject
