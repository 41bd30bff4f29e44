"""A place that is only where a figure was said is not its subject (session 29):
"Ms Svyrydenko told a news briefing in Davos that the figure included ... more
than 250 strikes" is not about Davos, and "told reporters in Washington that 300
people were killed" not about the United States; a place inside the reported
clause still is."""

import pytest

from tests._claimkit import claim_of


@pytest.mark.parametrize("text, figure, venue", [
    ("The minister told reporters in Washington that 300 people were killed.", "300", "United States"),
    ("Ms Svyrydenko told a news briefing in Davos that the figure included attacks on more than 800 "
     "electricity substations.", "more than 800", "Davos"),
    ("Mr Jobs told the delegates at MacWorld that iPod already had a 65% market share of all digital "
     "music players.", "65%", "MacWorld"),
])
def test_the_place_a_figure_was_said_in_is_not_its_subject(text, figure, venue):
    assert claim_of(text, figure, published="2025-01-25").subject != venue


@pytest.mark.parametrize("text, figure, subject", [
    # the reported clause's own actor, not the venue nor a second party read across "that"
    ("Ms Svyrydenko told a news briefing in London that Russia had launched more than 250 strikes "
     "on energy facilities.", "more than 250", "Russia"),
    # a place in the reported clause, or one that is no venue of saying, stands
    ("Police in Kabul said that 300 people were killed.", "300", "Afghanistan"),
    ("The minister said in Brussels that 300 people were killed in Belgium.", "300", "Belgium"),
])
def test_the_reported_clause_keeps_its_own_subject(text, figure, subject):
    assert claim_of(text, figure, published="2025-01-25").subject == subject
