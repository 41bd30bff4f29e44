"""The level a move ends at: the figure after "rose to", "fell to" is where the quantity
stands, not by how much it moved, whether or not the size and time of the move stand
between ("sales jumped by 21.1% during 2004 to 136,000").  LVL927 reads it for the named
quantities of LVL436's lists, after every other named rule; GEN008, not GEN007, for any
other noun."""

from __future__ import annotations

import pytest

from ._claimkit import claims_of


def _by_text(text):
    return {c.text: c for c in claims_of(text)}


@pytest.mark.parametrize("text, change, level, rule, metric", [
    ("The prison population rose 3% to 80,000 last year.", "3%", "80,000", "LVL927", "level.prison_population"),
    ("Attendance jumped by 21.1% during 2004 to 136,000.", "21.1%", "136,000", "LVL927", "level.attendance"),
    ("Membership fell 3% to 40,000.", "3%", "40,000", "LVL927", "level.membership"),
    ("Acme's workforce fell by 2,000 to 40,000.", "2,000", "40,000", "GEN008", "level.workforce"),
])
def test_the_move_is_a_change_and_its_end_a_level(text, change, level, rule, metric):
    got = _by_text(text)
    assert got[change].metric.startswith("change.")
    assert (got[level].rule, got[level].metric) == (rule, metric)


@pytest.mark.parametrize("text, metric", [
    ("Evictions fell to 40,000 in 2004.", "level.eviction"),
    ("Acme's workforce fell to 40,000.", "level.workforce"),
    ("The number of Americans filing initial jobless claims jumped to 367,000.", "level.jobless_claim"),
])
def test_rose_to_is_no_change(text, metric):
    (claim,) = claims_of(text)
    assert claim.metric == metric


def test_a_topic_rule_reads_the_level_first():
    got = _by_text("In England, NHS waiting lists fell to 856,600, the lowest for 17 years.")
    assert got["856,600"].rule == "HLT004"


def test_both_ends_of_from_to_stay_lvl163s():
    got = _by_text("Ridership rose from 2 million to 3 million.")
    assert {c.rule for c in got.values()} == {"LVL163"}


def test_a_verb_before_a_bare_up_names_no_level():
    got = _by_text("The BDO optimism index ticked up in January to 102.5.")
    assert "102.5" not in got or got["102.5"].rule != "GEN008"
    # (s28) a listed phrasal move ("edged up", rules/lists/gen_move_verbs.txt) is the verb, the noun before it the level
    got = _by_text("The BDO optimism index edged up in January to 102.5.")
    assert got["102.5"].metric == "level.optimism_index"
