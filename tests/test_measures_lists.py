"""The measures rules' closed lists: every entry types its own metric in a plain sentence."""
import pytest
from hypothesis import given, settings, strategies as st

from ledger.paths import rules_root
from ledger.rules import load_rules

from ._claimkit import claims_of

RULES = load_rules(rules_root())


def _entries(name):
    lines = (rules_root() / "lists" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def _claims(text):
    return claims_of(text, ruleset=RULES)


@pytest.mark.parametrize("name", ["measures_spells", "measures_states", "measures_structures",
                                  "measures_substances", "measures_lands", "measures_actions"])
def test_list_entries_unique(name):
    items = _entries(name)
    assert len(items) == len(set(items)), name


@settings(max_examples=25, deadline=None)
@given(spell=st.sampled_from(_entries("measures_spells")), n=st.integers(2, 400))
def test_spell_for_days_is_its_duration(spell, n):
    claims = _claims(f"The town was under a {spell} for {n} days.")
    assert [c.rule for c in claims] == ["DUR007"]
    assert claims[0].metric.startswith("duration.") and claims[0].value == n


@settings(max_examples=25, deadline=None)
@given(road=st.sampled_from(["road", "roads", "wall", "fence", "pipeline", "railway", "canal"]),
       n=st.integers(2, 9000))
def test_length_of_structure(road, n):
    claims = _claims(f"The government built {n:,} km of new {road} in Kenya.")
    assert [(c.rule, c.value, c.subject) for c in claims] == [("LEN001", n, "Kenya")]
