"""rank30: a rank told with an ordinal superlative keeps the superlative in its metric
(rank.{noun}.{superlative}), so ranks on two measures never share a key; synonyms share one."""

from __future__ import annotations

import pytest

from ledger import compare
from tests._claimkit import claims_of


def _rank(text: str):
    cs = [c for c in claims_of(text) if c.unit == "rank"]
    assert cs, [(c.text, c.metric, c.rule) for c in claims_of(text)]
    return cs[0]


@pytest.mark.parametrize("text, metric", [
    ("Texas is the second-most-populous state.", "rank.state.most_populous"),
    ("Texas is the second most populous state.", "rank.state.most_populous"),
    ("Kentucky is the fifth-poorest state.", "rank.state.poorest"),
    ("Kentucky is the fifth-wealthiest state.", "rank.state.richest"),
    # (prec31) a measure's own order, largest by its size, is dropped (RNK581: rank.{noun}.{order})
    ("China has the third-biggest economy.", "rank.economy"),
    ("Germany has the 3rd largest economy.", "rank.economy"),
    ("Japan has the world's third greatest economy.", "rank.economy"),
    ("Ohio has the third-lowest property tax in the country.", "rank.property_tax.lowest"),
    ("In 2001 he took over in Europe, McDonald's second most important market.", "rank.market.most_important"),
    ("Nancy Pelosi is the sixth-richest member of Congress.", "rank.member.richest"),
    # no superlative of its own: the place alone
    ("Heart disease is the second-leading cause of death.", "rank.cause"),
    ("Cancer is the No. 2 cause of death.", "rank.cause"),
    ("Russia is our number one geopolitical foe.", "rank.enemy"),
])
def test_superlative_in_metric(text, metric):
    assert _rank(text).metric == metric


def test_three_part_rank_metric_keeps_its_parents_settings():
    """rank.state is weak and scoped (tolerances.yaml): so are rank.state.poorest and the rest."""
    s = compare.load_settings()
    c = _rank("Kentucky is the fifth-poorest state.")
    assert s.weak(c) and s.scoped(c)
    e = _rank("China has the third-biggest economy.")
    assert not s.weak(e)  # a place on a measure of liarrank_measures is one fact


def test_person_ranked_within_a_body_has_no_subject_from_the_scope():
    c = _rank("She is the sixth-richest person in Congress.")
    assert c.metric == "rank.person.richest" and c.subject is None


def test_superlative_must_end_a_pattern_rules_metric(tmp_path):
    from pathlib import Path

    from ledger.rules import RuleError, load_rule_file, load_rules

    root = Path(__file__).resolve().parent.parent / "rules"
    lists = load_rules(root).lists
    src = (root / "measures" / "RNK100.yml").read_text(encoding="utf-8")
    bad = tmp_path / "RNK100.yml"
    bad.write_text(src.replace("metric: 'rank.{noun}.{superlative}'", "metric: 'rank.{superlative}_{noun}'", 1),
                   encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rule_file(bad, lists)
    assert "{superlative} ends a pattern rule's metric" in info.value.msg
